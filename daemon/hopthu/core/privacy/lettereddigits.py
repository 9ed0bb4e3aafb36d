"""House numbers with a digit after the letter: "số 45B1", "so 45B1 hem 12", "nhà em 12A2" (for the pipeline).

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the house-number finder of `homes`.
`homes.HOUSE_NUMBER` and `homes.BARE_NUMBER` end a number at its letter ("45B") and refuse one that goes on with a
digit, so "45B1" (Southern numbering of a house split off "45B") was never judged. Here the trailing digits are
blanked (same length, so positions stay positions), the finder judges "45B" in its own context, and a home found
ending right at the blank takes the digits back into its span. The site's number stays a site's: the finder decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# "45B1", "12A2", "45B1/3": digits, one letter, one or two digits; not inside a longer token ("KB12A3X", "1/45B1").
_LETTERED = re.compile(r"(?<![\w/\-.])(\d{1,4}[A-Za-z])(\d{1,2}(?:/\d{1,4}[A-Za-z]?){0,2})(?![\w/\-])")


def lettered_homes(text: str, find: Callable[[str], list[Span]]) -> list[Span]:
    """Spans of "45B1"-shaped numbers that `find` judges a home once their trailing digits are blanked."""
    tails = {m.start(2): m.end(2) for m in _LETTERED.finditer(text)}
    if not tails:
        return []
    blanked = _LETTERED.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    return [(start, tails[end]) for start, end in find(blanked) if end in tails]
