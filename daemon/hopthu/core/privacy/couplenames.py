"""A couple named by "vợ chồng" and their given names, no honorific between: "người thuê là vợ chồng Út Hà", "vo chong
Ut Ha" (for `_find_private_names`).

Pure, no I/O, nothing of the package imported (the caller hands in the fold and the test for a name's word). `names`
reads a capitalised run after an honorific ("vợ chồng anh Hà") or a surname ("vợ chồng Nguyễn Văn Hà"); a couple told
by a nickname and a given name ("Út Hà", "Tuấn Hà") has neither, and without marks nothing else leads to it. Each
word of the run must be a name's word (so not "vợ chồng Chủ tịch phường", "vợ chồng Hàn Quốc"), and no further
capitalised word may follow that is not one ("vợ chồng Hà Nội": a place).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_COUPLE = re.compile(r"(?<!\w)(?:[Vv]ợ chồng|[Vv]o chong|VỢ CHỒNG|VO CHONG) (?=[A-ZĐÀ-Ỹ])")
_WORD = re.compile(r"[^\W\d_]+")
# Folded, lower-cased, from the run's start: a country, a people or a role whose words are also names' ("vợ chồng Hàn
# Quốc thuê nhà", "cặp vợ chồng Việt kiều", "vợ chồng Công an khu vực", "bố nó là Hải quân"): no couple named.
_NOT_NAMES = re.compile(
    r"(?:han|trung|nhat|dai|thai|an|my|phap|duc|nga|uc|hong) (?:quoc|ban|loan|lan|do|kong)\b|viet kieu\b"
    r"|cong an\b|bo doi\b|hai quan\b|thuong (?:uy|ta|si)\b|dai (?:uy|ta|tuong)\b|trung (?:uy|ta|si|tuong)\b"
    r"|thieu (?:uy|ta|tuong)\b|truong (?:thon|xom|ban|phong|khu|tram|cong an|phuong|to|tdp)\b")


def couple_names(text: str, fold: Callable[[str], str], name_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of the given names right after "vợ chồng" (see the module's doc). `fold` folds a word (same length),
    `name_word(folded)` says whether a folded, lower-cased word is a name's word."""
    spans = []
    for lead in _COUPLE.finditer(text):
        pos, end, count = lead.end(), lead.end(), 0
        while count < 3:
            word = _WORD.match(text, pos)
            if word is None or not word.group(0)[0].isupper():
                break
            if not name_word(fold(word.group(0)).lower()):
                count = 0  # a capitalised word that is no name's ("Hà Nội", "Chủ tịch"): no couple named here
                break
            end, count = word.end(), count + 1
            if text[end : end + 1] != " ":
                break
            pos = end + 1
        else:
            word = _WORD.match(text, pos)
            if word is not None and word.group(0)[0].isupper():
                count = 0  # four capitalised words: a full name `names` reads, or a title
        if count and _NOT_NAMES.match(fold(text[lead.end() : lead.end() + 20]).lower()):
            count = 0  # "vợ chồng Hàn Quốc", "vợ chồng Công an khu vực"
        if count:
            spans.append((lead.end(), end))
    return spans
