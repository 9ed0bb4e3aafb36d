"""Peak memory (RSS) of `hopthu run` idling in IMAP IDLE, and what its imports cost.

Run: ``.venv/bin/python bench/idle_rss.py [--idle 10] [--mail 5] [--xoauth2] [--google ROWS] [--backlog N]``

Starts a private Dovecot and an aiosmtpd sink (tests/mailservers.py), starts the real daemon as its
own process (``python -X importtime -c LAUNCH --config … run``: `hopthu.cli` as ``-m`` runs it; XLSX
register), lets it take ``--mail`` emails (so the register, templates, rules and SMTP have all been used
once), then samples /proc/<pid>/status while it idles for ``--idle`` seconds: VmRSS now and VmHWM, the
peak since start (target ≤ 60 MB). Then lists the heaviest imports from its -X importtime output, and which
heavy packages the daemon's own process holds at the end of the sample (its `sys.modules`, written on
SIGUSR1: its children's imports are theirs, and they are started without -X importtime). Memory is printed
in MB (10^6 bytes, the target's unit) and MiB (2^20 bytes), each labelled. The start-up catch-up (a
backlog, a Form's history, the first whole read of a Google register) is worked by a short-lived `hopthu once`
child (service.Daemon.catch_up), not counted among the children sampled. ``--google ROWS``: the Google Form and
register instead (the Sheets-v4 emulator, in this process, not the daemon's), with ROWS answers of history the
daemon takes at start-up (RSS after taking them is what a ward with years of history runs at). ``--backlog N``: N letters wait in the inbox
when the daemon starts (hopthu was down); RSS is sampled after it has worked them all off (taken and
acknowledged) and taken the ``--mail`` ones. The daemon's child processes (the letters' worker, the
Google worker) are counted and reported apart: each stops on its own when idle. ``--xoauth2``: IMAP
and SMTP log in with OAuth (Gmail's way), against a local token server and Dovecot's oauth2 passdb, so the
token refresh's imports are counted too. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _mailbench

ms = _mailbench.load_mailservers()


def status(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])  # kB
    return out


#: The third-party and standard modules the idle daemon's own process holds, hopthu's aside (its SIGUSR1 module
#: list). pydantic is not among them: the configuration is checked in a short-lived child (config.load_config).
LIBRARIES = ("yaml, jinja2, click, imapclient, email.parser, email.policy, sqlite3, multiprocessing.connection, "
             "zoneinfo, dotenv, re2, json, uuid, subprocess, tempfile, zipfile, ctypes, logging.handlers, schedule, "
             "smtplib, csv, importlib.metadata, difflib, decimal, fractions, random, secrets, inspect")

STEPS = [
    ("python", "pass"),
    ("+ ssl (IMAP/SMTP over TLS)", "import ssl"),
    ("+ the other libraries `run` holds (jinja2, click, imapclient, yaml, re2, email...)",
     "import ssl, " + LIBRARIES),
    ("+ hopthu's modules for `run` (its own code; the settings are plain dataclasses, pydantic not loaded)",
     "import hopthu.cli, hopthu.app, hopthu.service, hopthu.pipeline.cycle, hopthu.sources.imap, hopthu.outbox.smtp"),
    ("+ the working-day calendar (holidays VN, vi)",
     "import hopthu.cli, hopthu.app, hopthu.service, hopthu.pipeline.cycle, hopthu.sources.imap, hopthu.outbox.smtp\n"
     "from hopthu.core.workdays import WorkingCalendar; WorkingCalendar()"),
    ("+ openpyxl (the XLSX register)",
     "import hopthu.cli, hopthu.app, hopthu.service, hopthu.pipeline.cycle, hopthu.sources.imap, hopthu.outbox.smtp\n"
     "from hopthu.core.workdays import WorkingCalendar; WorkingCalendar()\nimport openpyxl"),
]


#: The daemon as `python -m hopthu.cli` runs it, plus: on SIGUSR1 it writes its own `sys.modules` to the file
#: named by HOPTHU_BENCH_MODULES; and the children it spawns (multiprocessing copies the -X options) are not
#: told to time their imports, so the -X importtime lines are the daemon's own.
LAUNCH = """
import os, runpy, signal, sys
def _modules(signum, frame):
    with open(os.environ["HOPTHU_BENCH_MODULES"], "w") as fh:
        fh.write("\\n".join(sorted(name for name, module in sys.modules.items() if module is not None)))
