"""The Google calls of `hopthu run` made in a child process (google/remote.py): the daemon's process never
loads gspread, requests, google-auth or cryptography; Google's errors reach the officer as the same
messages as in-process; the quota's token bucket stays in the daemon; the child stops when idle.

Real gspread in the child, over HTTP to the Sheets-v4 emulator (tests/sheets_emulator.py)."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hopthu.config import load_config
from hopthu.google.auth import GoogleError, client_for, remote_client
from hopthu.google.remote import RemoteClient
from hopthu.pipeline.cycle import run_cycle
from hopthu.sources.formsheet import SheetFormSource
from hopthu.wiring import build_app

from sheets_emulator import SheetsEmulator
from ward import EXAMPLES, ROOT, make_ward, wait_until

FORM_ID, FORM_TAB = "1FormRemote", "Câu trả lời biểu mẫu 1"
REG_ID = "1RegisterRemote"
SA_EMAIL = "hopthu-bot@mttq-luukiem.iam.gserviceaccount.com"
HEAVY = ("gspread", "google.auth", "google.oauth2", "requests", "cryptography")


@pytest.fixture
def emu():
    with SheetsEmulator(seed=7) as emulator:  # real clock: the child's token and requests use real time
        yield emulator


def google_ward(base: Path, emu: SheetsEmulator, *, key: str = "valid") -> Path:
    """The sample ward, no mailbox, its Form answers and register on Google (emulated)."""
    with open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    emu.create_spreadsheet(FORM_ID, "Câu trả lời", sheets={FORM_TAB: rows})
    emu.create_spreadsheet(REG_ID, "Sổ theo dõi", sheets={"Trang tính1": []})
    cfg = make_ward(base)
    for p in (base / "data" / "inbox" / "new").iterdir():
        p.unlink()
    text = re.sub(r"(?ms)^form:\n.*?^(?=outbox:)", lambda m: f"""form:
  backend: sheet
  sheet_id: "{FORM_ID}"
  worksheet: "{FORM_TAB}"
register:
  backend: sheet
  sheet_id: "{REG_ID}"
  write_every_seconds: 0
google:
  api_base: "{emu.base_url}"
""", cfg.read_text(encoding="utf-8"), count=1)
    cfg.write_text(text, encoding="utf-8")
    if key == "valid":
        (base / "key.json").write_text(json.dumps(emu.service_account_info(SA_EMAIL)), encoding="utf-8")
        key = "key.json"
    (base / ".env").write_text(f"HOPTHU_GOOGLE_KEY_FILE={key}\n", encoding="utf-8")
    (base / ".env").chmod(0o600)
    return cfg


CYCLE = """
import json, sys
from hopthu.config import load_config
from hopthu.pipeline.cycle import run_cycle
from hopthu.wiring import build_app

app = build_app(load_config(sys.argv[1]), apart=True)  # as `hopthu run` builds it
summary = run_cycle(app)
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("gspread", "requests", "cryptography")
               or m.startswith(("google.auth", "google.oauth2")))
