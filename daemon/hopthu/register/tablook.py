"""How the Google register tab looks to officers: header colours and notes by column owner, date formats,
the overdue / due-soon highlighting, the warning-only protections of hopthu's columns.

Pure data for `gsheet`'s one set-up request; never talks to Google."""

from __future__ import annotations

from hopthu.core.model import FINISHED, Status
from hopthu.register.columns import BY_ID, COLUMNS

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


def setup_requests(tab: str, sheet: dict | None, sheet_num: int, index: dict[str, int],
                   header_empty: bool) -> tuple[list[dict], list[str]]:
    """The requests that make (or complete) the register tab, and what each does, for officers."""
    requests: list[dict] = []
    done: list[str] = []
    width = max(index.values()) + 1
    props = (sheet or {}).get("properties", {})
    if sheet is None:
        requests.append({"addSheet": {"properties": {
            "sheetId": sheet_num, "title": tab,
            "gridProperties": {"rowCount": 1000, "columnCount": max(26, width), "frozenRowCount": 1}}}})
        done.append(f"tạo trang tính «{tab}»")
    if header_empty:
        cells = []
        for col in COLUMNS:
            cells.append({
                "userEnteredValue": {"stringValue": col.header},
                "userEnteredFormat": {"textFormat": {"bold": True}, "backgroundColor": rgb(OWNER_COLOURS[col.owner]),
                                      "wrapStrategy": "WRAP", "verticalAlignment": "TOP"},
                "note": OWNER_NOTES[col.owner] + (f" {col.help}" if col.help else ""),
            })
        requests.append({"updateCells": {
            "start": {"sheetId": sheet_num, "rowIndex": 0, "columnIndex": 0},
            "rows": [{"values": cells}],
            "fields": "userEnteredValue,userEnteredFormat.textFormat.bold,userEnteredFormat.backgroundColor,"
                      "userEnteredFormat.wrapStrategy,userEnteredFormat.verticalAlignment,note"}})
        done.append("ghi dòng tiêu đề (tô màu theo người giữ cột: xanh hopthu, vàng dùng chung, lục cán bộ)")
    if sheet is not None and not props.get("gridProperties", {}).get("frozenRowCount"):
        requests.append({"updateSheetProperties": {
            "properties": {"sheetId": sheet_num, "gridProperties": {"frozenRowCount": 1}},
            "fields": "gridProperties.frozenRowCount"}})
    done.append("cố định dòng tiêu đề")

    status = index["status"]
    requests.append({"setDataValidation": {
        "range": {"sheetId": sheet_num, "startRowIndex": 1, "startColumnIndex": status, "endColumnIndex": status + 1},
        "rule": {"condition": {"type": "ONE_OF_LIST", "values": [{"userEnteredValue": s.value} for s in Status]},
                 "inputMessage": "Chọn trạng thái; «Đã trả lời» gửi nội dung trả lời đến người dân.",
                 "strict": False, "showCustomUi": True}}})
    done.append("danh sách thả xuống cho cột Trạng thái")

    # Date columns: the header row too, so rows Google inserts below it inherit the format.
    for cid in ("received", "deadline", "answered_on"):
        if cid in index:
            fmt = DATETIME_FORMAT if BY_ID[cid].kind == "datetime" else DATE_FORMAT
            requests.append({"repeatCell": {
                "range": {"sheetId": sheet_num, "startRowIndex": 0, "startColumnIndex": index[cid],
                          "endColumnIndex": index[cid] + 1},
                "cell": {"userEnteredFormat": {"numberFormat": dict(fmt)}},
                "fields": "userEnteredFormat.numberFormat"}})
    done.append("định dạng ngày dd/mm/yyyy cho các cột ngày")

    have_rules = {
        v.get("userEnteredValue")
        for rule in (sheet or {}).get("conditionalFormats") or []
        for v in ((rule.get("booleanRule") or {}).get("condition") or {}).get("values") or []
    }
    for n, (formula, colour, what) in enumerate(highlight_formulas(index)):
        if formula in have_rules:
            continue
        requests.append({"addConditionalFormatRule": {"index": n, "rule": {
            "ranges": [{"sheetId": sheet_num, "startRowIndex": 1, "startColumnIndex": 0, "endColumnIndex": width}],
            "booleanRule": {"condition": {"type": "CUSTOM_FORMULA", "values": [{"userEnteredValue": formula}]},
                            "format": {"backgroundColor": rgb(colour)}}}}})
        done.append(what)

    have_protected = {p.get("description") for p in (sheet or {}).get("protectedRanges") or []}
    for description, grid in protections(sheet_num, index, width):
        if description in have_protected:
            continue
        requests.append({"addProtectedRange": {"protectedRange": {
            "range": grid, "description": description, "warningOnly": True}}})
        done.append("cảnh báo khi sửa tay: " + description[len(PROTECT_PREFIX):].strip())
    return requests, done
