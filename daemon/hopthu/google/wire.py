"""What the daemon needs of Google's errors and quota without importing gspread, requests or google-auth.

`hopthu run` makes its Sheets calls in a child process (google/remote.py), so the daemon's own process
never loads those libraries (about 25 MB that would stay resident for good, bench/idle_rss.py). What
crosses between the two processes is defined here, in plain Python:

- `WriteUncertain` / `AppendUncertain`: a write whose fate is unknown (google/http.py raises them);
- `TokenBucket`: the client-side limiter under Google's 60 requests a minute per user. With the child,
  the bucket stays in the daemon (one per service account, shared by every ward that uses it, kept
  across the child's restarts) and the child asks it before each request;
- `RemoteAPIError` / `RemoteFailure`: Google's answers and network failures as the child met them, for
  `auth.explain`, which turns them into the same officer messages as the libraries' own exceptions;
- `Values`: a values range (rows, and the A1 range Google answered with).
"""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, Callable


class WriteUncertain(Exception):
    """A non-idempotent write may or may not have been applied.

    Check the sheet (e.g. for the case code) before writing again.
    ``status`` is the HTTP status when there was an answer, None after a
    network error; ``__cause__`` is the underlying error.
    """

    def __init__(self, message: str, *, method: str = "", url: str = "", status: int | None = None):
        super().__init__(message)
        self.method = method
        self.url = url
        self.status = status


class AppendUncertain(WriteUncertain):
    """A values ``:append`` may or may not have added its rows."""


class TokenBucket:
    """Thread-safe token bucket guaranteeing at most ``rate_per_minute`` requests in any 60 s.

    The bucket holds ``burst`` tokens and refills at ``(rate_per_minute -
    burst)`` per minute, so a full burst plus a minute of refill never exceeds
    the limit.  ``acquire`` reserves a token and sleeps until it is due.
    """

    def __init__(self, rate_per_minute: float = 60, burst: int = 5, *,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        if rate_per_minute <= 0:
            raise ValueError("rate_per_minute must be positive")
        burst = max(1, int(burst))
        self.rate_per_minute = rate_per_minute
        self.capacity = float(burst)
        # Refill only what the burst leaves of the per-minute budget (tiny limits: at least the rate).
        refill_per_minute = rate_per_minute - burst if rate_per_minute > burst else rate_per_minute
        self.refill_per_second = refill_per_minute / 60.0
        self._clock = clock
        self._sleep = sleep
        self._tokens = self.capacity
        self._last = clock()
        self._lock = threading.Lock()
        self.waited = 0.0  # total seconds spent waiting, for reports

    def acquire(self) -> float:
        """Take one token, sleeping if none is available; returns the seconds waited."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.refill_per_second)
            self._last = now
            self._tokens -= 1.0
            wait = 0.0 if self._tokens >= 0 else -self._tokens / self.refill_per_second
            self.waited += wait
        if wait > 0:
            self._sleep(wait)
        return wait


class Answer:
    """An HTTP answer's status and JSON body, as `requests.Response` offers them."""

    def __init__(self, status_code: int, body: Any):
        self.status_code = status_code
        self.text = "" if body is None else str(body)
        self._body = body

    def json(self) -> Any:
        return self._body


class RemoteAPIError(Exception):
    """gspread's APIError met in the child: `response.status_code`, `response.text` and `error` as there."""

    def __init__(self, message: str, status: int = 0, error: Any = None, text: str = ""):
        super().__init__(message, status, error, text)
        self.response = Answer(status, None)
        self.response.text = text
        self.error = error

    def __str__(self) -> str:
        return str(self.args[0])


class RemoteFailure(Exception):
    """Another failure in the child. `kind`: "refresh" (Google refused the key), "network" (`name`: the
    exception's type) or "other"; str() is the original exception's."""

    def __init__(self, message: str, kind: str = "other", name: str = ""):
        super().__init__(message, kind, name)
        self.kind = kind
        self.name = name

    def __str__(self) -> str:
        return str(self.args[0])


class Values(list):
    """Rows of a values range; `range` is the A1 range Google answered with (gspread's ValueRange)."""

    range: str = ""


def values(rows: Any, range_: str = "") -> Values:
    out = Values(rows)
    out.range = range_
    return out


def loaded(module: str, name: str) -> Any:
    """`module.name` when that module is already imported, else None (never imports it)."""
    found = sys.modules.get(module)
    return getattr(found, name, None) if found is not None else None


def api_status(exc: BaseException) -> int | None:
    """The HTTP status of Google's error answer (gspread's APIError, here or in the child), else None."""
    if isinstance(exc, RemoteAPIError):
        return exc.response.status_code
    api_error = loaded("gspread.exceptions", "APIError")
    if api_error is not None and isinstance(exc, api_error):
        return int(exc.response.status_code)
    return None
