"""platform.py: both branches' contracts, on Linux.

The POSIX branch runs for real. The Windows branch's own logic runs with its system calls injected
(the icacls runner, os.replace, the exit): these tests say what hopthu asks Windows to do, never
that Windows did it. Nothing here ran on Windows."""

from __future__ import annotations

import os
import signal
import socket
import stat
import threading
import time
from pathlib import Path

import pytest

from hopthu import platform
from hopthu.platform import FileBusy, Posix, StallWatchdog, SystemdWatchdog, Windows

from ward import OtherProgram


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Icacls:
    """Stands in for icacls.exe: records each command; answers a listing for `icacls <path>`."""

    def __init__(self, listing: str = ""):
        self.calls: list[list[str]] = []
        self.listing = listing

    def __call__(self, args: list[str]) -> str:
        self.calls.append(args)
        return self.listing


# -- permissions ---------------------------------------------------------------------------------


def test_posix_private_folders_are_0700_and_their_files_0600_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        state = tmp_path / "state"
        (state / "raw").mkdir(parents=True)
        (state / "raw" / "letter.eml").write_bytes(b"x")
        Posix().private_tree(state)
    finally:
        os.umask(old)
    assert mode(state) == 0o700 and mode(state / "raw") == 0o700
    assert mode(state / "raw" / "letter.eml") == 0o600


