"""The family's own home where its stolen vehicle stood (for the pipeline): "xe máy của con trai tôi biển [biển số] để
trước cửa nhà số 5 ngõ 27 … thì bị mất trộm". "Trước cửa nhà số N" usually locates a stretch of lane (`homes` keeps
it: GUIDE.md, "trước số 80"), but a vehicle of the writer's family left there overnight and stolen stood before its
owners' home: the number goes (GUIDE.md: the submitter's home is not the problem's site; the lane is).

Pure, no I/O; it imports nothing of hopthu: `privacy/__init__.py` hands it the fold (one character for one).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

_KIN = r"(?:bo|me|cha|con|con trai|con gai|chong|vo|anh|chi|em|em trai|em gai|chau|ong|ba)"
# The writer's family's vehicle, left before a home's door, its number right after (group 1), folded.
_PARKED_BEFORE_HOME = re.compile(
    r"\b(?:xe|xe may|xe dap|xe dien|o to|oto)\b[^.;!?\n]{0,30}?\bcua\s(?:" + _KIN + r"\s)?(?:toi|tui|em|minh|chung toi)\b"
    r"[^.;!?\n]{0,40}?\b(?:de|dung|do|dau|gui)\s(?:o\s)?truoc\s(?:cua|cong)\snha\s"
    r"(so\s?\d{1,4}[a-z]?)(?![\w/])")
# ... and stolen there, later in the same sentence.
_STOLEN = re.compile(r"\b(?:bi mat|mat trom|bi trom|trom mat|bi lay|bi be khoa)\b")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")


def parked_home_numbers(text: str, fold: Callable[[str], str]) -> list[Span]:
    """The numbers of the homes before which the writer's family's stolen vehicle stood (see the module's text)."""
    folded = fold(text)
    if "truoc" not in folded:
        return []
    spans = []
    for m in _PARKED_BEFORE_HOME.finditer(folded):
        end = _SENTENCE_END.search(folded, m.end())
        if _STOLEN.search(folded, m.end(), end.start() if end else len(folded)):
            spans.append(m.span(1))
    return spans
