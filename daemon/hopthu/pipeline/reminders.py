"""Reminders before the deadline, escalation after it, daily digests: state-driven, never "cron at 08:00".

Every cycle asks, for `app.now()`, what is due and not done yet; the journal's
`reminders` table (one row per case and stage) and the outbox keys are the only
memory. So a cycle that did not run (the PC was off, a holiday, a crash) heals
itself at the next cycle in office hours, and nothing is ever sent twice.

* Emails go out only on working days, in office hours, not before the digest
  time (`settings.reminders`): never at night, on a weekend or during Tết.
* Each agency gets at most one digest a day (`digest:<agency>:<day>:<address>`)
  listing its open cases at a stage today: N working days before the deadline
  (each N of `before_working_days`) and on the due day; each case's history
  says it was reminded. A stage whose day passed
  unsent is folded into the next digest (recorded as folded, carried by the more
  urgent stage); after the deadline a case gets no "before" reminder, it is
  escalated instead.
* After the deadline the chair(s) and the officer in charge get one escalation
  email a day listing the cases escalated that day (`overdue-1`, `overdue-2`...,
  repeated every `escalate_every_working_days` working days).
* The front's officers (roles officer and chair) get one digest a day: due soon,
  overdue, awaiting approval, waiting for the citizen, the call-back list, and the
  items not handled ("Không xử lý": spam, abuse) received since the previous working
  day, so a real letter taken for spam is seen (codes only, no personal data).
* Status upkeep runs at any hour (it sends nothing): "Quá hạn" once a deadline
  has passed, the clock stopped/restarted when a case entered/left "Chờ bổ sung"
  by any path, and `answers.auto_relay` of agencies' answers.

Finished cases (`model.FINISHED`, which includes out-of-competence ones),
paused cases and items flagged spam or abusive get nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Callable

from hopthu import casework, crashpoints
from hopthu.core.deadlines import working_days_left
from hopthu.core.model import FINISHED, FLAG_LABELS, QUIET_FLAGS, WITH_AGENCY, Case, Status
from hopthu.core.redact import redact
from hopthu.core.safetext import shorten
from hopthu.outbox.queue import build_message, record
from hopthu.pipeline import reminder_due as due
from hopthu.pipeline.reminder_due import DUE, escalation_stage, is_open, stage_days

if TYPE_CHECKING:
    from hopthu.app import App
    from hopthu.journal import OutgoingRecord

log = logging.getLogger("hopthu.pipeline.reminders")

def stage_label(stage: str) -> str:
    """What a stage means, as the agency reads it."""
    if stage == DUE:
        return "hết hạn hôm nay"
    n = int(stage.split("-")[1])
    return f"còn {n} ngày làm việc"


@dataclass
class Item:
    """One case in a digest or an escalation email."""

    case: Case
    category_name: str
    agency_name: str
    label: str = ""
    officer_name: str = ""
    stage: str = ""
    excerpt: str = ""


# -- when ---------------------------------------------------------------------


def in_office_hours(app: App, now: datetime) -> bool:
    """A working day, office_start ≤ time < office_end, and not before the digest time."""
    r = app.settings.reminders
    start = max(r.office_start, r.digest_time)
    return app.calendar.is_working_day(now.date()) and start <= now.time().replace(tzinfo=None) < r.office_end


def _day(app: App, moment: datetime) -> date:
    return moment.astimezone(app.config.tz).date()


# -- the step -----------------------------------------------------------------


def run(app: App, summary: Any = None) -> int:
    """Once per cycle, after the register sync. Returns the number of emails queued (also in summary.reminders).

    Called without `app.work`: the cases due are read without it, and it is taken for each case (or each
    agency's digest, the day's escalations) that changes, around a fresh read, so a letter never waits for a
    pass over every case. Only the cases due or changed are read (`due.candidate_codes`), and the upkeep reads
    them `due.BATCH` at a time: outside office hours (when most passes run) the pass never holds more than a
    batch of cases, however many are overdue; the idling daemon's heap does not keep the size of its history."""
    # A failure here is the step's ("nhắc hạn", pipeline.steps): logged once, the cycle goes on.
    now = app.now()
    today = now.date()
    codes = due.candidate_codes(app, today)
    for batch in due.batches(codes):
        upkeep(app, today, summary, app.journal.cases_of(batch))
    queued = 0
    if in_office_hours(app, now):
        # The agencies' digests and the day's escalations list their cases together: read after the upkeep (each
        # is made again from the cases as they stand before it is recorded, `_recorded`, as before).
        looked_at = due.cases(app, codes)
        done = app.journal.reminder_stages(codes)
        queued = agency_digests(app, looked_at, done, now)
        queued += escalations(app, looked_at, done, now)
        del looked_at, done
        queued += officers_digest(app, None, now)
    due.remember(app, codes, today, due.sending_day(app, now))
    if summary is not None:
        summary.reminders += queued
    if queued:
        log.info("reminders: %d email(s) queued", queued)
    return queued


