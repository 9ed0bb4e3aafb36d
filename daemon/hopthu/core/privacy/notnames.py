"""Words the name detectors read as a person's name that are not one (for `__init__`). Pure, no I/O; imports
nothing of hopthu and takes the fold (same length, lower case, no diacritics) as an argument.

- "Đại diện" heading a signature ("Thay mặt các hộ dân ngõ 8,\nĐại diện: Kha Văn Lộc", "Đại diện các hộ\nX"): "Đại"
  is half of "đại diện" (on behalf of), not a given name; the signatory after it still goes. With its marks it is
  read so at a line's start or before ":"; without them ("Dai dien:") only before ":" or the line's end: "Ông Đại
  điện thoại chửi bới", "ong Dai dien thoai …", "Lão Đại điên rồi" (all "dai dien" folded) name a man called Đại.
- A vehicle's model after "xe … là con/chiếc" and before its plate ("Xe em là con Vision biển 29H1-…", "xe nhà
  tôi là chiếc Air Blade màu đỏ, BKS …"): a motorbike, not a person. Only a name without diacritics (models are
  written so) with "là" before the classifier: "xe của con Hùng biển số …" is a child's motorbike, and Hùng goes;
  and only a known model or a word with a digit or in capitals: "người lái xe là con Tuan biển số …" names the
  driver (a person unmarked), not the bike.
(Sunday is `timewords.is_sunday`'s; a place named "Ông …"/"Bà …" is `elderplaces`'.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MARKED = re.compile(r"(?:Đại|ĐẠI) (?:diện|DIỆN)(\s?:)?")
_UNMARKED = re.compile(r"(?i:dai dien)\s?(?::|$)", re.MULTILINE)


def _on_behalf(text: str, folded: str, s: int, e: int) -> bool:
    if folded[s:e] != "dai" or folded[e : e + 5] != " dien":
        return False
    marked = _MARKED.match(text, s)
    if marked:
        return marked.group(1) is not None or s == 0 or text[s - 1] == "\n"
    return _UNMARKED.match(text, s) is not None


_MODEL_BEFORE = re.compile(r"\b(?:xe|o to|oto)(?:\s\w+){0,3}?\sla\s(?:con|chiec)\s$")
_PLATE_AFTER = re.compile(r",?\s(?:mau\s\w+(?:\s\w+)?,?\s)?(?:bien\b|bks\b|\[bien so\]|\d{2}\s?-?\s?[a-z])")
_MODEL_WORDS = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+){0,2}")
# A model is a known one, or a word with a digit or in capitals ("SH", "CRV", "Wave 110"): "con Tuan" is a person.
_KNOWN_MODEL = re.compile(
    r"(?i:sh|wave|vision|air blade|airblade|lead|exciter|sirius|dream|future|winner|vario|janus|grande|cub|vespa|liberty"
    r"|attila|raider|satria|jupiter|nouvo|click|sonic|blade|spacy|medley|novo|innova|vios|camry|corolla|fortuner|morning"
    r"|cerato|accent|civic|city|ranger|everest|xpander|santafe|tucson|mazda|vinfast|fadil|lux|klara|feliz|evo)"
    r"(?: [A-Za-z0-9]+){0,2}"
)
_TOKEN_MARKED = re.compile(r"\b(?:[A-Z]{2,}|\w*\d\w*)\b")
# The driver named, not the vehicle: "người lái xe là con Tuan biển số …", "thằng chạy xe là con …".
_PERSON_BEFORE = re.compile(r"\b(?:nguoi|thang|dua|ke|ong|ba)\s(?:lai|chay|di|cam lai|dieu khien)\sxe\sla\s(?:con|chiec)\s$")


def _vehicle_model(text: str, folded: str, s: int, e: int) -> bool:
    if _MODEL_WORDS.fullmatch(text, s, e) is None or _PERSON_BEFORE.search(folded, max(0, s - 40), s) is not None:
        return False
    if _KNOWN_MODEL.fullmatch(text, s, e) is None and _TOKEN_MARKED.search(text, s, e) is None:
        return False
    return _MODEL_BEFORE.search(folded, max(0, s - 40), s) is not None and _PLATE_AFTER.match(folded, e) is not None


def drop_not_names(text: str, spans: list[tuple[int, int]], fold: Callable[[str], str]) -> list[tuple[int, int]]:
    """The spans that are none of the words above (see the module's doc)."""
    if not spans:
        return spans
    folded = fold(text)
    return [(s, e) for s, e in spans if not _on_behalf(text, folded, s, e) and not _vehicle_model(text, folded, s, e)]
