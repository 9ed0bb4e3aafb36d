"""The "Hệ thống" tab of a Google register: hopthu's own status (alerts.py), one values request per write.

The tab is made the first time (one more request). It is rewritten whole, padded to `STATUS_ROWS` rows
with blanks, so a shorter status needs no clearing request. Text goes out RAW with control characters
shown as marks, as in the register."""

from __future__ import annotations

from typing import Any, Callable, ContextManager

from hopthu.core.safetext import cell_text
from hopthu.google.auth import find_tab

STATUS_TAB = "Hệ thống"  # last success per step, what is stuck
STATUS_ROWS = 30


def write_status_tab(client: Any, sheet_id: str, rows: list[list[str]], errors: Callable[[], ContextManager],
                     *, exists: bool | None = None) -> bool:
    """Write `rows` into the tab (made when missing; `exists=True` skips asking). Returns True (it exists)."""
    if not exists:
        with errors():
            metadata = client.http_client.fetch_sheet_metadata(sheet_id)
        if find_tab(metadata, STATUS_TAB) is None:
            with errors():
                client.http_client.batch_update(
                    sheet_id, {"requests": [{"addSheet": {"properties": {"title": STATUS_TAB}}}]})
    width = max(len(r) for r in rows)
    grid = [[cell_text(str(v)) for v in r] + [""] * (width - len(r)) for r in rows[:STATUS_ROWS]]
    grid += [[""] * width for _ in range(STATUS_ROWS - len(grid))]
    with errors():
        client.http_client.values_update(sheet_id, f"'{STATUS_TAB}'!A1", params={"valueInputOption": "RAW"},
                                         body={"values": grid})
    return True
