"""Names standing alone with no honorific or kinship word before them: children's nicknames, capitalised ("Hôm qua Tèo
bị ngã", "Tí với Tèo hay ra đó tắm", "Bin, Na, Tít đều bị ho"), and the writer's given name heading an email's subject
before a dash or the writer's team ("Tâm - phản ánh rác ngõ 5", "Lộc (TDP 3) hỏi về bảo hiểm": `find_heading_name`).
Pure, no I/O, no imports from the package (what a given name is comes in as an argument).

`names` reads a nickname after "bé", "cu", "thằng", "con" or a verb ("gọi Tèo"); `lowernicks` reads one in lower case
after "bé"/"cu". Here the word itself says it is a name: a nickname no other capitalised word is written as. Each
must stand as a name:
- inside a sentence (a capital letter after a word, not a sentence's first word), alone (no capitalised word before
  or after it: not a place's name), then a pause, a joined name or a lower-case word;
- or opening a sentence, then a joined nickname ("Tí với Tèo …", "Bin, Na …"), a verb that goes on with a person
  ("Tèo bị ngã", "Bống hay khóc") or whose child it is ("Tí, con bà …"): not "Tí nữa tôi ra" (in a moment), "Na chín
  rồi" (the fruit).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]

# Nicknames as they are written (with their marks; the few without marks that are no other word). Not those that
# are also an animal or a fruit a letter may open with ("Heo", "Cò đất", "Mít", "Tôm").
NICKNAMES = frozenset("Tèo Tí Tý Tũn Tít Bống Cún Bin Bon Bơ Cốm Bờm Tẹo Bi Bo Na Su Tồ Teo Tun Tit Cun".split())
_WORD = re.compile(r"[^\W\d_]+")
_PREV = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]\Z")  # from a word's start only: linear on a long run of letters
_OPENING = re.compile(r"(?:\A|[.!?\n:•–-])\s{0,2}\Z")
_JOIN = re.compile(r"\s?,\s?|\s(?:và|va|với|voi)\s")
# What goes on with a child opening a sentence (lower-cased): a verb or an adverb ("Tèo bị ngã", "Bống hay khóc").
_GOES_ON = frozenset(
    "bị bi hay đang dang cũng cung mới moi còn chạy chay khóc khoc đi di vẫn van đều deu suýt suyt ngã nga "
    "chơi choi tắm tam học hoc năm nay".split()
)  # not "thì", "đã": "Tí thì xe đâm vào cháu" (nearly), "Na đã chín rồi" (the fruit)
# A child opening a sentence, then whose child: "Tí, con bà [họ tên], bị ngã".
_WHOSE = re.compile(r",\s?(?:con|cháu|chau|em) ")
# Before a nickname, words that make it a year, an hour or a place's or shop's name: "năm Tý", "ngõ Tí", "quán Tèo".
_NOT_BEFORE = frozenset(
    "năm nam tuổi tuoi giờ gio tháng thang ngày ngõ ngo ngách ngach hẻm hem kiệt phố pho đường duong chợ quán quan "
    "tiệm tiem shop hiệu xóm xom khu thôn làng lang cầu bến hãng hang".split()
)  # not the unmarked "cho", "ben", "hieu": "mua kẹo cho Tèo", "bên Tèo", "hiểu Tèo"
# After a nickname, words that make it another word: "Bi a" (billiards), "Su hào", "Bo mạch", "Bi thư" (Bí thư).
# Unmarked "thu" only when no marks are in the text ("Bi thu Doan"); "Bi thu tiền bảo kê" is a nickname that collects.
_NOT_AFTER = frozenset("a da hào hao mạch mach thư".split())


def _alone_at(text: str, m: re.Match[str]) -> str | None:
    """'mid' or 'open' when the nickname at m stands alone inside or at the start of a sentence, else None."""
    head = text[max(0, m.start() - 30) : m.start()]
    opening = _OPENING.search(head) is not None  # the text's start, a sentence's or a line's
    prev = _PREV.search(head)
    if prev and not opening and (prev.group(1)[:1].isupper() or prev.group(1).lower() in _NOT_BEFORE):
        return None  # "Hang Tí", "Ông Bi" (names reads the honorific's), "năm Tý", "quán Tèo"
    nxt = _WORD.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == " " else None
    if nxt and (nxt.group(0)[:1].isupper() or nxt.group(0).lower() in _NOT_AFTER
                or (nxt.group(0).lower() == "thu" and text.isascii())):
        return None  # "Na Hang", "Bo Bo": a place or another name's part
    return "open" if opening else "mid"


def find_alone_nicknames(text: str) -> list[Span]:
    if not any(n in text for n in NICKNAMES):
        return []
    spans: list[Span] = []
    for m in _WORD.finditer(text):
        if m.group(0) not in NICKNAMES:
            continue
        where = _alone_at(text, m)
        if where is None:
            continue
        rest = text[m.end() : m.end() + 20]
        join = _JOIN.match(rest)
        joined = _WORD.match(rest, join.end()) if join else None
        goes_on = _WORD.match(rest, 1) if rest[:1] == " " else None
        if where == "mid":
            ends = not rest or rest[0] in ",.;:!?)\n" or (goes_on is not None and goes_on.group(0).islower())
        else:
            ends = (joined is not None and joined.group(0) in NICKNAMES) \
                or (goes_on is not None and goes_on.group(0) in _GOES_ON) or _WHOSE.match(rest) is not None
        if ends:
            spans.append(m.span())
    return spans


# The text's first word, then a dash and a word of asking or telling, or the writer's team in brackets: the writer's
# name heading the subject. One word only: two may be a place ("Thanh Xuân - ngập nước").
_HEADING = re.compile(
    r"\A\s*([^\W\d_]{2,7})(?=\s?[-–—:]\s?(?i:phản ánh|phan anh|đề nghị|de nghi|kiến nghị|kien nghi|hỏi|hoi|góp ý|gop y|xin"
    r"|cảm ơn|cam on|khiếu nại|khieu nai|tố cáo|to cao|báo|bao|nhờ|nho)(?!\w)|\s\((?:tổ|to|TDP|tdp|Tổ)\s?\d{1,3}\))"
)


# Cities that are also given names: "Vinh - phản ánh ngập" is the place.
_CITIES = frozenset("vinh huế hue".split())


def find_heading_name(text: str, given: Callable[[str], bool]) -> list[Span]:
    """`given(lower-cased word)`: the word is a usual given name."""
    m = _HEADING.match(text)
    if m and m.group(1)[0].isupper() and m.group(1)[1:].islower() and given(m.group(1).lower()) \
            and m.group(1).lower() not in _CITIES:
        return [m.span(1)]
    return []
