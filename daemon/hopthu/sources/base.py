"""What every source hands to intake, and the interface a source implements.

A source only lists raw items it has; it never decides whether an item is new
(the journal does) and never parses (intake does). After the journal has
recorded an item, `acknowledge()` lets the source tidy up (IMAP moves the
message to the processed folder; files need nothing).
"""

from __future__ import annotations

from typing import Iterable, Protocol

from hopthu.core.model import RawItem


class Source(Protocol):
    name: str
    #: True for a source on a request quota (the Form's Google sheet): polled on the daemon's schedule, never in
    #: the cycle a pushed letter wakes, so an acknowledgement never waits for a spreadsheet
    on_sheet_clock: bool

    def poll(self, known: set[str]) -> Iterable[RawItem]:
        """Yield items whose source_id is not in `known`."""

    def known_prefix(self) -> str:
        """Source ids of this source start with this prefix (to fetch `known` from the journal)."""

    def relisted(self, source_id: str, earlier: str) -> bool:
        """Whether `source_id` is the item `earlier` listed again under a new identity (IMAP: the
        folder's UIDVALIDITY changed), so it is nothing new. Sources whose ids never change say False."""

    def acknowledge(self, items: list[RawItem]) -> None:
        """Called after the items are safely journalled."""

    def check(self) -> str:
        """A one-line description of a working connection, or raise with what to fix."""

    def close(self) -> None:
        """Drop a network connection, if the source keeps one."""


class StableIds:
    """For sources whose item ids never change and that hold nothing open between cycles (files, a sheet)."""

    def relisted(self, source_id: str, earlier: str) -> bool:
        return False

    def close(self) -> None:
        pass
