"""A house number's or a flat's marker is no name (for the pipeline's names).

Pure, no I/O. "Nhà em SN 44 ngay bên cạnh": after "Nhà em" a capitalised word looks like the writer's name
("Em Trang"), but "SN" right before a number is "số nhà", the marker of the house number that follows (p-3528).
So is "So"/"Số" as a phone capitalises it ("Nha em So 31 ngach 15/8", "Nhà em Số 31", "SO 12"), and "Can"/"Căn" right
before "ho"/"hộ" and a number: the flat that follows ("Nha em Can ho 1203 toa A"; a name "Cần" typed bare as "Can"
is followed by no "ho 1203", p-4444), and a plate's lead-in typed in title case right before the plate ("Xe Cua Em
Bien So 29A1-234.56 Bi Mat"). The number itself is judged by `homes`, the flat by `dwellings`, the plate by `numbers`.
"""

from __future__ import annotations

import re

# A marker word, as its own span, and what must follow it (the number, or "hộ" and the number).
_MARKER_THEN_NUMBER = re.compile(r"(?:S[Nn]\.?|So|Số|SO|SỐ)(?:\s(?:[Nn]ha|[Nn]hà|NHA|NHÀ))?\s?:?\s?\d")
_FLAT_THEN_NUMBER = re.compile(r"(?:Can|Căn|CAN|CĂN)\s(?:ho|hộ|HO|HỘ)\s?:?\s?\d")
# ... not an age: "Cụ Số 85 tuổi", "Ba So 75 tuoi" (a given name "Số"/"Sở" before the age).
_AGE = re.compile(r"\d{1,3}\s?(?:tuổi|tuoi|TUỔI|TUOI|t)(?!\w)")
_MARKERS = frozenset({"SN", "Sn", "So", "Số", "SO", "SỐ", "Can", "Căn", "CAN", "CĂN"})
# A plate's lead-in ("Bien So", "Biển Số", "BIEN SO") right before the plate: its mark already in place (plates go
# first) or a plate's start.
_PLATE_LEAD = re.compile(r"(?:Bien|Biển|BIEN|BIỂN)\s(?:So|Số|SO|SỐ)")
_PLATE_NEXT = re.compile(r"\s?:?\s?(?:\[biển số\]|\d{2}\s?-?\s?[A-Z])")


def drop_house_markers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less those that are exactly a marker word ("SN", "So", "Số", "Can" before "hộ") with a number after, or
    a plate's lead-in right before the plate."""
    return [(s, e) for s, e in spans
            if not (text[s:e] in _MARKERS and _marker(text, s))
            and not (_PLATE_LEAD.fullmatch(text, s, e) and _PLATE_NEXT.match(text, e))]


def _marker(text: str, start: int) -> bool:
    """Whether the word at `start` is a marker with its number (or "hộ" and the number) after it, not an age."""
    m = _MARKER_THEN_NUMBER.match(text, start) or _FLAT_THEN_NUMBER.match(text, start)
    return m is not None and not _AGE.match(text, m.end() - 1)
