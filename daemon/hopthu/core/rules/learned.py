"""Learned evidence: a small linear text model's guess at a message's (category, lead agency), weighed
next to the rules' evidence (`weighing.decide`), like the category a citizen picks on the Form.

The model is trained offline (`hopthu rules learn`, scikit-learn: the routing tuning set plus the ward's
officers' corrections) and shipped as a compact JSON file beside the rules (``rules/learned/routing.json``):
its labels (one per (category, agency) pair), and, base64-packed, the CRC-32 keys of its word features
(diacritics folded, unigrams and bigrams) and their float32 weights. Scoring is pure Python: the features
present in a message, the sum of their weights per label, a softmax. The weights are read on first use only
(a ruleset whose learned weight is 0 never reads them) and held as two flat arrays and a key → row index
(about 0.6 MB for 4,000 features and 14 labels), dropped again after each run of intakes
(`RuleSet.forget`): the idle daemon does not hold them.

Officers' YAML rules stay the source of truth: safety rules decide before any evidence is summed, and
the learned evidence is one more weighed source whose weight is ``routing.learned_weight``.
"""

from __future__ import annotations

import base64
import json
import math
import operator
import re
import sys
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hopthu.core.textnorm import fold, unwrap

LEARNED_FILE = "learned/routing.json"  # the learned model's weights, in the rules directory
FORMAT = 2
FEATURES = "word-1-2"  # the one feature scheme this scorer knows
_WORD = re.compile(r"[^\W\d_]+")
_MASK = re.compile(r"\[[^\[\]\n]{0,40}\]")  # masked personal data ("[họ tên]"): not a word of the letter
MIN_SHARE = 0.1  # a label under this probability adds no evidence (noise)
# A text with fewer of the model's words says nothing it can weigh: "xin chào" alone got 36 % "thủ tục"
# (the labels' base rates), enough to route a greeting that no rule matched. Kept in the weights file.
MIN_KNOWN = 4
SUBJECT_MARK = "s:"  # subject words are features of their own as well
_SENTENCES = re.compile(r"[.!?;\n]+")  # pairs of words are taken within one of these parts only


class LearnedError(ValueError):
    """A weights file that cannot be used (wrong format, inconsistent sizes)."""


def words(text: str) -> list[str]:
    """The words of ``text``, diacritics and case folded, personal-data masks and numbers left out."""
    return _WORD.findall(fold(_MASK.sub(" ", text or "")))


def features(subject: str, text: str) -> set[str]:
    """The features of a message: its words and pairs of neighbouring words (in a sentence), and the
    subject's words marked as such. Presence, not counts: a word said twice is one feature."""
    out: set[str] = set()
    # The sentences' masks taken out one by one (a mask never spans two), then all folded at once and split
    # again on "." (`fold` makes no "." of anything else, and no sentence holds one): one fold per message,
    # not one per sentence, the same words.
    masked = ".".join(_MASK.sub(" ", part) for part in _SENTENCES.split(f"{subject}\n{unwrap(text or '')}"))
    for part in fold(masked).split("."):
        ws = _WORD.findall(part)
        out.update(ws)
        out.update(map(" ".join, zip(ws, ws[1:], strict=False)))
    out.update(SUBJECT_MARK + w for w in words(subject))
    return out


@dataclass(frozen=True)
class Guess:
    """One label the model gives a share of its belief to."""

    category: str
    agency: str | None
    share: float


