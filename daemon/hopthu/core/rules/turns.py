"""A subject the letter's body has left behind.

A citizen often answers in the thread of an earlier letter, or reuses its subject ("Cây xanh", "Phản ánh ô
nhiễm khói bếp"), then says that matter is settled and turns to another: "... phường đã cho cắt tỉa, cảm ơn
phường. Lần này tôi hỏi việc khác: ...", "... không còn khói nữa. Nay tôi phản ánh việc khác: ...". The body's
turn (`paragraphs.background`) already makes the story before it background; when the sentence turning says
it is *another* matter, the subject is that old matter too, and weighs like a matter that is over.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

SUPERSEDED_FACTOR = 0.4  # as a past matter (evidence: "việc đã qua")
SUPERSEDED_NOTE = "việc đã qua"
# "việc khác", "chuyện khác", "vấn đề khác" (folded text: lower case, with or without diacritics)
_OTHER_MATTER = re.compile(r"(?<!\w)(?:việc|viec|chuyện|chuyen|vấn đề|van de|vụ|vu)\s+(?:khác|khac)(?!\w)")


def turns_away(value: str, starts: Sequence[int], turn: int | None) -> bool:
    """Whether the sentence of the folded body `value` (sentence `starts`) where it turns to its business
    (offset `turn`, or None) says the business is another matter than the one told before."""
    if turn is None:
        return False
    si = bisect_right(starts, turn) - 1
    end = starts[si + 1] if si + 1 < len(starts) else len(value)
    return _OTHER_MATTER.search(value, turn, end) is not None
