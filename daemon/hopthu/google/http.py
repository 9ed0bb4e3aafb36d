"""The HTTP client hopthu gives gspread for talking to the Google Sheets API.

This module owns how the daemon's Sheets requests travel:

* a client-side token bucket, so the daemon stays under Google's quota of 60
  requests per minute per user by design instead of by 429;
* bounded retries of 429, 500, 502, 503 and 504 answers and of network
  errors, with exponential backoff and full jitter, raising the last error
  when the attempts are used up (gspread's ``BackOffHTTPClient`` retries
  forever);
* never repeating a write that is not idempotent -- a values ``:append``, a
  structural ``spreadsheets:batchUpdate`` (insert/delete rows...) or a Drive
  create -- after an answer that leaves its fate unknown (5xx, a dropped
  connection, a read timeout).  It raises :class:`AppendUncertain` /
  :class:`WriteUncertain` instead, so the caller can look for the case code in
  the sheet before writing again.  A 429 is safe to retry: Google rejects the
  request before applying it;
* rewriting ``https://sheets.googleapis.com`` to another base URL (tests point
  real gspread at a local emulator this way: gspread copies its URL constants
  at import, so patching ``gspread.urls`` has no effect);
* counting the requests it sends (``request_count``), for benchmarks.

Use it through :func:`make_client` or pass :func:`client_factory` as
``http_client=`` to ``gspread.service_account(...)``.
"""

from __future__ import annotations

import email.utils
import functools
import logging
import random
import re
import threading
import time
from typing import Any, Callable, Mapping, MutableMapping
from urllib.parse import urlsplit

import gspread
import requests
import urllib3
from gspread.exceptions import APIError
from gspread.http_client import FileType, HTTPClient, ParamsType

from hopthu.google.wire import AppendUncertain, TokenBucket, WriteUncertain

__all__ = [
    "GOOGLE_SHEETS_BASE",
    "RETRYABLE_STATUSES",
    "WriteUncertain",
    "AppendUncertain",
    "TokenBucket",
    "SheetsHTTPClient",
    "client_factory",
    "make_client",
]

log = logging.getLogger(__name__)

GOOGLE_SHEETS_BASE = "https://sheets.googleapis.com"
GOOGLE_DRIVE_BASE = "https://www.googleapis.com/drive/"
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})

# spreadsheets:batchUpdate request kinds that give the same sheet when
# applied twice; any other kind makes the batch unsafe to repeat blindly.
IDEMPOTENT_BATCH_KINDS = frozenset({
    "updateSheetProperties", "updateSpreadsheetProperties", "setDataValidation", "repeatCell",
    "updateCells", "updateDimensionProperties", "autoResizeDimensions", "sortRange", "setBasicFilter",
    "clearBasicFilter", "updateBorders", "mergeCells", "unmergeCells", "updateProtectedRange",
    "updateConditionalFormatRule", "updateNamedRange", "updateDeveloperMetadata", "updateEmbeddedObjectPosition",
})

_MAX_RETRY_AFTER = 300.0


def _unsafe_write(method: str, url: str, body: Any) -> str | None:
    """'append' / 'write' when repeating the request could apply it twice, else None."""
    if method.upper() != "POST":
        return None
    parts = urlsplit(url)
    path = parts.path
    if path.endswith(":append"):
        return "append"
    if re.search(r"/v4/spreadsheets/[^/]+:batchUpdate$", path):
        requests_ = (body or {}).get("requests") if isinstance(body, Mapping) else None
        kinds = {next(iter(r)) for r in requests_ or [] if isinstance(r, Mapping) and r}
        return None if kinds and kinds <= IDEMPOTENT_BATCH_KINDS else "write"
    if ":copyTo" in path or "/drive/" in path or "/upload/" in path:
        return "write"  # creates a new file or sheet each time
    return None


