"""Configuration: one YAML file for everything, secrets in one secrets file.

The secrets file is the same for every command (the service and the CLI run by hand): the
`HOPTHU_ENV_FILE` environment variable, else `secrets_file:` in the YAML (relative to it),
else `.env` beside the YAML (wards set up before this key keep working).

Parsed once at start-up into frozen, typed objects. Every mistake is reported with the file, the line, the
key and what to do, all at once, so an officer can fix the file in one go. Nothing else in hopthu reads YAML
config or the environment.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from annotated_types import Ge, Gt, Le
from dotenv import dotenv_values

from hopthu.config_section import ConfigError, Section, refuse
from hopthu.core.tdp import TdpList
from hopthu.reports.settings import Reports
from hopthu.unusual import Abuse, Duplicates

DEFAULT_CONFIG = "hopthu.yaml"
ENV_FILE_VAR = "HOPTHU_ENV_FILE"  # the one environment variable naming the secrets file


@dataclass(frozen=True, kw_only=True)
class TdpEntry(Section):
    """One residential group of `ward.tdp`: its name and what else people call it (a bare name or number is
    accepted too: `- "Tổ dân phố số 7"`, `- 7`)."""

    name: str
    aliases: list[str] = field(default_factory=list)

    @staticmethod
    def shorthand(value: object) -> object:  # load_config calls it on each item before validating
        return {"name": str(value)} if isinstance(value, (str, int)) else value


@dataclass(frozen=True, kw_only=True)
class Ward(Section):
    name: str
    front_name: str
    timezone: str = "Asia/Ho_Chi_Minh"
    front_email: str
    mail_domain: str
    # Case codes are "<code_prefix>-<year>-<number>": wards sharing agencies (one install serving a city)
    # give each ward its own, e.g. "HT-LK", so two wards' codes never collide in an agency's inbox.
    code_prefix: str = "HT"
    tdp: list[TdpEntry] = field(default_factory=list)  # residential groups: TDP answers are read as these names

    def tdp_list(self) -> TdpList:
        return TdpList.build([(e.name, e.aliases) for e in self.tdp])

    def __post_init__(self) -> None:
        problems = {}
        try:
            self.tdp_list()  # a name, alias or number of two groups: say which
        except ValueError as exc:
            problems["tdp"] = str(exc)
        if not re.fullmatch(r"[A-Z][A-Z0-9]{0,7}(-[A-Z0-9]{1,8}){0,2}", self.code_prefix):
            problems["code_prefix"] = (f'"{self.code_prefix}" is not a case-code prefix: capital letters and digits, '
                                       f'parts joined by "-", e.g. "HT" or "HT-LK"')
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            problems["timezone"] = f'unknown time zone "{self.timezone}"; use "Asia/Ho_Chi_Minh"'
        if "@" not in self.front_email:
            problems["front_email"] = f'"{self.front_email}" is not an email address'
        refuse(problems)


@dataclass(frozen=True, kw_only=True)
class Inbox(Section):
    backend: Literal["maildir", "imap", "none"] = "maildir"
    path: str = ""
    host: str = ""
    port: int = 993
    security: Literal["ssl", "starttls", "none"] = "ssl"
    username: str = ""
    ca_file: str = ""
    auth: Literal["password", "xoauth2"] = "password"  # xoauth2: Gmail/Workspace OAuth, file in HOPTHU_OAUTH_FILE
    folder: str = "INBOX"
    processed_folder: str = "Đã tiếp nhận"
    sent_folder: str = "Sent"  # a copy of what SMTP sent; "" = none (Gmail files it itself: skipped there)
    start_date: date | None = None  # mail older than this is left for `hopthu import`
    idle_renew_seconds: Annotated[int, Ge(30), Le(1740)] = 600  # re-issue IDLE well before the 29-minute cut-off
    poll_seconds: Annotated[int, Ge(5)] = 60  # only where the server has no IDLE
    flood_per_hour: Annotated[int, Ge(1)] = 20  # more from one sender is held as "flood" for an officer
    # Reading one letter (MIME, attachments) may take this long, in a worker process; over it the letter is
    # quarantined with the reason. 0: read in the daemon's own process, without a budget.
    parse_seconds: Annotated[float, Ge(0)] = 60
    require_auth_pass: bool = True  # agency replies need SPF or DKIM pass where Authentication-Results exists

    def __post_init__(self) -> None:
        if self.backend == "maildir" and not self.path:
            raise ValueError("inbox.path is required for the maildir backend (a folder with cur/ new/ tmp/)")
        if self.backend == "imap" and not (self.host and self.username):
            raise ValueError("inbox.host and inbox.username are required for the imap backend")


@dataclass(frozen=True, kw_only=True)
class Form(Section):
    backend: Literal["file", "sheet", "none"] = "none"
    path: str = ""
    sheet_id: str = ""  # the Google response sheet's id (from its URL)
    worksheet: str = ""  # tab name; default: the first tab
    columns: dict[str, str] = field(default_factory=dict)  # our field → the Form's header text
    full_read_minutes: Annotated[int, Ge(1)] = 60  # sheet backend: the whole response tab read at least this often

    def __post_init__(self) -> None:
        if self.backend == "file" and not self.path:
            raise ValueError("form.path is required for the file backend (a .csv or .xlsx export of the response sheet)")
        if self.backend == "sheet" and not self.sheet_id:
            raise ValueError("form.sheet_id is required for the sheet backend: copy it from the sheet's URL "
                             "(https://docs.google.com/spreadsheets/d/<sheet_id>/edit)")


@dataclass(frozen=True, kw_only=True)
class Register(Section):
    backend: Literal["xlsx", "sheet"] = "xlsx"
    path: str = "so-theo-doi.xlsx"
    sheet: str = "Sổ theo dõi"  # the tab (worksheet) name
    sheet_id: str = ""  # the Google register's id, for the sheet backend
    contacts_sheet_id: str = ""  # optional separate sheet for contacts, shared only with the chair/board
    write_every_seconds: Annotated[int, Ge(0)] = 60  # register writes are coalesced at most this often
    # XLSX: the register held open (Excel) for this long is reported to officers (log, status); writes wait
    busy_notice_minutes: Annotated[int, Ge(0)] = 15
    # Google: read the register whole at least this often (else only when Drive says it changed)
    full_read_minutes: Annotated[int, Ge(1)] = 10

    def __post_init__(self) -> None:
        if self.backend == "sheet" and not self.sheet_id:
            raise ValueError("register.sheet_id is required for the sheet backend: copy it from the sheet's URL")


@dataclass(frozen=True, kw_only=True)
class Google(Section):
    api_base: str = "https://sheets.googleapis.com"  # tests point this at the emulator
    requests_per_minute: Annotated[int, Ge(1), Le(300)] = 60  # Google's per-user quota
    oauth_token_uri: str = "https://oauth2.googleapis.com/token"  # XOAUTH2 token refresh; tests use a stand-in


@dataclass(frozen=True, kw_only=True)
class Smtp(Section):
    host: str
    port: int = 465
    security: Literal["ssl", "starttls", "none"] = "ssl"
    username: str = ""
    ca_file: str = ""
    auth: Literal["password", "xoauth2"] = "password"  # xoauth2: the same OAuth file as the inbox
    # Connecting, TLS and the greeting must come within this (a server that never greets costs one such
    # wait per cycle: the outbox stops at the first failure); each later command within timeout_seconds.
    connect_timeout_seconds: Annotated[float, Gt(0), Le(300)] = 10
    timeout_seconds: Annotated[float, Gt(0), Le(600)] = 30

    def __post_init__(self) -> None:
        if self.auth == "xoauth2" and not self.username:
            raise ValueError("outbox.smtp.username is required with auth: xoauth2 (the Google account that signed in "
                             "with `hopthu oauth-login`)")


@dataclass(frozen=True, kw_only=True)
class Outbox(Section):
    backend: Literal["folder", "smtp"] = "folder"
    path: str = "outbox"
    smtp: Smtp | None = None
    daily_cap: int = 450  # Gmail's consumer cap is 500 a day; keep a margin
    # A temporary failure (server down, 4xx) is retried with backoff capped at max_backoff_minutes for
    # retry_days from when the email was written (Postfix keeps mail 5 days); then it fails and the
    # officers are told which case could not reach whom.
    retry_days: Annotated[float, Ge(0.1), Le(30)] = 5
    max_backoff_minutes: Annotated[float, Gt(0), Le(24 * 60)] = 60
    alert_after_minutes: Annotated[float, Gt(0)] = 60  # an email waiting this long: a system alert (alerts.py)

    def __post_init__(self) -> None:
        if self.backend == "smtp" and self.smtp is None:
            raise ValueError("outbox.smtp (host, port, security, username) is required for the smtp backend")


@dataclass(frozen=True, kw_only=True)
class Agency(Section):
    name: str
    emails: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Category(Section):
    name: str
    agency: str | None = None


# admin: the person who keeps hopthu running; gets the system alerts (issue 10, alerts.py)
Role = Literal["chair", "duty", "officer", "admin"]


@dataclass(frozen=True, kw_only=True)
class Officer(Section):
    name: str
    email: str
    roles: list[Role] = field(default_factory=lambda: ["officer"])


@dataclass(frozen=True, kw_only=True)
class Deadlines(Section):
    working_days: Annotated[int, Ge(1), Le(60)] = 7
    complex_days: Annotated[int, Ge(1), Le(90)] = 20
    urgent_working_days: Annotated[int, Ge(1), Le(10)] = 1
    closing_time: time = time(17, 0)
    extra_days_off: list[date] = field(default_factory=list)
    extra_working_days: list[date] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Reminders(Section):
    before_working_days: list[int] = field(default_factory=lambda: [2, 1])  # reminders to the agency
    on_due_day: bool = True
    escalate_every_working_days: Annotated[int, Ge(1)] = 2  # after the deadline: chair + officer in charge
    office_start: time = time(7, 30)  # reminders go out only in office hours of working days
    office_end: time = time(17, 0)
    digest_time: time = time(8, 0)  # daily digests to agencies and to the front's officers


@dataclass(frozen=True, kw_only=True)
class Answers(Section):
    auto_relay: bool = False  # True: an agency's final answer goes to the citizen without approval


@dataclass(frozen=True, kw_only=True)
class Routing(Section):  # how matched rules are weighed (rules/README.md); defaults measured on the evaluation set
    mode: Literal["evidence", "first_match"] = "evidence"
    threshold: Annotated[float, Ge(0)] = 0.5  # the lead agency needs this much evidence, else triage
    close_ratio: Annotated[float, Gt(0), Le(1)] = 0.97  # runner-up this close to the top: triage
    co_ratio: Annotated[float, Gt(0), Le(1)] = 0.7  # runner-up this strong: co-ordinating agency
    add_threshold: Annotated[float, Ge(0)] = 0.5  # evidence a flag/complex-adding rule needs
    form_category_weight: Annotated[float, Ge(0)] = 0.5  # the Form category the citizen picked
    overlap_decay: Annotated[float, Gt(0), Le(1)] = 0.5  # an agency's further rules count 1, this, this², ...
    learned_weight: Annotated[float, Ge(0)] = 2.0  # the learned model's evidence (its belief times this)
    learned_file: str = ""  # its weights; "" = <rules_dir>/learned/routing.json (`hopthu rules learn` writes it)


@dataclass(frozen=True, kw_only=True)
class Schedule(Section):
    poll_seconds: Annotated[int, Ge(5)] = 60
    # Windows: the daemon exits (and the Task Scheduler starts it again) when its main loop has not
    # come round for this long; 0: never. On Linux systemd's WatchdogSec= does this.
    stall_exit_seconds: Annotated[int, Ge(0)] = 300
    catch_up_minutes: Annotated[float, Gt(0)] = 30  # start-up catch-up child's limit (Daemon.catch_up)


@dataclass(frozen=True, kw_only=True)
class Attachments(Section):
    max_bytes: Annotated[int, Ge(1)] = 10 * 1024 * 1024
    # All of one letter's parts together: the rest stays on the mail server (IMAP) or in the Maildir file
    # (mail.trim). What reading a letter costs in memory follows this, not the letter.
    max_letter_bytes: Annotated[int, Ge(1)] = 25 * 1024 * 1024
    allowed_types: list[str] = field(default_factory=lambda: ["image/jpeg", "image/png", "application/pdf"])


@dataclass(frozen=True, kw_only=True)
class Backup(Section):
    dir: str = "backups"  # relative to the configuration file, like every path
    keep_days: Annotated[int, Ge(1), Le(3650)] = 14
    daily: bool = True  # the daemon makes one backup a day by itself


@dataclass(frozen=True, kw_only=True)
class Health(Section):
    failed_cycles: Annotated[int, Ge(1)] = 3  # consecutive failed cycles before it is a problem
    silent_source_hours: Annotated[int, Ge(0)] = 72  # 0: a quiet source is never a problem
    min_free_mb: Annotated[int, Ge(0)] = 500  # free space on the state folder's disk


@dataclass(frozen=True, kw_only=True)
class Privacy(Section):
    retention_days: Annotated[int, Ge(1)] = 365  # contact data and raw letters kept this long after a case closes


@dataclass(frozen=True, kw_only=True)
class Settings(Section):
    ward: Ward
    secrets_file: str = ""  # "" = `.env` beside this file; HOPTHU_ENV_FILE overrides it
    state_dir: str = "state"
    rules_dir: str = "rules"
    templates_dir: str = "templates"
    inbox: Inbox = field(default_factory=lambda: Inbox(backend="none"))
    form: Form = field(default_factory=Form)
    register: Register = field(default_factory=Register)
    outbox: Outbox = field(default_factory=Outbox)
    agencies: dict[str, Agency]
    categories: dict[str, Category]
    triage_category: str = "phan_loai"
    routing: Routing = field(default_factory=Routing)
    officers: list[Officer] = field(default_factory=list)
    deadlines: Deadlines = field(default_factory=Deadlines)
    schedule: Schedule = field(default_factory=Schedule)
    attachments: Attachments = field(default_factory=Attachments)
    reminders: Reminders = field(default_factory=Reminders)
    answers: Answers = field(default_factory=Answers)
    abuse: Abuse = field(default_factory=Abuse)
    duplicates: Duplicates = field(default_factory=Duplicates)
    google: Google = field(default_factory=Google)
    backup: Backup = field(default_factory=Backup)
    health: Health = field(default_factory=Health)
    privacy: Privacy = field(default_factory=Privacy)
    reports: Reports = field(default_factory=Reports)

    def __post_init__(self) -> None:
        for cid, cat in self.categories.items():
            if cat.agency is not None and cat.agency not in self.agencies:
                raise ValueError(
                    f'categories.{cid}.agency: unknown agency "{cat.agency}"; known: {", ".join(self.agencies)}'
                )
        if self.abuse.police_agency not in self.agencies:
            raise ValueError(
                f'abuse.police_agency: unknown agency "{self.abuse.police_agency}"; known: {", ".join(self.agencies)}'
            )
        if self.triage_category not in self.categories:
            raise ValueError(
                f'triage_category: "{self.triage_category}" is not one of the categories ({", ".join(self.categories)})'
            )


@dataclass(frozen=True)
class Secrets:
    """Values read from the secrets file / the environment; never logged."""

    imap_password: str = ""
    smtp_password: str = ""
    google_key_file: str = ""
    oauth_file: str = ""  # the authorized-user JSON written by `hopthu oauth-login`
    backup_key: str = ""  # HOPTHU_BACKUP_KEY: encrypts `hopthu backup` (backup.py)


@dataclass(frozen=True)
class Config:
    """Validated settings plus the resolved paths and secrets."""

    settings: Settings
    path: Path  # the YAML file
    secrets: Secrets
    secrets_path: Path  # the secrets file every command reads (it may not exist)

    @property
    def base(self) -> Path:
        return self.path.parent

    def resolve(self, value: str) -> Path:
        p = Path(os.path.expanduser(value))
        return p if p.is_absolute() else (self.base / p)

    @property
    def state_dir(self) -> Path:
        return self.resolve(self.settings.state_dir)

    @property
    def rules_dir(self) -> Path:
        return self.resolve(self.settings.rules_dir)

    @property
    def templates_dir(self) -> Path:
        return self.resolve(self.settings.templates_dir)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.settings.ward.timezone)

    def agency_name(self, agency_id: str | None) -> str:
        if not agency_id:
            return "Ngoài thẩm quyền của phường"
        agency = self.settings.agencies.get(agency_id)
        return agency.name if agency else agency_id

    def category_name(self, category_id: str) -> str:
        cat = self.settings.categories.get(category_id)
        return cat.name if cat else category_id


def load_config(path: str | os.PathLike | None = None, env_file: str | os.PathLike | None = None, *,
                apart: bool = False) -> Config:
    """Read, validate and return the configuration, or raise ConfigError listing every problem. `apart` (the
    daemon): checked in a short-lived child, so pydantic never loads into the long-running process."""
    if apart:
        from hopthu.idlechild import call_in_child

        try:
            loaded = call_in_child(_load_or_problems, path, env_file, name="hopthu-config")
        except (OSError, TimeoutError):
            loaded = None
        if isinstance(loaded, Config):
            return loaded
        if isinstance(loaded, list):
            raise ConfigError(loaded)
    cfg_path = Path(path or os.environ.get("HOPTHU_CONFIG") or DEFAULT_CONFIG)
    if not cfg_path.exists():
        raise ConfigError(
            [
                f"{cfg_path}: configuration file not found. Copy hopthu.example.yaml to {cfg_path} and edit it, "
                "or pass --config PATH (or set HOPTHU_CONFIG)."
            ]
        )
    text = cfg_path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([f"{cfg_path}{where}: YAML syntax error: {problem}"]) from None
    if not isinstance(data, dict):
        raise ConfigError([f"{cfg_path}:1: the configuration must be a mapping of keys (ward:, agencies:, ...)"])
    from hopthu import config_problems  # pydantic: imported only while a file is checked

    ward = data.get("ward")
    if isinstance(ward, dict) and isinstance(ward.get("tdp"), list):  # `- 7` for `- name: "7"`
        data = {**data, "ward": {**ward, "tdp": [TdpEntry.shorthand(item) for item in ward["tdp"]]}}
    settings = config_problems.validate(Settings, data, node, cfg_path)
    env_path = secrets_path(cfg_path, settings, env_file)
    env = {**(dotenv_values(env_path) if env_path.exists() else {}), **os.environ}
    secrets = Secrets(
        imap_password=env.get("HOPTHU_IMAP_PASSWORD", "") or "",
        smtp_password=env.get("HOPTHU_SMTP_PASSWORD", "") or "",
        google_key_file=env.get("HOPTHU_GOOGLE_KEY_FILE", "") or env.get("GOOGLE_APPLICATION_CREDENTIALS", "") or "",
        oauth_file=env.get("HOPTHU_OAUTH_FILE", "") or "",
        backup_key=env.get("HOPTHU_BACKUP_KEY", "") or "",
    )
    config = Config(settings=settings, path=cfg_path.resolve(), secrets=secrets, secrets_path=env_path)
    _check_secrets(config, env_path)
    return config


def _load_or_problems(path: str | os.PathLike | None,
                      env_file: str | os.PathLike | None) -> Config | list[str]:  # pragma: no cover - in the child
    try:
        return load_config(path, env_file)
    except ConfigError as exc:
        return exc.problems


def secrets_path(cfg_path: Path, settings: Settings, explicit: str | os.PathLike | None = None) -> Path:
    """The one secrets file: `explicit` (tests), else $HOPTHU_ENV_FILE, else `secrets_file:`, else `.env`
    beside the configuration. Relative paths are taken from the configuration's folder."""
    value = str(explicit or os.environ.get(ENV_FILE_VAR) or settings.secrets_file or ".env")
    path = Path(os.path.expanduser(value))
    return (path if path.is_absolute() else cfg_path.resolve().parent / path).absolute()


