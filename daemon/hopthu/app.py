"""Wiring: build every part of hopthu from a validated Config.

The only place that knows which backend implements which interface; tests pass
their own parts (a clock, a transport, a register) through the same door.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from .config import Config
from .deadlines import DeadlinePolicy, compute_deadline
from .journal import Journal
from .outbox import FolderTransport, Outbox, Sender, Templates, Transport
from .register import RegisterBackend
from .rules import RuleSet
from .sources import Source
from .workdays import WorkingCalendar

log = logging.getLogger("hopthu")


@dataclass
class App:
    config: Config
    journal: Journal
    rules: RuleSet
    calendar: WorkingCalendar
    policy: DeadlinePolicy
    templates: Templates
    sources: list[Source]
    register: RegisterBackend
    transport: Transport
    outbox: Outbox
    clock: Callable[[], datetime]
    extra: dict = field(default_factory=dict)

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
        self.journal.close()


def load_rules(config: Config) -> RuleSet:
    s = config.settings
    return RuleSet.load(
        config.rules_dir,
        categories={k: v.model_dump() for k, v in s.categories.items()},
        agencies={k: v.model_dump() for k, v in s.agencies.items()},
        triage_category=s.triage_category,
    )


def build_sources(config: Config) -> list[Source]:
    s = config.settings
    sources: list[Source] = []
    if s.inbox.backend == "maildir":
        from .maildir import MaildirSource

        sources.append(MaildirSource(config.resolve(s.inbox.path)))
    if s.form.backend == "file":
        from .formfile import FormFileSource

        sources.append(FormFileSource(config.resolve(s.form.path), s.form.columns))
    return sources


def build_register(config: Config) -> RegisterBackend:
    from .xlsx_register import XlsxRegister

    reg = config.settings.case_register
    return XlsxRegister(config.resolve(reg.path), reg.sheet)


def build_transport(config: Config) -> Transport:
    out = config.settings.outbox
    if out.backend == "smtp":
        from .smtp_transport import SmtpOutboxTransport

        return SmtpOutboxTransport(config)
    return FolderTransport(config.resolve(out.path))


def build_app(
    config: Config,
    *,
    clock: Callable[[], datetime] | None = None,
    transport: Transport | None = None,
    register: RegisterBackend | None = None,
    sources: list[Source] | None = None,
) -> App:
    s = config.settings
    calendar = WorkingCalendar(s.deadlines.extra_days_off, s.deadlines.extra_working_days)
    policy = DeadlinePolicy(
        working_days=s.deadlines.working_days,
        complex_days=s.deadlines.complex_days,
        urgent_working_days=s.deadlines.urgent_working_days,
        closing_time=s.deadlines.closing_time,
    )
    journal = Journal(config.state_dir / "journal.sqlite3")
    transport = transport or build_transport(config)
    return App(
        config=config,
        journal=journal,
        rules=load_rules(config),
        calendar=calendar,
        policy=policy,
        templates=Templates(config.templates_dir),
        sources=sources if sources is not None else build_sources(config),
        register=register or build_register(config),
        transport=transport,
        outbox=Outbox(journal, transport, daily_cap=s.outbox.daily_cap),
        clock=clock or (lambda: datetime.now(config.tz)),
    )
