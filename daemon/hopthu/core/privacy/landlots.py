"""A family's land told by its lot or parcel rather than by a house number (for the home-address detector).

Pure, no I/O; imports nothing of the package (the caller hands in the fold). Land questions name the plot a
relative lives on or owns: "cha tôi để lại lô đất số 47 …", "mẹ tôi đứng tên thửa đất số 215, tờ bản đồ số 12",
"nhà em ở ô số 9 khu giãn dân", "bà X hàng xóm nhà ô 11". The plot points to that family's home like a flat's
number does (GUIDE.md `home_address`). Found:
- a land lot with its kind said, "lô đất số 47", "ô đất số 3" (`_LAND_LOT`), and a parcel with its map sheet,
  "thửa đất số 215, tờ bản đồ số 12", "thửa 88 tờ bản đồ 5" (`_PARCEL`);
- a bare lot again after the land lot was told ("chia lô 47 làm ba phần"), or one a home stands on or someone owns:
  "căn nhà … trên lô 46", "[họ tên] có lô số 23" (`_OWNED_BEFORE`);
- a village plot "ô số 9", "ô 11" (with its marks: unmarked "o" is too many words) right after "nhà" or "ở".
A plot that is the letter's site stays: something done or left there, said right after it ("lô đất số 5 bỏ hoang
thành bãi rác", "thửa đất số 12 đang xây trái phép").
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NUMBER = r"(?:[a-z]{1,2}\d{0,3}[\-.]?)?\d{1,4}[a-z]?(?![\w/\-]|[.,]\d)"
# folded text: "lô đất số 47", "lo dat so 47", "ô đất 3"
_LAND_LOT = re.compile(r"(?<!\w)(?:lo|o) dat\s(?:so\s)?" + _NUMBER)
# "thửa đất số 215, tờ bản đồ số 12", "thua 88 to ban do 5", "thửa số 215 (tờ bản đồ số 12)"
_PARCEL = re.compile(r"(?<!\w)thua(?: dat)?\s(?:so\s)?\d{1,5}\s?[,(]?\s?(?:thuoc\s)?to ban do\s(?:so\s)?\d{1,4}(?!\w)")
# a bare lot: "lô 46", "lô số 23", "lô B7"
_BARE_LOT = re.compile(r"(?<!\w)lo\s(?:so\s)?(" + _NUMBER + r")")
# the clause before a bare lot says a home stands on it or someone owns it
_OWNED_BEFORE = re.compile(
    r"(?:\bnha\b[^,.;:\n]{0,40}\btren\s|\[ho ten\]\s(?:co|mua|dung ten)\s|\b(?:de lai|dung ten|chia|tach)\s(?:cai\s)?"
    r"|\bho(?: gia dinh)?\s(?:o|tai)\s)$")  # "Tôi là [họ tên], hộ gia đình ở lô B12"
# a village plot with its marks, right after "nhà" or "ở": "nhà em ở ô số 9", "nhà ô 11" (raw text)
# (the house-number detector runs first: "ô [số nhà]" is the same plot, its number already masked)
_VILLAGE_PLOT = re.compile(r"(?:(?<=\bnhà )|(?<=\bNhà )|(?<=[\s,(]ở )|(?<=^ở ))ô\s(?:đất\s)?(?:số\s)?"
                           r"(?:\d{1,3}[A-Za-z]?(?![\w/\-]|[.,]\d)|\[số nhà\])")
# ... with a home in its clause: "nhà em ở ô số 9" (not a car parked "ở ô số 3 bãi xe")
_HOME_BEFORE = re.compile(r"\bnha\b[^,.;:\n]{0,30}$")
# something done or left on the plot, said right after it: then it is the letter's site
_SITE_AFTER = re.compile(r"^[^.;:\n]{0,40}?\b(?:bo hoang|bo trong|do rac|do tro|do phe|bai rac|lan chiem|xay dung trai phep"
                         r"|xay trai phep|dang xay|um tum|nuoi lon|nuoi ga|tap ket)\b")


def _site(folded: str, end: int) -> bool:
    return bool(_SITE_AFTER.search(folded[end : end + 60]))


def find_land_lots(text: str, fold: Callable[[str], str]) -> list[tuple[int, int]]:
    """Spans of private plots in `text` (see the module's doc); `fold` is `base.fold_same_length`."""
    folded = fold(text)
    if "lo" not in folded and "thua" not in folded and "ô" not in text:
        return []
    spans = [m.span() for m in _LAND_LOT.finditer(folded) if not _site(folded, m.end())]
    told = {re.sub(r"\D", "", folded[s:e].rsplit(" ", 1)[-1]) for s, e in spans}  # numbers of the lots told
    spans += [m.span() for m in _PARCEL.finditer(folded) if not _site(folded, m.end())]
    for m in _BARE_LOT.finditer(folded):
        if any(s <= m.start() < e for s, e in spans) or _site(folded, m.end()):
            continue
        line_start = max(folded.rfind(c, 0, m.start()) for c in ".;:\n")
        if re.sub(r"\D", "", m.group(1)) in told or _OWNED_BEFORE.search(folded, max(line_start + 1, m.start() - 60), m.start()):
            spans.append(m.span())
    spans += [m.span() for m in _VILLAGE_PLOT.finditer(text)
              if _HOME_BEFORE.search(folded, max(0, m.start() - 40), m.start()) and not _site(folded, m.end())]
    return spans
