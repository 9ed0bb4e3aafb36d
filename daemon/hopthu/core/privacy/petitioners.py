"""The submitter named in a petition's own header or closing label (for `names`).

Pure, no I/O, and it imports nothing of hopthu (the fold and the surnames are handed in). A formal petition names its
writer after a label of its own: "Người kiến nghị: Tăng Thị Kim Oanh – Trưởng ban đại diện cha mẹ học sinh lớp 7A",
"Người khiếu nại: Lương Văn Thịnh, sinh năm 1962", "NGUOI TO CAO: LE THI HANH". The writer's identity is always
confidential (GUIDE), so a role after the name ("Trưởng ban", "Tổ trưởng TDP 11") does not make it an official's, as it
would after any other name. Only the writer's own labels count: "Người bị khiếu nại:" or "Người bị tố cáo:" may name an
official whose conduct is the complaint, and that name stays unless other cues take it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# The writer's labels, folded; "bi" (the respondent's "Người bị …") is never one of them.
_LABEL = re.compile(
    r"\bnguoi\s(?:kien nghi|khieu nai|to cao|lam don|de nghi|viet don|phan anh|gui don|dai dien cac ho)"
    r"\s{0,2}:[ \t]{0,4}(?:(?:ong|ba|anh|chi|em)\s)?"
)
_WORD = re.compile(r"[^\W\d_]+")


def petitioner_names(text: str, fold: Callable[[str], str], surnames: Collection[str]) -> list[tuple[int, int]]:
    """Every occurrence of a full name (two to five capitalised words, opening with a surname) written right after
    the writer's own label. `fold` folds one character for one (`base.fold_same_length`)."""
    folded = fold(text)
    if "nguoi" not in folded:
        return []
    names: set[str] = set()
    for label in _LABEL.finditer(folded):
        pos, words = label.end(), list[tuple[int, int]]()
        while len(words) < 5:
            word = _WORD.match(text, pos)
            if word is None or not word.group(0)[0].isupper():
                break
            words.append(word.span())
            gap = re.match(r"[ \t]", text[word.end() : word.end() + 1])
            if gap is None:
                break
            pos = word.end() + 1
        if len(words) >= 2 and folded[words[0][0] : words[0][1]] in surnames:
            names.add(text[words[0][0] : words[-1][1]])
    spans = []
    for name in names:
        for found in re.finditer(re.escape(name), text):
            spans.append(found.span())
    return spans
