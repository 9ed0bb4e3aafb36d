"""The daemon's child processes. Two are kept while used and stopped when nobody used them for a while:
the letters' worker (`pipeline/budget.py`) and the Google calls' child (`google/remote.py`); others run one
call and end (`call_in_child`: work whose heap the daemon must not keep, e.g. a year's holidays worked out
with the `holidays` package). All are started the same way (`start_child`: multiprocessing `spawn`, as on
Windows, so a child inherits no lock another thread held). An idle daemon is one process."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable


def start_child(target: Callable[..., Any], args: tuple, name: str) -> tuple[Any, Any]:
    """Start `target(conn, *args)` in a spawned child process; returns (process, this end of the pipe).
    The child's end is closed here, so this end reads EOF once the child ends."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    try:
        proc = ctx.Process(target=target, args=(child, *args), name=name, daemon=True)
        proc.start()
    except BaseException:
        parent.close()
        raise
    finally:
        child.close()
    return proc, parent


def _call(conn: Any, fn: Callable[..., Any], args: tuple) -> None:  # pragma: no cover - runs in the child
    try:
        reply = ("ok", fn(*args))
    except Exception as exc:
        reply = ("err", RuntimeError(f"{type(exc).__name__}: {exc}"))
    conn.send(reply)
    conn.close()


def call_in_child(fn: Callable[..., Any], *args: Any, timeout: float = 120.0, name: str = "hopthu-child") -> Any:
    """`fn(*args)` in a short-lived child process; its value (pickled back), or its error as RuntimeError.
    OSError or TimeoutError when the child cannot start or answer (callers then do the work here)."""
    proc, conn = start_child(_call, (fn, args), name)
    answered = False
    try:
        if not conn.poll(timeout):
            raise TimeoutError(f"no answer in {timeout:g} s")
        try:
            status, value = conn.recv()
        except EOFError:
            raise OSError(f"the child process ended without an answer (exit code {proc.exitcode})") from None
        answered = True
    finally:
        proc.join(10 if answered else 0)  # it ends on its own once it has answered
        end_child(proc, conn, kill=True, grace=0)
    if status == "err":
        raise value
    return value


class IdleStop:
    """A reaper thread stops the child once nobody used it for `idle_seconds`. The class using it keeps
    `_lock`, `_proc` (None when no child runs), `_last_used` (time.monotonic()) and `_stop()`."""

    idle_seconds: float
    _lock: Any
    _proc: Any
    _last_used: float
    _reaper: threading.Thread | None = None

    def _stop(self, kill: bool = False) -> int | None:
        raise NotImplementedError

    def _watch_idle(self, name: str) -> None:
        """A child has just started (the lock held): count its idle time from now."""
        self._last_used = time.monotonic()
        if self._reaper is None or not self._reaper.is_alive():
            self._reaper = threading.Thread(target=self._reap, name=name, daemon=True)
            self._reaper.start()

    def _reap(self) -> None:
        while True:
            with self._lock:
                if self._proc is None:
                    return
                left = self._last_used + self.idle_seconds - time.monotonic()
                if left <= 0:
                    self._stop()
                    return
            time.sleep(min(left, 5.0))

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.is_alive()


def end_child(proc: Any, conn: Any, *, kill: bool, grace: float) -> int | None:
    """Ask a child to stop (None down its pipe) and wait `grace` seconds, or kill it at once with `kill`;
    a child that does not stop is killed. The pipe is closed. Returns the child's exit code."""
    if not kill:
        try:
            conn.send(None)
        except Exception:
            pass
        proc.join(grace)
    if proc.is_alive():
        proc.kill()
        proc.join(5)
    conn.close()
    return proc.exitcode