def _never_sent(exc: BaseException) -> bool:
    """True when the connection failed before any byte of the request left."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason = exc.args[0] if exc.args else None
        reason = getattr(reason, "reason", reason)
        return isinstance(reason, (urllib3.exceptions.NewConnectionError, urllib3.exceptions.ConnectTimeoutError))
    return False


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, min(seconds, _MAX_RETRY_AFTER))


class SheetsHTTPClient(HTTPClient):
    """gspread HTTP client with rate limit, bounded jittered retries and write safety.

    :param api_base: replaces ``https://sheets.googleapis.com`` in every URL.
    :param max_attempts: attempts per request, the first one included.
    :param backoff_base: first backoff ceiling in seconds; doubles per retry.
    :param backoff_cap: largest backoff ceiling in seconds.
    :param rate_per_minute: client-side limit (None disables the limiter).
    :param burst: requests the limiter lets through at once.
    :param rate_limiter: a shared :class:`TokenBucket` (overrides the two above).
    :param timeout: (connect, read) seconds; gspread's default is no timeout.
    :param clock, sleep, random_fn: injectable for tests.
    """

    def __init__(self, auth: Any, session: requests.Session | None = None, *,
                 api_base: str | None = None, max_attempts: int = 5, backoff_base: float = 2.0,
                 backoff_cap: float = 60.0, rate_per_minute: float | None = 60, burst: int = 5,
                 rate_limiter: TokenBucket | None = None,
                 timeout: float | tuple[float, float] | None = (10.0, 60.0),
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep,
                 random_fn: Callable[[], float] = random.random):
        super().__init__(auth, session)
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.api_base = api_base.rstrip("/") if api_base else None
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.timeout = timeout
        self._sleep = sleep
        self._random = random_fn
        if rate_limiter is None and rate_per_minute:
            rate_limiter = TokenBucket(rate_per_minute, burst, clock=clock, sleep=sleep)
        self.rate_limiter = rate_limiter
        self._count_lock = threading.Lock()
        self.request_count = 0  # HTTP requests sent, retries included
        self.retry_count = 0
        self.backoff_seconds = 0.0

    def reset_counts(self) -> None:
        with self._count_lock:
            self.request_count = 0
            self.retry_count = 0
            self.backoff_seconds = 0.0

    def rewrite_url(self, url: str) -> str:
        if self.api_base and url.startswith(GOOGLE_SHEETS_BASE):
            return self.api_base + url[len(GOOGLE_SHEETS_BASE):]
        if self.api_base and self.api_base != GOOGLE_SHEETS_BASE and url.startswith(GOOGLE_DRIVE_BASE):
            return self.api_base + "/drive/" + url[len(GOOGLE_DRIVE_BASE):]  # the emulator serves Drive's files.get
        return url

    def backoff_delay(self, attempt: int) -> float:
        """Full jitter: uniform in [0, min(cap, base * 2**(attempt-1))]."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (attempt - 1)))
        return self._random() * ceiling

    def _wait_before_retry(self, attempt: int, why: str, url: str, floor: float | None = None) -> None:
        delay = self.backoff_delay(attempt)
        if floor is not None:
            delay = max(delay, floor)
        with self._count_lock:
            self.retry_count += 1
            self.backoff_seconds += delay
        log.warning("Sheets request %s failed (%s), attempt %d of %d; retrying in %.1f s",
                    urlsplit(url).path, why, attempt, self.max_attempts, delay)
        self._sleep(delay)

    def request(
        self,
        method: str,
        endpoint: str,
        params: ParamsType | None = None,
        data: bytes | None = None,
        json: Mapping[str, Any] | None = None,
        files: FileType = None,
        headers: MutableMapping[str, str] | None = None,
    ) -> requests.Response:
        url = self.rewrite_url(endpoint)
        unsafe = _unsafe_write(method, url, json)
        uncertain_cls = AppendUncertain if unsafe == "append" else WriteUncertain
        attempt = 0
        while True:
            attempt += 1
            if self.rate_limiter is not None and "/drive/" not in url:  # Drive's quota is not the Sheets one
                self.rate_limiter.acquire()
            with self._count_lock:
                self.request_count += 1
            try:
                response = self.session.request(method=method, url=url, json=json, params=params, data=data,
                                                files=files, headers=headers, timeout=self.timeout)
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                    requests.exceptions.ChunkedEncodingError) as exc:
                if unsafe and not _never_sent(exc):
                    raise uncertain_cls(
                        "%s %s may have been applied: %s" % (method.upper(), urlsplit(url).path, exc),
                        method=method.upper(), url=url, status=None) from exc
                if attempt >= self.max_attempts:
                    raise
                self._wait_before_retry(attempt, type(exc).__name__, url)
                continue
            if response.ok:
                return response
            status = response.status_code
            if status in RETRYABLE_STATUSES:
                if unsafe and status != 429:
                    # Google may have applied the write before failing to answer.
                    raise uncertain_cls(
                        "%s %s answered %d; it may have been applied" % (method.upper(), urlsplit(url).path, status),
                        method=method.upper(), url=url, status=status) from APIError(response)
                if attempt < self.max_attempts:
                    self._wait_before_retry(attempt, "HTTP %d" % status, url, _retry_after(response))
                    continue
            raise APIError(response)


def client_factory(**options: Any) -> Callable[..., SheetsHTTPClient]:
    """A callable for gspread's ``http_client=`` argument, with these options bound."""
    return functools.partial(SheetsHTTPClient, **options)


def make_client(credentials: Any, **options: Any) -> gspread.Client:
    """A ``gspread.Client`` using :class:`SheetsHTTPClient` (options as its keyword arguments)."""
    # gspread only calls http_client(credentials, session): a partial with the options bound does that.
    return gspread.Client(credentials, http_client=client_factory(**options))  # type: ignore[arg-type]
