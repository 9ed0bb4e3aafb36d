"""The register step: officers' new rows and edits in, hopthu's values out.

Rows are found by case code, never by row number. hopthu writes a cell only while it still holds
the value hopthu last wrote there (the journal remembers it): an officer's value wins and is acted on
through `casework`. One batch of cell writes and appends per cycle."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Iterator

from hopthu import casework
from hopthu.core.model import CHANNEL_LABELS, FLAG_LABELS, FLAGS, Case, Complexity, Status
from hopthu.core.safetext import cell_value
from hopthu.core.textnorm import fold
from hopthu.errors import OperatorError
from hopthu.journal.corrections import Correction
from hopthu.journal.records import now_iso
from hopthu.journal.register import NOT_UNDERSTOOD, cell_digest
from hopthu.pipeline.officer_rows import mark_followup_rows
from hopthu.pipeline.register_write import Part, write_out
from hopthu.pipeline.summary import Summary
from hopthu.register.columns import (
    BY_ID,
    COLUMNS,
    CellWrite,
    RegisterBusy,
    Row,
    Snapshot,
    WritePlan,
    canonical,
)

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.cycle")


def row_values(app: App, case: Case) -> dict:
    """The register row of a case, every text as a cell can hold it (`safetext`: the journal keeps the
    original), so what hopthu compares with the sheet is what it wrote there."""
    cfg = app.config
    return {cid: cell_value(value) for cid, value in {
        "code": case.code,
        "received": case.received_at.replace(tzinfo=None, second=0, microsecond=0),
        "channel": CHANNEL_LABELS[case.channel],
        "tdp": case.tdp,
        "category": cfg.category_name(case.category),
        "agency": cfg.agency_name(case.agency) if case.agency else "",
        "co_agencies": "; ".join(cfg.agency_name(a) for a in case.co_agencies),
        "complexity": (Complexity.COMPLEX if case.complex else Complexity.NORMAL).value,
        "deadline": case.deadline if case.has_deadline else None,  # spam, abuse, duplicates: no deadline
        "status": case.status.value,
        "flags": ", ".join(FLAG_LABELS.get(f, f) for f in case.flags),
        "summary": "\n".join(p for p in (case.subject, case.summary) if p)[:5000],
        "officer": case.officer,
        "answer": case.answer,
        "answered_on": case.answered_on,
        "notes": case.notes,
        "history": "\n".join(case.history[-12:]),
    }.items()}


def _lookup(options: dict[str, str], value: str) -> str | None:
    """An id from a name or id typed by an officer, diacritics-insensitive."""
    key = fold(value)
    for oid, name in options.items():
        if key in (fold(oid), fold(name)):
            return oid
    return None


def _parse_flags(value: str) -> list[str] | None:
    """Flag ids from the labels in a "Lưu ý" cell ("Khẩn, Thư rác"); None if one is unknown.

    Labels are matched whole, diacritics-insensitive; "Lợi dụng, xúc phạm" holds a comma itself."""
    text = fold(value)
    found: list[str] = []
    for flag, label in sorted(FLAG_LABELS.items(), key=lambda kv: -len(kv[1])):
        key = fold(label)
        if key in text:
            found.append(flag)
            text = text.replace(key, " ")
    if text.replace(",", " ").replace(";", " ").strip():
        return None
    return [f for f in FLAGS if f in found]


class NotUnderstood(ValueError):
    """An officer's value hopthu cannot act on (an unknown agency, say): it stays, untouched."""


