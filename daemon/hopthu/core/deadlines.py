"""Answer deadlines for feedback cases (thời hạn trả lời).

The ward's plan: answer within 07 working days, complex cases within 20 days.
Periods are counted the way the Civil Code (Bộ luật Dân sự 2015, Art. 147–148)
counts them: the day of receipt is not counted, the period starts the next
day, and a period whose last day is a day off ends on the next working day.

An item received after closing time, or on a day off, is treated as received
on the next working day (its "start day"), which is then itself not counted.

Pure code, no I/O. ``received_at`` values are aware datetimes in the ward's
time zone (Asia/Ho_Chi_Minh); naive datetimes are taken as ward-local.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from hopthu.core.workdays import WorkingCalendar

__all__ = [
    "DEFAULT_POLICY",
    "DUE_SOON",
    "DUE_TODAY",
    "DeadlinePolicy",
    "OK",
    "OVERDUE",
    "WARD_TZ",
    "compute_deadline",
    "due_status",
    "extend_for_pause",
    "start_day",
    "to_ward_time",
    "working_days_left",
]


def _ward_tz() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Ho_Chi_Minh")
    except Exception:  # pragma: no cover - no tz database on the host
        # Vietnam has kept UTC+7 without DST since 1975, so a fixed offset is exact
        # for any date this daemon will see.
        return timezone(timedelta(hours=7), "ICT")


WARD_TZ: tzinfo = _ward_tz()

OVERDUE = "overdue"
DUE_TODAY = "due_today"
DUE_SOON = "due_soon"
OK = "ok"


@dataclass(frozen=True)
class DeadlinePolicy:
    """The plan's periods; configurable because a ward may adopt stricter ones."""

    working_days: int = 7  # ordinary cases: working days
    complex_days: int = 20  # complex cases: calendar days
    urgent_working_days: int = 1  # urgent cases: working days
    closing_time: time = time(17, 0)  # items received at or after this count from the next working day

    def __post_init__(self) -> None:
        for name in ("working_days", "complex_days", "urgent_working_days"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"DeadlinePolicy.{name} must be a positive integer, got {value!r}")
        if not isinstance(self.closing_time, time):
            raise TypeError("DeadlinePolicy.closing_time must be a datetime.time")


DEFAULT_POLICY = DeadlinePolicy()


def to_ward_time(moment: datetime) -> datetime:
    """``moment`` in the ward's zone; a naive datetime is taken as ward-local."""
    if not isinstance(moment, datetime):
        raise TypeError(f"expected a datetime, got {type(moment).__name__}")
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        return moment.replace(tzinfo=WARD_TZ)
    return moment.astimezone(WARD_TZ)


def start_day(
    received_at: datetime,
    cal: WorkingCalendar,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> date:
    """The day from which the period is counted (itself not counted).

    A working day before closing time: that day. After closing time (at
    exactly closing time included) or on a day off: the next working day.
    """
    local = to_ward_time(received_at)
    day = local.date()
    if cal.is_working_day(day) and local.time() < policy.closing_time:
        return day
    return cal.next_working_day(day)


def compute_deadline(
    received_at: datetime,
    *,
    complex: bool = False,  # shadows the builtin on purpose: the register's own word for the flag
    urgent: bool = False,
    cal: WorkingCalendar,
    policy: DeadlinePolicy = DEFAULT_POLICY,
) -> date:
    """The last day on which the answer is on time.

    * ordinary: the ``working_days``-th working day after the start day;
    * complex: the ``complex_days``-th calendar day after the start day,
      moved to the next working day if that day is off;
    * urgent: the ``urgent_working_days``-th working day after the start day.
    """
    start = start_day(received_at, cal, policy)
    if urgent:
        # Urgent wins over complex: the flag says the matter cannot wait
        # (danger to people or property), and being hard to settle is no
        # reason to answer later. With the plan's numbers it is also the
        # earlier date, so "urgent applies" and "take the earlier" agree.
        return cal.add_working_days(start, policy.urgent_working_days)
    if complex:
        return cal.working_day_on_or_after(start + timedelta(days=policy.complex_days))
    return cal.add_working_days(start, policy.working_days)


def extend_for_pause(
    deadline: date,
    paused_on: date,
    resumed_on: date,
    *,
    complex: bool,
    cal: WorkingCalendar,
) -> date:
    """The deadline after the clock stopped while waiting for the citizen (Chờ bổ sung).

    The stopped time is [paused_on, resumed_on): the day the case was put on
    hold counts as stopped, the day it resumed counts as running again.

    * ordinary cases (a period in working days) gain the number of working
      days in that interval, added as working days after the old deadline;
    * complex cases (a period in calendar days) gain the number of calendar
      days in that interval.

    Either way the result is moved to a working day if it falls on a day off.
    A pause that resumes the day it started gains nothing.
    """
    if resumed_on < paused_on:
        raise ValueError(f"resumed_on {resumed_on} is before paused_on {paused_on}")
    if complex:
        gained = (resumed_on - paused_on).days
        return cal.working_day_on_or_after(deadline + timedelta(days=gained))
    # Working days in [paused_on, resumed_on) == working days in (paused_on - 1, resumed_on - 1].
    gained = cal.working_days_between(paused_on - timedelta(days=1), resumed_on - timedelta(days=1))
    return cal.working_day_on_or_after(cal.add_working_days(deadline, gained))


def working_days_left(deadline: date, today: date, cal: WorkingCalendar) -> int:
    """Working days left until the deadline; 0 on the day, negative when overdue.

    Before the deadline: the working days in (today, deadline]. After it: minus
    the working days in (deadline, today], and at least -1, so a weekend day
    right after the deadline already reads as overdue.
    """
    if today <= deadline:
        return cal.working_days_between(today, deadline)
    return -max(1, cal.working_days_between(deadline, today))


def due_status(deadline: date, today: date, cal: WorkingCalendar, soon_working_days: int = 2) -> str:
    """One of "overdue", "due_today", "due_soon", "ok" for reminders and sheet colours.

    "due_soon" means at most ``soon_working_days`` working days are left.
    """
    if today > deadline:
        return OVERDUE
    if today == deadline:
        return DUE_TODAY
    if working_days_left(deadline, today, cal) <= soon_working_days:
        return DUE_SOON
    return OK
