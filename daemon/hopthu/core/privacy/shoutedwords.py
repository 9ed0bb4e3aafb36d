"""Common words in a shouted text and a named estate are no person's name (for the pipeline's names).

Pure, no I/O; it imports nothing of the package (the fold function and the surnames are handed in).
- A letter typed in capitals without marks runs common words together in capitals, and a run of two of them
  looks like a full name: "DIA CHI THUONG TRU" (thường trú), "CAU MANG DA VO NAT" (cầu Mang đã vỡ nát), "XA THANG
  RA CONG CHUNG" (ra cống chung), "MO DONG LAI" (ứ đọng lại), "HÀNH VI BẠO LỰC GIA ĐÌNH". A run in capitals of two
  or more words goes on being a name when it opens on a surname ("LY VAN THANG") or follows a word that leads to a
  name ("TOI TEN LA", "ONG", "CHI", "EM"); never when it holds a pair of words that is no name
  (`_NEVER_NAME_PAIRS`), whatever leads to it.
- A housing estate is named after its area, not a person: "khu đô thị Lưu Kiếm Xanh", "khu dân cư Hòa Bình", also
  after the short forms a Form's contact line uses: "P.302 CT2 KĐT Lưu Kiếm Xanh", "KDC Hòa Bình", "KTT Kim Liên".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# Pairs of common words (folded) that no Vietnamese name holds, seen in capitals in forms and complaints.
_NEVER_NAME_PAIRS = ("thuong tru", "tam tru", "hanh vi", "bao luc", "gia dinh", "cong chung", "dong lai", "cu tru",
                     "khieu nai", "to cao", "kien nghi", "phan anh")
# Words right before a run that lead to a name in a shouted text (folded): an introduction, an honorific or kinship.
_LEADS_TO_NAME = frozenset("la ten ong ba anh chi em co chu bac cu chau con me bo cha vo chong di duong thim mo ban"
                           " nguoi ky hoten".split())
_WORD = re.compile(r"[^\W\d_]+")
# Two or more words in capitals of two letters or more, one space apart (from a word's start only: from inside a
# long run of letters every start would rescan it).
_SHOUTED_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?: [^\W\d_]{2,})+")
# A housing estate's word right before the name (folded): "khu đô thị", "khu dân cư", "khu nhà ở", "khu tập thể", and
# their short forms "KĐT", "KDC", "KTT".
_ESTATE_BEFORE = re.compile(r"(?:\bkhu (?:do thi|dan cu|nha o|tap the|cong nghiep|chung cu)|\b(?:kdt|kdc|ktt)\.?)\s$")


def _shouted_common(text: str, folded: str, start: int, end: int, surnames: Collection[str]) -> bool:
    if not (_SHOUTED_RUN.fullmatch(text, start, end) and text[start:end].isupper()):
        return False  # not "N.T.H" (initials) nor "H Ế T" (letters spaced out)
    run = " ".join(_WORD.findall(folded[start:end]))
    if any(f" {pair} " in f" {run} " for pair in _NEVER_NAME_PAIRS):
        return True
    before = _WORD.findall(folded[max(0, start - 20) : start])
    led = bool(before) and before[-1] in _LEADS_TO_NAME and folded[start - 1 : start] == " "
    return run.split()[0] not in surnames and not led


def drop_common_runs(text: str, spans: list[tuple[int, int]], fold: Callable[[str], str],
                     surnames: Collection[str]) -> list[tuple[int, int]]:
    """`spans` (names found) less runs of common words in capitals and estates' names (`fold` keeps positions)."""
    if not spans:
        return spans
    folded = fold(text).lower()
    return [(s, e) for s, e in spans
            if not _shouted_common(text, folded, s, e, surnames) and not _ESTATE_BEFORE.search(folded, max(0, s - 20), s)]
