"""The Vietnamese working-day calendar (ngày làm việc).

A working day is Monday–Friday, minus public holidays and their substitute
days off, plus the Saturdays the government swaps in as make-up working days.
The facts come from the pinned ``holidays`` package (country VN); this module
only adds the officers' overrides, for swaps the government announces after
the package version was pinned:

* ``extra_days_off`` win over everything (a configured day off is never worked);
* ``extra_working_days`` make a day a working day even if the package says it
  is a weekend or a holiday (an explicit, later announcement beats the package).

Pure code, no I/O. Years are loaded lazily as dates are looked up. The
package knows VN holidays for 1901–2100; outside that range only weekends
and the configured days count.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Iterable, Iterator
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta

import holidays

__all__ = [
    "CONFIGURED_DAY_OFF_LABEL",
    "SATURDAY_LABEL",
    "SUNDAY_LABEL",
    "WorkingCalendar",
]

SATURDAY_LABEL = "Thứ Bảy"
SUNDAY_LABEL = "Chủ nhật"
CONFIGURED_DAY_OFF_LABEL = "Nghỉ bổ sung (cấu hình)"

_ONE_DAY = timedelta(days=1)


def _vietnam_class() -> type[holidays.HolidayBase]:
    """The package's Vietnam calendar class, without importing its other 250 countries.

    `holidays.countries/__init__.py` imports every country module (≈ 8 MB of a daemon that idles
    at ≈ 55 MB). The Vietnam module itself needs only the package's base classes, so we let Python
    import it with `holidays.countries` standing as a bare package (its real `__path__`, its
    `__init__` not run). If that ever fails (a future layout), the ordinary import is used.
    """
    name = "holidays.countries"
    if name not in sys.modules:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.submodule_search_locations:
            bare = types.ModuleType(name)
            bare.__path__ = list(spec.submodule_search_locations)
            bare.__spec__ = spec
            sys.modules[name] = bare
            try:
                vietnam: type[holidays.HolidayBase] = importlib.import_module("holidays.countries.vietnam").Vietnam
                return vietnam
            except Exception:
                sys.modules.pop("holidays.countries.vietnam", None)
            finally:
                if sys.modules.get(name) is bare:
                    del sys.modules[name]  # later `import holidays.countries` gets the real package
    return holidays.country_holidays("VN").__class__


def facts_version() -> str:
    """The version of the holidays' facts: days worked out from an older one may be wrong (reminder_due)."""
    return str(holidays.__version__)


def _make_vn_holidays() -> holidays.HolidayBase:
    """The package's VN calendar, with Vietnamese names when available."""
    vietnam = _vietnam_class()
    try:
        return vietnam(language="vi")
    except Exception:  # pragma: no cover - only if a future version drops "vi"
        return vietnam(language="en_US")


