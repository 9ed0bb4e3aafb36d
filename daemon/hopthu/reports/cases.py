"""The journal's cases as report rows: display names, where each item came from, redacted text.

The only place in `reports/` that reads the journal (through its public methods). The submitter's
contact is read for two things and never handed on: whether the item was sent anonymously (its
answer is then published, redacted, in the monthly result: the only place that citizen can read it)
and the name, to remove it once more from the summary and the answer (answers are typed by
agencies, who may greet the citizen by name).

The officers' edits count: the journal's view of each case is refreshed from the register every
cycle (`pipeline.register_sync`), so statuses, answers and answer dates typed there are what
reports count.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from hopthu.config import Config
from hopthu.core.model import Case, Channel
from hopthu.core.redact import redact
from hopthu.core.textnorm import fold
from hopthu.reports.figures import EMAIL, FORM_UNKNOWN, IN_PERSON, LINK, PAPER, QR, ReportCase

SUMMARY_CHARS = 220


def one_line(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def source_answer(row: dict[str, Any], question: str) -> str:
    """The Form's "Nguồn" answer in a journalled response row ("extra:<header>" keys), or ""."""
    want = fold(question)
    for key, value in row.items():
        if key.startswith("extra:"):
            header = fold(key[len("extra:"):])
            if header == want or header.startswith(want + " ") or header.startswith(want + "("):
                return str(value or "").strip()
    return ""


def channel_of(channel: Channel, source: str, links: list[str]) -> tuple[str, str]:
    """(channel group, QR place) for a case: a Form answer is a QR scan only when its "Nguồn" says so."""
    if channel == Channel.EMAIL:
        return EMAIL, ""
    if channel == Channel.PAPER:
        return PAPER, ""
    if channel == Channel.OTHER:
        return IN_PERSON, ""
    folded = fold(source)
    if folded.startswith("qr"):
        place = re.sub(r"^(?i:qr)\s*[-–—:]?\s*", "", source).strip()
        return QR, place
    if folded and any(fold(link) == folded for link in links):
        return LINK, ""
    return FORM_UNKNOWN, ""


def qr_source(place: str) -> str:
    """The "Nguồn" answer a poster's QR code pre-fills for its place (read back by `channel_of`)."""
    return f"QR – {place}"


def report_case(config: Config, case: Case, *, name: str, anonymous: bool, row: dict[str, Any]) -> ReportCase:
    s = config.settings
    names = [name] if name else []
    source = source_answer(row, s.reports.form.source_question) if case.channel == Channel.FORM else ""
    group, place = channel_of(case.channel, source, s.reports.places.links)
    summary = " – ".join(p for p in (case.subject.strip(), case.summary.strip()) if p)
    return ReportCase(
        code=case.code,
        received=case.received_at.astimezone(config.tz).date(),
        channel_group=group,
        place=place,
        tdp=s.ward.tdp_list().normalise(case.tdp)[0],  # cases opened before the list: one name per group
        category=config.category_name(case.category),
        agency=config.agency_name(case.agency) if case.agency else "",
        status=case.status.value,
        complex=case.complex,
        flags=tuple(case.flags),
        deadline=case.deadline,
        answered_on=case.answered_on,
        on_time=case.on_time,
        summary=one_line(redact(summary, names=names)),
        answer=one_line(redact(case.answer, names=names), 600) if anonymous and case.answer.strip() else "",
    )


def report_cases(config: Config, journal) -> list[ReportCase]:
    """Every case in the journal as a report row (with the agencies that sent it back, from the corrections)."""
    sent_back: dict[str, list[str]] = {}
    for c in journal.corrections():
        if c.source == "agency":
            sent_back.setdefault(c.case_code, []).append(config.agency_name(c.agency))
    out = []
    for case in journal.cases():
        contact = journal.contact(case.code)
        intake = journal.intake(case.source_id) if case.channel == Channel.FORM else None
        row = (intake.payload.get("row") or {}) if intake is not None else {}
        rc = report_case(config, case, name=contact.name, anonymous=contact.anonymous, row=row)
        out.append(replace(rc, sent_back_by=tuple(sent_back.get(case.code, ()))) if case.code in sent_back else rc)
    return out
