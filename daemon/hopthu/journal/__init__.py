"""The journal: a SQLite file that is the single source of truth for "did this happen already?".

It owns: every intake (recorded before anything else happens), case codes and
the daemon's view of each case, the submitters' contacts (kept here, never in
the shared register), every outgoing email with its idempotency key and state,
the last value hopthu wrote into each shared register cell and memos about
cases, reminder stages, quarantine, and small cursors (IMAP UIDs, form rows seen).

Every multi-step change is one transaction, so a crash at any line leaves
either the old state or the new one, never half of each.

`Journal` is one connection serving the table groups, one module each: `intake`, `cases` (with
contacts, history and questions), `outbox`, `reminders` and `register` (cells and memos); `store`
opens the file and runs transactions. The file carries a schema version and upgrades itself on open
(`schema`: the migrations, and how to add one — one line in `schema.MIGRATIONS`); a journal written
by a newer hopthu is refused with `JournalVersionError`.
"""

from __future__ import annotations

from hopthu.journal.cases import CaseJournal
from hopthu.journal.intake import IntakeJournal, IntakeRecord
from hopthu.journal.outbox import OutboxJournal, OutgoingRecord
from hopthu.journal.register import RegisterJournal
from hopthu.journal.reminders import ReminderJournal
from hopthu.journal.retention import RetentionJournal
from hopthu.journal.schema import SCHEMA_VERSION, JournalVersionError

__all__ = ["Journal", "IntakeRecord", "OutgoingRecord", "JournalVersionError", "SCHEMA_VERSION"]


class Journal(IntakeJournal, CaseJournal, OutboxJournal, ReminderJournal, RegisterJournal, RetentionJournal):
    """The journal file at `path`, opened (and upgraded to `SCHEMA_VERSION`) on construction."""
