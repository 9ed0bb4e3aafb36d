"""Private people named by a bare given name in a list or after "his wife is": "ký đơn, gồm Lan, Thoa, Tuấn và tôi",
"nhom gom Tung "trau", Phuc "coi", Vinh "ca"", "Những người hay chơi có Hùng "sẹo", Quân "còi"", "cả con vợ nó là
Hường". Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold and the given names
(folded).

A list: after "gồm"/"có" (with or without marks), two or more capitalised words standing alone, each a usual given name,
each maybe followed by a quoted nickname ("Tùng "trâu""), joined by a comma or "và". Places and shops are written in
two words or more ("gồm Hà Nội, Hải Phòng") and stay; school subjects ("môn thi gồm Toán, Văn") stay.
A relative by a pronoun: "<kinship> nó/hắn/anh ta/ông ấy … là X", X a given name standing alone (GUIDE.md: relatives
are `name`); the names rules read "vợ tôi là …" and "vợ Tùng là …", not the pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# On the lower-cased text as written: the word that opens the list ("có" with its mark, not "cô"; "co" typed bare).
_OPENER = re.compile(r"(?<!\w)(?:gồm|gom|có|co)(?: cả| ca)?:? (?=\w)")
# An item: one capitalised word, then maybe a quoted nickname of one or two lower-case words.
_ITEM = re.compile(r"([A-ZĐÀ-Ỹ][^\W\d_]{1,7})(?![\w])(?: [\"“'‘(][^\W\d_]{1,8}(?: [^\W\d_]{1,8})?[\"”'’)]"
                   # a nickname unquoted, before the list goes on: "gồm Tùng béo, Hải còi, Long"
                   r"| (?:béo|beo|còi|coi|đen|den|trắng|trang|lùn|lun|sẹo|seo|cao|gầy|gay|mập|map|râu|rau|xoăn|xoan)(?=, | và | va ))?")
_JOIN = re.compile(r", ?| (?:và|va|cùng|cung) ")
# Folded, in the sentence before the opener: subjects of a school, an exam ("Môn thi vào lớp 10 gồm Toán, Văn").
_NOT_PEOPLE = re.compile(
    r"(?<!\w)(?:mon|khoi)(?!\w)"
    # places counted ("Các tỉnh … gồm Vinh, Huế", "Các tổ dân phố có Thịnh, Phúc, An") and a ward's inspecting team
    # ("Đoàn kiểm tra của phường gồm Hùng, Dũng": officials in their role, GUIDE.md)
    r"|(?<!\w)(?:cac|nhung|hai|ba|bon|nam|\d+) (?:tinh|thanh pho|huyen|phuong|xa|thon|xom|to dan pho|tdp|khu pho|tuyen|ngo|pho"
    r"|duong|cho)(?!\w)|(?<!\w)doan (?:kiem tra|cong tac|lien nganh|thanh tra|giam sat)(?!\w)")
# Folded, lower-cased, from the name: a role or a people whose first word is also a name ("bố nó là Hải quân", "chồng
# chị ấy là Công an phường", "vợ hắn là Việt kiều").
_ROLE = re.compile(r"(?:hai quan|cong an|bo doi|viet kieu|thuong (?:uy|ta|si)|truong (?:thon|xom|ban|phong|khu|tram|cong an|phuong|to|tdp))\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
# Folded, lower-cased: a kinship word, a third person's pronoun, "là".
_KIN_PRONOUN = re.compile(
    r"(?<!\w)(?:con vo|vo|chong|con trai|con gai|con dau|con re|em trai|em gai|bo|me)"
    r" (?:no|han|y|anh ta|anh ay|ong ta|ong ay|ba ta|ba ay|chi ta|chi ay|thang ay|thang do|lao ta|lao)"
    r" (?:la|ten la|ten) (?=\w)")


_NEXT_CAPITAL = re.compile(r" [A-ZĐÀ-Ỹ]")


def _alone(text: str, end: int) -> bool:
    """The item ends there: not before another capitalised word ("Hà Nội"; "Lan ở ngõ 5" ends at "Lan")."""
    m = _NEXT_CAPITAL.match(text, end)
    return m is None or not m.group(0)[1].isupper()


def _person(text: str, folded: str, item: re.Match[str], given: Callable[[str], bool]) -> bool:
    """A capitalised given name standing alone."""
    word = item.group(1)
    return word[0].isupper() and word[1:].islower() and _alone(text, item.end(1)) and given(folded[item.start(1) : item.end(1)])


_PREVIOUS = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s$")
_TITLES = frozenset("ông bà anh chị cô chú bác ong ba chi co chu bac".split())


def _official(text: str, item: Span, taken: list[Span]) -> bool:
    """The same given name kept elsewhere, in a full name or after a title, that the name rules left (`taken` is what
    they found): an official's ("tổ trưởng … ông Lê Văn Hòa … nhóm trực gồm Hòa, Tuấn"), so the list is not bare."""
    word = text[item[0] : item[1]]
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text):
        if m.start() == item[0] or any(s <= m.start() < e for s, e in taken):
            continue
        before = _PREVIOUS.search(text, max(0, m.start() - 40), m.start())
        if before and (before.group(1)[0].isupper() or before.group(1).lower() in _TITLES):
            return True
    return False


def find_listed_names(text: str, fold: Callable[[str], str], given: Callable[[str], bool], taken: list[Span]) -> list[Span]:
    """The given names of a list after "gồm"/"có" and of a relative after "<kinship> <pronoun> là" (module text);
    `taken`: the spans the name rules found in the same text."""
    folded = fold(text).lower()
    lowered = text.lower()
    if len(folded) != len(text) or len(lowered) != len(text):
        return []
    found: list[Span] = []
    for m in _OPENER.finditer(lowered):
        before = folded[max(0, m.start() - 60) : m.start()]
        if _NOT_PEOPLE.search(_SENTENCE_END.split(before)[-1]):
            continue
        items: list[Span] = []
        pos = m.end()
        while True:
            item = _ITEM.match(text, pos)
            if item is None or not _person(text, folded, item, given):
                break
            items.append(item.span(1))
            join = _JOIN.match(text, item.end())
            if join is None:
                break
            pos = join.end()
        if len(items) >= 2 and not any(_official(text, item, taken) for item in items):
            found += items
    for m in _KIN_PRONOUN.finditer(folded):
        item = _ITEM.match(text, m.end())
        if item and _person(text, folded, item, given) and not _ROLE.match(folded, item.start(1)):
            found.append(item.span(1))
    return found
