"""Combining rule conditions: all of them, any of them, not this one (a rule's "all:", "any:", "not:" and
"exclude:"), and `gated_exclusion`, the shape the engine's index can decide without asking the condition.
Pure, no I/O. The leaves they combine are `conditions.py`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from hopthu.core.rules.conditions import Condition, Hit, KeywordsCond

if TYPE_CHECKING:
    from hopthu.core.rules.context import Context
    from hopthu.core.rules.matcher import Keyword


class _Group(Condition):
    """A condition over several: its keywords and regexes are its children's (for the index and the checks)."""

    def __init__(self, children: tuple[Condition, ...]):
        self.children = children

    def keywords(self) -> Iterable[Keyword]:
        for c in self.children:
            yield from c.keywords()

    def regexes(self) -> Iterable[Any]:
        for c in self.children:
            yield from c.regexes()


class AllOf(_Group):
    def gate(self) -> frozenset[str] | None:
        gates = [g for g in (c.gate() for c in self.children) if g is not None]
        return min(gates, key=len) if gates else None

    def holds(self, ctx: Context) -> bool:
        for c in self.children:  # a loop, not all(...): this is on the hot path
            if not c.holds(ctx):
                return False
        return True

    def scoring_keywords(self) -> frozenset[str] | None:
        if not hasattr(self, "_scoring"):
            sets = [c.scoring_keywords() for c in self.children]
            self._scoring = None if any(k is None for k in sets) else frozenset[str]().union(
                *(k for k in sets if k is not None))
        return self._scoring

    def test(self, ctx: Context) -> list[str] | None:
        evidence: list[str] = []
        for c in self.children:
            ev = c.test(ctx)
            if ev is None:
                return None
            evidence.extend(ev)
        return evidence

    def hits(self, ctx: Context) -> list[Hit]:
        return [h for c in self.children for h in c.hits(ctx)]

    def describe(self) -> str:
        if len(self.children) == 1:
            return self.children[0].describe()
        return " và ".join(f"({c.describe()})" for c in self.children)


class AnyOf(_Group):
    def gate(self) -> frozenset[str] | None:
        gates: list[frozenset[str]] = []
        for c in self.children:
            g = c.gate()
            if g is None:
                return None
            gates.append(g)
        return frozenset[str]().union(*gates)

    def holds(self, ctx: Context) -> bool:
        for c in self.children:
            if c.holds(ctx):
                return True
        return False

    def scoring_keywords(self) -> frozenset[str] | None:
        # the union only when a present keyword means its child holds (any-of keywords; or no keywords)
        if not hasattr(self, "_scoring"):
            out: set[str] | None = set()
            for c in self.children:
                k = c.scoring_keywords()
                if k is None or (k and not (isinstance(c, KeywordsCond) and not c.need_all)):
                    out = None
                    break
                out |= k  # type: ignore[operator]
            self._scoring = None if out is None else frozenset(out)
        return self._scoring

    def test(self, ctx: Context) -> list[str] | None:
        for c in self.children:
            ev = c.test(ctx)
            if ev is not None:
                return ev
        return None

    def hits(self, ctx: Context) -> list[Hit]:
        return [h for c in self.children if c.holds(ctx) for h in c.hits(ctx)]

    def describe(self) -> str:
        if len(self.children) == 1:
            return self.children[0].describe()
        return " hoặc ".join(f"({c.describe()})" for c in self.children)


def gated_exclusion(cond: Condition) -> frozenset[str] | None:
    """For a condition true exactly when one of its any-of keywords is present (which the engine's
    index guarantees) and none of some other keywords is: those other keywords ("exclude:", or
    "all: [keywords, not: keywords]"). None for any other shape."""
    if isinstance(cond, KeywordsCond):
        return frozenset() if not cond.need_all and not cond.subject_only else None
    if isinstance(cond, AllOf) and len(cond.children) == 2:
        first, second = cond.children
        inner = gated_exclusion(first)
        if inner is not None and isinstance(second, NotOf) and isinstance(second.child, KeywordsCond) \
                and not second.child.need_all and not second.child.subject_only:
            return inner | second.child.fcs
    return None


class NotOf(Condition):
    def __init__(self, child: Condition):
        self.child = child

    def keywords(self) -> Iterable[Keyword]:
        return self.child.keywords()

    def regexes(self) -> Iterable[Any]:
        return self.child.regexes()

    def test(self, ctx: Context) -> list[str] | None:
        # true says nothing worth repeating in ``why`` (an absence); see RuleSet._why
        return None if self.child.holds(ctx) else []

    def holds(self, ctx: Context) -> bool:
        return not self.child.holds(ctx)

    def scoring_keywords(self) -> frozenset[str]:
        return frozenset()  # an absence is no evidence

    def describe(self) -> str:
        return f"không ({self.child.describe()})"
