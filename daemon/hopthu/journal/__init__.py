"""The journal: a SQLite file that is the single source of truth for "did this happen already?".

It owns: every intake (recorded before anything else happens), case codes and
the daemon's view of each case, the submitters' contacts (kept here, never in
the shared register), every outgoing email with its idempotency key and state,
the last value hopthu wrote into each shared register cell and memos about
cases, reminder stages, quarantine, and small cursors (IMAP UIDs, form rows seen).

Every multi-step change is one transaction, so a crash at any line leaves
either the old state or the new one, never half of each.

`Journal` opens the file and serves the table groups on one connection, one module each: `intake`,
`cases` (with contacts, history and questions), `outbox`, `reminders`, `register` (cells and
memos), `decisions` (who decided what outside the register) and `corrections` (routing corrected by
officers or sent back by agencies); `store` runs transactions,
`records` holds what they share. The file carries a schema version and upgrades itself on open
(`schema`: the migrations, and how to add one — one line in `schema.MIGRATIONS`); a journal written
by a newer hopthu is refused with `JournalVersionError`.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from hopthu.journal import schema
from hopthu.journal.cases import CaseJournal
from hopthu.journal.corrections import Correction, CorrectionJournal
from hopthu.journal.decisions import DecisionJournal
from hopthu.journal.intake import IntakeJournal, IntakeRecord
from hopthu.journal.outbox import OutboxJournal
from hopthu.journal.records import OutgoingRecord
from hopthu.journal.register import RegisterJournal
from hopthu.journal.reminders import ReminderJournal
from hopthu.journal.retention import RetentionJournal
from hopthu.journal.schema import SCHEMA_VERSION, JournalVersionError
from hopthu.layout import private_dir, touch_private

__all__ = ["Journal", "Correction", "IntakeRecord", "OutgoingRecord", "JournalVersionError", "SCHEMA_VERSION"]


class Journal(
    IntakeJournal, CaseJournal, OutboxJournal, ReminderJournal, RegisterJournal, RetentionJournal, DecisionJournal,
    CorrectionJournal,
):
    """The journal file at `path`, opened (and upgraded to `SCHEMA_VERSION`) on construction."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        # The journal holds contacts: its folder 0700, the file 0600 before SQLite opens it (the -wal and
        # -shm files take the database file's mode).
        private_dir(self.path.parent)
        touch_private(self.path)
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0
        try:
            schema.check_version(schema.version(self._db), self.path)  # before anything writes to the file
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL, not NORMAL. In WAL mode NORMAL survives a crash of the process (the commit is in the
            # operating system's hands) but not a power cut or a kernel crash: the last commits can be lost. Right
            # after an intake batch commits, the IMAP source MOVEs its letters out of the inbox, so a commit lost
            # to a power cut would be letters gone from both places, on a ward PC that often has no UPS. The fsync
            # is paid once per batch (100 intakes, 50 cases: pipeline.collect/incoming), a fraction of a
            # millisecond per letter (bench/throughput.py --sync NORMAL shows the difference).
            self._db.execute("PRAGMA synchronous=FULL")  # an intake must survive a power cut
            # The page cache: 1 MiB, not SQLite's 2 MB, however large the history grows (the file is local; the
            # idle daemon's memory stays the same after a 10,000-letter backlog, bench/idle_rss.py)
            self._db.execute("PRAGMA cache_size=-1024")
            schema.upgrade(self._db, self.path)
        except BaseException:
            self._db.close()
            raise
