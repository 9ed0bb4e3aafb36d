"""The ward's IMAP inbox as a `sources.Source`, and the IDLE watcher that wakes the daemon.

`ImapSource` lists new mail by UID above a cursor kept in the journal (UIDVALIDITY and the last
UID taken, per host/user/folder), from `inbox.start_date` on (default: the day hopthu first ran,
stored in the journal) — older mail is left for `hopthu import`. It never decides what is new
(the journal does) and moves a message to the processed folder only after the journal recorded
it (`acknowledge`); mail journalled before a crash but not moved yet is moved at the next poll.
A changed UIDVALIDITY resets the cursor: the rescan is de-duplicated by Message-ID / content
fingerprint in the cycle and never makes a second case.

`IdleWatcher` runs `imap.ImapWatcher` on a second connection in a thread and calls the daemon's
`cycle_soon` whenever the server announces mail, after every (re)connect (catch-up) and at least
every `idle_renew_seconds`; it polls with NOOP every `inbox.poll_seconds` only where the server
has no IDLE. The source's own connection is used only from the daemon's main thread (cycles,
and copies of sent mail to the Sent folder).
"""

from __future__ import annotations

import logging
import threading
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Callable, Iterator
from zoneinfo import ZoneInfo

from hopthu.core.model import RawItem
from hopthu.mail.endpoint import connection_fields
from hopthu.mail.imap import ImapConnectionError, ImapInbox, ImapSettings, ImapWatcher
from hopthu.sources.maildir import message_fingerprint

log = logging.getLogger("hopthu.mail.imap")

GMAIL_HOSTS = ("gmail.com", "googlemail.com")


def is_gmail(host: str) -> bool:
    """Gmail / Google Workspace: SMTP already files sent mail in "Sent"; folders are labels."""
    host = (host or "").lower().rstrip(".")
    return any(host == h or host.endswith("." + h) for h in GMAIL_HOSTS)


def imap_settings(config) -> ImapSettings:
    """ImapSettings from the validated config (`inbox` section) and `.env` secrets."""
    inbox = config.settings.inbox
    return ImapSettings(
        **connection_fields(config, inbox, config.secrets.imap_password),
        folder=inbox.folder,
        processed_folder=inbox.processed_folder,
        sent_folder=inbox.sent_folder,
        idle_renew_seconds=inbox.idle_renew_seconds,
        poll_seconds=inbox.poll_seconds,
        max_part_bytes=config.settings.attachments.max_bytes,
        max_letter_bytes=config.settings.attachments.max_letter_bytes,
    )


def rescan_of(source_id: str, earlier: str) -> bool:
    """Whether `source_id` is the same folder's message under a new UIDVALIDITY as `earlier`
    (ids look like imap:<folder>:<uidvalidity>:<uid>)."""
    if not (source_id.startswith("imap:") and earlier.startswith("imap:")):
        return False
    a, b = source_id.rsplit(":", 2), earlier.rsplit(":", 2)
    return len(a) == len(b) == 3 and a[0] == b[0] and a[1] != b[1]


#: `hopthu check` warns about letters older than this that hopthu has not taken.
UNTAKEN_AFTER = timedelta(minutes=30)


