"""The IMAP adapter: read the ward's mailbox with imapclient, never losing mail.

* ``ImapInbox`` (here) is one connection: fetch new mail by UID (``BODY.PEEK[]``,
  never setting ``\\Seen``), move handled mail to the "Đã tiếp nhận" folder, keep a
  copy of what we send in "Sent", and wait for new mail with IDLE (NOOP polling
  when the server has no IDLE; the waiting is ``imap_idle.MailWaiting``).
* ``ImapWatcher`` (``imap_idle``) keeps an ``ImapInbox`` alive across outages:
  reconnects with exponential backoff and jitter, and calls ``on_mail`` after every
  (re)connect so mail that arrived while we were away is caught up by UID.

Errors (``imap_errors``) are ``ImapError`` (a command failed, or a setting is wrong:
the message says in Vietnamese and English what to check), with ``ImapAuthError`` /
``ImapTlsError`` for the two an officer must fix, and ``ImapConnectionError`` for a
lost or unreachable server (retry later). This module is the adapter's public face:
settings, inbox, watcher and errors are imported from here.

An ``ImapInbox`` is not thread-safe: while a watcher thread idles on one, store
sent mail (``append_sent``) through a second ``ImapInbox``.

imapclient pitfalls handled here: timeouts always set, idle_check's silent EOF,
the MOVE capability checked, UID EXPUNGE only (never a plain EXPUNGE).
"""

from __future__ import annotations

import logging
import ssl
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable, Iterator

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError
from imapclient.imapclient import DELETED, SEEN, SENT

from hopthu.mail.endpoint import Endpoint
from hopthu.mail.imap_errors import (
    ImapAuthError,
    ImapConnectionError,
    ImapError,
    ImapTlsError,
    auth_error,
    conn_error,
    server_text,
    tls_error,
)
from hopthu.mail.imap_idle import ImapWatcher, MailWaiting

__all__ = [
    "ImapSettings",
    "ImapInbox",
    "ImapWatcher",
    "ImapError",
    "ImapAuthError",
    "ImapTlsError",
    "ImapConnectionError",
    "PROCESSED_KEYWORD",
]

log_default = logging.getLogger("hopthu.mail.imap")

#: Keyword set on handled mail when the server can neither MOVE nor UID EXPUNGE.
PROCESSED_KEYWORD = "$HopthuProcessed"

FETCH_BATCH = 25
#: ... and at most this many bytes per FETCH (sizes are asked first): a backlog of letters with photos
#: must not be held in memory hundreds of megabytes at a time. A larger letter is fetched alone.
FETCH_BYTES = 16 * 1024 * 1024


def size_batches(uids: list[int], sizes: dict[int, int], *, count: int, budget: int) -> list[list[int]]:
    """`uids` in order, cut into batches of at most `count` UIDs and `budget` bytes (by `sizes`;
    an unknown size counts as 0: the FETCH will say the UID vanished)."""
    batches: list[list[int]] = []
    batch: list[int] = []
    used = 0
    for uid in uids:
        size = sizes.get(uid, 0)
        if batch and (len(batch) >= count or used + size > budget):
            batches.append(batch)
            batch, used = [], 0
        batch.append(uid)
        used += size
    if batch:
        batches.append(batch)
    return batches


@dataclass(frozen=True)
class ImapSettings(Endpoint):
    host: str
    port: int
    username: str
    password: str = ""
    security: str = "ssl"  # "ssl" (implicit TLS, 993) | "starttls" (143) | "none"
    ca_file: str | None = None  # extra CA to trust (a private CA); system CAs otherwise
    # XOAUTH2 (Gmail); called at every login. If it has invalidate(token), a refused token is
    # dropped and the login tried once more with a new one (oauth.TokenProvider).
    oauth2_token_provider: Callable[[], str] | None = None
    folder: str = "INBOX"
    processed_folder: str = "Đã tiếp nhận"
    sent_folder: str = "Sent"
    timeout_connect: float = 15
    timeout_read: float = 60
    idle_renew_seconds: float = 600
    poll_seconds: float = 60
    # attachments.max_bytes and .max_letter_bytes: a letter over them is fetched without its parts over them (trim)
    max_part_bytes: int | None = None
    max_letter_bytes: int | None = None


