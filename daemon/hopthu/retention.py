"""Retention: a closed case's contact data is purged `privacy.retention_days` after it closed, everywhere
hopthu keeps it — the journal's contact row, the stored letter (reduced to its redacted text), the
file copies and attachments of its items, the emails to the citizen in the outbox folder and the bytes
of those emails in the journal. Items that never became a case (quarantine, held floods) lose their
bytes after the same time. The case stays (code, dates, category, agency, status, redacted text,
history) for the reviews and reports.

Runs from `hopthu purge` and once a day from the cycle (state-driven: a missed day heals the next).
Never touches an open case; never writes a name, an address or a number to the log: codes only.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hopthu import casework
from hopthu.app import App
from hopthu.core.intake import attachment_folder
from hopthu.core.model import FINISHED
from hopthu.errors import OperatorError
from hopthu.journal.register import IN_CONTACTS_SHEET
from hopthu.journal.retention import PURGED
from hopthu.outbox.queue import FolderTransport

log = logging.getLogger(__name__)

LAST_RUN = "retention:last-day"


@dataclass
class PurgeReport:
    cases: list[str] = field(default_factory=list)
    items: int = 0
    files: int = 0


def purge(app: App, *, dry_run: bool = False) -> PurgeReport:
    report = PurgeReport()
    days = app.settings.privacy.retention_days
    today = app.now().astimezone(app.config.tz).date()
    purged = app.journal.memos_with(PURGED)
    finished = {c.code: c for c in app.journal.cases() if c.status in FINISHED and c.code not in purged}
    for code, changed in sorted(app.journal.finished_since(set(finished)).items()):
        if (today - _local_day(app, changed)).days < days:
            continue
        report.cases.append(code)
        if dry_run:
            continue
        with app.work:  # case by case: the mail loop takes its turn between two cases
            _purge_case(app, code, days, today, report)
    contacts = getattr(app.register, "contacts", None)
    if report.cases and not dry_run and contacts is not None:
        # The contacts sheet on Google: emptied now if it can be; otherwise the next cycle's sync does it.
        try:
            contacts.clear_purged(app.journal, set(app.journal.memos_with(IN_CONTACTS_SHEET)))
        except OperatorError as exc:
            log.warning("retention: contacts sheet not reached (%s); retried next cycle", type(exc).__name__)
    cutoff = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    for source_id, raw_path in app.journal.unclaimed_items(cutoff):
        report.items += 1
        if dry_run:
            continue
        report.files += _remove(Path(raw_path) if raw_path else None)
        report.files += _remove(app.config.state_dir / "attachments" / attachment_folder(source_id))
        app.journal.drop_item_bytes(source_id)
    return report


def _purge_case(app: App, code: str, days: int, today: date, report: PurgeReport) -> None:
    """One finished case's contact data, original letters and citizens' emails gone, under `app.work`."""
    case = app.journal.case(code)
    if case is None or case.status not in FINISHED:  # reopened meanwhile: kept
        report.cases.remove(code)
        return
    contact = app.journal.contact(code)
    keys = app.journal.citizen_messages(code, contact.email)
    for source_id, raw_path in app.journal.intake_paths(code):
        report.files += _remove(Path(raw_path) if raw_path else None)
        report.files += _remove(app.config.state_dir / "attachments" / attachment_folder(source_id))
    if app.settings.outbox.backend == "folder":
        folder = FolderTransport(app.config.resolve(app.settings.outbox.path))
        for key in keys:
            report.files += _remove(folder.path_for(key))
    text = "\n\n".join(p for p in (case.subject, case.summary) if p)
    app.journal.purge_case(code, text, keys, today.isoformat())
    app.journal.save_case(case, [casework.stamp(app, f"Đã xóa thông tin liên hệ và thư gốc sau {days} ngày lưu trữ "
                                                     "kể từ khi đóng hồ sơ")])
    log.info("retention: contact data of %s purged", code)


def run_daily(app: App, summary) -> None:
    """From the cycle: once a ward-local day. A failure is reported and retried the next cycle."""
    today = app.now().astimezone(app.config.tz).date().isoformat()
    if app.journal.get_meta(LAST_RUN) == today:
        return
    report = purge(app)  # a failure is the step's (pipeline.steps): logged once, retried next cycle
    app.journal.set_meta(LAST_RUN, today)
    if report.cases or report.items:
        log.info("retention: %d case(s), %d unclaimed item(s) purged", len(report.cases), report.items)


def _local_day(app: App, iso: str) -> date:
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(app.config.tz).date()


def _remove(path: Path | None) -> int:
    if path is None or not path.exists():
        return 0
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink()
    return 1
