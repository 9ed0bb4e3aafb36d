"""Cross-validation of the learned routing evidence on the tuning set only (never the held-out parts).

Run: ``python bench/learned_cv.py [--folds 5] [--models logreg:10,nb:0.1] [--weights 0,0.5,1,1.5,2]
[--max-features 4000] [--json]``

Items are grouped so near-duplicates (the same letter reworded: most of their words shared) fall in the
same fold; each fold's model is trained on the other folds, and the rules plus that model's evidence
(at each weight) decide the fold's items. Prints, per model and weight, the pooled figures of
bench/routing_eval.py (lead agency on routed items, category, complexity F1, urgent, triage share) and the
model's own accuracy (its best label alone). Weight 0 is the rules alone: the honest baseline. A model
trained on all tuning items scores near 100 % on them, so this, not routing_eval's tuning figure, is the
tuning figure of the learned evidence.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))
sys.path.insert(0, str(ROOT / "bench"))

import routing_eval
from hopthu.casework.learning import MAX_FEATURES, MIN_DF, Example, train
from hopthu.core.rules.learned import LearnedModel, features

NEAR = 0.6  # Jaccard similarity of two items' word sets at which they are one group


def groups(items: list[dict]) -> list[int]:
    """A group number per item: near-duplicates (word-set Jaccard >= NEAR) share one (union-find)."""
    sets = [{f for f in features(i.get("subject") or "", i.get("text") or "") if " " not in f} for i in items]
    parent = list(range(len(items)))

    def root(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            sa, sb = sets[a], sets[b]
            if sa and sb and len(sa & sb) / len(sa | sb) >= NEAR:
                parent[root(a)] = root(b)
    return [root(a) for a in range(len(items))]


def folds_of(items: list[dict], k: int) -> list[int]:
    """A fold per item: groups dealt to the folds, largest first, each to the smallest fold so far."""
    g = groups(items)
    members: dict[int, list[int]] = {}
    for i, gid in enumerate(g):
        members.setdefault(gid, []).append(i)
    sizes = [0] * k
    fold = [0] * len(items)
    for gid in sorted(members, key=lambda x: (-len(members[x]), members[x][0])):
        f = sizes.index(min(sizes))
        for i in members[gid]:
            fold[i] = f
        sizes[f] += len(members[gid])
    return fold


def example(item: dict) -> Example:
    return Example(item.get("subject") or "", item.get("text") or "", item["category"], item["lead_agency"] or None)


def cross_validate(items: list[dict], k: int, model: str, c: float, weights: list[float],
                   max_features: int = MAX_FEATURES, min_df: int = MIN_DF) -> dict:
    ruleset = routing_eval.load_ruleset()
    base = ruleset.settings
    fold = folds_of(items, k)
    rows: dict[float, list] = {w: [] for w in weights}
    alone_ok = 0
    for f in range(k):
        train_items = [it for it, fi in zip(items, fold) if fi != f]
        test_items = [it for it, fi in zip(items, fold) if fi == f]
        weights_text = train([example(i) for i in train_items], model=model, c=c, min_df=min_df,
                             max_features=max_features)
        learned = LearnedModel.from_dict(json.loads(weights_text))
        for it in test_items:
            top = learned.guess(it.get("subject") or "", it.get("text") or "", limit=1)
            if top and (top[0].category, top[0].agency) == (it["category"], it["lead_agency"] or None):
                alone_ok += 1
        ruleset.learned = learned
        for w in weights:
            ruleset.settings = dataclasses.replace(base, learned_weight=w)
            rows[w].extend(routing_eval.evaluate(ruleset, test_items)["rows"])
    ruleset.settings = base
    out = {}
    for w in weights:
        r = pooled(ruleset, rows[w])
        r["model_alone_accuracy"] = alone_ok / len(items)
        out[w] = r
    return out


def pooled(ruleset, rows: list) -> dict:
    """routing_eval's figures over the pooled (item, decision) rows of every fold."""
    class Fixed:
        triage_category = ruleset.triage_category
        _it = iter(d for _, d in rows)

        def classify(self, _sub):
            return next(self._it)

    r = routing_eval.evaluate(Fixed(), [i for i, _ in rows])  # type: ignore[arg-type]
    return {k: v for k, v in r.items() if k not in ("rows", "confusion")}