def _adopt(app: App, case: Case, column: str, value: str) -> tuple[list[str], list]:
    """Act on an officer's value in a shared or officer column. Returns (events, emails)."""
    cfg = app.config
    s = app.settings
    events: list[str] = []
    messages: list = []
    if column == "category":
        cid = _lookup({k: v.name for k, v in s.categories.items()}, value)
        if cid is None:
            raise NotUnderstood("không có lĩnh vực này trong cấu hình")
        if cid != case.category:
            case.category = cid
            events.append(f"Cán bộ đổi lĩnh vực: {cfg.category_name(cid)}")
    elif column == "agency":
        aid = _lookup({k: v.name for k, v in s.agencies.items()}, value) if value else None
        if value and aid is None:
            raise NotUnderstood("không có cơ quan này trong cấu hình")
        if aid != case.agency:
            e, m = casework.reroute(app, case, aid)
            events += e
            messages += m
    elif column == "co_agencies":
        names = [v.strip() for v in value.replace(",", ";").split(";") if v.strip()]
        ids = [a for a in (_lookup({k: v.name for k, v in s.agencies.items()}, n) for n in names) if a]
        if ids != case.co_agencies:
            case.co_agencies = ids
            events.append("Cán bộ đổi cơ quan phối hợp: " + (", ".join(cfg.agency_name(a) for a in ids) or "không"))
    elif column == "complexity":
        level = Complexity.parse(value)
        if level is None:
            raise NotUnderstood("dùng Thông thường hoặc Phức tạp")
        if (level == Complexity.COMPLEX) != case.complex:
            case.complex = level == Complexity.COMPLEX
            case.deadline = casework.recompute_deadline(app, case)  # keeps the time of earlier pauses
            events.append(f"Cán bộ đổi mức độ: {level.value}; hạn mới {case.deadline:%d/%m/%Y}")
    elif column == "status":
        status = Status.parse(value)
        if status is None:
            raise NotUnderstood("chọn trạng thái trong danh sách thả xuống")
        if status != case.status:
            e, m = casework.officer_status(app, case, status, app.now().date())
            events += e
            messages += m
    elif column == "flags":
        flags = _parse_flags(value)
        if flags is None:
            raise NotUnderstood("dùng các nhãn: " + ", ".join(FLAG_LABELS.values()))
        if flags != case.flags:
            e, m = casework.flags_edited(app, case, flags)
            events += e
            messages += m
    elif column == "answer":
        case.answer = value
    elif column == "officer":
        if value != case.officer:
            case.officer = value
            events.append(f"Cán bộ phụ trách: {value or '(trống)'}")
    elif column == "notes":
        case.notes = value
    return events, messages


OFFICER_TEXT_REDACTED = ("Đã ẩn thông tin cá nhân trong nội dung cán bộ nhập (họ tên, địa chỉ nhà, số điện thoại...); "
                         "bản gốc lưu trong nhật ký của hệ thống")


def _claim_row(app: App, case: Case, row, desired: dict, plan: WritePlan, remember: dict) -> None:
    """An officer's own new row: give it its code and fill only the cells the officer left empty.

    What the officer typed there (category, agency, status...) wins over the rules and is acted on.
    The one exception is the content column, whose header promises "đã ẩn thông tin cá nhân": the
    redacted text replaces what was typed (the original stays in the journal's intake record), in the
    same batch as the code, so the row is found by the text it holds now and by its code from then on.
    """
    events, messages = [], []
    typed_text = row.text("summary")
    redacted = desired.get("summary", "")
    if typed_text and redacted and canonical(redacted) != typed_text:
        plan.writes.append(CellWrite(case.code, "summary", redacted, expect=typed_text, claim=typed_text))
        events.append(OFFICER_TEXT_REDACTED)
    for cid, value in desired.items():
        col = BY_ID[cid]
        if col.owner == "officer" or cid == "summary":
            continue
        typed = row.text(cid)
        if typed:
            if col.owner == "shared" and typed != canonical(value):
                try:
                    e, m = _adopt(app, case, cid, typed)
                except NotUnderstood:
                    continue  # kept as typed; the next cycle reports it once
                events += e
                messages += m
            remember[(case.code, cid)] = typed
            continue
        plan.writes.append(CellWrite(case.code, cid, value, expect="", claim=row.text("summary")))
    if events or messages:
        app.journal.save_case(case, [casework.stamp(app, e) for e in events], messages)


#: journal meta: when the last register step that wrote everything it planned began (an ISO time)
SYNCED_AT = "register-synced-at"


