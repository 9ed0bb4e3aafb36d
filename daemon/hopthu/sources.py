"""What every source hands to intake, and the interface a source implements.

A source only lists raw items it has; it never decides whether an item is new
(the journal does) and never parses (intake does). After the journal has
recorded an item, `acknowledge()` lets the source tidy up (IMAP moves the
message to the processed folder; files need nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol


@dataclass
class RawItem:
    source_id: str            # stable across restarts: journal key
    channel: str              # model.Channel value
    raw: bytes = b""          # email bytes
    row: dict[str, str] = field(default_factory=dict)  # a form response, header → value
    fingerprint: str = ""     # identity independent of where it came from (Message-ID, content hash)
    ack: bool = True          # False: imported old mail, no acknowledgement
    handle: object = None     # source-private (an IMAP UID)


class Source(Protocol):
    name: str

    def poll(self, known: set[str]) -> Iterable[RawItem]:
        """Yield items whose source_id is not in `known`."""

    def known_prefix(self) -> str:
        """Source ids of this source start with this prefix (to fetch `known` from the journal)."""

    def acknowledge(self, items: list[RawItem]) -> None:
        """Called after the items are safely journalled."""

    def check(self) -> str:
        """A one-line description of a working connection, or raise with what to fix."""
