"""Benchmark: Sheets API requests and wall time of one cycle with 1, 100 and 10,000 new Form rows.

Real gspread over HTTP against the Sheets-v4 emulator (tests/sheets_emulator.py), the Google backends
(`gsheet_form.SheetFormSource`, `gsheet_register.SheetRegister`) as the daemon builds them, the client-side
rate limiter switched off (the figures are what one cycle costs, not how long the quota makes it wait).

Prints, asserts nothing. Target: ≤ 5 requests for 1 and for 100 new rows; for 10,000, no more than
5 + one per 2 MB of payload.

    .venv/bin/python bench/sheets_requests.py [N ...]      # default: 1 100 10000

The ward is the sample ward without its mailbox; the new rows match no rule (triage, the front's own
standing board) and that board has no address in the bench config, so no email is composed: the cycle
time is the Sheets traffic plus making the cases in the journal, not email header folding.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
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
from ward import EXAMPLES, make_ward

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
FORM_ID, FORM_TAB = "bench-form", "Câu trả lời biểu mẫu 1"
REG_ID, REG_TAB = "bench-register", "Sổ theo dõi"
MB = 1_000_000


def ward(base: Path, emu: SheetsEmulator):
    import csv

    rows = list(csv.reader(open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="")))
    emu.create_spreadsheet(FORM_ID, "Câu trả lời", sheets={FORM_TAB: rows})
    emu.set_values(FORM_ID, FORM_TAB, "A2", [[r[0]] for r in rows[1:]], user_entered=True)
    emu.create_spreadsheet(REG_ID, "Sổ theo dõi", sheets={"Trang tính1": []})
    cfg = make_ward(base)
    for p in (base / "data" / "inbox" / "new").iterdir():
        p.unlink()
    text = cfg.read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^form:\n.*?^(?=outbox:)", lambda m: f"""form:
  backend: sheet
  sheet_id: "{FORM_ID}"
  worksheet: "{FORM_TAB}"
register:
  backend: sheet
  sheet_id: "{REG_ID}"
  write_every_seconds: 0
google:
  api_base: "{emu.base_url}"
""", text, count=1)
    text = text.replace('emails: ["thuongtruc@mttq-luukiem.example.vn"]', "emails: []")
    cfg.write_text(text, encoding="utf-8")
    (base / "key.json").write_text(json.dumps(emu.service_account_info("bench@hopthu.iam.gserviceaccount.com")))
    (base / ".env").write_text("HOPTHU_GOOGLE_KEY_FILE=key.json\n")
    config = load_config(cfg)
    gc = client_for(config, rate_per_minute=None)
    app = build_app(config, clock=lambda: datetime(2026, 11, 23, 9, 0, tzinfo=TZ),
                    register=build_register(config, gc), sources=build_sources(config, google=gc))
    return app, gc


def new_rows(n: int) -> list[list[str]]:
    return [[f"24/11/2026 {8 + i // 3600 % 10:02d}:{i // 60 % 60:02d}:{i % 60:02d}", f"TDP số {i % 40 + 1}", "Khác",
             f"Góp ý số {i} về buổi sinh hoạt khu dân cư tháng này của tổ dân phố", "", "", ""] for i in range(n)]


def kind(method: str, path: str) -> str:
    if path.endswith(":append"):
        return "append"
    if path.endswith("values:batchUpdate"):
        return "values.batchUpdate"
    if path.endswith(":batchUpdate"):
        return "spreadsheets.batchUpdate"
    if "/values/" in path:
        return "values.get " + ("form" if FORM_ID in path else "register")
    return "metadata" if method == "GET" else method


def run(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp, SheetsEmulator(quota_per_minute_user=None,
                                                             quota_per_minute_project=None) as emu:
        app, gc = ward(Path(tmp), emu)
        t0 = time.perf_counter()
        run_cycle(app)  # start-up: metadata once, the register tab made, the sample responses taken
        startup = (emu.request_count, time.perf_counter() - t0)
        emu.set_values(FORM_ID, FORM_TAB, f"A{len(emu.values(FORM_ID, FORM_TAB)) + 1}", new_rows(n), user_entered=False)
        emu.reset_counts()
        http = gc.http_client
        spent = [0.0]
        inner = http.request

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - t

        http.request = timed
        t0 = time.perf_counter()
        summary = run_cycle(app)
        wall = time.perf_counter() - t0
        sizes = [len(json.dumps(r.body)) if r.body else 0 for r in emu.requests]  # as requests sends JSON
        kinds = Counter(kind(r.method, r.path) for r in emu.requests)
        rows = len(emu.values(REG_ID, REG_TAB)) - 1
        cases = len(app.journal.cases())
        app.close()
        assert not summary.errors, summary.errors
        return {"n": n, "requests": emu.request_count, "kinds": kinds, "sent": sum(sizes), "largest": max(sizes),
                "wall": wall, "sheets": spent[0], "new": len(summary.new_cases), "rows": rows, "cases": cases,
                "startup": startup}


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1, 100, 10_000]
    print("One hopthu cycle against the Sheets-v4 emulator (real gspread over HTTP, rate limiter off)\n")
    results = [run(n) for n in sizes]
    head = f"{'new rows':>9} {'requests':>8} {'target':>6} {'sent':>9} {'largest':>9} {'cycle s':>8} {'Sheets s':>8}  register rows"
    print(head)
    print("-" * len(head))
    for r in results:
        target = 5 + (int(r["sent"] // (2 * MB)) if r["n"] > 100 else 0)
        print(f"{r['n']:>9} {r['requests']:>8} {'≤' + str(target):>6} {r['sent'] / MB:>7.2f}MB {r['largest'] / MB:>7.3f}MB "
              f"{r['wall']:>8.2f} {r['sheets']:>8.2f}  {r['rows']} (= {r['cases']} cases; {r['new']} new)")
    print("\nRequests by kind:")
    for r in results:
        print(f"  {r['n']:>6} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(r["kinds"].items())))
    s = results[0]["startup"]
    print(f"\nStart-up (first cycle: metadata of both sheets, the register tab made in one batch, "
          f"the sample responses taken): {s[0]} requests, {s[1]:.2f} s")
    print("'sent': request bodies as sent (json.dumps defaults, Vietnamese letters ASCII-escaped); 'largest': the\n"
          "biggest one; 'Sheets s': time inside HTTP calls (the rest of the cycle is making the cases).")


if __name__ == "__main__":
    main(sys.argv[1:])
