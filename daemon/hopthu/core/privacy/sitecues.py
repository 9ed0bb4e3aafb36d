"""A second look at the site cue `homes` found before a house number (for `homes._is_home`).

Pure, no I/O, nothing of the package imported (`homes` passes its site-cue pattern and `sites.names_no_site`).
`homes` reads a business or a building work in the clause before a number ("xây nhà 4 tầng tại số 21",
"quán ở số 12") as the number being the letter's site, not a home. Two shapes read the folded clause wrong:
- the writer building their own house, an adverb between the pronoun and "xây" ("Năm ngoái tôi mới xây nhà ở số
  15 …", "Nhà tôi vừa xây lại nhà ở số 27 …"): the cue is skipped, the number is the writer's home;
- a shop named Tâm ("Quán Tâm ở số 12 …", "Quan Tam o so 12 …"): folded it is "quan tam", which the site cue leaves
  alone as "quan tâm" (to care about); the raw clause tells "Quán" or a capitalised "Tam", and the shop is the cue.
Before any cue, `own_home_before` tells the writer's or a relative's home right before the number ("nhà mẹ tôi ở",
"mẹ mình nhà số 76"), not a person so named ("nhà bà Em ở số 8", folded "nha ba em"; "Bà Em nhà số 8").
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Folded: the writer (or their household) right before "xây", past one to three adverbs or time words.
_WRITER_BUILDS = re.compile(r"(?<!\w)(?:toi|tui|em|minh|chung toi|nha toi)\s(?:(?:moi|vua|da|dang|sap|muon|can|dinh"
                            r"|du dinh|tinh|chuan bi|xin|cung|nam ngoai|nam nay|nam \d{4})\s){1,3}$")
_SHOP_TAM = re.compile(r"\bquan tam\b")
# The writer's home or a relative's right before the number, not a neighbour's told by the writer's ("nhà bên cạnh
# nhà em ở số 17", "hộ liền kề nhà tôi là số 47").
_OWN_HOME_RIGHT_BEFORE = re.compile(
    r"(?<!canh )(?<!ke )(?<!xom )(?<!sat )(?<!dien )(?<!sau )(?<!truoc )(?<!gan )(?<!voi )\bnha\s"
    r"(?:(?P<kin>bo|me|cha|ba|ong|bo me|ong ba)\s)?(?P<who>toi|tui|em|minh|chung toi)(?:\s(?:o|tai|la))?\s?:?\s?\(?$"  # "nhà mẹ tôi ở"
    # ... or the relative first, then "nhà": "mẹ mình nhà số 76 ngay đó", "Bà nội em nhà số 6 ngõ 6" (not "anh em nhà
    # số 12", "chị em nhà số 5": siblings of that house)
    r"|(?<!\w)(?!(?:anh|chi) em\b)(?P<kin2>(?:bo|me|cha|ba|ong|bo me|ong ba|chi|anh|em|con|chau|co|chu|bac|di|cau)"
    r"(?:\s(?:noi|ngoai|trai|gai|ruot))?)\s(?P<who2>toi|tui|em|minh|chung toi)\snha\s(?:o\s|tai\s)?\(?$"
)


def own_home_before(before: str, raw: str) -> bool:
    """Whether the folded clause `before` ends with the writer's home ("nhà tôi ở", "nhà tôi (SN 51)") or a relative's
    ("nhà mẹ tôi ở"); `raw` is the same clause unfolded (same length). A kin word in lower case, then a capital, is a
    person so named, not the writer's kin: "Nhà bà Em ở số 8 … nuôi lợn", "nhà ông Minh ở số 5"."""
    m = _OWN_HOME_RIGHT_BEFORE.search(before)
    if m is None:
        return False
    if m.group("who2"):  # "Bà Em nhà số 8" (a capital pronoun, not all in capitals): a person named Em
        return not (raw[m.start("who2")].isupper() and not raw[m.start("kin2") : m.end("who2")].isupper())
    return not (m.group("kin") and raw[m.start("kin")].islower() and raw[m.start("who")].isupper())


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
