"""How cells and rows travel to a Google sheet: values converted both ways, requests kept under the
payload limit, and the uncertain append — one function for the register and the contacts sheet.

- Dates go out as serial numbers (days since 30/12/1899) and come back as date/datetime, so the register
  compares them as the XLSX backend does; everything else is written RAW, as text.
- A request's body is measured as `requests` sends it, and item lists are cut to stay under it.
- `append_once`: after an append whose answer was lost (`AppendUncertain`: it may or may not have landed)
  the sheet's code column is read before appending again, and only rows whose code is missing are sent:
  never a duplicate row.
"""

from __future__ import annotations

import hashlib
import json
import logging
from array import array
from bisect import bisect_left
from datetime import date, datetime, timedelta
from typing import Any, Callable, Iterable, TypeVar

from hopthu.core.safetext import cell_text
from hopthu.google.wire import AppendUncertain
from hopthu.register.columns import BY_ID

log = logging.getLogger("hopthu.gsheet")

EPOCH = datetime(1899, 12, 30)  # day 0 of spreadsheet serial dates

T = TypeVar("T")


def to_serial(value: date | datetime) -> float | int:
    """A date as the spreadsheet's serial number (days since 30/12/1899; time as a fraction)."""
    if isinstance(value, datetime):
        delta = value.replace(tzinfo=None) - EPOCH
        serial = delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400
        return int(serial) if float(serial).is_integer() else serial
    return (value - EPOCH.date()).days


def from_serial(serial: float, kind: str) -> date | datetime:
    when = EPOCH + timedelta(seconds=round(float(serial) * 86400))
    if kind == "date" and when.time() == datetime.min.time():
        return when.date()
    return when


def cell_in(column_id: str, value: Any) -> Any:
    """A value read (UNFORMATTED_VALUE, SERIAL_NUMBER) as the register compares it: dates as dates."""
    if value is None or value == "":
        return None
    kind = BY_ID[column_id].kind
    if kind in ("date", "datetime") and isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return from_serial(value, kind)
        except (OverflowError, ValueError):
            return value
    return value


def cell_out(column_id: str, value: Any) -> Any:
    """A value to write RAW: dates as serial numbers, everything else as text ("" clears a cell)."""
    if value is None or value == "":
        return ""
    kind = BY_ID[column_id].kind
    if kind == "date" and isinstance(value, datetime):
        value = value.date()
    if kind in ("date", "datetime") and isinstance(value, date):
        return to_serial(value)
    return cell_text(str(value))  # Sheets would keep control characters; the register shows them as marks




def _size(obj: Any) -> int:
    """Bytes `obj` takes in the request body as `requests` sends it (json.dumps defaults: ASCII-escaped,
    so a Vietnamese letter costs 6 bytes), plus its separator."""
    return len(json.dumps(obj)) + 2


ENVELOPE = 1_000  # the request body around the items ({"valueInputOption": ..., "data": [...]})


def chunks(items: list, max_bytes: int, size: Callable[[Any], int] = _size) -> Iterable[list]:
    """Split `items` into consecutive lists whose request body stays under `max_bytes` (at least one item each)."""
    batch: list = []
    total = ENVELOPE
    for item in items:
        n = size(item)
        if batch and total + n > max_bytes:
            yield batch
            batch, total = [], ENVELOPE
        batch.append(item)
        total += n
    if batch:
        yield batch




def append_once(
    append: Callable[[list[list]], None],
    items: list[T],
    *,
    row: Callable[[T], list],
    code: Callable[[T], str],
    codes_present: Callable[[], Iterable[str]],
    max_bytes: int,
    attempts: int = 3,
    landed: Callable[[list[T]], None] = lambda items: None,
    what: str = "sheet",
) -> list[T]:
    """Append `items` as rows (`row(item)`) in requests under `max_bytes`; returns the items that landed,
    in order, and tells `landed` of each group as soon as it is known to be there.

    After an uncertain append, `codes_present()` (a fresh read of the sheet's code column) decides which
    items are there; only the others are appended again. After `attempts` uncertain appends the rest is
    left for the next cycle, which will read the sheet again first."""
    done: list[T] = []
    pending = list(items)
    uncertain = 0
    while pending:
        batch = next(iter(chunks(pending, max_bytes, size=lambda item: _size(row(item)))))
        try:
            append([row(item) for item in batch])
        except AppendUncertain as exc:
            uncertain += 1
            log.warning("%s append uncertain (%s): checking the code column before appending again", what, exc)
            present = set(codes_present())
            there = [item for item in pending if code(item) in present]
            pending = [item for item in pending if code(item) not in present]
            if there:
                landed(there)
                done += there
            if uncertain >= attempts:
                if pending:
                    log.warning("%s: %d row(s) left for the next cycle", what, len(pending))
                break
            continue
        landed(batch)
        done += batch
        pending = pending[len(batch):]
    return done


class RowPositions:
    """Where each case code's row was at the register's last whole read, kept up to date with hopthu's own
    appends: 12 bytes a row (a sorted array of 64-bit digests of the codes, and their rows), not a dict of
    10,000 strings the idling daemon would hold between whole reads. A digest shared by two codes (never
    seen at 2^-64 a pair) costs nothing: a position is only used after the code read back there is checked."""

    #: hopthu's own appends since the arrays were made, kept apart until there are this many
    FOLD = 256

    def __init__(self, pairs: Iterable[tuple[str, int]] = ()):
        self._keys = array("q")
        self._rows = array("q")
        self._more: dict[str, int] = {}
        self._fold(pairs)

    @staticmethod
    def _key(code: str) -> int:
        return int.from_bytes(hashlib.blake2b(code.encode("utf-8"), digest_size=8).digest(), "little", signed=True)

    def _fold(self, pairs: Iterable[tuple[str, int]]) -> None:
        merged = dict(zip(self._keys, self._rows))
        merged.update((self._key(code), row) for code, row in pairs)
        items = sorted(merged.items())
        self._keys = array("q", (k for k, _ in items))
        self._rows = array("q", (r for _, r in items))

    def _find(self, code: str) -> int:
        key = self._key(code)
        i = bisect_left(self._keys, key)
        return i if i < len(self._keys) and self._keys[i] == key else -1

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and (code in self._more or self._find(code) >= 0)

    def __getitem__(self, code: str) -> int:
        if code in self._more:
            return self._more[code]
        i = self._find(code)
        if i < 0:
            raise KeyError(code)
        return self._rows[i]

    def __len__(self) -> int:
        return len(self._keys) + sum(1 for code in self._more if self._find(code) < 0)

    def update(self, rows: dict[str, int]) -> None:
        self._more.update(rows)
        if len(self._more) >= self.FOLD:
            more, self._more = self._more, {}
            self._fold(more.items())
