"""Rules replay: today's (or other) rules run over the journal's past cases, and what would change.

For each case the text is what the journal still holds: the item as it arrived (the email's bytes, the
Form row, the officer's paper note) while it is kept, else the redacted text retention leaves (and the
register's summary for a journal that holds nothing else). Nothing is written: the journal is only read,
the register is never touched, whichever backend (XLSX or Google Sheet) the ward uses.

The comparison is with what the case holds now: the rules' decision when it was opened, or the
officer's correction made in the register since.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from hopthu.core.flags import assess, combine
from hopthu.core.model import FLAGS, Case, Channel, Decision, RawItem, Submission

if TYPE_CHECKING:
    from hopthu.core.rules.engine import RuleSet
    from hopthu.journal import Journal

FIELDS = ("category", "agency", "co_agencies", "complex", "urgent")
FIELD_LABELS = {
    "category": "Lĩnh vực",
    "agency": "Cơ quan chủ trì",
    "co_agencies": "Cơ quan phối hợp",
    "complex": "Phức tạp",
    "urgent": "Khẩn",
}
ORIGINAL, REDACTED = "bản gốc", "bản đã ẩn thông tin cá nhân"


@dataclass
class Change:
    field: str
    before: Any
    after: Any


@dataclass
class CaseReplay:
    code: str
    received_at: datetime
    text_from: str  # ORIGINAL or REDACTED
    rule_before: str
    rule_after: str
    why: str
    changes: list[Change] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "received_at": self.received_at.isoformat(), "text_from": self.text_from,
                "rule_before": self.rule_before, "rule_after": self.rule_after, "why": self.why,
                "changes": [{"field": c.field, "before": c.before, "after": c.after} for c in self.changes]}


@dataclass
class ReplayReport:
    cases: list[CaseReplay]  # every case replayed, changed or not

    @property
    def changed(self) -> list[CaseReplay]:
        return [c for c in self.cases if c.changes]

    def totals(self) -> dict[str, int]:
        counts = {f: 0 for f in FIELDS}
        for c in self.cases:
            for ch in c.changes:
                counts[ch.field] += 1
        return counts

    def as_dict(self) -> dict[str, Any]:
        return {"replayed": len(self.cases), "changed": len(self.changed), "per_field": self.totals(),
                "from_redacted_text": sum(1 for c in self.cases if c.text_from == REDACTED),
                "cases": [c.as_dict() for c in self.changed]}


def replay(journal: Journal, rules: RuleSet, *, tz: ZoneInfo, since: date | None = None) -> ReplayReport:
    """Every case received on or after ``since`` (all when None), decided again by ``rules``."""
    out = []
    for case in journal.cases():
        if since is not None and case.received_at.astimezone(tz).date() < since:
            continue
        sub, text_from = submission_for(journal, case, tz)
        decision = decide(rules, sub)
        out.append(CaseReplay(case.code, case.received_at, text_from, case.rule, decision.rule, decision.why,
                              compare(case, decision)))
    return ReplayReport(out)


def decide(rules: RuleSet, sub: Submission) -> Decision:
    """The rules' decision with the spam and abuse cues added, as a new item gets it."""
    decision = rules.classify(sub)
    decision.flags = combine(decision.flags, assess(sub.subject, sub.text), FLAGS)
    return decision


def compare(case: Case, d: Decision) -> list[Change]:
    changes = []
    if case.category != d.category:
        changes.append(Change("category", case.category, d.category))
    if case.agency != d.agency:
        changes.append(Change("agency", case.agency, d.agency))
    if set(case.co_agencies) != set(d.co_agencies):
        changes.append(Change("co_agencies", sorted(case.co_agencies), sorted(d.co_agencies)))
    if case.complex != d.complex:
        changes.append(Change("complex", case.complex, d.complex))
    was, now = "urgent" in case.flags, "urgent" in d.flags
    if was != now:
        changes.append(Change("urgent", was, now))
    return changes


def submission_for(journal: Journal, case: Case, tz: ZoneInfo) -> tuple[Submission, str]:
    """The case's item as the rules saw it, from what the journal still holds, and which text that is."""
    from hopthu.core.intake import Unreadable, find_tdp, form_submission, manual_submission

    received = case.received_at
    intake = journal.intake(case.source_id)
    payload = intake.payload if intake is not None else {}
    if intake is not None and "purged" not in payload:
        item = RawItem(source_id=intake.source_id, channel=intake.channel, row=payload.get("row") or {},
                       fingerprint=intake.fingerprint, ack=False)
        try:
            if intake.channel == "email":
                raw = journal.raw(intake.source_id)
                if raw:
                    from hopthu.core.parsing import parse_email

                    parsed = parse_email(raw)
                    sub = Submission(source_id=intake.source_id, channel=Channel.EMAIL, received_at=received,
                                     subject=parsed.subject, text=parsed.text, sender=parsed.from_addr,
                                     tdp=find_tdp(f"{parsed.subject}\n{parsed.text}"), ack=False)
                    return sub, ORIGINAL
            elif item.row and intake.channel == "form":
                return form_submission(item, tz=tz, now=received), ORIGINAL
            elif item.row:
                return manual_submission(item, tz=tz, now=received), ORIGINAL
        except (Unreadable, ValueError):
            pass
    text = payload.get("text") or case.summary
    channel = case.channel
    return Submission(source_id=case.source_id, channel=channel, received_at=received, subject=case.subject,
                      text=text, tdp=case.tdp, ack=False), REDACTED
