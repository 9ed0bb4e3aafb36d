"""The Google Sheets calls of `hopthu run`, made in a child process.

gspread, requests, google-auth and cryptography cost the process that imports them about 25 MB for good,
and a 10,000-row read leaves more behind in the heap of the process that decoded it (bench/idle_rss.py).
So the daemon never imports them: `RemoteClient` stands where a gspread client stood (`google.auth.
lazy_client(..., apart=True)`), and each of its calls — a Worksheet's `get`, `batch_get`, `batch_update`,
`append_rows`, the HTTP client's `fetch_sheet_metadata`, `batch_update`, `values_update`, `request` —
is made by a real gspread client (`google.http.SheetsHTTPClient`: retries, write safety) in a child
process. Everything else stays in the daemon: which rows to read, the officer-owned cells' checks, the
journal, the incremental reads' memory, the `App.work` lock.

- The child is started (multiprocessing `spawn`, as on Windows) at the first call and stopped after
  `idle_seconds` without one, shorter than the sheet poll interval: an idle daemon is one process.
- The quota's token bucket stays here (`wire.TokenBucket`, one per service account, shared by every ward
  using it and kept across the child's restarts): the child asks it before each Sheets request.
- What the child meets goes back as plain values (`wire.Values` for gspread's ValueRange, `wire.Answer`
  for a Response) and its errors as `GoogleError`, `WriteUncertain`/`AppendUncertain`, or
  `wire.RemoteAPIError`/`RemoteFailure`, which `auth.explain` turns into the messages officers know.
- The child's log lines (a retry after a 429...) are logged here, under their own logger names.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from typing import Any

from hopthu.google.wire import (
    Answer,
    AppendUncertain,
    RemoteAPIError,
    RemoteFailure,
    TokenBucket,
    WriteUncertain,
    values,
)
from hopthu.idlechild import IdleStop, end_child, start_child

log = logging.getLogger("hopthu.google")

#: A child nobody used for this long is stopped (`auth.remote_client` keeps it under the poll interval).
IDLE_SECONDS = 30.0
#: How long a starting child may take to import gspread and google-auth (a slow disk on an old PC).
START_SECONDS = 120.0

_clients: list["RemoteClient"] = []


class RemoteClient(IdleStop):
    """A gspread client's interface, as the Google backends use it; every call runs in the child."""

    remote = True

    def __init__(self, key_file: str | None, options: dict[str, Any], *, rate_per_minute: float | None = 60,
                 burst: int = 10, idle_seconds: float = IDLE_SECONDS):
        self.key_file = key_file
        self.options = dict(options)
        self.bucket = TokenBucket(rate_per_minute, burst) if rate_per_minute else None
        self.idle_seconds = idle_seconds
        self.http_client = RemoteHTTP(self)
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Any = None
        self._last_used = 0.0
        self.started = 0  # children started (tests, benchmarks)
        if not _clients:
            atexit.register(close_all)
        _clients.append(self)

    def worksheet(self, sheet_id: str, properties: dict) -> "RemoteWorksheet":
        return RemoteWorksheet(self, sheet_id, properties)

    def call(self, op: str, *args: Any) -> Any:
        """One call in the child: ("http", method, args, kwargs), ("ws", sheet id, properties, method, args,
        kwargs) or ("email",)."""
        with self._lock:
            if self._proc is None:
                self._start()
            try:
                return self._exchange(op, args)
            finally:
                self._last_used = time.monotonic()

    def _exchange(self, op: str, args: tuple) -> Any:
        try:
            self._conn.send((op, args))
            while True:
                kind, value = self._conn.recv()
                if kind == "acquire":
                    if self.bucket is not None:
                        self.bucket.acquire()
                    self._conn.send(("go", None))
                elif kind == "log":
                    level, name, text = value
                    logging.getLogger(name).log(level, "%s", text)
                elif kind == "ok":
                    return value
                else:
                    raise value
        except (EOFError, OSError, BrokenPipeError):
            code = self._stop(kill=True)
            if op == "ws" and args[2] == "append_rows":
                raise AppendUncertain(f"the Google worker process stopped during an append (exit code {code})",
                                      method="POST", url="", status=None) from None
            if op == "http" and args[0] == "batch_update":
                raise WriteUncertain(f"the Google worker process stopped during a batchUpdate (exit code {code})",
                                     method="POST", url="", status=None) from None
            from hopthu.google.keys import GoogleError

            raise GoogleError(
                f"tiến trình làm việc với Google dừng bất thường (mã thoát {code}); hopthu thử lại ở chu kỳ sau. "
                f"/ The Google worker process stopped (exit code {code}); hopthu retries next cycle.") from None

    def _start(self) -> None:
        from hopthu.google.keys import GoogleError

        proc = parent = None
        try:
            proc, parent = start_child(_serve, (self.key_file, self.options, self.bucket is not None), "hopthu-google")
            if not parent.poll(START_SECONDS):
                raise TimeoutError(f"no answer in {START_SECONDS:g} s")
            while parent.recv()[0] != "ready":
                pass
        except Exception as exc:
            if proc is not None and proc.is_alive():
                proc.kill()
            if parent is not None:
                parent.close()
            raise GoogleError(f"không khởi động được tiến trình làm việc với Google ({exc}); hopthu thử lại ở chu "
                              f"kỳ sau. / The Google worker process could not start: {exc}") from None
        self._proc, self._conn = proc, parent
        self.started += 1
        self._watch_idle("hopthu-google-idle")

    def _stop(self, kill: bool = False) -> int | None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if proc is None:
            return None
        code = end_child(proc, conn, kill=kill, grace=5)
        from hopthu import platform

        platform.current().release_memory()  # the last call's rows, decoded here, go back to the system
        return code

    def close(self) -> None:
        """Stop the child; one busy in a call (a slow Google answer) is killed rather than waited for."""
        if self._lock.acquire(timeout=5):
            try:
                self._stop()
            finally:
                self._lock.release()
        elif self._proc is not None:
            self._proc.kill()


