"""Encrypted backups of a ward: the journal (cases, contacts, outbox, stored letters in it), the letters
and attachments kept as files in the state folder, and the local XLSX register.

A backup is one file, `hopthu-YYYYMMDD-HHMMSS.hopthu-backup`, readable with the key alone
(`HOPTHU_BACKUP_KEY` in the secrets file: 32 random bytes, URL-safe base64), so it can be restored on
another PC. Format: a header (magic, a random salt and nonce prefix), then a tar stream cut into 1 MiB
chunks, each sealed with AES-256-GCM (`cryptography`) under a key derived from the ward's key and the
salt (HKDF-SHA256); each chunk's nonce carries its index and a last-chunk flag and the header is
authenticated with every chunk, so a reordered, altered or truncated file is refused, never half read.

Restore refuses a journal from a newer hopthu (its `PRAGMA user_version` is above ours) and upgrades an
older one through the journal's own opening path. The daemon makes one backup a day by itself and keeps
`backup.keep_days` days. This module never sends a backup anywhere and never logs what is inside.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from hopthu.config import Config
from hopthu.errors import OperatorError
from hopthu.journal.schema import SCHEMA_VERSION
from hopthu.layout import PRIVATE_FILE, private_dir, secure_state

if TYPE_CHECKING:
    import tarfile

MAGIC = b"HOPTHU-BACKUP\x00\x01"
CHUNK = 1 << 20
SUFFIX = ".hopthu-backup"
NAME = re.compile(r"^hopthu-(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")
JOURNAL = "journal.sqlite3"
STATE_PARTS = ("raw", "attachments")  # stored letters and attachments kept as files


class BackupError(OperatorError):
    """A backup that cannot be made or restored; the message says what to do (Vietnamese, then English)."""


def new_key() -> str:
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def ward_key(config: Config) -> bytes:
    value = config.secrets.backup_key.strip()
    if not value:
        raise BackupError(
            f"chưa có khóa sao lưu: thêm dòng HOPTHU_BACKUP_KEY=... vào {config.secrets_path} (tạo khóa bằng "
            f"`hopthu backup --new-key`) và cất một bản khóa ngoài máy này. / HOPTHU_BACKUP_KEY is not set in "
            f"{config.secrets_path}: make one with `hopthu backup --new-key`."
        )
    try:
        key = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except ValueError:
        key = b""
    if len(key) != 32:
        raise BackupError(
            f"HOPTHU_BACKUP_KEY trong {config.secrets_path} không phải khóa 32 byte (base64): chép lại đúng khóa. "
            f"/ HOPTHU_BACKUP_KEY is not a 32-byte base64 key."
        )
    return key


# -- sealing ------------------------------------------------------------------------------------


def _cipher(key: bytes, salt: bytes):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"hopthu backup v1").derive(key))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


class _Sealer(io.RawIOBase):
    """A write-only stream: what is written comes out sealed in chunks into `out`."""

    def __init__(self, out, key: bytes):
        salt, self._prefix = os.urandom(16), os.urandom(7)
        self._header = MAGIC + salt + self._prefix
        self._aead = _cipher(key, salt)
        self._out, self._buf, self._index = out, bytearray(), 0
        out.write(self._header)

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._buf += data
        while len(self._buf) > CHUNK:  # keep at least one chunk back: only close() knows which is last
            self._seal(bytes(self._buf[:CHUNK]), last=False)
            del self._buf[:CHUNK]
        return len(data)

    def _seal(self, chunk: bytes, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index, last), chunk, self._header)
        self._out.write(struct.pack(">I", len(sealed)) + sealed)
        self._index += 1

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buf), last=True)
            self._buf.clear()
        super().close()


def _unseal(src, key: bytes, dest) -> None:
    """Decrypt a sealed stream into `dest`; BackupError for a wrong key or a damaged file."""
    damaged = BackupError("tệp sao lưu bị hỏng, bị cắt cụt hoặc khóa sao lưu không đúng (HOPTHU_BACKUP_KEY). "
                          "/ The backup is damaged or truncated, or the backup key is wrong.")
    header = src.read(len(MAGIC) + 23)
    if len(header) != len(MAGIC) + 23 or not header.startswith(MAGIC):
        raise BackupError("đây không phải tệp sao lưu của hopthu. / This is not a hopthu backup file.")
    salt, prefix = header[len(MAGIC):len(MAGIC) + 16], header[len(MAGIC) + 16:]
    aead = _cipher(key, salt)
    from cryptography.exceptions import InvalidTag

    def frame() -> bytes | None:
        size = src.read(4)
        if not size:
            return None
        if len(size) != 4:
            raise damaged
        body = src.read(struct.unpack(">I", size)[0])
        if len(body) != struct.unpack(">I", size)[0]:
            raise damaged
        return body

    current, index = frame(), 0
    if current is None:
        raise damaged
    while current is not None:
        following = frame()
        try:
            dest.write(aead.decrypt(_nonce(prefix, index, following is None), current, header))
        except InvalidTag:
            raise damaged from None
        current, index = following, index + 1


# -- making a backup ------------------------------------------------------------------------------


def _stamp(now: datetime) -> str:
    return now.astimezone(timezone.utc).strftime("%Y%m%d-%H%M%S")


def backups(folder: Path) -> list[tuple[datetime, Path]]:
    """Backups in a folder, oldest first, with the time in their name (UTC)."""
    out = []
    if folder.is_dir():
        for path in folder.iterdir():
            m = NAME.match(path.name)
            if m:
                out.append((datetime.strptime(m.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc), path))
    return sorted(out)


def backup_dir(config: Config) -> Path:
    return config.resolve(config.settings.backup.dir)


def schema_version(journal: Path) -> int:
    db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def make_backup(config: Config, now: datetime, folder: Path | None = None) -> Path:
    """Write one encrypted backup of the ward into `folder` (default `backup.dir`); returns its path."""
    key = ward_key(config)
    state = config.state_dir
    journal = state / JOURNAL
    if not journal.exists():
        raise BackupError(f"chưa có gì để sao lưu: không có {journal}. / Nothing to back up yet: no journal.")
    folder = private_dir(folder or backup_dir(config))
    target = folder / f"hopthu-{_stamp(now)}{SUFFIX}"
    work = Path(tempfile.mkdtemp(prefix=".sao-luu-", dir=state))  # a plain copy holds contacts: inside state
    try:
        snapshot = work / JOURNAL
        src = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
        dst = sqlite3.connect(snapshot)
        try:
            src.backup(dst)  # a consistent copy while the daemon may be writing
        finally:
            src.close()
            dst.close()
        register = config.resolve(config.settings.register.path)
        with_register = config.settings.register.backend == "xlsx" and register.exists()
        manifest = {
            "format": 1,
            "created_at": now.astimezone(timezone.utc).isoformat(timespec="seconds"),
            "ward": config.settings.ward.name,
            "journal_schema": schema_version(snapshot),
            "state_dir": str(state),
            "register": register.name if with_register else None,
        }
        tmp = target.with_name(f".{target.name}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        try:
            with os.fdopen(fd, "wb") as out:
                sealer = _Sealer(out, key)
                import tarfile  # here: the daemon imports this module, and backs up once a day

                with tarfile.open(fileobj=sealer, mode="w|") as tar:
                    data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
                    info = tarfile.TarInfo("manifest.json")
                    info.size = len(data)
                    tar.addfile(info, io.BytesIO(data))
                    tar.add(snapshot, arcname=f"state/{JOURNAL}")
                    for part in STATE_PARTS:
                        if (state / part).is_dir():
                            tar.add(state / part, arcname=f"state/{part}")
                    if with_register:
                        tar.add(register, arcname=f"register/{register.name}")
                sealer.close()
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def prune(folder: Path, keep_days: int, now: datetime) -> list[Path]:
    """Delete backups older than `keep_days`; the newest one is always kept. Returns what was deleted."""
    found = backups(folder)
    limit = now - timedelta(days=keep_days)
    gone = [path for at, path in found[:-1] if at < limit]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def next_due(config: Config, now: datetime) -> datetime | None:
    """When the daemon's next daily backup is due (None: daily backups are off or there is no key)."""
    if not config.settings.backup.daily or not config.secrets.backup_key:
        return None
    found = backups(backup_dir(config))
    return found[-1][0] + timedelta(days=1) if found else now


