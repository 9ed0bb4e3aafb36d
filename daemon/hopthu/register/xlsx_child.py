"""The XLSX register worked in a short-lived child process, for `hopthu run`.

openpyxl costs the process that imports it about 11 MB for good (its 176 modules stay loaded), a fifth
of what the idling daemon may hold (bench/idle_rss.py). So the daemon never imports it: each read or save
of the register runs `XlsxRegister` (register/xlsx.py, unchanged) in a fresh interpreter, which exits
with what it loaded. The request and the answer go over the child's stdin and stdout (pickle: the
register's own dataclasses; the child is this same hopthu).

The child costs ~0.5 s of CPU, so the register is read only when it can have changed: the file's
modification time and size are compared with what they were after hopthu's last whole read or its own
save (when nobody had saved in between), and the file is read whole at least every
`full_read_seconds` anyway. A save by an officer (Excel, LibreOffice) changes both, so their edits are
read and acted on in the next cycle as before. The daemon works the register on its sheet thread
(service.py: `apart`), so the child never delays an acknowledgement.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from hopthu.register.columns import RegisterBusy, RegisterError, Snapshot, WritePlan, WriteResult

log = logging.getLogger("hopthu.register")

Stamp = tuple[int, int] | None


def stamp(path: Path) -> Stamp:
    """The file's modification time (ns) and size; None when it does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


class ChildXlsxRegister:
    """`XlsxRegister`'s interface; every call that opens the workbook runs in a child process."""

    coalesce = False  # a local file: written in every cycle
    contacts = None   # contacts stay in the journal
    apart = True      # the daemon works it on its sheet thread (service.Daemon.split)

    def __init__(self, path: str | Path, sheet: str = "Sổ theo dõi", *, full_read_seconds: float = 600,
                 timeout: float = 600):
        self.path = Path(path)
        self.sheet = sheet
        self.where = str(self.path)
        self.full_read_seconds = full_read_seconds
        self.timeout = timeout
        self._status_rows: list[list[str]] | None = None  # a status refresh waiting for the next save
        self._seen: Stamp = None          # the file as hopthu last read it whole (or saved it, nobody between)
        self._full_at: float | None = None

    # -- the register's interface ---------------------------------------------------------------

    def read(self) -> Snapshot:
        snapshot: Snapshot = self._call("read")
        self._full_at = time.monotonic()
        return snapshot

    def read_if_changed(self) -> Snapshot | None:
        """None when the file is as hopthu last read or saved it (nobody typed) and the safety net is not due."""
        if (self._seen is not None and self._full_at is not None and stamp(self.path) == self._seen
                and time.monotonic() - self._full_at < self.full_read_seconds):
            return None
        return self.read()

    def write(self, plan: WritePlan) -> WriteResult:
        if not plan:
            return WriteResult()
        result: WriteResult = self._call("write", plan)
        return result

    def write_status(self, rows: list[list[str]], *, now: bool = True) -> None:
        if not now:
            self._status_rows = rows
            return
        self._call("write_status", rows)

    def check(self) -> str:
        described: str = self._call("check")
        return described

    # -- the child --------------------------------------------------------------------------------

    def _call(self, method: str, *args: Any) -> Any:
        import hopthu

        request = pickle.dumps((str(self.path), self.sheet, self._status_rows, method, args))
        source_root = str(Path(hopthu.__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (source_root, os.environ.get("PYTHONPATH", ""))
                                                          if p)}
        try:
            done = subprocess.run([sys.executable, "-m", "hopthu.register.xlsx_child"], input=request,
                                  capture_output=True, timeout=self.timeout, env=env)
        except subprocess.TimeoutExpired:
            raise RegisterError(f"{self.path}: đọc/ghi sổ theo dõi quá {self.timeout:.0f} giây, đã dừng") from None
        for line in done.stderr.decode("utf-8", "replace").splitlines()[-20:]:
            log.info("register worker: %s", line)
        try:
            kind, value, status_rows, before, after = pickle.loads(done.stdout)
        except Exception:
            raise RegisterError(f"{self.path}: tiến trình đọc/ghi sổ theo dõi dừng bất thường "
                                f"(mã {done.returncode})") from None
        self._status_rows = status_rows
        if kind == "busy":
            raise RegisterBusy(*value)
        if kind == "error":
            raise RegisterError(value)
        if method == "read":
            self._seen = before if before == after else None  # saved while it was read: read again next cycle
        elif before == self._seen and after != before:
            self._seen = after  # hopthu's own save, nobody else's since its last read: no read for it
        return value


def serve() -> None:
    """The child: one call on a fresh `XlsxRegister`, the answer pickled to stdout."""
    for name in ("numpy", "PIL"):  # as service.keep_optional_imports_out: openpyxl needs neither here
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from hopthu.register.xlsx import XlsxRegister

    path, sheet, status_rows, method, args = pickle.loads(sys.stdin.buffer.read())
    register = XlsxRegister(path, sheet)
    register._status_rows = status_rows
    before = stamp(Path(path))
    kind, value = "ok", None
    try:
        value = getattr(register, method)(*args)
    except RegisterBusy as exc:
        kind, value = "busy", (exc.where, exc.holder)
    except RegisterError as exc:
        kind, value = "error", str(exc)
    except Exception as exc:  # a bug: said in the register step's error, the daemon goes on
        kind, value = "error", f"{path}: {type(exc).__name__}: {exc}"
    answer = pickle.dumps((kind, value, register._status_rows, before, stamp(Path(path))))
    sys.stdout.buffer.write(answer)
    sys.stdout.flush()


if __name__ == "__main__":
    serve()
