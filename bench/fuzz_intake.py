"""The intake fuzzer, long: every CPython test_email message (tests/fixtures/cpython_email) and the project's
sample letters as they are, then thousands of mutations of them (tests/fuzzrig.py: byte flips, truncations,
duplicated headers, bogus charsets and encodings, nested multiparts, huge header lines up to 1 MB, control
characters, NULs, 8-bit headers, broken MIME, line endings), plus arbitrary bytes, each taken through the
pipeline's intake step (`process_pending`) and the real journal in a temporary ward.

Prints: inputs, crashes (an exception out of the step or the catch-all's quarantine: must be 0), items not
accounted for (neither a case nor set aside with a reason: must be 0), cases, quarantined, other outcomes,
the slowest items (seconds, which mutations) and the process's peak RSS. Exit status 1 on a crash.
The time budget per item is enforced by the pipeline; this records the slowest.

    PYTHONPATH=daemon python bench/fuzz_intake.py [--inputs 3000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "daemon"), str(ROOT / "tests")]

#: a fresh ward every so many inputs: the duplicate check compares a letter with the open cases, so one
#: ward holding thousands of cases would measure the journal's size, not the letter
WARD_SIZE = 400


def peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=3000, help="mutated letters (besides the seeds as they are)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    import logging

    from fuzzrig import MUTATIONS, IntakeHarness, cpython_letters, mutate, seed_letters

    logging.disable(logging.CRITICAL)  # each quarantine logs a line (a crash its traceback): counted below instead
    rng = random.Random(args.seed)
    seeds = seed_letters()
    cpython = cpython_letters()
    samples = seeds[: len(seeds) - len(cpython)]
    total = len(cpython) + len(samples) + args.inputs

    def work():
        """The inputs, made one at a time (a thousand 1 MB letters held at once would be the bench's RSS)."""
        yield from (("cpython as is", raw) for raw in cpython)
        yield from (("sample as is", raw) for raw in samples)
        for _ in range(args.inputs):
            if rng.random() < 0.05:
                yield "arbitrary bytes", bytes(rng.randrange(256) for _ in range(rng.randint(0, 5000)))
                continue
            ops = [(rng.choice(sorted(MUTATIONS)), rng.randrange(2**32)) for _ in range(rng.randint(1, 4))]
            yield "+".join(name for name, _ in ops), mutate(rng.choice(seeds), ops)

    outcomes: Counter = Counter()
    crashes: list[tuple[str, str]] = []
    unaccounted: list[str] = []
    slowest: list[tuple[float, str, int]] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hopthu-fuzz-") as tmp:
        harness = None
        for n, (what, raw) in enumerate(work()):
            if n % WARD_SIZE == 0:
                if harness is not None:
                    harness.close()
                harness = IntakeHarness(Path(tmp) / f"ward{n}")
            assert harness is not None
            outcome = harness.feed_letter(raw)
            outcomes["cased" if outcome.case_code else outcome.state] += 1
            slowest.append((outcome.seconds, what, len(raw)))
            if outcome.crashed:
                crashes.append((what, outcome.error[:200]))
            elif not outcome.accounted:
                unaccounted.append(f"{what}: {outcome.state} {outcome.reason!r}")
            if (n + 1) % 500 == 0:
                print(f"  {n + 1}/{total} inputs, {time.monotonic() - started:.0f} s", flush=True)
        if harness is not None:
            harness.close()
    slowest.sort(reverse=True)
    times = sorted(s for s, _, _ in slowest)
    print(f"inputs                {len(slowest)}")
    print(f"crashes               {len(crashes)}")
    print(f"not accounted for     {len(unaccounted)}")
    print(f"cases                 {outcomes['cased']}")
    print(f"quarantined           {outcomes['quarantined'] + outcomes['held']}")
    print(f"other (with reason)   {', '.join(f'{k} {v}' for k, v in sorted(outcomes.items()) if k not in ('cased', 'quarantined', 'held'))}")
    print(f"median item           {times[len(times) // 2] * 1000:.1f} ms")
    print(f"p99 item              {times[int(len(times) * 0.99)] * 1000:.1f} ms")
    for seconds, what, size in slowest[:5]:
        print(f"slow item             {seconds:.2f} s  ({size} bytes: {what})")
    print(f"peak RSS              {peak_rss_mb():.0f} MB")
    print(f"took                  {time.monotonic() - started:.0f} s")
    for what, error in crashes[:20]:
        print(f"CRASH {what}: {error}")
    for line in unaccounted[:20]:
        print(f"UNACCOUNTED {line}")
    return 1 if crashes or unaccounted else 0


if __name__ == "__main__":
    sys.exit(main())
