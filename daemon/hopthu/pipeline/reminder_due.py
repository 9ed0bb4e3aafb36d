"""When a case next needs the reminder pass (pipeline/reminders.py), so a pass reads the cases due, not every case.

The stages' rules live here (the agency's stages before the deadline, escalation after it, the status upkeep);
the pass applies them. After a pass has looked at a case, `remember` works out, from the case as it stands and
the stages done, the first day on which any of them can have something to do for it — the next unsent stage's
day, the day after the deadline, the next escalation's day — and the journal keeps it (`reminder_quiet`), for
that version of the case only: saving the case deletes the row, and a row is written only while the case still
holds the data it was worked out from. The next passes read only the cases without a row or whose day has come
(`candidates`). A day is never later than the rules say; at worst a case is looked at once more for nothing.
Emails go only in office hours: a stage or an escalation that cannot go before the next working day (the
evening, a weekend, Tết) leaves its case quiet until that day (`sending_day`), not read at every pass meanwhile.

Everything the rules read besides the case and its stages — the settings (stages, cadence, officers,
agencies, calendar) and the clock — is checked at each pass: when the settings changed or the day went back,
every case is looked at again."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from hopthu.core import workdays
from hopthu.core.model import FINISHED, QUIET_FLAGS, WITH_AGENCY, Case, Status

if TYPE_CHECKING:
    from hopthu.app import App

DUE = "due"
OVERDUE_STAGE = re.compile(r"^overdue-(\d+)$")
SETTINGS_SEEN = "reminders:settings"  # meta: a digest of the settings the rows were worked out with
LAST_DAY = "reminders:day"  # meta: the day of the last pass (a clock set back forgets the rows)
_NEVER = date.max
_LOOK_AHEAD = 800  # days an escalation's next day is searched; past it the case is looked at again then


def before_stage(n: int) -> str:
    return f"before-{n}"


def stage_days(app: App, case: Case) -> list[tuple[str, date]]:
    """The agency's reminder stages of a case and their days, earliest first."""
    r = app.settings.reminders
    out = [(before_stage(n), app.calendar.add_working_days(case.deadline, -n))
           for n in sorted({n for n in r.before_working_days if n > 0}, reverse=True)]
    if r.on_due_day:
        out.append((DUE, case.deadline))
    return out


def is_open(case: Case) -> bool:
    """Still owed an answer: not finished, not waiting for the citizen, not spam or abuse."""
    return (case.status not in FINISHED and case.status != Status.WAITING_CITIZEN
            and case.paused_on is None and not (QUIET_FLAGS & set(case.flags)))


def escalation_stage(app: App, case: Case, sent: dict[str, str], today: date) -> str | None:
    """The next `overdue-N` stage if one is due today, else None.

    The first goes on the first cycle in office hours after the deadline; the next ones every
    `escalate_every_working_days` working days after the previous one. An escalation sent before
    the deadline was moved (pause, reclassification) does not delay the first one after the new deadline.
    """
    if not is_open(case) or today <= case.deadline:
        return None
    numbers = [(int(m.group(1)), day) for stage, day in sent.items() if (m := OVERDUE_STAGE.match(stage))]
    if numbers:
        n, last = max(numbers)
        last_day = date.fromisoformat(last)
        every = app.settings.reminders.escalate_every_working_days
        if last_day > case.deadline and app.calendar.working_days_between(last_day, today) < every:
            return None
    else:
        n = 0
    return f"overdue-{n + 1}"


def overdue_status_stage(case: Case) -> str:
    """The stage recording that the case was marked "Quá hạn" for its deadline (once per deadline)."""
    return f"status:{case.deadline.isoformat()}"


def needs_upkeep(case: Case, today: date, relay: bool) -> bool:
    """Whether the status upkeep may change `case` today (the stage already recorded is checked under the lock)."""
    from hopthu.casework.status import MARK_OVERDUE  # casework is not on this module's import path

    waiting = case.status == Status.WAITING_CITIZEN
    return ((waiting and case.paused_on is None) or (not waiting and case.paused_on is not None)
            or (relay and case.status == Status.AWAITING_APPROVAL and bool(case.answer.strip()))
            or (case.status in MARK_OVERDUE and today > case.deadline and is_open(case))
            or (case.status == Status.OVERDUE and today <= case.deadline))


def sending_day(app: App, now: datetime) -> date:
    """The first day from `now` on on which the pass can still send (`reminders.in_office_hours`): today while
    today's office hours are not over, else the next working day. Stages and escalations due before it wait
    for it (the evening, a weekend, Tết), and the pass need not look at their cases again until then."""
    today = now.date()
    if app.calendar.is_working_day(today) and now.time().replace(tzinfo=None) < app.settings.reminders.office_end:
        return today
    return app.calendar.next_working_day(today)