def upkeep(app: App, today: date, summary: Any = None, cases: list[Case] | None = None) -> None:
    """Status changes that send nothing by themselves (but the auto-relayed answer); any hour of any day.

    `cases` as read before (without `app.work`): each that needs a change is read again under the lock and
    changed there, one case at a time."""
    relay = app.settings.answers.auto_relay
    for listed in app.journal.cases() if cases is None else cases:
        if not due.needs_upkeep(listed, today, relay):
            continue
        with app.work:
            case = app.journal.case(listed.code)
            if case is not None:
                _upkeep_case(app, case, today, relay, summary)
        app.pulse()  # between cases, the lock free: the mail loop takes its turn


def _upkeep_case(app: App, case: Case, today: date, relay: bool, summary: Any) -> None:
    events: list[str] = []
    messages: list[OutgoingRecord] = []
    stages: list[tuple[str, str, str, str, bool]] = []
    events += casework.follow_clock(app, case, today)
    if relay and case.status == Status.AWAITING_APPROVAL and case.answer.strip():
        events.append("Tự động chuyển trả lời của cơ quan đến người dân (answers.auto_relay)")
        e, messages = casework.approve_answer(app, case, case.status, today)
        events += e
    if case.status in casework.MARK_OVERDUE and today > case.deadline and is_open(case):
        stage = due.overdue_status_stage(case)  # once per deadline: an officer's later choice wins
        if not app.journal.reminder_sent(case.code, stage):
            events += casework.mark_overdue(case)
            stages.append((case.code, stage, today.isoformat(), "", False))
    elif case.status == Status.OVERDUE and today <= case.deadline:
        events += casework.clear_overdue(case)
    if not (events or messages or stages):
        return
    stamped = [casework.stamp(app, e) for e in events]
    if stages:
        app.journal.record_reminders(stages, messages, [(case, stamped)])
    else:
        app.journal.save_case(case, stamped, messages)
    if summary is not None and messages:
        summary.emails_queued += len(messages)


# -- agencies -------------------------------------------------------------------


def agency_digests(app: App, cases: list[Case], done: dict[str, dict[str, str]], now: datetime) -> int:
    """One digest per agency per day: its open cases at a stage today (passed stages folded in).

    `cases` as read before; each agency's digest is made again from its cases as they stand (`_recorded`)."""
    today = now.date()
    queued = 0
    for agency_id, entries in sorted(_agency_entries(app, cases, done, today).items()):
        codes = [item.case.code for item, _ in entries]

        def make(fresh: list[Case], agency_id: str = agency_id, codes: list[str] = codes) -> Plan | None:
            mine = [c for c in fresh if c.agency == agency_id]
            again = _agency_entries(app, mine, app.journal.reminder_stages(codes), today).get(agency_id, [])
            return _agency_digest(app, agency_id, again, today)

        queued += _recorded(app, codes, make)
        app.pulse()
    return queued


Plan = tuple[list[tuple[str, str, str, str, bool]], list["OutgoingRecord"], list[tuple[Case, list[str]]]]


def _recorded(app: App, codes: list[str], make: Callable[[list[Case]], Plan | None]) -> int:
    """`make` the stages, emails and history lines from the cases `codes` as they stand, without `app.work` (the
    excerpts and the templates: the slow part over many cases), then record them under it if none of the cases
    changed meanwhile; if one did, they are made again under it. Returns the emails queued."""
    seen = app.journal.cases_with_data(codes)
    plan = make([case for case, _ in seen])
    if plan is None:
        return 0
    with app.work:
        if app.journal.case_data(codes) != {case.code: data for case, data in seen}:
            plan = make([case for case, _ in app.journal.cases_with_data(codes)])  # a letter changed one meanwhile
            if plan is None:
                return 0
        stages, messages, changed = plan
        return len(messages) if app.journal.record_reminders(stages, messages, changed) else 0


