"""Corrections of routing: an officer changed a case's category, lead or co-ordinating agencies or
complexity in the register, or the lead agency sent the case back as not theirs. Each is one row (case,
field, old, new, source, time), written in the same transaction as the case change; `hopthu rules suggest`
learns from them and the reports count send-backs per agency."""

from __future__ import annotations

from dataclasses import dataclass

from hopthu.journal.records import now_iso
from hopthu.journal.store import Store


@dataclass(frozen=True)
class Correction:
    case_code: str
    field: str      # category | agency | co_agencies | complexity
    old: str
    new: str
    source: str     # register | agency
    agency: str = ""  # source agency: who sent it back
    detail: str = ""  # the reason given
    at: str = ""


class CorrectionJournal(Store):
    def record_corrections(self, corrections: list[Correction]) -> None:
        """Inside the caller's transaction when there is one (the case change and its corrections: all or nothing)."""
        if not corrections:
            return
        now = now_iso()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO corrections(case_code, field, old, new, source, agency, detail, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(c.case_code, c.field, c.old, c.new, c.source, c.agency, c.detail, c.at or now) for c in corrections],
            )

    def corrections(self, since: str = "") -> list[Correction]:
        rows = self._query("SELECT case_code, field, old, new, source, agency, detail, at FROM corrections "
                           "WHERE at >= ? ORDER BY id", (since,))
        return [Correction(**dict(r)) for r in rows]

    def sendbacks_by_agency(self, since: str = "", until: str = "9999") -> dict[str, int]:
        """How many cases each agency sent back (in [since, until), UTC ISO times)."""
        rows = self._query("SELECT agency, COUNT(*) AS n FROM corrections WHERE source = 'agency' AND field = 'agency' "
                           "AND at >= ? AND at < ? GROUP BY agency", (since, until))
        return {r["agency"]: r["n"] for r in rows}
