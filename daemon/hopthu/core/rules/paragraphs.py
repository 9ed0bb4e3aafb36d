"""A letter's paragraphs, and those told after its request: a further matter raised without an aside word.

Matching works on the folded text, whose whitespace (line breaks too) is collapsed: where the citizen
began a new paragraph is found here from the raw text, as offsets in the folded one. A paragraph is
also a sentence break (a line without a full stop ends its sentence).

A citizen states the main issue, asks for it ("Đề nghị phường thay bóng."), then opens a new paragraph
on something else ("Cuối ngõ tối nào cũng có nhóm thanh niên tụ tập...") without "Ngoài ra". Such a
paragraph, when it asks for nothing itself, weighs like a sentence opened by an aside word: the letter's
business is the one it asked for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence, Set

from hopthu.core.textnorm import fold_case, unwrap

SIGNATURE = 60  # the last characters of a letter: its closing words and signature
TURN_MIN = 120  # characters from a turn to the end: the business it turns to is told, not only asked for
# A letter's title ("ĐƠN KIẾN NGHỊ", "Đơn đề nghị"): it names the kind of letter, it asks nothing yet.
# Matched whole on the stripped paragraph: no leading "\s*" a search would retry at every space.
_HEADING = re.compile(r"(?:đơn|don)(?:\s+\S+){1,3}")
_FURTHER = re.compile(r"(?<!\w)(?:thêm|them|nữa|nua)(?!\w)")  # "Nay tôi xin phản ánh thêm": an aside


def paragraph_starts(raw: str) -> list[int]:
    """Where each paragraph but the first begins in ``fold_case(raw)`` (its lines joined by one space); a line
    a mail client wrapped goes on in the next (`textnorm.unwrap`)."""
    out: list[int] = []
    pos = -1
    for line in unwrap(raw).split("\n"):
        folded = fold_case(line)
        if folded:
            if pos >= 0:
                out.append(pos)
            pos += len(folded) + 1
    return out


def after_request(value: str, starts: Sequence[int], paragraphs: Set[int], request: Set[int]) -> set[int]:
    """Indexes of the sentences (of `starts`, in the folded `value`) of each paragraph (beginning at an offset
    of `paragraphs`) that begins after the first sentence holding a request (indexes `request`) and holds
    none itself. A request announcing what follows ("Tôi xin trình bày:") closes nothing; the closing lines
    ("Trân trọng.", "Ban công tác Mặt trận tổ 11": the last `SIGNATURE` characters) are no matter."""
    ends = [*starts[1:], len(value)]
    closing = [si for si in sorted(request) if not value[starts[si]:ends[si]].rstrip().endswith(":")
               and not _HEADING.fullmatch(value[starts[si]:ends[si]].strip())]
    if not closing or not paragraphs:
        return set()
    first = closing[0]
    groups: list[list[int]] = []
    for si, st in enumerate(starts):
        if st in paragraphs or not groups:
            groups.append([])
        groups[-1].append(si)
    while groups and len(value) - starts[groups[-1][0]] < SIGNATURE:
        groups.pop()
    return {si for para in groups if para[0] > first and request.isdisjoint(para) for si in para}


def background(value: str, starts: Sequence[int], turns: Sequence[tuple[int, int]], skip: Set[int],
               span: int) -> tuple[set[int], int | None]:
    """The sentences (indexes of `starts`) told before the letter turns to its business, and where it turns:
    the first sentence after the first of the letter (the salutation's, `skip`, aside) that a turn cue
    (`cues.TURN_CUES`, at `turns`) opens within `span` characters, unless it adds a further point ("Nay tôi
    xin phản ánh thêm ...") nor only closes the story (`TURN_MIN`: "... Nay tôi xin phường giải quyết giúp."): the
    thanks and the errands told before it are the story, not the request."""
    first = min((si for si in range(len(starts)) if si not in skip), default=0)
    for pos, _ in turns:
        si = bisect_right(starts, pos) - 1
        end = starts[si + 1] if si + 1 < len(starts) else len(value)
        if si > first and si not in skip and pos - starts[si] <= span and not _FURTHER.search(value, pos, end) \
                and len(value) - starts[si] >= TURN_MIN:
            return set(range(first, si)) - skip, starts[si]
    return set(), None


def in_story(starts: Sequence[int], told: Set[int], positions: Sequence[int]) -> bool:
    """Whether every position (-1: not in the text) stands in a sentence of `told` (`background`, or the
    introduction `Place.intro` with it): a rule found only in the story before the letter's business adds no
    co-ordinating agency (a passing mention), nor makes the runner-up co-ordinate (nor when only in the introduction)."""
    return bool(told) and bool(positions) and all(p >= 0 and bisect_right(starts, p) - 1 in told for p in positions)
