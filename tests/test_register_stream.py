"""New rows of the XLSX register are streamed into the file as it is saved (register/xlsx_stream.py): the
workbook never holds them as cells, and the file is the one a workbook holding them would give.
`hopthu once` works the register in a child process as `hopthu run` does (register/xlsx_child.py)."""

from __future__ import annotations

import sys
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


def test_the_child_takes_a_plan_in_parts_and_answers_in_parts(tmp_path, monkeypatch):
    """One child, one save for every part of the plan; what landed comes back a part at a time, what did not
    land (conflicts) first."""
    import subprocess

    from hopthu.register import xlsx_child
    from hopthu.register.xlsx_child import ChildXlsxRegister

    started = []
    popen = subprocess.Popen

    def counted(*args, **kwargs):
        started.append(args[0])
        return popen(*args, **kwargs)

    register = ChildXlsxRegister(tmp_path / "so.xlsx", timeout=120)
    register.read()  # a new register: headers only
    monkeypatch.setattr(xlsx_child.subprocess, "Popen", counted)
    made = []

    def plans():
        for start in (1, 301, 601):
            made.append(start)
            yield WritePlan(appends=[_row(i) for i in range(start, start + 300)])
        yield WritePlan(writes=[CellWrite(code="HT-2026-0001", column="status", value="Đang xử lý", expect="Khác")])

    results = list(register.write_parts(plans()))
    assert len(started) == 1 and made == [1, 301, 601]
    assert [c.code for c in results[0].conflicts] == ["HT-2026-0001"] and not results[0].appended
    sizes = [len(r.appended) for r in results[1:]]
    assert sizes == [xlsx_child.ANSWER_PART] + [900 - xlsx_child.ANSWER_PART] and not any(r.conflicts for r in results[1:])
    assert [row["code"] for r in results for row in r.appended] == [f"HT-2026-{i:04d}" for i in range(1, 901)]
    assert [r.text("code") for r in register.read().rows] == [f"HT-2026-{i:04d}" for i in range(1, 901)]


def test_a_plan_that_fails_while_it_is_made_writes_nothing(tmp_path):
    from hopthu.register.xlsx_child import ChildXlsxRegister

    register = ChildXlsxRegister(tmp_path / "so.xlsx", timeout=60)
    register.read()

    def plans():
        yield WritePlan(appends=[_row(1)])
        raise RuntimeError("the journal went away")

    try:
        list(register.write_parts(plans()))
    except RuntimeError:
        pass
    else:
        raise AssertionError("the failure was not raised")
    assert register.read().rows == []  # the child ended on the cut plan, before any save


def test_once_plans_the_register_a_few_cases_at_a_time(tmp_path, monkeypatch):
    """The register step loads, plans and sends `PART_CASES` cases at a time: the first part is on its way to
    the child before the next cases are read, so a backlog is never held whole in the daemon."""
    from hopthu.journal.cases import CaseJournal
    from hopthu.pipeline import register_sync
    from hopthu.register.xlsx_child import ChildXlsxRegister

    cfg = make_ward(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("    enabled: true ", "    enabled: false ", 1),
                   encoding="utf-8")  # no report to render
    monkeypatch.setattr(register_sync, "PART_CASES", 2)
    loaded: list[int] = []
    cases_of = CaseJournal.cases_of

    def counted(self, codes):
        if sys._getframe(1).f_globals["__name__"] == register_sync.__name__:  # the register step's loads only
            loaded.append(len(codes))
        return cases_of(self, codes)

    monkeypatch.setattr(CaseJournal, "cases_of", counted)
    sent: list[tuple[int, int]] = []  # (batches of cases loaded so far, rows in the part) as each part is sent
    send = ChildXlsxRegister._send

    def spy(stdin, request, parts):
        def watched():
            for part in parts:
                sent.append((len(loaded), len(part.appends) + len(part.writes)))
                yield part
        return send(stdin, request, watched() if parts is not None else None)

    monkeypatch.setattr(ChildXlsxRegister, "_send", staticmethod(spy))
    result = CliRunner().invoke(main, ["--config", str(cfg), "once"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    from hopthu.config import load_config
    from hopthu.journal import Journal

    journal = Journal(load_config(cfg).state_dir / "journal.sqlite3")
    codes = [c.code for c in journal.cases()]
    written = journal.written_cells()
    journal.close()
    assert len(codes) > 4 and all(n <= 2 for n in loaded)
    # part k went to the child when k batches of cases had been read, never more; each with at most 2 rows
    assert [batches for batches, _ in sent] == list(range(1, len(sent) + 1)) and len(sent) >= 3
    assert all(0 < rows <= 2 for _, rows in sent)
    ws = load_workbook(tmp_path / "data" / "so-theo-doi.xlsx")["Sổ theo dõi"]
    assert sorted(ws.cell(r, 1).value for r in range(2, ws.max_row + 1)) == sorted(codes)
    assert {code for code, cid in written if cid == "code"} == set(codes)  # every part's cells remembered