def close_all() -> None:
    for client in list(_clients):
        client.close()


class _Auth:
    def __init__(self, client: RemoteClient):
        self._client = client
        self._email: str | None = None

    @property
    def service_account_email(self) -> str:
        if self._email is None:
            self._email = str(self._client.call("email") or "")
        return self._email


class RemoteHTTP:
    """`client.http_client`: gspread HTTPClient's methods, each a call in the child."""

    def __init__(self, client: RemoteClient):
        self._client = client
        self.auth = _Auth(client)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self._client.call("http", name, args, kwargs)


class RemoteWorksheet:
    """A gspread Worksheet built from metadata already fetched; its methods are calls in the child."""

    def __init__(self, client: RemoteClient, sheet_id: str, properties: dict):
        self._client = client
        self.spreadsheet_id = sheet_id
        self._properties = dict(properties)

    @property
    def title(self) -> str:
        return str(self._properties.get("title", ""))

    @property
    def id(self) -> int:
        return int(self._properties.get("sheetId", 0))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self._client.call("ws", self.spreadsheet_id, self._properties, name,
                                                         args, kwargs)


# -- the child --------------------------------------------------------------------------------


def _serve(conn, key_file: str | None, options: dict[str, Any], limited: bool) -> None:  # pragma: no cover
    """The child: build the gspread client at the first call, then make each call it is sent."""
    root = logging.getLogger()
    root.handlers[:] = [_ToParent(conn)]
    root.setLevel(logging.WARNING)  # a retry after a 429 or a 5xx; nothing while it starts
    import gspread  # noqa: F401  (imported before "ready": the start is what is timed out)

    from hopthu.errors import OperatorError
    from hopthu.google.http import make_client
    from hopthu.google.keys import GoogleError, load_credentials

    conn.send(("ready", None))
    client = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the daemon is gone
            return
        if message is None:
            return
        op, args = message
        try:
            if client is None:
                client = make_client(load_credentials(key_file), **options,
                                     rate_limiter=_AskParent(conn) if limited else None, rate_per_minute=None)
            reply = ("ok", _plain(_run(client, op, args)))
        except (GoogleError, WriteUncertain, OperatorError) as exc:  # (a renamed Form question: the officers' words)
            reply = ("err", _bare(exc))
        except Exception as exc:
            reply = ("err", _wire_error(exc))
        try:
            conn.send(reply)
        except Exception as exc:  # an answer that does not pickle: its text does
            conn.send(("err", RemoteFailure(f"{type(exc).__name__}: {exc}")))


def _run(client: Any, op: str, args: tuple) -> Any:
    import gspread

    if op == "email":
        return getattr(client.http_client.auth, "service_account_email", "") or ""
    if op == "http":
        name, a, kw = args
        return getattr(client.http_client, name)(*a, **kw)
    if op == "form":  # the Form's tab read whole, reduced here to what the daemon keeps (sources/formfile.py)
        from hopthu.sources.formfile import whole_apart

        sheet_id, properties, columns, where, journal = args
        ws = gspread.Worksheet(None, dict(properties), sheet_id, client.http_client)  # type: ignore[arg-type]
        return whole_apart(ws.get(value_render_option=gspread.utils.ValueRenderOption.formatted), columns, where, journal)
    sheet_id, properties, name, a, kw = args
    ws = gspread.Worksheet(None, dict(properties), sheet_id, client.http_client)  # type: ignore[arg-type]
    return getattr(ws, name)(*a, **kw)


def _plain(value: Any) -> Any:
    """gspread's and requests' objects as plain values the daemon unpickles without those libraries."""
    if isinstance(value, list):
        if type(value) is not list:  # a ValueRange
            return values(list(value), getattr(value, "range", "") or "")
        return [_plain(v) if isinstance(v, list) and type(v) is not list else v for v in value]
    if hasattr(value, "status_code") and hasattr(value, "json"):  # a requests.Response
        try:
            body = value.json()
        except ValueError:
            body = None
        return Answer(value.status_code, body)
    return value


def _bare(exc: BaseException) -> BaseException:
    exc.__cause__ = exc.__context__ = None
    exc.__traceback__ = None
    return exc


def _wire_error(exc: BaseException) -> BaseException:
    """A library's exception as one of wire's, which unpickle in a daemon without the library."""
    import requests
    from google.auth import exceptions as auth_exceptions
    from gspread.exceptions import APIError

    if isinstance(exc, APIError):
        return RemoteAPIError(str(exc), exc.response.status_code, exc.error, exc.response.text[:2000])
    if isinstance(exc, auth_exceptions.RefreshError):
        return RemoteFailure(str(exc), "refresh")
    if isinstance(exc, (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                        auth_exceptions.TransportError)):
        return RemoteFailure(str(exc), "network", type(exc).__name__)
    return RemoteFailure(f"{type(exc).__name__}: {exc}")


class _AskParent(TokenBucket):
    """The child's limiter: a token from the daemon's bucket (shared by its wards) before each request."""

    def __init__(self, conn):
        super().__init__()
        self._conn = conn

    def acquire(self) -> float:
        self._conn.send(("acquire", None))
        self._conn.recv()
        return 0.0


class _ToParent(logging.Handler):
    def __init__(self, conn):
        super().__init__(logging.WARNING)
        self._conn = conn

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._conn.send(("log", (record.levelno, record.name, record.getMessage())))
        except Exception:
            pass
