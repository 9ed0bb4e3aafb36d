"""New register rows streamed into the XLSX file as it is saved, never held as cells in the workbook.

openpyxl keeps every cell of a worksheet as an object (with its style) until the save: the first
morning's 10,000-letter backlog, appended in one write, grew the process by about 145 MiB. Rows
hopthu appends go below every row already in the sheet, so they need not be in the workbook at all:
`attach` hangs a generator of them on the worksheet, and when the workbook is saved openpyxl's
worksheet writer (`TailWriter`, put in place of openpyxl's own) writes the sheet's rows and then these,
each made as cells only while it is written. The cells are the ones `XlsxRegister._set` makes in
place (same values, number formats, text kept as text), so the file is the one a whole workbook would
give; everything else of the sheet (headers, validations, highlighting, widths, the "Hệ thống" tab) is
the loaded workbook's, untouched.

A worksheet without a tail is written exactly as openpyxl writes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.writer import excel

#: Puts one value into a new cell: (cell, column id, value, case code); False when the value was refused.
SetCell = Callable[[Cell, str, Any, str], bool]

_ATTR = "_hopthu_tail"


class Tail:
    """Rows appended below `first`: each a dict of column id to value, written at `index[column id] + 1`."""

    def __init__(self, ws, first: int, rows: list[dict[str, Any]], index: dict[str, int], put: SetCell):
        self.ws, self.first, self.rows, self.index, self.put = ws, first, rows, index, put

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1

    def cells(self) -> Iterator[tuple[int, list[Cell]]]:
        for number, values in enumerate(self.rows, start=self.first):
            made = []
            for cid, value in values.items():
                if cid in self.index:
                    cell = Cell(self.ws, row=number, column=self.index[cid] + 1)
                    self.put(cell, cid, value, values.get("code", ""))
                    made.append(cell)
            made.sort(key=lambda c: c.column)
            yield number, made


def attach(ws, first: int, rows: list[dict[str, Any]], index: dict[str, int], put: SetCell) -> None:
    """Write `rows` from row `first` on when the workbook of `ws` is next saved."""
    setattr(ws, _ATTR, Tail(ws, first, rows, index, put) if rows else None)


def detach(ws) -> None:
    setattr(ws, _ATTR, None)


def _merged(head: Iterable[tuple[int, list]], tail: Iterable[tuple[int, list]]) -> Iterator[tuple[int, list]]:
    """Both in row order; a row in both (only a row height or style the sheet has below its cells) once."""
    import heapq

    pending: tuple[int, list] | None = None
    for number, cells in heapq.merge(head, tail, key=lambda item: item[0]):
        if pending is not None and pending[0] == number:
            pending = (number, pending[1] + cells)
            continue
        if pending is not None:
            yield pending
        pending = (number, cells)
    if pending is not None:
        yield pending


class TailWriter(_writer.WorksheetWriter):
    """openpyxl's worksheet writer, with the attached tail (if any) after the sheet's own rows."""

    def _tail(self) -> Tail | None:
        return self.ws.__dict__.get(_ATTR)

    def write_dimensions(self) -> None:
        tail = self._tail()
        if tail is None:
            super().write_dimensions()
            return
        ws: Any = self.ws
        last_col = max([ws.max_column] + [i + 1 for i in tail.index.values()])
        ref = f"{get_column_letter(ws.min_column)}{ws.min_row}:{get_column_letter(last_col)}{max(ws.max_row, tail.last)}"
        self.xf.send(SheetDimension(ref).to_tree())

    def rows(self):
        tail = self._tail()
        if tail is None:
            return super().rows()
        return _merged(super().rows(), tail.cells())


if getattr(excel, "WorksheetWriter") is _writer.WorksheetWriter:  # noqa: B009 (the stubs do not list it)
    setattr(excel, "WorksheetWriter", TailWriter)  # noqa: B010
