"""Wiring: build every part of hopthu from a validated Config.

The only place that knows which backend implements which interface; tests pass
their own parts (a clock, a transport, a register) through the same door.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from typing import Callable

from hopthu.app import App, Watcher
from hopthu.config import Config
from hopthu.core.deadlines import DeadlinePolicy
from hopthu.core.workdays import WorkingCalendar
from hopthu.journal import Journal
from hopthu.layout import secure_state
from hopthu.outbox.failures import tell_officers
from hopthu.outbox.queue import FolderTransport, Outbox, Templates, Transport
from hopthu.register.columns import RegisterBackend
from hopthu.register.throttle import RegisterThrottle
from hopthu.rules_in_use import RulesInUse
from hopthu.sources.base import Source


def build_sources(config: Config, journal: Journal | None = None,
                  today: Callable[[], date] | None = None, google=None, *, apart: bool = False) -> list[Source]:
    """The configured sources; `journal` keeps the IMAP cursor (UIDVALIDITY, last UID, start date);
    `google`: a gspread client for the Form's response sheet instead of the shared one (tests);
    `apart` (`hopthu run`): the Form's sheet read by a child process (google/remote.py)."""
    s = config.settings
    sources: list[Source] = []
    if s.inbox.backend == "maildir":
        from hopthu.sources.maildir import MaildirSource

        sources.append(MaildirSource(config.resolve(s.inbox.path), max_part_bytes=s.attachments.max_bytes,
                                     max_letter_bytes=s.attachments.max_letter_bytes))
    elif s.inbox.backend == "imap":
        from hopthu.sources.imap import ImapSource, imap_settings

        sources.append(ImapSource(imap_settings(config), journal=journal, start_date=s.inbox.start_date,
                                  today=today or (lambda: datetime.now(config.tz).date()), tz=config.tz))
    if s.form.backend == "file":
        from hopthu.sources.formfile import FormFileSource

        sources.append(FormFileSource(config.resolve(s.form.path), s.form.columns))
    elif s.form.backend == "sheet":
        from hopthu.sources.formsheet import SheetFormSource

        sources.append(SheetFormSource.from_config(config, client=google, apart=apart))
    return sources


def build_register(config: Config, google=None, *, apart: bool = False) -> RegisterBackend:
    """The XLSX file or the Google sheet; `google`: a gspread client to use instead of the shared one (tests).
    `apart` (`hopthu run`): the XLSX file worked in a short-lived child process, openpyxl never loaded in the
    daemon (register/xlsx_child.py); the Google sheet's calls made in a child process, gspread never loaded
    in the daemon (google/remote.py)."""
    reg = config.settings.register
    if reg.backend == "sheet":
        from hopthu.register.gsheet import SheetRegister

        return SheetRegister.from_config(config, client=google, apart=apart)
    if apart:
        from hopthu.register.xlsx_child import ChildXlsxRegister

        return ChildXlsxRegister(config.resolve(reg.path), reg.sheet)
    from hopthu.register.xlsx import XlsxRegister

    return XlsxRegister(config.resolve(reg.path), reg.sheet)


def build_transport(config: Config) -> Transport:
    out = config.settings.outbox
    if out.backend == "smtp":
        from hopthu.outbox.smtp import SmtpOutboxTransport

        return SmtpOutboxTransport(config)
    return FolderTransport(config.resolve(out.path))


def build_watchers(config: Config) -> list[Watcher]:
    """Threads that wake the daemon when mail arrives (IMAP IDLE); the daemon starts and joins them."""
    if config.settings.inbox.backend != "imap":
        return []
    from hopthu.sources.imap import IdleWatcher, imap_settings

    return [IdleWatcher(imap_settings(config))]


def sent_copier(config: Config, sources: list[Source]):
    """`Outbox(on_sent=...)`: file a copy of each message sent by SMTP in the IMAP Sent folder.

    None where SMTP does that itself (Gmail / Google Workspace) or `inbox.sent_folder` is empty."""
    s = config.settings
    if s.outbox.backend != "smtp" or s.inbox.backend != "imap" or not s.inbox.sent_folder:
        return None
    from hopthu.sources.imap import ImapSource, is_gmail

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
    apart: bool = False,
) -> App:
    """`apart`: as `hopthu run` builds it, an XLSX register and the Google calls worked in child processes
    (`build_register`, `build_sources`)."""
    s = config.settings
    calendar = build_calendar(config, apart=apart)
    policy = DeadlinePolicy(
        working_days=s.deadlines.working_days,
        complex_days=s.deadlines.complex_days,
        urgent_working_days=s.deadlines.urgent_working_days,
        closing_time=s.deadlines.closing_time,
    )
    secure_state(config.state_dir)  # 0700 / 0600 even for a state folder an older hopthu made under umask 022
    journal = Journal(config.state_dir / "journal.sqlite3")
    transport = transport or build_transport(config)
    clock = clock or (lambda: datetime.now(config.tz))
    sources = sources if sources is not None else build_sources(config, journal, lambda: clock().astimezone(config.tz).date(),
                                                                apart=apart)
    register_backend = register or build_register(config, apart=apart)
    app = App(
        config=config,
        journal=journal,
        rules=RulesInUse(config),
        calendar=calendar,
        policy=policy,
        templates=Templates(config.templates_dir),
        sources=sources,
        register=register_backend,
        transport=transport,
        outbox=Outbox(journal, transport, daily_cap=s.outbox.daily_cap,
                      retry_seconds=s.outbox.retry_days * 86400,
                      max_backoff_seconds=s.outbox.max_backoff_minutes * 60,
                      on_sent=sent_copier(config, sources)),
        clock=clock,
        watchers=build_watchers(config),
        register_throttle=register_throttle(config, register_backend),
    )
    app.outbox.on_failed = partial(tell_officers, app)  # an email refused for good: the officers hear which
    return app


#: years around today whose holidays `hopthu run` works out in a child (`build_calendar`)
CALENDAR_YEARS_BACK, CALENDAR_YEARS_AHEAD = 10, 5


def build_calendar(config: Config, *, apart: bool = False) -> WorkingCalendar:
    """The working-day calendar. `apart` (`hopthu run`): the holidays of the years around today worked out in a
    short-lived child process (`workdays.holiday_table`), so the daemon never loads the `holidays` package
    unless asked about a year outside them; where no child can run, the package is loaded here as before."""
    d = config.settings.deadlines
    if apart:
        import logging

        from hopthu.core.workdays import holiday_table
        from hopthu.idlechild import call_in_child

        year = datetime.now(config.tz).year
        try:
            table = call_in_child(holiday_table, year - CALENDAR_YEARS_BACK, year + CALENDAR_YEARS_AHEAD,
                                  name="hopthu-holidays")
            return WorkingCalendar(d.extra_days_off, d.extra_working_days, table=table)
        except Exception as exc:
            logging.getLogger("hopthu").warning("holidays worked out in the daemon's own process: %s", exc)
    return WorkingCalendar(d.extra_days_off, d.extra_working_days)


def register_throttle(config: Config, register: RegisterBackend) -> RegisterThrottle | None:
    """Coalescing applies to registers on a request quota (Google); a local file is written every cycle."""
    every = config.settings.register.write_every_seconds
    return RegisterThrottle(every) if every and register.coalesce else None
