"""When the register may be written: the one throttle for registers on a request quota.

A Google register is synced at most every `register.write_every_seconds`, so a burst of mail
costs one batch of writes; a cycle that opened an urgent case writes at once. Emails never wait
for it: they go out before the register step. A cycle that may not write the register (the mail loop beside
the daemon's sheet thread) urges it instead, and the sheet thread's next cycle writes at once.
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
    urged: bool = False  # an urgent case was opened by a cycle that could not write the register

    def urge(self) -> None:
        """The next `due()` says yes: an urgent case waits for the register step of another cycle."""
        self.urged = True

    def due(self, *, urgent: bool = False) -> bool:
        """True when the register step should run now; remembers the time when it says so."""
        now = self.clock()
        if self.last is None or urgent or self.urged or now - self.last >= self.every - SLACK_SECONDS:
            self.last, self.urged = now, False
            return True
        return False
