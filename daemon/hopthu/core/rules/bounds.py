"""How much of a letter the rules read: its subject's first SUBJECT_CHARS characters and its text's first
ROUTED_CHARS. A letter states its business in its opening (the labelled sets' longest letter is under 1,000
characters); what follows a long opening is quoted mail, pasted documents or noise. Weighing is linear in the
ordinary case but a monster "sentence" of cues could cost it more than linear time (100 kB of "đang cháy tuần
trước" took 12 s), so the bound keeps one odd letter from holding up every letter behind it. The whole letter is
still kept, redacted and sent: only the routing decision reads the opening."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hopthu.core.model import Submission

ROUTED_CHARS = 20_000
SUBJECT_CHARS = 1_000


def routed(sub: Submission) -> Submission:
    """``sub`` itself when within the bounds, else a copy cut to them."""
    if len(sub.text or "") <= ROUTED_CHARS and len(sub.subject or "") <= SUBJECT_CHARS:
        return sub
    return replace(sub, subject=(sub.subject or "")[:SUBJECT_CHARS], text=(sub.text or "")[:ROUTED_CHARS])
