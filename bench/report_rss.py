"""What a report run costs the daemon's process: its RSS after rendering, and the worker's wall time.

Run: ``.venv/bin/python bench/report_rss.py``

Builds the sample ward (like `hopthu demo`) in a temporary folder, keeps numpy and Pillow out as
`hopthu run` does, runs one cycle, then, in this same process (as the daemon's scheduled step does),
computes and renders the monthly result of 11/2026 and
the Q4 2026 draft through the worker process, and the QR posters. Prints each render's wall time, this
process's VmRSS and VmHWM before and after, and whether matplotlib, docx, fpdf or segno were imported
here (they must not be: they live in the worker). Asserts nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "daemon")]


def status() -> dict[str, int]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) // 1024
    return out


def main() -> None:
    from hopthu.service import keep_optional_imports_out

    keep_optional_imports_out()
    from zoneinfo import ZoneInfo

    from hopthu.cli import _make_demo
    from hopthu.config import load_config
    from hopthu.pipeline.cycle import run_cycle
    from hopthu.reports.cases import report_cases
    from hopthu.reports.jobs import make_posters, make_report
    from hopthu.reports.periods import parse_period
    from hopthu.wiring import build_app

    with tempfile.TemporaryDirectory() as tmp:
        _make_demo(ROOT, Path(tmp))
        now = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
        app = build_app(load_config(Path(tmp) / "hopthu.yaml"), clock=lambda: now)
        run_cycle(app)
        print(f"after one cycle:        {status()} MB")
        for kind, key, as_of in (("month", "2026-11", date(2026, 11, 30)), ("quarter", "2026Q4", date(2026, 12, 18))):
            began = time.perf_counter()
            files = make_report(app.config, report_cases(app.config, app.journal), parse_period(kind, key),
                                as_of=as_of, today=as_of, calendar=app.calendar)
            print(f"{key}: {len(files)} files in {time.perf_counter() - began:.1f} s; this process {status()} MB")
        began = time.perf_counter()
        files, _ = make_posters(app.config, date(2026, 12, 1))
        print(f"posters: {len(files)} files in {time.perf_counter() - began:.1f} s; this process {status()} MB")
        heavy = [m for m in ("matplotlib", "docx", "fpdf", "segno", "PIL", "numpy") if sys.modules.get(m) is not None]
        print(f"heavy modules imported in this process: {heavy or 'none'}")
        app.close()


if __name__ == "__main__":
    main()
