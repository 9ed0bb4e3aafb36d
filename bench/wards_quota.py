"""Simulation: how many wards one Google service account carries, against the emulator enforcing Google's quotas.

Google counts Sheets requests per Cloud project (300 reads and 300 writes a minute) and per user (60 a
minute each); a service account is one user, so every ward whose configuration names the same JSON key
shares its 60. This runs N real wards (their own journal and sheets; the Form and the register on the
Sheets-v4 emulator, quotas on) through one gspread client — one token bucket, as `hopthu run --ward …` has
when the wards share a key — on a simulated clock: each ward's cycle is due every `schedule.poll_seconds`
(60 s), citizens answer the Form at random (on average one answer per ward every `--answer-minutes`), and
every cycle's Drive probe, Form read and register writes go through the bucket and the emulator's quota.

Prints, per N: Sheets requests a minute (mean and the busiest minute) against the 60 a user may make,
answers 429, how late the polls ran (the bucket makes a ward wait when the account's budget is spent) and
how long a new answer took to become a case. Asserts nothing.

    python bench/wards_quota.py [N ...] [--minutes 30] [--answer-minutes 30]      # default N: 10 30 50 70

Mail is not in it: it never waits for the sheets (a cycle woken by IDLE asks Google nothing).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "daemon"))

from hopthu.config import load_config
from hopthu.google.auth import client_for
from hopthu.pipeline.cycle import run_cycle
from hopthu.wiring import build_app, build_register, build_sources

from sheets_emulator import SheetsEmulator
from ward import EXAMPLES, FakeTime, make_ward

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
START = datetime(2026, 11, 23, 8, 0, tzinfo=TZ)


def header() -> list[str]:
    import csv

    with open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f))


def ward(base: Path, n: int, emu: SheetsEmulator, key: Path, fake: FakeTime):
    form_id, reg_id = f"form-{n}", f"register-{n}"
    emu.create_spreadsheet(form_id, "Câu trả lời", sheets={"Câu trả lời 1": [header()]})
    emu.create_spreadsheet(reg_id, "Sổ theo dõi", sheets={"Trang tính1": []})
    cfg = make_ward(base)
    for p in (base / "data" / "inbox" / "new").iterdir():
        p.unlink()
    text = cfg.read_text(encoding="utf-8").replace('code_prefix: "HT"', f'code_prefix: "HT-P{n}"')
    text = re.sub(r"(?ms)^form:\n.*?^(?=outbox:)", lambda m: f"""form:
  backend: sheet
  sheet_id: "{form_id}"
register:
  backend: sheet
  sheet_id: "{reg_id}"
  write_every_seconds: 60
google:
  api_base: "{emu.base_url}"
