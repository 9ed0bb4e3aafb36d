"""Southern places named "Ông …" or "Bà …" after a bridge, a creek or a mound: no person (for the pipeline).

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold and the name spans.
Written with marks, "cầu Ông Bồn" is read as a bridge by the name detector's place words; without them "cau" is also
"cậu" (an uncle), so "cau Ong Bon" was taken for a man. An uncle is never called "cậu Ông …", so a capitalised
"Ong"/"Ông" right after "cau" is a bridge's name; after "rạch", "kênh", "vàm", "giồng", "miếu", "gò" (folded words
that are no kinship word) "Ông" and "Bà" both are ("rach Ba Tieng", "giong Ong To"). "cau Ba Tung" stays a name:
"cậu Ba Tùng" is an uncle called by his birth order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

_ELDER = re.compile(r"(?:Ong|Ông|ONG|ÔNG|Ba|Bà|BA|BÀ)(?!\w)")
_PLACE_WORD = re.compile(r"(?<!\w)(cau|rach|kenh|vam|giong|mieu|go)\s$")


def _elder_place(text: str, fold: Callable[[str], str], start: int) -> bool:
    """Whether the elder word at `start` follows a place word that makes the run a place's name."""
    elder = _ELDER.match(text, start)
    place = _PLACE_WORD.search(fold(text[max(0, start - 8) : start]).lower())
    return bool(elder and place and (place.group(1) != "cau" or elder.group(0).lower() in ("ong", "ông")))


def drop_elder_places(text: str, fold: Callable[[str], str], spans: list[Span]) -> list[Span]:
    """`spans` less the names that are such a place's: "Ong Bon" in "cau Ong Bon", "Bon" after "cau Ong "."""
    if not spans or not _ELDER.search(text):
        return spans
    kept = []
    for start, end in spans:
        word_before = re.search(r"(\S+)\s$", text[max(0, start - 5) : start])
        before_start = start - len(word_before.group(0)) if word_before else start
        if _elder_place(text, fold, start) or (word_before and _elder_place(text, fold, before_start)):
            continue
        kept.append((start, end))
    return kept
