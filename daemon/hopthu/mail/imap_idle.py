"""Waiting for mail, and staying connected while waiting.

* ``MailWaiting`` (part of ``ImapInbox``): ``wait_for_mail`` blocks until the server announces new mail,
  with IDLE left running between calls and renewed every ``idle_renew_seconds`` (a NOOP in between
  proves the connection alive), or a NOOP every ``poll_seconds`` on servers without IDLE. A dead
  connection raises ``ImapConnectionError`` at once (imapclient's idle_check would return [] on EOF).
* ``ImapWatcher`` keeps an ``ImapInbox`` alive across outages: reconnects with exponential backoff and
  jitter, and calls ``on_mail`` after every (re)connect so mail that arrived meanwhile is caught up by UID.
"""

from __future__ import annotations

import imaplib
import logging
import random
import re
import select
import ssl
import threading
import time
from typing import Any, Callable, Protocol

from imapclient.exceptions import IMAPClientError

from hopthu.mail.imap_errors import ImapAuthError, ImapError, conn_error

log_default = logging.getLogger("hopthu.mail.imap")

_ANNOUNCE = re.compile(rb"^\* (\d+) (EXISTS|RECENT)\b", re.IGNORECASE)


class Inbox(Protocol):
    """What ``ImapWatcher`` uses of an ``ImapInbox``."""

    settings: Any  # ImapSettings: ``where`` for logs, ``idle_renew_seconds`` for the catch-up period

    def connect(self) -> None: ...
    def wait_for_mail(self, timeout: float) -> bool: ...
    def close(self) -> None: ...


