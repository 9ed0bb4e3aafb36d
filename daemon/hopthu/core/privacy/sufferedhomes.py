"""Homes listed as the ones a nuisance reaches, by their numbers (for `homes`).

Pure, no I/O. A letter often names the site once and then the houses it harms: "xưởng giặt ở số 56 … xả nước thải,
nước tràn vào các nhà số 58, số 60 và số 62", "khói bay sang các hộ số 5, 7 và 9", "ảnh hưởng đến mấy nhà số 12, 14".
Those houses are victims' homes, not the site (GUIDE.md: a victim's home goes); every number of the list goes. Only
after a word that says the nuisance reaches them ("vào", "sang", "ảnh hưởng đến/tới") and a plural ("các", "mấy",
"những", "nhiều"): "đề nghị phường đến các nhà số 5, số 7 kiểm tra" names the houses to visit, and "các nhà số 5, 7
lấn chiếm vỉa hè" the sites.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

_NUMBER = r"\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2}(?:\sbis)?"
# On the folded text (lower case, no marks, one character for one): "vao cac nha so 58", "sang may ho so 5".
_LIST_START = re.compile(
    r"\b(?:vao|sang|anh huong (?:den|toi))\s(?:ca\s)?(?:cac|may|nhung|nhieu)\s(?:nha|ho|can)(?:\sdan)?\s"
    r"((?:so nha|so|sn)\s" + _NUMBER + r")(?![\w/\-]|[.,]\d)"
)
# The next number of the list: ", số 60", " và số 62", ", 7", " & 9".
_LIST_NEXT = re.compile(r"\s?(?:,|va|hoac|&)\s((?:(?:so nha|so|sn)\s)?" + _NUMBER + r")(?![\w/\-]|[.,]\d)")
# What the listed houses do, said right after the list: then they are the sites ("… lấn chiếm vỉa hè").
# ... or what is to be done there: "đề nghị phường vào các nhà số 5, số 7 kiểm tra" (the houses to visit).
_SITE_AFTER = re.compile(r"\s?(?:ngo\s\d{1,4}\s)?(?:deu\s|cung\s|de\s)?(?:lan chiem|xay|nuoi|dot|do rac|hat|mo"
                         r"|kiem tra|xu ly|lap bien ban|nhac nho|lam viec|xac minh)\b")
# Someone sent in, right before "vào": "công an vào các nhà …", "đề nghị phường vào …".
_SENT_IN = re.compile(r"\b(?:phuong|cong an|doan|can bo|to truong|de nghi|yeu cau)\s(?:\w+\s){0,2}$")


def suffered_homes(text: str, fold: Callable[[str], str]) -> list[Span]:
    """Every number of a list of houses a nuisance reaches ("tràn vào các nhà số 58, số 60 và số 62"), the marker
    with the first: "số 58", then "số 60" or a bare "7". `fold` folds one character for one (`base.fold_same_length`,
    handed in: this module imports nothing of the package)."""
    low = text.lower()
    if "vào" not in low and "vao" not in low and "sang" not in low and "ảnh hưởng" not in low and "anh huong" not in low:
        return []
    folded = fold(text)
    spans: list[Span] = []
    for m in _LIST_START.finditer(folded):
        listed, end = [m.span(1)], m.end(1)
        while (nxt := _LIST_NEXT.match(folded, end)) is not None:
            listed.append(nxt.span(1))
            end = nxt.end(1)
        if len(listed) < 2 or _SITE_AFTER.match(folded, end, end + 40) \
                or _SENT_IN.search(folded, max(0, m.start() - 30), m.start()):
            continue
        spans += listed
    return spans
