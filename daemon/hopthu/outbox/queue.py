"""Outgoing email: render from templates, queue with an idempotency key, deliver exactly once.

A message is rendered once, with its own Message-ID, and its bytes are stored
in the journal under a key such as `ack:HT-2026-0001:citizen`. Queuing the same
key again does nothing; a resend after a crash sends the same bytes, so the
same Message-ID. A message is marked sent only after the transport accepted it.
Every message has exactly one recipient: a citizen never shares To/CC with anyone.
"""

from __future__ import annotations

import base64
import logging
import os
import random
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Protocol

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from hopthu import crashpoints, platform
from hopthu.journal.records import OutgoingRecord
from hopthu.mail.mailbytes import encoded_words, message_bytes

if TYPE_CHECKING:
    from hopthu.journal import Journal

log = logging.getLogger("hopthu.outbox.queue")

#: Lower sends first when the daily cap is reached, and after an outage: alerts to officers and urgent cases,
#: then routed cases and answers (agencies act on them), then relays, then acknowledgements (already late).
PRIORITY = {"urgent": 0, "alert": 0, "routed": 1, "answer": 1, "relay": 2, "ack": 3, "reminder": 4, "digest": 5}

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def header_safe(text: str, limit: int = 150) -> str:
    """Citizen text for a header: no CR/LF (header injection), no control characters, bounded."""
    text = _CONTROL.sub(" ", text or "").strip()
    return text[:limit]


class TransientError(Exception):
    """Try again later (server busy, connection lost). `server_down`: the server itself cannot be reached
    or refuses to work (no connection, no greeting, 421, a login to fix), not just this message: the
    outbox stops its pass there (a circuit breaker) instead of paying the same timeout for every email."""

    def __init__(self, message: str = "", *, server_down: bool = False):
        super().__init__(message)
        self.server_down = server_down


class PermanentError(Exception):
    """The server refused this message for good (unknown recipient...)."""


class Transport(Protocol):
    def send(self, key: str, raw: bytes, recipient: str) -> None: ...

    def check(self) -> str: ...

    def close(self) -> None:
        """Drop a network connection, if the transport keeps one."""


class FolderTransport:
    """The embedded default: each message becomes `<folder>/<key>.eml`. Writing it twice changes nothing."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def close(self) -> None:
        pass  # no connection to drop

    def path_for(self, key: str) -> Path:
        return self.folder / (re.sub(r"[^A-Za-z0-9._-]+", "_", key) + ".eml")

    def send(self, key: str, raw: bytes, recipient: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path_for(key)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".eml")
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, target)
        platform.current().share_like_folder(target)  # officers sharing the data folder may open it

    def check(self) -> str:
        """Read-only (`hopthu check` changes nothing): the folder, or the nearest one that exists, is writable."""
        where = next(p for p in (self.folder, *self.folder.parents) if p.exists())
        if not os.access(where, os.W_OK):
            raise PermissionError(f"không ghi được vào {where}: cho người dùng chạy hopthu quyền ghi. "
                                  f"/ {where} is not writable for the user running hopthu")
        if where != self.folder:
            return f"thư mục thư đi {self.folder} (sẽ được tạo ở lần chạy đầu / made at the first run)"
        return f"thư mục thư đi {self.folder}"


class Templates:
    """Jinja2 templates in `templates/`: `{% set subject %}` gives the subject, the rest the body."""

    def __init__(self, folder: str | Path):
        self.env = Environment(
            loader=FileSystemLoader(str(folder)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(["html", "htm"], default=False),
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            # A template edited on disk is taken up by live_reload.py after it compiled, never half-way here.
            auto_reload=False,
            cache_size=-1,
        )
        self.env.filters["ngay"] = lambda d: d.strftime("%d/%m/%Y") if d else ""
        self.env.filters["ngaygio"] = lambda d: d.strftime("%H:%M ngày %d/%m/%Y") if d else ""

    def render(self, name: str, **context: Any) -> tuple[str, str]:
        # One rendering gives both: the module's str() is the body, its `subject` the {% set %} block.
        module = self.env.get_template(name).make_module(context)
        body = str(module)
        subject = str(getattr(module, "subject", "")).strip()
        return header_safe(subject, 250), body.strip() + "\n"


@dataclass
class Sender:
    name: str
    address: str
    domain: str


def _mailbox(name: str, address: str) -> str:
    """`Name <address>` with the name quoted (ASCII) or as encoded words (Vietnamese), so specials in
    it ("Tổ 5, TDP") keep their meaning and no header line grows past 78 characters."""
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return " ".join(encoded_words(name, 60)) + f" <{address}>"


def build_message(
    sender: Sender,
    recipient: str,
    subject: str,
    body: str,
    *,
    auto: str = "auto-generated",
    in_reply_to: str = "",
    references: list[str] | None = None,
    now: datetime | None = None,
) -> EmailMessage:
    """One plain-text UTF-8 message to one recipient.

    Headers are stored raw (`set_raw`): the values are ours or sanitised by `header_safe`, and the
    standard library's structured parsing of every header on assignment cost more than the rest of
    the pipeline. `mailbytes.message_bytes` encodes and folds them when the message is written.
    """
    msg = EmailMessage()
    headers = [
        ("From", _mailbox(header_safe(sender.name, 200), sender.address)),
        ("To", header_safe(recipient, 320)),
        ("Subject", header_safe(subject, 250)),
        ("Date", format_datetime(now or datetime.now(timezone.utc))),
        ("Message-ID", make_msgid(idstring="hopthu", domain=sender.domain)),
        ("Auto-Submitted", auto),
        ("X-Auto-Response-Suppress", "All"),
    ]
    if in_reply_to:
        headers.append(("In-Reply-To", header_safe(in_reply_to, 998)))
    refs = [header_safe(r, 998) for r in (references or []) if r]
    if refs:
        headers.append(("References", " ".join(refs)))
    headers += [
        ("MIME-Version", "1.0"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "base64"),
    ]
    for name, value in headers:
        msg.set_raw(name, value)
    encoded = base64.b64encode(body.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    msg.set_payload("\r\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76)) + "\r\n")
    return msg


def record(key: str, kind: str, case_code: str | None, msg: EmailMessage) -> OutgoingRecord:
    raw = message_bytes(msg)  # as_bytes(policy=SMTP), with a header folder 20-50x faster (mailbytes.py)
    headers = {name.lower(): str(value) for name, value in msg.raw_items()}  # no header re-parsing
    return OutgoingRecord(
        key=key,
        case_code=case_code,
        kind=kind,
        recipient=headers["to"],
        message_id=headers["message-id"],
        raw=raw,
        priority=PRIORITY.get(kind, 5),
        state="pending",
        attempts=0,
        next_try="",
        last_error="",
        sent_at=None,
    )


_DATE = re.compile(rb"(?im)^date:[ \t]*([^\r\n]{1,200})")


def queued_at(msg: OutgoingRecord) -> datetime | None:
    """When the message was made, by the daemon's clock (its Date header): the retry window counts from it."""
    return date_of(msg.raw)


