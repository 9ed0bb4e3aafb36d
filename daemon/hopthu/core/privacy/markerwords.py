"""A house number's abbreviated marker is no name (for the pipeline's names).

Pure, no I/O. "Nhà em SN 44 ngay bên cạnh": after "Nhà em" a capitalised word looks like the writer's name
("Em Trang"), but "SN" right before a number is "số nhà", the marker of the house number that follows (p-3528).
The number itself is judged by `homes`.
"""

from __future__ import annotations

import re

_MARKER_THEN_NUMBER = re.compile(r"SN\.?\s?\d")


def drop_house_markers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less those that are exactly "SN" with a number right after."""
    return [(s, e) for s, e in spans
            if not (text[s:e] == "SN" and _MARKER_THEN_NUMBER.match(text, s))]
