"""Measure the redactor on the labelled privacy set (tests/eval/privacy, rules in GUIDE.md).

Run: ``python bench/privacy_eval.py [--part tuning|heldout|fresh|both] [--misses] [--ids p-544:p-611]``
(``both``: all three parts; ``--ids`` scores only the tuning items in that id range, e.g. a new batch
scored blind before any tuning)

For each part it redacts ``subject + "\\n" + text`` as the pipeline does (no names given: the
labels never reach the redactor) and prints:
- recall of personal strings, overall and per kind (a string leaks if it still occurs, exact,
  case- and diacritics-sensitive);
- the share of non-personal words kept (words of the original, outside personal strings, that
  still occur in the output, counted per occurrence);
- keep strings lost and the items whose problem location did not survive, and for both the detector that took
  them (counts only: which detector over-redacts, on any part, without naming an item).
``--misses`` lists leaks and losses of the tuning part; it is refused with ``--part heldout`` or
``--part fresh`` (GUIDE.md: the held-out parts are measured once, never looked into), and only the
tuning part names the items whose location was lost.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

from hopthu.core import privacy
from hopthu.core.redact import redact
from hopthu.core.textnorm import nfc, unwrap

EVAL = ROOT / "tests" / "eval" / "privacy"
PARTS = {"tuning": EVAL / "tuning.jsonl", "heldout": EVAL / "heldout.jsonl", "fresh": EVAL / "fresh.jsonl"}
_WORD = re.compile(r"\w+")


@dataclass
class Figures:
    items: int = 0
    personal: int = 0
    removed: int = 0
    per_kind: dict = field(default_factory=lambda: collections.defaultdict(lambda: [0, 0]))  # kind -> [removed, total]
    words: int = 0
    words_kept: int = 0
    keep: int = 0
    keep_kept: int = 0
    located: int = 0
    location_kept: int = 0
    leaks: list = field(default_factory=list)
    lost: list = field(default_factory=list)
    lost_locations: list = field(default_factory=list)
    takers: collections.Counter = field(default_factory=collections.Counter)  # detector -> keep strings it took
    location_takers: collections.Counter = field(default_factory=collections.Counter)

    @property
    def recall(self) -> float:
        return self.removed / self.personal if self.personal else 1.0

    @property
    def kept(self) -> float:
        return self.words_kept / self.words if self.words else 1.0

    @property
    def location_survival(self) -> float:
        return self.location_kept / self.located if self.located else 1.0


def occurrences(text: str, s: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``s`` stands in ``text``, overlapping ones too."""
    found, start = [], text.find(s)
    while start >= 0:
        found.append((start, start + len(s)))
        start = text.find(s, start + 1)
    return found


def _personal_mask(text: str, strings: list[str]) -> list[bool]:
    mask = [False] * len(text)
    for a, b in (span for s in strings for span in occurrences(text, s)):
        mask[a:b] = [True] * (b - a)
    return mask


def _words_kept(original: str, personal: list[str], output: str) -> tuple[int, int]:
    """Non-personal words of the original (per occurrence) and how many of them the output still has."""
    mask = _personal_mask(original, personal)
    wanted = collections.Counter(m.group(0) for m in _WORD.finditer(original) if not any(mask[m.start() : m.end()]))
    have = collections.Counter(m.group(0) for m in _WORD.finditer(output))
    total = sum(wanted.values())
    kept = sum(min(n, have[w]) for w, n in wanted.items())
    return total, kept


def taker(item: dict, s: str) -> str:
    """The detector after whose pass ``s`` no longer stands in the redacted subject or text (as `redact` runs
    them, one after another); "unwrap" if joining wrapped lines already broke it, "both fields" if it spans them."""
    for raw in (item["subject"], item["text"]):
        if s not in raw:
            continue
        text = nfc(unwrap(raw))
        if s not in text:
            return "unwrap"
        try:
            for detector in privacy.DETECTORS:
                text = detector.apply(text)
                if s not in text:
                    return detector.name
        finally:
            privacy.forget_fold()
        return "?"
    return "both fields"


def evaluate(path: Path, ids: tuple[str, str] | None = None) -> Figures:
    fig = Figures()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if ids and not _in_range(item["id"], ids):
            continue
        original = item["subject"] + "\n" + item["text"]
        output = redact(item["subject"]) + "\n" + redact(item["text"])
        fig.items += 1
        for entry in item["personal"]:
            fig.personal += 1
            kind = fig.per_kind[entry["kind"]]
            kind[1] += 1
            if entry["s"] in output:
                fig.leaks.append((item["id"], entry["kind"], entry["s"]))
            else:
                fig.removed += 1
                kind[0] += 1
        for s in item["keep"]:
            fig.keep += 1
            if s in output:
                fig.keep_kept += 1
            else:
                fig.lost.append((item["id"], s))
                fig.takers[taker(item, s)] += 1
        if item["location"]:
            fig.located += 1
            if item["location"] in output:
                fig.location_kept += 1
            else:
                fig.lost_locations.append(item["id"])
                fig.location_takers[taker(item, item["location"])] += 1
        total, kept = _words_kept(original, [p["s"] for p in item["personal"]], output)
        fig.words += total
        fig.words_kept += kept
    return fig


def _in_range(item_id: str, ids: tuple[str, str]) -> bool:
    """Whether a "p-NNN" id lies in the range (both ends included), comparing the numbers."""
    def number(text: str) -> int:
        return int(text.rsplit("-", 1)[-1])
    return number(ids[0]) <= number(item_id) <= number(ids[1])


def report(name: str, fig: Figures, misses: bool) -> None:
    print(f"== {name}: {fig.items} items, {fig.personal} personal strings")
    print(f"recall of personal strings: {fig.recall:.1%} ({fig.removed}/{fig.personal})")
    for kind, (removed, total) in sorted(fig.per_kind.items()):
        print(f"  {kind:16} {removed / total:6.1%} ({removed}/{total})")
    print(f"non-personal words kept: {fig.kept:.1%} ({fig.words_kept}/{fig.words})")
    print(f"keep strings kept: {fig.keep_kept}/{fig.keep}" + _by_taker(fig.takers))
    print(f"location survived: {fig.location_kept}/{fig.located} items"
          + (f"; lost in {', '.join(fig.lost_locations)}" if fig.lost_locations and name == "tuning" else "")
          + _by_taker(fig.location_takers))
    if misses:
        for item_id, kind, s in fig.leaks:
            print(f"  LEAK {item_id} {kind}: {s!r}")
        for item_id, s in fig.lost:
            print(f"  LOST {item_id}: {s!r}")


def _by_taker(takers: collections.Counter) -> str:
    if not takers:
        return ""
    return "; taken by " + ", ".join(f"{name} {n}" for name, n in takers.most_common())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*PARTS, "both"), default="both")
    parser.add_argument("--misses", action="store_true", help="list leaks and lost strings (tuning part only)")
    parser.add_argument("--ids", metavar="FIRST:LAST",
                        help="only the tuning items from FIRST to LAST (e.g. p-544:p-611): a new batch")
    args = parser.parse_args(argv)
    if args.misses and args.part in ("heldout", "fresh"):
        parser.error("--misses is for the tuning part only: held-out items are never looked into")
    ids = None
    if args.ids:
        if args.part != "tuning":
            parser.error("--ids is for the tuning part only: held-out items are never scored one by one")
        first, _, last = args.ids.partition(":")
        ids = (first, last or first)
    parts = tuple(PARTS) if args.part == "both" else (args.part,)
    for name in parts:
        report(name, evaluate(PARTS[name], ids), args.misses and name == "tuning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
