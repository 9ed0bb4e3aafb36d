"""Private names in abusive letters and scam messages that a role word nearby or a pronoun hides (for `__init__`).

Pure, no I/O; of hopthu it imports only `claims` (a leaf: the capitalised words of a name, read as `scamnames`
reads them): `privacy/__init__.py` hands it the fold (one character for one).
GUIDE.md: neighbours a letter insults and contacts a scam gives are private people. This module finds:
- a capitalised given name alone right after a scornful word ("con", "thằng", "mụ", "lão"): "Tổ trưởng ngu và con
  Diệp lắm mồm". A leader's role earlier in the line ("Tổ trưởng") does not make the woman scorned after "con" an
  official. A full name there is left to `names`, which reads the role after it ("thằng Phạm Đức Lương trưởng công
  an phường": an official insulted in his role stays);
- a name after a relative's word and a scornful pronoun, then "là": "Con gái mụ là Hạnh Dung", "vợ hắn là Nhàn"
  ("bà ta", "ông ấy" are read elsewhere);
- the person a message tells the reader to ask for on its hotline: "xin gọi hotline [số điện thoại] gặp chị Lê Thị
  Hằng, cán bộ một cửa". Only an advertisement or a phishing message gives a hotline and a person to ask for there;
  the role after the name is claimed, not shown (a citizen telling of a call writes "tôi gọi số … thì chị Hằng").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hopthu.core.privacy.claims import cap_words

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# Scornful words before a name, as written (lower case, or capitalised at a sentence's start).
_SCORN = re.compile(r"(?<!\w)(?:con|thằng|mụ|lão|Con|Thằng|Mụ|Lão)[ \t](?=[A-ZĐÀ-Ỹ])")
# Folded: a relative's word, a scornful pronoun, "là" (and "tên là").
_KIN_PRONOUN = re.compile(r"(?<!\w)(?:vo|chong|con|con gai|con trai|em gai|em trai|chau|me|bo|nhan tinh)\s(?:cua\s)?"
                          r"(?:mu|han|lao)\s(?:ten\s)?la\s(?:(?:anh|chi|ong|ba|co|con|thang|mu)\s)?(?=\S)")
_HOTLINE = re.compile(r"(?<!\w)(?:hotline|duong day nong)\s?:?\s?(?:\[so dien thoai\]|\d[\d .\-]{6,14}\d)\s?,?\s?"
                      r"(?:de\s)?gap\s(?:anh|chi|ong|ba|co|chu|em|a|c)\s(?=\S)")

# Capitalised words that open an office or a place, not a name (folded): "gặp chị Tổng đài", "con Phố …" (not "Phương", "Dương": names too).
_OFFICE = re.compile(r"(?:tong dai|ban\b|bo phan|cong an|uy ban|pho\b|cho\b"
                     r"|to truong|to pho|chu tich|pho chu tich|can bo|bi thu|giam doc|canh sat|cskv)")
# Folded, right after a scorned given name: the official's role ("thằng Tuấn công an khu vực", "thằng Hùng cán bộ
# địa chính"): an official in his role stays, insulted or not (GUIDE).
_ROLE_AFTER = re.compile(r"\s?,?\s?(?:la\s)?(?:cong an|canh sat|cskv|can bo|to truong|to pho|chu tich|pho chu tich"
                         r"|truong (?:cong an|ban|phong|tram)|bi thu|dia chinh|truc ban)\b")


def _name(text: str, folded: str, pos: int, limit: int) -> Span | None:
    words = cap_words(text, pos, limit)
    if not words or any(len(w) > 1 and w.isupper() for w in words):
        return None  # "UBND", "CSKV": an office, not a person
    if _OFFICE.match(folded, pos):
        return None
    return pos, pos + len(" ".join(words))


def find_spite_names(text: str, fold: Callable[[str], str]) -> list[Span]:
    """Spans of the names the module's doc lists."""
    folded = fold(text)
    spans: list[Span] = []
    for m in _SCORN.finditer(text):
        span = _name(text, folded, m.end(), 2)
        if span is not None and " " not in text[span[0] : span[1]] and not _ROLE_AFTER.match(folded, span[1]):
            spans.append(span)  # "con Diệp": a given name alone; a full name is `names`' to read with its role
    for pattern in (_KIN_PRONOUN, _HOTLINE):
        for m in pattern.finditer(folded):
            span = _name(text, folded, m.end(), 4)
            if span is not None:
                spans.append(span)
    return spans