class LearnedModel:
    """The weights of one trained model, read lazily from ``source`` (a callable giving the file's text)."""

    def __init__(self, source: Callable[[], str], name: str = "",
                 known: tuple[Collection[str], Collection[str]] | None = None):
        self._source = source
        self.name = name  # where the weights come from, for messages
        # the configured (categories, agencies): a label naming another one is a stale file (`stale_labels`)
        self.known = known
        self._labels: list[tuple[str, str | None]] | None = None
        self._keys = array("I")  # the features' CRC-32, sorted: a feature's row is where its key stands
        self._weights = array("f")
        self._bias: list[float] = []
        self.trained_on = ""  # what it was trained on, as the file says
        self._l2 = True  # features counted 1/sqrt(n) (logistic regression) or 1 (naive Bayes log-probabilities)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], name: str = "",
                  known: tuple[Collection[str], Collection[str]] | None = None) -> LearnedModel:
        text = json.dumps(data)
        model = cls(lambda: text, name, known)
        model._load(data)
        return model

    @property
    def loaded(self) -> bool:
        return self._labels is not None

    def unload(self) -> None:
        """Drop the weights (about 0.6 MB): the next guess reads them again."""
        self._labels, self._keys, self._weights, self._bias = None, array("I"), array("f"), []

    def _ensure(self) -> list[tuple[str, str | None]]:
        if self._labels is None:
            try:
                text = self._source()
            except (OSError, ValueError) as exc:
                raise LearnedError(f"{self.name}: không đọc được tệp trọng số ({exc})") from exc
            try:
                data = json.loads(text)
            except ValueError as exc:
                raise LearnedError(f"{self.name}: tệp trọng số hỏng hoặc bị cắt ngang, không phải JSON đọc được "
                                   f"({exc})") from exc
            self._load(data)
        assert self._labels is not None
        return self._labels

    def _load(self, data: Mapping[str, Any]) -> None:
        if not isinstance(data, Mapping) or data.get("format") != FORMAT or data.get("features") != FEATURES:
            got = data.get("format") if isinstance(data, Mapping) else None
            raise LearnedError(f"{self.name}: tệp trọng số định dạng {got!r}, phần mềm này đọc định dạng {FORMAT} "
                               f"({FEATURES})")
        try:
            labels = [(str(c), (str(a) if a else None)) for c, a in data["labels"]]
            # two big buffers, no object per feature or weight: loading and dropping them leaves no scattered
            # small objects behind in the idle daemon's memory
            keys, flat = _unpack("I", data["keys"]), _unpack("f", data["weights"])
            bias = [float(b) for b in data["bias"]]
            min_known = int(data.get("min_known", MIN_KNOWN))
        except LearnedError as exc:
            raise LearnedError(f"{self.name}: {exc}") from exc
        except KeyError as exc:
            raise LearnedError(f"{self.name}: tệp trọng số thiếu trường {exc}") from exc
        except (TypeError, ValueError) as exc:  # a field of the wrong kind
            raise LearnedError(f"{self.name}: tệp trọng số có trường sai kiểu ({exc})") from exc
        if not labels or len(flat) != len(keys) * len(labels) or len(bias) != len(labels):
            raise LearnedError(f"{self.name}: kích thước trọng số không khớp ({len(keys)} đặc trưng × "
                               f"{len(labels)} nhãn cần {len(keys) * len(labels)} trọng số, tệp có {len(flat)}; "
                               f"{len(bias)} hệ số chặn)")
        if any(a >= b for a, b in zip(keys, keys[1:], strict=False)):
            raise LearnedError(f"{self.name}: khóa đặc trưng không theo thứ tự")
        if not all(map(math.isfinite, flat)) or not all(map(math.isfinite, bias)):
            raise LearnedError(f"{self.name}: có trọng số không phải số (NaN hoặc vô cực)")
        stale = stale_labels(labels, self.known)
        if stale:
            raise LearnedError(f"{self.name}: mô hình đã cũ, học theo lĩnh vực/cơ quan không còn trong cấu hình: "
                               + ", ".join(f"{c}/{a or '-'}" for c, a in stale))
        self._keys = keys
        self._weights = flat
        self._bias = bias
        self.trained_on = str(data.get("trained_on", ""))
        self._l2 = data.get("norm", "l2") == "l2"
        self._min_known = min_known
        self._labels = labels

    @property
    def labels(self) -> list[tuple[str, str | None]]:
        """The (category, agency) labels it was trained on (reads the weights)."""
        return list(self._ensure())

    @property
    def size(self) -> tuple[int, int]:
        """(features, labels)."""
        labels = self._ensure()
        return len(self._keys), len(labels)

    def scores(self, feats: Iterable[str]) -> list[float]:
        """The probability of each label (softmax over the linear scores of the features present,
        each feature counted 1/sqrt(n) for the n present: the l2 normalisation it was trained with)."""
        return self._probabilities(self._rows(feats))

    def _probabilities(self, rows: list[int]) -> list[float]:
        n = len(self._ensure())
        weights = self._weights
        totals = list(self._bias)
        if rows:
            scale = 1 / math.sqrt(len(rows)) if self._l2 else 1.0
            sums = [0.0] * n
            for r in rows:  # a row's n weights added at once (C-level map), not n steps of Python
                sums = list(map(operator.add, sums, weights[r * n:(r + 1) * n]))
            totals = [b + t * scale for b, t in zip(totals, sums, strict=True)]
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return [e / norm for e in exps]

    def _rows(self, feats: Iterable[str]) -> list[int]:
        """The weight rows of the features the model knows."""
        self._ensure()
        keys, rows = self._keys, []
        # the sorted keys searched in place (bisect, in C): a dict of key → row held ~0.2 MB more (int objects)
        # while letters are read, for a few hundred lookups a letter
        for k in map(zlib.crc32, map(str.encode, feats)):  # `key` of each feature, in C
            r = bisect_left(keys, k)
            if r < len(keys) and keys[r] == k:
                rows.append(r)
        return rows

    def guess(self, subject: str, text: str, limit: int = 3) -> list[Guess]:
        """The labels the model believes in (share at least `MIN_SHARE`), best first; none for a text with
        fewer of its features than the file's ``min_known`` (`MIN_KNOWN`)."""
        labels = self._ensure()
        rows = self._rows(features(subject, text))
        if len(rows) < self._min_known:
            return []
        probs = self._probabilities(rows)
        ranked = sorted(range(len(labels)), key=lambda j: -probs[j])[:limit]
        return [Guess(labels[j][0], labels[j][1], probs[j]) for j in ranked if probs[j] >= MIN_SHARE]