signal.signal(signal.SIGUSR1, _modules)
sys._xoptions.pop("importtime", None)
runpy.run_module("hopthu.cli", run_name="__main__", alter_sys=True)
"""


def worked_off(d, sink, quiet: float = 15.0, limit: float = 7200.0) -> None:
    """Wait until the inbox is empty (every letter taken) and nothing was sent for `quiet` seconds."""
    last, since, deadline = -1, time.monotonic(), time.monotonic() + limit
    while time.monotonic() < deadline:
        sent = len(sink.received)
        if sent != last:
            last, since = sent, time.monotonic()
        elif time.monotonic() - since > quiet:
            client = d.client()
            try:
                waiting = client.select_folder("INBOX")[b"EXISTS"]
            finally:
                client.logout()
            if not waiting:
                return
            since = time.monotonic()
        time.sleep(1.0)
    raise SystemExit("the backlog was not worked off in time")


def children(pid: int) -> list[int]:
    """VmRSS (kB) of each child process of `pid` (the letters' worker, the Google worker)."""
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            try:
                out.append(status(int(child))["VmRSS"])
            except (OSError, KeyError):
                pass
    return out


def mb(kib: int) -> str:
    """/proc's "kB" are KiB: as MB (10^6 bytes)."""
    return f"{kib * 1024 / 1e6:.1f}"


def mib(kib: int) -> str:
    return f"{kib / 1024:.1f}"


def peak_after(code: str) -> int:
    """Peak RSS in kB of a fresh interpreter that ran `code` (VmHWM: ru_maxrss would count the forked parent)."""
    probe = code + "\nprint([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])"
    env = {**os.environ, "PYTHONPATH": str(_mailbench.ROOT / "daemon")}
    return int(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                              check=True).stdout.split()[-1])


