"""A time budget per letter: reading it (MIME parsing, attachments' metadata removal) runs in a worker
process that is stopped when it takes too long.

Every pattern run on citizen text is linear, but a letter can still be slow by its shape (tens of
thousands of MIME parts fit in 10 MB) or crash a C extension (an image library on a crafted photo).
A worker process bounds both on every platform (`spawn` works on Windows and Linux alike, and a
spawned child inherits no lock another thread held): the letter over its budget, or whose worker
died, is quarantined with a reason an officer can read, and the daemon and the other letters go on.

The worker is started on the first letter and kept for `IDLE_SECONDS` after the last one, so a burst of
letters pays the start once and an idle daemon holds no second process. Where a worker cannot be
started at all, letters are read in the daemon's own process (logged once): slower to stop, never lost.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from typing import Any, Callable

from hopthu.idlechild import IdleStop, end_child, start_child

log = logging.getLogger("hopthu.budget")

#: A worker nobody used for this long is stopped (an idle daemon keeps one process).
IDLE_SECONDS = 120.0
#: How long a starting worker may take to import the parser (a slow disk on an old PC).
START_SECONDS = 120.0


class OverBudget(Exception):
    """The letter took longer than its budget; the worker was stopped."""

    def __init__(self, seconds: float):
        super().__init__(
            f"quá thời gian xử lý: đọc thư mất hơn {seconds:g} giây (thường do thư có rất nhiều phần hoặc tệp "
            f"đính kèm hỏng). Mở bản gốc để xem; nếu là thư thật, nhập nội dung bằng `hopthu add`")
        self.seconds = seconds


class WorkerDied(Exception):
    """The worker process ended while reading the letter (a crash in a library)."""

    def __init__(self, exitcode: int | None):
        super().__init__(
            f"chương trình đọc thư bị dừng đột ngột khi đọc thư này (mã thoát {exitcode}); thư có thể hỏng. "
            f"Mở bản gốc để xem; nếu là thư thật, nhập nội dung bằng `hopthu add`")
        self.exitcode = exitcode


def _serve(conn) -> None:  # pragma: no cover - runs in the worker process
    """The worker: import the parser once, then run each call it is sent until told to stop."""
    import hopthu.core.intake  # noqa: F401  (the parser, the attachments' scrubbers)

    conn.send(("ready", None))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the daemon is gone
            return
        if message is None:
            return
        fn, args, kwargs = message
        try:
            reply = ("ok", fn(*args, **kwargs))
        except Exception as exc:
            reply = ("err", exc)
        try:
            conn.send(reply)
        except Exception as exc:  # an exception (or result) that does not pickle: its text does
            conn.send(("err", RuntimeError(f"{type(exc).__name__}: {exc}")))


class LetterWorker(IdleStop):
    """Runs functions of the pure core in a worker process, each call within its budget in seconds."""

    def __init__(self, idle_seconds: float = IDLE_SECONDS):
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._proc: Any = None
        self._conn: Any = None
        self._last_used = 0.0
        self._in_process = False  # the worker could not be started: read letters here
        self._ready = False  # the worker has imported the parser and answers calls
        self._pending: Ticket | None = None  # the call in the worker now, whose answer is not read yet
        self.started = 0  # workers started (a figure for tests and benchmarks)
        self.calls = 0  # calls sent to a worker (the same)

    def call(self, seconds: float, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """`fn(*args, **kwargs)` in the worker; OverBudget after `seconds`, WorkerDied if it crashed.
        `seconds` <= 0: in this process, without a budget (`inbox.parse_seconds: 0`)."""
        return self.submit(seconds, fn, *args, **kwargs).result()

    def submit(self, seconds: float, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Ticket:
        """Send `fn(*args, **kwargs)` to the worker now and return at once; `Ticket.result()` waits for it
        (OverBudget when it takes more than `seconds` from then on). The daemon works on the letter before
        while the worker reads the next one: the two cores work at once. One call is in the worker at a
        time: sending another first takes the answer of the one there (kept for its ticket)."""
        ticket = Ticket(self, seconds, fn, args, kwargs)
        if seconds <= 0:
            return ticket  # run in this process when its result is asked
        with self._lock:
            self._settle()  # (a call that ended the worker: a new one is started for this one)
            if not self._in_process and self._proc is None:
                self._spawn()
            if not self._in_process and not self._ready:
                self._await_ready()
            if self._in_process:
                return ticket
            self.calls += 1
            try:
                self._conn.send((fn, args, kwargs))
            except (OSError, EOFError, ValueError):
                ticket._fail(WorkerDied(self._stop(kill=True)))
                return ticket
            ticket.sent = True
            self._pending = ticket
            self._last_used = time.monotonic()
        return ticket

    def _settle(self) -> None:
        """The answer of the call in the worker, if any, kept for its ticket (under the lock)."""
        ticket, self._pending = self._pending, None
        if ticket is None:
            return
        try:
            ticket._done(self._receive(ticket.seconds))
        except (OverBudget, WorkerDied) as exc:
            ticket._fail(exc)
        finally:
            self._last_used = time.monotonic()

    def _receive(self, seconds: float) -> tuple[str, Any]:
        if not self._conn.poll(seconds):
            self._stop(kill=True)
            raise OverBudget(seconds)
        try:
            reply: tuple[str, Any] = self._conn.recv()
        except (OSError, EOFError):
            raise WorkerDied(self._stop(kill=True)) from None
        return reply

    def prestart(self) -> None:
        """Start the worker now and return at once: letters were just journalled, and the worker imports the
        parser while their source tidies up and the next batch is fetched (the first letter's wait for a
        started worker was a second or two of a backlog). Nothing when one runs or letters are read here."""
        with self._lock:
            if not self._in_process and self._proc is None:
                self._spawn()

    def _spawn(self) -> None:
        """Start the worker process without waiting for it (`_await_ready` waits; under the lock)."""
        try:
            proc, parent = start_child(_serve, (), "hopthu-letters")
        except Exception as exc:
            self._read_here(exc)
            return
        self._proc, self._conn, self._ready = proc, parent, False
        self.started += 1
        self._watch_idle("hopthu-letters-idle")

    def _await_ready(self) -> None:
        """Wait for a started worker to have imported the parser (under the lock, before its first call)."""
        proc, conn = self._proc, self._conn
        try:
            if not conn.poll(START_SECONDS):
                raise TimeoutError(f"no answer in {START_SECONDS:g} s")
            conn.recv()
        except Exception as exc:
            self._proc = self._conn = None
            end_child(proc, conn, kill=True, grace=0)
            self._read_here(exc)
            return
        self._ready = True

    def _read_here(self, exc: Exception) -> None:
        log.warning("letters are read in the daemon's own process (no time budget): the worker could not "
                    "start: %s", exc)
        self._in_process = True

    def _stop(self, kill: bool = False) -> int | None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if self._pending is not None:  # its answer will never come
            self._pending._fail(WorkerDied(None))
            self._pending = None
        if proc is None:
            return None
        return end_child(proc, conn, kill=kill, grace=2)

    def close(self) -> None:
        with self._lock:
            self._stop()


class Ticket:
    """A call sent to the worker (`LetterWorker.submit`), or to be made in this process."""

    def __init__(self, worker: LetterWorker, seconds: float, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any]):
        self.worker, self.seconds = worker, seconds
        self._call: tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]] | None = (fn, args, kwargs)
        self.sent = False
        self._outcome: tuple[str, Any] | None = None

    def _done(self, reply: tuple[str, Any]) -> None:
        self._outcome, self._call = reply, None

    def _fail(self, exc: BaseException) -> None:
        self._outcome, self._call = ("err", exc), None

    def result(self) -> Any:
        """The call's value, or its exception raised here (OverBudget, WorkerDied, or the function's own)."""
        worker = self.worker
        if self._outcome is None and self.sent:
            with worker._lock:
                if worker._pending is self:
                    worker._settle()
                elif self._outcome is None:  # the worker was stopped with it inside
                    self._fail(WorkerDied(None))
        if self._outcome is None:  # not sent: this process reads the letter
            assert self._call is not None
            fn, args, kwargs = self._call
            self._call = None
            return fn(*args, **kwargs)
        status, value = self._outcome
        self._outcome = None  # the letter's text is not kept with the ticket
        if status == "err":
            raise value
        return value


_workers: dict[str, LetterWorker] = {}
_registry = threading.Lock()


def worker(key: str = "") -> LetterWorker:
    """The worker of one ward (`key`: its case-code prefix): several wards in one process do not wait
    for each other's slow letters; all the apps of one ward in a process share one."""
    with _registry:
        found = _workers.get(key)
        if found is None:
            if not _workers:
                atexit.register(close_all)
            found = _workers[key] = LetterWorker()
        return found


def close_all() -> None:
    for each in list(_workers.values()):
        each.close()
