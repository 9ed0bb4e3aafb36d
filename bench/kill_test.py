"""The kill test, long: the real daemon against a real Dovecot and an aiosmtpd sink (Form file, XLSX
register), killed at every named crash point several times (hopthu/crashpoints.py, `HOPTHU_CRASH_AT`) and
by SIGKILL at random moments of `hopthu run`, 100+ kills in all, restarted until nothing is left to do.
Prints, per crash point, the kills; then submissions, cases, emails expected, delivered, duplicates (each
with the same Message-ID), lost. Exit status 1 when a check fails (tests/killrig.py says which).

    PYTHONPATH=daemon python bench/kill_test.py [--per-point 12] [--random 30] [--seed 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "daemon"), str(ROOT / "tests")]


#: how often one `hopthu once` passes a point (with the few items fed before it): the nth passage is armed
PASSES = {"after_smtp_250": 3, "after_case_open": 3, "after_intake_journalled": 2}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-point", type=int, default=12, help="kills at each named crash point")
    parser.add_argument("--random", type=int, default=30, help="SIGKILLs at random moments of `hopthu run`")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="the figures as JSON too")
    args = parser.parse_args()

    import random

    from hopthu import crashpoints
    from killrig import KillRig, as_json, table

    import mailservers

    rng = random.Random(args.seed)
    started = time.monotonic()
    dovecot, sink = mailservers.Dovecot(None).start(), mailservers.SmtpSink().start()
    try:
        with tempfile.TemporaryDirectory(prefix="hopthu-kill-") as tmp:
            rig = KillRig(Path(tmp), dovecot, sink, officers=args.per_point, seed=args.seed)
            # The officers' digest goes once a day, one email per officer: its kills first, one officer each.
            for _ in range(args.per_point):
                rig.feed(rng.randint(0, 2), rng.randint(0, 1))
                rig.once("during_reminders")
            plan = [p for p in crashpoints.POINTS if p != "during_reminders"] * args.per_point
            plan += ["random"] * args.random
            rng.shuffle(plan)
            for n, point in enumerate(plan, 1):
                rig.feed(rng.randint(1, 4), rng.randint(0, 2))
                if point == "random":
                    rig.kill_randomly(0.5, 8.0)
                else:
                    rig.once(f"{point}:{rng.randint(1, PASSES.get(point, 1))}")
                if n % 10 == 0:
                    print(f"  {n}/{len(plan)} runs, {sum(rig.figures.kills.values())} kills, "
                          f"{time.monotonic() - started:.0f} s", flush=True)
            rig.settle()
            figures = rig.verify()
            rig.close()
    finally:
        dovecot.close()
        sink.stop()
    print(table(figures))
    print(f"took {time.monotonic() - started:.0f} s")
    if args.json:
        print(as_json(figures))
    for problem in figures.problems[:20]:
        print("PROBLEM:", problem)
    return 0 if figures.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