def stale_labels(labels: Iterable[tuple[str, str | None]],
                 known: tuple[Collection[str], Collection[str]] | None) -> list[tuple[str, str | None]]:
    """The labels naming a category or agency that ``known`` (configured categories, agencies) lacks: the
    configuration changed after the model was trained. None with ``known`` None."""
    if known is None:
        return []
    categories, agencies = known
    return [(c, a) for c, a in labels if c not in categories or (a is not None and a not in agencies)]


def key(feature: str) -> int:
    """A feature's key in a weights file: its CRC-32 (the words themselves are not kept)."""
    return zlib.crc32(feature.encode("utf-8"))


def _unpack(code: str, text: str) -> array[Any]:
    out = array(code)
    try:
        out.frombytes(base64.b64decode(text))
    except (ValueError, TypeError) as exc:
        raise LearnedError(f"trọng số không giải mã được ({exc})") from exc
    if sys.byteorder == "big":  # stored little-endian
        out.byteswap()
    return out


def _pack(code: str, values: Iterable[float]) -> str:
    out = array(code, values)
    if sys.byteorder == "big":
        out.byteswap()
    return base64.b64encode(out.tobytes()).decode("ascii")


def dump(labels: list[tuple[str, str | None]], vocabulary: list[str], weights: list[float],
         bias: Iterable[float], *, trained_on: str, norm: str = "l2", min_known: int = MIN_KNOWN) -> str:
    """A weights file's text (the trainer's side of `LearnedModel`); ``weights``: a row of one weight per
    label for each feature of ``vocabulary``, in its order. Rows are stored by the features' keys (a
    feature whose key another one already has is left out)."""
    n = len(labels)
    rows: dict[int, int] = {}
    for i, f in enumerate(vocabulary):
        rows.setdefault(key(f), i)
    keys = sorted(rows)
    flat = [w for k in keys for w in weights[rows[k] * n:(rows[k] + 1) * n]]
    return json.dumps({
        "format": FORMAT, "features": FEATURES, "trained_on": trained_on, "norm": norm, "min_known": min_known,
        "labels": [[c, a] for c, a in labels], "bias": [round(b, 4) for b in bias],
        "keys": _pack("I", keys), "weights": _pack("f", flat),
    }, ensure_ascii=False, separators=(",", ":"))


def learned_model(rules: str | Path | Iterable[str | Path], path: str | Path | None,
                  known: tuple[Collection[str], Collection[str]] | None = None) -> LearnedModel | None:
    """The model of weights file ``path``, else of ``<rules dir>/learned/routing.json``; None when there is
    no such file. Nothing is read until the model is first asked (`LearnedModel`); ``known``: the configured
    (categories, agencies) its labels must name."""
    if path is None or str(path) == "":
        if not isinstance(rules, (str, Path)) or not Path(rules).is_dir():
            return None
        path = Path(rules) / LEARNED_FILE
    file = Path(path)
    if not file.is_file():
        return None
    return LearnedModel(lambda: file.read_text(encoding="utf-8"), str(file), known)