def daily(config: Config, now: datetime) -> Path | None:
    """The daemon's daily backup: made when one is due, then old ones pruned. None when not due."""
    due = next_due(config, now)
    if due is None or due > now:
        return None
    path = make_backup(config, now)
    prune(backup_dir(config), config.settings.backup.keep_days, now)
    return path


# -- restoring -------------------------------------------------------------------------------------


@dataclass
class Restored:
    cases: int
    from_schema: int
    to_schema: int
    register: Path | None
    set_aside: Path | None  # the state folder that was there before (with --force)


def restore(config: Config, backup: Path, now: datetime, *, force: bool = False) -> Restored:
    """Restore a backup into this configuration's state folder (and XLSX register). The daemon must be
    stopped. An existing journal with cases is kept aside only with `force`."""
    key = ward_key(config)
    state = config.state_dir
    parent = state.parent
    parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".khoi-phuc-", dir=parent))
    private_dir(work)
    try:
        plain = work / "backup.tar"
        fd = os.open(plain, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        with open(backup, "rb") as src, os.fdopen(fd, "wb") as dest:
            _unseal(src, key, dest)
        import tarfile

        with tarfile.open(plain) as tar:
            _extract(tar, work / "x")
        plain.unlink()
        manifest = json.loads((work / "x" / "manifest.json").read_text(encoding="utf-8"))
        journal = work / "x" / "state" / JOURNAL
        version = schema_version(journal)
        if version > SCHEMA_VERSION:
            raise BackupError(
                f"bản sao lưu do hopthu mới hơn tạo (lược đồ nhật ký {version}, bản này đọc được đến "
                f"{SCHEMA_VERSION}): cài hopthu mới hơn rồi khôi phục lại. / The backup comes from a newer hopthu "
                f"(journal schema {version} > {SCHEMA_VERSION}): upgrade hopthu first."
            )
        current = state / JOURNAL
        set_aside = None
        if current.exists() and _case_count(current) and not force:
            raise BackupError(
                f"{current} đã có hồ sơ: khôi phục sẽ thay thế chúng. Dừng dịch vụ và chạy lại với --force "
                f"(dữ liệu hiện tại được giữ lại ở một thư mục bên cạnh). / {current} already holds cases: "
                f"stop the service and use --force (the current state is set aside, not deleted)."
            )
        if state.exists():
            set_aside = parent / f"{state.name}.truoc-khi-khoi-phuc-{_stamp(now)}"
            state.rename(set_aside)
        shutil.move(str(work / "x" / "state"), str(state))
        secure_state(state)
        _relocate_raw_paths(state / JOURNAL, manifest.get("state_dir") or "", state)
        _upgrade(state / JOURNAL)
        register = None
        if manifest.get("register") and config.settings.register.backend == "xlsx":
            register = config.resolve(config.settings.register.path)
            register.parent.mkdir(parents=True, exist_ok=True)
            if register.exists():
                register.rename(register.with_name(f"{register.name}.truoc-khi-khoi-phuc-{_stamp(now)}"))
            shutil.copyfile(work / "x" / "register" / manifest["register"], register)
            from hopthu.layout import share_like_folder

            share_like_folder(register)
        return Restored(cases=_case_count(state / JOURNAL), from_schema=version,
                        to_schema=schema_version(state / JOURNAL), register=register, set_aside=set_aside)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _extract(tar: tarfile.TarFile, dest: Path) -> None:
    """Regular files and folders only, inside `dest` (tarfile's "data" filter where this Python has it:
    Debian 12's 3.11.2 does not)."""
    import tarfile

    for member in tar.getmembers():
        name = Path(member.name)
        if name.is_absolute() or ".." in name.parts or not (member.isfile() or member.isdir()):
            raise BackupError(f"tệp sao lưu chứa mục không hợp lệ {member.name!r}. / Invalid entry in the backup.")
    if hasattr(tarfile, "data_filter"):
        tar.extractall(dest, filter="data")
    else:
        tar.extractall(dest)  # every member checked above


def _case_count(journal: Path) -> int:
    db = sqlite3.connect(f"file:{journal}?mode=ro", uri=True)
    try:
        return db.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        db.close()


def _relocate_raw_paths(journal: Path, old_state: str, new_state: Path) -> None:
    """Letters kept as files are named by absolute path: on another PC the state folder may differ."""
    if not old_state or old_state == str(new_state):
        return
    db = sqlite3.connect(journal)
    try:
        with db:
            db.execute("UPDATE intake SET raw_path = ? || substr(raw_path, ?) WHERE raw_path LIKE ?",
                       (str(new_state), len(old_state) + 1, old_state + "/%"))
    finally:
        db.close()


def _upgrade(journal: Path) -> None:
    """Bring an older journal to today's schema through the journal's own migrations (journal.schema)."""
    from hopthu.journal import Journal

    Journal(journal).close()
