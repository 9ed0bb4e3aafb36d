"""The shape of a detector and the helpers detectors share. Pure, no I/O.

A detector finds spans of personal data in a text and names the visible marker that replaces them.
Detectors run one after another on the text the previous ones left (core/privacy/__init__.py), so a
later detector can see an earlier one's marker: "[họ tên] (số 14 ngõ 9)" tells the house-number
detector that the number is a person's home.

Every pattern here is linear on any input: it starts with a literal or a bounded class, repeats
only bounded groups, and never nests quantifiers over overlapping classes (the `robust` rule:
no catastrophic backtracking on 1 MB strings).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from hopthu.core.textnorm import MarkTable

Span = tuple[int, int]

_SAME_LENGTH = MarkTable(same_length=True)


#: The last whole text folded and its fold: the detectors fold the same text one after another (names,
#: passports, accounts, homes) while none of them changed it. Taken by identity (the same object, held
#: here so it cannot be another), dropped when a redaction ends (`forget_fold`): no text is kept after it.
_LAST: tuple[str | None, str] = (None, "")
_REMEMBERED = 200  # shorter texts (a word, a clause) are folded again: cheap, and asked with ever new strings


def fold_same_length(text: str) -> str:
    """Lower case, marks stripped, đ→d, one character for one: positions stay positions in `text`."""
    global _LAST
    last = _LAST  # one read: another thread's redaction may replace it
    if last[0] is text:
        return last[1]
    folded = text.translate(_SAME_LENGTH)
    lowered = folded.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    if len(text) >= _REMEMBERED:
        _LAST = (text, lowered)
    return lowered


def forget_fold() -> None:
    """Drop the text `fold_same_length` remembers (after each redaction)."""
    global _LAST
    _LAST = (None, "")


@dataclass(frozen=True)
class Detector:
    name: str
    marker: str
    why: str
    find: Callable[[str], list[Span]]

    def apply(self, text: str) -> str:
        spans = merge(self.find(text))
        if not spans:
            return text
        pieces, pos = [], 0
        for start, end in spans:
            pieces.append(text[pos:start])
            pieces.append(self.marker)
            pos = end
        pieces.append(text[pos:])
        return "".join(pieces)


def merge(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_CLAUSE_END = re.compile(r"[.!?;\n]")


def clause_before(text: str, pos: int, width: int = 60) -> str:
    """The text before `pos` back to the start of its sentence (at most `width` characters)."""
    window = text[max(0, pos - width) : pos]
    ends = [m.end() for m in _CLAUSE_END.finditer(window)]
    return window[ends[-1] :] if ends else window


# Account numbers (folded text): the cue ("STK", "số tài khoản", "tài khoản", "TK", "account") within a few
# words before the digits, or a bank's name next to them even without a cue ("vào Vietcombank 0451 …",
# "số 1903 … (Techcombank)", "BIDV: 2151 …"). Shared by the account detector and the phone detector
# (the middle of an account number holds no phone).
ACCOUNT_CUE = re.compile(r"(?:\bstk|\btk|tai khoan|account|acc)\b[^\d\n]{0,30}$")
_BANK = (r"(?:vietcombank|vcb|techcombank|tcb|bidv|agribank|vietinbank|vietin|mb ?bank|mbbank|\bmb\b|vpbank|\bacb\b"
         r"|sacombank|tpbank|\bshb\b|hdbank|\bocb\b|\bvib\b|seabank|\bmsb\b|eximbank|lienvietpostbank|lpbank"
         r"|\bscb\b|nam a bank|bac a bank|abbank|kienlongbank|pvcombank|oceanbank|baoviet ?bank|ngan hang)")
BANK_BEFORE = re.compile(_BANK + r"[^\d\n]{0,12}$")
BANK_AFTER = re.compile(r"^[^\w\n]{0,3}(?:\w+\s){0,1}" + _BANK)


# What every account cue and bank name above contains: a text without any of these has no account number
# (substring tests, one pass each: a regex alternation tried at every position costs ten times more).
_HINTS = ("tk", "tai khoan", "acc", "bank", "vcb", "tcb", "bidv", "vietin", "mb", "acb", "shb", "ocb", "vib", "msb", "scb",
          "ngan hang")


def may_hold_account(text: str) -> bool:
    folded = fold_same_length(text)
    return any(hint in folded for hint in _HINTS)


def account_cue_before(text: str, pos: int) -> bool:
    """Whether an account cue or a bank's name stands right before the number at pos."""
    before = fold_same_length(clause_before(text, pos, 45))
    return bool(ACCOUNT_CUE.search(before) or BANK_BEFORE.search(before))
