"""Where hopthu keeps things on disk, and with which permissions.

Two folders with two rules. The state folder (journal, stored letters, log, heartbeat,
backups) holds citizens' contacts: it is 0700 and every file in it 0600, whatever the
umask. The data folder (the XLSX register, the outbox of .eml files) may be shared with
the officers' group: hopthu never changes the folder's own mode, and gives each file it
writes there the group's read/write bits the folder grants (so `UMask=0077` in the
service unit does not hide the register from the officers who share the folder).

On Windows, mode bits mean nothing: the state folder carries an ACL for hopthu's account and
Administrators only, and the data folder the officers' group's ACL, which new files inherit. How
either is done on each system is `platform.py`'s business; this module says what must hold.

This module never decides *where* the folders are (that is `config`); it only makes and
keeps them private or shared.
"""

from __future__ import annotations

import logging.handlers
import os
from pathlib import Path

from hopthu import platform
from hopthu.platform import PRIVATE_DIR, PRIVATE_FILE

__all__ = ["PRIVATE_DIR", "PRIVATE_FILE"]


def private_dir(path: Path) -> Path:
    """Make `path` (and missing parents) private (0700; on Windows an ACL for hopthu's account and
    Administrators only, see platform.py). Returns it."""
    return platform.current().private_dir(path)


def secure_state(state_dir: Path) -> None:
    """The state folder private with everything in it (a state folder made by an older hopthu under
    umask 022 is tightened once, at start-up)."""
    platform.current().private_tree(state_dir)


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


def share_like_folder(path: Path) -> None:
    """Give a file just written into a data folder the folder's share (POSIX: its group's read/write
    bits, never anything for others; Windows: the folder's inherited ACL)."""
    platform.current().share_like_folder(path)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file in the state folder: 0600 from its first line, and after every rotation."""

    def _open(self):
        touch_private(Path(self.baseFilename))
        return super()._open()


def secrets_file_report(path: Path) -> str:
    """One line for `hopthu check` about the secrets file; raises when others may read it."""
    if not path.exists():
        return f"{path}: không có (chỉ cần khi có mật khẩu, khóa) / absent (needed only for passwords and keys)"
    problem = platform.current().others_may_read(path)
    if problem:
        raise PermissionError(f"{path}: {problem}")
    if not os.access(path, os.R_OK):
        raise PermissionError(
            f"{path}: người dùng chạy hopthu không đọc được tệp bí mật: `chown hopthu {path}`. "
            f"/ not readable by the user running hopthu."
        )
    return f"{path} (chỉ hopthu và quản trị đọc được / readable by hopthu and administrators only)"