def test_posix_shared_files_take_the_data_folders_group_share_and_nothing_for_others(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    os.chmod(data, 0o2770)
    register = data / "so-theo-doi.xlsx"
    register.write_bytes(b"x")
    os.chmod(register, 0o600)
    Posix().share_like_folder(register)
    assert mode(register) == 0o660


def test_posix_secrets_readable_by_others_are_reported_with_the_fix(tmp_path):
    secrets = tmp_path / "hopthu.env"
    secrets.write_text("A=1\n")
    os.chmod(secrets, 0o644)
    assert "chmod 600" in (Posix().others_may_read(secrets) or "")
    os.chmod(secrets, 0o600)
    assert Posix().others_may_read(secrets) is None


def test_windows_private_folder_is_an_acl_for_hopthu_and_administrators_only_set_once(tmp_path):
    icacls = Icacls()
    win = Windows(runner=icacls, account="WARDPC\\hopthu")
    state = tmp_path / "state"
    win.private_dir(state)
    win.private_dir(state)  # the journal and the log ask again: one icacls call per folder and process
    win.private_tree(state)
    assert state.is_dir()
    assert icacls.calls == [[
        "icacls", str(state), "/inheritance:r", "/grant:r",
        "WARDPC\\hopthu:(OI)(CI)F", "*S-1-5-32-544:(OI)(CI)F", "*S-1-5-18:(OI)(CI)F", "/Q",
    ]]


def test_windows_private_file_gets_its_own_acl_without_inheritance_flags(tmp_path):
    icacls = Icacls()
    token = tmp_path / "oauth.json"
    token.write_text("{}")
    Windows(runner=icacls, account="WARDPC\\hopthu").private_file(token)
    assert icacls.calls[0][:4] == ["icacls", str(token), "/inheritance:r", "/grant:r"]
    assert "WARDPC\\hopthu:F" in icacls.calls[0] and all("(OI)" not in a for a in icacls.calls[0])


def test_windows_shared_files_are_left_to_the_folders_inherited_acl(tmp_path):
    icacls = Icacls()
    register = tmp_path / "so-theo-doi.xlsx"
    register.write_bytes(b"x")
    os.chmod(register, 0o600)
    Windows(runner=icacls).share_like_folder(register)
    assert icacls.calls == [] and mode(register) == 0o600


def test_windows_secrets_open_to_users_or_everyone_are_reported(tmp_path):
    path = tmp_path / "hopthu.env"
    broad = (f"{path} BUILTIN\\Users:(I)(RX)\n              WARDPC\\hopthu:(R)\n"
             "              BUILTIN\\Administrators:(F)\n\nSuccessfully processed 1 files; Failed processing 0 files\n")
    problem = Windows(runner=Icacls(broad), account="WARDPC\\hopthu").others_may_read(path)
    assert problem is not None and "BUILTIN\\Users" in problem and "install.ps1" in problem
    tight = (f"{path} WARDPC\\hopthu:(R)\n              BUILTIN\\Administrators:(F)\n"
             "              NT AUTHORITY\\SYSTEM:(F)\n\nSuccessfully processed 1 files; Failed processing 0 files\n")
    assert Windows(runner=Icacls(tight)).others_may_read(path) is None


def test_the_platform_in_use_follows_the_system_and_tests_can_inject_the_other():
    assert platform.current().name == ("windows" if os.name == "nt" else "posix")
    with platform.use(Windows(runner=Icacls())):
        assert platform.is_windows()
    assert platform.current().name == ("windows" if os.name == "nt" else "posix")


# -- locks and replacing a file another program holds open ----------------------------------------


def test_posix_a_file_another_process_holds_locked_cannot_be_replaced_until_released(tmp_path):
    target, new = tmp_path / "so-theo-doi.xlsx", tmp_path / ".new.xlsx"
    target.write_bytes(b"officers' copy")
    new.write_bytes(b"hopthu's copy")
    other = OtherProgram(target)
    try:
        with pytest.raises(FileBusy):
            Posix().replace_file(new, target)
        assert target.read_bytes() == b"officers' copy" and new.exists()
        with pytest.raises(FileBusy), Posix().hold_lock(target):
            pass
    finally:
        other.close()
    Posix().replace_file(new, target)
    assert target.read_bytes() == b"hopthu's copy" and not new.exists()


def test_posix_an_unlocked_or_missing_target_is_replaced_at_once(tmp_path):
    new = tmp_path / "new"
    new.write_bytes(b"1")
    Posix().replace_file(new, tmp_path / "absent")
    assert (tmp_path / "absent").read_bytes() == b"1"


def test_windows_a_refused_replace_is_retried_briefly_then_reported_busy(tmp_path):
    target, new = tmp_path / "so-theo-doi.xlsx", tmp_path / ".new.xlsx"
    target.write_bytes(b"old")
    new.write_bytes(b"new")
    refusals = {"left": 2}

    def replace(src: Path, dst: Path) -> None:  # Excel: PermissionError (WinError 32) while it is open
        if refusals["left"]:
            refusals["left"] -= 1
            raise PermissionError(13, "The process cannot access the file", str(dst))
        os.replace(src, dst)

    sleeps: list[float] = []
    win = Windows(runner=Icacls(), replace=replace, sleep=sleeps.append)
    win.replace_file(new, target)  # an antivirus' moment: two refusals, then it lands
    assert target.read_bytes() == b"new" and sleeps == [0.5, 0.5]
    new.write_bytes(b"newer")
    refusals["left"] = 99  # Excel keeps it open
    with pytest.raises(FileBusy):
        win.replace_file(new, target)
    assert target.read_bytes() == b"new" and new.exists()


# -- stop and reload requests ---------------------------------------------------------------------


def test_windows_stop_and_reload_requests_are_files_in_the_state_folder(tmp_path):
    (tmp_path / "stop.request").write_text("")  # left from before a restart: must not stop the new process
    seen: list[str] = []
    controls = Windows(runner=Icacls()).controls(tmp_path, lambda: seen.append("stop"),
                                                 lambda: seen.append("reload"), install_signals=False)
    controls.poll()
    assert seen == [] and not (tmp_path / "stop.request").exists()
    (tmp_path / "reload.request").write_text("")
    controls.poll()
    (tmp_path / "stop.request").write_text("")
    controls.poll()
    controls.poll()
    assert seen == ["reload", "stop"]
    assert not (tmp_path / "reload.request").exists() and not (tmp_path / "stop.request").exists()


def test_posix_sigterm_stops_and_sighup_reloads(tmp_path):
    seen: list[str] = []
    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)}
    try:
        controls = Posix().controls(tmp_path, lambda: seen.append("stop"), lambda: seen.append("reload"))
        os.kill(os.getpid(), signal.SIGHUP)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
        controls.poll()
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
    assert seen == ["reload", "stop"]
    assert not (tmp_path / "stop.request").exists()  # POSIX uses no request files


# -- watchdogs ----------------------------------------------------------------------------------


def test_systemd_watchdog_tells_ready_alive_and_stopping_on_the_notify_socket(tmp_path):
    address = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(address)
        server.settimeout(5)
        dog = SystemdWatchdog({"NOTIFY_SOCKET": address})
        dog.ready()
        dog.ping()
        dog.stopping()
        assert [server.recv(64) for _ in range(3)] == [b"READY=1", b"WATCHDOG=1", b"STOPPING=1"]
    SystemdWatchdog({}).ping()  # outside systemd: nothing, no error


