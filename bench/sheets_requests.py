"""Benchmark: what one cycle costs on the Sheets API as the ward's history grows.

Real gspread over HTTP against the Sheets-v4 emulator (tests/sheets_emulator.py), the Google backends
(`sources.formsheet.SheetFormSource`, `register.gsheet.SheetRegister`) as the daemon builds them, the
client-side rate limiter switched off (the figures are what one cycle costs, not how long the quota
makes it wait).

For each history size H (default 0, 2,000 and 10,000) the Form's response sheet is given H rows and a
first cycle takes them all (so the register also holds H cases, as after months of use); then, timed:

- a cycle with nothing new (nothing in the Form, no officer edit);
- a cycle with one new Form row;
- a cycle after an officer typed in one register cell (an answer), one safety-net interval later.

For each: requests (by kind), bytes down (response bodies, decoded JSON as the client reads them;
Google may gzip them on the wire), bytes up (request bodies as sent) and seconds. Prints, asserts
nothing. Targets (issue 15), at 10,000 rows in each sheet: nothing new ≤ 2 small requests and ≤ 50 kB;
one new Form row ≤ 5 requests and ≤ 100 kB.

    python bench/sheets_requests.py [--apart] [H ...]      # default: 0 2000 10000

``--apart``: the Google calls made in a child process, as `hopthu run` makes them (google/remote.py);
requests are counted by the emulator as before, bytes are not metered there (shown as "–").

The ward is the sample ward without its mailbox; the history rows match no rule (triage, the front's
standing board) and that board has no address in the bench config, so no email is composed.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tempfile
import time
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
from hopthu.register.columns import COLUMNS
from hopthu.wiring import build_app, build_register, build_sources

from sheets_emulator import SheetsEmulator
from ward import EXAMPLES, make_ward

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
FORM_ID, FORM_TAB = "bench-form", "Câu trả lời biểu mẫu 1"
REG_ID, REG_TAB = "bench-register", "Sổ theo dõi"
KB = 1000


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)

    def __call__(self) -> datetime:
        return self.now


def ward(base: Path, emu: SheetsEmulator, clock: Clock, apart: bool = False):
    header = next(csv.reader(open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="")))
    emu.create_spreadsheet(FORM_ID, "Câu trả lời", sheets={FORM_TAB: [header]})
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
    if apart:
        from hopthu.google.remote import RemoteClient

        gc = RemoteClient(str(base / "key.json"), {"api_base": emu.base_url}, rate_per_minute=None)
    else:
        gc = client_for(config, rate_per_minute=None)
    app = build_app(config, clock=clock, register=build_register(config, gc), sources=build_sources(config, google=gc))
    return app, gc


def form_rows(start: int, n: int, at: datetime | None = None) -> list[list[str]]:
    """n Form answers, numbered from `start`, answer i at 01/01/2026 00:00 + i minutes (all before the clock),
    or from `at` on."""
    t0 = (at.replace(tzinfo=None) - timedelta(minutes=start)) if at else datetime(2026, 1, 1, 0, 0)
    return [[(t0 + timedelta(minutes=i)).strftime("%d/%m/%Y %H:%M:%S"), f"TDP số {i % 40 + 1}", "Khác",
             f"Góp ý số {start + i} về buổi sinh hoạt khu dân cư tháng này của tổ dân phố", "", "", ""]
            for i in range(start, start + n)]


def kind(method: str, path: str) -> str:
    if path.endswith(":append"):
        return "append"
    if path.endswith("values:batchUpdate"):
        return "values.batchUpdate"
    if path.endswith("values:batchGet"):
        return "values.batchGet " + ("form" if FORM_ID in path else "register")
    if path.endswith(":batchUpdate"):
        return "spreadsheets.batchUpdate"
    if "/values/" in path:
        return "values.get " + ("form" if FORM_ID in path else "register")
    if method == "GET" and "/drive/" in path:
        return "drive.files.get"
    return ("metadata " + ("form" if FORM_ID in path else "register")) if method == "GET" else method


class Meter:
    """Bytes and seconds of the client's HTTP calls (a response hook on its requests session)."""

    def __init__(self, gc) -> None:
        self.down = self.up = 0
        self.on = not getattr(gc, "remote", False)  # a child's session is not here to hook
        if self.on:
            gc.http_client.session.hooks["response"].append(self._hook)

    def _hook(self, response, *args, **kwargs):
        self.down += len(response.content)
        body = response.request.body
        self.up += len(body) if body else 0
        return response

    def reset(self) -> None:
        self.down = self.up = 0