""", text, count=1)
    cfg.write_text(text.replace('emails: ["thuongtruc@mttq-luukiem.example.vn"]', "emails: []"), encoding="utf-8")
    (base / ".env").write_text(f"HOPTHU_GOOGLE_KEY_FILE={key}\n")
    return load_config(cfg), form_id


def simulate(n_wards: int, minutes: int, answer_minutes: float, seed: int = 1) -> dict:
    fake = FakeTime(1_000_000.0)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp, SheetsEmulator(clock=fake.clock) as emu:
        key = Path(tmp) / "key.json"
        key.write_text(json.dumps(emu.service_account_info("hopthu@tinh.iam.gserviceaccount.com")))
        wall = lambda: START + timedelta(seconds=fake.now - 1_000_000.0)  # noqa: E731
        gc = None
        wards = []
        for n in range(n_wards):
            config, form_id = ward(Path(tmp) / f"w{n}", n, emu, key, fake)
            if gc is None:  # one service account, one client, one token bucket for every ward
                gc = client_for(config, clock=fake.clock, sleep=fake.sleep)
            app = build_app(config, clock=wall, register=build_register(config, gc), sources=build_sources(config, google=gc))
            app.register.probe.clock = fake.clock
            next(s for s in app.sources if s.name == "form-sheet").clock = fake.clock
            if app.register_throttle is not None:
                app.register_throttle.clock = fake.clock
            wards.append((app, form_id))
        emu.reset_counts()
        per_minute: Counter[int] = Counter()
        lags: list[float] = []
        waiting: dict[str, float] = {}   # answer text → when it was typed
        taken: list[float] = []
        seq = 0
        for minute in range(minutes):
            due = 1_000_000.0 + minute * 60
            fake.now = max(fake.now, due)
            for app, form_id in wards:
                if rng.random() < 1 / answer_minutes:
                    seq += 1
                    text = f"Góp ý số {seq}: đường ngõ {seq % 50} bị ngập khi mưa, đề nghị khơi thông cống"
                    when = (wall()).strftime("%d/%m/%Y %H:%M:%S")
                    rows = emu.values(form_id, "Câu trả lời 1")
                    emu.set_values(form_id, "Câu trả lời 1", f"A{len(rows) + 1}",
                                   [[when, "TDP số 3", "Khác", text, "", "", ""]], user_entered=False)
                    waiting[text] = fake.now
                lags.append(fake.now - due)
                before = emu.request_count
                summary = run_cycle(app)
                for case in summary.new_cases:
                    for text, at in list(waiting.items()):
                        if text in case.summary:
                            taken.append(fake.now - at)
                            del waiting[text]
                sent = [r for r in emu.requests[before:] if "/drive/" not in r.path]
                per_minute[int((fake.now - 1_000_000.0) // 60)] += len(sent)
        sheets = [r for r in emu.requests if "/drive/" not in r.path]
        drive = len(emu.requests) - len(sheets)
        for app, _ in wards:
            app.close()
        minutes_seen = max(per_minute) + 1 if per_minute else 1
        steady = [per_minute.get(m, 0) for m in range(2, minutes_seen)]  # after start-up (metadata, tabs made)
        return {
            "n": n_wards, "sheets": len(sheets), "drive": drive, "minutes": minutes_seen,
            "steady": sum(steady) / len(steady) if steady else float("nan"), "first": per_minute.get(0, 0),
            "busiest": max(steady) if steady else 0,
            "rejected": emu.quota_rejections, "waited": gc.http_client.rate_limiter.waited if gc else 0.0,
            "lag_p95": sorted(lags)[int(0.95 * (len(lags) - 1))] if lags else 0.0, "lag_max": max(lags or [0.0]),
            "taken_p95": sorted(taken)[int(0.95 * (len(taken) - 1))] if taken else float("nan"),
            "answers": len(taken), "left": len(waiting),
        }


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wards", nargs="*", type=int, default=[10, 30, 50, 70])
    ap.add_argument("--minutes", type=int, default=30)
    ap.add_argument("--answer-minutes", type=float, default=30.0)
    args = ap.parse_args(argv)
    print(f"N wards, one service account (one token bucket: burst 10, 50 a minute after it; Google: 60 a minute per\n"
          f"user, 300 per project), each polled every 60 s for {args.minutes} simulated minutes, one Form answer per\n"
          f"ward every {args.answer_minutes:g} min on average\n")
    head = (f"{'wards':>5} {'start-up min':>12} {'Sheets req/min':>14} {'busiest min':>11} {'429':>4} {'bucket wait s':>13} "
            f"{'poll late p95/max s':>19} {'answer→case p95 s':>17} {'answers':>7}")
    print(head)
    print("-" * len(head))
    for n in args.wards:
        r = simulate(n, args.minutes, args.answer_minutes)
        print(f"{r['n']:>5} {r['first']:>12} {r['steady']:>14.1f} {r['busiest']:>11} {r['rejected']:>4} "
              f"{r['waited']:>13.0f} {r['lag_p95']:>9.0f}/{r['lag_max']:<9.0f} {r['taken_p95']:>17.0f} "
              f"{r['answers']:>4}+{r['left']}")
    print("\nSheets requests only (Drive's modifiedTime probes are not in the Sheets quota). 'start-up min': the first\n"
          "minute (every ward opens its sheets and makes its register tab); 'Sheets req/min' and 'busiest min': from\n"
          "the third minute on. 'poll late': how long after it was due a ward's cycle began. 'answers': taken +\n"
          "still waiting at the end. Simulated time: the figures are Google's budget, not this machine's speed.")


if __name__ == "__main__":
    main(sys.argv[1:])
