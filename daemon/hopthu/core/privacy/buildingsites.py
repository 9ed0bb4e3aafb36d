"""A named public building's street address in brackets right after its name (for the pipeline): "Hầm để xe chung cư
Hoàng Gia (số 2 phố Minh Khai) bị ngập", "chợ Lưu Kiếm (số 5 đường Lưu Kiếm)". The number locates the building, a
place many people share or use, not anyone's home: it stays (GUIDE.md: public places and the site stay). A person's
name before the bracket is no building ("gửi cho Minh (số 5 ngõ 3)", "tổ trưởng Hùng (số 9)"): the building's word
must stand before the name, and the words that fold to common ones ("chợ", "trường") are read as written.

Pure, no I/O; it imports nothing of hopthu: `privacy/__init__.py` hands it the fold (one character for one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# The building's name, read as written: one to five words, each capitalised or a code with a digit ("HH4", "CT2"),
# then "(" and the number.
_NAME_OPEN = re.compile(r"(?:\s(?:[A-ZĐÀ-Ỹ][^\W_]{0,10}|[A-Za-z]{0,3}\d{1,3}[A-Za-z]?)){1,5}\s?\(\s?$")
# Building words that fold to no common word, read folded (both spellings); the last one before the name counts.
_FOLDED = re.compile(r"(?<!\w)(?:chung cu(?: mini)?|toa nha|khu tap the|nha van hoa|benh vien|tram y te|sieu thi|khach san"
                     r"|ngan hang|cong ty|trung tam thuong mai|truong (?:thcs|thpt|tieu hoc|mam non|th|mn))(?!\w)")
# "chợ", "trường" fold to "cho" (for) and "truong" (the head of): only as written with their marks.
_WRITTEN = re.compile(r"(?<!\w)(?:[cC]hợ|[tT]rường|CHỢ|TRƯỜNG)(?!\w)")
# A lane named after the building ("ngõ chợ Lưu Kiếm (số 15)": a home in the lane, no market's address).
_LANE_BEFORE = re.compile(r"\b(?:ngo|ngach|hem|kiet|pho|duong)\s$")
# How far back the building's word and name are read.
_REACH = 70


def _named_building_before(before: str, folded: str) -> bool:
    """Whether `before` (and its fold) ends with a building's word, its name and an opening bracket."""
    found = list(_FOLDED.finditer(folded)) + list(_WRITTEN.finditer(before))
    return any(_NAME_OPEN.match(before, m.end()) and not _LANE_BEFORE.search(folded, 0, m.start()) for m in found)


def drop_building_addresses(text: str, spans: list[Span], fold: Callable[[str], str]) -> list[Span]:
    """`spans` less the numbers that open a bracket right after a named public building (see the module's text)."""
    kept = []
    for start, end in spans:
        before = text[max(0, start - _REACH):start]
        if _named_building_before(before, fold(before)):
            continue
        kept.append((start, end))
    return kept
