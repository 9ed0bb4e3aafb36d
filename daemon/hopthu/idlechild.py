"""Child processes stopped when nobody used them for a while: the letters' worker (`pipeline/budget.py`)
and the Google calls' child (`google/remote.py`). An idle daemon is one process."""

from __future__ import annotations

import threading
import time
from typing import Any


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
