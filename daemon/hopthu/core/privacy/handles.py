"""Names that stand where no honorific or self-introduction leads to them: a display name after a chat or social
network's name or a bare "nick" ("gửi qua Zalo Hằng Nguyễn", "Kết bạn Zalo Thảo Vy Tài Chính", "inbox fb Bình Sổ Đỏ",
"trong nhóm có nick Hai Ca Phao cho vay lãi ngày") and the
writer's name after a bare pronoun opening a sentence ("Tui Tám Cầu, ở kế bên", "Mình Ngọc Hà - tổ 4").
A display name is the person's own name, even with a trade or a place added to it: the whole handle goes. It stops
before the sentence's pronoun ("nick Bình Yên Quê Tôi"), and a run opening with a province or a thing ("nick Nam
Định Quê Tôi", "nick Thanh Niên Lưu Kiếm") is a page's name, not a person's (`handlecuts`).
Pure, no I/O.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, fold_same_length
from hopthu.core.privacy.handlecuts import cut_at_pronoun, page_opening
from hopthu.core.privacy.leadins import SIGN_SKIP, not_a_name
from hopthu.core.privacy.namecues import GIVEN_FOLDED, NAME_SYLLABLES
from hopthu.core.privacy.namewords import FAMOUS, GIVEN_LOWER, NOT_LISTED, SURNAMES

_CAP = r"[^\W\d_]{1,8}"  # a word; whether it is capitalised is asked of str (a class range would take "đ" for "Đ")
# A network's name, then the display name (folded text): "Zalo: Hằng Nguyễn", "facebook tên Trâm Anh", "fb Bình …".
_NETWORK = re.compile(
    r"(?<![\w.@/])(?:zalo|facebook|fb|face|fanpage|tiktok|instagram|insta|messenger|viber|telegram|nick(?=[ \t:]))"
    r"(?:\s(ten|la|ten la|ca nhan|cua (?:toi|tui|em|minh)|toi|tui|em|minh)(?!\w))?\s?:?\s?(?=[^\W\d_])"
)
_WORDS = re.compile(r"[^\W\d_]{1,8}(?:[ \t][^\W\d_]{1,8}){0,3}")
# Capitalised words after a network's name that name a group, a page or a body, not a person.
_NOT_HANDLE = NOT_LISTED | frozenset("cư nhóm cộng group page trang kênh official oa hội ban khu tòa chung tổ".split())
# A bare pronoun opening a sentence, then one to four capitalised words ending at a comma, a bracket, a dash or the
# line's end: the writer's name ("Tui Tám Cầu, ở kế bên nhà chị Út").
_PRONOUN_INTRO = re.compile(
    rf"(?:^|(?<=[.!?\n])\s?)(?:Tui|Tôi|Toi|Mình|Tớ)\s({_CAP}(?:\s{_CAP}){{0,3}})(?=\s?[,(\n]|\s[-–]\s|\s?$)"
)


def _capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _cap_words(text: str, pos: int) -> Span | None:
    """The capitalised words (one to four) that start at pos, or None."""
    m = _WORDS.match(text, pos)
    if m is None:
        return None
    end = pos
    for word in m.group(0).split():
        if not _capitalised(word):
            break
        end = text.index(word, end) + len(word)
    return (pos, end) if end > pos else None


# Given names without their marks: a display name typed without diacritics ("zalo Hieu Do").
_GIVEN_BARE = frozenset(fold_same_length(name) for name in GIVEN_LOWER)


def _person_first(word: str) -> bool:
    """A person's name opens with a given name or a surname ("Thảo Vy Tài Chính"), a trade's does not ("Vay Nhanh")."""
    return word.lower() in GIVEN_LOWER or fold_same_length(word) in SURNAMES


_NOT_HANDLE_FOLDED = frozenset(fold_same_length(w) for w in _NOT_HANDLE)


def _unmarked_name(run: str) -> bool:
    """A display name typed without marks ("zalo Ngan Ha"): two to four syllables of names, the first a given name,
    none a group's or a body's word (`run` folded)."""
    words = run.split()
    return run.isascii() and 2 <= len(words) and words[0] in GIVEN_FOLDED \
        and all(w in NAME_SYLLABLES or w in SURNAMES for w in words) and not _NOT_HANDLE_FOLDED.intersection(words)


def _bare_given_first(words: list[str]) -> bool:
    """A display name typed without marks that opens with a given name and goes on with a trade ("Zalo Khai So Do",
    as "fb Bình Sổ Đỏ"): the first word a given name once folded, not a group's or a body's word."""
    first = words[0] if words else ""
    return first.isascii() and first.lower() in _GIVEN_BARE and first.lower() not in _NOT_HANDLE_FOLDED


def _reversed_name(words: list[str]) -> bool:
    """A handle written given name first, surname last ("Bảo Nguyễn", "Hieu Do"): two or three words, the last a
    surname, none a word of a body or a place; without diacritics every word is a given name or a surname, not a
    page's words ("Nha Dat Ha Noi")."""
    if not 2 <= len(words) <= 3 or fold_same_length(words[-1]) not in SURNAMES \
            or any(w.lower() in _NOT_HANDLE for w in words):
        return False
    if all(w.lower() == fold_same_length(w) for w in words):
        return all(fold_same_length(w) in _GIVEN_BARE or fold_same_length(w) in SURNAMES for w in words)
    return True


