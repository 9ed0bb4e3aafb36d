"""A 3-day SMTP outage on a controllable clock: what is delivered after recovery, in which order, and
which alerts the admin and the chair get. Prints figures, asserts nothing.

Run: ``.venv/bin/python bench/smtp_outage.py [--days 3] [--every 30]``

The sample ward (Maildir inbox, Form CSV, XLSX register) sends through a real aiosmtpd sink on
127.0.0.1 (tests/mailservers.py). The sink is stopped on a Friday at 17:00; a cycle runs every
``--every`` minutes of the simulated clock for ``--days`` days, then the sink comes back and cycles
run until nothing waits. Counted: emails queued and delivered, duplicates (same Message-ID twice),
lost (queued, never delivered, not failed), failed, connection attempts during the outage, the order
of kinds after recovery, and the alert emails (raised, daily repeats, all-clear).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hopthu.config import load_config
from hopthu.mail.smtp import SmtpSettings, SmtpTransport
from hopthu.outbox.smtp import SmtpOutboxTransport
from hopthu.service import Daemon
from hopthu.wiring import build_app

import mailservers as ms
from ward import Clock, make_ward

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
ADMIN = "quantri@mttq-luukiem.example.vn"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=float, default=3)
    ap.add_argument("--every", type=int, default=30, help="minutes of simulated time between cycles")
    args = ap.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    base = Path(tempfile.mkdtemp(prefix="hopthu-outage-"))
    path = make_ward(base)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("officers:\n", f'officers:\n  - {{name: "Quản trị", email: "{ADMIN}", '
                                              f'roles: [admin]}}\n', 1), encoding="utf-8")
    clock = Clock(datetime(2026, 11, 27, 17, 0, tzinfo=TZ))
    sink = ms.SmtpSink()
    sink.start()
    port = sink.port
    sink.stop()
    app = build_app(load_config(path), clock=clock)
    transport = SmtpTransport(SmtpSettings(host="127.0.0.1", port=port, security="none", local_hostname="hopthu"))
    app.outbox.transport = SmtpOutboxTransport(app.config, transport=transport)
    daemon = Daemon(app)  # a cycle, the heartbeat, then the alerts
    end = clock.now + timedelta(days=args.days)
    cycles = 0
    while clock.now < end:
        daemon.cycle()
        cycles += 1
        clock.set(clock.now + timedelta(minutes=args.every))
    attempts = transport.connects  # successful connections: 0 while down
    probes = sum(m.attempts for m in app.journal.messages())
    sink.port = port
    sink.start()
    after = 0
    while any(m.state == "pending" for m in app.journal.messages()) and after < 50:
        clock.set(clock.now + timedelta(minutes=args.every))
        daemon.cycle()
        after += 1
    received = sink.wait_for(sum(1 for m in app.journal.messages() if m.state == "sent"), timeout=10)
    records = app.journal.messages()
    ids = [str(m.message["Message-ID"]).strip() for m in received]
    by_id = Counter(ids)
    kind_of = {r.message_id.strip(): r.kind for r in records}
    kinds = [kind_of.get(i, "?") for i in ids]
    first_ack = next((i for i, k in enumerate(kinds) if k == "ack"), len(kinds))
    raised = sorted({m.key.rsplit(":", 1)[0] for m in records if m.key.startswith("alert:") and m.state == "sent"})
    replaced = sum(1 for m in records if m.key.startswith("alert:") and m.state == "cancelled")
    cleared = sorted({m.key.rsplit(":", 1)[0] for m in records if m.key.startswith("alert-clear:")})
    recipients = sorted({m.recipient for m in records if m.key.startswith(("alert:", "alert-clear:"))})
    print(f"outage: {args.days:g} days, a cycle every {args.every} min: {cycles} cycles; connection attempts while "
          f"down: {probes} (connections made: {attempts})")
    print(f"emails queued {len(records)}, delivered {len(received)}, distinct Message-IDs {len(by_id)}, "
          f"duplicates {sum(n - 1 for n in by_id.values())}, failed {sum(r.state == 'failed' for r in records)}, "
          f"lost {sum(r.state == 'pending' for r in records)}; recovery took {after} cycle(s)")
    print(f"alert notices queued while mail was down and replaced by a newer one before they could leave: {replaced}")
    print(f"order after recovery: urgent/alert/routed/answer before the first ack: "
          f"{Counter(k for k in kinds[:first_ack])}; acks {kinds.count('ack')} after them")
    print(f"alerts (each to {', '.join(recipients)}): raised then daily: {raised}; all-clear: {cleared}")
    app.close()
    sink.stop()


if __name__ == "__main__":
    main()
