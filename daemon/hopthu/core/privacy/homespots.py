"""A home told by its place in a lane rather than by its number (for `homes`).

Pure, no I/O. Southern and Central writers often give no house number: "Nhà tui căn cuối hẻm 77/9", "nhà em ở căn
thứ ba trong kiệt 12", "tôi ở căn đầu ngõ 4". After the writer's home ("nhà tui", "tôi ở") the whole pointer goes:
the house's place with its lane, because the lane's number there only finds that house. The same words opening a
sentence with no one's home before them ("Căn cuối hẻm 5 bị cháy") are the letter's site and stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WRITER = r"(?:toi|tui|em|e|minh|chung toi|chung em)"
_SPOT = re.compile(
    r"\b(?:nha\s" + _WRITER + r"|" + _WRITER + r")\s(?:(?:o|la|thue)\s)?"
    r"(can\s(?:cuoi|dau|giua|thu\s(?:hai|ba|tu|nam|sau|bay|tam|chin|muoi|\d{1,2}))(?:\sben\s(?:trai|phai))?"
    r"\s(?:trong\s)?(?:hem|ngo|ngach|kiet)\s\d{1,4}(?:/\d{1,4}[a-z]?){0,3})(?![\w/])"
)


def described_homes(text: str, fold: Callable[[str], str]) -> list[tuple[int, int]]:
    """The writer's home told by its place in a lane: "Nhà tui căn cuối hẻm 77/9" gives "căn cuối hẻm 77/9".
    `fold` folds the text one character for one (`base.fold_same_length`, handed in: this module imports nothing)."""
    low = text.lower()
    if "căn" not in low and "can" not in low:
        return []
    return [m.span(1) for m in _SPOT.finditer(fold(text))]