def _check_secrets(config: Config, env_path: Path) -> None:
    s = config.settings
    problems = []
    if s.inbox.backend == "imap" and s.inbox.auth == "password" and not config.secrets.imap_password:
        problems.append(
            f"{env_path}: HOPTHU_IMAP_PASSWORD is not set: add the mailbox password (or app password) "
            f"as a line HOPTHU_IMAP_PASSWORD=... to {env_path.name} (mode 0600)"
        )
    uses_google = s.register.backend == "sheet" or s.form.backend == "sheet"
    if uses_google and not config.secrets.google_key_file:
        problems.append(
            f"{env_path}: HOPTHU_GOOGLE_KEY_FILE is not set: the Google backends need the service account's JSON key; "
            f"add a line HOPTHU_GOOGLE_KEY_FILE=/path/to/key.json to {env_path.name} (see docs/google-sheets.md)"
        )
    smtp = s.outbox.smtp if s.outbox.backend == "smtp" else None
    if smtp and smtp.auth == "password" and smtp.username and not config.secrets.smtp_password:
        problems.append(
            f"{env_path}: HOPTHU_SMTP_PASSWORD is not set: add the sending password as a line "
            f"HOPTHU_SMTP_PASSWORD=... to {env_path.name} (mode 0600)"
        )
    oauth_users = [key for key, used in (("inbox.auth", s.inbox.backend == "imap" and s.inbox.auth == "xoauth2"),
                                         ("outbox.smtp.auth", smtp is not None and smtp.auth == "xoauth2")) if used]
    if oauth_users and not config.secrets.oauth_file:
        problems.append(
            f"{env_path}: HOPTHU_OAUTH_FILE is not set: {' and '.join(oauth_users)}: xoauth2 signs in with the OAuth "
            "file written by `hopthu oauth-login`; add a line HOPTHU_OAUTH_FILE=/path/to/oauth-gmail.json to "
            f"{env_path.name} "
            "(see docs/imap-smtp.md)"
        )
    if problems:
        raise ConfigError(problems)