class MailWaiting:
    """``ImapInbox``'s waiting for mail. It uses the inbox's connection state (``_client``, ``_idling``,
    ``_idle_since``, ``_last_poll``, ``settings``, ``log``) and its ``has_idle``, ``_command``, ``_drop``;
    ``ImapInbox._command`` ends a running IDLE through ``_end_idle`` before any other command."""

    def wait_for_mail(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True when the server announced new mail
        (EXISTS/RECENT), False on timeout.  Uses IDLE (left running between calls,
        renewed every ``idle_renew_seconds`` with a NOOP in between), or NOOP every
        ``poll_seconds`` without IDLE.  A dead connection raises ImapConnectionError."""
        deadline = time.monotonic() + max(0.0, timeout)
        if not self.has_idle():
            return self._poll_noop(deadline)
        try:
            while True:
                now = time.monotonic()
                if self._idling and now - self._idle_since >= self.settings.idle_renew_seconds:
                    if self._renew_idle():
                        return True
                if not self._idling:
                    self._start_idle()
                left = deadline - time.monotonic()
                renew_in = self._idle_since + self.settings.idle_renew_seconds - time.monotonic()
                step = max(0.0, min(left, renew_in))
                if self._idle_read(step):
                    return True
                if time.monotonic() >= deadline:
                    return False
        except (IMAPClientError, OSError) as exc:  # an ImapError (from a command) passes through
            client, self._client = self._client, None
            self._idling = False
            if client is not None:
                self._drop(client)
            raise conn_error(self.settings, "chờ thư (IDLE) / waiting in IDLE", exc) from exc

    @staticmethod
    def _announces_mail(responses) -> bool:
        """Parsed untagged responses, e.g. [(3, b'EXISTS'), (1, b'RECENT')]."""
        for resp in responses:
            if isinstance(resp, tuple) and len(resp) >= 2 and isinstance(resp[1], bytes):
                kind = resp[1].upper()
                if kind == b"EXISTS" or (kind == b"RECENT" and resp[0] != 0):
                    return True
        return False

    def _start_idle(self) -> None:
        assert self._client is not None
        self._client.idle()
        self._idling = True
        self._idle_since = time.monotonic()

    def _end_idle(self) -> list:
        if not self._idling or self._client is None:
            return []
        self._idling = False
        _text_, responses = self._client.idle_done()
        return responses

    def _renew_idle(self) -> bool:
        """DONE, NOOP (proves the connection is alive), IDLE again. True if any of
        the responses in between announced mail."""
        assert self._client is not None
        responses = list(self._end_idle())
        _t, noop_responses = self._client.noop()
        responses += noop_responses
        self.idle_renewals += 1
        self.log.debug("IMAP IDLE renewed on %s", self.settings.where)
        self._start_idle()
        return self._announces_mail(responses)

    def _idle_read(self, timeout: float) -> bool:
        """Wait up to ``timeout`` for untagged responses during IDLE.

        Unlike imapclient's idle_check (which returns [] on EOF), an EOF or socket
        error raises, so a server that went away is noticed at once."""
        client = self._client
        assert client is not None
        imap = client._imap
        sock = client.socket()
        sock.settimeout(None)
        sock.setblocking(False)
        try:
            if not self._buffered(imap, sock):
                poller = select.poll()
                poller.register(sock.fileno(), select.POLLIN | select.POLLPRI)
                events = poller.poll(max(0, int(timeout * 1000)))
                if not events:
                    return False
                if any(ev & (select.POLLERR | select.POLLNVAL) for _fd, ev in events):
                    raise ConnectionResetError("socket error while in IDLE")
            lines = []
            while True:
                try:
                    line = imap._get_line()
                except (TimeoutError, BlockingIOError, ssl.SSLWantReadError):
                    break
                except imaplib.IMAP4.abort as exc:
                    if "EOF" in str(exc) and lines:
                        break  # no more buffered data (plain sockets look like EOF here)
                    if "EOF" in str(exc):
                        raise ConnectionResetError("server closed the connection during IDLE") from exc
                    raise
                lines.append(line)
            # no lines: a TLS record without application data (e.g. a session ticket)
            announced = False
            for line in lines:
                if line[:5].upper() == b"* BYE":
                    raise ConnectionResetError(f"server said {line.strip()!r}")
                m = _ANNOUNCE.match(line)
                if m and (m.group(2).upper() == b"EXISTS" or int(m.group(1)) > 0):
                    announced = True
            return announced
        finally:
            try:
                sock.setblocking(True)
                sock.settimeout(self.settings.timeout_read)
            except OSError:
                pass

    @staticmethod
    def _buffered(imap, sock) -> bool:
        """Data already read from the socket but not yet consumed (poll would not see it)."""
        try:
            if isinstance(sock, ssl.SSLSocket) and sock.pending():
                return True
        except (OSError, ValueError):
            pass
        f = getattr(imap, "file", None)
        if f is None or not hasattr(f, "peek"):
            return False
        try:
            return bool(f.peek(1))  # non-blocking: b'' when nothing buffered
        except (TimeoutError, BlockingIOError, ssl.SSLWantReadError):
            return False
        except (OSError, ValueError):
            return True  # let the read below surface the error

    def _poll_noop(self, deadline: float) -> bool:
        """No IDLE: NOOP every ``poll_seconds`` until ``deadline``."""
        while True:
            now = time.monotonic()
            if now - self._last_poll >= self.settings.poll_seconds:
                with self._command("kiểm tra thư mới (NOOP) / polling") as c:
                    _t, responses = c.noop()
                self._last_poll = time.monotonic()
                if self._announces_mail(responses):
                    return True
            now = time.monotonic()
            if now >= deadline:
                return False
            time.sleep(max(0.0, min(deadline, self._last_poll + self.settings.poll_seconds) - now))


class ImapWatcher:
    """Keeps an ``ImapInbox`` alive across outages and calls ``on_mail(inbox)``
    after each (re)connect (catch-up), whenever the server announces mail, and at
    least every ``catchup_seconds`` as a safety net."""

    def __init__(
        self,
        inbox_factory: Callable[[], Inbox],
        *,
        backoff_initial: float = 1,
        backoff_max: float = 300,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        catchup_seconds: float | None = None,
        wait_step: float = 1.0,
        log: logging.Logger = log_default,
    ):
        self.inbox_factory = inbox_factory
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.sleep = sleep
        self.clock = clock
        self.catchup_seconds = catchup_seconds
        self.wait_step = wait_step
        self.log = log
        self.connects = 0  # successful connections so far
        self.failures = 0  # failed attempts / lost connections so far
        self.delays: list[float] = []  # the last backoff delays (for logs and tests)

    def _delay(self, attempt: int) -> float:
        base = min(self.backoff_max, self.backoff_initial * (2 ** min(attempt, 30)))
        return base * random.uniform(0.5, 1.0)  # "equal jitter" keeps at least half the wait

    def _pause(self, seconds: float, stop: threading.Event) -> None:
        left = seconds
        while left > 0 and not stop.is_set():
            step = min(1.0, left)
            self.sleep(step)
            left -= step

    def run(self, on_mail: Callable[[Inbox], None], stop: threading.Event) -> None:
        attempt = 0
        while not stop.is_set():
            inbox: Inbox | None = None
            healthy = False
            try:
                inbox = self.inbox_factory()
                inbox.connect()
                self.connects += 1
                if attempt:
                    self.log.info("IMAP reconnected to %s after %d failed attempt(s)", inbox.settings.where, attempt)
                on_mail(inbox)  # catch up on whatever arrived while we were away
                healthy = True
                attempt = 0
                catchup = self.catchup_seconds
                if catchup is None:
                    catchup = inbox.settings.idle_renew_seconds
                last_run = self.clock()
                while not stop.is_set():
                    left = max(0.0, catchup - (self.clock() - last_run))
                    got = inbox.wait_for_mail(timeout=min(self.wait_step, left))
                    if stop.is_set():
                        break
                    if got or self.clock() - last_run >= catchup:
                        on_mail(inbox)
                        last_run = self.clock()
            except ImapAuthError as exc:
                self.failures += 1
                self.log.error("%s", exc)
            except ImapError as exc:
                self.failures += 1
                self.log.warning("IMAP: %s", exc)
            except Exception:
                self.failures += 1
                self.log.exception("IMAP watcher: unexpected error; reconnecting")
            finally:
                if inbox is not None:
                    inbox.close()
            if stop.is_set():
                break
            delay = self._delay(attempt if not healthy else 0)
            attempt += 1
            self.delays = (self.delays + [delay])[-100:]
            self.log.info("IMAP: nối lại sau %.1f s (lần %d) / reconnecting in %.1f s (attempt %d)", delay, attempt, delay, attempt)
            self._pause(delay, stop)
