"""deploy/install.sh and deploy/uninstall.sh in a throwaway root (DESTDIR): the service user, the folders
and their modes, the configuration and secrets, the unit `systemd-analyze verify` accepts and its
exposure score, and an uninstall that keeps the data."""

from __future__ import annotations

import base64
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from ward import ROOT

TOOLS = ("systemd-sysusers", "systemd-tmpfiles", "systemd-analyze", "systemctl")
missing = [t for t in TOOLS if shutil.which(t) is None]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="install.sh creates users and chowns files: run as root (CI does)"),
    pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)} (package systemd; scripts/test.sh installs it)"),
]


def install(root: Path, *args: str) -> subprocess.CompletedProcess:
    # --no-deps: hopthu's own package is what is installed; its dependencies come from PyPI on a real install.
    env = {**os.environ, "DESTDIR": str(root), "HOPTHU_PIP_ARGS": "--no-deps"}
    result = subprocess.run(["bash", str(ROOT / "deploy" / "install.sh"), *args], env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def uninstall(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "DESTDIR": str(root)}
    result = subprocess.run(["bash", str(root / "opt/hopthu/src/deploy/uninstall.sh")], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def ids(root: Path) -> tuple[int, int]:
    user = next(ln.split(":") for ln in (root / "etc/passwd").read_text().splitlines() if ln.startswith("hopthu:"))
    return int(user[2]), int(user[3])


def mode_owner(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ward-pc")
    install(root)
    return root


def test_the_service_user_is_a_system_user_without_a_login(root):
    [line] = [ln for ln in (root / "etc/passwd").read_text().splitlines() if ln.startswith("hopthu:")]
    name, _, uid, gid, gecos, home, shell = line.split(":")
    assert int(uid) < 1000 and home == "/var/lib/hopthu" and shell == "/usr/sbin/nologin"
    assert "Hòm thư số" in gecos
    assert any(ln.startswith(f"hopthu:x:{gid}:") for ln in (root / "etc/group").read_text().splitlines())


def test_folders_have_their_owners_and_modes(root):
    uid, gid = ids(root)
    assert mode_owner(root / "etc/hopthu") == (0o750, 0, gid)
    assert mode_owner(root / "var/lib/hopthu") == (0o750, uid, gid)
    assert mode_owner(root / "var/lib/hopthu/state") == (0o700, uid, gid)
    assert mode_owner(root / "var/lib/hopthu/backups") == (0o700, uid, gid)
    assert mode_owner(root / "var/lib/hopthu/data") == (0o2770, uid, gid)  # shared with the group hopthu


def test_configuration_and_the_one_secrets_file_use_the_installed_layout(root):
    from hopthu.config import load_config

    uid, gid = ids(root)
    cfg = root / "etc/hopthu/hopthu.yaml"
    assert mode_owner(cfg) == (0o640, 0, gid)
    config = load_config(cfg)  # valid as written (paths are those of the installed PC)
    s = config.settings
    assert s.secrets_file == "/etc/hopthu/hopthu.env"
    assert (s.state_dir, s.rules_dir, s.templates_dir) == ("/var/lib/hopthu/state", "/etc/hopthu/rules",
                                                          "/etc/hopthu/templates")
    assert s.register.path == "/var/lib/hopthu/data/so-theo-doi.xlsx"
    assert s.outbox.path == "/var/lib/hopthu/data/outbox" and s.backup.dir == "/var/lib/hopthu/backups"
    assert sorted(p.name for p in (root / "etc/hopthu/rules").iterdir()) == \
        sorted(p.name for p in (ROOT / "rules").iterdir())
    secrets = root / "etc/hopthu/hopthu.env"
    assert mode_owner(secrets) == (0o600, uid, gid)
    [key] = re.findall(r"^HOPTHU_BACKUP_KEY=(\S+)$", secrets.read_text(), re.M)
    assert len(base64.urlsafe_b64decode(key)) == 32


def test_the_program_is_in_its_own_venv(root):
    venv = root / "opt/hopthu/.venv"
    assert os.access(venv / "bin/hopthu", os.X_OK)
    out = subprocess.run([str(venv / "bin/python"), "-c", "import importlib.metadata as m; print(m.version('hopthu'))"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip()
    assert (root / "opt/hopthu/src/daemon/hopthu/cli/__init__.py").exists()


def test_the_rendered_unit_passes_systemd_analyze_verify_and_is_enabled(root, tmp_path):
    unit = root / "etc/systemd/system/hopthu.service"
    assert "ExecStart=/opt/hopthu/.venv/bin/hopthu --config /etc/hopthu/hopthu.yaml run" in unit.read_text()
    assert (root / "etc/systemd/system/multi-user.target.wants/hopthu.service").is_symlink()
    # verify checks that ExecStart is executable: point it at the throwaway root's venv, nothing else changed.
    probe = tmp_path / "hopthu.service"
    probe.write_text(unit.read_text().replace("/opt/hopthu", str(root / "opt/hopthu")))
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(probe)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr.strip() == "", result.stderr  # no unknown keys either


def test_the_unit_is_hardened(root):
    result = subprocess.run(["systemd-analyze", "security", "--offline=true", "--no-pager",
                             str(root / "etc/systemd/system/hopthu.service")], capture_output=True, text=True)
    [score] = re.findall(r"Overall exposure level for hopthu\.service: ([\d.]+)", result.stdout)
    assert float(score) <= 1.5, result.stdout  # 7.7 ("EXPOSED") before issue 16


def test_installing_again_keeps_configuration_and_secrets(root):
    cfg = root / "etc/hopthu/hopthu.yaml"
    secrets = root / "etc/hopthu/hopthu.env"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("Phường Lưu Kiếm", "Phường Đã Sửa"), encoding="utf-8")
    before = (cfg.read_text(encoding="utf-8"), secrets.read_text())
    install(root)
    assert (cfg.read_text(encoding="utf-8"), secrets.read_text()) == before


def test_an_install_made_by_hand_gets_the_secrets_file_named(tmp_path):
    root = tmp_path / "old-pc"
    (root / "etc/hopthu").mkdir(parents=True)
    old = (ROOT / "hopthu.example.yaml").read_text(encoding="utf-8")
    (root / "etc/hopthu/hopthu.yaml").write_text(old, encoding="utf-8")
    (root / "etc/hopthu/hopthu.env").write_text("HOPTHU_IMAP_PASSWORD=x\n")
    install(root, "--no-enable")
    text = (root / "etc/hopthu/hopthu.yaml").read_text(encoding="utf-8")
    assert text.startswith(old) and text.rstrip().endswith('secrets_file: "/etc/hopthu/hopthu.env"')
    assert (root / "etc/hopthu/hopthu.yaml.truoc-khi-cai").read_text(encoding="utf-8") == old
    assert (root / "etc/hopthu/hopthu.env").read_text() == "HOPTHU_IMAP_PASSWORD=x\n"  # secrets untouched
    assert not (root / "etc/systemd/system/multi-user.target.wants/hopthu.service").exists()


def test_uninstall_removes_the_program_and_keeps_the_data(root):
    journal = root / "var/lib/hopthu/state/journal.sqlite3"
    journal.write_bytes(b"the ward's cases")
    result = uninstall(root)
    assert "dữ liệu vẫn giữ nguyên" in result.stdout.lower()
    assert not (root / "opt/hopthu").exists()
    assert not (root / "etc/systemd/system/hopthu.service").exists()
    assert not (root / "etc/systemd/system/multi-user.target.wants/hopthu.service").exists()
    assert journal.read_bytes() == b"the ward's cases"
    assert (root / "etc/hopthu/hopthu.env").exists() and (root / "etc/hopthu/hopthu.yaml").exists()
    assert any(ln.startswith("hopthu:") for ln in (root / "etc/passwd").read_text().splitlines())
