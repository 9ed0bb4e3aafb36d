"""Numbers that identify a person: bank accounts, passports, CCCD/CMND, private vehicles' plates.

Pure, no I/O. A plate stays when the vehicle is what the letter complains about (the truck dumping
waste, the car blocking the lane: the agency needs it); it goes when the vehicle is the writer's or a
victim's (a stolen motorbike, the car the writer parked), because it points to a person.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, clause_before, fold_same_length

# Account numbers: 8-19 digits, possibly in groups, right after an account cue ("STK", "số tài
# khoản", "tài khoản", "TK", "account") within a few words. The digits only: the cue and the bank stay.
_ACCOUNT_CUE = re.compile(r"(?:\bstk|\btk|tai khoan|account|acc)\b[^\d\n]{0,30}$")
_DIGIT_RUN = re.compile(r"\d(?<!\d\d)(?:[ .]?\d){7,18}(?!\d)")

# Passports: one capital letter and 7-8 digits, standing alone (not inside a code like HT-2026-0042).
PASSPORT = re.compile(r"(?<![\w\-/.])[A-Z]\d{7,8}(?![\w\-/])")

# CCCD (12 digits) and CMND (9 digits), grouped any way with single spaces or dots.
_ID_RUN = re.compile(r"\d(?<!\d\d)(?:[ .]?\d){8,11}(?!\d)")

# Vietnamese plates: 29C-456.78, 30G-111.22, 29G1-567.89, 15C-123.45, 30E98765, 59-X1 234.56.
PLATE = re.compile(r"(?<![\w\-])\d{2}-?[A-Z]{1,2}\d?[\- ]?\d{3}\.?\d{2}(?![\w\-])")
# What makes a vehicle a person's rather than the subject of the complaint, in the clause around it.
_PRIVATE_VEHICLE = re.compile(
    r"toi gui|gui xe|cua toi|xe toi|xe cua toi|nha toi|bi mat|mat xe|mat trom|bi trom|cua phu huynh|cua bo|cua me|cua chong|cua vo"
    r"|dang ky xe|giay to xe|danh roi|ca ?vet"
)


def find_accounts(text: str) -> list[Span]:
    spans = []
    for m in _DIGIT_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if digits >= 8 and _ACCOUNT_CUE.search(fold_same_length(clause_before(text, m.start(), 45))):
            spans.append(m.span())
    return spans


def find_passports(text: str) -> list[Span]:
    return [m.span() for m in PASSPORT.finditer(text)]


def find_ids(text: str) -> list[Span]:
    spans = []
    for m in _ID_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if digits in (9, 12):
            spans.append(m.span())
    return spans


def find_private_plates(text: str) -> list[Span]:
    spans = []
    for m in PLATE.finditer(text):
        around = fold_same_length(clause_before(text, m.start(), 50) + " " + text[m.end() : m.end() + 30].split(".\n")[0])
        if _PRIVATE_VEHICLE.search(around):
            spans.append(m.span())
    return spans