print(json.dumps({"new": len(summary.new_cases), "errors": summary.errors, "heavy": heavy}))
app.close()
"""


def test_a_google_cycle_leaves_gspread_google_auth_and_requests_out_of_the_daemon(tmp_path, emu):
    cfg = google_ward(tmp_path, emu)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
    done = subprocess.run([sys.executable, "-c", CYCLE, str(cfg)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    answers = len(emu.values(FORM_ID, FORM_TAB)) - 1
    assert result["errors"] == [] and result["new"] == answers > 0
    assert result["heavy"] == []  # the child made every Sheets call
    register = emu.values(REG_ID, "Sổ theo dõi")
    assert len([r for r in register[1:] if r and r[0]]) == answers  # and the register holds every case


def _messages(summary) -> list[str]:
    return sorted(summary.errors)


@pytest.mark.parametrize("trouble", ["missing key", "not shared", "wrong id", "quota"])
def test_an_error_in_the_child_reaches_the_officer_as_before(tmp_path, emu, clock, trouble):
    cfg = google_ward(tmp_path, emu, key="khong-co.json" if trouble == "missing key" else "valid")
    if trouble == "not shared":
        emu.unshare(FORM_ID)
        emu.unshare(REG_ID)
    if trouble == "wrong id":
        emu.delete_spreadsheet(FORM_ID)
    config = load_config(cfg)
    if trouble == "quota":  # every answer 429: the retries are used up (fast ones, both sides alike)
        emu.inject(status=429, count=10_000)
        options = {"api_base": config.settings.google.api_base, "backoff_base": 0.01, "max_attempts": 2}
        here = SheetFormSource(client_for(config, backoff_base=0.01, max_attempts=2), FORM_ID, FORM_TAB)
        child = RemoteClient(str(tmp_path / "key.json"), options)
        try:
            with pytest.raises(GoogleError) as in_process:
                list(here.poll(set()))
            with pytest.raises(GoogleError) as apart:
                list(SheetFormSource(child, FORM_ID, FORM_TAB).poll(set()))
        finally:
            child.close()
        assert str(apart.value) == str(in_process.value) and "vượt hạn mức" in str(apart.value)
        assert "gspread" not in type(apart.value.__cause__).__module__  # what crossed is the library-free error
        return
    in_process = build_app(config, clock=clock)
    apart = build_app(config, clock=clock, apart=True)
    try:
        before, after = run_cycle(in_process), run_cycle(apart)
    finally:
        in_process.close()
        apart.close()
    assert after.errors and _messages(after) == _messages(before)
    expected = {"missing key": "không tìm thấy tệp khóa JSON", "not shared": SA_EMAIL,
                "wrong id": "không tìm thấy trang tính có mã"}[trouble]
    assert any(expected in e for e in after.errors)


def test_the_child_asks_the_daemons_token_bucket_before_each_request(tmp_path, emu):
    cfg = google_ward(tmp_path, emu)
    config = load_config(cfg)
    client = remote_client(config)
    assert remote_client(load_config(cfg)) is client  # every ward on this key: one client, one bucket

    taken = []

    class Counting:
        def acquire(self) -> float:
            taken.append(1)
            return 0.0

    client.bucket = Counting()  # type: ignore[assignment]
    emu.reset_counts()
    try:
        source = SheetFormSource(client, FORM_ID, FORM_TAB)
        rows = list(source.poll(set()))
        assert rows and source.full_reads == 1
        list(source.poll(set()))  # the incremental read: one batchGet
    finally:
        client.close()
    assert len(taken) == emu.request_count == 2 + 1  # metadata, the whole tab; then the window


def test_the_child_stops_when_idle_and_starts_again_when_needed(tmp_path, emu):
    cfg = google_ward(tmp_path, emu)
    config = load_config(cfg)
    child = RemoteClient(str(config.resolve("key.json")), {"api_base": config.settings.google.api_base},
                         idle_seconds=0.5)
    try:
        source = SheetFormSource(child, FORM_ID, FORM_TAB)
        first = [item.source_id for item in source.poll(set())]
        assert child.running and child.started == 1
        wait_until(lambda: not child.running, 30, "the idle child to stop")
        emu.set_values(FORM_ID, FORM_TAB, f"A{len(first) + 2}", [["23/11/2026 10:00:00", "TDP số 3", "Khác",
                                                                   "Đèn đường hỏng trước số 12", "", "", ""]])
        assert len(list(source.poll(set(first)))) == 1  # the incremental read goes on with a new child
        assert child.started == 2
    finally:
        child.close()
    assert not child.running


def _whole_reads(emu: SheetsEmulator) -> list[str]:
    """The GETs of a whole tab (a range that is a tab's name alone), not of a window or of some rows."""
    return [r.path for r in emu.requests if r.method == "GET" and "/values/" in r.path
            and "!" not in r.path.split("/values/", 1)[1] and ":batchGet" not in r.path]


def test_the_start_up_child_reads_the_sheets_whole_and_the_daemon_goes_on_from_what_it_handed_over(tmp_path, emu):
    """Issue 15: a Form's history and a register of years are read whole by the start-up child (their heap ends
    with it); the daemon's own first cycle reads only the Form's new rows and asks Drive about the register."""
    from hopthu import platform, service

    cfg = google_ward(tmp_path, emu)
    daemon = service.Daemon(build_app(load_config(cfg), apart=True), system=platform.Posix())

    class Quiet(platform.Controls):
        def __init__(self) -> None:
            super().__init__(lambda: None, lambda: None)

    try:
        assert daemon.catch_up(Quiet(), platform.Watchdog()) == 0
        answers = len(emu.values(FORM_ID, FORM_TAB)) - 1
        register = emu.values(REG_ID, "Sổ theo dõi")
        assert len([r for r in register[1:] if r and r[0]]) == answers > 0  # the child took every answer
        assert not (tmp_path / "state" / service.HAND_OVER).exists()  # read and removed
        emu.set_values(FORM_ID, FORM_TAB, f"A{answers + 2}", [["23/11/2026 10:00:00", "TDP số 3", "Khác",
                                                                "Đèn đường hỏng trước số 12", "", "", ""]])
        emu.reset_counts()
        summary = daemon.cycle()
        assert summary is not None and summary.errors == []
        assert len(summary.new_cases) == 1  # the new answer, and none of the history again
        assert _whole_reads(emu) == []  # neither tab read whole by the daemon
        source = next(s for s in daemon.app.sources if isinstance(s, SheetFormSource))
        assert source.full_reads == 0
        register = emu.values(REG_ID, "Sổ theo dõi")
        assert len([r for r in register[1:] if r and r[0]]) == answers + 1  # appended where it belongs
    finally:
        daemon.app.close()
        for client in list(service_clients()):
            client.close()


def service_clients():
    from hopthu.google import remote

    return remote._clients


def test_a_whole_read_of_the_form_is_worked_in_the_child_and_the_daemon_gets_only_the_new_answers(tmp_path, emu):
    """Issue 15: the first read, the safety net and the re-read after a deleted row read the tab whole; with the
    Google calls in a child, that child reduces the tab to the new answers (the journal asked read-only) and the
    incremental reads' memory, so the daemon never holds the Form's history."""
    cfg = google_ward(tmp_path, emu)
    app = build_app(load_config(cfg), apart=True)
    source = next(s for s in app.sources if isinstance(s, SheetFormSource))
    client = source._client_source()
    ops: list[tuple] = []
    call = client.call

    def spying(op, *args):
        if op in ("ws", "form") and args[0] == FORM_ID:  # ("ws", sheet id, properties, method, args, kwargs)
            ops.append((op, args[2] if op == "ws" else None))
        return call(op, *args)

    client.call = spying  # type: ignore[method-assign]
    try:
        first = run_cycle(app)
        answers = len(emu.values(FORM_ID, FORM_TAB)) - 1
        assert first.errors == [] and len(first.new_cases) == answers > 0
        assert ("form", None) in ops and ("ws", "get") not in ops  # no whole tab came to this process
        assert source.full_reads == 1 and source._count == answers
        ops.clear()
        rows = emu.values(FORM_ID, FORM_TAB)
        kept = [rows[0], *rows[2:], ["23/11/2026 10:00:00", "TDP số 3", "Khác", "Đèn đường hỏng trước số 12",
                                     "", "", ""], [""] * 7]
        emu.set_values(FORM_ID, FORM_TAB, "A1", kept)  # an officer deleted a row; a new answer came
        second = run_cycle(app)
        assert second.errors == [] and len(second.new_cases) == 1  # the new answer alone, none of the history
        assert ("ws", "batch_get") in ops and ("form", None) in ops  # the window said "moved": whole, in the child
        assert source.full_reads == 2
    finally:
        app.close()
        client.close()
