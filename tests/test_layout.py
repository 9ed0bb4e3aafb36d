"""One layout, one secrets file: every command reads the same secrets, `check` changes nothing on disk,
the state folder is private and the data folder keeps the share the install gave it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from hopthu.cli import main
from hopthu.config import ConfigError, load_config

from ward import make_ward

IMAP_INBOX = '''inbox:
  backend: imap
  host: 127.0.0.1
  port: 9
  security: none
  username: hopthu@example.vn'''


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def imap_ward(tmp_path: Path, extra: str = "") -> Path:
    cfg = make_ward(tmp_path, extra_yaml=extra)
    text = cfg.read_text(encoding="utf-8")
    start = text.index("inbox:\n")
    end = text.index("form:\n")
    cfg.write_text(text[:start] + IMAP_INBOX + "\n" + text[end:], encoding="utf-8")
    return cfg


def tree(root: Path) -> dict[str, tuple]:
    """Every path under root with its mode, size and modification time."""
    out = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        out[str(path.relative_to(root))] = (stat.S_IMODE(st.st_mode), st.st_size if path.is_file() else 0,
                                            st.st_mtime_ns)
    return out


@pytest.fixture(autouse=True)
def _no_env_file(monkeypatch):
    monkeypatch.delenv("HOPTHU_ENV_FILE", raising=False)
    monkeypatch.delenv("HOPTHU_IMAP_PASSWORD", raising=False)


def test_the_secrets_file_is_dotenv_beside_the_config_by_default(tmp_path):
    cfg = imap_ward(tmp_path)
    (tmp_path / ".env").write_text("HOPTHU_IMAP_PASSWORD=from-dotenv\n")
    config = load_config(cfg)
    assert config.secrets_path == tmp_path / ".env"
    assert config.secrets.imap_password == "from-dotenv"


def test_secrets_file_in_the_config_is_taken_relative_to_it(tmp_path):
    cfg = imap_ward(tmp_path, extra='\nsecrets_file: "hopthu.env"\n')
    (tmp_path / ".env").write_text("HOPTHU_IMAP_PASSWORD=not-this-one\n")
    (tmp_path / "hopthu.env").write_text("HOPTHU_IMAP_PASSWORD=from-hopthu-env\n")
    config = load_config(cfg)
    assert config.secrets_path == tmp_path / "hopthu.env"
    assert config.secrets.imap_password == "from-hopthu-env"


def test_the_environment_variable_names_the_file_over_the_config(tmp_path, monkeypatch):
    cfg = imap_ward(tmp_path, extra='\nsecrets_file: "hopthu.env"\n')
    elsewhere = tmp_path / "elsewhere.env"
    elsewhere.write_text("HOPTHU_IMAP_PASSWORD=from-variable\n")
    monkeypatch.setenv("HOPTHU_ENV_FILE", str(elsewhere))
    assert load_config(cfg).secrets.imap_password == "from-variable"


def test_a_missing_secret_names_the_file_the_config_points_to(tmp_path):
    cfg = imap_ward(tmp_path, extra='\nsecrets_file: "/etc/hopthu/hopthu.env"\n')
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert "/etc/hopthu/hopthu.env: HOPTHU_IMAP_PASSWORD is not set" in str(err.value)
    assert "to hopthu.env" in str(err.value)


def test_commands_run_by_hand_read_the_services_secrets_file(tmp_path):
    """The README's last install step: `hopthu check` as the service user fails only on the connection."""
    cfg = imap_ward(tmp_path, extra='\nsecrets_file: "hopthu.env"\n')
    secrets = tmp_path / "hopthu.env"
    secrets.write_text("HOPTHU_IMAP_PASSWORD=s3cret\n")
    secrets.chmod(0o600)
    result = run("--config", cfg, "check")
    assert "HOPTHU_IMAP_PASSWORD is not set" not in result.output
    lines = result.output.splitlines()
    assert any(line.startswith("ĐẠT") and "cấu hình:" in line for line in lines)
    assert any(line.startswith("ĐẠT") and f"tệp bí mật: {secrets} (chỉ hopthu" in line for line in lines)
    assert "KHÔNG ĐẠT  nguồn" in result.output  # nothing listens on port 9: the connection, and only it, fails
    assert result.exit_code == 1
    cases = run("--config", cfg, "cases", "--json")
    assert cases.exit_code == 0, cases.output


