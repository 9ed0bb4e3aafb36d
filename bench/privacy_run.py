"""The privacy set through the whole daemon: personal strings left in what leaves the front's hands.

Run: ``python bench/privacy_run.py [--part demo|tuning|heldout|fresh|all] [--limit N]``

Feeds the labelled items of tests/eval/privacy to a ward set up like the demo (emails into the Maildir
inbox, Form answers into the Form's file, paper items typed into the register by an officer), runs the
cycles until nothing is left, and looks for every labelled personal string in the outbox (except emails to
the citizen themself), the register, `hopthu cases --json`, `hopthu export`, the monthly reports and the
DEBUG log (tests/privacyrun.py says how). ``demo``: the demo's own sample data, its senders' names and contacts as
the labels. Prints, per part, the strings found after the run, split into the redactor's own misses
(bench/privacy_eval.py counts them on each text alone) and those the pipeline adds (target 0); the
tuning and demo parts name them, the held-out parts give counts only (GUIDE.md: never looked into).
tests/test_privacy_run.py is the bounded CI version. Asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))
sys.path.insert(0, str(ROOT / "tests"))

import privacyrun

PARTS = ("demo", "tuning", "heldout", "fresh")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=(*PARTS, "all"), default="all")
    ap.add_argument("--limit", type=int, default=0, help="only the first N items of each part")
    args = ap.parse_args()
    for part in PARTS if args.part == "all" else (args.part,):
        items = None if part == "demo" else privacyrun.read_items(part)
        if items is not None and args.limit:
            items = items[:args.limit]
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="hopthu-privacy-run-") as tmp:
            figures = privacyrun.PrivacyRun(Path(tmp), items).run()
        print(f"== {part} ({time.perf_counter() - started:.0f} s)")
        print(figures.table(names=part in ("demo", "tuning")))


if __name__ == "__main__":  # the letters' worker is a spawned process: it imports this module again
    main()
