"""When the register may be written: the one throttle for registers on a request quota.

A Google register is synced at most every `register.write_every_seconds`, so a burst of mail
costs one batch of writes; a cycle that opened an urgent case writes at once. Emails never wait
for it: they go out before the register step.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable

#: A scheduled cycle that runs a hair early still counts as on time.
SLACK_SECONDS = 1.0


@dataclass
class RegisterThrottle:
    every: float
    clock: Callable[[], float] = field(default=time.monotonic)
    last: float | None = None

    def due(self, *, urgent: bool = False) -> bool:
        """True when the register step should run now; remembers the time when it says so."""
        now = self.clock()
        if self.last is None or urgent or now - self.last >= self.every - SLACK_SECONDS:
            self.last = now
            return True
        return False
