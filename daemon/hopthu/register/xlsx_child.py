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
import threading
import time
from collections import deque
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from hopthu.register.columns import RegisterBusy, RegisterError, Snapshot, WritePlan, WriteResult

log = logging.getLogger("hopthu.register")

Stamp = tuple[int, int] | None
#: rows (and cells written) per part of a streamed write's answer
ANSWER_PART = 500


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

    def write_parts(self, plans: Iterable[WritePlan]) -> Iterator[WriteResult]:
        """`write` of all `plans` in one save, each plan sent to the child as it is made and what landed read
        back a part at a time (`columns.write_parts`): a backlog's rows and their pickles are never all held in
        this process."""
        parts: Iterator[WriteResult] = self._call("write_parts", plans)
        return parts

    def hand_over(self) -> dict[str, Any]:
        """For the daemon after its start-up child (service.Daemon.catch_up) read the register: the file as that
        child last read or saved it, and how long ago it read it whole (its next cycle then reads nothing)."""
        return {"path": str(self.path), "sheet": self.sheet, "seen": self._seen,
                "age": None if self._full_at is None else time.monotonic() - self._full_at}

    def take_over(self, state: dict[str, Any]) -> None:
        if (state.get("path"), state.get("sheet")) != (str(self.path), self.sheet) or state.get("age") is None:
            return
        self._seen, self._full_at = state["seen"], time.monotonic() - float(state["age"])

    # -- the child --------------------------------------------------------------------------------

    def _call(self, method: str, *args: Any) -> Any:
        """One call in a fresh child. "write_parts" (its one argument: the plans) returns an iterator of results."""
        if method == "write_parts":
            return self._exchange(method, (), args[0])
        (value,) = self._exchange(method, args, None)
        return value

    def _exchange(self, method: str, args: tuple, parts: Iterable[WritePlan] | None) -> Iterator[Any]:
        """The child's answer: its value, then (with `parts`, sent one pickle each after the request) the parts
        of what landed, one pickle each."""
        import hopthu

        source_root = str(Path(hopthu.__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (source_root, os.environ.get("PYTHONPATH", ""))
                                                          if p)}
        proc = subprocess.Popen([sys.executable, "-m", "hopthu.register.xlsx_child"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        said: deque[bytes] = deque(maxlen=20)
        drain = threading.Thread(target=said.extend, args=(proc.stderr,), daemon=True)  # never a full pipe
        drain.start()
        timed_out = threading.Event()

        def overtime() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(self.timeout, overtime)
        timer.start()
        unread = False  # True while parts of the answer are still to come
        try:
            self._send(proc.stdin, (str(self.path), self.sheet, self._status_rows, method, args), parts)
            try:
                kind, value, status_rows, before, after = pickle.load(proc.stdout)
            except Exception:
                proc.wait()
                if timed_out.is_set():
                    raise RegisterError(f"{self.path}: đọc/ghi sổ theo dõi quá {self.timeout:.0f} giây, đã dừng") from None
                raise RegisterError(f"{self.path}: tiến trình đọc/ghi sổ theo dõi dừng bất thường "
                                    f"(mã {proc.returncode})") from None
            self._status_rows = status_rows
            if kind == "busy":
                raise RegisterBusy(*value)
            if kind == "error":
                raise RegisterError(value)
            if method == "read":
                # saved while it was read: read again next cycle; made by this read (no file before): hopthu's own
                self._seen = before if before == after else (after if before is None else None)
            elif before == self._seen and after != before:
                self._seen = after  # hopthu's own save, nobody else's since its last read: no read for it
            unread = parts is not None
            yield value
            while unread:
                try:
                    part = pickle.load(proc.stdout)
                except Exception:  # saved, but what landed is not all known: written again next cycle
                    raise RegisterError(f"{self.path}: tiến trình ghi sổ theo dõi dừng giữa chừng "
                                        f"(mã {proc.wait()})") from None
                if part is None:
                    unread = False
                    break
                yield part
        finally:
            timer.cancel()
            if unread:
                proc.kill()  # a reader that stopped early: the save is done, the rest of the answer unread
            proc.wait()
            proc.stdout.close()
            drain.join(5)
            proc.stderr.close()
            for line in b"".join(said).decode("utf-8", "replace").splitlines():
                log.info("register worker: %s", line)

    @staticmethod
    def _send(stdin: IO[bytes], request: tuple, parts: Iterable[WritePlan] | None) -> None:
        """The request, then each part as it is made, then None. A failure while the parts are made closes the
        child's input before the None: the child ends on the cut stream and writes nothing of a partial plan."""
        try:
            pickle.dump(request, stdin)
            for part in parts or ():
                pickle.dump(part, stdin)  # made, sent and dropped one at a time
            if parts is not None:
                pickle.dump(None, stdin)
        except OSError:  # the child ended early: its answer (or its absence) says why
            for _ in parts or ():
                pass  # the plans are still made to the end: making them remembers the cells already right
        finally:
            try:
                stdin.close()
            except OSError:
                pass


def serve() -> None:
    """The child: one call on a fresh `XlsxRegister`, the answer pickled to stdout."""
    for name in ("numpy", "PIL"):  # as service.keep_optional_imports_out: openpyxl needs neither here
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    from hopthu.register.xlsx import XlsxRegister

    stdin = sys.stdin.buffer
    path, sheet, status_rows, method, args = pickle.load(stdin)
    streamed = method == "write_parts"
    if streamed:  # the plans, one pickle each, written as one batch (one save)
        whole = WritePlan()
        while (part := pickle.load(stdin)) is not None:
            whole.writes += part.writes
            whole.appends += part.appends
        method, args = "write", (whole,)
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
    out = sys.stdout.buffer
    if not streamed or kind != "ok":
        pickle.dump((kind, value, register._status_rows, before, stamp(Path(path))), out)
        out.flush()
        return
    # What did not land first, then what did, a part at a time (no pickle of the whole answer at once).
    assert isinstance(value, WriteResult)
    pickle.dump((kind, WriteResult(conflicts=value.conflicts, refused=value.refused), register._status_rows,
                 before, stamp(Path(path))), out)
    for i in range(0, max(len(value.written), len(value.appended)), ANSWER_PART):
        pickle.dump(WriteResult(written=value.written[i:i + ANSWER_PART], appended=value.appended[i:i + ANSWER_PART]),
                    out)
    pickle.dump(None, out)
    out.flush()


if __name__ == "__main__":
    serve()
