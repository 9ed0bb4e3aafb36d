"""What the rules found in one message, per agency: the evidence a decision is weighed from.

Owns: what one matched rule contributed (`RuleMatch`, its words asked for only when shown, its hits weighed
where they stand: told as background or as context, actual, present, a danger now), the evidence per agency
(`Candidate`, its rules listed lazily), and how a rule is named in a decision's "why". Pure: no I/O;
`weighing.decide` picks among the candidates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from hopthu.core.rules.paragraphs import in_story  # the story before the letter's business

if TYPE_CHECKING:
    from hopthu.core.rules.context import Context
    from hopthu.core.rules.evidence import HitWeight, Placement
    from hopthu.core.rules.rule import Rule


class RuleMatch:
    """One rule that matched one message, with its weighed evidence (the words, lazily: only the
    rules an explanation shows are asked why)."""

    __slots__ = ("rule", "score", "agency", "_ctx", "_where", "_evidence", "_hits")

    def __init__(self, rule: Rule, score: float, agency: str | None, ctx: Context, where: Placement):
        self.rule = rule
        self.score = score
        self.agency = agency  # where its category sends the case (deciding rules)
        self._ctx = ctx
        self._where = where
        self._evidence: list[str] | None = None
        self._hits: list[HitWeight] | None = None

    @property
    def evidence(self) -> list[str]:
        if self._evidence is None:
            self._evidence = self.rule.when.test(self._ctx) or []
        return self._evidence

    @property
    def hits(self) -> list[HitWeight]:
        if self._hits is None:
            self._hits = [self._where.weigh_hit(h) for h in self.rule.when.hits(self._ctx)]
        return self._hits

    @property
    def background(self) -> bool:
        """Whether all its evidence is the story told before the letter turns to its business."""
        text = self._where.place("text")
        return in_story(text.starts, text.told, [h.hit.pos if h.hit.place == "text" else -1 for h in self.hits])

    @property
    def context(self) -> bool:
        """Whether all its evidence is context, no matter of the letter: the story before its business, or the
        writer's introduction ("Tôi là Ngô Thị Lan, 58 tuổi, bán hàng rong": who, which trade, where they live)
        or signature block ("Thay mặt Chi hội người cao tuổi tổ 19: ...", `signature.py`; `Place.intro`, which
        holds the story too)."""
        text = self._where.place("text")
        return in_story(text.starts, text.intro, [h.hit.pos if h.hit.place == "text" else -1 for h in self.hits])

    @property
    def actual(self) -> bool:
        """Whether its evidence tells of an actual case, not one denied, imagined or asked about."""
        return self._where.actual(self.hits)

    @property
    def present(self) -> bool:
        """Whether its evidence tells of something here and now (see `Placement.present`)."""
        return self._where.present(self.hits)

    @property
    def danger_now(self) -> bool:
        """Whether its evidence tells of a danger here and now: present, and not a habit nor ambiguous words."""
        return self.present and not self._where.lasting(self.hits)

    @property
    def notes(self) -> list[str]:
        """Why its hits were discounted or raised ("bị phủ định", "trong câu đề nghị"...)."""
        scoring = self.rule.when.scoring_keywords()
        if scoring is not None and self._hits is None:  # straight from the keywords' places
            return self._where.notes(scoring & self._ctx.present)
        return sorted({h.note for h in self.hits if h.note})

    def describe(self, scored: bool = True) -> str:
        """``scored``: add the score and the notes (left out when nothing competed with this rule)."""
        notes = self.notes
        if not scored and not notes:
            return why_rule(self.rule, self.evidence)
        extra = f"; {', '.join(notes)}" if notes else ""
        return f"{why_rule(self.rule, self.evidence)} (điểm {self.score:.2f}{extra})"


class Candidate:
    """An agency (None: outside the ward's competence) with the evidence pointing to it.

    ``raw`` holds (rule, score) of each deciding rule in rule order; ``matches`` makes them
    RuleMatch objects on first use (most candidates are never shown, most rules never named).
    The engine sums the plain keyword rules per keyword (their totals are exact) and lists them
    only when ``raw`` is asked for: ``lazy`` then gives those rules of this agency, merged in rule order."""

    __slots__ = ("agency", "score", "categories", "_raw", "lazy", "_matches", "_msg")

    def __init__(self, agency: str | None, msg: tuple[Context, Placement]):
        self.agency = agency
        self.score = 0.0
        self.categories: dict[str, float] = {}
        self._raw: list[tuple[Rule, float]] = []
        # (candidate, category or None for all) -> its (rule, score), summed rules included, in rule order
        self.lazy: Callable[[Candidate, str | None], list[tuple[Rule, float]]] | None = None
        self._matches: list[RuleMatch] | None = None
        self._msg = msg

    @property
    def raw(self) -> list[tuple[Rule, float]]:
        if self.lazy is not None:
            lazy, self.lazy = self.lazy, None
            self._raw = lazy(self, None)
        return self._raw

    def set_raw(self, raw: list[tuple[Rule, float]]) -> None:
        """(rule, score) in rule order, of the rules not summed by the engine."""
        self._raw = raw

    def add(self, category: str, score: float) -> None:
        self.score += score
        self.categories[category] = self.categories.get(category, 0.0) + score

    def match(self, rule: Rule, score: float) -> RuleMatch:
        return RuleMatch(rule, score, self.agency, *self._msg)

    def strongest(self, category: str | None = None) -> list[tuple[Rule, float]]:
        """(rule, score) best first, of one category or all."""
        if category is not None and self.lazy is not None:  # only that category's rules are listed
            return sorted(self.lazy(self, category), key=lambda rs: -rs[1])
        found = self.raw if category is None else [(r, sc) for r, sc in self.raw if r.then.category == category]
        return sorted(found, key=lambda rs: -rs[1])

    @property
    def matches(self) -> list[RuleMatch]:
        if self._matches is None:
            self._matches = [self.match(rule, score) for rule, score in self.raw]
        return self._matches

    @property
    def category(self) -> str:
        """The category with the most evidence; on a tie, that of the first rule in file order."""
        top = max(self.categories.values())
        tied = [c for c, v in self.categories.items() if v >= top - 1e-9]
        if len(tied) > 1:
            for rule, _ in self.raw:
                if rule.then.category in tied:
                    return rule.then.category
        return tied[0]


def why_rule(rule: Rule, evidence: list[str]) -> str:
    if not evidence:  # only absences matched (a bare "not"): say what the rule checks
        return f'Quy tắc "{rule.name}": {rule.when.describe()}'
    return f'Quy tắc "{rule.name}": ' + ", ".join(dict.fromkeys(evidence))
