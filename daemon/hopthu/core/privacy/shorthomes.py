"""Homes written short in a contact line or a signature (for the pipeline's name, house-number and home passes).

Pure, no I/O; it imports nothing of hopthu: `privacy/__init__.py` hands it the fold (one character for one) and the
test of a name's word. Three shapes the other detectors left:
- a bare house number after a short address cue without a colon, or after the English "Add:", with a lane or street
  word after it: "dc 15 ngach 7/22", "Add: 18B ngõ 32 Đỗ Quang" (`cued_house_numbers`). "dc" is also "được" typed
  short ("dc 15 ngay"): the lane word after the number tells the address;
- a flat told by an abbreviation on a signature's line, under the name or after an address cue: "CH 0712 tòa S2"
  (căn hộ), "P1806-T2" (room 1806, tower T2) (`short_flats`);
- the writer's name signed between such an address and the closing phone: "dc 15 ngach 7/22, Hoa [số điện thoại]"
  (`address_signed_names`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# Folded: the cue, the number (group 1), then a lane or street word.
_CUED_NUMBER = re.compile(r"(?<!\w)(?:dc|d/c|add\s?:)\s?:?\s?(\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?)"
                          r",?\s(?:ngo|ngach|hem|kiet|pho|duong)(?!\w)")
# On the text, after the lane word: its number or its name.
_LANE_NAMED = re.compile(r"\s?(?:số\s|so\s)?(?:\d|[A-ZĐÀ-Ỹ])")
# On the text: "CH 0712 tòa S2", "CH.1205", "P1806-T2", "P.1806-T2".
_FLAT = re.compile(r"(?<![\w\-])(?:CH\.?\s?\d{3,4}[A-Z]?(?:\s(?:tòa|toa|nhà|nha)\s[A-Z]{1,2}\d{0,2})?"
                   r"|P\.?\d{3,4}[A-Z]?\s?-\s?[A-Z]{1,2}\d{1,2}[A-Z]?)(?![\w\-/])")
# Folded: what puts a flat on a contact line: the line under a signed name, or an address cue before it.
_FLAT_LINE = re.compile(r"(?:\[ho ten\][^\n]{0,30}\n\s{0,3}|(?<!\w)(?:dc|d/c|dia chi|add|address)\s?:?\s?)$")
# Folded: an address cue, the address, a comma, the name (group 1), the closing phone marker.
_SIGNED_AFTER_ADDRESS = re.compile(r"(?<!\w)(?:dc|d/c|dia chi|add)\s?:?\s?[^.!?\n\[]{2,60},\s"
                                   r"([^\W\d_]{1,12}(?: [^\W\d_]{1,12}){0,2}),?\s\[so dien thoai\]\s?[.!]?\s*$")
# Folded: a district or ward after the address ("Địa chỉ: số 12 ngõ 5 Khương Trung, Thanh Xuân, 0912 …"), no name.
_DISTRICT = re.compile(r"(?:thanh xuan|hoang mai|hai ba trung|dong da|ba dinh|cau giay|tay ho|long bien|ha dong|hoan kiem"
                       r"|nam tu liem|bac tu liem|thanh tri|gia lam|dong anh|soc son|binh thanh|phu nhuan|tan binh|go vap"
                       r"|thu duc|binh tan|tan phu|hai chau|thanh khe|son tra|ngu hanh son|lien chieu|cam le)$")


def cued_house_numbers(text: str, fold: Callable[[str], str]) -> list[Span]:
    """Spans of the numbers after "dc"/"Add:" the module's doc describes."""
    # the lane word names a lane ("ngõ 32", "phố Huế"): not "sửa đc 2 ngõ, còn …" (được, a count of lanes)
    return [m.span(1) for m in _CUED_NUMBER.finditer(fold(text)) if _LANE_NAMED.match(text, m.end())]


def short_flats(text: str, fold: Callable[[str], str]) -> list[Span]:
    """Spans of the abbreviated flats on a contact line the module's doc describes."""
    found = []
    for m in _FLAT.finditer(text):
        start = m.start()
        if _FLAT_LINE.search(fold(text[max(0, start - 60) : start])):
            found.append(m.span())
    return found


def address_signed_names(text: str, fold: Callable[[str], str], name_word: Callable[[str], bool]) -> list[Span]:
    """Spans of the names signed after an address and before the closing phone (see the module's doc)."""
    if "[số điện thoại]" not in text:
        return []
    m = _SIGNED_AFTER_ADDRESS.search(fold(text))
    if not m:
        return []
    start, end = m.span(1)
    if _DISTRICT.match(m.group(1)):
        return []
    words = text[start:end].split()
    if all(w[:1].isupper() and not w.isupper() and name_word(fold(w)) for w in words):
        return [(start, end)]
    return []