def _no_name(text: str, folded: str, start: int, end: int) -> bool:
    word = text[start:end].split()[0]
    return word.isupper() or word.lower() in _NOT_HANDLE or not_a_name(text, folded, start) \
        or bool(SIGN_SKIP.match(folded, start)) or folded[start:end] in FAMOUS


# A mail header's display name right before its address (the address already masked, or not): "From: Lan Hương
# <[email]>", "On Fri, …, Thu Trang <[email]> wrote:", "To: Minh [mailto:[email]]". The address is looked for first
# (a literal "<" or "[mailto:"), then the words before it.
_ADDRESS = re.compile(r"<\[email\]>|\[mailto:\[email\]\]|<[^<>\s]{1,64}@[^<>\s]{1,64}>")
_WORDS_BEFORE = re.compile(rf"({_CAP}(?:[ \t]{_CAP}){{0,3}})[ \t]?\Z")


def _header_names(text: str, folded: str) -> list[Span]:
    """Display names before a mail address (`_BEFORE_ADDRESS`), the capitalised words right before it. A name that
    also stands elsewhere in the text is left to `names` (an official greeted by role above the quote stays)."""
    found: list[tuple[int, int, str]] = []
    for address in _ADDRESS.finditer(text):
        window = max(0, address.start() - 40)
        m = _WORDS_BEFORE.search(text, window, address.start())
        if m is None:
            continue
        words = m.group(1).split()
        k = len(words)
        while k and _capitalised(words[k - 1]):
            k -= 1
        run = " ".join(words[k:])
        start = m.end(1) - len(run)
        if run and text[start : m.end(1)] == run and _person_first(words[k]) and not _no_name(text, folded, start, m.end(1)) \
                and not any(w.lower() in _NOT_HANDLE for w in words[k:]):
            found.append((start, m.end(1), run))
    names = {run for _, _, run in found}
    # counted once per distinct name; a text of hundreds of headers (no letter) is not searched again for each
    counts = {run: text.count(run) for run in names} if len(names) <= 20 else {}
    return [(start, end) for start, end, run in found if counts.get(run, 1) <= 1]


_NETWORK_WORDS = ("zalo", "face", "fb", "fanpage", "tiktok", "insta", "messenger", "viber", "telegram", "nick")


def _handle_start(text: str, m: re.Match[str]) -> Span | None:
    # a capitalised "Minh", "La", "Em" after the network's name is the name's first word, no "my"/"is"
    return _cap_words(text, m.start(1) if m.group(1) and text[m.start(1)].isupper() else m.end())


def drop_page_handles(text: str, spans: list[Span]) -> list[Span]:
    """The spans less those inside a page's name after a network's name ("nick Nam Dinh Que Toi": not "Dinh Que
    Toi", a surname's run, whose "Toi" would be told again all over the letter; `handlecuts.page_opening`)."""
    folded = fold_same_length(text)
    if not spans or not any(net in folded for net in _NETWORK_WORDS):
        return spans
    pages = []
    for m in _NETWORK.finditer(folded):
        run = _handle_start(text, m)
        if run and page_opening(folded[run[0] : run[1]].split()):
            pages.append(run)
    return [(s, e) for s, e in spans if not any(a <= s and e <= b for a, b in pages)]


def find_handle_names(text: str) -> list[Span]:
    """Display names after a network's name and writers' names after a bare pronoun (see the module's text)."""
    folded = fold_same_length(text)
    spans: list[Span] = []
    if any(net in folded for net in _NETWORK_WORDS):
        for m in _NETWORK.finditer(folded):
            run = _handle_start(text, m)
            words = text[run[0] : run[1]].split() if run else []
            if run and page_opening(folded[run[0] : run[1]].split()):
                continue  # "nick Nam Định Quê Tôi", "nick Thanh Nien Luu Kiem": a page, not a person
            if run and (k := cut_at_pronoun(folded[run[0] : run[1]].split())) < len(words):
                words = words[:k]  # "… Quê Tôi đăng tin": the sentence's pronoun ends the handle
                run = (run[0], run[0] + len(" ".join(words)))
            # a person's name opens it ("Thảo Vy Tài Chính"), not a trade's ("FB Vay Nhanh Lưu Kiếm")
            if run and (_person_first(words[0]) or _reversed_name(words) or _unmarked_name(folded[run[0] : run[1]])
                        or _bare_given_first(words)) \
                    and not _no_name(text, folded, *run):
                spans.append(run)
    if "@" in text or "[email]" in text:
        spans += _header_names(text, folded)
    for m in _PRONOUN_INTRO.finditer(text):
        if all(_capitalised(w) for w in m.group(1).split()) and not _no_name(text, folded, m.start(1), m.end(1)):
            spans.append(m.span(1))
    return spans
