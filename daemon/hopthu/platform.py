"""Every difference between POSIX (the Linux ward PC under systemd) and Windows (the ward PC under the
Task Scheduler), in one place. No other hopthu module calls chmod, fcntl, msvcrt, signal, sd_notify,
icacls, malloc_trim or anything else only one family of systems has: they ask this module. Per concern:

- **Private folders and files** (the state folder: journal, letters, log, heartbeat). POSIX: mode 0700 for
  folders, 0600 for files, whatever the umask. Windows: the folder gets an ACL without inheritance granting
  full control to hopthu's account, Administrators and SYSTEM only (`icacls`); what is inside inherits it.
- **Shared data files** (the XLSX register, the outbox): POSIX gives a file the data folder's group
  read/write bits; Windows leaves it to the folder's inherited ACL (made by install.ps1).
- **Whether others may read the secrets file**: POSIX reads the mode; Windows reads `icacls`' list.
- **Locks and replacing a file another program holds open.** Windows refuses to replace a file Excel has
  open. On POSIX a rename always succeeds, so the same contract is kept with record locks (`lockf`, what
  LibreOffice takes on an open document): `replace_file` raises `FileBusy` when another process holds the
  target locked. `fcntl.lockf`/`msvcrt.locking`, not portalocker (its POSIX default, `flock`, misses them).
- **Stop and reload requests.** POSIX: SIGTERM/SIGINT stop, SIGHUP reloads. Windows (no SIGTERM from the
  Task Scheduler, no SIGHUP): Ctrl+C/Ctrl+Break stop, and the files `stop.request` / `reload.request` in the
  state folder, polled by the main loop (install.ps1 and uninstall.ps1 write them).
- **The watchdog.** Linux: systemd's (`sd_notify` READY/WATCHDOG/STOPPING from the main loop). Windows: a
  thread that ends the process (exit status 75) when the main loop has not checked in for
  `stall_exit_seconds`; the Task Scheduler then starts it again.
- **Memory after a cycle**: glibc's `malloc_trim` hands freed heap back, and on glibc every hopthu command
  runs on the C allocator (`c_allocator`: PYTHONMALLOC=malloc, set by starting itself again); elsewhere nothing.
The branch is chosen by `os.name` (`current()`); tests inject the other one with `use()` (the Windows
branch's logic on Linux, never Windows itself).
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

log = logging.getLogger("hopthu.platform")

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
STOP_FILE = "stop.request"
RELOAD_FILE = "reload.request"
STALL_EXIT_STATUS = 75  # EX_TEMPFAIL: "try again" — the Task Scheduler restarts the task

# SIDs, not names: Windows translates account names ("Administrators" is "Quản trị viên"… elsewhere).
ADMINISTRATORS_SID = "*S-1-5-32-544"
SYSTEM_SID = "*S-1-5-18"
# What icacls prints for the principals that mean "every user of this PC" (English Windows).
BROAD_PRINCIPALS = ("Everyone", "BUILTIN\\Users", "NT AUTHORITY\\Authenticated Users", "Users",
                    "Authenticated Users", "Mọi người")


class FileBusy(OSError):
    """Another program (Excel, LibreOffice) holds the file open: it cannot be replaced now."""


Runner = Callable[[list[str]], str]


def _run(args: list[str]) -> str:
    import subprocess
    done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=60)
    if done.returncode != 0:
        raise OSError(f"{' '.join(args[:2])}…: {(done.stderr or done.stdout).strip()}")
    return done.stdout


class Platform:
    """What both branches offer. `Posix` and `Windows` below; `current()` returns the one in use."""

    name = "?"

    # -- permissions --------------------------------------------------------------------------
    def private_dir(self, path: Path) -> Path:
        raise NotImplementedError

    def private_file(self, path: Path) -> None:
        raise NotImplementedError

    def private_tree(self, root: Path) -> None:
        """`root` private, and what already is inside it (a folder made by an older hopthu)."""
        raise NotImplementedError

    def share_like_folder(self, path: Path) -> None:
        raise NotImplementedError

    def others_may_read(self, path: Path) -> str | None:
        """Why users other than hopthu's account and administrators may read `path`, or None."""
        raise NotImplementedError

    # -- locks --------------------------------------------------------------------------------
    @contextlib.contextmanager
    def hold_lock(self, path: Path) -> Iterator[IO[bytes]]:
        """Hold an exclusive lock on `path` (created if missing) until the block ends; FileBusy if
        another process holds it."""
        fh = open(path, "a+b")
        try:
            try:
                self._lock(fh)
            except OSError as exc:
                raise FileBusy(f"{path} is locked by another program") from exc
            try:
                yield fh
            finally:
                self._unlock(fh)
        finally:
            fh.close()

    def _lock(self, fh: IO[bytes]) -> None:
        raise NotImplementedError

    def _unlock(self, fh: IO[bytes]) -> None:
        raise NotImplementedError

    def replace_file(self, source: Path, target: Path) -> None:
        """`os.replace(source, target)` keeping the permissions an administrator gave `target` (POSIX: its
        mode and group; Windows: the folder's inherited ACL), or FileBusy (source left in place) when another
        program holds `target` open the way the system lets it refuse that."""
        raise NotImplementedError

    # -- stop, reload, watchdog ---------------------------------------------------------------
    def controls(self, state_dir: Path, on_stop: Callable[[], None], on_reload: Callable[[], None],
                 *, install_signals: bool = True) -> Controls:
        raise NotImplementedError

    def watchdog(self, stall_seconds: float) -> Watchdog:
        raise NotImplementedError

    def release_memory(self) -> None: ...  # once idle: free heap back to the system (idle RSS, not peak)
    def c_allocator(self) -> None: ...  # before anything else: become this process on the C allocator if it helps


