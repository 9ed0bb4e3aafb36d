"""Peak memory (RSS) of the report renderer (`python -m hopthu.reports.render`) on a month of N cases.

Run: ``PYTHONPATH=daemon .venv/bin/python bench/renderer_rss.py [--cases 10000]``

Makes N invented cases received in 11/2026 (`ReportCase` rows, as `reports.cases` builds them from the
journal: redacted summaries, some answered), computes the figures as the daemon does (`jobs.report_job`'s
`compute`), writes the job file and runs the renderer as its own process, reading its /proc VmHWM every
20 ms until it ends (``wait4``'s ``ru_maxrss`` would carry this script's own peak into it, see
bench/peak_rss.py). Prints the peak in MB (10^6 bytes, the target's unit) and MiB (2^20 bytes), each
labelled, the seconds, the job file's size and the files written. Target: under 200 MB. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 200


def cases(n: int) -> list:
    from hopthu.reports import figures as F
    from hopthu.reports.figures import ReportCase

    groups = [F.QR, F.LINK, F.EMAIL, F.PAPER, F.FORM_UNKNOWN, F.IN_PERSON]
    categories = ["Môi trường, vệ sinh", "An ninh, trật tự", "Hạ tầng, giao thông, chiếu sáng", "Thủ tục hành chính"]
    agencies = ["Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường", "Trung tâm phục vụ hành chính công"]
    statuses = ["Đã trả lời", "Đang xử lý", "Đã chuyển xử lý", "Đã đóng", "Mới tiếp nhận"]
    out = []
    for i in range(n):
        received = date(2026, 11, 1) + timedelta(days=i % 30)
        status = statuses[i % len(statuses)]
        answered = received + timedelta(days=i % 12) if status in ("Đã trả lời", "Đã đóng") else None
        out.append(ReportCase(
            code=f"HT-2026-{i + 1:05d}", received=received, channel_group=groups[i % len(groups)],
            place=f"TDP số {i % 12 + 1}" if i % 6 == 0 else "", tdp=f"TDP số {i % 12 + 1}",
            category=categories[i % len(categories)], agency=agencies[i % len(agencies)], status=status,
            complex=i % 17 == 0, flags=(), deadline=received + timedelta(days=14), answered_on=answered,
            on_time=None if answered is None else i % 12 < 10,
            summary=f"Phản ánh số {i + 1}: đèn đường ở ngõ {i % 90} phố Trần Phú bị hỏng đã một tuần, đề nghị "
                    f"sửa chữa sớm.", answer="Đã sửa xong, đèn sáng lại." if answered else ""))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10000)
    args = parser.parse_args()
    from hopthu.core.workdays import WorkingCalendar
    from hopthu.reports.figures import compute
    from hopthu.reports.periods import parse_period

    period = parse_period("month", "2026-11")
    fig = compute(cases(args.cases), period, as_of=date(2026, 12, 1), cal=WorkingCalendar())
    out = Path(tempfile.mkdtemp(prefix="hopthu-renderer-"))
    job = {"kind": "monthly", "figures": fig.as_json(),
           "meta": {"ward": "Phường Lưu Kiếm", "place": "Lưu Kiếm", "front": "Ủy ban MTTQ Việt Nam phường Lưu Kiếm",
                    "email": "hopthu@mttq-luukiem.example.vn", "made_on": "2026-12-01", "chair": "Lê Thị Lệ Thủy"},
           "out": str(out), "templates": str(ROOT / "templates")}
    path = out / "job.json"
    path.write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "MPLBACKEND": "Agg", "MPLCONFIGDIR": str(Path(tempfile.gettempdir()) / "hopthu-matplotlib")}
    began = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "hopthu.reports.render", str(path)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            try:
                text = Path(f"/proc/{proc.pid}/status").read_text()
            except OSError:
                return
            for line in text.splitlines():
                if line.startswith("VmHWM:"):
                    peak[0] = max(peak[0], int(line.split()[1]))
            time.sleep(0.02)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    stdout, stderr = proc.communicate()
    watcher.join(5)
    seconds = time.monotonic() - began
    kib = peak[0]
    verdict = "under" if kib * 1024 / 1e6 < TARGET_MB else "OVER"
    print(f"renderer ({job['kind']}, {args.cases} cases, {len(fig.rows)} listed; job file {path.stat().st_size / 1e6:.1f} MB): "
          f"peak RSS {kib * 1024 / 1e6:6.1f} MB = {kib / 1024:6.1f} MiB ({verdict} the {TARGET_MB} MB target); "
          f"{seconds:.1f} s; exit {proc.returncode}")
    if proc.returncode:
        print(stderr.decode("utf-8", "replace")[-2000:])
    else:
        print("files:", ", ".join(Path(p).name for p in json.loads(stdout.decode().strip().splitlines()[-1])))


if __name__ == "__main__":
    main()
