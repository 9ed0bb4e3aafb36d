"""Training the learned model of routing (`hopthu rules learn`, bench/learned_cv.py): examples in, a
weights file's text out (`hopthu.core.rules.learned` scores it in the daemon, without scikit-learn).

Examples are the labelled routing set (tests/eval/routing/tuning.jsonl, or a file of the same format)
and the ward's corrected cases: a case whose category or lead agency an officer changed in the register,
or that an agency sent back and an officer then routed, with the category and agency it holds now. Its
text is what the journal still holds (the original while kept, else the redacted text), as `rules replay`
reads it.

scikit-learn is needed here only (the ``train`` extra); it is imported when training starts.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hopthu.core.rules.learned import dump, features

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from hopthu.journal import Journal

NEED_SKLEARN = ("cần thư viện scikit-learn để học (chỉ máy chạy lệnh này cần, daemon thì không): "
                "pip install \"hopthu[train]\" hoặc pip install scikit-learn")
# Chosen by grouped 5-fold cross-validation on the tuning set (bench/learned_cv.py).
MODEL = "logreg"
C = 10.0
MIN_DF = 2
MAX_FEATURES = 4000
CORRECTION_WEIGHT = 3.0  # a ward's own corrected case counts as this many examples of the generic set


class LearnError(RuntimeError):
    """Training cannot run (scikit-learn missing, no examples); the message is for the officer."""


@dataclass(frozen=True)
class Example:
    subject: str
    text: str
    category: str
    agency: str | None
    weight: float = 1.0
    code: str = ""  # the case code or the labelled item's id


def read_labelled(path: Path) -> list[Example]:
    """The items of a labelled routing set (JSON lines: subject, text, category, lead_agency)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append(Example(item.get("subject") or "", item.get("text") or "", item["category"],
                               item.get("lead_agency") or None, 1.0, item.get("id", "")))
    return out


def corrected_cases(journal: Journal, tz: ZoneInfo, *, since: str = "",
                    weight: float = CORRECTION_WEIGHT) -> list[Example]:
    """The ward's cases whose category or lead agency was corrected, as they stand now."""
    from hopthu.casework.replay import submission_for

    codes = {c.case_code for c in journal.corrections(since) if c.field in ("category", "agency")}
    out = []
    for case in journal.cases_of(sorted(codes)):
        if not case.category or (not case.agency and case.category != "ngoai_tham_quyen"):
            continue  # sent back and not routed again yet: nothing to learn
        sub, _ = submission_for(journal, case, tz)
        out.append(Example(sub.subject, sub.text, case.category, case.agency or None, weight, case.code))
    return out


def train(examples: Sequence[Example], *, model: str = MODEL, c: float = C, min_df: int = MIN_DF,
          max_features: int = MAX_FEATURES, trained_on: str = "") -> str:
    """A weights file's text for `LearnedModel`, trained on ``examples``."""
    try:
        import numpy as np
        from scipy.sparse import csr_matrix
        from sklearn.linear_model import LogisticRegression
        from sklearn.naive_bayes import MultinomialNB
    except ImportError as exc:
        raise LearnError(NEED_SKLEARN) from exc
    labels = sorted({(e.category, e.agency) for e in examples}, key=lambda la: (la[0], la[1] or ""))
    if len(labels) < 2:
        raise LearnError("cần hồ sơ của ít nhất hai lĩnh vực hoặc cơ quan khác nhau để học")
    feats = [features(e.subject, e.text) for e in examples]
    vocabulary = select(feats, min_df, max_features)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows, cols, vals = [], [], []
    l2 = model == "logreg"
    for r, fs in enumerate(feats):
        present = [index[f] for f in fs if f in index]
        value = 1 / math.sqrt(len(present)) if (present and l2) else 1.0
        rows += [r] * len(present)
        cols += present
        vals += [value] * len(present)
    x = csr_matrix((vals, (rows, cols)), shape=(len(examples), len(vocabulary)))
    label_id = {la: i for i, la in enumerate(labels)}
    y = np.array([label_id[(e.category, e.agency)] for e in examples])
    w = np.array([e.weight for e in examples])
    present_labels = sorted(set(y.tolist()))
    if model == "logreg":
        clf: Any = LogisticRegression(C=c, max_iter=3000)
        clf.fit(x, y, sample_weight=w)
        coef, bias = clf.coef_, clf.intercept_
        if coef.shape[0] == 1:  # two labels: one row of weights for the second
            coef = np.vstack([-coef / 2, coef / 2])
            bias = np.array([-bias[0] / 2, bias[0] / 2])
        norm = "l2"
    elif model == "nb":
        clf = MultinomialNB(alpha=c)
        clf.fit(x, y, sample_weight=w)
        coef, bias = clf.feature_log_prob_, clf.class_log_prior_
        norm = "none"
    else:
        raise LearnError(f"unknown model {model!r}")
    kept = [labels[i] for i in present_labels]
    weights = coef.T.reshape(-1).tolist()  # feature-major: a feature's weights for every label together
    return dump(kept, vocabulary, weights, bias.tolist(), trained_on=trained_on, norm=norm)


def select(feats: Iterable[set[str]], min_df: int, max_features: int) -> list[str]:
    """The features found in at least ``min_df`` examples, the ``max_features`` most frequent of them."""
    df: Counter[str] = Counter()
    for fs in feats:
        df.update(fs)
    kept = sorted((f for f, n in df.items() if n >= min_df), key=lambda f: (-df[f], f))
    return sorted(kept[:max_features])
