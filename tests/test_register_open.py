"""The XLSX register held open in Excel: hopthu's writes wait in the journal, nothing is lost, no
second copy is written, officers are told (log, heartbeat, `hopthu status`), and the writes land
once the file is closed.

Excel on Windows refuses the replace; here another process holds the platform module's lock on the
register (platform.py: the POSIX branch refuses the replace then, as Windows does). The Windows
branch's own refusal is checked with its os.replace injected. Nothing here ran on Windows."""

from __future__ import annotations

import json
import logging
import os
import shutil
from datetime import datetime, timedelta

from click.testing import CliRunner
from openpyxl import load_workbook

from hopthu import health, platform
from hopthu.cli import main
from hopthu.config import load_config
from hopthu.register.columns import RegisterBusy, WritePlan
from hopthu.register.xlsx import XlsxRegister, office_lock_holder
from hopthu.service import Daemon
from hopthu.wiring import build_app

from ward import EXAMPLES, TZ, Clock, OtherProgram, make_ward, officer_edit

OFFICER = "Nguyễn Văn Trực"


def excel_owner_file(register, user: str) -> None:
    """What Excel writes beside a workbook it opens: `~$<name>` with the user's name (ANSI, then UTF-16)."""
    ansi = user.encode("cp1252", errors="replace")
    data = bytes([len(ansi)]) + ansi
    data = data.ljust(54, b"\x20") + len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    (register.parent / f"~${register.name}").write_bytes(data.ljust(165, b"\x20"))


def codes_in_register(path) -> list[str]:
    wb = load_workbook(path)
    try:
        ws = wb.worksheets[0]
        return [r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r and r[0]]
    finally:
        wb.close()


def drop_letter(app, name: str) -> None:
    """A citizen's new letter (the same sample letter each time would be one case: fingerprints)."""
    source = EXAMPLES / "broken" / "windows-1258.eml"
    (app.config.resolve(app.settings.inbox.path) / "new" / f"{name}.M1.extra").write_bytes(source.read_bytes())


def test_excel_holding_the_register_delays_writes_loses_nothing_and_tells_officers(tmp_path, caplog):
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=TZ))
    cfg = make_ward(tmp_path)
    app = build_app(load_config(cfg), clock=clock)
    daemon = Daemon(app)
    register = app.config.resolve(app.settings.register.path)
    daemon.cycle()
    first = codes_in_register(register)
    assert first, "the sample ward fills the register"

    excel_owner_file(register, OFFICER)
    excel = OtherProgram(register)  # an officer opens the register in Excel
    try:
        drop_letter(app, "9101")
        before = register.read_bytes()
        caplog.set_level(logging.INFO)
        daemon.cycle()
        # The new case exists and its acknowledgement went out: emails never wait for the register.
        cases = {c.code for c in app.journal.cases()}
        new = sorted(cases - set(first))
        assert len(new) == 1
        assert app.journal.outbox_counts().get("pending", 0) == 0
        # The register is untouched, and no second copy lies beside it.
        assert register.read_bytes() == before
        assert sorted(p.name for p in register.parent.glob("*.xlsx") if not p.name.startswith("~$")) == [
            "so-theo-doi.xlsx"]  # ~$ is Excel's own owner file
        assert not [p for p in register.parent.iterdir() if p.name.startswith(".so-theo-doi-")]
        beat = health.read_heartbeat(app.config.state_dir)
        assert beat["register_busy"]["holder"] == OFFICER and beat["register_busy"]["waiting"] >= 1
        assert beat["last_cycle"]["ok"] and beat["consecutive_failures"] == 0  # waiting is not failing
        assert health.register_open(beat["register_busy"], clock(), 15) is None  # not yet: 15 minutes

        # An officer types in Excel and saves (Excel writes its own file in place) while it stays open.
        officer_edit(app, {(first[0], "Cán bộ phụ trách"): OFFICER})
        clock.set(clock() + timedelta(minutes=20))
        daemon.cycle()
        beat = health.read_heartbeat(app.config.state_dir)
        held = health.register_open(beat["register_busy"], clock(), 15)
        assert held is not None and held.vi.startswith(f"Sổ đang mở trên máy {OFFICER}, hopthu sẽ ghi khi đóng")
        assert any(r.levelno == logging.WARNING and "hopthu sẽ ghi khi đóng" in r.getMessage()
                   for r in caplog.records)
        assert app.journal.case(first[0]).officer == OFFICER  # the officer's edit was read and kept
        assert new[0] not in codes_in_register(register)

        # `hopthu status` says it, and exits 1: something needs attention.
        result = CliRunner().invoke(main, ["--config", str(cfg), "status"])
        assert result.exit_code == 1
        assert f"Sổ đang mở trên máy {OFFICER}, hopthu sẽ ghi khi đóng" in result.output
        status = json.loads(CliRunner().invoke(main, ["--config", str(cfg), "status", "--json"]).output)
        assert "register-open" in [p["key"] for p in status["problems"]]
    finally:
        excel.close()
        (register.parent / f"~${register.name}").unlink(missing_ok=True)

    # Excel closed: the waiting writes land, once, and the officer's edit stands.
    caplog.clear()
    clock.set(clock() + timedelta(minutes=1))
    daemon.cycle()
    codes = codes_in_register(register)
    assert sorted(codes) == sorted(c.code for c in app.journal.cases())  # every case has its row
    assert len(codes) == len(set(codes))  # and one only
    wb = load_workbook(register)
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == first[0])
    assert row[headers.index("Cán bộ phụ trách")] == OFFICER
    beat = health.read_heartbeat(app.config.state_dir)
    assert beat["register_busy"] is None
    assert health.register_open(beat.get("register_busy"), clock(), 15) is None
    assert any("đã ghi các thay đổi chờ" in r.getMessage() for r in caplog.records)
    daemon.cycle()
    assert codes_in_register(register) == codes  # nothing more to write: no duplicate