@dataclass
class RegisterPass:
    """One cycle's view of the register: a fresh whole read (None when the register has not changed since
    the last one: nothing typed, so only hopthu's own changes go out), and what hopthu last wrote there."""

    snapshot: Snapshot | None
    written: dict[tuple[str, str], str]
    started: str  # when this step began: the journal's SYNCED_AT once everything planned has landed
    #: digests of the values hopthu wrote into each cell before the last one (stale copies' saves)
    earlier: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    @property
    def rows(self) -> dict[str, Row]:
        return self.snapshot.by_code() if self.snapshot is not None else {}

    def reverted(self, code: str, cid: str, current: str) -> bool:
        """The cell holds a value hopthu wrote there before its last one: saved from an older copy."""
        last = self.written.get((code, cid))
        return last is not None and current != last and cell_digest(current) in self.earlier.get((code, cid), ())

    @cached_property
    def stale_rows(self) -> frozenset[str]:
        """Codes of rows saved from a copy of the register older than hopthu's last write: one of hopthu's
        own columns (which officers do not type in) holds a value hopthu wrote before. In such a row, a
        shared cell back at an earlier value is the old copy's, not an officer's decision."""
        return frozenset(code for code, row in self.rows.items()
                         if any(col.owner == "hopthu" and col.id in row.values
                                and self.reverted(code, col.id, row.text(col.id)) for col in COLUMNS))


def read_register(app: App, summary: Summary) -> RegisterPass | None:
    """The register in one read, or the knowledge that it did not change (`register.read_if_changed`);
    None (reported) when it cannot be read, so the cycle goes on without it."""
    started = now_iso()
    try:
        snapshot = app.register.read_if_changed()
    except RegisterBusy as exc:  # held open so that it cannot even be read: a wait, like a refused write
        summary.register_busy = exc.holder
        log.info("register open in another program (%s): not read this cycle", exc.holder or "?")
        return None
    except OperatorError as exc:  # logged once by the step (pipeline.steps)
        summary.errors.append(str(exc))
        return None
    if snapshot is None:
        return RegisterPass(None, {}, started)
    written, earlier = app.journal.cells_with_earlier()  # one read of the table for both
    return RegisterPass(snapshot, written, started, earlier)


def plan_from_journal(app: App, cases: list[Case], written: dict[tuple[str, str], str]) -> WritePlan:
    """hopthu's values out when the register did not change since it was last read whole: every cell of
    `cases` is compared with what hopthu last wrote there (the journal), so no row needs downloading. A case
    whose code hopthu never wrote is appended; an officer's new row is claimed only on a whole read."""
    plan = WritePlan()
    for case in cases:
        if (case.code, "code") not in written:
            if not case.source_id.startswith("register:"):
                plan.appends.append(row_values(app, case))
            continue
        for cid, value in row_values(app, case).items():
            if BY_ID[cid].owner == "officer":
                continue
            last = written.get((case.code, cid))
            if last is not None and canonical(value) != last:  # a cell never written waits for a whole read
                plan.writes.append(CellWrite(case.code, cid, value, expect=last))
    return plan


def adopt_officer_edits(app: App, view: RegisterPass, summary: Summary) -> None:
    """Where a cell no longer holds what hopthu wrote, the officer's value wins and is acted on. Called without
    `app.work`: the rows are compared without it, and it is taken for each edited row, around a fresh read."""
    remember: dict[tuple[str, str], str] = {}
    reported: dict[tuple[str, str], str] = {}  # memos: officers' values not understood, reported once
    for code, row in view.rows.items():
        # Only a row whose officer or shared cells differ from what hopthu wrote or took there last (a cell it
        # never wrote: one that is not empty) can hold an edit; the others need no case loaded (a register of
        # 10,000 rows, a few edited).
        if not any(_maybe_edited(row, col.id, view.written.get((code, col.id)))
                   for col in COLUMNS if col.owner != "hopthu" and col.id in row.values):
            continue
        with app.work:  # row by row: the mail loop takes its turn between two rows, never during one
            case = app.journal.case(code)
            if case is None:
                continue
            try:  # a bulkhead: one row that cannot be acted on never keeps the other rows out
                _adopt_row(app, view, case, row, summary, remember, reported)
            except Exception as exc:  # logged once by the step (pipeline.steps), with this line
                log.debug("register row %s: officer's edit not taken", code, exc_info=True)
                summary.errors.append(f"sổ theo dõi: hồ sơ {code}: không xử lý được thay đổi của cán bộ "
                                      f"({type(exc).__name__}: {exc}); các dòng khác vẫn được xử lý")
    if remember:
        app.journal.remember_cells(remember)
        view.written.update(remember)
    if reported:
        app.journal.remember_memos(reported)


