"""Encrypted backups: a ward's journal (cases, outbox, stored letters), letter files and XLSX register
round-trip onto a second folder standing for another PC with the key alone; a damaged file or a wrong
key is refused; a newer schema is refused, a previous release's journal is upgraded."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from hopthu import backup
from hopthu.cli import main
from hopthu.config import load_config
from hopthu.journal import SCHEMA_VERSION, Journal

from ward import TZ, make_ward

KEY = backup.new_key()
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
FIXTURES = Path(__file__).parent / "fixtures"


def ward_with_key(base: Path, key: str = KEY) -> Path:
    base.mkdir(parents=True, exist_ok=True)
    cfg = make_ward(base)
    (base / ".env").write_text(f"HOPTHU_BACKUP_KEY={key}\n")
    (base / ".env").chmod(0o600)
    return cfg


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def snapshot(journal_path: Path) -> dict:
    journal = Journal(journal_path)
    try:
        intakes = {i.source_id: (i.state, i.case_code, journal.raw(i.source_id))
                   for i in journal.quarantined(include_held=True) + journal.pending_intakes()}
        for code in [c.code for c in journal.cases()]:
            case = journal.case(code)
            intakes[case.source_id] = ("cased", code, journal.raw(case.source_id))
        return {
            "cases": [c.as_dict() for c in journal.cases()],
            "contacts": {c.code: journal.contact(c.code) for c in journal.cases()},
            "outbox": [(m.key, m.state, m.raw) for m in journal.messages()],
            "intakes": intakes,
        }
    finally:
        journal.close()


@pytest.fixture
def first_pc(tmp_path):
    cfg = ward_with_key(tmp_path / "pc1")
    assert run("--config", cfg, "once").exit_code == 0
    return load_config(cfg)


def test_backup_then_restore_on_another_pc_round_trips_everything(first_pc, tmp_path):
    made = backup.make_backup(first_pc, NOW)
    assert made.name == "hopthu-20261123-020000.hopthu-backup"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert b"HT-2026-0001" not in made.read_bytes() and b"journal" not in made.read_bytes()  # encrypted

    second = load_config(ward_with_key(tmp_path / "pc2"))  # another PC: only the key is shared
    done = backup.restore(second, made, NOW)
    before, after = snapshot(first_pc.state_dir / "journal.sqlite3"), snapshot(second.state_dir / "journal.sqlite3")
    assert after["cases"] and after == before
    assert any(raw for _, _, raw in after["intakes"].values())  # letters' bytes came along
    assert done.cases == len(before["cases"]) and done.to_schema == SCHEMA_VERSION
    register = second.resolve(second.settings.register.path)
    assert done.register == register
    assert register.read_bytes() == first_pc.resolve(first_pc.settings.register.path).read_bytes()
    for path in second.state_dir.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600)


def test_a_wrong_key_a_truncated_or_altered_file_is_refused(first_pc, tmp_path):
    made = backup.make_backup(first_pc, NOW)
    other = load_config(ward_with_key(tmp_path / "pc2", key=backup.new_key()))
    with pytest.raises(backup.BackupError, match="khóa sao lưu không đúng"):
        backup.restore(other, made, NOW)
    second = load_config(ward_with_key(tmp_path / "pc3"))
    data = made.read_bytes()
    for name, damaged in (("cut", data[:-100]), ("cut-at-chunk", data[:len(backup.MAGIC) + 23]),
                          ("flipped", data[:200] + bytes([data[200] ^ 1]) + data[201:])):
        bad = tmp_path / f"{name}.hopthu-backup"
        bad.write_bytes(damaged)
        with pytest.raises(backup.BackupError, match="bị hỏng"):
            backup.restore(second, bad, NOW)
    assert not (second.state_dir / "journal.sqlite3").exists()  # nothing half restored


def test_a_backup_bigger_than_one_chunk_round_trips(first_pc, tmp_path):
    letter = first_pc.state_dir / "raw" / "big.eml"
    letter.parent.mkdir(exist_ok=True)
    letter.write_bytes(bytes(range(256)) * (5 * 4096 + 7))  # ~5 MiB: several sealed chunks
    made = backup.make_backup(first_pc, NOW)
    second = load_config(ward_with_key(tmp_path / "pc2"))
    backup.restore(second, made, NOW)
    assert (second.state_dir / "raw" / "big.eml").read_bytes() == letter.read_bytes()


def test_a_backup_from_a_newer_schema_is_refused(first_pc, tmp_path):
    db = sqlite3.connect(first_pc.state_dir / "journal.sqlite3")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    made = backup.make_backup(first_pc, NOW)
    second = load_config(ward_with_key(tmp_path / "pc2"))
    with pytest.raises(backup.BackupError, match="hopthu mới hơn"):
        backup.restore(second, made, NOW)
    assert not second.state_dir.exists()


def old_release_state(state: Path, current: Path) -> None:
    """A journal as hopthu 044e448 kept it: its schema, the letters' bytes in files named by raw_path."""
    state.mkdir(parents=True)
    old = sqlite3.connect(state / "journal.sqlite3")
    old.executescript((FIXTURES / "journal-schema-044e448.sql").read_text(encoding="utf-8"))
    new = sqlite3.connect(current)
    new.row_factory = sqlite3.Row
    (state / "raw").mkdir()
    for row in new.execute("SELECT i.*, r.raw AS item_bytes FROM intake i LEFT JOIN intake_raw r ON r.source_id = i.source_id"):
        path = ""
        if row["item_bytes"] is not None:
            path = str(state / "raw" / f"{abs(hash(row['source_id']))}.eml")
            Path(path).write_bytes(row["item_bytes"])
        old.execute("INSERT INTO intake(source_id, channel, fingerprint, state, raw_path, payload, case_code, reason,"
                    " recorded_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (row["source_id"], row["channel"], row["fingerprint"], row["state"], path, row["payload"],
                     row["case_code"], row["reason"], row["recorded_at"], row["updated_at"]))
    for table in ("counters", "cases", "contacts", "history", "outbox", "register_cells", "meta", "reminders"):
        columns = [r[1] for r in old.execute(f"PRAGMA table_info({table})")]  # the old release's columns only
        rows = new.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
        if rows:
            old.executemany(f"INSERT INTO {table}({', '.join(columns)}) VALUES ({','.join('?' * len(columns))})",
                            [tuple(r) for r in rows])
    old.commit()
    assert "raw" not in {r[1] for r in old.execute("PRAGMA table_info(intake)")}
    assert old.execute("PRAGMA user_version").fetchone()[0] == 0
    old.close()
    new.close()


