"""Latency from APPEND to the acknowledgement at the SMTP server, with the daemon idling in IMAP IDLE.

Run: ``.venv/bin/python bench/ack_latency.py [--messages 100] [--gap 0.3] [--google ROWS] [--in-process]``

Starts a private Dovecot and an aiosmtpd sink (tests/mailservers.py), runs ``hopthu run`` in a process
of its own (the ward's PC: `python -m hopthu.cli run`, so its Google worker and letters' worker as
well) on a ward whose register is an XLSX file, waits until it idles, then APPENDs N citizens' emails
(each from a different address) one every ``--gap`` seconds (± 50 %) and times each from the start of
its APPEND to the moment the sink holds its acknowledgement. Prints p50, p95 and max (target p95 ≤ 3 s
with the XLSX register, ≤ 1.5 s with ``--google``: issue 15; Dovecot's IDLE adds a fixed ~0.5 s before
it tells the client). The register is written at most every 60 s and the acknowledgement never waits
for it. Asserts nothing.

``--google ROWS``: the ward's real set-up instead — the Google Form's response sheet and the Google
register, on the Sheets-v4 emulator (tests/sheets_emulator.py) enforcing Google's quotas (60 requests
a minute per user, 300 per project), in a process of its own as Google's servers are (its JSON work
would otherwise take the interpreter lock from the sink), with ROWS answers of history in the Form and
as many cases in the register (taken by the daemon's start-up before the clock starts). Then also
printed: when the register holds every letter's case, counted from the last acknowledgement.

``--in-process``: the earlier set-up, for comparison — `service.Daemon` in a thread of this process
(its Google calls made here, not in its worker process) and the emulator in this process too; the
register cycles' times are printed apart.
"""

from __future__ import annotations

import argparse
import logging
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import _mailbench

ms = _mailbench.load_mailservers()

from hopthu.config import load_config
from hopthu.pipeline import cycle
from hopthu.service import Daemon
from hopthu.wiring import build_app


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def register_rows(emu) -> int:
    """Cases in the emulated register (its header row not counted)."""
    if hasattr(emu, "row_count"):
        return emu.row_count(_mailbench.REG_ID, _mailbench.REG_TAB) - 1
    return len(emu.values(_mailbench.REG_ID, _mailbench.REG_TAB)) - 1