def _agency_entries(app: App, cases: list[Case], done: dict[str, dict[str, str]],
                    today: date) -> dict[str, list[tuple[Item, list[str]]]]:
    """Agency → its cases at a stage today, each with its stages not sent yet."""
    cfg = app.config
    by_agency: dict[str, list[tuple[Item, list[str]]]] = {}
    for case in cases:
        if not (case.agency and case.status in WITH_AGENCY and is_open(case)) or today > case.deadline:
            continue
        received = _day(app, case.received_at)
        sent = done.get(case.code, {})
        # Not on the day of receipt (the routed email of that day gave the deadline).
        pending = [s for s, d in stage_days(app, case) if received < d <= today and s not in sent]
        if not pending:
            continue
        item = Item(case, cfg.category_name(case.category), cfg.agency_name(case.agency),
                    label=stage_label(pending[-1]), stage=pending[-1])
        by_agency.setdefault(case.agency, []).append((item, pending))
    return by_agency


def _agency_digest(app: App, agency_id: str, entries: list[tuple[Item, list[str]]], today: date) -> Plan | None:
    cfg = app.config
    front = app.settings.ward.front_email.lower()
    agency = app.settings.agencies.get(agency_id)
    addresses = [a for a in (agency.emails if agency else []) if a.lower() != front]
    if not (entries and addresses):
        return None  # nobody to remind (the front's own cases stay in the register and the officers' digest)
    keys = [f"digest:{agency_id}:{today.isoformat()}:{a.lower()}" for a in addresses]
    if any(app.journal.has_message(k) for k in keys):
        return None  # today's digest went already: what became due since waits for tomorrow's
    entries.sort(key=lambda e: (e[0].case.deadline, e[0].case.code))
    items = [e[0] for e in entries]
    for item in items:
        item.excerpt = _excerpt(item.case)
    single = items[0].case.code if len(items) == 1 else None
    messages = [
        _compose(app, "nhac-han.txt.j2", key, "reminder", address, case_code=single,
                 agency_name=cfg.agency_name(agency_id), day=today, items=items, single=single)
        for key, address in zip(keys, addresses)
    ]
    stages = [(item.case.code, stage, today.isoformat(), keys[0], stage != item.stage)
              for item, pending in entries for stage in pending]
    # Officers see in the case's history ("Diễn biến") that the agency was reminded, and when.
    changed = [(item.case, [casework.stamp(app, f"Nhắc hạn {item.agency_name}: {item.label}")]) for item in items]
    return stages, messages, changed


# -- escalation -----------------------------------------------------------------


def escalations(app: App, cases: list[Case], done: dict[str, dict[str, str]], now: datetime) -> int:
    """After the deadline: one email a day to each chair and officer in charge, listing the cases escalated.

    `cases` as read before; the ones with a stage due are escalated as they stand (`_recorded`)."""
    today = now.date()
    codes = [c.code for c in cases if escalation_stage(app, c, done.get(c.code, {}), today) is not None]
    if not codes:
        return 0
    return _recorded(app, codes, lambda fresh: _escalate(app, fresh, app.journal.reminder_stages(codes), today))


def _escalate(app: App, cases: list[Case], done: dict[str, dict[str, str]], today: date) -> Plan | None:
    cfg = app.config
    chairs = [o for o in app.settings.officers if "chair" in o.roles]
    per_address: dict[str, tuple[str, list[Item]]] = {}
    stages: list[tuple[str, str, str, str, bool]] = []
    changed: list[tuple[Case, list[str]]] = []
    key_of = lambda address: f"escalate:{today.isoformat()}:{address.lower()}"  # noqa: E731
    for case in cases:
        stage = escalation_stage(app, case, done.get(case.code, {}), today)
        if stage is None:
            continue
        in_charge = casework.officer_in_charge(app, case)
        recipients = {o.email.lower(): o for o in chairs}
        if in_charge is not None:
            recipients.setdefault(in_charge.email.lower(), in_charge)
        if not recipients:
            log.warning("case %s is overdue but no chair and no known officer in charge to tell", case.code)
            continue
        if any(app.journal.has_message(key_of(a)) for a in recipients):
            continue  # today's escalation email went already: tomorrow's carries it
        late = -working_days_left(case.deadline, today, app.calendar)
        item = Item(case, cfg.category_name(case.category), cfg.agency_name(case.agency),
                    label=f"quá hạn {late} ngày làm việc", stage=stage, excerpt=_excerpt(case),
                    officer_name=in_charge.name if in_charge else case.officer)
        for address, officer in recipients.items():
            per_address.setdefault(address, (officer.name, []))[1].append(item)
        stages.append((case.code, stage, today.isoformat(), key_of(min(recipients)), False))
        who = " và ".join(filter(None, ["Chủ tịch" if chairs else "", "cán bộ phụ trách" if in_charge else ""]))
        changed.append((case, [casework.stamp(app, f"Quá hạn: báo cáo lần {stage.split('-')[1]} gửi {who}")]))
    if not per_address:
        return None
    messages = []
    for address, (name, items) in sorted(per_address.items()):
        items.sort(key=lambda i: (i.case.deadline, i.case.code))
        msg = _compose(app, "qua-han.txt.j2", key_of(address), "escalation", address,
                       recipient_name=name, day=today, items=items,
                       every=app.settings.reminders.escalate_every_working_days)
        msg.priority = 3  # after answers and acknowledgements, before ordinary reminders
        messages.append(msg)
    return stages, messages, changed


