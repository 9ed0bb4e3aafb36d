"""Latency from APPEND to the acknowledgement at the SMTP server, with the daemon idling in IMAP IDLE.

Run: ``.venv/bin/python bench/ack_latency.py [--messages 100] [--gap 0.3] [--google ROWS]``

Starts a private Dovecot and an aiosmtpd sink (tests/mailservers.py), runs `service.Daemon` (what
`hopthu run` runs) in a thread on a ward whose register is an XLSX file, waits until its watcher
idles, then APPENDs N citizens' emails (each from a different address) one every ``--gap`` seconds
(± 50 %) and times each from the start of its APPEND to the moment the sink holds its
acknowledgement. Prints p50, p95 and max (target p95 ≤ 3 s with the XLSX register, ≤ 1.5 s with
``--google``: issue 15; Dovecot's IDLE adds a fixed ~0.5 s before it tells the client). The register is
written at most every 60 s and the acknowledgement never waits for it: the times of the cycles that wrote
it are printed apart. Asserts nothing.

``--google ROWS``: the ward's real set-up instead — the Google Form's response sheet and the Google
register, on the Sheets-v4 emulator (tests/sheets_emulator.py) enforcing Google's quotas (60 requests
a minute per user, 300 per project), with ROWS answers of history in the Form and as many cases in the
register (taken by a first cycle before the clock starts). Then also printed: when the register holds
every letter's case, counted from the last acknowledgement.
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import statistics
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=100)
    ap.add_argument("--gap", type=float, default=0.3, help="mean seconds between two APPENDs")
    ap.add_argument("--google", type=int, default=None, metavar="ROWS",
                    help="Google Form and register (emulated, with quotas) holding ROWS rows of history")
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
    daemon = None
    emu = None
    try:
        path = _mailbench.write_ward(base / "ward", d, sink)
        if args.google is not None:
            emu = _mailbench.google_ward(path, args.google)
        app = build_app(load_config(path))
        if emu is not None:
            t = time.perf_counter()
            cycle.run_cycle(app)  # the history taken into the journal and the register, before the clock starts
            print(f"history: {args.google} Form rows taken, {len(app.journal.cases())} cases in the register "
                  f"({time.perf_counter() - t:.1f} s, not counted)")
            emu.reset_counts()
        daemon = Daemon(app)
        runner = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, daemon=True)
        runner.start()
        threading.Thread(target=watch_sink, daemon=True).start()
        watcher = app.watchers[0].watcher
        while not (daemon.cycles >= 1 and watcher.connects >= 1):
            time.sleep(0.05)
        time.sleep(1.0)  # the start-up cycles are done; the watcher idles
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
        print(f"{len(sent)} emails APPENDed over {took:.1f} s (one every {args.gap:.2f} s ± 50 %), "
              f"{len(latencies)} acknowledged, {len(app.journal.cases())} cases, {daemon.cycles} cycles")
        if latencies:
            print(f"APPEND → acknowledgement at the SMTP sink: p50 {statistics.median(latencies):.2f} s, "
                  f"p95 {percentile(latencies, 95):.2f} s, max {max(latencies):.2f} s, "
                  f"min {min(latencies):.2f} s   (target p95 ≤ {'1.5' if args.google else '3'} s)")
        if emu is not None:
            t_last = max(arrived.values()) if arrived else time.perf_counter()
            want = len(app.journal.cases())
            deadline = time.perf_counter() + 180
            while time.perf_counter() < deadline and len(emu.values(_mailbench.REG_ID, _mailbench.REG_TAB)) - 1 < want:
                time.sleep(0.2)
            done = len(emu.values(_mailbench.REG_ID, _mailbench.REG_TAB)) - 1
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
        sink.stop()
        d.close()
        if emu is not None:
            emu.stop()


if __name__ == "__main__":
    main()