def oauth_ward(base: Path, d, sink, oauth) -> Path:
    """The benchmark's ward with `auth: xoauth2` on both sides and the sign-in file `oauth` granted."""
    text = _mailbench.write_ward(base, d, sink).read_text(encoding="utf-8")
    text = text.replace("  start_date: 2020-01-01\n", "  start_date: 2020-01-01\n  auth: xoauth2\n", 1)
    text = text.replace(f"port: {sink.port}, security: none}}",
                        f"port: {sink.port}, security: none, username: \"{d.user}\", auth: xoauth2}}", 1)
    text += f'\ngoogle:\n  oauth_token_uri: "{oauth.token_uri}"\n'
    (base / "hopthu.yaml").write_text(text, encoding="utf-8")
    (base / ".env").write_text("HOPTHU_OAUTH_FILE=oauth-gmail.json\n")
    oauth.authorized_user_file(base / "oauth-gmail.json")
    return base / "hopthu.yaml"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--idle", type=float, default=10.0)
    ap.add_argument("--mail", type=int, default=5)
    ap.add_argument("--xoauth2", action="store_true", help="IMAP and SMTP log in with OAuth (XOAUTH2)")
    ap.add_argument("--google", type=int, default=None, metavar="ROWS",
                    help="Google Form and register (emulated) with ROWS rows of history")
    ap.add_argument("--full-read-minutes", type=int, default=None, metavar="M",
                    help="with --google: the register's whole read every M minutes (idle long enough to see one)")
    ap.add_argument("--backlog", type=int, default=0, metavar="N",
                    help="N letters waiting in the inbox at start, worked off before the idle sample")
    args = ap.parse_args()

    oauth = ms.OAuthServer(user=ms.Dovecot.user).start() if args.xoauth2 else None
    d = ms.Dovecot(oauth=oauth)
    d.start()
    sink = ms.SmtpSink(oauth=oauth).start()
    base = Path(tempfile.mkdtemp(prefix="hopthu-bench-"))
    ward = oauth_ward(base / "ward", d, sink, oauth) if oauth else _mailbench.write_ward(base / "ward", d, sink)
    emu = _mailbench.google_ward(ward, args.google, args.full_read_minutes) if args.google is not None else None
    for raw in _mailbench.corpus(args.backlog, seed=11):
        d.deliver(raw)
    errors = base / "stderr.txt"
    modules = base / "modules.txt"
    env = {**os.environ, "PYTHONPATH": str(_mailbench.ROOT / "daemon"), "HOPTHU_BENCH_MODULES": str(modules)}
    proc = subprocess.Popen([sys.executable, "-X", "importtime", "-c", LAUNCH, "--config", str(ward), "run"],
                            stdout=subprocess.DEVNULL, stderr=errors.open("wb"), env=env)
    try:
        log = base / "ward" / "state" / "hopthu.log"
        deadline = time.monotonic() + (1800 if emu is not None or args.backlog else 120)  # history before "running"
        while not (log.exists() and "hopthu running" in log.read_text()):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the daemon did not start: {errors.read_text()[-2000:]}")
            time.sleep(0.1)
        for raw in _mailbench.corpus(args.mail, seed=3):
            d.append(raw)
        if args.backlog:
            worked_off(d, sink)
        deadline = time.monotonic() + 30
        while sum(m.message["Auto-Submitted"] == "auto-replied" for m in sink.received) < args.mail:
            if time.monotonic() > deadline:
                raise SystemExit(f"only {len(sink.received)} email(s) reached the sink")
            time.sleep(0.1)
        time.sleep(1.0)
        samples = []
        t_end = time.monotonic() + args.idle
        while time.monotonic() < t_end:
            samples.append(status(proc.pid))
            time.sleep(0.5)
        rss = [s["VmRSS"] for s in samples]
        every = [rss[i] for i in range(0, len(rss), 20)]  # one sample in 20: every 10 s
        last = rss[-1]  # settled: memory goes back once the daemon has idled a moment (service.Daemon.release_if_idle)
        kids = children(proc.pid)
        proc.send_signal(signal.SIGUSR1)  # the daemon's own modules, now
        deadline = time.monotonic() + 10
        while not modules.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        how = ", XOAUTH2 logins" if oauth else ""
        how += f", Google Form and register after {args.google} rows of history" if emu is not None else ", XLSX register"
        how += f", after working off a {args.backlog}-letter backlog" if args.backlog else ""
        hwm = samples[-1]["VmHWM"]
        print(f"hopthu run{how}, idle in IDLE for {args.idle:.0f} s after {args.mail} emails "
              f"({len(sink.received)} sent):\n  RSS {mb(min(rss))}–{mb(max(rss))} MB = {mib(min(rss))}–{mib(max(rss))} MiB; "
              f"peak since start (VmHWM) {mb(hwm)} MB = {mib(hwm)} MiB   (target: RSS ≤ 60 MB)\n"
              f"  RSS every 10 s (MB): {' '.join(mb(k) for k in every)}; at the end {mb(last)} MB = {mib(last)} MiB\n"
              f"  child processes at the end of the sample: {len(kids)}"
              + (f" ({', '.join(f'{mb(k)} MB = {mib(k)} MiB' for k in kids)}; each stops when idle)" if kids else ""))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
        sink.stop()
        d.close()
        if emu is not None:
            emu.stop()
        if oauth:
            oauth.stop()

    # -X importtime: "import time: self [us] | cumulative | imported package" (nesting by indentation)
    rows = []
    for line in errors.read_text(errors="replace").splitlines():
        if line.startswith("import time: self"):  # a process's first line: the one that started itself again
            rows = []                              # on the C allocator (platform.c_allocator) counts no more
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    top = sorted((r for r in rows if r[1] <= 2), reverse=True)[:10]
    total = sum(c for c, depth, _ in rows if depth == 0)
    print(f"\nimports: {len(rows)} modules, {total / 1e6:.2f} s in total; heaviest (cumulative):")
    for cumulative, _depth, name in top:
        print(f"  {cumulative / 1000:8.1f} ms  {name}")
    print("\nwhere it goes (RSS of a fresh interpreter after each step, cumulative):")
    for label, code in STEPS:
        kib = peak_after(code)
        print(f"  {mb(kib):>6} MB = {mib(kib):>6} MiB  {label}")
    loaded = set(modules.read_text().split()) if modules.exists() else set()
    heavy = ["openpyxl", "gspread", "google.auth", "requests", "jinja2", "pydantic", "mailparser", "imapclient",
             "aiosmtpd", "html2text", "holidays", "re2", "yaml", "cryptography"]
    print(f"the daemon's own process holds {len(loaded)} modules at the end of the sample")
    print("loaded:     " + ", ".join(h for h in heavy if h in loaded))
    print("not loaded: " + ", ".join(h for h in heavy if h not in loaded))


if __name__ == "__main__":
    main()