def test_check_refuses_a_secrets_file_every_user_can_read(tmp_path):
    cfg = make_ward(tmp_path)
    secrets = tmp_path / ".env"
    secrets.write_text("HOPTHU_SMTP_PASSWORD=x\n")
    secrets.chmod(0o644)
    result = run("--config", cfg, "check")
    assert result.exit_code == 1
    assert "KHÔNG ĐẠT  tệp bí mật" in result.output and "chmod 600" in result.output


def test_check_changes_nothing_on_disk_on_a_fresh_ward(tmp_path):
    cfg = make_ward(tmp_path)
    before = tree(tmp_path)
    result = run("--config", cfg, "check")
    assert result.exit_code == 0, result.output
    assert "sẽ được tạo ở lần chạy đầu" in result.output
    assert tree(tmp_path) == before


def test_check_changes_nothing_on_disk_on_a_running_ward(tmp_path):
    cfg = make_ward(tmp_path)
    assert run("--config", cfg, "once").exit_code == 0
    before = tree(tmp_path)
    result = run("--config", cfg, "check")
    assert result.exit_code == 0, result.output
    assert tree(tmp_path) == before


def test_state_is_private_and_the_data_folder_keeps_its_group_share(tmp_path):
    cfg = make_ward(tmp_path)
    data = tmp_path / "data"
    data.chmod(0o2770)  # what the install gives the data folder: shared with the officers' group
    (tmp_path / "state").mkdir(mode=0o755)  # as an older hopthu made it
    old = tmp_path / "state" / "raw"
    old.mkdir(mode=0o755)
    (old / "x.eml").write_bytes(b"old copy")
    (old / "x.eml").chmod(0o644)
    result = run("--config", cfg, "once")
    assert result.exit_code == 0, result.output
    state = tmp_path / "state"
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    files = [p for p in state.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"journal.sqlite3", "x.eml"}
    for path in state.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    assert stat.S_IMODE(data.stat().st_mode) == 0o2770
    register = data / "so-theo-doi.xlsx"
    assert stat.S_IMODE(register.stat().st_mode) == 0o660
    emails = list((data / "outbox").glob("*.eml"))
    assert emails and all(stat.S_IMODE(p.stat().st_mode) & 0o007 == 0 for p in emails)


def test_a_private_data_folder_gives_files_to_their_owner_only(tmp_path):
    cfg = make_ward(tmp_path)
    (tmp_path / "data").chmod(0o700)
    assert run("--config", cfg, "once").exit_code == 0
    assert stat.S_IMODE((tmp_path / "data" / "so-theo-doi.xlsx").stat().st_mode) == 0o600


def test_the_log_stays_private_after_rotation(tmp_path):
    import logging

    from hopthu.layout import PrivateRotatingFileHandler

    old = os.umask(0o022)
    try:
        handler = PrivateRotatingFileHandler(tmp_path / "hopthu.log", maxBytes=200, backupCount=2, encoding="utf-8")
        record = logging.LogRecord("hopthu", logging.INFO, __file__, 1, "HT-2026-0001 " + "x" * 100, None, None)
        for _ in range(5):
            handler.emit(record)
        handler.close()
    finally:
        os.umask(old)
    logs = sorted(tmp_path.glob("hopthu.log*"))
    assert len(logs) == 3
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in logs)


def test_a_config_mistake_is_printed_once_vietnamese_first(tmp_path):
    """In a process of its own: the log's screen handler must not print the error a second time."""
    import subprocess
    import sys

    cfg = make_ward(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("working_days: 7 ", "workingdays: 7 "), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "hopthu.cli", "--config", str(cfg), "once"],
                            capture_output=True, text=True, env={**os.environ})
    assert result.returncode == 1
    [line] = [ln for ln in result.stderr.splitlines() if "workingdays" in ln]  # once, not again by the log
    assert 'khóa lạ "workingdays" — có phải "working_days"? / unknown key "workingdays" — did you mean' in line