def measure(app, emu, meter, clock, what: str) -> dict:
    emu.reset_counts()
    meter.reset()
    t0 = time.perf_counter()
    summary = run_cycle(app)
    wall = time.perf_counter() - t0
    kinds = Counter(kind(r.method, r.path) for r in emu.requests)
    return {"what": what, "requests": emu.request_count, "kinds": kinds, "down": meter.down if meter.on else None,
            "up": meter.up if meter.on else None,
            "wall": wall, "new": len(summary.new_cases), "edits": summary.officer_edits, "errors": summary.errors}


def run(history: int, apart: bool = False) -> tuple[float, list[dict]]:
    with tempfile.TemporaryDirectory() as tmp, SheetsEmulator(quota_per_minute_user=None,
                                                             quota_per_minute_project=None) as emu:
        clock = Clock()
        app, gc = ward(Path(tmp), emu, clock, apart)
        meter = Meter(gc)
        if history:
            emu.set_values(FORM_ID, FORM_TAB, "A2", form_rows(0, history), user_entered=False)
        t0 = time.perf_counter()
        run_cycle(app)  # start-up: the register tab made, the history taken into journal and register
        clock.now += timedelta(minutes=1)
        run_cycle(app)  # settled: what the first cycle did after its register step (reminders) written too
        seeded = time.perf_counter() - t0
        clock.now += timedelta(minutes=1)
        out = [measure(app, emu, meter, clock, "nothing new")]
        clock.now += timedelta(minutes=1)
        # answered a minute ago: a routed answer dated with the history (January) would be overdue at once, and
        # the next cycle's status upkeep ("Quá hạn") would be measured as the quiet cycle's cost
        emu.set_values(FORM_ID, FORM_TAB, f"A{history + 2}", form_rows(history, 1, clock.now - timedelta(minutes=1)),
                       user_entered=False)
        out.append(measure(app, emu, meter, clock, "one new Form row"))
        clock.now += timedelta(minutes=1)
        out.append(measure(app, emu, meter, clock, "nothing new again"))
        # An officer types an answer into the newest case's row; seen at the latest one safety-net interval later.
        answer_col = next(i for i, c in enumerate(COLUMNS) if c.id == "answer")
        rows = emu.values(REG_ID, REG_TAB)
        letter = chr(ord("A") + answer_col)
        emu.set_values(REG_ID, REG_TAB, f"{letter}{len(rows)}", [["Đã kiểm tra, sẽ xử lý trong tuần."]])
        clock.now += timedelta(minutes=30)
        out.append(measure(app, emu, meter, clock, "officer edit, 30 min later"))
        app.close()
        if apart:
            gc.close()
        return seeded, out


def main(argv: list[str]) -> None:
    apart = "--apart" in argv
    sizes = [int(a) for a in argv if a != "--apart"] or [0, 2_000, 10_000]
    print(("The Google calls in a child process, as `hopthu run` makes them.\n" if apart else "") +
          "One hopthu cycle against the Sheets-v4 emulator (real gspread over HTTP, rate limiter off),\n"
          "with H rows of history in the Form's response sheet and as many cases in the register\n")
    head = f"{'H':>6}  {'cycle':<27} {'requests':>8} {'down kB':>9} {'up kB':>8} {'seconds':>8}  requests by kind"
    print(head)
    print("-" * (len(head) + 30))
    for h in sizes:
        seeded, results = run(h, apart)
        for r in results:
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(r["kinds"].items()))
            extra = (f" [{r['new']} new case]" if r["new"] else "") + (f" [{r['edits']} edit seen]" if r["edits"] else "")
            extra += f" ERRORS {r['errors']}" if r["errors"] else ""
            down = "–" if r["down"] is None else f"{r['down'] / KB:.1f}"
            up = "–" if r["up"] is None else f"{r['up'] / KB:.1f}"
            print(f"{h:>6}  {r['what']:<27} {r['requests']:>8} {down:>9} {up:>8} {r['wall']:>8.3f}  {kinds}{extra}")
        print(f"{'':>6}  (the two cycles taking the {h} rows of history and settling: {seeded:.1f} s)")
    print("\nkB = 1,000 bytes. Targets at H = 10,000: nothing new ≤ 2 small requests and ≤ 50 kB; "
          "one new Form row ≤ 5 requests and ≤ 100 kB.")


if __name__ == "__main__":
    main(sys.argv[1:])
