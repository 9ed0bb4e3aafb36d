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

The package (its calendars, dateutil) costs a process about 4.5 MB for good, so `hopthu run` works
the years around today out in a short-lived child (`holiday_table`, wiring.py) and answers from
that table; a year outside it (a report on an old year) loads the package here, as before.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    import holidays

    return holidays.country_holidays("VN").__class__


def facts_version() -> str:
    """The version of the holidays' facts: days worked out from an older one may be wrong (reminder_due).
    Read from the package's metadata: the package itself is not imported for it."""
    from importlib import metadata

    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # pragma: no cover - a source tree without metadata
        import holidays

        return str(holidays.__version__)


@dataclass(frozen=True)
class HolidayTable:
    """The package's answers for the years `first`..`last`: every holiday's name by date, the make-up
    working Saturdays and the weekend's weekdays. Plain values: made in a child, kept in the daemon."""

    first: int
    last: int
    names: dict[date, str]
    weekend_workdays: frozenset[date]
    weekend: frozenset[int]

    def covers(self, year: int) -> bool:
        return self.first <= year <= self.last


def holiday_table(first: int, last: int) -> HolidayTable:
    """Work out the years `first`..`last` with the package (run in a child process by `hopthu run`)."""
    hol = _make_vn_holidays()
    for year in range(max(first, MINYEAR), min(last, MAXYEAR) + 1):
        _ = date(year, 1, 1) in hol  # membership populates the year
    return HolidayTable(first, last, {d: str(n) for d, n in hol.items() if first <= d.year <= last},
                        frozenset(d for d in hol.weekend_workdays if first <= d.year <= last),
                        frozenset(int(w) for w in hol.weekend))


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
        *,
        table: HolidayTable | None = None,
    ) -> None:
        """`table`: the package's answers for some years, worked out elsewhere (`holiday_table`); the package
        is loaded here only for a year outside it."""
        self._extra_off: frozenset[date] = frozenset(_as_date(d) for d in extra_days_off)
        self._extra_work: frozenset[date] = frozenset(_as_date(d) for d in extra_working_days)
        self._table = table
        self._package: Any = None if table is not None else _make_vn_holidays()
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

    @property
    def _hol(self) -> Any:
        """The package's calendar, loaded at the first year the table does not cover."""
        if self._package is None:
            with self._lock:
                if self._package is None:
                    self._package = _make_vn_holidays()
        return self._package

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
        hol = self._hol  # (takes the lock itself when it loads the package)
        with self._lock:
            if year in self._loaded:
                return
            if MINYEAR <= year <= MAXYEAR and year not in hol.years:
                # Membership on an expanding HolidayBase populates the year.
                _ = date(year, 1, 1) in hol
            self._loaded.add(year)

    def _holiday_name(self, d: date) -> str | None:
        table = self._table
        if table is not None and table.covers(d.year):
            return table.names.get(d)
        self._ensure_year(d.year)
        name: str | None = self._hol.get(d)
        return name

    def _base_is_working_day(self, d: date) -> bool:
        """The package's answer, without the configured overrides."""
        table = self._table
        if table is not None and table.covers(d.year):
            return d in table.weekend_workdays if d.weekday() in table.weekend else d not in table.names
        self._ensure_year(d.year)
        return bool(self._hol.is_working_day(d))

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
        table = self._table
        if table is not None and table.covers(year):
            entries = [(d, name) for d, name in table.names.items() if d.year == year]
        else:
            self._ensure_year(year)
            hol = self._hol
            with self._lock:  # another thread may be expanding a year meanwhile
                entries = [(d, name) for d, name in hol.items() if d.year == year]
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
        table = self._table
        if table is not None and table.covers(year):
            days = {d for d in table.weekend_workdays if d.year == year}
        else:
            self._ensure_year(year)
            hol = self._hol
            with self._lock:  # populating a year can add to weekend_workdays
                days = {d for d in hol.weekend_workdays if d.year == year}
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
