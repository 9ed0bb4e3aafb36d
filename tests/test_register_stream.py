"""New rows of the XLSX register are streamed into the file as it is saved (register/xlsx_stream.py): the
workbook never holds them as cells, and the file is the one a workbook holding them would give.
`hopthu once` works the register in a child process as `hopthu run` does (register/xlsx_child.py)."""

from __future__ import annotations

from datetime import date, datetime

from click.testing import CliRunner
from openpyxl import load_workbook

from hopthu.cli import main
from hopthu.register.columns import COLUMNS, CellWrite, WritePlan
from hopthu.register.xlsx import DATE_FORMAT, DATETIME_FORMAT, XlsxRegister

from ward import make_ward

HEADERS = [c.header for c in COLUMNS]


def _col(cid: str) -> int:
    return [c.id for c in COLUMNS].index(cid) + 1


def _row(i: int) -> dict:
    return {"code": f"HT-2026-{i:04d}", "received": datetime(2026, 11, 3, 8, 30), "deadline": date(2026, 11, 20),
            "status": "Mới", "summary": f'=HYPERLINK("http://x") rác số {i}', "tdp": "TDP số 1"}


def test_appended_rows_are_not_cells_of_the_workbook_when_it_is_saved(tmp_path, monkeypatch):
    register = XlsxRegister(tmp_path / "so.xlsx")
    register.read()  # a new register: headers only
    held = []
    save = XlsxRegister._save

    def spy(self, wb):
        held.append(max(row for row, _ in wb[self.sheet]._cells))
        save(self, wb)

    monkeypatch.setattr(XlsxRegister, "_save", spy)
    result = register.write(WritePlan(appends=[_row(i) for i in range(1, 301)]))
    assert held == [1]  # only the header row was ever a cell
    assert len(result.appended) == 300 and not result.refused
    codes = [r.text("code") for r in register.read().rows]
    assert codes == [f"HT-2026-{i:04d}" for i in range(1, 301)]


def test_streamed_rows_keep_types_formats_and_the_sheet_around_them(tmp_path):
    path = tmp_path / "so.xlsx"
    register = XlsxRegister(path)
    register.write(WritePlan(appends=[_row(1), _row(2)]))
    wb = load_workbook(path)
    ws = wb["Sổ theo dõi"]
    ws.cell(2, _col("officer")).value = "Nguyễn Văn Trực"  # an officer's cell
    ws.row_dimensions[7].height = 40  # a row height below the last row (an officer's habit)
    wb.save(path)
    result = register.write(WritePlan(
        writes=[CellWrite(code="HT-2026-0002", column="status", value="Đang xử lý", expect="Mới")],
        appends=[_row(3), _row(4), _row(5), _row(6), _row(7)]))
    assert len(result.written) == 1 and not result.conflicts
    wb = load_workbook(path)
    ws = wb["Sổ theo dõi"]
    assert [c.value for c in ws[1]][:len(HEADERS)] == HEADERS
    assert ws.dimensions == f"A1:{ws.cell(1, len(HEADERS)).column_letter}8"
    assert [ws.cell(r, 1).value for r in range(2, 9)] == [f"HT-2026-{i:04d}" for i in range(1, 8)]
    assert ws.cell(2, _col("officer")).value == "Nguyễn Văn Trực"
    assert ws.cell(3, _col("status")).value == "Đang xử lý"
    for r in range(4, 9):
        received, deadline, summary = (ws.cell(r, _col(c)) for c in ("received", "deadline", "summary"))
        assert received.value == datetime(2026, 11, 3, 8, 30) and received.number_format == DATETIME_FORMAT
        assert deadline.value == datetime(2026, 11, 20) and deadline.number_format == DATE_FORMAT
        assert summary.data_type == "s" and summary.value.startswith("=HYPERLINK")  # text, never a formula
    assert ws.row_dimensions[7].height == 40  # the row taken by an appended row keeps its height
    assert ws.data_validations.dataValidation and ws.freeze_panes == "B2"  # the drop-down and the frozen header


def test_once_works_the_xlsx_register_in_a_child_process(tmp_path, monkeypatch):
    """`hopthu once` on the first morning's backlog must not hold openpyxl's workbook in its own process."""
    from hopthu.register.xlsx_child import ChildXlsxRegister

    cfg = make_ward(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("    enabled: true ", "    enabled: false ", 1),
                   encoding="utf-8")  # no report to render
    calls = []
    call = ChildXlsxRegister._call

    def spy(self, method, *args):
        calls.append(method)
        return call(self, method, *args)

    monkeypatch.setattr(ChildXlsxRegister, "_call", spy)
    result = CliRunner().invoke(main, ["--config", str(cfg), "once"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "write_parts" in calls  # the plan streamed to one child, in parts
    ws = load_workbook(tmp_path / "data" / "so-theo-doi.xlsx")["Sổ theo dõi"]
    assert ws.max_row > 1
