"""Sources → journal: every new raw item is recorded before anything else happens.

Only after its batch is committed may a source tidy up (IMAP moves the message to the processed
folder). A source that fails midway keeps what it already handed over; the other sources go on."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from hopthu import crashpoints
from hopthu.core.model import RawItem
from hopthu.pipeline import budget
from hopthu.pipeline.steps import run_step
from hopthu.pipeline.summary import Summary

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.cycle")


#: Items journalled per transaction (one fsync) before their source may tidy them up, and the bytes a
#: batch may hold in memory (letters with photos: a batch closes early).
RECORD_BATCH = 100
RECORD_BYTES = 32 * 1024 * 1024


def collect(app: App, summary: Summary, *, sheets: bool = True, mail: bool = True) -> int:
    """Journal every new raw item first; only then may a source tidy up (e.g. move the IMAP message).
    Each source is a step of its own ("nguồn <name>", pipeline.steps): one that fails leaves the others.
    `sheets=False`: leave out the sources on the sheets' clock (a cycle woken by pushed mail); `mail=False`:
    those alone (the daemon's sheet thread)."""
    count = 0
    for source in app.sources:
        if (not sheets if source.on_sheet_clock else not mail):
            continue
        count += run_step(app, summary, f"nguồn {source.name}", _collect_one, app, source) or 0
    return count


def _collect_one(app: App, source) -> int:
    # Asked id by id (IMAP) or timestamp by timestamp (the Form), never the whole history loaded each poll.
    known = cast("set[str]", app.journal.known_ids(source.known_prefix()))
    return journal_items(app, source, source.poll(known))


def journal_items(app: App, source, items, *, progress=None) -> int:
    """Record items in batches of RECORD_BATCH, one transaction each; after each batch is committed,
    `source.acknowledge` it. Items read before a source fails midway are still journalled and
    acknowledged. `progress(n)` is told how many items each batch held. Returns how many were new."""
    count = 0
    batch: list[RawItem] = []

    def flush() -> None:
        nonlocal count
        if not batch:
            return
        rows = [(item.source_id, item.channel, item.fingerprint, item.raw, _payload(item)) for item in batch]
        new = app.journal.record_intakes(rows)
        count += new
        crashpoints.reach("after_intake_journalled")
        if new and app.settings.inbox.parse_seconds > 0 and any(item.channel == "email" for item in batch):
            # New letters to read: the letters' worker starts importing the parser now, not at the first letter.
            budget.worker(app.settings.ward.code_prefix).prestart()
        source.acknowledge(list(batch))
        app.pulse()
        if progress is not None:
            progress(len(batch))
        batch.clear()

    held = 0
    try:
        for item in items:
            batch.append(item)
            held += len(item.raw or b"")
            if len(batch) >= RECORD_BATCH or held >= RECORD_BYTES:
                flush()
                held = 0
    finally:
        flush()
    return count


def _payload(item: RawItem) -> dict:
    """What the journal keeps beside an item's bytes: a Form row, no acknowledgement (imports), and the
    parts of a letter left out as over attachments.max_bytes (`mail.trim`)."""
    payload: dict = {"row": item.row, "ack": item.ack} if item.row or not item.ack else {}
    if item.left_out:
        payload["left_out"] = item.left_out
    return payload