class ImapInbox(MailWaiting):
    """One IMAP connection to the ward's mailbox (not thread-safe: one user at a time).

    Any command ends an IDLE that ``wait_for_mail`` left running, so callers can
    simply call ``fetch_since`` after ``wait_for_mail`` returned True.
    """

    def __init__(self, settings: ImapSettings, *, log: logging.Logger = log_default):
        self.settings = settings
        self.log = log
        self._client: IMAPClient | None = None
        self._uidvalidity: int | None = None
        self._exists: int | None = None
        self._known_folders: set[str] = set()
        self._caps: frozenset[bytes] = frozenset()
        self._idling = False
        self._idle_since = 0.0
        self._last_poll = 0.0
        self.idle_renewals = 0  # how many times IDLE was renewed (for logs and tests)

    # ------------------------------------------------------------------ connection

    @property
    def connected(self) -> bool:
        return self._client is not None

    def _ssl_context(self) -> ssl.SSLContext:
        # Verified TLS, always: default context (hostname check, CERT_REQUIRED),
        # plus the configured CA file if any.
        return ssl.create_default_context(cafile=self.settings.ca_file or None)

    def _oauth2_login(self, client: IMAPClient) -> None:
        token = self._oauth2_token()
        try:
            client.oauth2_login(self.settings.username, token)
        except IMAPClientAbortError:
            raise
        except IMAPClientError:
            invalidate = getattr(self.settings.oauth2_token_provider, "invalidate", None)
            if invalidate is None:
                raise
            invalidate(token)  # refused early (revoked?): a new token, or the token endpoint says why
            client.oauth2_login(self.settings.username, self._oauth2_token())

    def _oauth2_token(self) -> str:
        """A valid access token (the provider refreshes it when needed: called at every login)."""
        from hopthu.mail.oauth import OAuthError, OAuthUnavailable

        try:
            return self.settings.oauth2_token_provider()
        except OAuthUnavailable as exc:
            raise conn_error(self.settings, "lấy mã truy cập OAuth / getting an OAuth access token", exc) from exc
        except OAuthError as exc:
            raise ImapAuthError(
                f"Đăng nhập IMAP (XOAUTH2) cho {self.settings.username} trên {self.settings.where}: {exc}"
            ) from exc

    def connect(self) -> None:
        """Connect, (STARTTLS,) log in and select the inbox folder."""
        if self._client is not None:
            return
        s = self.settings
        timeout = SocketTimeout(connect=s.timeout_connect, read=s.timeout_read)
        ctx = self._ssl_context() if s.security in ("ssl", "starttls") else None
        if s.security == "none" and not s.loopback:
            self.log.warning(
                "IMAP tới %s không mã hóa (security: none): mật khẩu đi dạng rõ / unencrypted IMAP", s.where
            )
        self.log.debug("IMAP connecting to %s (%s)", s.where, s.security)
        try:
            client = IMAPClient(s.host, port=s.port, ssl=s.security == "ssl", ssl_context=ctx, timeout=timeout)
        except ssl.SSLError as exc:
            raise tls_error(s, exc) from exc
        except (OSError, IMAPClientError) as exc:
            raise conn_error(s, "kết nối / connecting", exc) from exc
        # imapclient sets imaplib's debug level to 5 to route its trace to a logger, and imaplib then formats
        # every response it reads (a fetched letter's repr, twice) whether or not anything logs it: a 33 MB
        # letter took 100 MiB more than its bytes. hopthu logs its own IMAP steps (never a letter's bytes).
        client._imap.debug = 0
        try:
            if s.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise ImapTlsError(
                        f"Máy chủ IMAP {s.where} không hỗ trợ STARTTLS; không đăng nhập khi chưa mã hóa. Dùng "
                        f"security: ssl (cổng 993) nếu máy chủ hỗ trợ. / IMAP server {s.where} does not offer "
                        f"STARTTLS; refusing to log in unencrypted. Use security: ssl (port 993) if supported."
                    )
                try:
                    client.starttls(ctx)
                except ssl.SSLError as exc:
                    raise tls_error(s, exc) from exc
            try:
                if s.oauth2_token_provider is not None:
                    self._oauth2_login(client)
                else:
                    client.login(s.username, s.password)
            except LoginError as exc:
                raise auth_error(s, exc) from exc
            except IMAPClientAbortError as exc:
                raise conn_error(s, "đăng nhập / logging in", exc) from exc
            except IMAPClientError as exc:  # e.g. "NO [PRIVACYREQUIRED]" or XOAUTH2 failure
                raise auth_error(s, exc) from exc
            self._client = client
            self._idling = False
            self._known_folders.clear()
            # post-login capabilities (cached: has_idle() must not send commands during IDLE)
            self._caps = frozenset(bytes(c).upper() for c in client.capabilities())
            self._select()
        except BaseException as exc:
            self._client = None
            self._drop(client)
            if isinstance(exc, (OSError, IMAPClientError)) and not isinstance(exc, ImapError):
                raise conn_error(s, "đăng nhập / logging in", exc) from exc
            raise
        self.log.info("IMAP connected to %s as %s, folder %s", s.where, s.username, s.folder)

    def _select(self) -> None:
        assert self._client is not None
        s = self.settings
        try:
            info = self._client.select_folder(s.folder)
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            raise ImapError(
                f"Không mở được thư mục IMAP {s.folder!r} trên {s.where}: {server_text(exc.args)}. Kiểm tra tùy chọn "
                f"inbox.folder. / Cannot select IMAP folder {s.folder!r} on {s.where}; check inbox.folder."
            ) from exc
        new_validity = int(info.get(b"UIDVALIDITY", 0) or 0)
        if self._uidvalidity is not None and new_validity != self._uidvalidity:
            self.log.warning(
                "UIDVALIDITY of %s changed %s → %s: stored UIDs are invalid, rescan needed",
                s.folder, self._uidvalidity, new_validity,
            )
        self._uidvalidity = new_validity
        self._exists = int(info.get(b"EXISTS", 0) or 0)
        self._last_poll = time.monotonic()

    @staticmethod
    def _drop(client: IMAPClient) -> None:
        try:
            client.shutdown()
        except Exception:
            pass

    def close(self) -> None:
        """Log out (best effort) and forget the connection. Safe to call twice."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if self._idling:
                self._idling = False
                client.idle_done()
            client.logout()
        except Exception:
            self._drop(client)
        self._idling = False

    def __enter__(self) -> "ImapInbox":
        self.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _command(self, action: str):
        """Connect if needed, end IDLE, map library errors to ImapError classes.

        A lost connection (abort, socket error, timeout) drops the client so the
        next call reconnects; a failed command (NO/BAD) leaves it open."""
        self.connect()
        try:
            self._end_idle()
            yield self._client
        except ImapError:
            raise
        except (IMAPClientAbortError, OSError) as exc:
            client, self._client = self._client, None
            if client is not None:
                self._drop(client)
            raise conn_error(self.settings, action, exc) from exc
        except IMAPClientError as exc:
            vi, _, en = action.partition(" / ")
            raise ImapError(
                f"Lệnh IMAP thất bại trên {self.settings.where} khi {vi}. / IMAP command failed on "
                f"{self.settings.where} while {en or vi}: {server_text(exc.args)}"
            ) from exc

    # ------------------------------------------------------------------ queries

    def check(self) -> str:
        """Connect, log in, select; a one-line description for ``hopthu check``.
        The connection stays open (call ``close()``)."""
        with self._command("kiểm tra / checking"):
            caps = []
            for cap in ("IDLE", "MOVE", "UIDPLUS"):
                caps.append(f"{cap} {'có' if self._has(cap) else 'không'}")
            s = self.settings
            how = ", OAuth (XOAUTH2)" if s.oauth2_token_provider is not None else ""
            return (
                f"IMAP OK: {s.username} @ {s.where} ({s.security}{how}), thư mục {s.folder!r}: {self._exists} thư, "
                f"UIDVALIDITY {self._uidvalidity}; {', '.join(caps)}"
            )

    def uidvalidity(self) -> int:
        self.connect()
        assert self._uidvalidity is not None
        return self._uidvalidity

    def current_uidvalidity(self) -> int:
        """UIDVALIDITY as of now: a NOOP first, so a connection the server dropped is noticed (and
        the caller's retry reconnects and selects the folder afresh) before stored UIDs are used."""
        with self._command("kiểm tra kết nối (NOOP) / checking the connection") as c:
            c.noop()
        assert self._uidvalidity is not None
        return self._uidvalidity

    def _has(self, capability: str) -> bool:
        return capability.encode().upper() in self._caps

    def has_idle(self) -> bool:
        """Whether the server offers IDLE (from the capabilities read at login)."""
        self.connect()
        return self._has("IDLE")

    def fetch_since(
        self, last_uid: int, *, since_date: date | None = None, limit: int | None = None
    ) -> Iterator[tuple[int, bytes]]:
        """Messages with UID > ``last_uid`` (and internal date ≥ ``since_date``), in
        UID order, as ``(uid, raw bytes)``; fetched with ``BODY.PEEK[]`` in batches
        (``\\Seen`` is never set)."""
        uids = self.search_uids(last_uid, since_date=since_date)
        if limit is not None:
            uids = uids[: max(0, limit)]
        yield from self.fetch_uids(uids)

    def search_uids(
        self,
        last_uid: int = 0,
        *,
        since_date: date | None = None,
        before_date: date | None = None,
        skip_processed: bool = False,
    ) -> list[int]:
        """UIDs > ``last_uid`` with internal date in [``since_date``, ``before_date``), sorted.
        ``skip_processed``: leave out mail carrying the ``$HopthuProcessed`` keyword
        (servers without MOVE or UIDPLUS keep handled mail in the inbox)."""
        with self._command("tìm thư mới / searching") as c:
            criteria: list = ["UID", f"{int(last_uid) + 1}:*"]
            if since_date is not None:
                criteria += ["SINCE", since_date]
            if before_date is not None:
                criteria += ["BEFORE", before_date]
            if skip_processed:
                criteria += ["UNKEYWORD", PROCESSED_KEYWORD]
            # "n:*" also matches the highest UID when it is below n: filter
            return sorted(u for u in c.search(criteria) if u > last_uid)

    def internal_dates(self, uids: list[int]) -> dict[int, datetime]:
        """INTERNALDATE of each UID, timezone-aware as the server gave it (one FETCH)."""
        if not uids:
            return {}
        with self._command("hỏi ngày nhận / asking internal dates") as c:
            normalise, c.normalise_times = c.normalise_times, False
            try:
                data = c.fetch(uids, ["INTERNALDATE"])
            finally:
                c.normalise_times = normalise
        return {uid: item[b"INTERNALDATE"] for uid, item in data.items() if item.get(b"INTERNALDATE") is not None}

    def fetch_uids(self, uids: list[int]) -> Iterator[tuple[int, bytes]]:
        """``(uid, raw bytes)`` of the given UIDs in their order (`fetch_letters` without what was left out)."""
        for uid, raw, _left in self.fetch_letters(uids):
            yield uid, raw

    def fetch_letters(self, uids: list[int]) -> Iterator[tuple[int, bytes, list]]:
        """``(uid, raw bytes, parts left out)`` of the given UIDs in their order, fetched with ``BODY.PEEK[]``
        in batches of at most FETCH_BATCH letters and FETCH_BYTES bytes (sizes are asked first); a letter
        over ``max_part_bytes`` / ``max_letter_bytes`` alone, without its parts over them (``trim.LeftOut``);
        UIDs that vanished meanwhile are skipped."""
        s = self.settings
        limit = min(s.max_part_bytes, s.max_letter_bytes or s.max_part_bytes) if s.max_part_bytes else None
        for start in range(0, len(uids), 20 * FETCH_BATCH):
            chunk = uids[start : start + 20 * FETCH_BATCH]
            sizes = self._sizes(chunk) if len(chunk) > 1 or limit else {}  # a single new letter: no need to ask
            run: list[int] = []
            for uid in [*chunk, None]:  # in UID order (the cursor follows it): a big letter ends the run before it
                if uid is not None and not (limit and sizes.get(uid, 0) > limit):
                    run.append(uid)
                    continue
                for batch in size_batches(run, sizes, count=FETCH_BATCH, budget=FETCH_BYTES):
                    yield from ((u, raw, []) for u, raw in self._fetch_batch(batch))
                run = []
                if uid is not None and limit:
                    from hopthu.mail.trim import fetch_big

                    yield from fetch_big(self, uid, limit)

    def _sizes(self, uids: list[int]) -> dict[int, int]:
        with self._command("hỏi cỡ thư / asking sizes") as c:
            data = c.fetch(uids, ["RFC822.SIZE"])
        return {uid: int(item.get(b"RFC822.SIZE") or 0) for uid, item in data.items()}

    def _fetch_batch(self, batch: list[int]) -> Iterator[tuple[int, bytes]]:
        with self._command("tải thư / fetching") as c:
            data = c.fetch(batch, ["BODY.PEEK[]"])
        for uid in batch:
            item = data.get(uid)
            if item is None:  # expunged meanwhile (e.g. by a person in webmail)
                self.log.info("UID %s vanished before it could be fetched", uid)
                continue
            raw = item.get(b"BODY[]")
            if raw is None:
                self.log.warning("UID %s: server returned no body", uid)
                continue
            yield uid, bytes(raw)

    # ------------------------------------------------------------------ changes

    def _ensure_folder(self, c: IMAPClient, folder: str) -> None:
        if folder in self._known_folders:
            return
        if not c.folder_exists(folder):
            try:
                c.create_folder(folder)
                self.log.info("IMAP folder %r created", folder)
            except IMAPClientError:
                if not c.folder_exists(folder):  # lost a race with someone else: fine
                    raise
            try:
                c.subscribe_folder(folder)  # so mail clients show it
            except IMAPClientError:
                pass
        self._known_folders.add(folder)

    def mark_processed(self, uids: list[int]) -> None:
        """Take handled mail out of the inbox: MOVE to ``processed_folder`` (created
        if missing); else COPY + ``\\Deleted`` + UID EXPUNGE (UIDPLUS; never a plain
        EXPUNGE); else (neither) set the ``$HopthuProcessed`` keyword."""
        uids = sorted({int(u) for u in uids})
        if not uids:
            return
        target = self.settings.processed_folder
        with self._command(f"chuyển thư sang {target!r} / moving to {target!r}") as c:
            if self._has("MOVE"):
                self._ensure_folder(c, target)
                c.move(uids, target)
            elif self._has("UIDPLUS"):
                self._ensure_folder(c, target)
                c.copy(uids, target)
                c.add_flags(uids, [DELETED], silent=True)
                c.uid_expunge(uids)
            else:
                self.log.warning(
                    "IMAP server %s has neither MOVE nor UIDPLUS: marking %d message(s) with %s instead of moving",
                    self.settings.where, len(uids), PROCESSED_KEYWORD,
                )
                c.add_flags(uids, [PROCESSED_KEYWORD], silent=True)

    def append_sent(self, raw: bytes) -> None:
        """Store a copy of a message we sent in ``sent_folder`` (flagged ``\\Seen``)."""
        with self._command("lưu thư đã gửi / saving sent mail") as c:
            folder = self.settings.sent_folder
            if folder not in self._known_folders and not c.folder_exists(folder):
                special = None
                try:
                    special = c.find_special_folder(SENT)
                except IMAPClientError:
                    pass
                if special:
                    self.log.info("Sent folder %r not found; using the server's Sent folder %r", folder, special)
                    folder = special
            self._ensure_folder(c, folder)
            c.append(folder, raw, flags=(SEEN,), msg_time=datetime.now(timezone.utc))
