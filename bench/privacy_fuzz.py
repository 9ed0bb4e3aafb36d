"""The redactor over every cut of every tuning item: each item's subject and text cut at every word (every prefix
ending at a word, every suffix starting at one; tests/privacyfuzz.py), redacted by `core.privacy.redact_text`.

Prints: items, cuts, seconds, the slowest cut, crashes (an exception out of a detector: must be 0) and redactions
that did more than replace spans by markers (must be 0), with the first few of each. Exit status 1 on either.
The bounded version (a fixed sample of about 70 items) runs in tests/test_privacy_fuzz.py.

    PYTHONPATH=daemon python bench/privacy_fuzz.py [--items N] [--every K]
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "daemon"), str(ROOT / "tests")]

from hopthu.core.privacy import redact_text
from privacyfuzz import cuts, only_replaced, tuning_texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=0, help="only the first N items (0: all)")
    parser.add_argument("--every", type=int, default=1, help="only every K-th item (a quicker spread)")
    args = parser.parse_args()
    texts = tuning_texts()[:: args.every]
    if args.items:
        texts = texts[: args.items]
    crashes: dict[str, tuple[str, str]] = {}
    mangled: list[tuple[str, str]] = []
    count, slowest, started = 0, (0.0, ""), time.perf_counter()
    for item, text in texts:
        for piece in cuts(text):
            count += 1
            began = time.perf_counter()
            try:
                out = redact_text(piece)
            except Exception:
                where = traceback.format_exc().strip().splitlines()[-3].strip()
                crashes.setdefault(where, (item, piece[-80:]))
                continue
            took = time.perf_counter() - began
            if took > slowest[0]:
                slowest = (took, item)
            if not only_replaced(piece, out):
                mangled.append((item, piece[-80:]))
    print(f"items {len(texts)}, cuts {count}, {time.perf_counter() - started:.1f} s, "
          f"slowest cut {slowest[0] * 1000:.1f} ms ({slowest[1]})")
    print(f"crashes: {len(crashes)} distinct places; more than replaced: {len(mangled)}")
    for where, (item, tail) in list(crashes.items())[:10]:
        print(f"  crash {item}: {where} … {tail!r}")
    for item, tail in mangled[:10]:
        print(f"  mangled {item}: … {tail!r}")
    return 1 if crashes or mangled else 0


if __name__ == "__main__":
    sys.exit(main())