def quiet_until(app: App, case: Case, sent: dict[str, str], today: date, send_from: date | None = None) -> date:
    """The first day from `today` on which the pass may have something to do for `case` as it stands, given the
    stages `sent`; `today` when it still has (a stage it could not send yet). `send_from` (`sending_day`): no
    email goes before that day, so a stage or an escalation due earlier is looked at again that day; the status
    upkeep, which sends nothing, keeps `today`."""
    from hopthu.casework.status import MARK_OVERDUE

    if needs_upkeep(case, today, app.settings.answers.auto_relay):
        return today
    send = max(today, send_from or today)
    days = [_NEVER]
    after_deadline = case.deadline + timedelta(days=1)
    if case.status in MARK_OVERDUE and is_open(case) and overdue_status_stage(case) not in sent:
        days.append(max(today, after_deadline))  # marked "Quá hạn" the day after the deadline
    if case.agency and case.status in WITH_AGENCY and is_open(case) and today <= case.deadline:
        received = case.received_at.astimezone(app.config.tz).date()
        days += [max(send, d) for s, d in stage_days(app, case) if received < d and s not in sent]
    if is_open(case):
        day = max(send, after_deadline)
        for _ in range(_LOOK_AHEAD):
            if escalation_stage(app, case, sent, day) is not None:
                break
            day += timedelta(days=1)
        days.append(day)
    return min(days)


# -- the journal's side ----------------------------------------------------------------


#: cases read (and remembered) at a time by the pass
BATCH = 500


def batches(codes: list[str]) -> list[list[str]]:
    return [codes[start:start + BATCH] for start in range(0, len(codes), BATCH)]


def candidate_codes(app: App, today: date) -> list[str]:
    """The codes of the cases the pass looks at today: changed since it last looked, or whose day has come."""
    _forget_if_stale(app, today)
    return app.journal.reminder_candidate_codes(today.isoformat())


def cases(app: App, codes: list[str]) -> list[Case]:
    return [case for batch in batches(codes) for case in app.journal.cases_of(batch)]


def candidates(app: App, today: date) -> list[Case]:
    """The cases the pass looks at today (`candidate_codes`), read."""
    return cases(app, candidate_codes(app, today))


def remember(app: App, codes: list[str], today: date, send_from: date | None = None) -> int:
    """After the pass: for each case it looked at, as the case stands now, the day it next needs the pass
    (`send_from`: `sending_day`, see `quiet_until`)."""
    written = 0
    for chunk in batches(codes):  # short transactions: the mail loop uses the journal meanwhile
        done = app.journal.reminder_stages(chunk)
        written += app.journal.set_reminder_quiet([
            (case.code, quiet_until(app, case, done.get(case.code, {}), today, send_from).isoformat(), data)
            for case, data in app.journal.cases_with_data(chunk)])
    return written


def _forget_if_stale(app: App, today: date) -> None:
    """Every case looked at again when the settings the days were worked out with changed, or the clock went
    back (a day already passed would be skipped otherwise). The holidays package's version is part of the
    settings: an upgrade that learns of a new day off (a holiday moved by decree) moves deadlines."""
    facts = f"{app.settings!r}\nholidays {workdays.facts_version()}"
    seen = hashlib.sha256(facts.encode("utf-8")).hexdigest()
    last = app.journal.get_meta(LAST_DAY)
    if app.journal.get_meta(SETTINGS_SEEN) != seen or (last is not None and last > today.isoformat()):
        app.journal.clear_reminder_quiet()
        app.journal.set_meta(SETTINGS_SEEN, seen)
    if last != today.isoformat():
        app.journal.set_meta(LAST_DAY, today.isoformat())


def officers_cases(app: App, today: date, soon_days: int, since: date) -> list[Case]:
    """What the officers' digest may list, by a query: callbacks, answers awaiting approval, paused cases, the
    open ones overdue or due within `soon_days` working days, items not handled received from `since` on."""
    due_before = app.calendar.add_working_days(today, soon_days + 1)  # working days left > soon_days from here
    return app.journal.cases_for_officers(
        [Status.CALLBACK.value, Status.AWAITING_APPROVAL.value, Status.WAITING_CITIZEN.value],
        [s.value for s in FINISHED], due_before.isoformat(), Status.REJECTED.value,
        (since - timedelta(days=1)).isoformat())  # received_at is compared as text: a day's margin for offsets
