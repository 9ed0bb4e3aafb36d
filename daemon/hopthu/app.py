"""The parts one ward runs on, handed to the pipeline as one typed object (built by `wiring`).

`App` names each port by its interface (a Source, a RegisterBackend, a Transport); it never
chooses a backend and never does I/O of its own.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Callable, Protocol

from hopthu.core.deadlines import DeadlinePolicy, compute_deadline
from hopthu.outbox.queue import Sender

if TYPE_CHECKING:  # the ports by their interfaces; `wiring` imports the parts that fill them
    from hopthu.config import Config
    from hopthu.core.workdays import WorkingCalendar
    from hopthu.journal import Journal
    from hopthu.outbox.queue import Outbox, Templates, Transport
    from hopthu.register.columns import RegisterBackend
    from hopthu.register.throttle import RegisterThrottle
    from hopthu.rules_in_use import RulesInUse
    from hopthu.sources.base import Source

log = logging.getLogger("hopthu")


class Watcher(Protocol):
    """Wakes the daemon when something arrives (the IMAP IDLE thread)."""

    def start(self, stop: threading.Event, wake: Callable[[], None]) -> None: ...

    def join(self) -> None: ...


@dataclass
class App:
    config: Config
    journal: Journal
    rules: RulesInUse  # built again after the idle daemon dropped it (`RulesInUse.forget`)
    calendar: WorkingCalendar
    policy: DeadlinePolicy
    templates: Templates
    sources: list[Source]
    register: RegisterBackend
    transport: Transport
    outbox: Outbox
    clock: Callable[[], datetime]
    #: threads that wake the daemon when mail arrives (IMAP IDLE); the daemon starts and joins them
    watchers: list[Watcher] = field(default_factory=list)
    #: None: the register is written in every cycle that asks for it
    register_throttle: RegisterThrottle | None = None
    #: held by the steps that change cases or send mail (cases, outbox, register edits, reminders): the daemon's
    #: mail loop and its sheet thread (service.py) take turns there, never over a Google request
    work: threading.RLock = field(default_factory=threading.RLock, repr=False)
    #: called between items of a long step (a backlog of letters, a queue of emails): the daemon's main loop
    #: pings the service manager's watchdog from it (service.py); a no-op elsewhere
    pulse: Callable[[], None] = field(default=lambda: None, repr=False)
    #: True once the daemon was asked to stop: a cycle leaves its remaining steps (register, reminders,
    #: reports) to the next start, where they find the same work (every step is resumable)
    stopping: Callable[[], bool] = field(default=lambda: False, repr=False)

    @property
    def settings(self):
        return self.config.settings

    def now(self) -> datetime:
        return self.clock().astimezone(self.config.tz)

    @property
    def sender(self) -> Sender:
        ward = self.settings.ward
        return Sender(name=ward.front_name, address=ward.front_email, domain=ward.mail_domain)

    def deadline(self, received_at: datetime, *, complex: bool, urgent: bool):
        return compute_deadline(received_at, complex=complex, urgent=urgent, cal=self.calendar, policy=self.policy)

    def close(self) -> None:
        parts: list[Source | Transport] = [*self.sources, self.transport]
        for part in parts:  # network connections (IMAP, SMTP), where there are any
            try:
                part.close()
            except Exception as exc:  # closing is best effort: the journal must still be closed
                log.debug("closing %s: %s", type(part).__name__, exc)
        self.journal.close()


