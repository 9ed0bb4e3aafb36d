"""Report periods (a month, a quarter, a half-year, a year) and the days their reports are due.

Pure: dates in, dates out; the working-day calendar is handed in. The days follow the ward's plan
(seed 004): the monthly public result on the first working day of the next month; the quarterly
report drafted on the 20th of the quarter's last month (or the working day before, if the 20th is a
day off) so the chair can send it before the 25th; the half-year review on 15 June and the year
review on 15 December (or the working day before).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from hopthu.core.workdays import WorkingCalendar

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
KINDS = ("month", "quarter", "half", "year")


@dataclass(frozen=True)
class Period:
    kind: str  # month | quarter | half | year
    year: int
    index: int  # month 1-12, quarter 1-4, half 1-2, year 1

    @property
    def first(self) -> date:
        month = {"month": self.index, "quarter": 3 * self.index - 2, "half": 6 * self.index - 5, "year": 1}[self.kind]
        return date(self.year, month, 1)

    @property
    def last(self) -> date:
        month = {"month": self.index, "quarter": 3 * self.index, "half": 6 * self.index, "year": 12}[self.kind]
        following = date(self.year + 1, 1, 1) if month == 12 else date(self.year, month + 1, 1)
        return following - timedelta(days=1)

    @property
    def key(self) -> str:
        """What the command line takes and file names carry: 2026-11, 2026Q4, 2026H1, 2026."""
        return {"month": f"{self.year}-{self.index:02d}", "quarter": f"{self.year}Q{self.index}",
                "half": f"{self.year}H{self.index}", "year": f"{self.year}"}[self.kind]

    @property
    def label(self) -> str:
        """As a Vietnamese document names it: "tháng 11/2026", "quý IV năm 2026"."""
        if self.kind == "month":
            return f"tháng {self.index}/{self.year}"
        if self.kind == "quarter":
            return f"quý {ROMAN[self.index]} năm {self.year}"
        if self.kind == "half":
            return f"6 tháng {'đầu' if self.index == 1 else 'cuối'} năm {self.year}"
        return f"năm {self.year}"

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def previous(self) -> "Period":
        per_year = {"month": 12, "quarter": 4, "half": 2, "year": 1}[self.kind]
        if self.index > 1:
            return Period(self.kind, self.year, self.index - 1)
        return Period(self.kind, self.year - 1, per_year)


def month(year: int, month_: int) -> Period:
    return Period("month", year, month_)


_PATTERNS = {
    "month": re.compile(r"^(\d{4})-(\d{1,2})$|^(\d{1,2})/(\d{4})$"),
    "quarter": re.compile(r"^(\d{4})\s*[Qq]([1-4])$"),
    "half": re.compile(r"^(\d{4})\s*[Hh]([12])$"),
    "year": re.compile(r"^(\d{4})$"),
}


def parse_period(kind: str, text: str) -> Period:
    """`2026-11` or `11/2026` (month), `2026Q4`, `2026H1`, `2026`. ValueError with what to type."""
    text = (text or "").strip()
    match = _PATTERNS[kind].match(text)
    examples = {"month": "2026-11", "quarter": "2026Q4", "half": "2026H1", "year": "2026"}
    if not match:
        raise ValueError(f'"{text}" không phải kỳ báo cáo hợp lệ; viết như {examples[kind]}')
    if kind == "month":
        year, index = (int(match.group(1)), int(match.group(2))) if match.group(1) else (int(match.group(4)), int(match.group(3)))
        if not 1 <= index <= 12:
            raise ValueError(f'"{text}": tháng phải từ 1 đến 12')
        return Period("month", year, index)
    if kind == "year":
        return Period("year", int(match.group(1)), 1)
    return Period(kind, int(match.group(1)), int(match.group(2)))


def period_of(kind: str, day: date) -> Period:
    """The period of this kind that contains `day`."""
    index = {"month": day.month, "quarter": (day.month - 1) // 3 + 1, "half": 1 if day.month <= 6 else 2, "year": 1}[kind]
    return Period(kind, day.year, index)


def months_back(period: Period, count: int) -> list[Period]:
    """The `count` months ending with the period's last month, oldest first (for the trend chart)."""
    last = period_of("month", period.last)
    out = [last]
    while len(out) < count:
        out.append(out[-1].previous())
    return out[::-1]


# -- when each report is due ------------------------------------------------------


def working_day_on_or_before(day: date, cal: WorkingCalendar) -> date:
    while not cal.is_working_day(day):
        day -= timedelta(days=1)
    return day


def monthly_due(period: Period, cal: WorkingCalendar) -> date:
    """The month's public result: the first working day of the next month."""
    return cal.working_day_on_or_after(period.last + timedelta(days=1))


def draft_due(period: Period, cal: WorkingCalendar) -> date:
    """A quarter: the 20th of its last month; a half-year or year: 15 June / 15 December; the working
    day before when that day is off."""
    if period.kind == "quarter":
        return working_day_on_or_before(date(period.year, 3 * period.index, 20), cal)
    if period.kind in ("half", "year"):
        return working_day_on_or_before(date(period.year, period.last.month, 15), cal)
    raise ValueError(f"no draft day for a {period.kind}")


def due_reports(today: date, cal: WorkingCalendar) -> list[tuple[Period, date, date]]:
    """Reports whose day has come by `today` and whose period is recent, as (period, due day, data up to).

    The monthly result is for the month before; a draft covers its period up to its due day (the
    quarter's last days are not over yet). A report's due day may lie a few days back (the PC was
    off): the caller's journal says whether it went already. In December the year review takes the
    place of the second half-year review (the plan: "Tổng kết: Tháng 12").
    """
    out: list[tuple[Period, date, date]] = []
    last_month = period_of("month", today).previous()
    due = monthly_due(last_month, cal)
    if due <= today:
        out.append((last_month, due, last_month.last))
    quarter = period_of("quarter", today)
    if quarter.last.month == today.month:
        due = draft_due(quarter, cal)
        if due <= today:
            out.append((quarter, due, due))
    if today.month in (6, 12):
        review = Period("half", today.year, 1) if today.month == 6 else Period("year", today.year, 1)
        due = draft_due(review, cal)
        if due <= today:
            out.append((review, due, due))
    return out
