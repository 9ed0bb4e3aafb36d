"""Issue 10, finding 7: an officer saving a stale copy of the XLSX register (opened before hopthu's last
write) must not silently revert colleagues' decisions. hopthu recognises the old copy by its own
columns holding values hopthu wrote before, writes its newest values back, does not act on the old
copy's shared cells as if someone had decided them, and keeps (and reports) what an officer typed that
differs from both. Real XLSX register, real journal."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from hopthu.pipeline.cycle import run_cycle

from ward import TZ, officer_edit


def _rows(app) -> dict[str, dict]:
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    ws = wb[app.settings.register.sheet]
    rows = list(ws.iter_rows(values_only=True))
    return {r[0]: dict(zip(rows[0], r)) for r in rows[1:] if r[0]}


def test_a_stale_copy_saved_over_the_register_is_recognised_and_hopthus_newest_values_come_back(app, clock):
    run_cycle(app)
    case = next(c for c in app.journal.cases() if not c.complex and c.agency)
    other = next(c for c in app.journal.cases() if c.code != case.code and not c.complex and c.agency)
    path = app.config.resolve(app.settings.register.path)
    stale = path.read_bytes()  # officer B opens the register here ...

    # ... while officer A marks the case complex: hopthu acts on it (deadline, history) and writes.
    officer_edit(app, {(case.code, "Mức độ"): "Phức tạp"})
    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=TZ))
    run_cycle(app)
    after_a = _rows(app)[case.code]
    assert after_a["Mức độ"] == "Phức tạp"
    newest_history = after_a["Diễn biến"]

    # B saves the old copy, in which B typed an answer for the same case and another one.
    path.write_bytes(stale)
    officer_edit(app, {(case.code, "Nội dung trả lời"): "Đã cử cán bộ xuống kiểm tra ngày 24/11.",
                       (other.code, "Nội dung trả lời"): "Đã nhắc tổ dân phố thu gom rác."})
    clock.set(datetime(2026, 11, 23, 11, 0, tzinfo=TZ))
    run_cycle(app)

    journal_case = app.journal.case(case.code)
    assert journal_case.complex, "the old copy's 'Thông thường' was taken as an officer's decision"
    row = _rows(app)[case.code]
    assert row["Mức độ"] == "Phức tạp"
    assert row["Hạn trả lời"].date() == journal_case.deadline
    assert row["Diễn biến"].startswith(newest_history)  # hopthu's own column written back, not left old
    assert "bản cũ của sổ" in row["Diễn biến"]

    # What B typed differs from both copies: kept, acted on, and the officers are asked to check it.
    assert row["Nội dung trả lời"] == "Đã cử cán bộ xuống kiểm tra ngày 24/11."
    assert journal_case.answer == "Đã cử cán bộ xuống kiểm tra ngày 24/11."
    assert "cột Nội dung trả lời" in row["Diễn biến"] and "xin kiểm tra lại" in row["Diễn biến"]
    # A row the old copy did not take back (hopthu wrote nothing there since) is an ordinary edit.
    other_row = _rows(app)[other.code]
    assert app.journal.case(other.code).answer == other_row["Nội dung trả lời"] == "Đã nhắc tổ dân phố thu gom rác."
    assert "bản cũ" not in other_row["Diễn biến"]

    # Once written back, the next cycle finds nothing stale and adds nothing.
    run_cycle(app)
    assert _rows(app)[case.code]["Diễn biến"] == row["Diễn biến"]


def test_an_officer_deliberately_setting_a_shared_cell_back_is_still_obeyed(app, clock):
    """Only a row whose hopthu columns went back is a stale copy: an officer who undoes a decision
    (complex back to normal) is obeyed like any other edit."""
    run_cycle(app)
    case = next(c for c in app.journal.cases() if not c.complex and c.agency)
    officer_edit(app, {(case.code, "Mức độ"): "Phức tạp"})
    run_cycle(app)
    assert app.journal.case(case.code).complex
    officer_edit(app, {(case.code, "Mức độ"): "Thông thường"})
    run_cycle(app)
    assert not app.journal.case(case.code).complex
    assert "bản cũ" not in _rows(app)[case.code]["Diễn biến"]
