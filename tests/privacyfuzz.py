"""Shared by tests/test_privacy_fuzz.py and bench/privacy_fuzz.py: texts cut at every word, and the check that a
redaction only ever replaces spans by the detectors' markers."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hopthu.core import privacy

EVAL = Path(__file__).resolve().parent / "eval"
MARKERS = sorted({d.marker for d in privacy.DETECTORS}, key=len, reverse=True)
_MARKER = re.compile("|".join(re.escape(m) for m in MARKERS))


def tuning_texts() -> list[tuple[str, str]]:
    """(id, subject and text) of every tuning item of both labelled sets (never the held-out parts)."""
    out = []
    for part in ("privacy", "routing"):
        with open(EVAL / part / "tuning.jsonl", encoding="utf-8") as lines:
            for line in lines:
                item = json.loads(line)
                out.append((item["id"], (item.get("subject") or "") + "\n" + item["text"]))
    return out


def cuts(text: str) -> list[str]:
    """Every prefix ending at a word's end and every suffix starting at a word: a detector reading a word or two
    past its cue meets the text's end (an IndexError once took "Tôi là giáo viên" down with the whole letter)."""
    ends = [i for i, ch in enumerate(text) if ch in " \n"] + [len(text)]
    return [text[:i] for i in ends] + [text[i + 1 :] for i in ends[:-1]]


def only_replaced(before: str, after: str) -> bool:
    """`after` is `before` with some non-empty spans replaced by markers, and nothing else changed: the text before the
    first marker opens `before`, the text after the last one closes it, and the pieces between stand in order with at
    least one character taken out before each (a detector that cut into an earlier marker, dropped text or changed a
    character breaks this). Placing each piece at its leftmost place is enough to know whether any placing works."""
    pieces = _MARKER.split(after)
    if len(pieces) == 1:
        return after == before
    first, *middle, last = pieces
    if not before.startswith(first):
        return False
    pos = len(first)
    for piece in middle:
        found = before.find(piece, pos + 1)
        if found < 0:
            return False
        pos = found + len(piece)
    return before.endswith(last) and len(before) - len(last) >= pos + 1