def test_stall_watchdog_exits_when_the_main_loop_stops_coming_round():
    now = {"t": 1000.0}
    exits: list[int] = []
    dog = StallWatchdog(300, clock=lambda: now["t"], exit=exits.append, check_every=0.01)
    dog.ready()
    try:
        for _ in range(5):  # the loop comes round: no exit however long the process lives
            now["t"] += 200
            dog.ping()
            time.sleep(0.03)
        assert exits == [] and dog.stalled_for() is None
        now["t"] += 301  # a call hangs
        deadline = time.monotonic() + 5
        while not exits and time.monotonic() < deadline:
            time.sleep(0.01)
        assert exits == [platform.STALL_EXIT_STATUS]
    finally:
        dog.stopping()


def test_stall_watchdog_zero_never_exits_and_the_windows_branch_uses_it():
    exits: list[int] = []
    dog = StallWatchdog(0, clock=lambda: 1e9, exit=exits.append, check_every=0.01)
    dog.ready()
    assert dog.stalled_for() is None and exits == []
    assert isinstance(Windows(runner=Icacls()).watchdog(300), StallWatchdog)
    assert isinstance(Posix().watchdog(300), SystemdWatchdog)


def test_the_daemon_under_the_windows_branch_stops_on_a_stop_request(tmp_path):
    from hopthu.config import load_config
    from hopthu.service import Daemon
    from hopthu.wiring import build_app

    from ward import make_ward, wait_until

    app = build_app(load_config(make_ward(tmp_path)))
    daemon = Daemon(app, system=Windows(runner=Icacls()))
    thread = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, daemon=True)
    thread.start()
    state = app.config.state_dir
    wait_until(lambda: (state / "heartbeat.json").exists(), 60, "the first cycle")
    (state / "reload.request").write_text("")
    wait_until(lambda: not (state / "reload.request").exists(), 10, "the reload request taken")
    (state / "stop.request").write_text("")
    thread.join(timeout=30)
    assert not thread.is_alive() and not (state / "stop.request").exists()
    log = (state / "hopthu.log").read_text(encoding="utf-8") if (state / "hopthu.log").exists() else ""
    assert "Traceback" not in log


def test_windows_an_acl_that_cannot_be_set_is_logged_and_the_command_goes_on(tmp_path, caplog):
    def refused(args: list[str]) -> str:
        raise OSError("icacls …: Access is denied.")

    Windows(runner=refused, account="WARDPC\\truc").private_dir(tmp_path / "state")
    assert (tmp_path / "state").is_dir()
    assert "could not set the private ACL" in caplog.text


def test_posix_on_glibc_hopthu_starts_itself_again_once_on_the_c_allocator():
    started: list[tuple[str, list[str]]] = []
    env: dict[str, str] = {}
    Posix().c_allocator(env, exec_=lambda path, argv: started.append((path, argv)))
    if "glibc" not in (os.confstr("CS_GNU_LIBC_VERSION") or ""):
        pytest.skip("not a glibc system: nothing to do there")
    import sys

    assert env == {"PYTHONMALLOC": "malloc"}
    assert started == [(sys.executable, [sys.executable, *sys.orig_argv[1:]])]  # the same command, same options
    started.clear()
    Posix().c_allocator(env, exec_=lambda path, argv: started.append((path, argv)))
    assert started == []  # once: the started process finds the variable set
    Posix().c_allocator({"PYTHONMALLOC": "pymalloc_debug"}, exec_=lambda path, argv: started.append((path, argv)))
    assert started == []  # a choice made by whoever started hopthu is kept
    Windows().c_allocator()  # nothing to do elsewhere (a no-op, no exec)


def test_the_hopthu_command_runs_on_the_c_allocator_and_its_options_survive_the_restart(tmp_path):
    import subprocess
    import sys

    code = ("import os, sys; print('allocator:', os.environ.get('PYTHONMALLOC'), flush=True); "
            "from hopthu.cli import entry; sys.argv = ['hopthu', '--version']; entry()")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONMALLOC"}
    out = subprocess.run([sys.executable, "-X", "utf8", "-c", code], capture_output=True, text=True, env=env,
                         check=True, timeout=120).stdout.splitlines()
    if "glibc" not in (os.confstr("CS_GNU_LIBC_VERSION") or ""):
        pytest.skip("not a glibc system")
    assert out[:2] == ["allocator: None", "allocator: malloc"]  # started again once, with the variable
    assert "version" in out[2]
