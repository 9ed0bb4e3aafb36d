"""A second look at the site cue `homes` found before a house number (for `homes._is_home`).

Pure, no I/O, nothing of the package imported (`homes` passes its site-cue pattern and `sites.names_no_site`).
`homes` reads a business or a building work in the clause before a number ("xây nhà 4 tầng tại số 21",
"quán ở số 12") as the number being the letter's site, not a home. Two shapes read the folded clause wrong:
- the writer building their own house, an adverb between the pronoun and "xây" ("Năm ngoái tôi mới xây nhà ở số
  15 …", "Nhà tôi vừa xây lại nhà ở số 27 …"): the cue is skipped, the number is the writer's home;
- a shop named Tâm ("Quán Tâm ở số 12 …", "Quan Tam o so 12 …"): folded it is "quan tam", which the site cue leaves
  alone as "quan tâm" (to care about); the raw clause tells "Quán" or a capitalised "Tam", and the shop is the cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Folded: the writer (or their household) right before "xây", past one to three adverbs or time words.
_WRITER_BUILDS = re.compile(r"(?<!\w)(?:toi|tui|em|minh|chung toi|nha toi)\s(?:(?:moi|vua|da|dang|sap|muon|can|dinh"
                            r"|du dinh|tinh|chuan bi|xin|cung|nam ngoai|nam nay|nam \d{4})\s){1,3}$")
_SHOP_TAM = re.compile(r"\bquan tam\b")


def next_site_cue(cue_re: re.Pattern[str], before: str, raw: str, cue: re.Match[str] | None,
                  no_site: Callable[[str, int, int], bool]) -> re.Match[str] | None:
    """The first cue from `cue` on in the folded clause `before` that makes the number a site, or None.

    `raw` is the same clause unfolded (same length); `no_site(before, start, end)` says a cue names no site there.
    """
    while cue and (no_site(before, cue.start(), cue.end())  # "(xóm Bãi, số nhà 17)" (`sites`)
                   or (cue.group(0).startswith("xay") and _WRITER_BUILDS.search(before, 0, cue.start()))):
        cue = cue_re.search(before, cue.end())  # "tôi mới xây nhà ở số 15": the writer's own home
    if cue is None and "quan tam" in before:  # "Quán Tâm ở số 12", "Quan Tam o so 12": a shop named Tâm
        cue = next((m for m in _SHOP_TAM.finditer(before)
                    if raw[m.start() : m.start() + 4].lower() == "quán" or raw[m.start() + 5 : m.start() + 6].isupper()),
                   None)
    return cue