def test_a_restart_while_excel_holds_the_register_still_writes_everything_later(tmp_path):
    """The pending writes are not in memory: a new process computes them again from the journal."""
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=TZ))
    cfg = make_ward(tmp_path)
    app = build_app(load_config(cfg), clock=clock)
    Daemon(app).cycle()
    register = app.config.resolve(app.settings.register.path)
    excel = OtherProgram(register)
    try:
        drop_letter(app, "9102")
        Daemon(app).cycle()
        app.close()  # the PC restarts while Excel is open
    finally:
        excel.close()
    app = build_app(load_config(cfg), clock=clock)
    Daemon(app).cycle()
    assert sorted(codes_in_register(register)) == sorted(c.code for c in app.journal.cases())
    app.close()


def test_windows_branch_refused_replace_becomes_register_busy_with_no_copy_left(tmp_path):
    register = XlsxRegister(tmp_path / "so-theo-doi.xlsx")
    register.read()  # made on first use

    def excel_open(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used", str(dst))

    plan = WritePlan(appends=[{"code": "HT-2026-0001", "summary": "Đèn đường hỏng"}])
    with platform.use(platform.Windows(runner=lambda args: "", replace=excel_open, sleep=lambda s: None)):
        try:
            register.write(plan)
        except RegisterBusy as exc:
            assert "hopthu sẽ ghi khi đóng" in str(exc)
        else:
            raise AssertionError("a refused replace must be RegisterBusy")
    assert [p.name for p in tmp_path.iterdir()] == ["so-theo-doi.xlsx"]
    assert register.read().by_code() == {}
    with platform.use(platform.Windows(runner=lambda args: "", replace=os.replace, sleep=lambda s: None)):
        register.write(plan)
    assert list(register.read().by_code()) == ["HT-2026-0001"]


def test_who_holds_the_register_is_read_from_excels_or_libreoffices_owner_file(tmp_path):
    path = tmp_path / "so-theo-doi.xlsx"
    assert office_lock_holder(path) == ""
    excel_owner_file(path, "Phạm Thị Thu Hà")
    assert office_lock_holder(path) == "Phạm Thị Thu Hà"
    os.unlink(tmp_path / "~$so-theo-doi.xlsx")
    (tmp_path / ".~lock.so-theo-doi.xlsx#").write_text("Trực,truc,MAY-TIEP-DAN,02.03.2026 09:00,file:///x;")
    assert office_lock_holder(path) == "MAY-TIEP-DAN (truc)"
    shutil.rmtree(tmp_path)


def test_a_register_that_cannot_even_be_read_is_a_wait_not_a_failure(tmp_path, monkeypatch):
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=TZ))
    app = build_app(load_config(make_ward(tmp_path)), clock=clock)
    daemon = Daemon(app)
    daemon.cycle()
    register = app.config.resolve(app.settings.register.path)
    excel_owner_file(register, OFFICER)

    def denied(*args, **kwargs):
        raise PermissionError(13, "The process cannot access the file", str(register))

    monkeypatch.setattr("openpyxl.load_workbook", denied)
    daemon.cycle()
    beat = health.read_heartbeat(app.config.state_dir)
    assert beat["register_busy"]["holder"] == OFFICER
    assert beat["last_cycle"]["ok"] and beat["consecutive_failures"] == 0
    monkeypatch.undo()
    daemon.cycle()
    assert health.read_heartbeat(app.config.state_dir)["register_busy"] is None
    app.close()


def test_hopthu_runs_the_xlsx_register_in_a_child_process_reading_it_only_when_the_file_changed(tmp_path):
    """`hopthu run` (build_app(apart=True)): openpyxl works in a short-lived child, the daemon never loads it
    (bench/idle_rss.py); a cycle in which nobody saved the file does not read it, an officer's save is read and
    acted on in the next cycle, and a file held open waits as with the register in-process."""
    from hopthu.pipeline.cycle import run_cycle
    from hopthu.register.xlsx_child import ChildXlsxRegister

    cfg = make_ward(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("    enabled: true ", "    enabled: false ", 1),
                   encoding="utf-8")  # no report to render
    app = build_app(load_config(cfg), apart=True)
    assert isinstance(app.register, ChildXlsxRegister)
    run_cycle(app)
    codes = [c.code for c in app.journal.cases()]
    register = tmp_path / "data" / "so-theo-doi.xlsx"
    ws = load_workbook(register)["Sổ theo dõi"]
    assert sorted(ws.cell(r, 1).value for r in range(2, ws.max_row + 1)) == sorted(codes)
    # The first read made the file, and only hopthu saved it since: no child, no read (nor a whole read of it
    # by the daemon after its start-up child, which hands this over)
    assert app.register.read_if_changed() is None
    officer_edit(app, {(codes[0], "Cán bộ phụ trách"): OFFICER})
    summary = run_cycle(app)
    assert summary.officer_edits == 1 and app.journal.case(codes[0]).officer == OFFICER
    excel = OtherProgram(register)  # held open: the child's refusal comes back as the register's own
    try:
        busy = None
        try:
            app.register.write(WritePlan(appends=[{"code": "HT-2026-9999"}]))
        except RegisterBusy as exc:
            busy = exc
        assert busy is not None and busy.where == str(register)
    finally:
        excel.close()
    app.close()
