"""Health: the heartbeat after each cycle, `hopthu status`, and the alert conditions with their notices
(raised once, repeated daily while they last, then an all-clear) on a controllable clock."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta, timezone

from click.testing import CliRunner

from hopthu import health
from hopthu.cli import main
from hopthu.config import Health
from hopthu.service import Daemon

from ward import make_ward

LIMITS = Health(failed_cycles=3, silent_source_hours=72, min_free_mb=500)


def test_a_condition_is_raised_once_repeated_daily_and_cleared():
    disk = health.low_disk(100, 500)
    memory: dict = {}
    day = date(2026, 11, 23)
    notices, memory = health.due_notices([disk], memory, day)
    assert [(n.kind, n.condition.key) for n in notices] == [("raised", "low-disk")]
    again, memory = health.due_notices([disk], memory, day)  # later cycles the same day: nothing
    assert again == []
    next_day, memory = health.due_notices([disk], memory, day + timedelta(days=1))
    assert [n.kind for n in next_day] == ["repeated"]
    cleared, memory = health.due_notices([], memory, day + timedelta(days=1))
    assert [(n.kind, n.condition.key) for n in cleared] == [("cleared", "low-disk")]
    assert "ổ đĩa sắp đầy" in cleared[0].condition.vi and memory == {}
    assert health.due_notices([], memory, day + timedelta(days=2)) == ([], {})
    back, _ = health.due_notices([disk], memory, day + timedelta(days=3))
    assert [n.kind for n in back] == ["raised"]


def test_each_trigger_has_its_threshold():
    assert health.failing_cycles(2, 3) is None and health.failing_cycles(3, 3).key == "failed-cycles"
    assert health.low_disk(500, 500) is None and health.low_disk(499, 500) is not None
    now = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)
    last = {"maildir": (now - timedelta(hours=71)).isoformat(), "form-file": (now - timedelta(hours=73)).isoformat(),
            "imap": None}
    first = {"imap": (now - timedelta(hours=80)).isoformat()}
    silent = health.silent_sources(last, first, now, 72)
    assert [c.key for c in silent] == ["silent:form-file", "silent:imap"]  # never brought anything: since first run
    assert health.silent_sources(last, first, now, 0) == []  # 0: never a problem
    assert health.broken_rules(["rules/99.yaml:3: unknown key"]).vi.endswith("rules/99.yaml:3: unknown key")


def test_conditions_are_read_from_a_heartbeat():
    now = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)
    beat = {"consecutive_failures": 4, "disk_free_mb": 120, "reload_problems": [],
            "sources": {"maildir": (now - timedelta(hours=1)).isoformat()}, "first_seen": {}}
    assert [c.key for c in health.conditions(beat, now, LIMITS)] == ["failed-cycles", "low-disk"]
    assert health.stalled({"written_at": (now - timedelta(minutes=4)).isoformat()}, now, 60) is None
    assert health.stalled({"written_at": (now - timedelta(minutes=9)).isoformat()}, now, 60).key == "stalled"


def test_every_cycle_writes_the_heartbeat_and_failures_are_counted(app, clock):
    daemon = Daemon(app)
    daemon.cycle()
    beat = health.read_heartbeat(app.config.state_dir)
    assert beat["last_cycle"]["ok"] and beat["consecutive_failures"] == 0
    assert {"nguồn maildir", "hồ sơ", "thư đi", "sổ theo dõi", "nhắc hạn", "chu kỳ"} <= set(beat["last_ok"])
    assert beat["backlog"] == 0 and beat["outbox"]["failed"] == 0
    assert set(beat["sources"]) == {s.name for s in app.sources} and all(beat["sources"].values())
    assert set(beat["versions"]) == {"config", "rules", "templates"}
    assert stat.S_IMODE((app.config.state_dir / health.HEARTBEAT_FILE).stat().st_mode) == 0o600
    good_at = beat["last_ok"]["nguồn form-file"]

    form = app.config.resolve(app.settings.form.path)
    good = form.read_bytes()
    form.write_text("Dấu thời gian,Cột lạ\n1,2\n", encoding="utf-8")  # the Form's export lost its columns
    for n in range(1, 4):
        clock.set(clock.now + timedelta(minutes=1))
        daemon.cycle()
        beat = health.read_heartbeat(app.config.state_dir)
        assert beat["consecutive_failures"] == n and not beat["last_cycle"]["ok"]
    assert beat["last_ok"]["nguồn form-file"] == good_at  # the last *success* stays
    assert beat["last_ok"]["nguồn maildir"] > good_at  # the other source went on
    assert beat["last_error"]["message"].startswith("nguồn form-file")
    assert [c.key for c in health.conditions(beat, clock.now, LIMITS)] == ["failed-cycles"]

    form.write_bytes(good)
    clock.set(clock.now + timedelta(minutes=1))
    daemon.cycle()
    beat = health.read_heartbeat(app.config.state_dir)
    assert beat["consecutive_failures"] == 0 and health.conditions(beat, clock.now, LIMITS) == []
    assert beat["last_error"]["message"].startswith("nguồn form-file")  # still shown, with its time


def test_a_cycle_that_raises_is_recorded_without_people(app):
    daemon = Daemon(app)

    def explode(*args, **kwargs):
        raise RuntimeError("mailbox of dan.nguyen@gmail.example broke")

    app.outbox.deliver = explode
    daemon.cycle()
    text = (app.config.state_dir / health.HEARTBEAT_FILE).read_text(encoding="utf-8")
    assert "RuntimeError" in text and "@gmail.example" not in text


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_status_shows_what_the_daemon_did_and_exits_0_when_healthy(tmp_path):
    cfg = make_ward(tmp_path)
    assert run("--config", cfg, "once").exit_code == 0
    result = run("--config", cfg, "status")
    assert result.exit_code == 0, result.output
    for text in ("Chu kỳ gần nhất", "nguồn maildir", "Tồn đọng chưa xử lý / backlog: 0", "Cách ly / quarantine",
                 "Phiên bản quy tắc / rules", "Không có gì cần xử lý"):
        assert text in result.output
    data = json.loads(run("--config", cfg, "status", "--json").output)
    assert data["heartbeat"]["last_cycle"]["ok"] and data["problems"] == []


def test_status_says_when_rules_on_disk_are_not_in_use_and_exits_1_on_a_problem(tmp_path):
    cfg = make_ward(tmp_path, extra_yaml="\nhealth:\n  min_free_mb: 999999999\n")
    assert run("--config", cfg, "once").exit_code == 0
    beat_path = tmp_path / "state" / health.HEARTBEAT_FILE
    beat = json.loads(beat_path.read_text(encoding="utf-8"))
    beat["versions"]["rules"] = "000000000000"
    beat_path.write_text(json.dumps(beat), encoding="utf-8")
    result = run("--config", cfg, "status")
    assert result.exit_code == 1
    assert "chưa dùng / not in use yet" in result.output and "ổ đĩa sắp đầy" in result.output
