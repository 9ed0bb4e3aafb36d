"""Wiring: build every part of hopthu from a validated Config.

The only place that knows which backend implements which interface; tests pass
their own parts (a clock, a transport, a register) through the same door.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
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
        for part in (*self.sources, self.transport):  # network connections (IMAP, SMTP), where there are any
            closer = getattr(part, "close", None)
            if closer is not None:
                try:
                    closer()
                except Exception as exc:
                    log.debug("closing %s: %s", type(part).__name__, exc)
        self.journal.close()


def load_rules(config: Config) -> RuleSet:
    s = config.settings
    return RuleSet.load(
        config.rules_dir,
        categories={k: v.model_dump() for k, v in s.categories.items()},
        agencies={k: v.model_dump() for k, v in s.agencies.items()},
        triage_category=s.triage_category,
    )


def build_sources(config: Config, journal: Journal | None = None,
                  today: Callable[[], date] | None = None, google=None) -> list[Source]:
    """The configured sources; `journal` keeps the IMAP cursor (UIDVALIDITY, last UID, start date);
    `google`: a gspread client for the Form's response sheet instead of the shared one (tests)."""
    s = config.settings
    sources: list[Source] = []
    if s.inbox.backend == "maildir":
        from .maildir import MaildirSource

        sources.append(MaildirSource(config.resolve(s.inbox.path)))
    elif s.inbox.backend == "imap":
        from .imap_source import ImapSource, imap_settings

        sources.append(ImapSource(imap_settings(config), journal=journal, start_date=s.inbox.start_date,
                                  today=today or (lambda: datetime.now(config.tz).date())))
    if s.form.backend == "file":
        from .formfile import FormFileSource

        sources.append(FormFileSource(config.resolve(s.form.path), s.form.columns))
    elif s.form.backend == "sheet":
        from .gsheet_form import SheetFormSource

        sources.append(SheetFormSource.from_config(config, client=google))
    return sources


def build_register(config: Config, google=None) -> RegisterBackend:
    """The XLSX file or the Google sheet; `google`: a gspread client to use instead of the shared one (tests)."""
    reg = config.settings.case_register
    if reg.backend == "sheet":
        from .gsheet_register import SheetRegister

        return SheetRegister.from_config(config, client=google)
    from .xlsx_register import XlsxRegister

    return XlsxRegister(config.resolve(reg.path), reg.sheet)


def build_transport(config: Config) -> Transport:
    out = config.settings.outbox
    if out.backend == "smtp":
        from .smtp_transport import SmtpOutboxTransport

        return SmtpOutboxTransport(config)
    return FolderTransport(config.resolve(out.path))


def build_watchers(config: Config) -> list:
    """Threads that wake the daemon when mail arrives (IMAP IDLE); the daemon starts and joins them."""
    if config.settings.inbox.backend != "imap":
        return []
    from .imap_source import IdleWatcher, imap_settings

    return [IdleWatcher(imap_settings(config))]


def sent_copier(config: Config, sources: list[Source]):
    """`Outbox(on_sent=...)`: file a copy of each message sent by SMTP in the IMAP Sent folder.

    None where SMTP does that itself (Gmail / Google Workspace) or `inbox.sent_folder` is empty."""
    s = config.settings
    if s.outbox.backend != "smtp" or s.inbox.backend != "imap" or not s.inbox.sent_folder:
        return None
    from .imap_source import ImapSource, is_gmail

    if is_gmail(s.inbox.host) or (s.outbox.smtp and is_gmail(s.outbox.smtp.host)):
        return None
    source = next((src for src in sources if isinstance(src, ImapSource)), None)
    return (lambda msg: source.append_sent(msg.raw)) if source is not None else None


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
    clock = clock or (lambda: datetime.now(config.tz))
    sources = sources if sources is not None else build_sources(config, journal, lambda: clock().astimezone(config.tz).date())
    return App(
        config=config,
        journal=journal,
        rules=load_rules(config),
        calendar=calendar,
        policy=policy,
        templates=Templates(config.templates_dir),
        sources=sources,
        register=register or build_register(config),
        transport=transport,
        outbox=Outbox(journal, transport, daily_cap=s.outbox.daily_cap,
                      on_sent=sent_copier(config, sources)),
        clock=clock,
        extra={"watchers": build_watchers(config)},
    )
