"""Health- and social-insurance numbers: the code on a health-insurance card (thẻ BHYT) and the social-insurance
number (mã số BHXH). Both identify their holder as a CCCD does. Pure, no I/O.

A card code is two capitals (the holder's group: HT pensioner, GD household, DN employee, TE child …), one digit
(the benefit level), two digits (the province) and the ten-digit social-insurance number: "HT 3 01 0123456789",
"GD4797912345678". It is taken wherever it stands: no other code people write has that shape. The ten-digit
number alone is taken after a BHXH or BHYT cue ("Mã số BHXH của tôi: 0197 016 452", "mã thẻ BHYT 7921345678"),
before the phone detector reads a number starting with 0 as a phone and leaves the card's letters behind.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, fold_same_length

# The ten digits of a social-insurance number, in one run or grouped with single spaces, dots or dashes.
_TEN = r"\d(?:[ .\-]?\d){9}(?![ .\-]?\d)"
# A card code: two capitals, a digit, two digits, the ten digits; single spaces or dots between the groups.
CARD_CODE = re.compile(r"(?<![\w\-/.])[A-Z]{2}[ .]?\d[ .]?\d{2}[ .]?" + _TEN)
# After a cue (folded text), in lower case too ("so the bhyt gd 4 79 …") or the ten digits alone.
_CUE = r"(?:bhxh|bhyt|bao hiem xa hoi|bao hiem y te|so so bao hiem|the bao hiem)"
_AFTER_CUE = re.compile(_CUE + r"[^\d\n]{0,30}?(?<![\w\-/.])((?:[a-z]{2}[ .]?\d[ .]?\d{2}[ .]?)?" + _TEN + r")")


_TEN_DIGITS_HINT = re.compile(r"\d\d[ .\-]?\d\d[ .\-]?\d\d")  # what every number taken here holds (a quick test)


def find_insurance_numbers(text: str) -> list[Span]:
    if not _TEN_DIGITS_HINT.search(text):
        return []
    spans = [m.span() for m in CARD_CODE.finditer(text)]
    lowered = text.lower()
    if "bh" in lowered or "bảo hiểm" in lowered or "bao hiem" in lowered:
        spans += [m.span(1) for m in _AFTER_CUE.finditer(fold_same_length(text))]
    return spans
