"""The rendering worker: `python -m hopthu.reports.render JOB.json` writes a report's files and prints
their paths as one JSON list on stdout.

A separate, short-lived process on purpose: matplotlib, fpdf2, python-docx and segno cost tens of
megabytes once imported, and the daemon idles for weeks between reports (bench/idle_rss.py). The job
file holds everything (figures as plain data, the ward's names, paths): the worker opens no journal
and no configuration, so it sees nothing personal.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def run(job: dict) -> list[Path]:
    out = Path(job["out"])
    kind = job["kind"]
    if kind == "monthly":
        from hopthu.reports import monthly

        return monthly.render(job["figures"], job["meta"], out, Path(job["templates"]))
    if kind == "review":
        from hopthu.reports import review

        return review.render(job["figures"], job["meta"], job["document"], out)
    if kind == "posters":
        from hopthu.reports import posters

        return posters.render(job["posters"], job["meta"], out)
    raise ValueError(f"unknown report kind {kind!r}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m hopthu.reports.render JOB.json", file=sys.stderr)
        return 2
    job = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    files = run(job)
    print(json.dumps([str(f) for f in files], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
