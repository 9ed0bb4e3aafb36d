"""The register step's writing half: the plan's parts sent as one batch (`columns.write_parts`), and what landed
remembered in the journal a part at a time (the baseline of the ownership rule, `journal.register`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Iterable, Iterator

from hopthu import crashpoints
from hopthu.errors import OperatorError
from hopthu.pipeline.summary import Summary
from hopthu.register.columns import BY_ID, RegisterBusy, WritePlan, WriteResult, canonical, write_parts

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.cycle")

#: a part of the plan, and the cells already as hopthu wants them (remembered as it is made)
Part = tuple[WritePlan, dict[tuple[str, str], str]]


def write_out(app: App, summary: Summary, parts: Iterable[Part]) -> bool:
    """Send the plan's parts (one batch of cell writes and appends: `columns.write_parts`) and remember what
    landed, a part at a time. False when the write failed or waits (the next step plans it again)."""
    planned = 0

    def plans() -> Iterator[WritePlan]:
        nonlocal planned
        for plan, remember in parts:
            app.journal.remember_cells(remember)  # cells already as hopthu wants them
            planned += len(plan.writes) + len(plan.appends)
            yield plan

    complete = True
    refused: set[tuple[str, str]] = set()
    try:
        for n, result in enumerate(write_parts(app.register, plans())):
            if n == 0:
                crashpoints.reach("after_register_write")
            complete = _landed(app, summary, result, refused) and complete
    except RegisterBusy as exc:
        # Excel holds the file: not an error, a wait. Nothing is remembered as written, so the next
        # cycle computes the same writes again from the journal (plus whatever changed meanwhile).
        summary.register_busy = exc.holder
        summary.register_waiting = planned
        log.info("register open in another program (%s): %d write(s) wait for the next cycle",
                 exc.holder or "?", summary.register_waiting)
        complete = False
    except OperatorError as exc:  # e.g. Google unreachable after its retries: the next cycle writes again
        summary.errors.append(str(exc))
        complete = False
    return complete


def _landed(app: App, summary: Summary, result: WriteResult, refused: set[tuple[str, str]]) -> bool:
    """Remember one part of what landed (`refused`: the cells left out so far, this part's added). False when
    a cell was refused."""
    remember: dict[tuple[str, str], str] = {}
    for code, cid, why in result.refused:  # left out alone; written again at the next cycle
        summary.errors.append(f"sổ theo dõi: hồ sơ {code}, cột {BY_ID[cid].header}: không ghi được ({why})")
        refused.add((code, cid))
    for w in result.written:
        remember[(w.code, w.column)] = canonical(w.value)
    for values in result.appended:
        for cid, value in values.items():
            if BY_ID[cid].owner != "officer" and (values["code"], cid) not in refused:
                remember[(values["code"], cid)] = canonical(value)
    summary.register_written += len(result.written) + len(result.appended)
    for c in result.conflicts:
        log.info("register cell %s/%s changed by an officer meanwhile: kept theirs", c.code, c.column)
    app.journal.remember_cells(remember)
    return not result.refused
