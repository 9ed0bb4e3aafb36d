"""Weighing the evidence of matched rules: how much one keyword hit counts, where it stands.

Owns: the weight of a hit (subject over body, the opening and the request over a passing
mention later, the salutation "Kính gửi ..." almost nothing, a longer phrase over a single
word, a negation or hypothetical cue just before it nearly nothing), a rule's score from its
hits, and the routing settings (thresholds). Pure text arithmetic: no I/O, no decision — the
engine sums the scores per category and agency and decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hopthu.core.rules.conditions import Context, Hit, Keyword, Matcher, afold
from hopthu.core.textnorm import fold_case

# Cues written just before a hit that make it say the opposite of what the keyword says.
NEGATION_CUES = ("không có", "không hề", "chưa từng", "chưa hề", "chưa có", "không phải", "không bị", "chẳng có")
HYPOTHETICAL_CUES = ("nếu", "lỡ", "nhỡ", "ngộ nhỡ", "giả sử", "phòng khi", "lỡ như", "nhỡ đâu", "kẻo", "đề phòng", "phòng ngừa")
# Words that announce what the citizen asks for: the sentence holding them is the letter's purpose.
REQUEST_CUES = (
    "đề nghị", "kiến nghị", "yêu cầu", "mong", "xin", "kính đề nghị", "bức xúc nhất",
    "việc chính", "quan trọng nhất", "chủ yếu", "đề xuất", "phản ánh",
)
SALUTATION_CUES = ("kính gửi", "đồng kính gửi", "kính thưa")
NEGATION_WINDOW = 28  # characters before the hit, same sentence: "không có ai bị thương"
HYPOTHETICAL_WINDOW = 70  # "nếu mưa to như năm ngoái, cây sẽ đổ"
_SENTENCE_END = re.compile(r"[.!?;\n]")


@dataclass(frozen=True)
class RoutingSettings:
    """``routing:`` in hopthu.yaml. Defaults measured on tests/eval/routing/tuning.jsonl."""

    mode: str = "evidence"  # "evidence" (weighed) or "first_match" (the old semantics)
    threshold: float = 0.5  # the lead agency needs at least this much evidence, else triage
    close_ratio: float = 0.97  # runner-up agency at or above this share of the top one: triage
    co_ratio: float = 0.7  # runner-up at or above this share (and above threshold): co-ordinating
    add_threshold: float = 0.5  # a flag/complex/co-agency adding rule needs this much evidence
    form_category_weight: float = 0.5  # the category the citizen picked on the Form

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> RoutingSettings:
        if not raw:
            return cls()
        if hasattr(raw, "model_dump"):
            raw = raw.model_dump()
        known = {k: v for k, v in dict(raw).items() if k in cls.__dataclass_fields__ and v is not None}
        return cls(**known)


def _cue_matcher(words: tuple[str, ...]) -> Matcher:
    return Matcher(Keyword.make(w) for w in words)


_NEGATION = _cue_matcher(NEGATION_CUES)
_HYPOTHETICAL = _cue_matcher(HYPOTHETICAL_CUES)
_REQUEST = _cue_matcher(REQUEST_CUES)
_SALUTATION = _cue_matcher(SALUTATION_CUES)


class Placement:
    """One message's subject and text in fold_case form, for looking around a hit."""

    __slots__ = ("subject", "text", "_sentences", "weights")

    def __init__(self, ctx: Context):
        self.subject = fold_case(ctx.sub.subject or "")
        self.text = fold_case(ctx.sub.text or "")
        self._sentences: dict[str, list[tuple[int, int]]] = {}
        # (place, pos, words) -> (weight, note): many rules share a keyword; its weight is computed once
        self.weights: dict[tuple[str, int, int], tuple[float, str]] = {}

    def sentence(self, place: str, pos: int) -> tuple[int, int]:
        spans = self._sentences.get(place)
        if spans is None:
            value = self.subject if place == "subject" else self.text
            spans, start = [], 0
            for m in _SENTENCE_END.finditer(value):
                spans.append((start, m.end()))
                start = m.end()
            spans.append((start, len(value)))
            self._sentences[place] = spans
        for start, end in spans:
            if start <= pos < end:
                return start, end
        return spans[-1]


@dataclass(frozen=True)
class HitWeight:
    hit: Hit
    weight: float
    note: str  # "" or why it was discounted / raised, in Vietnamese for `why`


def weigh_hit(hit: Hit, where: Placement) -> HitWeight:
    key = (hit.place, hit.pos, hit.words)
    known = where.weights.get(key)
    if known is None:
        hw = _weigh_hit(hit, where)
        where.weights[key] = (hw.weight, hw.note)
        return hw
    return HitWeight(hit, known[0], known[1])


def _weigh_hit(hit: Hit, where: Placement) -> HitWeight:
    if hit.place == "field":
        return HitWeight(hit, 1.0, "")  # a rule written on a Form answer asks for it explicitly
    specificity = min(1.6, 1.0 + 0.2 * (hit.words - 1))
    value = where.subject if hit.place == "subject" else where.text
    start, end = where.sentence(hit.place, hit.pos)
    before = value[max(start, hit.pos - HYPOTHETICAL_WINDOW) : hit.pos]
    near = value[max(start, hit.pos - NEGATION_WINDOW) : hit.pos]
    if near and _NEGATION.scan(near):
        return HitWeight(hit, 0.1 * specificity, "bị phủ định")
    if before and _HYPOTHETICAL.scan(before):
        return HitWeight(hit, 0.15 * specificity, "chỉ là giả định")
    if hit.place == "subject":
        return HitWeight(hit, 1.5 * specificity, "")
    sentence = value[start:end]
    if _SALUTATION.scan(sentence[:40]):
        return HitWeight(hit, 0.2 * specificity, "trong lời chào")
    weight = 1.0
    note = ""
    # a long letter's opening third states its business; later words are often context
    if len(value) > 300 and hit.pos > len(value) / 3:
        weight = 0.75
    if _REQUEST.scan(sentence):
        weight *= 1.3
        note = "trong câu đề nghị"
    return HitWeight(hit, weight * specificity, note)


def rule_score(hits: list[HitWeight], weight: float) -> float:
    """The best hit, plus a little for each further distinct hit (a letter dwells on its issue)."""
    if not hits:
        return weight  # a rule with no keyword evidence (sender, channel, a bare "not") matched as a whole
    at: dict[tuple[str, int], float] = {}  # one place counts once ("hàng xóm" and "hang xom" both hit it)
    for h in hits:
        key = (h.hit.place, h.hit.pos)
        at[key] = max(at.get(key, 0.0), h.weight)
    ordered = sorted(at.values(), reverse=True)
    best = ordered[0]
    more = min(sum(ordered[1:]) * 0.2, best)
    return weight * (best + more)


def same_label(a: str, b: str) -> bool:
    return afold(fold_case(a)) == afold(fold_case(b))
