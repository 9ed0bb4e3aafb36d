"""The family's own home where its stolen (or towed) vehicle stood (for the pipeline): "xe máy của con trai tôi biển [biển số] để
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
# ... or the writer (or a relative of theirs) parked it there: "me em de xe may o truoc cong nha so 17 ngo 9 … thi bi doi
# trat tu keo di" (the writer's mother's motorbike, towed from before the family's gate, p-4720).
_KIN_PARKED_BEFORE_HOME = re.compile(
    r"\b(?:" + _KIN + r"\s)?(?:toi|tui|em|minh)\s(?:(?:da|vua|moi)\s)?(?:de|dung|do|dau|gui)\s(?:xe|o to|oto)\b"
    r"[^.;!?\n]{0,25}?\b(?:o\s)?truoc\s(?:cua|cong)\snha\s(so\s?\d{1,4}[a-z]?)(?![\w/])"
    # not stopped there on an errand: "tôi đỗ xe trước cửa nhà số 20 để mua thuốc" (a shop's, someone else's)
    r"(?![^.;!?\n]{0,30}?\bde\s(?:mua|an|uong|vao|gap|tham|lay|giao|kham|sua|hoc|choi|lam|nop|rut|hoi)\b)")
# ... and stolen there, or towed away from there, later in the same sentence.
_STOLEN = re.compile(r"\b(?:bi mat|mat trom|bi trom|trom mat|bi lay|bi be khoa)\b|\bbi\s(?:\w+\s){0,4}?(?:keo|cau)\s(?:di|ve)\b")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")
# A shop or an inn at that number: the theft's site, no home ("trước cửa nhà số 18 ngõ 9 (quán karaoke Hoa Mai)").
# ("xưởng" only with its trade: "xuống", to go down, folds the same.)
_BUSINESS = re.compile(r"\b(?:quan (?:karaoke|nhau|an|cafe|ca phe|bia|net|game|bun|pho|com|nuoc|nuong)|cua hang|tiem|nha hang"
                       r"|karaoke|cafe|ca phe|nha nghi|khach san|cong ty|xuong (?:may|co khi|sua|go|in)|gara|hieu thuoc"
                       r"|nha thuoc|sieu thi|dai ly)\b")


def _next_start(pattern: re.Pattern[str], folded: str) -> Callable[[int], int]:
    """Where `pattern` next starts at or after a position (len(folded) if nowhere), asked at positions that only
    grow: a search runs again only once the position has passed the last start found, so all the searches together
    read the text about once (a search per match to the sentence's end was quadratic on a long run-on text)."""
    found = -1

    def at(pos: int) -> int:
        nonlocal found
        if found < pos:
            m = pattern.search(folded, pos)
            found = m.start() if m else len(folded)
        return found
    return at


def parked_home_numbers(text: str, fold: Callable[[str], str]) -> list[Span]:
    """The numbers of the homes before which the writer's family's stolen vehicle stood (see the module's text)."""
    folded = fold(text)
    if "truoc" not in folded:
        return []
    spans = []
    sentence_end, theft, business = (_next_start(p, folded) for p in (_SENTENCE_END, _STOLEN, _BUSINESS))
    parked = sorted([*_PARKED_BEFORE_HOME.finditer(folded), *_KIN_PARKED_BEFORE_HOME.finditer(folded)], key=lambda m: m.end())
    for m in parked:
        stolen = theft(m.end())
        # stolen in the same sentence, no shop or inn named between the number and the theft
        if stolen < sentence_end(m.end()) and not business(m.end()) < stolen:
            spans.append(m.span(1))
    return spans