# Tuning batches scored blind when they came, with the commit that added them (its rules had not seen them)
BATCHES = (("f74dbfb", 334, 434), ("708cb71", 435, 486), ("10affd2", 487, 516), ("79abdcf", 517, 546),
           ("36dc934", 547, 611), ("51783de", 612, 641), ("43f1fb6", 642, 676), ("b3a247d", 677, 706))


def blind_batches(items: list[dict], model: str, c: float, weights: list[float],
                  max_features: int = MAX_FEATURES, min_df: int = MIN_DF) -> dict:
    """The rules as they were when each batch came (not yet tuned on it) plus a model trained on the items
    before it, deciding the batch: the learned evidence where the rules meet words they were not written
    for, as on the held-out parts. Pooled over the batches."""
    import subprocess
    import tarfile
    import tempfile
    from io import BytesIO

    number = lambda item: int(item["id"].rsplit("-", 1)[1])  # noqa: E731
    rows: dict[float, list] = {w: [] for w in weights}
    for commit, lo, hi in BATCHES:
        batch = [i for i in items if lo <= number(i) <= hi]
        before = [i for i in items if number(i) < lo]
        with tempfile.TemporaryDirectory() as tmp:
            blob = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "rules"], capture_output=True,
                                  check=True).stdout
            with tarfile.open(fileobj=BytesIO(blob)) as tar:
                tar.extractall(tmp, filter="data")
            ruleset = routing_eval.load_ruleset(Path(tmp) / "rules")
        base = ruleset.settings
        ruleset.learned = LearnedModel.from_dict(json.loads(train(
            [example(i) for i in before], model=model, c=c, min_df=min_df, max_features=max_features)))
        for w in weights:
            ruleset.settings = dataclasses.replace(base, learned_weight=w)
            rows[w].extend(routing_eval.evaluate(ruleset, batch)["rows"])
    ruleset = routing_eval.load_ruleset()
    out = {}
    for w in weights:
        out[w] = pooled(ruleset, rows[w])
        out[w]["model_alone_accuracy"] = None
    return out


KEYS = ("lead_agency_accuracy", "category_accuracy", "complex_f1", "urgent_recall", "urgent_precision",
        "triage_share", "model_alone_accuracy")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--models", default="logreg:10", help="model:C pairs (logreg C, nb alpha), comma-separated")
    ap.add_argument("--weights", default="0,0.5,1,1.5,2,3")
    ap.add_argument("--max-features", type=int, default=MAX_FEATURES)
    ap.add_argument("--min-df", type=int, default=MIN_DF)
    ap.add_argument("--blind", action="store_true", help="the blind tuning batches instead of k folds")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    items = routing_eval.read_items("tuning")  # the tuning part only
    weights = [float(w) for w in args.weights.split(",")]
    results = {}
    for spec in args.models.split(","):
        model, _, c = spec.partition(":")
        run = blind_batches if args.blind else None
        if run is not None:
            results[spec] = run(items, model, float(c or 1), weights, args.max_features, args.min_df)
        else:
            results[spec] = cross_validate(items, args.folds, model, float(c or 1), weights, args.max_features,
                                           args.min_df)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print(f"tuning.jsonl: {len(items)} items, " + ("blind batches" if args.blind else
          f"{args.folds} folds grouped by near-duplicates") + ", "
          f"max {args.max_features} features, min df {args.min_df}")
    print(f"{'model':12} {'weight':>6} " + " ".join(f"{k[:14]:>14}" for k in KEYS))
    for spec, by_w in results.items():
        for w, r in by_w.items():
            cells = " ".join(f"{'n/a' if r[k] is None else f'{r[k] * 100:.1f}':>14}" for k in KEYS)
            print(f"{spec:12} {w:6.2f} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
