"""Vietnamese text normalisation for matching.

Matching is diacritics- and case-insensitive: "Đèn đường" and "den duong" are the
same key. We keep two forms because stripping marks makes words collide
(hỏng / hồng / hong): rules may match on either.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold_case(text: str) -> str:
    """NFC + casefold + collapsed whitespace: the form that keeps diacritics."""
    return _SPACES.sub(" ", nfc(text).casefold()).strip()


def strip_marks(text: str) -> str:
    """Remove combining marks; map đ/Đ to d/D explicitly (they have no decomposition)."""
    decomposed = unicodedata.normalize("NFD", text or "")
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept.replace("đ", "d").replace("Đ", "D"))


class _StripTable(dict):
    """str.translate table, filled as characters are met: each character → `strip_marks` of it.
    On NFC text this is `strip_marks` of the whole text (tested), without its per-character
    generator and two normalisations: folding is on every hot path (rules, redaction, matching)."""

    def __missing__(self, code: int) -> str:
        value = strip_marks(chr(code))
        self[code] = value
        return value


_STRIP = _StripTable()


def fold(text: str) -> str:
    """The accent-free matching key: casefolded, marks stripped, whitespace collapsed."""
    folded = fold_case(text)
    return folded if folded.isascii() else folded.translate(_STRIP)