class Controls:
    """Stop and reload requests; `poll()` is called by the main loop a few times a second."""

    def __init__(self, on_stop: Callable[[], None], on_reload: Callable[[], None]):
        self.on_stop, self.on_reload = on_stop, on_reload

    def poll(self) -> None:
        """Signals need no polling."""

    @staticmethod
    def _handler(names: dict[int, str], action: Callable[[], None]) -> Callable[[int, Any], None]:
        def handle(signum: int, frame: Any) -> None:
            log.info("signal %s", names.get(signum, signum))
            action()
        return handle

    def _install(self, stop: list[str], reload: list[str]) -> None:
        import signal
        if threading.current_thread() is not threading.main_thread():
            return
        names: dict[int, str] = {}
        for name, action in [(n, self.on_stop) for n in stop] + [(n, self.on_reload) for n in reload]:
            signum = getattr(signal, name, None)
            if signum is None:  # SIGHUP on Windows, SIGBREAK on POSIX
                continue
            names[signum] = name
            signal.signal(signum, self._handler(names, action))


class FileControls(Controls):
    """Windows: `stop.request` / `reload.request` in the state folder, removed once seen."""

    def __init__(self, state_dir: Path, on_stop: Callable[[], None], on_reload: Callable[[], None]):
        super().__init__(on_stop, on_reload)
        self.state_dir = state_dir
        # A stop request left from before this start (the PC restarted first) must not stop us now.
        (state_dir / STOP_FILE).unlink(missing_ok=True)

    def poll(self) -> None:
        for name, action, what in ((RELOAD_FILE, self.on_reload, "reload"), (STOP_FILE, self.on_stop, "stop")):
            path = self.state_dir / name
            if path.exists():
                log.info("%s requested (%s)", what, name)
                path.unlink(missing_ok=True)
                action()


class Watchdog:
    """ready() once configuration, journal and sources are ready (before the first cycle), ping() from the main
    loop (between items of a long step too, at most every `every` s: service.py), stopping() at the end."""

    every: float = 1.0
    def ready(self) -> None: ...
    def ping(self) -> None: ...
    def stopping(self) -> None: ...


