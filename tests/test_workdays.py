"""The working-day calendar: package facts (holidays 0.109), overrides, any year."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hopthu.core.workdays import (
    CONFIGURED_DAY_OFF_LABEL,
    SATURDAY_LABEL,
    SUNDAY_LABEL,
    WorkingCalendar,
)


@pytest.fixture(scope="module")
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2026, 11, 20), True),  # Friday
        (date(2026, 11, 21), False),  # Saturday
        (date(2026, 11, 22), False),  # Sunday
        (date(2026, 11, 24), False),  # Ngày Văn hóa Việt Nam, from 2026
        (date(2026, 8, 22), True),  # make-up working Saturday
        (date(2026, 8, 31), False),  # the day off it pays for
        (date(2026, 9, 2), False),
        (date(2027, 2, 4), False),  # Tết 2027 starts
        (date(2027, 2, 10), False),  # and ends
        (date(2027, 2, 11), True),
        (date(2027, 5, 3), False),  # 1/5/2027 is a Saturday: substitute Monday
    ],
)
def test_is_working_day(cal, day, working):
    assert cal.is_working_day(day) is working


def test_datetime_is_taken_as_its_date(cal):
    assert cal.is_working_day(datetime(2026, 11, 24, 9, 0)) is False
    assert cal.next_working_day(datetime(2026, 11, 23, 23, 0)) == date(2026, 11, 25)


def test_next_working_day_is_strictly_after(cal):
    assert cal.next_working_day(date(2026, 11, 20)) == date(2026, 11, 23)
    assert cal.next_working_day(date(2026, 11, 23)) == date(2026, 11, 25)  # skips 24/11
    assert cal.next_working_day(date(2026, 8, 21)) == date(2026, 8, 22)  # make-up Saturday
    assert cal.next_working_day(date(2027, 2, 3)) == date(2027, 2, 11)  # across Tết


def test_working_day_on_or_after(cal):
    assert cal.working_day_on_or_after(date(2026, 11, 20)) == date(2026, 11, 20)
    assert cal.working_day_on_or_after(date(2026, 11, 21)) == date(2026, 11, 23)
    assert cal.working_day_on_or_after(date(2027, 2, 9)) == date(2027, 2, 11)


def test_add_working_days(cal):
    assert cal.add_working_days(date(2026, 11, 20), 0) == date(2026, 11, 20)
    assert cal.add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)
    assert cal.add_working_days(date(2026, 11, 20), 7) == date(2026, 12, 2)
    assert cal.add_working_days(date(2026, 12, 2), -7) == date(2026, 11, 20)
    # Across the year boundary and New Year's Day.
    assert cal.add_working_days(date(2026, 12, 28), 7) == date(2027, 1, 7)


def test_working_days_between_is_half_open_and_inverse(cal):
    a = date(2026, 11, 20)
    assert cal.working_days_between(a, a) == 0
    assert cal.working_days_between(a, date(2026, 11, 22)) == 0  # the weekend
    assert cal.working_days_between(a, date(2026, 12, 2)) == 7
    assert cal.working_days_between(date(2026, 12, 2), a) == -7
    for n in (1, 5, 20, 60):
        assert cal.working_days_between(a, cal.add_working_days(a, n)) == n


def test_non_working_days_2027_has_tet_with_names(cal):
    days = dict(cal.non_working_days(2027))
    tet = [date(2027, 2, d) for d in range(4, 11)]
    for d in tet:
        assert d in days
    assert days[date(2027, 2, 4)] == "29 Tết"
    assert days[date(2027, 2, 5)] == "Giao thừa Tết Nguyên Đán"
    # A Tết day on a weekend carries the holiday's name, not the weekday's.
    assert days[date(2027, 2, 6)] == "Tết Nguyên Đán"
    assert days[date(2027, 2, 10)] == "Mùng năm Tết Nguyên Đán"
    assert days[date(2027, 1, 1)] == "Tết Dương lịch"
    assert days[date(2027, 1, 2)] == SATURDAY_LABEL
    assert days[date(2027, 1, 3)] == SUNDAY_LABEL
    assert date(2027, 2, 11) not in days
    # Every day of the year is either working or listed, once.
    listed = [d for d, _ in cal.non_working_days(2027)]
    assert listed == sorted(set(listed))
    assert len(listed) + cal.working_days_between(date(2026, 12, 31), date(2027, 12, 31)) == 365


def test_non_working_days_skips_make_up_saturday(cal):
    days = dict(cal.non_working_days(2026))
    assert date(2026, 8, 22) not in days
    assert days[date(2026, 8, 31)] == "Ngày nghỉ (thay cho ngày 22/08/2026)"
    assert days[date(2026, 8, 29)] == SATURDAY_LABEL


def test_holidays_in_excludes_ordinary_weekends(cal):
    hol = dict(cal.holidays_in(2027))
    assert all(name not in (SATURDAY_LABEL, SUNDAY_LABEL) for name in hol.values())
    assert set(date(2027, 2, d) for d in range(4, 11)) <= set(hol)
    assert date(2027, 1, 2) not in hol
    assert hol[date(2027, 5, 1)] == "Ngày Quốc tế Lao động"  # a holiday on a Saturday stays listed
    assert hol[date(2027, 5, 3)] == "Ngày Quốc tế Lao động (nghỉ bù)"
    assert list(hol) == sorted(hol)


def test_make_up_working_days(cal):
    assert cal.make_up_working_days(2026) == [date(2026, 8, 22)]
    assert cal.make_up_working_days(2027) == []


def test_make_up_day_across_year_boundary():
    # 2015's swap made Sat 27/12/2014 a working day; it must be known
    # even when 2014 is the first year looked up.
    fresh = WorkingCalendar()
    assert fresh.is_working_day(date(2014, 12, 27)) is True
    assert fresh.make_up_working_days(2014) == [date(2014, 4, 26), date(2014, 9, 6), date(2014, 12, 27)]


def test_extra_day_off_wins_over_everything():
    cal = WorkingCalendar(
        extra_days_off=[date(2026, 11, 25), date(2026, 8, 22)],
        extra_working_days=[date(2026, 11, 25)],
    )
    assert cal.is_working_day(date(2026, 11, 25)) is False  # off beats working
    assert cal.is_working_day(date(2026, 8, 22)) is False  # cancels the make-up Saturday
    assert cal.make_up_working_days(2026) == []
    days = dict(cal.non_working_days(2026))
    assert days[date(2026, 11, 25)] == CONFIGURED_DAY_OFF_LABEL
    assert dict(cal.holidays_in(2026))[date(2026, 11, 25)] == CONFIGURED_DAY_OFF_LABEL
    assert cal.next_working_day(date(2026, 11, 23)) == date(2026, 11, 26)


def test_extra_working_saturday_counts():
    sat = date(2027, 1, 9)
    cal = WorkingCalendar(extra_working_days=[sat])
    assert cal.is_working_day(sat) is True
    assert cal.next_working_day(date(2027, 1, 8)) == sat
    assert sat not in dict(cal.non_working_days(2027))
    assert cal.make_up_working_days(2027) == [sat]


def test_extra_working_day_overrides_package_holiday():
    cal = WorkingCalendar(extra_working_days=[date(2026, 8, 31)])
    assert cal.is_working_day(date(2026, 8, 31)) is True
    assert date(2026, 8, 31) not in dict(cal.holidays_in(2026))


@pytest.mark.parametrize("year", [2024, 2030, 2045, 2099])
def test_any_year_works(year):
    cal = WorkingCalendar()  # fresh, so nothing is preloaded
    hol = dict(cal.holidays_in(year))
    names = set(hol.values())
    assert "Tết Dương lịch" in names or any("Tết Dương lịch" in n for n in names)
    assert any("Tết Nguyên Đán" in n for n in names)
    assert any("Quốc khánh" in n for n in names)
    assert cal.is_working_day(date(year, 9, 2)) is False
    assert cal.working_day_on_or_after(date(year, 1, 1)) > date(year, 1, 1)


def test_2030_lookups_without_listing_first():
    cal = WorkingCalendar()
    # 02/09/2030 is a Monday, 03/09 the second National Day holiday.
    assert cal.is_working_day(date(2030, 9, 2)) is False
    assert cal.next_working_day(date(2030, 8, 30)) == date(2030, 9, 4)
    assert cal.add_working_days(date(2030, 11, 22), 1) == date(2030, 11, 26)  # 25/11 substitutes Sun 24/11


def test_rejects_non_dates(cal):
    with pytest.raises(TypeError):
        cal.is_working_day("2026-11-20")  # type: ignore[arg-type]


def test_concurrent_lookups_across_years():
    from concurrent.futures import ThreadPoolExecutor

    cal = WorkingCalendar()
    years = list(range(2020, 2060))

    def work(year: int) -> int:
        cal.holidays_in(year - 1)
        cal.make_up_working_days(year + 1)
        return len(cal.non_working_days(year))

    with ThreadPoolExecutor(max_workers=8) as pool:
        counts = list(pool.map(work, years))
    assert counts == [len(WorkingCalendar().non_working_days(y)) for y in years]


def test_the_calendar_loads_vietnam_without_the_other_countries():
    """The daemon idles under 60 MB partly because only Vietnam's module is imported."""
    import subprocess
    import sys

    code = ("import sys; from hopthu.core.workdays import WorkingCalendar; WorkingCalendar().is_working_day("
            "__import__('datetime').date(2027, 2, 8)); "
            "print(len([m for m in sys.modules if m.startswith('holidays.countries.')]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1"


def test_a_table_worked_out_elsewhere_answers_as_the_package_and_the_package_loads_only_beyond_it():
    """`hopthu run` works the years around today out in a child (`holiday_table`, wiring.build_calendar), so the
    daemon never holds the holidays package; a year outside the table loads it as before."""
    import pickle
    from datetime import timedelta

    from hopthu.core.workdays import holiday_table

    table = pickle.loads(pickle.dumps(holiday_table(2024, 2028)))  # as it comes back from the child
    off, work = [date(2026, 3, 3)], [date(2026, 2, 14)]
    fast, package = WorkingCalendar(off, work, table=table), WorkingCalendar(off, work)
    d = date(2024, 1, 1)
    while d.year <= 2028:
        assert fast.is_working_day(d) == package.is_working_day(d), d
        d += timedelta(days=1)
    for year in range(2024, 2029):
        assert fast.holidays_in(year) == package.holidays_in(year)
        assert fast.make_up_working_days(year) == package.make_up_working_days(year)
        assert fast.non_working_days(year) == package.non_working_days(year)
    assert fast._package is None  # every answer so far from the table
    assert fast.add_working_days(date(2028, 12, 20), 15) == package.add_working_days(date(2028, 12, 20), 15)
    assert fast._package is not None  # 2029: beyond the table, the package
