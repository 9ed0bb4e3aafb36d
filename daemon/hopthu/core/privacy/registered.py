"""Citizens named in an officer's register summary of a paper item (for `names`).

Pure, no I/O, and it imports nothing of hopthu (the fold and the surnames are handed in). An officer typing the paper
box into the register writes the citizen in the third person with the register's own abbreviations: "Công dân Trần B.
(CCCD …) hỏi …", "chuyển đơn của CD Dương Thị Thơm, 72 tuổi", and a submitter who holds a party or front role opens
the summary with "Đ/c": "Đ/c Hoàng Văn Lợi, Bí thư chi bộ TDP 6, thay mặt bà con phản ánh: …". The writer's identity
is always confidential (GUIDE), so that role does not make the name an official's. An official named after "đ/c" who
does not open the line as the one reporting ("Ý kiến của đ/c Bình", "đã báo đ/c Hùng, CSKV") stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# "Công dân" / "CD" (the register's abbreviation, in capitals only: "cd" is also a disc) before a name, folded.
_CITIZEN = re.compile(r"(?<!\w)(?:cong dan|cd)\s(?:(?:ong|ba|anh|chi)\s)?")
# "Đ/c" opening a line, then (after the name) a role and a reporting verb before any full stop or colon.
_COMRADE = re.compile(r"(?:^|\n)[ \t]*d/c\s")
_REPORTS = re.compile(r",\s[^:\n.]{1,80}?\b(?:thay mat|phan anh|kien nghi|trinh bao|to cao|khieu nai)\b")
_WORD = re.compile(r"[^\W\d_]+")


def _name_at(text: str, pos: int, surnames: Collection[str], fold: Callable[[str], str]) -> tuple[int, int] | None:
    """A full name (two to five capitalised words opening with a surname) starting at `pos`; its last word may be an
    initial with a dot ("Trần B."), the dot left out of the span."""
    words: list[tuple[int, int]] = []
    while len(words) < 5:
        word = _WORD.match(text, pos)
        if word is None or not word.group(0)[0].isupper() or word.group(0).isupper() and len(word.group(0)) > 1:
            break
        if len(word.group(0)) == 1:  # an initial: only as the last word, with its dot
            if words and text[word.end() : word.end() + 1] == ".":
                words.append(word.span())
            break
        words.append(word.span())
        if text[word.end() : word.end() + 1] != " ":
            break
        pos = word.end() + 1
    if len(words) < 2 or fold(text[words[0][0] : words[0][1]]) not in surnames:
        return None
    return words[0][0], words[-1][1]


def registered_names(text: str, fold: Callable[[str], str], surnames: Collection[str]) -> list[tuple[int, int]]:
    """Every occurrence of a citizen's full name written after "Công dân"/"CD", or after "Đ/c" opening a line when a
    role and a reporting verb follow it. `fold` folds one character for one (`base.fold_same_length`)."""
    folded = fold(text)
    if "cong dan" not in folded and "cd" not in folded and "d/c" not in folded:
        return []
    names: set[str] = set()
    for cue in _CITIZEN.finditer(folded):
        if cue.group(0).startswith("cd") and text[cue.start() : cue.start() + 2] != "CD":
            continue
        span = _name_at(text, cue.end(), surnames, fold)
        if span is not None:
            names.add(text[span[0] : span[1]])
    for cue in _COMRADE.finditer(folded):
        span = _name_at(text, cue.end(), surnames, fold)
        if span is not None and _REPORTS.match(folded, span[1]):
            names.add(text[span[0] : span[1]])
    spans: list[tuple[int, int]] = []
    for name in names:
        spans.extend(found.span() for found in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))
    return spans
