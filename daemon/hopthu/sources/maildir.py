"""The embedded inbox: a local Maildir folder (stdlib `mailbox`).

Messages are never modified or moved: the journal remembers which Maildir keys
were taken, and the Message-ID (or a content hash) is the fingerprint that
stops the same letter making two cases.
"""

from __future__ import annotations

import mailbox
import os
from pathlib import Path
from typing import Iterator

from hopthu.core.model import RawItem
from hopthu.core.parsing import fingerprint
from hopthu.sources.base import StableIds

_PREFIX = "maildir:"


def message_fingerprint(raw: bytes) -> str:
    """The Message-ID when present, else a hash of the bytes (both stable across re-deliveries)."""
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    for line in head.splitlines():
        if line[:11].lower() == b"message-id:":
            mid = line[11:].strip().decode("ascii", "replace")
            if mid:
                return "msgid:" + mid
    return "sha:" + fingerprint(raw.decode("utf-8", "replace"))


class MaildirSource(StableIds):
    name = "maildir"
    on_sheet_clock = False

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def known_prefix(self) -> str:
        return _PREFIX

    def _keys(self) -> list[str]:
        keys = []
        for sub in ("new", "cur"):
            folder = self.path / sub
            if folder.is_dir():
                for name in os.listdir(folder):
                    if not name.startswith("."):
                        keys.append(name.split(":2,")[0])
        return sorted(keys)

    def poll(self, known: set[str]) -> Iterator[RawItem]:
        if not (self.path / "new").is_dir():
            return
        box = mailbox.Maildir(self.path, factory=None, create=False)
        for key in self._keys():
            source_id = _PREFIX + key
            if source_id in known:
                continue
            try:
                raw = box.get_bytes(key)
            except KeyError:  # moved away between listing and reading
                continue
            yield RawItem(source_id=source_id, channel="email", raw=raw, fingerprint=message_fingerprint(raw))

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
