"""Places named "Ông …" or "Bà …" after a bridge, a creek, a market or a shrine: no person (for the pipeline).

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold and the name spans.
Written with marks, "cầu Ông Bồn" is read as a bridge by the name detector's place words; without them each place
word is also a common one: "cau" is "cậu" (an uncle), "cho" is "cho" (for, to) and "chỗ" (someone's place), "den" is
"đến" (to). So a place's kind counts only after a locative that places it ("tu cau Ong Bon", "gan rach Ba Tieng",
"goc cho Ba Chieu", "truoc chua Ba Da"), then a capitalised "Ong"/"Ba". A market ("cho") only after a part of it
(khu, góc, đầu, cuối): "o cho Ba Lan", "gan cho Ba Lan" are also "ở chỗ bà Lan", "gán cho Bà Lan". A bridge only
before "Ông": "cau Ba Tung" is "cậu Ba Tùng", an uncle called by his birth order. "giong Ba Hoa" (giống, looks like)
and "goi cau Ong Tuan" (no locative) stay names. One function (`elder_place`) and one list of locatives.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

_ELDER = re.compile(r"(?:Ong|Ông|ONG|ÔNG|Ba|Bà|BA|BÀ)(?!\w)")
# Folded: a locative, a place's kind, then the elder word. The locatives that are parts of a place come first: only
# they may stand before "cho" (a market; "chỗ" and "cho" otherwise).
_PARTS = "khu vuc|khu|goc|dau|cuoi"
_LOCATIVE = _PARTS + "|gan|o|tai|tu|den|qua|truoc|sau|canh|cong|he|ben|phia|quanh|trong|ngoai|cach|chan|doi dien"
# A temple, a shrine or a communal house ("chùa", "đền", "đình") only after a word of where, not of going: "qua
# chưa", "đến chưa" fold to "qua chùa", "đến chùa" ("chuyển qua chưa Bà Lan" is a question about Bà Lan).
_SPATIAL = _PARTS + "|gan|truoc|sau|canh|cong|he|ben|phia|quanh|trong|ngoai|cach|chan|doi dien"
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:(?:" + _LOCATIVE + r") (cau|rach|kenh|vam|mieu)"
                           r"|(?:" + _SPATIAL + r") (chua|den|dinh)|(?:" + _PARTS + r") cho) $")
_MARKET_NAMED = re.compile(r"(?<!\w)cho (?:ong|ba) [^\W\d_]+")  # folded: "cho Ba Chieu", a market's name


def _said_again(text: str, folded: str, start: int, markets: set[str]) -> bool:
    """Whether the elder word at `start` names a market placed elsewhere in the text ("cho Ba Chieu" again)."""
    again = _MARKET_NAMED.match(folded, start - 4) if markets and start >= 4 else None
    return bool(again and again.group(0) in markets and _ELDER.match(text, start))


def elder_place(text: str, fold: Callable[[str], str], start: int) -> bool:
    """Whether the elder word at `start` follows a locative and a place's kind, which make the run a place's name."""
    elder = _ELDER.match(text, start)
    place = _PLACE_BEFORE.search(fold(text), max(0, start - 20), start)
    return bool(elder and place and (place.group(1) != "cau" or elder.group(0).lower() in ("ong", "ông")))


def drop_elder_places(text: str, fold: Callable[[str], str], spans: list[Span]) -> list[Span]:
    """`spans` less the names that are such a place's: "Ong Bon" in "tu cau Ong Bon", "Chieu" after "goc cho Ba "."""
    if not spans or not _ELDER.search(text):
        return spans
    folded = fold(text)
    # A market once placed ("goc cho Ba Chieu") is that market wherever "cho Ba Chieu" is said again ("gan cho Ba Chieu").
    markets = {m.group(0) for m in _MARKET_NAMED.finditer(folded) if elder_place(text, fold, m.start() + 4)}
    kept = []
    for start, end in spans:
        word_before = re.search(r"(\S+)\s$", text[max(0, start - 5) : start])
        before_start = start - len(word_before.group(0)) if word_before else start
        if any(elder_place(text, fold, at) or _said_again(text, folded, at, markets) for at in {start, before_start}):
            continue
        kept.append((start, end))
    return kept
