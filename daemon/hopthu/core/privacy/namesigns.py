"""Private people's names in shapes the name detector (names.py) has no cue for, and a body it takes for a name.

Pure, no I/O. It imports nothing of the package but base and textnorm (the import chain from the service stays short):
what it needs to know of names is handed to it (`Cues`: whether a word is a usual given name, whether a word at
a position is a place's name). Each shape:
- a given name with a quoted epithet or trade after it: "Hùng 'xe ôm' hay đậu xe …" (`_QUOTED_EPITHET`);
- a given name with the trade people know it by: "đánh nhau với Lan bánh mì", "Hằng tạp hóa" (`_TRADE_AFTER`);
- a given name with who that is right after it: "báo cho Thư con gái tôi", "gọi Tùng, em trai tôi" (`_KIN_AFTER`);
- "thím" (an uncle's wife) before a name, also without marks: "thim Ba voi duong Sau" (`_AUNT`);
- the signature under "(đã ký)": "Người làm đơn\n(đã ký)\nĐinh Công Lý" (`_SIGNED`);
- a given name in lower case closing the text after a thanks: "cam on phuong. ngoc anh" (`_THANKS_THEN_NAME`);
- a full name a mail client split over two lines: "ông Lương\nVăn Bảy" (`split_names`).
What stays: "gọi Điện lực" (the power company, not a person called Điện: `drop_bodies`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from hopthu.core.privacy.base import Span, fold_same_length
from hopthu.core.textnorm import fold


@dataclass(frozen=True)
class Cues:
    """What the name detector knows, handed in: `given(folded word)` says a usual given name, `syllable(folded word)` one
    that a name may have (a middle name too: "anh" in "Ngọc Anh"), `placed(text, start,
    folded word)` says the word at `start` names a public place ("phố Lan", "chợ Hoa")."""

    given: Callable[[str], bool]
    syllable: Callable[[str], bool]
    placed: Callable[[str, int, str], bool]


_W = r"[^\W\d_]"
# A given name, then an epithet or a trade in quotes: "Hùng 'xe ôm'", "Tuấn \"sửa xe\"".
_QUOTED_EPITHET = re.compile(r"(?<![\w'\"“‘])(" + _W + r"{2,8}) ?['\"“‘](" + _W + r"{2,8}(?: " + _W + r"{2,8}){0,2})['\"”’]")
# A given name, then a trade people know it by (with and without marks): "Lan bánh mì", "Tâm xe ôm", "Huệ tạp hóa".
_TRADE_AFTER = re.compile(
    r"(?<!\w)(" + _W + r"{2,8}) (?:bánh mì|banh mi|bánh cuốn|banh cuon|bánh xèo|xe ôm|xe om|tạp hóa|tạp hoá|tap hoa"
    r"|ve chai|đồng nát|dong nat|bún (?:chả|riêu|bò|ốc|cá)|bun (?:cha|rieu|bo|oc|ca)|xôi|cháo|phở bò|hàng nước|hang nuoc"
    r"|nước mía|nuoc mia|sửa xe|sua xe|cắt tóc|cat toc|rau|hàng cá|hàng thịt)(?!\w)"
)
# A given name, then who that is: "Thư con gái tôi", "Tùng, em trai tôi", "Hoa vo toi" (the writer's kin).
_KIN_AFTER = re.compile(
    r"(?<!\w)(" + _W + r"{2,8}),? (?:con|em|chị|chi|anh|vợ|vo|chồng|chong|cháu|chau|mẹ|me|bố|bo|cô|chú|chu|dì|cậu|cau|bác|bac)"
    r"(?: (?:gái|gai|trai|rể|re|dâu|dau|ruột|ruot|họ|nội|noi|ngoại|ngoai|út|ut|cả))? (?:tôi|toi|tui|mình|minh|của tôi|cua toi)(?!\w)"
)
# "thím" (an uncle's wife; "thim" without marks is no other word), then a capitalised name.
_AUNT = re.compile(r"(?<!\w)(?:thím|thim|Thím|Thim) (" + _W + r"{1,8}(?: " + _W + r"{1,8}){0,2})")
# "(đã ký)", "(ký tên)", "(da ky)", "(đã ký và ghi rõ họ tên)" on a line, then the name alone on the next.
# (any case: "(Đã ký)"; a whole word: not "(kiến nghị của tổ)")
_SIGNED = re.compile(r"\((?:[Đđ]ã |[Dd]a |ĐÃ |DA )?(?:[Kk]ý|[Kk]í|[Kk]y|[Kk]i|KÝ|KÍ|KY|KI)(?!\w)(?: tên| ten| TÊN| TEN)?"
                     r"[^()\n]{0,25}\)[ \t]*\n[ \t]*"
                     r"(" + _W + r"{1,8}(?: " + _W + r"{1,8}){0,3})[ \t.]*(?:\n|\Z)")
# A thanks, then a name in lower case alone at the very end (folded): "cam on phuong. ngoc anh", "cảm ơn ạ. hương".
_THANKS_THEN_NAME = re.compile(r"\b(?:cam on|thank(?:s| you)?|tks)(?: [a-z]{1,8}){0,3} ?[.!,]+\s{1,3}"
                               r"([a-z]{1,7}(?: [a-z]{1,7}){0,2})[ .!]*\Z")
# A full name's rest on the next line: "ông Lương\nVăn Bảy" (a middle name, then one or two capitalised words).
_NAME_REST = re.compile(r"\n(?:Văn|Thị|Van|Thi|Hữu|Huu|Đức|Duc|Ngọc|Ngoc|Minh|Quang)(?: " + _W + r"{1,8}){1,2}(?!\w)")
# Capitalised words that, mid-sentence before "con tôi" or a trade, are no one's name: directions, a feast.
_NOT_NAMES = frozenset("nam bac dong tay tet phuong".split())
# A business's kind before its trade: "Quán bún chả ở số 27", "Tiệm tạp hóa" (as written, lower-cased).
_SHOP_WORDS = frozenset("quán quan tiệm tiem hàng hang chợ cho sạp sap quầy quay gánh ganh món mon cửa cua xe nhà nha".split())
# Words before a place or a shop's sign, not a person: "về Huế con tôi mới được nghỉ", "ở Vinh con tôi học",
# "tiệm Hòa bánh mì" (folded).
_TO_A_PLACE = frozenset("o ve tai tu ra vao di den quan tiem hieu lo sap quay".split())


def _cap(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _after_lower(text: str, start: int, line_start_ok: bool) -> bool:
    """What stands before `start`: a lower-case word with one space (mid-sentence), or, if `line_start_ok`, the
    text's, a line's or a sentence's start."""
    before = text[max(0, start - 12) : start]
    if re.search(r"(?:^|[.!?:;(\n]\s?)\Z", before) or not before:
        return line_start_ok
    word = re.search(_W + r"+,? \Z", before)
    return word is not None and word.group(0)[0].islower() and fold(word.group(0).rstrip(", ")) not in _TO_A_PLACE


