"""What an officer does with the outbox by hand (`hopthu outbox list|retry|cancel`): see what waits or
failed, send a failed email again (same bytes, same Message-ID), or cancel one that must not go.

Retrying resets the attempts and the retry window (counted from the email's Date, so the Date is not
changed: a recipient sees when it was written). A cancelled email stays in the journal (`cancelled`)."""

from __future__ import annotations

from hopthu.journal import Journal, OutgoingRecord

#: States an officer may list; `sent` is history.
OPEN_STATES = ("pending", "failed")


def waiting(journal: Journal, *, include_failed: bool = True) -> list[OutgoingRecord]:
    states = OPEN_STATES if include_failed else ("pending",)
    return [m for m in journal.messages() if m.state in states]


def retry(journal: Journal, key: str | None = None, *, all_failed: bool = False) -> list[str]:
    """Put a failed (or waiting) email back in the queue now. Returns the keys re-queued."""
    with journal.transaction() as db:
        if all_failed:
            keys = [r["key"] for r in db.execute("SELECT key FROM outbox WHERE state = 'failed' ORDER BY key")]
        else:
            keys = [r["key"] for r in db.execute("SELECT key FROM outbox WHERE key = ? AND state IN ('failed', 'pending')",
                                                 (key,))]
        for k in keys:
            db.execute("UPDATE outbox SET state = 'pending', attempts = 0, next_try = '', "
                       "last_error = 'gửi lại theo yêu cầu của cán bộ / re-queued by an officer' WHERE key = ?", (k,))
    return keys


def cancel(journal: Journal, key: str) -> bool:
    """An email that must not go (a wrong address, already handled by phone). False if none is waiting."""
    with journal.transaction() as db:
        cur = db.execute("UPDATE outbox SET state = 'cancelled', last_error = 'huỷ bởi cán bộ / cancelled by an officer' "
                         "WHERE key = ? AND state IN ('pending', 'failed')", (key,))
        return cur.rowcount == 1