def _maybe_edited(row: Row, column: str, last: str | None) -> bool:
    current = row.text(column)
    return current != last if last is not None else current != ""


def _adopt_row(app: App, view: RegisterPass, case: Case, row: Row, summary: Summary,
               remember: dict[tuple[str, str], str], reported: dict[tuple[str, str], str]) -> None:
    code = case.code
    events: list[str] = []
    messages: list = []
    adopted = False
    stale = code in view.stale_rows
    kept: list[str] = []
    flags_before = list(case.flags)
    before = _routing(case)
    # Status last: "Đã trả lời" acts on the answer text typed in the same edit.
    for col in sorted(COLUMNS, key=lambda c: c.id == "status"):
        if col.owner == "hopthu" or col.id not in row.values:
            continue
        current = row.text(col.id)
        last = view.written.get((code, col.id))
        baseline = last if last is not None else canonical(row_values(app, case)[col.id])
        if stale and view.reverted(code, col.id, current):
            continue  # the old copy's value, not a decision: written back by write_values
        if current != baseline:
            if stale:
                kept.append(col.header)
            try:
                e, m = _adopt(app, case, col.id, current)
            except NotUnderstood as exc:
                # Keep the officer's text, act on nothing, say so once in the history.
                if app.journal.memo(code, NOT_UNDERSTOOD + col.id) != current:
                    events.append(f'Không hiểu giá trị "{current}" ở cột {col.header} ({exc}); giữ nguyên')
                    reported[(code, NOT_UNDERSTOOD + col.id)] = current
                continue
            events += e
            messages += m
            remember[(code, col.id)] = current  # acted on: the officer's value is the new baseline
            summary.officer_edits += 1
            adopted = True
    if stale:
        events.append(_stale_note(kept))
        log.warning("register row %s looks saved from an older copy of the register: hopthu's values written "
                    "back%s", code, f"; officers' values kept in {len(kept)} column(s)" if kept else "")
    # Saved even without an event (an answer or note typed alone), or the journal would keep the old
    # value and hopthu would write it back over the officer's.
    cleared = casework.cleared_flags(flags_before, case.flags)
    fixes = corrections(case, before)  # the officer's corrections of the routing, with the case change
    if cleared:  # the chair's decision, recorded like `hopthu clear-flag`: name, OS user, time
        by, user = casework.chair_names(app), casework.os_user()
        event, detail = casework.clear_decision(app, cleared, by, user, where="register")
        with app.journal.transaction():
            app.journal.record_corrections(fixes)
            app.journal.record_decision(case, "clear-flag", by, user, detail=detail,
                                        events=[casework.stamp(app, e) for e in [*events, event]], messages=messages)
        summary.emails_queued += len(messages)
    elif events or messages or adopted:
        with app.journal.transaction():
            app.journal.record_corrections(fixes)
            app.journal.save_case(case, [casework.stamp(app, e) for e in events], messages)
        summary.emails_queued += len(messages)


def _stale_note(kept: list[str]) -> str:
    note = ("Sổ theo dõi: dòng này có vẻ được lưu từ một bản cũ của sổ (mở trước lần hopthu ghi sau cùng); "
            "hopthu đã ghi lại các giá trị mới nhất")
    if kept:
        note += (f". Giữ nguyên giá trị cán bộ nhập ở cột {', '.join(kept)}: khác cả bản cũ lẫn bản mới, "
                 f"xin kiểm tra lại")
    return note


