"""How the Google register tab looks to officers: header colours and notes by column owner, date formats,
the overdue / due-soon highlighting, the warning-only protections of hopthu's columns.

Pure data for `gsheet`'s one set-up request; never talks to Google."""

from __future__ import annotations

from hopthu.core.model import FINISHED, Status
from hopthu.register.columns import COLUMNS

DATE_FORMAT = {"type": "DATE", "pattern": "dd/mm/yyyy"}
DATETIME_FORMAT = {"type": "DATE_TIME", "pattern": "dd/mm/yyyy hh:mm"}
PROTECT_PREFIX = "hopthu:"
OWNER_NOTES = {
    "hopthu": "Cột do hopthu ghi. Sửa tay thì hopthu thôi ghi ô đó.",
    "shared": "Cột dùng chung: cán bộ sửa được, hopthu làm theo giá trị của cán bộ.",
    "officer": "Cột của cán bộ: hopthu không bao giờ ghi.",
}
OWNER_COLOURS = {"hopthu": "DDEBF7", "shared": "FFF2CC", "officer": "E2EFDA"}
OVERDUE_COLOUR = "F8CBAD"
DUE_SOON_COLOUR = "FFE699"


def rgb(hex_colour: str) -> dict:
    return {k: int(hex_colour[i:i + 2], 16) / 255 for k, i in (("red", 0), ("green", 2), ("blue", 4))}


def letter(index: int) -> str:
    """The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA."""
    out = ""
    n = index + 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def rowcol_to_a1(row: int, col: int) -> str:
    """A1 notation of a 1-based row and column (gspread.utils.rowcol_to_a1, without importing gspread)."""
    return f"{letter(col - 1)}{row}"



def highlight_formulas(index: dict[str, int]) -> list[tuple[str, str, str]]:
    d = "$" + letter(index["deadline"]) + "2"
    s = "$" + letter(index["status"]) + "2"
    open_case = ",".join(f'{s}<>"{status.value}"' for status in Status if status in FINISHED)
    return [
        (f"=AND(ISNUMBER({d}),{d}<TODAY(),{open_case})", OVERDUE_COLOUR, "tô đỏ các hồ sơ quá hạn"),
        (f"=AND(ISNUMBER({d}),{d}>=TODAY(),{d}-TODAY()<=2,{open_case})", DUE_SOON_COLOUR,
         "tô vàng các hồ sơ còn ≤ 2 ngày đến hạn"),
    ]

def protections(sheet_num: int, index: dict[str, int], width: int) -> list[tuple[str, dict]]:
    out = [(f"{PROTECT_PREFIX} dòng tiêu đề — hopthu tìm cột theo tên, đừng đổi tên cột",
            {"sheetId": sheet_num, "startRowIndex": 0, "endRowIndex": 1, "startColumnIndex": 0,
             "endColumnIndex": width})]
    hopthu_cols = sorted(index[c.id] for c in COLUMNS if c.owner == "hopthu" and c.id in index)
    runs: list[list[int]] = []
    for col in hopthu_cols:
        if runs and col == runs[-1][-1] + 1:
            runs[-1].append(col)
        else:
            runs.append([col])
    for run in runs:
        names = ", ".join(c.header for c in COLUMNS if c.id in index and index[c.id] in run)
        out.append((f"{PROTECT_PREFIX} cột do hopthu ghi ({names}); dòng mới của cán bộ: cứ nhập, hopthu điền mã",
                    {"sheetId": sheet_num, "startRowIndex": 1, "startColumnIndex": run[0],
                     "endColumnIndex": run[-1] + 1}))
    return out
