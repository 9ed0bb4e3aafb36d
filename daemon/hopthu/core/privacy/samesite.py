"""One address said twice, once as a home and once as the site (for `homes`).

Pure, no I/O. A writer who lives at the place the letter is about names it first as where they live, then as the
thing that is wrong: "Tôi thuê phòng trọ ở số 14 ngõ 31 Trần Bình … Dãy trọ số 14 ngõ 31 có 12 phòng mà chỉ có một
bình chữa cháy" (p-3525). GUIDE.md: the site stays even when it is a home, so when the same number in the same lane
is judged a site anywhere in the text, its other mentions stay too. Not when the text tells of a household in danger
(the GUIDE's exception for protection: the home goes there whatever else is said).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The lane right after the number: "số 14 ngõ 31", "số 7, hẻm 12", "số 30 kiệt 112".
_LANE_AFTER = re.compile(r"\s?,?\s(ngo|ngach|hem|kiet)\s(?:so\s)?(\d{1,4}(?:/\d{1,4})*[a-z]?)(?![\w/])")
_DIGITS = re.compile(r"\d{1,5}(?:/\d{1,4})*[a-z]?(?![\w/])")


def _key(folded: str, start: int, end: int) -> tuple[str, str, str] | None:
    number = _DIGITS.search(folded, start, end)
    lane = _LANE_AFTER.match(folded, end)
    if number is None or lane is None:
        return None
    return number.group(0), lane.group(1), lane.group(2)


def drop_sites_said_twice(text: str, homes: list[tuple[int, int]], all_numbers: list[tuple[int, int]],
                          fold: Callable[[str], str]) -> list[tuple[int, int]]:
    """`homes` less those whose number and lane also stand, among `all_numbers` (every house-number match), at a
    mention not judged a home. `fold` folds one character for one (`base.fold_same_length`, handed in: this module
    imports nothing of the package)."""
    judged = set(homes)
    kept = [span for span in all_numbers if span not in judged]
    if not kept or not homes:
        return homes
    folded = fold(text).lower()
    site_keys = {k for s, e in kept if (k := _key(folded, s, e)) is not None}
    if not site_keys:
        return homes
    return [span for span in homes if _key(folded, *span) not in site_keys]
