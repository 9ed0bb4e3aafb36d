"""Contacts: email addresses in every spelling and Vietnamese phone numbers in every writing.

Both are personal whoever they belong to (a scammer's number may be a victim's SIM). Pure, no I/O.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, account_cue_before, fold_same_length, may_hold_account

# The "at" in every spelling people use to dodge spam filters or because the Form's keyboard
# hid "@": "@", "[at]", "(at)", "(a)", " a còng ", and the dots: ".", "[dot]", "(dot)", " chấm ".
# Bracketed forms take any of these ("[@]", "(a còng)", "{at}", "[chấm]"); bare words need spaces round them
# ("x AT yahoo DOT example"): the bare "at" only with a dotted domain after it.
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_AT_FORMS = (r"\s?@\s?|\s?" + _OPEN + r"\s?(?:@|at|a|a còng|a cong)\s?" + _CLOSE + r"\s?"
             r"|\s(?:a còng|a cong)\s")
_AT = r"(?:" + _AT_FORMS + r")"
_AT_DOTTED = r"(?:" + _AT_FORMS + r"|\sat\s)"
_DOT = (r"(?:\.(?!\s)|\s\.\s?|\s?" + _OPEN + r"\s?(?:\.|dot|chấm|cham)\s?" + _CLOSE + r"\s?"
        r"|\s(?:chấm|cham|dot)\s)")
# Anchored on the "at": the local part before it is at most 64 characters of a bounded class,
# so every starting position costs a bounded amount (linear on any input).
EMAIL_ANY = re.compile(
    r"(?<![\w.+\-])[\w.+\-]{1,64}" + _AT_DOTTED + r"[\w\-]{1,63}(?:" + _DOT + r"[\w\-]{1,63}){1,4}(?![\w\-])"
    r"|(?<![\w.+\-])[\w.+\-]{1,64}" + _AT + r"(?:gmail|yahoo|outlook|hotmail|icloud)\b",
    re.IGNORECASE,
)

# A phone number: a prefix (+84, (+84), 84, (0), (024), 0, 1900/1800) then 5 to 9 more digits, each
# optionally followed by one separator (a space, or a dot or dash with or without spaces: "0968 . 123 . 456").
# Not inside a longer number, not after "+" or a letter-digit run.
# A typed letter's en dash ("0983 – 246 – 135") separates like a dash; "0084" is "+84" dialled from abroad.
PHONE_ANY = re.compile(
    r"(?<![\d+\w])(?:\(\+\s?84\)|\+\s?84|0084|84|\(0\d{1,3}\)|0|1[89]00)"
    r"(?:[\s.\-–]?\(0\))?(?: ?[.\-–] ?|\s)?(?:\d(?: ?[.\-–] ?|\s)?){5,9}\d(?!\d)"
)
# A cue typed on a phone's keyboard glued to the number ("sdt0912334556", "đt0912.334.556", "zalo0912334556"): PHONE_ANY
# refuses a number right after a letter (a code's tail), so the body is tried again right after such a cue.
_GLUED_CUE = re.compile(r"(?<![^\W\d_])(?:sdt|dt|tel|zalo|lh|hotline|phone)(?=0|\+84)")
_PHONE_BODY = re.compile(PHONE_ANY.pattern.replace(r"(?<![\d+\w])", "", 1))
# A service line of eight digits: "1900 9095", "1800.1234", "19006868" (`PHONE_ANY` wants six digits after 1900/1800).
# Not inside a longer number ("1900 9095 12" is `PHONE_ANY`'s).
PHONE_TOLL_SHORT = re.compile(r"(?<![\d+\w.,])1[89]00(?: ?[.\-–] ?|\s)?\d{4}(?![\w]|[.,\-–]?\s?\d)")
# ... but a file's or a code's number: "Mã hồ sơ 1900 1234", "số hồ sơ: 1800 5678" (folded, right before it).
_FILE_CODE_BEFORE = re.compile(r"(?<!\w)(?:ma|ma ho so|so ho so|ma so|ma hs|so hs)\s?(?:la\s?)?:?\s?$")
# A foreign number of a relative abroad: "+" and a country code other than 84, then 6 to 12 digits.
PHONE_ABROAD = re.compile(r"(?<![\d+\w])\+\s?(?!84)[1-9]\d{0,2}(?:[\s.\-–]?\(0\))?(?: ?[.\-–] ?|\s)?(?:\d(?: ?[.\-–] ?|\s)?){5,11}\d(?!\d)")
# Twelve digits in one run with single spaces or dots is a CCCD ("0 3 1 0 8 9 0 0 4 5 1 2"), not a phone and two more.
_TWELVE = re.compile(r"\d(?:[ .]?\d){11}(?![ .]?\d)")


def _phone_digits_ok(raw: str) -> bool:
    digits = re.sub(r"\D", "", raw.replace("(0)", ""))
    if digits.startswith("0084"):
        digits, raw = digits[2:], raw[2:]
    if digits.startswith("84") and not raw.lstrip().startswith("0") and not raw.startswith("(0"):
        return len(digits) in (11, 12)
    if digits.startswith(("1900", "1800")):
        return 8 <= len(digits) <= 10
    return digits.startswith("0") and len(digits) in (10, 11)


_AT_HINT = re.compile(r"@|" + _OPEN + r"\s?(?:at|a)\b|a còng|a cong|\sat\s", re.IGNORECASE)


# The "@" left out ("trả lời qua mail hoangyen1999 gmail.com"): a mail provider's domain after a space, and
# before it a local part that has a digit, a dot or an underscore, or a "mail" cue right before it.
_NO_AT = re.compile(r"(?<![\w.+\-])([\w.+\-]{3,64})\s(?:gmail|yahoo|outlook|hotmail|icloud|ymail)(?:\.[a-z]{2,10}){1,2}(?![\w\-])",
                    re.IGNORECASE)
_MAIL_CUE = re.compile(r"mail\s?:?\s?$", re.IGNORECASE)
_PROVIDER = re.compile(r"(?:gmail|yahoo|outlook|hotmail|icloud|ymail)\.", re.IGNORECASE)


def find_emails(text: str) -> list[Span]:
    spans = []
    if _PROVIDER.search(text):
        for m in _NO_AT.finditer(text):
            local = m.group(1)
            if any(c.isdigit() or c in "._" for c in local) or _MAIL_CUE.search(text[max(0, m.start() - 8) : m.start()]):
                spans.append(m.span())
    if not _AT_HINT.search(text):  # most texts: no "at" in any spelling, no scan of every word
        return spans
    return spans + [m.span() for m in EMAIL_ANY.finditer(text)]


# The groups of a longer number right before a match: "BIDV 2151 0000 8765 43" holds no phone "0000 8765 43".
_GROUPS_BEFORE = re.compile(r"(?:\d{1,6}[ .\-]){1,3}$")


def find_phones(text: str) -> list[Span]:
    spans = []
    hinted: bool | None = None  # whether the text names an account or a bank at all (looked up once, if needed)
    for m in PHONE_ANY.finditer(text):
        raw = m.group(0).rstrip(" .-–")
        start = m.start()
        if start > 1 and text[start - 2].isdigit():
            if hinted is None:
                hinted = may_hold_account(text)
            groups = _GROUPS_BEFORE.search(text[max(0, start - 24) : start]) if hinted else None
            if groups and account_cue_before(text, start - len(groups.group(0))):
                continue  # the middle of an account number: the account detector takes the whole of it
        twelve = _TWELVE.match(text, start)
        if twelve and twelve.end() > start + len(raw):
            continue  # the ID detector takes the whole number
        if _phone_digits_ok(raw):
            spans.append((m.start(), m.start() + len(raw)))
    for cue in _GLUED_CUE.finditer(fold_same_length(text)):  # "sdt0912334556", "ĐT:0912 334 556" glued to its cue
        glued = _PHONE_BODY.match(text, cue.end())
        if glued and _phone_digits_ok(raw := glued.group(0).rstrip(" .-–")):
            spans.append((glued.start(), glued.start() + len(raw)))
    if "00" in text:
        folded = fold_same_length(text)
        spans += [m.span() for m in PHONE_TOLL_SHORT.finditer(text)
                  if not _FILE_CODE_BEFORE.search(folded, max(0, m.start() - 16), m.start())]  # "Mã hồ sơ 1900 1234"
    if "+" in text:
        for m in PHONE_ABROAD.finditer(text):
            raw = m.group(0).rstrip(" .-–")
            if 8 <= sum(c.isdigit() for c in raw) <= 15:
                spans.append((m.start(), m.start() + len(raw)))
    return spans + find_spoken_phones(text)


# A phone number said in words, as people type it to dodge a spam filter or read it aloud: "không chín tám tám,
# một hai ba, bốn năm sáu", "khong chin tam ba bon bon hai", "không chín không, ba ba ba, 12 12". Digit words
# (folded; "tư" and "lăm" are 4 and 5 as spoken, "linh" is 0), digit groups among them, spaces, commas, dots
# or dashes between; it opens with "không" (0), or with a digit 0 and a digit word next ("0 chín 8 3 - 551 - 407"),
# and holds 10 or 11 digits in all: five digit words or more, or two or more mixed with digit groups.
_DIGIT_WORDS = {"khong": 1, "linh": 1, "mot": 1, "hai": 1, "ba": 1, "bon": 1, "tu": 1, "nam": 1, "lam": 1, "sau": 1,
                "bay": 1, "tam": 1, "chin": 1}
_SPOKEN_UNIT = re.compile(r"[a-z]{2,5}(?![\w])|\d{1,4}(?![\w])")
_SPOKEN_SEP = re.compile(r"(?: ?[,.\-–] ?| )")
_SPOKEN_START = re.compile(r"(?<!\w)khong (?=(?:[a-z]{2,5}|\d))|(?<![\w.,\-])0 (?=[a-z]{2,5}\b)")  # "0 chín 8 3 - 551 - 407"


def find_spoken_phones(text: str) -> list[Span]:
    """Phone numbers written in digit words (see above): one span from the first word to the last digit."""
    folded = fold_same_length(text)
    if "khong" not in folded and "0 " not in folded:
        return []
    spans = []
    for start in _SPOKEN_START.finditer(folded):
        pos, digits, words, end = start.start(), 0, 0, start.start()
        while digits < 11:
            unit = _SPOKEN_UNIT.match(folded, pos)
            if unit is None or (unit.group(0).isalpha() and unit.group(0) not in _DIGIT_WORDS):
                break
            digits += 1 if unit.group(0).isalpha() else len(unit.group(0))
            words += unit.group(0).isalpha()
            end = unit.end()
            if digits == 10 and not folded.startswith(("khong hai", "khong 2"), start.start()):
                break  # a mobile number has ten digits; a landline (02x) eleven
            sep = _SPOKEN_SEP.match(folded, end)
            if sep is None:
                break
            pos = sep.end()
        # digit words and digit groups mixed ("không chín 0 ba, 412, 776") are no count of things either
        if digits in (10, 11) and (words >= 5 or folded[start.start()] == "0" and words >= 1 or 2 <= words < digits):
            spans.append((start.start(), end))
    return spans