def cpu_seconds(pid: int) -> float:
    """User and system CPU of process `pid` and of its children that ended (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def start_daemon(path: Path, errors: Path) -> subprocess.Popen:
    """`hopthu run` on the ward, as the PC starts it; returns once it runs and has been idle (no CPU in
    the process for 3 s running: its start-up cycles, the history's whole reads included, are done)."""
    env = {**os.environ, "PYTHONPATH": str(_mailbench.ROOT / "daemon")}
    proc = subprocess.Popen([sys.executable, "-m", "hopthu.cli", "--config", str(path), "run"],
                            stdout=subprocess.DEVNULL, stderr=errors.open("wb"), env=env)
    log = path.parent / "state" / "hopthu.log"
    deadline = time.monotonic() + 1800
    while not (log.exists() and "hopthu running" in log.read_text(encoding="utf-8", errors="replace")):
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the daemon did not start: {errors.read_text()[-2000:]}")
        time.sleep(0.2)
    quiet_since, last = time.monotonic(), cpu_seconds(proc.pid)
    while time.monotonic() - quiet_since < 3.0:
        if time.monotonic() > deadline:
            raise SystemExit("the daemon never idled")
        time.sleep(0.5)
        now = cpu_seconds(proc.pid)
        if now - last > 0.05:
            quiet_since = time.monotonic()
        last = now
    return proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=100)
    ap.add_argument("--gap", type=float, default=0.3, help="mean seconds between two APPENDs")
    ap.add_argument("--google", type=int, default=None, metavar="ROWS",
                    help="Google Form and register (emulated, with quotas) holding ROWS rows of history")
    ap.add_argument("--full-read-minutes", type=int, default=None, metavar="M",
                    help="the register's safety-net whole read this often (the ward's default: 10)")
    ap.add_argument("--in-process", action="store_true",
                    help="the daemon in a thread of this process and the emulator too (the earlier set-up)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)

    corpus = _mailbench.corpus(args.messages, seed=11)
    d = ms.Dovecot()
    d.start()
    sink = ms.SmtpSink().start()
    arrived: dict[str, float] = {}  # citizen address → when its acknowledgement reached the sink

    def watch_sink() -> None:
        seen = 0
        while not stop.is_set():
            with sink._cond:
                sink._cond.wait(0.1)
                new = sink.received[seen:]
            now = time.perf_counter()
            for mail in new:
                if mail.message["Auto-Submitted"] == "auto-replied":
                    arrived.setdefault(mail.rcpt_tos[0], now)
            seen += len(new)

    register_cycles: list[float] = []
    original_sync = cycle.sync_register

    def timed_sync(app, summary):  # how long the register step takes, when a cycle does it
        t = time.perf_counter()
        original_sync(app, summary)
        register_cycles.append(time.perf_counter() - t)

    cycle.sync_register = timed_sync  # run_cycle calls it through the cycle module
    stop = threading.Event()
    base = Path(tempfile.mkdtemp(prefix="hopthu-bench-"))
    daemon = proc = None
    emu = None
    try:
        path = _mailbench.write_ward(base / "ward", d, sink)
        if args.google is not None:
            emu = _mailbench.google_ward(path, args.google, args.full_read_minutes, apart=not args.in_process)
        threading.Thread(target=watch_sink, daemon=True).start()
        if args.in_process:
            app = build_app(load_config(path))
            if emu is not None:
                t = time.perf_counter()
                cycle.run_cycle(app)  # the history taken into the journal and the register, before the clock starts
                print(f"history: {args.google} Form rows taken, {len(app.journal.cases())} cases in the register "
                      f"({time.perf_counter() - t:.1f} s, not counted)")
            daemon = Daemon(app)
            runner = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, daemon=True)
            runner.start()
            watcher = app.watchers[0].watcher
            while not (daemon.cycles >= 1 and watcher.connects >= 1):
                time.sleep(0.05)
            time.sleep(1.0)  # the start-up cycles are done; the watcher idles
        else:
            t = time.perf_counter()
            proc = start_daemon(path, base / "stderr.txt")
            print(f"hopthu run started, idle {time.perf_counter() - t:.1f} s later "
                  f"(start-up{f': {args.google} Form rows taken into the register' if emu else ''}; not counted)")
        if emu is not None:
            emu.reset_counts()
        rng = random.Random(5)
        sent: dict[str, float] = {}
        t_start = time.perf_counter()
        for raw in corpus:
            sender = re.search(rb"<(cudan\d+@gmail\.example)>", raw).group(1).decode()
            sent[sender] = time.perf_counter()
            d.append(raw, msg_time=datetime.now(timezone.utc))
            time.sleep(args.gap * rng.uniform(0.5, 1.5))
        deadline = time.perf_counter() + 30
        while len(arrived) < len(sent) and time.perf_counter() < deadline:
            time.sleep(0.05)
        took = time.perf_counter() - t_start
        latencies = [arrived[s] - t for s, t in sent.items() if s in arrived]
        how = f"{daemon.cycles} cycles (in this process)" if daemon is not None else "hopthu run in its own process"
        print(f"{len(sent)} emails APPENDed over {took:.1f} s (one every {args.gap:.2f} s ± 50 %), "
              f"{len(latencies)} acknowledged; {how}")
        if latencies:
            print(f"APPEND → acknowledgement at the SMTP sink: p50 {statistics.median(latencies):.2f} s, "
                  f"p95 {percentile(latencies, 95):.2f} s, max {max(latencies):.2f} s, "
                  f"min {min(latencies):.2f} s   (target p95 ≤ {'1.5' if args.google else '3'} s)")
            slow = sorted(((arrived[s] - t, t - t_start) for s, t in sent.items() if s in arrived), reverse=True)[:8]
            print("slowest (APPENDed at +s → took s): " + ", ".join(f"+{at:.0f} → {took:.2f}" for took, at in slow))
        if emu is not None:
            t_last = max(arrived.values()) if arrived else time.perf_counter()
            want = args.google + len(sent)  # one case a letter
            deadline = time.perf_counter() + 180
            while time.perf_counter() < deadline and register_rows(emu) < want:
                time.sleep(0.5)
            done = register_rows(emu)
            print(f"register (Google) holds {done} of {want} cases {time.perf_counter() - t_last:.1f} s after the "
                  f"last acknowledgement (register.write_every_seconds = 60); Sheets requests during the run: "
                  f"{emu.request_count}, answered 429: {emu.quota_rejections}")
        if register_cycles:
            kind = "Google" if emu is not None else "XLSX"
            print(f"register ({kind}) written in {len(register_cycles)} cycle(s), "
                  f"{', '.join(f'{t:.2f} s' for t in register_cycles)}: after the acknowledgements of that cycle")
    finally:
        stop.set()
        if daemon is not None:
            daemon.stop.set()
            runner.join(15)
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        sink.stop()
        d.close()
        if emu is not None:
            emu.stop()


if __name__ == "__main__":
    main()
