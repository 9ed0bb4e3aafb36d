"""Where hopthu keeps things on disk, and with which permissions.

Two folders with two rules. The state folder (journal, stored letters, log, heartbeat,
backups) holds citizens' contacts: it is 0700 and every file in it 0600, whatever the
umask. The data folder (the XLSX register, the outbox of .eml files) may be shared with
the officers' group: hopthu never changes the folder's own mode, and gives each file it
writes there the group's read/write bits the folder grants (so `UMask=0077` in the
service unit does not hide the register from the officers who share the folder).

This module never decides *where* the folders are (that is `config`); it only makes and
keeps them private or shared.
"""

from __future__ import annotations

import logging.handlers
import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """Make `path` (and missing parents) and set it to 0700. Returns it."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR:
        os.chmod(path, PRIVATE_DIR)
    return path


def secure_state(state_dir: Path) -> None:
    """The state folder 0700, its folders 0700 and its files 0600 (a state folder made by an older
    hopthu under umask 022 is tightened once, at start-up)."""
    private_dir(state_dir)
    for root, dirs, files in os.walk(state_dir):
        for name in dirs:
            _chmod_if(Path(root) / name, PRIVATE_DIR)
        for name in files:
            _chmod_if(Path(root) / name, PRIVATE_FILE)


def _chmod_if(path: Path, mode: int) -> None:
    try:
        st = path.lstat()
    except FileNotFoundError:  # a temporary file gone meanwhile
        return
    if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) != mode:
        os.chmod(path, mode)


def touch_private(path: Path) -> Path:
    """Create `path` empty with mode 0600 if it does not exist (SQLite's -wal and -shm files then
    take the same mode; a log file is private from its first line)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
    os.close(fd)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Write `path` atomically with mode 0600 from its first byte."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def shared_mode(folder: Path) -> int:
    """The mode for a file hopthu writes into a data folder: read/write for its owner, plus the
    read/write bits the folder grants its group; never anything for others."""
    folder_mode = stat.S_IMODE(folder.stat().st_mode)
    return PRIVATE_FILE | (folder_mode & 0o060)


def share_like_folder(path: Path) -> None:
    """Give a file just written into a data folder the folder's group share (see `shared_mode`)."""
    mode = shared_mode(path.parent)
    if stat.S_IMODE(path.stat().st_mode) != mode:
        os.chmod(path, mode)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file in the state folder: 0600 from its first line, and after every rotation."""

    def _open(self):
        touch_private(Path(self.baseFilename))
        return super()._open()


def secrets_file_report(path: Path) -> str:
    """One line for `hopthu check` about the secrets file; raises when others may read it."""
    if not path.exists():
        return f"{path}: không có (chỉ cần khi có mật khẩu, khóa) / absent (needed only for passwords and keys)"
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o007:
        raise PermissionError(
            f"{path}: quyền {mode:04o} cho mọi người đọc mật khẩu: chạy `chmod 600 {path}`. "
            f"/ mode {mode:04o} lets every user read the secrets: chmod 600 it."
        )
    if not os.access(path, os.R_OK):
        raise PermissionError(
            f"{path}: người dùng chạy hopthu không đọc được tệp bí mật: `chown hopthu {path}`. "
            f"/ not readable by the user running hopthu."
        )
    return f"{path} (quyền {mode:04o})"
