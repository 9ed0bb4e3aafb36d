"""Self-introductions the name rules (`names`) do not read: the writer first says whose relative they are, then their
name after a comma ("Em là cháu bà Tư, Phương Uyên."), and a lower-case name whose last syllable is also a function
word ("em la tuong vi, zalo …": "vì"; "toi la thanh cong." : "công"). Pure, no I/O.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, fold_same_length

_WRITER = r"(?<!\w)(?:toi|tui|em|minh|con|chau)\s(?:la|ten la|ten)\s"
_KIN = r"(?:con|chau|vo|chong|em|anh|chi|dau|re|ban|hang xom)"
_KIN_QUALIFIER = r"(?:\s(?:gai|trai|noi|ngoai|ruot|dau|re|ho|ut|ca))?"
_ELDER = r"(?:ong|ba|anh|chi|co|chu|bac|cu|me|bo|di|cau|mo|thim|o|me|mu|duong)"
# "Em là cháu bà Tư, " / "tôi là con gái của ông Nguyễn Văn A, ": the writer's relation to someone named.
_AS_KIN = re.compile(_WRITER + _KIN + _KIN_QUALIFIER + r"\s(?:cua\s)?" + _ELDER + r"\s[^\W\d_]{1,8}(?:\s[^\W\d_]{1,8}){0,3}\s?,\s")
# One to four capitalised words that end the sentence or the line: the writer's name.
_NAME_THEN_END = re.compile(r"((?:[^\W\d_]{1,8})(?:\s[^\W\d_]{1,8}){0,3})(?=\s?(?:[.!\n]|$|,\s?(?:\[|\+|\d|sđt|sdt|đt|dt|zalo)))",
                            re.IGNORECASE)
# A lower-case name after the self-introduction: a syllable, then one that is also a function word, then a pause.
_LOWER_WITH_WORD = re.compile(_WRITER + r"([a-z]{2,7}\s(?:vi|cong))(?=\s?[,.(\n]|\s[-–]\s|$)")


def _capitalised(words: list[str]) -> bool:
    return all(w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)


def find_introduced_names(text: str) -> list[Span]:
    folded = fold_same_length(text)
    if not any(w in folded for w in ("la ", "ten ")):
        return []
    spans: list[Span] = []
    for m in _AS_KIN.finditer(folded):
        name = _NAME_THEN_END.match(text, m.end())
        if name and _capitalised(name.group(1).split()):
            spans.append(name.span(1))
    for m in _LOWER_WITH_WORD.finditer(folded):
        if text[m.start(1) : m.end(1)].islower():
            spans.append(m.span(1))
    return spans
