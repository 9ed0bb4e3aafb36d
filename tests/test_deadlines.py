"""Deadlines: the Civil Code way of counting, on the VN working-day calendar."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from hopthu.core.deadlines import (
    DeadlinePolicy,
    compute_deadline,
    due_status,
    extend_for_pause,
    start_day,
    to_ward_time,
    working_days_left,
)
from hopthu.core.workdays import WorkingCalendar

HCM = ZoneInfo("Asia/Ho_Chi_Minh")

# The brief's table, verbatim (holidays 0.109, no overrides, closing time 17:00).
TABLE = """
| received | normal (7 working days) | complex (20 days) |
| --- | --- | --- |
| Fri 20/11/2026 10:00 | Wed 02/12/2026 | Thu 10/12/2026 |
| Fri 20/11/2026 18:30 | Thu 03/12/2026 | Mon 14/12/2026 |
| Sat 21/11/2026 09:00 | Thu 03/12/2026 | Mon 14/12/2026 |
| Tue 24/11/2026 09:00 (a holiday in that calendar) | Fri 04/12/2026 | Tue 15/12/2026 |
| Fri 21/08/2026 15:00 (Sat 22/08 is a make-up working day) | Thu 03/09/2026 | Thu 10/09/2026 |
| Sat 22/08/2026 10:00 | Fri 04/09/2026 | Fri 11/09/2026 |
| Thu 23/04/2026 09:00 | Thu 07/05/2026 | Wed 13/05/2026 |
| Mon 28/12/2026 09:00 | Thu 07/01/2027 | Mon 18/01/2027 |
| Wed 03/02/2027 16:00 (eve of the Tết break) | Fri 19/02/2027 | Tue 23/02/2027 |
| Wed 03/02/2027 17:30 | Mon 22/02/2027 | Wed 03/03/2027 |
| Wed 20/01/2027 10:00 | Fri 29/01/2027 | Thu 11/02/2027 |
| Wed 14/04/2027 11:00 | Mon 26/04/2027 | Tue 04/05/2027 |
"""

_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _day(cell: str) -> date:
    """'Wed 02/12/2026' -> date, checking the weekday the table states."""
    weekday, dmy = cell.split()[:2]
    d = datetime.strptime(dmy, "%d/%m/%Y").date()
    assert _WEEKDAYS[d.weekday()] == weekday, f"table weekday mismatch in {cell!r}"
    return d


def _rows() -> list:
    rows = []
    for line in TABLE.strip().splitlines()[2:]:
        received, normal, complex_ = (c.strip() for c in line.strip().strip("|").split("|"))
        weekday, dmy, hm = received.split()[:3]
        at = datetime.strptime(f"{dmy} {hm}", "%d/%m/%Y %H:%M").replace(tzinfo=HCM)
        assert _WEEKDAYS[at.weekday()] == weekday
        rows.append(pytest.param(at, _day(normal), _day(complex_), id=received))
    return rows


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.mark.parametrize(("received_at", "normal", "complex_"), _rows())
def test_table(cal, received_at, normal, complex_):
    assert compute_deadline(received_at, cal=cal) == normal
    assert compute_deadline(received_at, complex=True, cal=cal) == complex_


def test_table_has_all_rows():
    assert len(_rows()) == 12


# -- start day ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "expected"),
    [
        (datetime(2026, 11, 20, 16, 59, 59), date(2026, 11, 20)),
        (datetime(2026, 11, 20, 17, 0), date(2026, 11, 23)),  # at closing time: next day
        (datetime(2026, 11, 21, 9, 0), date(2026, 11, 23)),  # Saturday
        (datetime(2026, 11, 24, 9, 0), date(2026, 11, 25)),  # holiday
        (datetime(2026, 8, 22, 10, 0), date(2026, 8, 22)),  # make-up Saturday
        (datetime(2027, 2, 3, 17, 30), date(2027, 2, 11)),  # after closing, before Tết
    ],
)
def test_start_day(cal, received, expected):
    assert start_day(received, cal) == expected  # naive = ward-local
    assert start_day(received.replace(tzinfo=HCM), cal) == expected


def test_aware_times_are_converted_to_ward_time(cal):
    # 09:30 UTC is 16:30 in Hà Nội: before closing.
    assert start_day(datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc), cal) == date(2026, 11, 20)
    # 10:30 UTC is 17:30 local: after closing.
    assert start_day(datetime(2026, 11, 20, 10, 30, tzinfo=timezone.utc), cal) == date(2026, 11, 23)
    # 20:00 UTC on Thursday is 03:00 on Friday local.
    assert to_ward_time(datetime(2026, 11, 19, 20, 0, tzinfo=timezone.utc)).date() == date(2026, 11, 20)


def test_custom_closing_time(cal):
    policy = DeadlinePolicy(closing_time=time(16, 30))
    assert start_day(datetime(2026, 11, 20, 16, 45), cal, policy) == date(2026, 11, 23)


def test_start_day_rejects_plain_date(cal):
    with pytest.raises(TypeError):
        start_day(date(2026, 11, 20), cal)  # type: ignore[arg-type]


# -- urgent and policy ---------------------------------------------------------


def test_urgent(cal):
    fri = datetime(2026, 11, 20, 10, 0, tzinfo=HCM)
    assert compute_deadline(fri, urgent=True, cal=cal) == date(2026, 11, 23)
    # Urgent wins over complex.
    assert compute_deadline(fri, urgent=True, complex=True, cal=cal) == date(2026, 11, 23)
    # Monday 23/11 before the 24/11 holiday: urgent reply due Wednesday.
    mon = datetime(2026, 11, 23, 10, 0, tzinfo=HCM)
    assert compute_deadline(mon, urgent=True, cal=cal) == date(2026, 11, 25)


def test_policy_validation():
    with pytest.raises(ValueError):
        DeadlinePolicy(working_days=0)
    with pytest.raises(ValueError):
        DeadlinePolicy(complex_days=-1)


def test_custom_policy(cal):
    policy = DeadlinePolicy(working_days=5, complex_days=15)
    at = datetime(2026, 11, 20, 10, 0, tzinfo=HCM)
    assert compute_deadline(at, cal=cal, policy=policy) == date(2026, 11, 30)
    # 20/11 + 15 = Sat 05/12 -> Mon 07/12.
    assert compute_deadline(at, complex=True, cal=cal, policy=policy) == date(2026, 12, 7)


# -- overrides ----------------------------------------------------------------


def test_extra_day_off_shifts_deadline():
    at = datetime(2026, 11, 20, 10, 0, tzinfo=HCM)
    cal = WorkingCalendar(extra_days_off=[date(2026, 11, 30)])
    assert compute_deadline(at, cal=cal) == date(2026, 12, 3)  # one day later than Wed 02/12
    # Complex: 10/12 made a day off -> Fri 11/12.
    cal2 = WorkingCalendar(extra_days_off=[date(2026, 12, 10)])
    assert compute_deadline(at, complex=True, cal=cal2) == date(2026, 12, 11)


def test_extra_working_saturday_counts():
    at = datetime(2026, 11, 20, 10, 0, tzinfo=HCM)
    cal = WorkingCalendar(extra_working_days=[date(2026, 11, 28)])
    assert compute_deadline(at, cal=cal) == date(2026, 12, 1)  # one day earlier than Wed 02/12
    # Received on that Saturday in office hours: it starts that day.
    sat = datetime(2026, 11, 28, 9, 0, tzinfo=HCM)
    assert start_day(sat, cal) == date(2026, 11, 28)


def test_extra_working_saturday_catches_complex_deadline():
    # Row 2 of the table: start Mon 23/11 + 20 = Sun 13/12, moved to Mon 14/12.
    at = datetime(2026, 11, 20, 18, 30, tzinfo=HCM)
    cal = WorkingCalendar(extra_working_days=[date(2026, 12, 12)])
    assert compute_deadline(at, complex=True, cal=cal) == date(2026, 12, 14)  # 12/12 is irrelevant
    # A working Sunday 13/12 holds the deadline itself.
    cal2 = WorkingCalendar(extra_working_days=[date(2026, 12, 13)])
    assert compute_deadline(at, complex=True, cal=cal2) == date(2026, 12, 13)


# -- pause of the clock ----------------------------------------------------------


def test_pause_normal_gains_working_days(cal):
    deadline = date(2026, 12, 2)
    # Paused Fri 27/11, resumed Wed 02/12: stopped on 27, 30, 01 = 3 working days.
    assert extend_for_pause(deadline, date(2026, 11, 27), date(2026, 12, 2), complex=False, cal=cal) == date(
        2026, 12, 7
    )


def test_pause_normal_over_holiday_and_weekend(cal):
    deadline = date(2026, 11, 27)
    # Paused Sat 21/11 .. resumed Wed 25/11: 23/11 is the only working day stopped.
    assert extend_for_pause(deadline, date(2026, 11, 21), date(2026, 11, 25), complex=False, cal=cal) == date(
        2026, 11, 30
    )


def test_pause_complex_gains_calendar_days(cal):
    deadline = date(2026, 12, 10)
    # Stopped 27/11 .. 02/12 = 5 calendar days; 15/12 is a Tuesday.
    assert extend_for_pause(deadline, date(2026, 11, 27), date(2026, 12, 2), complex=True, cal=cal) == date(
        2026, 12, 15
    )
    # 3 calendar days: 13/12 is a Sunday -> Monday 14/12.
    assert extend_for_pause(deadline, date(2026, 11, 27), date(2026, 11, 30), complex=True, cal=cal) == date(
        2026, 12, 14
    )


def test_pause_into_tet(cal):
    # A normal deadline of Wed 03/02/2027, paused one working day: Tết pushes it to 11/02.
    assert extend_for_pause(date(2027, 2, 3), date(2027, 1, 20), date(2027, 1, 21), complex=False, cal=cal) == date(
        2027, 2, 11
    )
    # Complex, 6 calendar days from 03/02 = 09/02, in Tết -> 11/02.
    assert extend_for_pause(date(2027, 2, 3), date(2027, 1, 20), date(2027, 1, 26), complex=True, cal=cal) == date(
        2027, 2, 11
    )


def test_pause_resumed_same_day_gains_nothing(cal):
    for complex_ in (False, True):
        assert extend_for_pause(
            date(2026, 12, 2), date(2026, 11, 25), date(2026, 11, 25), complex=complex_, cal=cal
        ) == date(2026, 12, 2)


def test_pause_rejects_resume_before_pause(cal):
    with pytest.raises(ValueError):
        extend_for_pause(date(2026, 12, 2), date(2026, 11, 26), date(2026, 11, 25), complex=False, cal=cal)


# -- reminders ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "left", "status"),
    [
        (date(2026, 11, 20), 7, "ok"),
        (date(2026, 11, 26), 4, "ok"),
        (date(2026, 11, 27), 3, "ok"),
        (date(2026, 11, 28), 3, "ok"),  # Saturday: 30/11, 01/12, 02/12 left
        (date(2026, 11, 30), 2, "due_soon"),
        (date(2026, 12, 1), 1, "due_soon"),
        (date(2026, 12, 2), 0, "due_today"),
        (date(2026, 12, 3), -1, "overdue"),
        (date(2026, 12, 5), -2, "overdue"),  # Saturday after Thu 03, Fri 04
        (date(2026, 12, 7), -3, "overdue"),
    ],
)
def test_due_status_and_days_left(cal, today, left, status):
    deadline = date(2026, 12, 2)
    assert working_days_left(deadline, today, cal) == left
    assert due_status(deadline, today, cal) == status


def test_overdue_on_weekend_right_after_deadline(cal):
    # Deadline Friday, today Saturday: nothing worked since, but it is overdue.
    assert working_days_left(date(2026, 11, 27), date(2026, 11, 28), cal) == -1
    assert due_status(date(2026, 11, 27), date(2026, 11, 28), cal) == "overdue"


def test_due_soon_threshold(cal):
    deadline = date(2026, 12, 2)
    assert due_status(deadline, date(2026, 11, 27), cal, soon_working_days=3) == "due_soon"
    assert due_status(deadline, date(2026, 12, 1), cal, soon_working_days=0) == "ok"


def test_deadline_in_2030(cal):
    # Fri 30/08/2030, 09:00: 02/09 and 03/09 are off.
    at = datetime(2030, 8, 30, 9, 0, tzinfo=HCM)
    assert compute_deadline(at, cal=cal) == date(2030, 9, 12)
    assert compute_deadline(at, complex=True, cal=cal) == date(2030, 9, 19)


def test_fixed_offset_equals_zone(cal):
    plus7 = timezone(timedelta(hours=7))
    at = datetime(2027, 2, 3, 16, 0, tzinfo=plus7)
    assert compute_deadline(at, cal=cal) == date(2027, 2, 19)
