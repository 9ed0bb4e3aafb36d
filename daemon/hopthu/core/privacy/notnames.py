"""Words the name detectors read as a person's name that are not one (for `__init__`). Pure, no I/O; imports
nothing of hopthu and takes the fold (same length, lower case, no diacritics) as an argument.

- Sunday typed without diacritics is no uncle: "Sang chu nhat con cho xe tai" (sáng chủ nhật), not "chú Nhật". In
  lower case and without diacritics "chu nhat" is the day of the week far more often than a man called Nhật; a
  capitalised "Nhat"/"Nhật" ("chu Nhat sua xe") stays a name.
- A place whose name begins with an honorific, typed without diacritics after a word that places it: "nha toi o gan
  cho Ba Chieu" (chợ Bà Chiểu), "canh den Ba Kieu" (đền Bà Kiệu), "truoc chua Ba Da" (chùa Bà Đá). GUIDE.md keeps
  public places named after people; "toi dua tien cho Ba Lan" (a bare "cho", to whom) stays a name.
- "Đại diện:" heading a signature ("Thay mặt các hộ dân ngõ 8,\nĐại diện: Kha Văn Lộc"): "Đại" is half of "đại diện"
  (on behalf of), not a given name; the signatory after it still goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The honorific "chu" (lower case, or capitalised at a sentence's start) right before the span.
_CHU_BEFORE = re.compile(r"(?<!\w)[Cc]hu $")
# A place's kind after a word that places it, then a capitalised honorific (text as written, without diacritics:
# with them, "chợ Bà Chiểu" is no "cho" and the detectors already leave it).
_PLACED = (r"(?:gan|o|tai|truoc|sau|canh|goc|cong|khu|dau|cuoi|trong|ngoai|ben|phia|quanh|he"
           r"|cach|doi dien|khu vuc)")
_PLACE_BEFORE = re.compile(r"(?<!\w)(?i:" + _PLACED + r" (?:cho|chua|den|mieu|dinh|cau)) (?:Ba|Ong) $")


def _sunday(text: str, s: int, e: int) -> bool:
    return text[s:e] == "nhat" and _CHU_BEFORE.search(text, max(0, s - 5), s) is not None


def _place(text: str, s: int) -> bool:
    return text[s : s + 1].isupper() and _PLACE_BEFORE.search(text, max(0, s - 30), s) is not None


def _on_behalf(folded: str, s: int, e: int) -> bool:
    return folded[s:e] == "dai" and folded[e : e + 5] == " dien"


def drop_not_names(text: str, spans: list[tuple[int, int]], fold: Callable[[str], str]) -> list[tuple[int, int]]:
    """The spans that are none of the words above (see the module's doc)."""
    if not spans:
        return spans
    folded = fold(text)
    return [(s, e) for s, e in spans
            if not (_sunday(text, s, e) or _place(text, s) or _on_behalf(folded, s, e))]
