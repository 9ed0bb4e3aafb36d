"""Words the name detectors read as a person's name that are not one (for `__init__`). Pure, no I/O; imports
nothing of hopthu and takes the fold (same length, lower case, no diacritics) as an argument.

- "Đại diện" heading a signature ("Thay mặt các hộ dân ngõ 8,\nĐại diện: Kha Văn Lộc", "Đại diện các hộ\nX"): "Đại"
  is half of "đại diện" (on behalf of), not a given name; the signatory after it still goes. With its marks it is
  read so at a line's start or before ":"; without them ("Dai dien:") only before ":" or the line's end: "Ông Đại
  điện thoại chửi bới", "ong Dai dien thoai …", "Lão Đại điên rồi" (all "dai dien" folded) name a man called Đại.
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


def drop_not_names(text: str, spans: list[tuple[int, int]], fold: Callable[[str], str]) -> list[tuple[int, int]]:
    """The spans that are none of the words above (see the module's doc)."""
    if not spans:
        return spans
    folded = fold(text)
    return [(s, e) for s, e in spans if not _on_behalf(text, folded, s, e)]