def _routing(case: Case) -> dict[str, str]:
    """What the rules decide and officers correct: category, lead and co-ordinating agencies, complexity."""
    return {"category": case.category, "agency": case.agency or "", "co_agencies": ";".join(case.co_agencies),
            "complexity": (Complexity.COMPLEX if case.complex else Complexity.NORMAL).name.lower()}


def corrections(case: Case, before: dict[str, str]) -> list[Correction]:
    """An officer's changes to the routing of `case`, for the journal (`hopthu rules suggest` learns from them)."""
    after = _routing(case)
    return [Correction(case.code, f, before[f], after[f], "register") for f in after if after[f] != before[f]]


#: cases planned (loaded, compared, sent) at a time: a backlog of 10,000 is never held whole (issue 10)
PART_CASES = 500


def write_values(app: App, view: RegisterPass, summary: Summary) -> bool:
    """hopthu's values out: one batch of cell writes and appends, each cell only where hopthu's last value
    stands. True when everything planned landed (the journal's SYNCED_AT may then move on)."""
    return write_out(app, summary, plan_parts(app, view))


def plan_values(app: App, view: RegisterPass) -> Part:
    """`plan_parts` as one plan (and the cells to remember)."""
    whole = WritePlan()
    remember: dict[tuple[str, str], str] = {}
    for plan, cells in plan_parts(app, view):
        whole.writes += plan.writes
        whole.appends += plan.appends
        remember.update(cells)
    return whole, remember


def plan_parts(app: App, view: RegisterPass) -> Iterator[Part]:
    """The batch `write_values` sends, `PART_CASES` cases at a time, each part with the cells already as hopthu
    wants them (to remember): no I/O but the journal's."""
    if view.snapshot is None:
        # Nothing typed since the last whole read: only cases changed since the last complete step can
        # have values to write (cost by what changed, not by the register's history).
        codes = app.journal.case_codes(app.journal.get_meta(SYNCED_AT))
        for i in range(0, len(codes), PART_CASES):
            changed = app.journal.cases_of(codes[i:i + PART_CASES])
            yield plan_from_journal(app, changed, app.journal.written_cells([c.code for c in changed])), {}
        return
    written, rows = view.written, view.rows
    uncoded = {row.text("summary"): row for row in view.snapshot.uncoded()}  # a whole read here
    codes = app.journal.case_codes()
    for i in range(0, len(codes), PART_CASES):
        plan, remember = WritePlan(), dict[tuple[str, str], str]()
        for case in app.journal.cases_of(codes[i:i + PART_CASES]):
            _plan_case(app, view, case, rows.get(case.code), uncoded, written, plan, remember)
        yield plan, remember
    plan = WritePlan()
    mark_followup_rows(app, list(uncoded.values()), plan)
    yield plan, {}


def _plan_case(app: App, view: RegisterPass, case: Case, row: Row | None, uncoded: dict[str, Row],
               written: dict[tuple[str, str], str], plan: WritePlan, remember: dict[tuple[str, str], str]) -> None:
    desired = row_values(app, case)
    if row is None and case.source_id.startswith("register:"):
        intake = app.journal.intake(case.source_id)
        claim = ((intake.payload.get("row") if intake else None) or {}).get("claim_row", "")
        row = uncoded.pop(claim, None)
        if row is not None:
            _claim_row(app, case, row, desired, plan, remember)
            return
    if row is None:
        plan.appends.append(desired)
        return
    for cid, value in desired.items():
        if BY_ID[cid].owner == "officer":
            continue
        want = canonical(value)
        current = row.text(cid)
        last = written.get((case.code, cid))
        if current == want:
            if last != want:
                remember[(case.code, cid)] = want
            continue
        if last is None or current == last or (case.code in view.stale_rows and view.reverted(case.code, cid, current)):
            plan.writes.append(CellWrite(case.code, cid, value, expect=current))


def sync_contacts(app: App, summary: Summary) -> None:
    """register.contacts_sheet_id: code, name, email, phone go there, never into the register."""
    contacts = app.register.contacts
    if contacts is None:
        return
    try:
        contacts.sync(app.journal)
    except OperatorError as exc:
        summary.errors.append(str(exc))