class ImapSource:
    name = "imap"
    on_sheet_clock = False

    def __init__(
        self,
        settings: ImapSettings,
        *,
        journal=None,
        start_date: date | None = None,
        today: Callable[[], date] = date.today,
        tz: tzinfo | None = None,
    ):
        self.settings = settings
        self.journal = journal
        self.configured_start = start_date
        self.today = today
        self.tz = tz or ZoneInfo("Asia/Ho_Chi_Minh")  # the ward's zone: where "the start date" begins
        self.inbox = ImapInbox(settings, log=log)
        self._prefix = f"imap:{settings.folder}:"
        self._cursor = f"imap:{settings.host}/{settings.username}/{settings.folder}"

    # -- where intake starts ------------------------------------------------------

    def start_date(self) -> date:
        """`inbox.start_date`, else the day hopthu first polled this inbox (remembered in the journal)."""
        if self.configured_start is not None:
            return self.configured_start
        if self.journal is None:
            return self.today()
        stored = self.journal.get_meta("imap:start_date")
        if stored is None:
            stored = self.today().isoformat()
            self.journal.set_meta("imap:start_date", stored)
            log.info("IMAP: first start; mail from %s on is taken, older mail is left for `hopthu import`", stored)
        return date.fromisoformat(stored)

    def known_prefix(self) -> str:
        return self._prefix

    def relisted(self, source_id: str, earlier: str) -> bool:
        return rescan_of(source_id, earlier)

    def _sid(self, validity: int, uid: int) -> str:
        return f"{self._prefix}{validity}:{uid}"

    def _retry(self, fn):
        """Once more on a lost connection (the server may have logged out an idle session)."""
        try:
            return fn()
        except ImapConnectionError as exc:
            log.info("IMAP: %s; reconnecting once", exc)
            self.inbox.close()
            return fn()

    def _position(self) -> tuple[int, int]:
        """(UIDVALIDITY, last UID taken); a changed UIDVALIDITY restarts from UID 0."""
        validity = self._retry(self.inbox.current_uidvalidity)
        stored = self.journal.get_meta(self._cursor + ":uidvalidity") if self.journal else None
        last = int(self.journal.get_meta(self._cursor + ":last_uid", "0")) if self.journal else 0
        if stored != str(validity):
            if stored is not None:
                log.warning("IMAP: UIDVALIDITY of %s changed %s → %s: rescanning; the journal de-duplicates "
                            "by Message-ID", self.settings.folder, stored, validity)
            last = 0
            if self.journal is not None:
                self.journal.set_meta(self._cursor + ":uidvalidity", str(validity))
                self.journal.set_meta(self._cursor + ":last_uid", "0")
        return validity, last

    # -- the Source protocol ----------------------------------------------------------

    def poll(self, known: set[str]) -> Iterator[RawItem]:
        validity, last = self._position()
        start = self.start_date()
        # SEARCH SINCE compares the server's date (RFC 3501: "disregarding time and timezone"): a UTC server's
        # date is a day behind Vietnam's from 00:00 to 07:00. Search from the day before, then keep the
        # letters received at or after local midnight of the start date (INTERNALDATE is a real instant).
        uids = self._retry(lambda: self.inbox.search_uids(last, since_date=start - timedelta(days=1),
                                                          skip_processed=True))
        uids = self._from_local_midnight(uids, start)
        stale = [u for u in uids if self._sid(validity, u) in known]
        if stale:  # journalled before a crash, never moved: tidy up now (the cursor moves with new mail only)
            self._move(stale, cursor=False)
        fresh = [u for u in uids if self._sid(validity, u) not in known]
        yield from self._items(validity, fresh, ack=True)

    def _from_local_midnight(self, uids: list[int], start: date) -> list[int]:
        if not uids:
            return uids
        midnight = datetime.combine(start, time.min, tzinfo=self.tz)
        dates = self._retry(lambda: self.inbox.internal_dates(uids))
        # A date without a zone (a server that gives none) is taken as the ward's local time.
        return [u for u in uids if u not in dates
                or (dates[u] if dates[u].tzinfo else dates[u].replace(tzinfo=self.tz)) >= midnight]

    def _items(self, validity: int, uids: list[int], *, ack: bool) -> Iterator[RawItem]:
        for uid, raw, left_out in self.inbox.fetch_letters(uids):  # parts over attachments.max_bytes left out
            yield RawItem(source_id=self._sid(validity, uid), channel="email", raw=raw,
                          fingerprint=message_fingerprint(raw), ack=ack, handle=(uid, ack),
                          left_out=[item.to_dict() for item in left_out])

    def acknowledge(self, items: list[RawItem]) -> None:
        """The journal holds these: move them to the processed folder (or flag them), then advance the
        cursor. Imported old mail (ack=False) is moved too but never moves the cursor."""
        handles = [i.handle for i in items if isinstance(i.handle, tuple)]  # (uid, ack), set by _items
        polled = [uid for uid, ack in handles if ack]
        imported = [uid for uid, ack in handles if not ack]
        if polled:
            self._move(polled, cursor=True)
        if imported:
            self._move(imported, cursor=False)

    def _move(self, uids: list[int], *, cursor: bool) -> None:
        try:
            self._retry(lambda: self.inbox.mark_processed(uids))
        except Exception as exc:  # they stay in the inbox: known to the journal, moved at the next poll
            log.warning("IMAP: could not move %d handled message(s) to %r: %s",
                        len(uids), self.settings.processed_folder, exc)
            return
        if cursor and self.journal is not None:
            key = self._cursor + ":last_uid"
            last = int(self.journal.get_meta(key, "0"))
            if max(uids) > last:
                self.journal.set_meta(key, str(max(uids)))

    def check(self) -> str:
        """The connection, and (with the journal) how many letters wait in the folder, older than
        UNTAKEN_AFTER, that hopthu has not taken: before the start date, or skipped by a fault."""
        try:
            text = self.inbox.check()
            if self.journal is not None:
                count, oldest = self.untaken(datetime.now(self.tz))
                if count and oldest is not None:
                    text += (f"\nCẢNH BÁO: {count} thư trong {self.settings.folder} đã quá "
                             f"{int(UNTAKEN_AFTER.total_seconds() // 60)} phút mà chưa được nhận (thư cũ nhất nhận lúc "
                             f"{oldest.astimezone(self.tz):%H:%M %d/%m/%Y}). Thư trước ngày bắt đầu: "
                             f"`hopthu import --since {oldest.astimezone(self.tz):%d/%m/%Y}`. / {count} letter(s) older "
                             f"than {int(UNTAKEN_AFTER.total_seconds() // 60)} min not taken.")
            return text
        finally:
            self.inbox.close()

    def untaken(self, now: datetime) -> tuple[int, datetime | None]:
        """(how many, the oldest INTERNALDATE) of letters in the folder not handled, not journalled, older
        than UNTAKEN_AFTER."""
        validity = self.inbox.current_uidvalidity()
        known = self.journal.known_sources(self._prefix) if self.journal is not None else set()
        uids = [u for u in self.inbox.search_uids(0, skip_processed=True) if self._sid(validity, u) not in known]
        dates = [d if d.tzinfo else d.replace(tzinfo=self.tz) for d in self.inbox.internal_dates(uids).values()]
        old = [d for d in dates if d <= now - UNTAKEN_AFTER]
        return len(old), min(old) if old else None

    # -- `hopthu import` ---------------------------------------------------------------

    def backlog(self, since: date, until: date, known: set[str]) -> tuple[int, list[int]]:
        """(UIDVALIDITY, UIDs of mail with internal date in [since, until) not journalled yet)."""
        validity = self._retry(self.inbox.current_uidvalidity)
        uids = self._retry(lambda: self.inbox.search_uids(0, since_date=since, before_date=until,
                                                          skip_processed=True))
        return validity, [u for u in uids if self._sid(validity, u) not in known]

    def fetch_backlog(self, validity: int, uids: list[int]) -> Iterator[RawItem]:
        """Old mail as items without acknowledgement (RawItem.ack=False)."""
        return self._items(validity, uids, ack=False)

    # -- the Sent folder -------------------------------------------------------------------

    def append_sent(self, raw: bytes) -> None:
        self._retry(lambda: self.inbox.append_sent(raw))

    def close(self) -> None:
        self.inbox.close()


class IdleWatcher:
    """The daemon's interface to `ImapWatcher`: `start(stop_event, callback)` and `join()`."""

    def __init__(self, settings: ImapSettings, **watcher_options):
        self.watcher = ImapWatcher(lambda: ImapInbox(settings, log=log), log=log, **watcher_options)
        self._thread: threading.Thread | None = None

    def start(self, stop: threading.Event, callback: Callable[[], None]) -> None:
        def on_mail(_inbox: ImapInbox) -> None:
            callback()  # the cycle fetches by UID on its own connection, in the main thread

        self._thread = threading.Thread(target=self.watcher.run, args=(on_mail, stop),
                                        name="hopthu-imap-idle", daemon=True)
        self._thread.start()

    def join(self, timeout: float = 15) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
