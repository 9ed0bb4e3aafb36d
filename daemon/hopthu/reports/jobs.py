"""What to render and where: figures computed here (cheap, pure), files made by the worker process.

The daemon and the CLI call `make_report` / `make_posters`; the heavy libraries are imported only in
the worker (`python -m hopthu.reports.render`), which exits when its files are written.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import hopthu
from hopthu.config import Config
from hopthu.errors import OperatorError
from hopthu.reports.figures import ReportCase, compute
from hopthu.reports.periods import Period

WORKER_TIMEOUT = 600


class ReportError(OperatorError):
    """A report could not be rendered; the message says why (the worker's last words)."""


def out_dir(config: Config) -> Path:
    return config.resolve(config.settings.reports.dir)


def chair_name(config: Config) -> str:
    doc = config.settings.reports.document
    if doc.signer:
        return doc.signer
    return next((o.name for o in config.settings.officers if "chair" in o.roles), "")


def meta(config: Config, today: date) -> dict[str, str]:
    ward = config.settings.ward
    place = ward.name
    for prefix in ("Phường ", "phường ", "Xã ", "xã "):
        if place.startswith(prefix):
            place = place[len(prefix):]
    return {"ward": ward.name, "place": place, "front": ward.front_name, "email": ward.front_email,
            "made_on": today.isoformat(), "chair": chair_name(config)}


def report_job(config: Config, cases: list[ReportCase], period: Period, *, as_of: date | None, today: date,
               calendar=None) -> dict:
    """The job for a monthly result (a month) or a report in the front's layout (quarter, half, year)."""
    r = config.settings.reports
    fig = compute(cases, period, as_of=as_of, cal=calendar, min_group=r.min_group, trend_months=r.trend_months)
    job = {"kind": "monthly" if period.kind == "month" else "review", "figures": fig.as_json(),
           "meta": meta(config, today), "out": str(out_dir(config) / period.key),
           "templates": str(config.templates_dir)}
    if period.kind != "month":
        job["document"] = dataclasses.asdict(r.document)
        job["document"]["partial"] = fig.as_of < period.last
    return job


def run_worker(job: dict, timeout: int = WORKER_TIMEOUT) -> list[Path]:
    """Render in a fresh interpreter; the files it wrote. ReportError with its last lines if it failed."""
    Path(job["out"]).mkdir(parents=True, exist_ok=True)
    fd, job_path = tempfile.mkstemp(prefix=".job-", suffix=".json", dir=job["out"])
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(job, fh, ensure_ascii=False)
    source_root = str(Path(hopthu.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (source_root, os.environ.get("PYTHONPATH", "")) if p),
           "MPLBACKEND": "Agg", "MPLCONFIGDIR": str(Path(tempfile.gettempdir()) / "hopthu-matplotlib")}
    try:
        done = subprocess.run([sys.executable, "-m", "hopthu.reports.render", job_path], capture_output=True,
                              text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        raise ReportError(f"vẽ báo cáo quá {timeout} giây, đã dừng") from None
    finally:
        Path(job_path).unlink(missing_ok=True)
    if done.returncode != 0:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        raise ReportError(f"không tạo được báo cáo ({job['kind']}): {tail}")
    return [Path(p) for p in json.loads(done.stdout.strip().splitlines()[-1])]


def make_report(config: Config, cases: list[ReportCase], period: Period, *, as_of: date | None = None,
                today: date, calendar=None) -> list[Path]:
    return run_worker(report_job(config, cases, period, as_of=as_of, today=today, calendar=calendar))


def make_posters(config: Config, today: date) -> tuple[list[Path], Path]:
    """Every place's poster (PDF and PNG) and a text file with the links to share online.
    ValueError when the Form's link is not configured."""
    from hopthu.reports.links import posters, shared_links

    r = config.settings.reports
    target = out_dir(config) / "ma-qr"
    job = {"kind": "posters", "meta": meta(config, today), "out": str(target),
           "posters": [{"name": p.name, "slug": p.slug, "url": p.url} for p in posters(r)]}
    files = run_worker(job)
    lines = ["Đường link góp ý để chia sẻ trên mạng (mỗi nơi một link, để biết ý kiến đến từ đâu):", ""]
    if not r.form.uniform_qr:
        lines += [f"{name}:\n{url}\n" for name, url in shared_links(r)]
    lines += ["Mã QR từng địa điểm:", ""] + [f"{p.name}:\n{p.url}\n" for p in posters(r)]
    text = target / "duong-link.txt"
    text.write_text("\n".join(lines), encoding="utf-8")
    return files, text