def date_of(raw: bytes) -> datetime | None:
    """The Date header of a message's bytes (its head is enough: hopthu writes Date fourth)."""
    head = raw[:16384].split(b"\r\n\r\n", 1)[0]
    found = _DATE.search(head)
    try:
        return parsedate_to_datetime(found.group(1).decode("ascii", "replace")) if found else None
    except (TypeError, ValueError):
        return None


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    held: int = 0  # over the daily cap: waits for tomorrow
    waiting: int = 0  # not tried: the server was down at the first one (circuit breaker)
    server_down: str = ""  # why the pass stopped, '' when it did not


class Outbox:
    """Delivers what the journal queued, most urgent first, within the daily cap.

    A transient failure is retried with capped exponential backoff (`max_backoff_seconds`) for
    `retry_seconds` from when the message was queued (default 5 days, as Postfix keeps mail); only
    then is it given up. A server that is down stops the pass at the first message (one probe per
    cycle): the others are not tried and keep their place. A permanent refusal fails that message
    alone and `on_failed(msg, why)` tells the officers (not for their own alerts: no loop)."""

    def __init__(
        self,
        journal: Journal,
        transport: Transport,
        *,
        daily_cap: int = 450,
        retry_seconds: float = 5 * 86400,
        max_backoff_seconds: float = 3600,
        on_sent=None,
        on_failed=None,
    ):
        self.journal = journal
        self.transport = transport
        self.daily_cap = daily_cap
        self.retry_seconds = retry_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self.on_sent = on_sent  # e.g. copy to the IMAP Sent folder
        self.on_failed = on_failed  # e.g. tell the officers which case could not reach whom
        self._probe_at: datetime | None = None  # circuit open until then (in memory: a restart probes at once)
        self._probes = 0
        self._down_reason = ""
        self.pulse: Callable[[], None] = lambda: None  # between emails: the daemon's watchdog (service.py)

    def deliver(self, now: datetime | None = None) -> DeliveryReport:
        """One pass over the emails due, most urgent first, read BATCH at a time (never every body at once)."""
        now = now or datetime.now(timezone.utc)
        report = DeliveryReport()
        since = (now - timedelta(days=1)).astimezone(timezone.utc).isoformat(timespec="seconds")
        budget = max(0, self.daily_cap - self.journal.sent_since(since))
        now_utc = now.astimezone(timezone.utc)  # the journal compares times as UTC ISO strings
        now_iso = now_utc.isoformat(timespec="seconds")
        if self._probe_at is not None and now_utc < self._probe_at:
            # The circuit is open: no connection until the next probe; the queue keeps its order.
            report.waiting = self._expire(now_iso, None, now_utc, report)
            report.server_down = self._down_reason if report.waiting or report.failed else ""
            return report
        after: tuple[int, str, str] | None = None
        while True:
            page = self.journal.due_messages(now_iso, limit=self.BATCH, after=after)
            for msg in page:
                self.pulse()
                if budget <= 0:  # most urgent went first; the rest wait for tomorrow, counted, not read
                    report.held += 1 + len(self.journal.due_heads(now_iso, (msg.priority, msg.created_at, msg.key)))
                    return report
                outcome = self._send(msg, now, now_utc, report)
                if outcome == "down":
                    report.waiting = self._expire(now_iso, (msg.priority, msg.created_at, msg.key), now_utc, report)
                    return report
                budget -= outcome == "sent"
            if len(page) < self.BATCH:
                return report
            last = page[-1]
            after = (last.priority, last.created_at, last.key)

    #: emails read from the journal at a time (bodies included: a report with its files may weigh megabytes)
    BATCH = 50

    def _send(self, msg: OutgoingRecord, now: datetime, now_utc: datetime, report: DeliveryReport) -> str:
        """One email: "sent", "failed", "retry", or "down" (the server itself: the pass stops)."""
        try:
            self.transport.send(msg.key, msg.raw, msg.recipient)
        except PermanentError as exc:
            self._fail(msg, str(exc))
            report.failed += 1
            return "failed"
        except Exception as exc:  # transient: back off with jitter, survive restarts (state in the journal)
            if getattr(exc, "server_down", False) or not isinstance(exc, TransientError):
                # The server, not this message: the others would meet the same timeout. The circuit opens;
                # the message keeps its place (no backoff of its own), so urgent mail goes first on recovery.
                self.journal.mark_retry(msg.key, str(exc), "")
                self._trip(str(exc), now_utc)
                report.retrying += 1
                report.server_down = str(exc)
                if self._expired(msg.raw, now_utc):
                    self._fail(msg, f"gave up after {self.retry_seconds / 86400:g} day(s): {exc}")
                    report.retrying -= 1
                    report.failed += 1
                return "down"
            if self._expired(msg.raw, now_utc):
                self._fail(msg, f"gave up after {self.retry_seconds / 86400:g} day(s), "
                                f"{msg.attempts + 1} attempts: {exc}")
                report.failed += 1
            else:
                delay = min(self.max_backoff_seconds, 30 * 2 ** min(msg.attempts, 20)) * (0.5 + random.random() / 2)
                retry_at = (now_utc + timedelta(seconds=delay)).isoformat(timespec="seconds")
                self.journal.mark_retry(msg.key, str(exc), retry_at)
                report.retrying += 1
            log.warning("email %s for %s not sent yet: %s", msg.kind, msg.case_code, exc)
            return "retry"
        crashpoints.reach("after_smtp_250")
        if self._probe_at is not None:
            log.info("email server answers again after %d failed probe(s)", self._probes)
            self._probe_at, self._probes, self._down_reason = None, 0, ""
        self.journal.mark_sent(msg.key, now)
        report.sent += 1
        if self.on_sent:
            try:
                self.on_sent(msg)
            except Exception as exc:  # the copy is a convenience; the letter itself went out
                log.warning("could not file a copy of %s: %s", msg.key, exc)
        return "sent"

    def _trip(self, why: str, now_utc: datetime) -> None:
        """Open the circuit: the next probe after a backoff that doubles per failed probe, capped."""
        if self._probe_at is None:
            log.warning("email server down (%s): emails wait; one probe per cycle until it answers", why)
        else:
            log.debug("email server still down: %s", why)
        delay = min(self.max_backoff_seconds, 30 * 2 ** min(self._probes, 20))
        self._probes += 1
        self._down_reason = why
        self._probe_at = now_utc + timedelta(seconds=delay * (0.5 + random.random() / 2))

    def _expire(self, now_iso: str, after: tuple[int, str, str] | None, now_utc: datetime,
                report: DeliveryReport) -> int:
        """While the server is down: the emails due after `after` past the retry window fail (read whole only
        then); returns how many others wait."""
        waiting = 0
        for key, head in self.journal.due_heads(now_iso, after):
            msg = self.journal.message(key) if self._expired(head, now_utc) else None
            if msg is None:
                waiting += 1
                continue
            self._fail(msg, f"gave up after {self.retry_seconds / 86400:g} day(s): the mail server was down "
                            f"({msg.last_error or self._down_reason})")
            report.failed += 1
        return waiting

    def _expired(self, raw: bytes, now_utc: datetime) -> bool:
        queued = date_of(raw)
        return queued is not None and (now_utc - queued).total_seconds() >= self.retry_seconds

    def _fail(self, msg: OutgoingRecord, why: str) -> None:
        self.journal.mark_failed(msg.key, why)
        log.error("email %s for %s failed for good: %s", msg.kind, msg.case_code, why)
        if self.on_failed is not None and msg.kind != "alert":
            try:
                self.on_failed(msg, why)
            except Exception:  # telling the officers must never stop the other emails
                log.exception("could not tell the officers that %s failed", msg.key)
