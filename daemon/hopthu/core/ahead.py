"""Answers of pure functions made ahead, elsewhere: the letters' worker redacts a new letter and reads its
spam and abuse cues while the daemon is still on the letter before (`pipeline.incoming`), and `redact` and
`flags.assess` take that answer when they are asked the same. The same arguments give a pure function's
same answer, so a hit changes nothing but the time; a miss computes as always. Pure, no I/O."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any


class Ahead:
    """Answers by arguments, each taken once; a few letters' worth at most (`LIMIT`), and `clear`ed after a
    batch of letters: no citizen's text is kept here that the journal holds."""

    LIMIT = 64

    def __init__(self) -> None:
        self._made: dict[Hashable, Any] = {}

    def put(self, key: Hashable, value: Any) -> None:
        if len(self._made) >= self.LIMIT:
            self._made.clear()
        self._made[key] = value

    def take(self, key: Hashable) -> Any:
        """The answer made for `key` (then forgotten), or None."""
        return self._made.pop(key, None) if self._made else None

    def clear(self) -> None:
        self._made.clear()
