"""The writer's own house number in brackets after their name and TDP (for the pipeline's house-number pass).

"chi [họ tên] to 10 (so nha 33) phan anh nha ben canh so 35 … nuoi cho": a short Form answer opens with who
writes, their TDP and, in brackets, their home; the complaint's site comes after ("số 35"). `homes` reads the
nuisance at the end of the clause as said of every number in it, so the writer's number went with the site. A
bracket holding only a house number, right after a name and a TDP, is that person's home, masked when that
person is the writer (a neighbour's bracket is the letter's site: "Bà [họ tên] tổ 5 (số 12) đổ rác"). Not after "nhà anh
[họ tên]" (`bracketsites`: "Nhà anh [họ tên] (số 5 ngõ 27) tuần nào cũng đốt rác" names a household and its site).

Pure, no I/O; it imports nothing of hopthu: `privacy/__init__.py` hands it the fold (one character for one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# Folded: "[họ tên] tổ 10 (số nhà 33)", "[họ tên], TDP 4, (SN 12)"; the number is group 1.
_AFTER_NAME_TDP = re.compile(r"\[ho ten\],?\s(?:o\s)?(?:to|tdp|to dan pho)\s(?:so\s)?\d{1,3},?\s?\(\s?"
                             r"((?:so nha|so|sn)\s?\d{1,4}[a-z]?)\s?\)")
# The named person is the writer: speaking right after the bracket ("… (so nha 33) phan anh …") or introduced as
# the writer before the name ("Tôi là [họ tên] tổ 5 (số 12)."); else the bracket is a neighbour's, the letter's
# site ("Bà [họ tên] tổ 5 (số 12) đổ rác ra đường").
_WRITER_NEXT = re.compile(r"\s?,?\s?(?:xin\s|kinh\s|muon\s|co y kien\s)?(?:phan anh|kien nghi|de nghi|hoi|gop y|bao"
                          r"|trinh bay|to cao|to giac|viet|gui|y kien)\b")
_WRITER_BEFORE = re.compile(r"(?<!\w)(?:toi|em|chau|minh|chung toi)\s(?:ten\s)?la\s$")
_HOUSEHOLD = re.compile(r"(?<!\w)nha\s(?:ong|ba|anh|chi|co|chu|bac|cu|o|a|c)\s$")


def tdp_bracket_homes(text: str, fold: Callable[[str], str]) -> list[Span]:
    """Spans of the bracketed house numbers the module's doc describes."""
    folded = fold(text)
    spans: list[Span] = []
    for m in _AFTER_NAME_TDP.finditer(folded):
        writer = _WRITER_NEXT.match(folded, m.end()) or _WRITER_BEFORE.search(folded, max(0, m.start() - 16), m.start())
        if writer and not _HOUSEHOLD.search(folded, max(0, m.start() - 12), m.start()):
            spans.append(m.span(1))
    return spans
