"""Finding 1 of issue 10: one value a backend cannot store never freezes the register, and each step of
a cycle fails alone (the later steps still run). Real XLSX register, real Maildir, real outbox folder."""

from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook

from hopthu.pipeline.cycle import run_cycle
from hopthu.register.xlsx import XlsxRegister

from ward import TZ

CONTROL = "".join(chr(c) for c in (*range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x20)))


def _letter(subject: str, body: str, n: int = 1) -> bytes:
    return (
        f"From: Dân <dan{n}@example.org>\nTo: hopthu@mttq-luukiem.example.vn\nSubject: {subject}\n"
        f"Date: Tue, 24 Nov 2026 08:00:00 +0700\nMessage-ID: <ctl{n}@example.org>\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nMIME-Version: 1.0\n\n"
        f"{body}\n"
    ).encode()


def _drop(app, name: str, raw: bytes) -> None:
    (app.config.resolve(app.settings.inbox.path) / "new" / name).write_bytes(raw)


def _rows(app) -> dict[str, dict]:
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    ws = wb[app.settings.register.sheet]
    rows = list(ws.iter_rows(values_only=True))
    return {r[0]: dict(zip(rows[0], r)) for r in rows[1:] if r[0]}


def test_control_characters_reach_the_register_as_visible_marks_and_the_journal_keeps_them(app):
    run_cycle(app)
    _drop(app, "ctl.eml", _letter("Đèn\x01 hỏng", f"Cột đèn đường hỏng{CONTROL} ở ngõ 12 phố Trần Phú."))
    summary = run_cycle(app)
    assert not summary.errors, summary.errors
    [case] = summary.new_cases
    row = _rows(app)[case.code]  # the row exists: the register is not frozen
    text = row["Nội dung (đã ẩn thông tin cá nhân)"]
    assert "\u2401" in text and "\x01" not in text  # shown, not silently dropped
    assert not any(ch in text for ch in CONTROL)
    assert b"\x01" in app.journal.raw(case.source_id)  # the original stays in the journal
    # The next cycle sees its own value back: no officer edit invented, nothing rewritten.
    again = run_cycle(app)
    assert not again.errors and again.officer_edits == 0 and again.register_written == 0


def test_a_form_answer_with_control_characters_and_later_letters_all_get_rows(app, clock):
    form = app.config.resolve(app.settings.form.path)
    with open(form, "a", encoding="utf-8") as fh:
        fh.write('24/11/2026 08:10:00,TDP số 2,Khác,"Rác\x07 đổ\x1b[31m trộm ở bãi đất trống",Bãi đất,,\n')
    first = run_cycle(app)
    assert not first.errors, first.errors
    _drop(app, "later.eml", _letter("Cống tắc", "Cống thoát nước trước nhà văn hóa TDP số 3 bị tắc.", 2))
    later = run_cycle(app)
    rows = _rows(app)
    assert {c.code for c in first.new_cases + later.new_cases} <= set(rows)


class _BrokenRegister(XlsxRegister):
    """A register backend whose writes fail with an unexpected error (not an OperatorError)."""

    def write(self, plan):
        raise RuntimeError("backend exploded")


def test_a_failing_register_step_does_not_stop_reminders_or_delivery(app, clock):
    run_cycle(app)
    app.register = _BrokenRegister(app.register.path, app.register.sheet)
    # Days later, in office hours: reminders are due for the sample cases.
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=TZ))
    summary = run_cycle(app)
    assert any("sổ theo dõi" in e for e in summary.errors)
    assert summary.reminders > 0  # the step after the register still ran
    assert app.journal.get_meta("step:sổ theo dõi:failed")
    assert app.journal.get_meta("step:nhắc hạn:ok")


class _Unprintable:
    def __str__(self) -> str:
        raise ValueError("cannot be shown")


def test_a_cell_the_xlsx_backend_refuses_is_left_out_alone(tmp_path):
    from hopthu.register.columns import WritePlan

    register = XlsxRegister(tmp_path / "so.xlsx")
    plan = WritePlan(appends=[
        {"code": "HT-2026-0001", "summary": _Unprintable(), "tdp": "TDP số 1"},
        {"code": "HT-2026-0002", "summary": "Đèn\x01 hỏng", "tdp": "TDP số 2"},
    ])
    result = register.write(plan)
    assert [(c, col) for c, col, _ in result.refused] == [("HT-2026-0001", "summary")]
    rows = {r.text("code"): r for r in register.read().rows}
    assert rows["HT-2026-0001"].text("tdp") == "TDP số 1" and rows["HT-2026-0001"].text("summary") == ""
    assert rows["HT-2026-0002"].text("summary") == "Đèn\u2401 hỏng"
