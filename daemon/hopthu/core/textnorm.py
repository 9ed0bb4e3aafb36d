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


class MarkTable(dict[int, str]):
    """A str.translate table, filled as characters are met: each character → `strip_marks` of it.
    On NFC text, translating gives `strip_marks` of the whole text (tested) without its per-character
    generator and two normalisations: folding is on every hot path (rules, redaction, matching).
    `same_length`: a character whose stripped form is not one character stays as it is, so positions
    in the folded text are positions in the original (the rule matcher checks diacritics there)."""

    def __init__(self, *, same_length: bool = False):
        super().__init__()
        self.same_length = same_length

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = strip_marks(ch)
        if self.same_length and len(value) != 1:
            value = ch
        self[code] = value
        return value


_STRIP = MarkTable()


def fold(text: str) -> str:
    """The accent-free matching key: casefolded, marks stripped, whitespace collapsed."""
    folded = fold_case(text)
    return folded if folded.isascii() else folded.translate(_STRIP)