class SystemdWatchdog(Watchdog):
    """systemd's watchdog (`Type=notify`, `WatchdogSec=`): a no-op outside systemd."""

    def __init__(self, environ: dict[str, str] | None = None):
        env = environ if environ is not None else os.environ
        self.address = env.get("NOTIFY_SOCKET", "")
        usec = env.get("WATCHDOG_USEC", "")  # WatchdogSec= in µs: a ping twice within it, at most once a second
        self.every = min(1.0, int(usec) / 2e6) if usec.isdigit() else 1.0

    def notify(self, message: str) -> None:
        if not self.address:
            return
        import socket
        address = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:  # type: ignore[attr-defined,unused-ignore]
                sock.connect(address)
                sock.sendall(message.encode())
        except OSError as exc:
            log.debug("sd_notify failed: %s", exc)

    def ready(self) -> None: self.notify("READY=1")
    def ping(self) -> None: self.notify("WATCHDOG=1")
    def stopping(self) -> None: self.notify("STOPPING=1")


class StallWatchdog(Watchdog):
    """Ends the process when the main loop has not pinged for `limit` seconds (a hung IMAP call, a deadlock):
    a process that exits is started again by the Task Scheduler, a hung one never is. Starts watching at
    ready(), as systemd's does at READY, before the catch-up cycle (whose items ping: service.py)."""

    def __init__(self, limit: float, *, clock: Callable[[], float] = time.monotonic,
                 exit: Callable[[int], Any] = os._exit, check_every: float = 5.0):
        self.limit, self.clock, self.exit, self.check_every = limit, clock, exit, check_every
        self.last = clock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def ready(self) -> None:
        self.last = self.clock()
        if self.limit > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._watch, name="hopthu-watchdog", daemon=True)
            self._thread.start()

    def ping(self) -> None:
        self.last = self.clock()

    def stopping(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(timeout=self.check_every + 1)

    def stalled_for(self) -> float | None:
        """Seconds since the last ping when that is over the limit, else None."""
        quiet = self.clock() - self.last
        return quiet if self.limit > 0 and quiet > self.limit else None

    def _watch(self) -> None:
        while not self._done.wait(self.check_every):
            quiet = self.stalled_for()
            if quiet is not None:
                log.critical("main loop stalled for %d s (limit %d s): exiting so that the Task Scheduler "
                             "starts hopthu again", quiet, self.limit)
                for handler in logging.getLogger().handlers:
                    with contextlib.suppress(Exception):  # the exit must happen whatever a handler does
                        handler.flush()
                self.exit(STALL_EXIT_STATUS)
                return


# -- POSIX ------------------------------------------------------------------------------------


class Posix(Platform):
    name = "posix"

    def release_memory(self) -> None:  # glibc keeps freed heap mapped; musl and macOS give it back themselves
        import ctypes
        import gc
        gc.collect()
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6").malloc_trim(0)

    def c_allocator(self, environ: dict[str, str] | None = None, exec_: Callable[..., Any] = os.execv) -> None:
        """Run on glibc's malloc, not pymalloc, which frees an arena only when nothing lives in it: a whole read
        of a 10,000-row Google register left ~10 MB held by a few lasting objects (idle 69.7 MB; 61 MB on malloc,
        trimmed by `release_memory`). Chosen before any code runs: the process starts itself again, once."""
        import sys
        env = os.environ if environ is None else environ
        with contextlib.suppress(ValueError, OSError):  # a PYTHONMALLOC set by the user is kept; musl, macOS: no
            if not env.get("PYTHONMALLOC") and "glibc" in (os.confstr("CS_GNU_LIBC_VERSION") or "") \
                    and getattr(sys, "orig_argv", None) and sys.executable:
                env["PYTHONMALLOC"] = "malloc"
                exec_(sys.executable, [sys.executable, *sys.orig_argv[1:]])

    def private_dir(self, path: Path) -> Path:
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        self._chmod_if(path, PRIVATE_DIR)
        return path

    def private_file(self, path: Path) -> None:
        self._chmod_if(path, PRIVATE_FILE)

    def private_tree(self, root: Path) -> None:
        self.private_dir(root)
        for base, dirs, files in os.walk(root):
            for name in dirs:
                self._chmod_if(Path(base) / name, PRIVATE_DIR)
            for name in files:
                self._chmod_if(Path(base) / name, PRIVATE_FILE)

    @staticmethod
    def _chmod_if(path: Path, mode: int) -> None:
        try:
            st = path.lstat()
        except FileNotFoundError:  # a temporary file gone meanwhile
            return
        if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) != mode:
            os.chmod(path, mode)

    @staticmethod
    def shared_mode(folder: Path) -> int:
        """Read/write for the owner, plus the read/write bits the folder grants its group; nothing for others."""
        return PRIVATE_FILE | (stat.S_IMODE(folder.stat().st_mode) & 0o060)

    def share_like_folder(self, path: Path) -> None:
        mode = self.shared_mode(path.parent)
        if stat.S_IMODE(path.stat().st_mode) != mode:
            os.chmod(path, mode)

    def others_may_read(self, path: Path) -> str | None:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o007:
            return (f"quyền {mode:04o} cho mọi người đọc: chạy `chmod 600 {path}` / mode {mode:04o} lets "
                    f"every user read it: chmod 600 it")
        return None

    def _lock(self, fh: IO[bytes]) -> None:
        import fcntl
        fcntl.lockf(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(self, fh: IO[bytes]) -> None:
        import fcntl
        fcntl.lockf(fh.fileno(), fcntl.LOCK_UN)

    def held_by_other(self, path: Path) -> bool:
        """True when another process holds a record lock on `path` (LibreOffice on an open document)."""
        import fcntl
        try:
            fh = open(path, "r+b")
        except FileNotFoundError:
            return False
        with fh:
            try:
                fcntl.lockf(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            # Closing releases it (and every lockf lock this process has on the file: hopthu holds none).
            return False

    def replace_file(self, source: Path, target: Path) -> None:
        # A lock taken between this test and the rename is not seen: the window is a few microseconds,
        # and POSIX cannot make the two one step. Windows' refusal below has no such window.
        if self.held_by_other(target):
            raise FileBusy(f"{target} is open in another program")
        with contextlib.suppress(FileNotFoundError):
            st = target.stat()
            os.chmod(source, stat.S_IMODE(st.st_mode))
            with contextlib.suppress(OSError):  # the group too, where hopthu's account may give it
                os.chown(source, -1, st.st_gid)
        os.replace(source, target)

    def controls(self, state_dir: Path, on_stop: Callable[[], None], on_reload: Callable[[], None],
                 *, install_signals: bool = True) -> Controls:
        controls = Controls(on_stop, on_reload)
        if install_signals:
            controls._install(stop=["SIGTERM", "SIGINT"], reload=["SIGHUP"])
        return controls

    def watchdog(self, stall_seconds: float) -> Watchdog:
        return SystemdWatchdog()  # systemd's WatchdogSec= is the limit there


# -- Windows ----------------------------------------------------------------------------------


class Windows(Platform):
    """Written for Windows 10/11 with Python from python.org; its system calls are only ever made on
    Windows (tests run this class's logic on Linux with `runner` and `replace` injected)."""

    name = "windows"
    REPLACE_TRIES = 3  # an antivirus scanning the new file holds it for a moment; Excel holds it for hours

    def __init__(self, runner: Runner = _run, account: str | None = None,
                 replace: Callable[[Path, Path], None] = os.replace, sleep: Callable[[float], None] = time.sleep):
        self.runner, self.replace, self.sleep = runner, replace, sleep
        self._account = account
        self._private: set[Path] = set()  # folders made private by this process (icacls once each)

    @property
    def account(self) -> str:
        """The account this process runs as, as icacls names it (DOMAIN\\user or PC\\user)."""
        if self._account is None:
            user = os.environ.get("USERNAME") or "hopthu"
            domain = os.environ.get("USERDOMAIN")
            self._account = f"{domain}\\{user}" if domain else user
        return self._account

    def private_acl_args(self, path: Path, *, folder: bool) -> list[str]:
        """icacls: inheritance off, full control for hopthu's account, Administrators and SYSTEM only;
        on a folder the grant is inherited by what is created inside ((OI)(CI))."""
        inherit = "(OI)(CI)" if folder else ""
        return ["icacls", str(path), "/inheritance:r", "/grant:r",
                f"{self.account}:{inherit}F", f"{ADMINISTRATORS_SID}:{inherit}F", f"{SYSTEM_SID}:{inherit}F",
                "/Q"]

    def private_dir(self, path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        key = path.resolve()
        if key not in self._private:
            try:
                self.runner(self.private_acl_args(path, folder=True))
            except OSError as exc:
                # An account without the right to change the ACL (an officer's own, not elevated) cannot
                # fix it either; install.ps1 set it. Said once, and the command goes on.
                log.warning("%s: không đặt được quyền riêng (ACL) / could not set the private ACL: %s", path, exc)
            self._private.add(key)
        return path

    def private_file(self, path: Path) -> None:
        self.runner(self.private_acl_args(path, folder=False))

    def private_tree(self, root: Path) -> None:
        # Files inside inherit the folder's entries: changing the folder's inheritable ACL is propagated
        # to them by the system (icacls' SetNamedSecurityInfo), so one call covers the tree.
        self.private_dir(root)

    def share_like_folder(self, path: Path) -> None:
        """Nothing: a new file inherits the data folder's ACL (officers' group may modify, install.ps1)."""

    def others_may_read(self, path: Path) -> str | None:
        listing = self.runner(["icacls", str(path)])
        for line in listing.splitlines():
            entry = line.replace(str(path), "", 1).strip()
            who, _, rights = entry.partition(":")
            if who.strip() in BROAD_PRINCIPALS and rights:
                return (f"{who.strip()} có quyền {rights.strip()}: chạy lại install.ps1 hoặc "
                        f"`icacls \"{path}\" /inheritance:r /grant:r {self.account}:R *S-1-5-32-544:F` / "
                        f"{who.strip()} may read it")
        return None

    def _lock(self, fh: IO[bytes]) -> None:
        import msvcrt
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]

    def _unlock(self, fh: IO[bytes]) -> None:
        import msvcrt
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]

    def replace_file(self, source: Path, target: Path) -> None:
        for attempt in range(self.REPLACE_TRIES):
            try:
                self.replace(source, target)
                return
            except PermissionError as exc:  # WinError 5/32/33: open in Excel (or scanned this instant)
                if attempt == self.REPLACE_TRIES - 1:
                    raise FileBusy(f"{target} is open in another program") from exc
                self.sleep(0.5)

    def controls(self, state_dir: Path, on_stop: Callable[[], None], on_reload: Callable[[], None],
                 *, install_signals: bool = True) -> Controls:
        controls = FileControls(state_dir, on_stop, on_reload)
        if install_signals:
            controls._install(stop=["SIGINT", "SIGBREAK", "SIGTERM"], reload=[])
        return controls

    def watchdog(self, stall_seconds: float) -> Watchdog:
        return StallWatchdog(stall_seconds)


_current: Platform | None = None


def current() -> Platform:
    global _current
    if _current is None:
        _current = Windows() if os.name == "nt" else Posix()
    return _current


@contextlib.contextmanager
def use(platform: Platform) -> Iterator[Platform]:
    """Tests: run a block with `platform` in place of this system's."""
    global _current
    before = _current
    _current = platform
    try:
        yield platform
    finally:
        _current = before


def is_windows() -> bool:
    return current().name == "windows"


__all__ = ["FileBusy", "Platform", "Posix", "Windows", "current", "use"]