def test_a_previous_release_journal_is_restored_and_upgraded(first_pc, tmp_path):
    old_pc = tmp_path / "old-pc"
    cfg = ward_with_key(old_pc)
    old_release_state(old_pc / "state", first_pc.state_dir / "journal.sqlite3")
    old = load_config(cfg)
    made = backup.make_backup(old, NOW)
    second = load_config(ward_with_key(tmp_path / "pc2"))
    done = backup.restore(second, made, NOW)
    assert (done.from_schema, done.to_schema) == (0, SCHEMA_VERSION)
    restored = second.state_dir / "journal.sqlite3"
    db = sqlite3.connect(restored)
    assert "raw" in {r[1] for r in db.execute("PRAGMA table_info(intake)")}
    paths = [r[0] for r in db.execute("SELECT raw_path FROM intake WHERE raw_path != ''")]
    db.close()
    assert paths and all(p.startswith(str(second.state_dir)) for p in paths)  # moved with the state folder
    assert snapshot(restored) == snapshot(first_pc.state_dir / "journal.sqlite3")  # letters readable again


def test_restore_keeps_existing_cases_unless_forced_and_sets_them_aside(first_pc, tmp_path):
    made = backup.make_backup(first_pc, NOW)
    cfg2 = ward_with_key(tmp_path / "pc2")
    assert run("--config", cfg2, "once").exit_code == 0
    second = load_config(cfg2)
    with pytest.raises(backup.BackupError, match="--force"):
        backup.restore(second, made, NOW)
    done = backup.restore(second, made, NOW, force=True)
    assert done.set_aside is not None and (done.set_aside / "journal.sqlite3").exists()


def test_daily_backups_are_made_once_a_day_and_kept_for_keep_days(first_pc):
    folder = backup.backup_dir(first_pc)
    made = []
    for day in range(20):
        for hour in (9, 15):  # the second cycle of a day makes none
            path = backup.daily(first_pc, NOW + timedelta(days=day, hours=hour - 9))
            if path is not None:
                made.append(path)
    assert len(made) == 20
    kept = backup.backups(folder)
    assert len(kept) == first_pc.settings.backup.keep_days + 1  # today's and the 14 days before
    assert backup.next_due(first_pc, NOW + timedelta(days=19)) == kept[-1][0] + timedelta(days=1)


def test_without_a_key_the_officer_is_told_how_to_make_one(tmp_path):
    cfg = make_ward(tmp_path)
    assert run("--config", cfg, "once").exit_code == 0
    result = run("--config", cfg, "backup")
    assert result.exit_code == 1
    assert "hopthu backup --new-key" in result.output
    assert result.output.count("chưa có khóa sao lưu") == 1  # printed once, not again by the log
    new = run("backup", "--new-key")
    assert new.output.startswith("HOPTHU_BACKUP_KEY=")


def test_backup_and_restore_commands(first_pc, tmp_path):
    result = run("--config", first_pc.path, "backup", "--to", tmp_path / "usb")
    assert result.exit_code == 0, result.output
    [made] = list((tmp_path / "usb").glob("*.hopthu-backup"))
    cfg2 = ward_with_key(tmp_path / "pc2")
    restored = run("--config", cfg2, "restore", made)
    assert restored.exit_code == 0, restored.output
    assert f"Đã khôi phục {len(snapshot(first_pc.state_dir / 'journal.sqlite3')['cases'])} hồ sơ" in restored.output
    cases = run("--config", cfg2, "cases", "--json")
    assert "HT-2026-0001" in cases.output
