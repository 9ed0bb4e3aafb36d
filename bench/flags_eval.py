"""Precision and recall of the spam and abuse flags, as the pipeline sets them (rules + `core.flags` cues).

Run: ``python bench/flags_eval.py [--tuning-only] [--show-errors]``

Reads the labelled sets tests/eval/privacy/ and tests/eval/routing/ (tuning.jsonl and the held-out
heldout.jsonl and fresh.jsonl) and prints, for each set and part, the counts and the precision and recall of
both flags. Only aggregates are printed for the held-out parts; ``--show-errors`` lists the ids of the
misses and false alarms of the *tuning* halves only (tune there, never on the held-out half).
Targets on the held-out halves (issue 12): abuse recall 100 %, spam precision ≥ 95 %.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

from hopthu.core.flags import assess, combine
from hopthu.core.model import FLAGS, Channel, Submission
from hopthu.core.rules import load_rules

SETS = ("privacy", "routing")
HALVES = ("tuning", "heldout", "fresh")
TARGETS = {"abuse_recall": 1.0, "spam_precision": 0.95}


def ruleset():
    config = yaml.safe_load((ROOT / "hopthu.example.yaml").read_text(encoding="utf-8"))
    return load_rules(ROOT / "rules", categories=config["categories"], agencies=config["agencies"],
                      triage_category=config.get("triage_category", "phan_loai"))


def flags_of(rules, item: dict) -> list[str]:
    """What the pipeline flags for one labelled item (the same two steps as `casework.classify`)."""
    sub = Submission(source_id=item["id"], channel=Channel(item.get("channel") or "email"),
                     received_at=datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc),
                     subject=item.get("subject") or "", text=item.get("text") or "",
                     picked_category=item.get("form_category") or "")
    decision = rules.classify(sub)
    return combine(decision.flags, assess(sub.subject, sub.text), FLAGS)


def score(rules, items: list[dict]) -> dict:
    out: dict = {"items": len(items)}
    for label, flag in (("spam", "spam"), ("abuse", "abusive")):
        tp = fp = fn = 0
        errors: list[str] = []
        for item in items:
            got = flag in flags_of(rules, item)
            want = bool(item.get(label))
            tp += got and want
            fp += got and not want
            fn += want and not got
            if got != want:
                errors.append(f"{item['id']}:{'FP' if got else 'FN'}")
        out[label] = {
            "labelled": tp + fn, "flagged": tp + fp, "tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "errors": errors,
        }
    return out


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(halves=HALVES, sets=SETS) -> dict[tuple[str, str], dict]:
    rules = ruleset()
    return {(s, h): score(rules, load(ROOT / "tests" / "eval" / s / f"{h}.jsonl")) for s in sets for h in halves}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tuning-only", action="store_true", help="leave the held-out halves out")
    ap.add_argument("--show-errors", action="store_true", help="ids of misses and false alarms (tuning halves only)")
    args = ap.parse_args(argv)
    halves = ("tuning",) if args.tuning_only else HALVES
    results = evaluate(halves)
    print(f"{'set':8} {'half':8} {'items':>5}  {'spam P':>7} {'spam R':>7} (tp/fp/fn)   "
          f"{'abuse P':>7} {'abuse R':>7} (tp/fp/fn)")
    for (s, h), r in results.items():
        sp, ab = r["spam"], r["abuse"]
        print(f"{s:8} {h:8} {r['items']:5}  {sp['precision']:7.1%} {sp['recall']:7.1%} "
              f"({sp['tp']}/{sp['fp']}/{sp['fn']})   {ab['precision']:7.1%} {ab['recall']:7.1%} "
              f"({ab['tp']}/{ab['fp']}/{ab['fn']})")
        if args.show_errors and h == "tuning":
            for label in ("spam", "abuse"):
                if r[label]["errors"]:
                    print(f"    {label}: {' '.join(r[label]['errors'])}")
    for h in halves:
        rs = [r for (s, hh), r in results.items() if hh == h]
        agg = {label: {k: sum(r[label][k] for r in rs) for k in ("tp", "fp", "fn")} for label in ("spam", "abuse")}
        sp, ab = agg["spam"], agg["abuse"]
        sp_p = sp["tp"] / (sp["tp"] + sp["fp"]) if sp["tp"] + sp["fp"] else 1.0
        ab_r = ab["tp"] / (ab["tp"] + ab["fn"]) if ab["tp"] + ab["fn"] else 1.0
        print(f"both sets, {h}: spam precision {sp_p:.1%} (target ≥ {TARGETS['spam_precision']:.0%}), "
              f"abuse recall {ab_r:.1%} (target {TARGETS['abuse_recall']:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