def _given_here(text: str, start: int, end: int, cues: Cues, line_start_ok: bool = True) -> bool:
    word = text[start:end]
    folded = fold(word)
    return _cap(word) and folded not in _NOT_NAMES and cues.given(folded) and not cues.placed(text, start, folded) \
        and _after_lower(text, start, line_start_ok)


def find_shaped_names(text: str, cues: Cues) -> list[Span]:
    """The names in the shapes above, and every other occurrence of a given name so found standing alone."""
    spans: list[Span] = []
    for m in _QUOTED_EPITHET.finditer(text):
        if m.group(2).islower() and _given_here(text, m.start(1), m.end(1), cues):
            spans.append(m.span(1))
    for m in _TRADE_AFTER.finditer(text):
        if m.group(1).lower() not in _SHOP_WORDS and _given_here(text, m.start(1), m.end(1), cues):
            spans.append(m.span(1))
    for m in _KIN_AFTER.finditer(text):
        if _given_here(text, m.start(1), m.end(1), cues, line_start_ok=False):
            spans.append(m.span(1))
    for m in _AUNT.finditer(text):
        words = m.group(1).split(" ")
        n = 0
        while n < len(words) and _cap(words[n]):
            n += 1
        if n:
            spans.append((m.start(1), m.start(1) + len(" ".join(words[:n]))))
    for m in _SIGNED.finditer(text):
        if all(_cap(w) or w.isupper() for w in m.group(1).split(" ")):
            spans.append(m.span(1))
    if "\n" not in text.rstrip()[-60:]:  # the name closes the text on the thanks' line
        last = _THANKS_THEN_NAME.search(fold_same_length(text))
        if last and text[last.start(1) : last.end(1)].islower() and all(cues.syllable(w) for w in last.group(1).split(" ")):
            spans.append(last.span(1))
    return spans + _again(text, spans)


def _again(text: str, spans: list[Span]) -> list[Span]:
    """Every other occurrence of a one-word capitalised name found here, standing alone ("Hùng … Hùng bảo")."""
    names = {text[s:e] for s, e in spans if _cap(text[s:e]) and " " not in text[s:e]}
    taken = set(spans)  # a set: a long text of many names asks it for every occurrence
    found = []
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            before = re.search(_W + r"+ \Z", text[max(0, m.start() - 12) : m.start()])
            after = re.match(" " + _W, text[m.end() : m.end() + 2])
            if m.span() in taken or (before and before.group(0)[0].isupper()) or (after and after.group(0)[1].isupper()):
                continue
            found.append(m.span())
    return found


def split_names(text: str, names: list[Span]) -> list[Span]:
    """The rest of a full name a line break split: "ông Lương\nVăn Bảy" after the name found ends its line."""
    found = []
    for _start, end in names:
        m = _NAME_REST.match(text, end)
        if m is None:
            continue
        words = m.group(0).split()
        n = 1
        while n < len(words) and _cap(words[n]):
            n += 1
        if n >= 2:
            found.append((m.start() + 1, m.start() + 1 + len(" ".join(words[:n]))))
    return found


def drop_bodies(text: str, names: list[Span]) -> list[Span]:
    """Names that are a public body's first word: "gọi Điện lực" is the power company."""
    return [(s, e) for s, e in names if not (fold_same_length(text[s : e + 4]) == "dien luc")]
