"""Personal data in citizens' text: find it (to learn a contact) and remove it (before anyone else sees it).

Agencies, reports and the shared register only ever receive `redact()`ed text. What is removed,
why, and the marker left in its place is the detector list of `core/privacy` (`DETECTORS`); this
module keeps the entry points the rest of hopthu calls, the contact finders the intake uses, and
the log filter. The place where the problem is ("đầu ngõ 12 phố Trần Phú") is kept: agencies need it.
Pure functions, no I/O.
"""

from __future__ import annotations

import logging
import re

from hopthu.core import privacy
from hopthu.core.ahead import Ahead
from hopthu.core.textnorm import fold, nfc, unwrap

# The local part starts where a run of its characters starts (a lookbehind): a long run without "@"
# is then tried once, not again from each of its characters (quadratic: 100,000 characters took 7 s).
# Same matches as without the lookbehind: a suffix of a run fails wherever the whole run fails.
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# The patterns begin with the characters a match can start with, and check what stands before it
# after that: the regex engine then skips ahead to candidates instead of trying every position
# (3 to 8 times faster; redaction runs on every text, log line and register write).
# 10-digit mobiles and 11-digit landlines (024 3856 1234) starting 0 or +84, with spaces, dots or dashes;
# not preceded by a digit or "+".
PHONE = re.compile(r"(?:\+(?<![\d+]\+)84[\s.\-]?|8(?<![\d+]8)4[\s.\-]?|0(?<![\d+]0))(?:\d[\s.\-]?){8,9}\d(?!\d)")
# CCCD (12 digits) and old CMND (9 digits), possibly spaced in groups; not inside a longer number.
ID_NUMBER = re.compile(r"\d(?<!\d\d)(?:\d{11}|\d{2}[\s.]\d{3}[\s.]\d{3}[\s.]\d{3}|\d{8})(?!\d)")
EMAIL_MASK = privacy.EMAIL_MARK
PHONE_MASK = privacy.PHONE_MARK
ID_MASK = privacy.ID_MARK
NAME_MASK = privacy.NAME_MARK
ADDRESS_MASK = privacy.HOUSE_MARK


def find_email(text: str) -> str:
    match = EMAIL.search(text or "")
    return match.group(0) if match else ""


def normalise_phone(raw: str) -> str:
    digits = re.sub(r"\D", "", raw)
    if digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    return digits


def find_phone(text: str) -> str:
    """The first Vietnamese phone number in text, normalised to 0xxxxxxxxx, or ''."""
    for match in PHONE.finditer(text or ""):
        digits = normalise_phone(match.group(0))
        if len(digits) in (10, 11) and digits.startswith("0"):
            return digits
    return ""


#: Redactions the letters' worker made ahead for a new letter, by (text, names) (`core.ahead`).
AHEAD = Ahead()


def redact(text: str, names: list[str] | tuple[str, ...] = ()) -> str:
    """Text safe to show an agency: every detector of `core.privacy` applied, then the given names
    (the Form's name column, the email's display name) removed with or without diacritics."""
    made = AHEAD.take((text, tuple(names)))
    if made is not None:
        return str(made)
    out = privacy.redact_text(nfc(unwrap(text or "")))  # a mail client's wrapped lines read as one
    for name in names:
        name = nfc(name).strip()
        if len(name) < 3:
            continue
        out = _sub_folded(out, name, NAME_MASK)
    return out


def _sub_folded(text: str, needle: str, mask: str) -> str:
    """Replace needle in text matching diacritics- and case-insensitively (positions map 1:1 in NFC)."""
    folded_text = fold(text)
    folded_needle = fold(needle)
    if len(folded_text) != len(text) or not folded_needle:
        # Folding changed the length (rare compatibility characters): fall back to exact, case-insensitive.
        return re.sub(re.escape(needle), mask, text, flags=re.IGNORECASE)
    pieces, pos = [], 0
    for match in re.finditer(r"(?<!\w)" + re.escape(folded_needle) + r"(?!\w)", folded_text):
        pieces.append(text[pos : match.start()])
        pieces.append(mask)
        pos = match.end()
    pieces.append(text[pos:])
    return "".join(pieces)


#: What a log line or a kept error message may carry that names a person: contacts and numbers.
_CONTACT_DETECTORS = tuple(d for d in privacy.DETECTORS
                           if d.name in ("email", "insurance_number", "phone", "bank_account", "passport", "id_number"))


def mask_contacts(text: str) -> str:
    """Addresses, phone, account, passport and ID numbers masked: what a log line or a kept error may carry."""
    try:
        for detector in _CONTACT_DETECTORS:
            text = detector.apply(text)
        return text
    finally:
        privacy.forget_fold()


class LogRedactor:
    """A logging filter: whatever a library or a message puts in a log line, addresses (in every
    spelling), phone numbers, ID, passport and account numbers never reach the log file (logs carry
    case codes, not people). Names are not guessed here: hopthu's own messages never carry them."""


    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler
            return True
        clean = mask_contacts(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True
