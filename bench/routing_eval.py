"""Routing evaluation: the configured rules over the labelled set of tests/eval/routing/.

Run: ``python bench/routing_eval.py [--half tuning|heldout|fresh|both] [--json] [--failures] [--ids r-A..r-B]
[--rules-only]``

The learned model shipped in rules/learned/ was trained on the tuning part, so the tuning figures with
it are near 100 % and mean nothing: its honest tuning figures are bench/learned_cv.py's cross-validation;
``--rules-only`` gives the rules' own.

Loads the categories and agencies of hopthu.example.yaml and the rules of rules/ exactly as
the daemon does, classifies every item of each part (tuning, heldout, fresh; ``both`` means all three) and prints, per part: lead-agency accuracy
on the items routed (not sent to triage), category accuracy, complexity precision/recall/F1,
urgent recall and precision, co-agency recall and precision, the triage share, spam and abuse
precision/recall, and the confusion table of lead agencies (rows: the label; columns: the
decision; "triage" for items held for an officer, and the row of the items labelled for triage).

``--ids r-435..r-486`` scores only that range of the tuning half (a batch of new items, scored blind
before any rule is changed for it). ``--failures`` lists the tuning half's misses one by one; it refuses the held-out parts (heldout and
fresh), whose items must never be studied (only their aggregate figures are looked at).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))

from hopthu.core.model import Channel, Submission
from hopthu.core.rules import RuleSet, load_rules

EVAL_DIR = ROOT / "tests" / "eval" / "routing"
HALVES = ("tuning", "heldout", "fresh")
HELD_OUT = ("heldout", "fresh")
TARGETS = {
    "lead_agency_accuracy": 0.95,
    "category_accuracy": 0.90,
    "complex_f1": 0.80,
    "urgent_recall": 1.0,
    "urgent_precision": 0.80,
}
TRIAGE_SHARE_MAX = 0.10
_TZ = timezone(timedelta(hours=7))


def load_ruleset(rules_dir: Path = ROOT / "rules", config_file: Path = ROOT / "hopthu.example.yaml",
                 learned: bool = True) -> RuleSet:
    """``learned=False``: the rules alone (the learned model's weight 0)."""
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    kwargs = {}
    for key in ("triage_category", "routing"):
        if key in config:
            kwargs[key] = config[key]
    if not learned:
        kwargs["routing"] = {**(kwargs.get("routing") or {}), "learned_weight": 0}
    return load_rules(rules_dir, categories=config["categories"], agencies=config["agencies"], **kwargs)


def read_items(half: str) -> list[dict]:
    path = EVAL_DIR / f"{half}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def submission(item: dict) -> Submission:
    return Submission(
        source_id=f"eval:{item['id']}",
        channel=Channel(item["channel"]),
        received_at=datetime(2026, 11, 20, 9, 0, tzinfo=_TZ),
        subject=item.get("subject") or "",
        text=item.get("text") or "",
        tdp=item.get("tdp") or "",
        picked_category=item.get("form_category") or "",
    )


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _pr(pred: list[bool], gold: list[bool]) -> tuple[float | None, float | None, float | None]:
    tp = sum(p and g for p, g in zip(pred, gold))
    precision = _ratio(tp, sum(pred))
    recall = _ratio(tp, sum(gold))
    f1 = None
    if precision is not None and recall is not None and precision + recall:
        f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def evaluate(ruleset: RuleSet, items: list[dict]) -> dict:
    """Aggregate figures for ``items`` (plus per-item outcomes under "rows", for --failures)."""
    triage = ruleset.triage_category
    rows = []
    for item in items:
        d = ruleset.classify(submission(item))
        rows.append((item, d))
    n = len(rows)
    routed = [(i, d) for i, d in rows if d.category != triage]
    lead_ok = sum(1 for i, d in routed if d.agency == i["lead_agency"])
    cat_ok = sum(1 for i, d in rows if d.category == i["category"])
    gold_co = sum(len(i["co_agencies"]) for i, _ in rows)
    pred_co = sum(len(d.co_agencies) for _, d in rows)
    co_hit = sum(len(set(i["co_agencies"]) & set(d.co_agencies)) for i, d in rows)
    cp, cr, cf = _pr([d.complex for _, d in rows], [i["complex"] for i, _ in rows])
    up, ur, _ = _pr(["urgent" in d.flags for _, d in rows], [i["urgent"] for i, _ in rows])
    sp, sr, _ = _pr(["spam" in d.flags for _, d in rows], [i["spam"] for i, _ in rows])
    ap, ar, _ = _pr(["abusive" in d.flags for _, d in rows], [i["abuse"] for i, _ in rows])
    confusion: Counter[tuple[str, str]] = Counter()
    for i, d in rows:
        # an item labelled for triage (`phan_loai`, whose configured agency is the front) is a "triage" row:
        # counted under its agency, every correct triage looked like a front letter sent to triage
        gold = "triage" if i["category"] == triage else (i["lead_agency"] or "(none)")
        pred = "triage" if d.category == triage else (d.agency or "(none)")
        confusion[(gold, pred)] += 1
    categories = Counter((i["category"], d.category) for i, d in rows if d.category != i["category"])
    return {
        "items": n,
        "routed": len(routed),
        "lead_agency_accuracy": _ratio(lead_ok, len(routed)),
        "category_accuracy": _ratio(cat_ok, n),
        "complex_precision": cp,
        "complex_recall": cr,
        "complex_f1": cf,
        "urgent_recall": ur,
        "urgent_precision": up,
        "co_agency_recall": _ratio(co_hit, gold_co),
        "co_agency_precision": _ratio(co_hit, pred_co),
        "triage_share": _ratio(n - len(routed), n),
        "spam_precision": sp,
        "spam_recall": sr,
        "abuse_precision": ap,
        "abuse_recall": ar,
        "confusion": {f"{g} -> {p}": c for (g, p), c in sorted(confusion.items())},
        "category_confusion": {f"{g} -> {p}": c for (g, p), c in categories.most_common()},
        "rows": rows,
    }


def _fmt(x: float | None, pct: bool = True) -> str:
    if x is None:
        return "   n/a"
    return f"{x * 100:5.1f} %" if pct else f"{x:6.2f}"


def report(half: str, r: dict) -> str:
    lines = [f"== {half}: {r['items']} items, {r['routed']} routed"]
    lines.append(f"  lead agency (routed items) {_fmt(r['lead_agency_accuracy'])}   target >= 95 %")
    lines.append(f"  category                   {_fmt(r['category_accuracy'])}   target >= 90 %")
    lines.append(
        f"  complex F1                 {_fmt(r['complex_f1'], False)}     "
        f"(precision {_fmt(r['complex_precision'])}, recall {_fmt(r['complex_recall'])}) target >= 0.80"
    )
    lines.append(f"  urgent recall              {_fmt(r['urgent_recall'])}   target 100 %")
    lines.append(f"  urgent precision           {_fmt(r['urgent_precision'])}   target >= 80 %")
    lines.append(
        f"  co-agency recall           {_fmt(r['co_agency_recall'])}   (precision {_fmt(r['co_agency_precision'])})"
    )
    lines.append(f"  triage share               {_fmt(r['triage_share'])}   target <= 10 %")
    lines.append(f"  spam precision / recall    {_fmt(r['spam_precision'])} / {_fmt(r['spam_recall'])}")
    lines.append(f"  abuse precision / recall   {_fmt(r['abuse_precision'])} / {_fmt(r['abuse_recall'])}")
    golds = sorted({k.split(" -> ")[0] for k in r["confusion"]})
    preds = sorted({k.split(" -> ")[1] for k in r["confusion"]})
    width = max(len(x) for x in golds + preds + ["label \\ decision"]) + 1
    lines.append("  lead agency confusion (rows: label, columns: decision)")
    lines.append("  " + "label \\ decision".ljust(width) + "".join(p[:9].rjust(10) for p in preds))
    for g in golds:
        cells = "".join(str(r["confusion"].get(f"{g} -> {p}", "") or ".").rjust(10) for p in preds)
        lines.append("  " + g.ljust(width) + cells)
    wrong = list(r["category_confusion"].items())
    if wrong:  # counts only, like the table above: they show which boundary a round should aim at
        lines.append("  category confusions, most frequent (label -> decision): "
                     + ", ".join(f"{pair} {n}" for pair, n in wrong[:12]))
    return "\n".join(lines)


def failures(r: dict, triage: str) -> str:
    out = []
    for item, d in r["rows"]:
        wrong = []
        if d.category != item["category"]:
            wrong.append(f"category {d.category} (label {item['category']})")
        if d.category != triage and d.agency != item["lead_agency"]:
            wrong.append(f"agency {d.agency} (label {item['lead_agency']})")
        if d.complex != item["complex"]:
            wrong.append(f"complex {d.complex}")
        if ("urgent" in d.flags) != item["urgent"]:
            wrong.append(f"urgent {'urgent' in d.flags}")
        if set(d.co_agencies) != set(item["co_agencies"]):
            wrong.append(f"co {d.co_agencies} (label {item['co_agencies']})")
        if wrong:
            text = (item["subject"] + " | " + item["text"]).replace("\n", " ")
            out.append(f"{item['id']} [{item['miss_class']}] " + "; ".join(wrong))
            out.append(f"    {text[:300]}")
            out.append(f"    why: {d.why[:400]}")
    return "\n".join(out)


def _in_range(items: list[dict], ids: str | None) -> list[dict]:
    if not ids:
        return items
    lo, _, hi = ids.partition("..")
    number = lambda item_id: int(item_id.rsplit("-", 1)[1])  # noqa: E731
    first, last = number(lo), number(hi or lo)
    return [i for i in items if first <= number(i["id"]) <= last]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=[*HALVES, "both"], default="both")
    ap.add_argument("--json", action="store_true", help="one JSON object: half -> figures")
    ap.add_argument("--failures", action="store_true", help="list the tuning half's misses")
    ap.add_argument("--rules", type=Path, default=ROOT / "rules")
    ap.add_argument("--rules-only", action="store_true",
                    help="the rules alone (learned model's weight 0): the honest tuning figure of the rules, since "
                         "the shipped model was trained on the tuning part (its own: bench/learned_cv.py)")
    ap.add_argument("--ids", help="only the tuning items r-A..r-B (inclusive), e.g. r-435..r-486")
    args = ap.parse_args(argv)
    halves = HALVES if args.half == "both" else (args.half,)
    if (args.failures or args.ids) and any(h in HELD_OUT for h in halves):
        ap.error("--failures and --ids are for the tuning half only (--half tuning): held-out items are never studied")
    ruleset = load_ruleset(args.rules, learned=not args.rules_only)
    results = {h: evaluate(ruleset, _in_range(read_items(h), args.ids)) for h in halves}
    if args.json:
        print(json.dumps({h: {k: v for k, v in r.items() if k != "rows"} for h, r in results.items()}, indent=1))
    else:
        for h, r in results.items():
            print(report(h, r))
            if args.failures:
                print(failures(r, ruleset.triage_category))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
