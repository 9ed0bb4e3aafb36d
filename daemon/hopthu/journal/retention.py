"""What retention removes from the journal once a closed case's contact data has been kept long enough.

Only the personal parts go: the contact row (name, email, phone), the item's stored bytes and the
unredacted payload (the item keeps the redacted text), and the bytes of emails sent to the citizen.
The case itself — code, dates, category, agency, status, redacted text, history — stays for the reviews
and reports. A purged case carries the memo ``purged`` (`PURGED`, the day it was purged), so a purge
runs once per case and a re-run changes nothing. No new table: the memos table holds the mark.
"""

from __future__ import annotations

import json

from hopthu.journal.records import now_iso
from hopthu.journal.store import Store

PURGED = "purged"


class RetentionJournal(Store):
    def finished_since(self, codes: set[str]) -> dict[str, str]:
        """Case code → when the case row last changed (its closing, for a finished case), for `codes`."""
        return {r["code"]: r["updated_at"] for r in self._query("SELECT code, updated_at FROM cases") if r["code"] in codes}

    def citizen_messages(self, code: str, address: str) -> list[str]:
        """Outbox keys of the emails of case `code` sent to `address` (the citizen)."""
        if not address:
            return []
        return [r["key"] for r in self._query(
            "SELECT key FROM outbox WHERE case_code = ? AND lower(recipient) = lower(?) AND state != 'pending'",
            (code, address))]

    def intake_paths(self, code: str) -> list[tuple[str, str]]:
        """(source id, file copy path) of the items of case `code`."""
        return [(r["source_id"], r["raw_path"]) for r in self._query(
            "SELECT source_id, raw_path FROM intake WHERE case_code = ?", (code,))]

    def purge_case(self, code: str, redacted_text: str, message_keys: list[str], day: str) -> None:
        """In one transaction: the contact emptied, the items reduced to the redacted text, the
        citizen's emails' bytes dropped, the case marked purged."""
        self._db.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left readable in the file
        with self.transaction() as db:
            db.execute("UPDATE contacts SET name = '', email = '', phone = '' WHERE case_code = ?", (code,))
            db.execute("DELETE FROM senders WHERE source_id IN (SELECT source_id FROM intake WHERE case_code = ?)", (code,))
            db.execute("DELETE FROM intake_raw WHERE source_id IN (SELECT source_id FROM intake WHERE case_code = ?)", (code,))
            db.execute(
                "UPDATE intake SET raw = NULL, raw_path = '', payload = ?, updated_at = ? WHERE case_code = ?",
                (json.dumps({"purged": day, "text": redacted_text}, ensure_ascii=False), now_iso(), code),
            )
            db.executemany("UPDATE outbox SET raw = X'', recipient = '' WHERE key = ?", [(k,) for k in message_keys])
            db.execute("INSERT OR REPLACE INTO memos(case_code, key, value) VALUES (?, ?, ?)", (code, PURGED, day))
        self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # old page images leave the write-ahead log too

    def unclaimed_items(self, before: str) -> list[tuple[str, str]]:
        """(source id, file copy path) of items recorded before `before` that never became a case
        (quarantined, held, ignored) and still hold their bytes."""
        return [(r["source_id"], r["raw_path"]) for r in self._query(
            "SELECT source_id, raw_path FROM intake WHERE case_code IS NULL AND recorded_at < ? "
            "AND state IN ('quarantined', 'held', 'ignored') "
            "AND (source_id IN (SELECT source_id FROM intake_raw) OR raw_path != '')", (before,))]

    def drop_item_bytes(self, source_id: str) -> None:
        self._db.execute("PRAGMA secure_delete = ON")
        with self.transaction() as db:
            db.execute("DELETE FROM senders WHERE source_id = ?", (source_id,))
            db.execute("DELETE FROM intake_raw WHERE source_id = ?", (source_id,))
            db.execute("UPDATE intake SET raw = NULL, raw_path = '', payload = '{}', updated_at = ? WHERE source_id = ?",
                       (now_iso(), source_id))