class WorkingCalendar:
    """Working days of a Vietnamese state office, with configured overrides."""

    def __init__(
        self,
        extra_days_off: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
    ) -> None:
        self._extra_off: frozenset[date] = frozenset(_as_date(d) for d in extra_days_off)
        self._extra_work: frozenset[date] = frozenset(_as_date(d) for d in extra_working_days)
        self._hol = _make_vn_holidays()
        self._loaded: set[int] = set()
        # The holidays object grows as years are expanded; the daemon's
        # threads may look dates up concurrently.
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"WorkingCalendar(extra_days_off={sorted(self._extra_off)!r}, "
            f"extra_working_days={sorted(self._extra_work)!r})"
        )

    @property
    def extra_days_off(self) -> frozenset[date]:
        return self._extra_off

    @property
    def extra_working_days(self) -> frozenset[date]:
        return self._extra_work

    # -- loading -----------------------------------------------------------

    def _ensure_year(self, year: int) -> None:
        """Populate ``year`` in the holidays object once.

        Lookups on an expanding HolidayBase populate years on their own; doing
        it here, under a lock, keeps concurrent threads from expanding the same
        year twice and lets the listing methods iterate a complete year.
        Make-up Saturdays need no neighbouring year: the package derives
        ``weekend_workdays`` for all years up front (27/12/2014, a swap
        recorded under 2015, is known from the start).
        """
        if year in self._loaded:
            return
        with self._lock:
            if year in self._loaded:
                return
            if MINYEAR <= year <= MAXYEAR and year not in self._hol.years:
                # Membership on an expanding HolidayBase populates the year.
                _ = date(year, 1, 1) in self._hol
            self._loaded.add(year)

    def _holiday_name(self, d: date) -> str | None:
        self._ensure_year(d.year)
        return self._hol.get(d)

    def _base_is_working_day(self, d: date) -> bool:
        """The package's answer, without the configured overrides."""
        self._ensure_year(d.year)
        return self._hol.is_working_day(d)

    # -- single days -------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        d = _as_date(d)
        if d in self._extra_off:
            return False
        if d in self._extra_work:
            return True
        return self._base_is_working_day(d)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d = _as_date(d) + _ONE_DAY
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def working_day_on_or_after(self, d: date) -> date:
        """``d`` if it is a working day, else the next one."""
        d = _as_date(d)
        return d if self.is_working_day(d) else self.next_working_day(d)

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day strictly after ``d`` (before it if ``n`` < 0).

        ``n == 0`` returns ``d`` unchanged, working day or not.
        """
        d = _as_date(d)
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        for _ in range(abs(n)):
            d += step
            while not self.is_working_day(d):
                d += step
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in the half-open interval (a, b]; negative if b < a.

        The inverse of :meth:`add_working_days`: for a working day ``b`` after
        ``a``, ``add_working_days(a, working_days_between(a, b)) == b``.
        """
        a, b = _as_date(a), _as_date(b)
        if b < a:
            return -self.working_days_between(b, a)
        return sum(1 for d in _days(a + _ONE_DAY, b + _ONE_DAY) if self.is_working_day(d))

    # -- listings ----------------------------------------------------------

    def non_working_days(self, year: int) -> list[tuple[date, str]]:
        """Every day off in ``year``, with a Vietnamese reason.

        The holiday name is preferred to the configured label, which is
        preferred to the weekday name, so a Saturday that is also a Tết day
        reads as the Tết day.
        """
        out: list[tuple[date, str]] = []
        for d in _days_of_year(year):
            if self.is_working_day(d):
                continue
            name = self._holiday_name(d)
            if name is None and d in self._extra_off:
                name = CONFIGURED_DAY_OFF_LABEL
            if name is None:
                name = SATURDAY_LABEL if d.weekday() == 5 else SUNDAY_LABEL
            out.append((d, name))
        return out

    def holidays_in(self, year: int) -> list[tuple[date, str]]:
        """Public holidays and substitute/configured days off in ``year``.

        Ordinary weekends are left out; holidays that fall on a weekend are
        listed (Tết on a Saturday is still Tết). A holiday that an extra
        working day overrides is not a day off and is left out.
        """
        self._ensure_year(year)
        with self._lock:  # another thread may be expanding a year meanwhile
            entries = [(d, name) for d, name in self._hol.items() if d.year == year]
        found: dict[date, str] = {}
        for d, name in entries:
            if not self.is_working_day(d):
                found[d] = name
        for d in self._extra_off:
            if d.year == year and d not in found:
                found[d] = CONFIGURED_DAY_OFF_LABEL
        return sorted(found.items())

    def make_up_working_days(self, year: int) -> list[date]:
        """Days worked although normally off: swapped Saturdays, plus configured ones."""
        self._ensure_year(year)
        with self._lock:  # populating a year can add to weekend_workdays
            days = {d for d in self._hol.weekend_workdays if d.year == year}
        days |= {d for d in self._extra_work if d.year == year and not self._base_is_working_day(d)}
        return sorted(d for d in days if self.is_working_day(d))


def _as_date(d: date) -> date:
    """Accept datetimes too, but compare as plain dates (datetime is a date subclass)."""
    if isinstance(d, datetime):
        return d.date()
    if not isinstance(d, date):
        raise TypeError(f"expected a date, got {type(d).__name__}")
    return d


def _days(start: date, stop: date) -> Iterator[date]:
    """Dates in [start, stop)."""
    d = start
    while d < stop:
        yield d
        d += _ONE_DAY


def _days_of_year(year: int) -> Iterator[date]:
    d = date(year, 1, 1)
    while d.year == year:
        yield d
        if d.month == 12 and d.day == 31:
            return  # stop before date.max overflows in year 9999
        d += _ONE_DAY
