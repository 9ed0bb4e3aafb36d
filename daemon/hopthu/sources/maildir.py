"""The embedded inbox: a local Maildir folder (stdlib `mailbox`).

Messages are never modified or moved: the journal remembers which Maildir keys
were taken, and the Message-ID (or a content hash) is the fingerprint that
stops the same letter making two cases. A file bigger than `max_part_bytes`
(attachments.max_bytes) or `max_letter_bytes` is read line by line and stored
without its parts over them (`mail.trim.cut_file`; the file keeps them).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from hopthu.core.model import RawItem
from hopthu.core.parsing import fingerprint
from hopthu.sources.base import StableIds

if TYPE_CHECKING:  # `mailbox` (1.4 MB) only where a Maildir is read: an IMAP ward's daemon imports this module
    import mailbox  # for `message_fingerprint` alone

_PREFIX = "maildir:"


def message_fingerprint(raw: bytes) -> str:
    """The Message-ID when present, else a hash of the bytes (both stable across re-deliveries)."""
    ends = [i for i in (raw.find(b"\n\n"), raw.find(b"\r\n\r\n")) if i >= 0]
    head = raw[: min(ends)] if ends else raw  # found, not split: a big letter's body is not copied
    for line in head.splitlines():
        if line[:11].lower() == b"message-id:":
            mid = line[11:].strip().decode("ascii", "replace")
            if mid:
                return "msgid:" + mid
    return "sha:" + fingerprint(raw.decode("utf-8", "replace"))


class MaildirSource(StableIds):
    name = "maildir"
    on_sheet_clock = False

    def __init__(self, path: str | Path, max_part_bytes: int | None = None, max_letter_bytes: int | None = None):
        self.path = Path(path)
        self.max_part_bytes = max_part_bytes
        self.max_letter_bytes = max_letter_bytes or max_part_bytes

    def known_prefix(self) -> str:
        return _PREFIX

    def _keys(self) -> list[str]:
        return sorted(self._files())

    def _files(self) -> dict[str, Path]:
        files = {}
        for sub in ("new", "cur"):
            folder = self.path / sub
            if folder.is_dir():
                for name in os.listdir(folder):
                    if not name.startswith("."):
                        files[name.split(":2,")[0]] = folder / name
        return files

    def poll(self, known: set[str]) -> Iterator[RawItem]:
        if not (self.path / "new").is_dir():
            return
        import mailbox

        box = mailbox.Maildir(self.path, factory=None, create=False)
        files = self._files()
        for key in sorted(files):
            source_id = _PREFIX + key
            if source_id in known:
                continue
            left_out: list = []
            try:
                limits = self._limits()
                if limits is not None and files[key].stat().st_size > limits.trigger:
                    raw, left_out = self._cut(box, key, limits)
                else:
                    raw = box.get_bytes(key)
            except (KeyError, FileNotFoundError):  # moved away between listing and reading
                continue
            yield RawItem(source_id=source_id, channel="email", raw=raw, fingerprint=message_fingerprint(raw),
                          left_out=[item.to_dict() for item in left_out])

    def _limits(self):
        from hopthu.mail.trim import Limits

        if not self.max_part_bytes:
            return None
        return Limits(part=self.max_part_bytes, letter=self.max_letter_bytes or self.max_part_bytes)

    @staticmethod
    def _cut(box: mailbox.Maildir, key: str, limits) -> tuple[bytes, list]:
        """A file over the limit: read line by line, its parts over the limit cut from the stored copy;
        read whole after all when no part was over it."""
        from hopthu.mail.trim import cut_file

        fh = box.get_file(key)
        try:
            raw, left_out = cut_file(fh, limits)  # type: ignore[arg-type]
        finally:
            fh.close()
        return (raw, left_out) if left_out else (box.get_bytes(key), [])

    def acknowledge(self, items: list[RawItem]) -> None:
        pass

    def check(self) -> str:
        for sub in ("new", "cur", "tmp"):
            if not (self.path / sub).is_dir():
                raise FileNotFoundError(
                    f"{self.path} is not a Maildir (missing {sub}/): create it with "
                    f"mkdir -p {self.path}/{{new,cur,tmp}} or fix inbox.path"
                )
        return f"Maildir {self.path}: {len(self._keys())} thư"