# -- the front's officers ----------------------------------------------------------


def officers_digest(app: App, cases: list[Case] | None, now: datetime) -> int:
    """Once a working day to each officer and chair: what needs the front's attention. Codes, no people.

    `cases=None`: the ones it may list, read by a query (`due.officers_cases`), not every case. It changes no
    case, so it holds no lock."""
    today = now.date()
    cfg = app.config
    recipients: dict[str, str] = {}
    for officer in app.settings.officers:
        if {"officer", "chair"} & set(officer.roles):
            recipients.setdefault(officer.email.lower(), officer.name)
    keys = {a: f"tonghop:{today.isoformat()}:{a}" for a in recipients}
    todo = [a for a in sorted(recipients) if not app.journal.has_message(keys[a])]
    if not todo:
        return 0
    soon_days = max([n for n in app.settings.reminders.before_working_days if n > 0] or [0])
    due_soon, overdue, approval, callbacks, paused, rejected = [], [], [], [], [], []
    since = app.calendar.add_working_days(today, -1)
    open_count = None
    if cases is None:
        cases = due.officers_cases(app, today, soon_days, since)
        open_count = app.journal.count_unfinished(s.value for s in FINISHED)
    for case in cases:
        item = Item(case, cfg.category_name(case.category), cfg.agency_name(case.agency))
        if case.status == Status.REJECTED and _day(app, case.received_at) >= since:
            item.label = ", ".join(FLAG_LABELS[f] for f in case.flags if f in QUIET_FLAGS) or case.status.value
            item.excerpt = _excerpt(case, 120) if "spam" in case.flags else "(nội dung đã gửi Chủ tịch)"
            rejected.append(item)
        in_charge = casework.officer_in_charge(app, case)
        item.officer_name = in_charge.name if in_charge else case.officer
        if case.status == Status.CALLBACK:
            others = [code for code, _ in casework.callback_contacts(app.journal, case) if code != case.code]
            item.label = ("cả người gửi ý kiến trùng " + ", ".join(others)) if others else ""
            callbacks.append(item)
        elif case.status == Status.AWAITING_APPROVAL:
            approval.append(item)
        elif case.status == Status.WAITING_CITIZEN or case.paused_on is not None:
            item.label = f"từ {case.paused_on:%d/%m/%Y}" if case.paused_on else ""
            paused.append(item)
        if not is_open(case):
            continue
        left = working_days_left(case.deadline, today, app.calendar)
        if today > case.deadline:
            item.label = f"quá hạn {-left} ngày làm việc"
            overdue.append(item)
        elif case.status not in (Status.CALLBACK, Status.AWAITING_APPROVAL) and left <= soon_days:
            item.label = "hết hạn hôm nay" if left == 0 else f"còn {left} ngày làm việc"
            due_soon.append(item)
    rejected.sort(key=lambda i: i.case.code)
    for group in (due_soon, overdue, approval, callbacks, paused):
        group.sort(key=lambda i: (i.case.deadline, i.case.code))
    if open_count is None:
        open_count = sum(1 for c in cases if c.status not in FINISHED)
    queued = 0
    for address in todo:
        msg = _compose(app, "tong-hop-can-bo.txt.j2", keys[address], "digest", address,
                       recipient_name=recipients[address], day=today, due_soon=due_soon, overdue=overdue,
                       approval=approval, callbacks=callbacks, paused=paused, rejected=rejected,
                       open_count=open_count)
        if app.journal.record_reminders([], [msg]):
            queued += 1
        crashpoints.reach("during_reminders")
    return queued


# -- helpers ------------------------------------------------------------------------


def _excerpt(case: Case, limit: int = 300) -> str:
    """The redacted summary, shortened: all an agency or an officer sees of the text in a digest.
    Redacted once more: a case opened before a detector existed must not carry what it now finds."""
    return shorten(redact(" ".join(p for p in (case.subject, case.summary) if p)), limit)


def _compose(app: App, template: str, key: str, kind: str, to: str, *, case_code: str | None = None,
             **context) -> OutgoingRecord:
    s = app.settings
    subject, body = app.templates.render(template, ward=s.ward, front_email=s.ward.front_email, **context)
    msg = build_message(app.sender, to, subject, body, auto="auto-generated", now=app.now())
    return record(key, kind, case_code, msg)
