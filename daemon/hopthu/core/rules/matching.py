"""Matching one message against the compiled rules: which rules its keywords point to, which of them hold,
and each one's score, summed per agency and category.

Owns: compiling the rules (one keyword matcher for every rule's keywords and the weighing cues, the officers'
patterns' prefilter), the plan of each rule (must its condition be asked, which keywords its score comes from),
the keyword index, and the hot loop that scores the matching rules (`RuleIndex._match`; most rules are never
tried one by one: their weight is counted per keyword, `_sum_counted`). Pure, no I/O. Deciding from the
totals, explaining, and the old first-match semantics are `engine.RuleSet`, which builds on this.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import chain
from math import fsum
from typing import TYPE_CHECKING

from hopthu.core.rules.candidates import Candidate, RuleMatch
from hopthu.core.rules.combinators import gated_exclusion
from hopthu.core.rules.conditions import KeywordsCond
from hopthu.core.rules.cues import cue_words
from hopthu.core.rules.labels import may_overlap
from hopthu.core.rules.matcher import Keyword, Matcher
from hopthu.core.rules.safe_regex import Prefilter

if TYPE_CHECKING:
    from hopthu.core.rules.context import Context
    from hopthu.core.rules.evidence import Placement
    from hopthu.core.rules.rule import Rule

# the totals per agency and category, rounded to this many decimals: the same whether a rule was tried one by
# one or counted per keyword (the sums' float error, ~1e-16, never reaches it; scores are shown with 2)
SCORE_DIGITS = 9


class RuleIndex:
    """The compiled rules and their index; `_match` scores the rules that hold for one message."""

    def __init__(self, rules: list[Rule], cat_agency: dict[str, str | None]):
        self.rules: list[Rule] = list(rules)
        self._cat_agency = cat_agency
        active = [(i, r) for i, r in enumerate(self.rules) if r.enabled]
        rule_keywords = [kw for _, r in active for kw in r.when.keywords()]
        self.keyword_count = len({(kw.f, kw.fc) for kw in rule_keywords})
        # the weighing cues ride along: one scan of a message finds its keywords and its cues
        self._matcher = Matcher([*rule_keywords, *(Keyword.make(w) for w in cue_words())])
        # the officers' patterns, looked for first by the literal strings they need (one pass for all)
        self._prefilter = Prefilter([p for _, r in active for p in r.when.regexes()])
        self._prefilter.forget()  # the patterns were compiled to check them: none kept until a letter comes
        # per rule: (rule, must check it holds, the keywords its score comes from or None, whether two
        # of them may hit one place, its agency). One any-of keyword list holds whenever the index
        # brings the rule up; the score of a rule made of keywords needs only the keywords present.
        # "check": None when the index bringing the rule up proves it holds; the keywords whose
        # absence it also needs (an "exclude:"); or True: ask the condition.
        self._plan: list[tuple[Rule, frozenset[str] | bool | None, frozenset[str] | None, bool, str | None,
                               str | None, float, bool]] = []
        for rule in self.rules:
            when = rule.when
            excluded = gated_exclusion(when)
            check: frozenset[str] | bool | None = True if excluded is None else (excluded or None)
            then = rule.then
            agency = then.agency if then.agency_given else self._cat_agency.get(then.category or "")
            scoring = when.scoring_keywords()
            self._plan.append((rule, check, scoring, bool(scoring) and may_overlap(scoring or ()), agency,
                               (then.category or None) if rule.stop else None, rule.weight, rule.priority > 0))
        # The hot path: a deciding keyword rule (any of its keywords, no exclusion, not a safety rule)
        # holds whenever the index brings it up and scores from its keywords present alone:
        # (rule, its one keyword or None, its keywords, weight, (agency, category)), else None.
        # An adding rule (stop: false) of that shape takes the same path, with no (agency, category).
        self._fast: list[tuple[Rule, str | None, frozenset[str], float, tuple[str | None, str] | None] | None] = []
        for rule, check, scoring, overlap, agency, category, weight, safe in self._plan:
            plain = (rule.enabled and check is None and bool(scoring) and not overlap and not safe
                     and isinstance(rule.when, KeywordsCond) and rule.when.gate() == scoring)
            if plain and scoring is not None:
                one = next(iter(scoring)) if len(scoring) == 1 else None
                self._fast.append((rule, one, scoring, weight, None if category is None else (agency, category)))
            else:
                self._fast.append(None)
        # Among those, the rules whose weight is a whole number of tenths (1.0, 0.8...: nearly all) are
        # not tried one by one at all: per keyword present, C-level counters add up how many tenths of
        # weight each (agency, category) gets from rules with that keyword, grouped by the keyword's
        # weight in this message (`_sum_counted`); the few rules with several keywords present are then
        # corrected to their own score. A candidate lists its rules only when asked (`Candidate.raw`).
        self._order = {id(r): i for i, r in enumerate(self.rules)}
        self._targets: list[tuple[str | None, str]] = []
        target_id: dict[tuple[str | None, str], int] = {}
        units_of: dict[str, list[int]] = {}
        rules_of: dict[str, list[int]] = {}
        agency_kw: dict[tuple[str | None, str], dict[str, list[int]]] = {}
        counted: set[int] = set()
        for i, fast in enumerate(self._fast):
            if fast is None or fast[4] is None:
                continue
            _, _, keys, weight, key_or_none = fast
            key = key_or_none or (None, "")
            units = round(weight * 10)
            if not (1 <= units <= 30 and abs(units - weight * 10) < 1e-9):
                continue
            counted.add(i)
            tid = target_id.setdefault(key, len(target_id))
            for fc in keys:
                units_of.setdefault(fc, []).extend([tid] * units)
                rules_of.setdefault(fc, []).append(i)
                agency_kw.setdefault(key, {}).setdefault(fc, []).append(i)
        self._targets = list(target_id)
        self._units_of = {fc: tuple(v) for fc, v in units_of.items()}
        self._rules_of = {fc: tuple(v) for fc, v in rules_of.items()}
        self._target_kw = {t: {fc: tuple(v) for fc, v in kws.items()} for t, kws in agency_kw.items()}
        self._counted_keys = frozenset(units_of)
        # per counted keyword: each agency's first rule (by index) with that keyword, for the candidates' order
        first_of: dict[str, dict[str | None, int]] = {}
        for fc, idx in self._rules_of.items():
            mine = first_of[fc] = {}
            for i in idx:  # in rule order: the first one kept
                mine.setdefault(self._fast[i][4][0], i)  # type: ignore[index]
        self._first_of = {fc: tuple(v.items()) for fc, v in first_of.items()}
        self._always: list[int] = []
        by_keyword: dict[str, list[int]] = {}  # the rules tried one by one (weighing)
        by_keyword_all: dict[str, list[int]] = {}  # every rule (first match, which tries them in order)
        for i, rule in active:
            gate = rule.when.gate()
            if gate is None:
                self._always.append(i)
                continue
            for kw_fc in gate:
                by_keyword_all.setdefault(kw_fc, []).append(i)
                if i not in counted:
                    by_keyword.setdefault(kw_fc, []).append(i)
        # held as tuples: a list keeps room to grow in each of some 6,000 entries
        self._by_keyword = {k: tuple(v) for k, v in by_keyword.items()}
        self._by_keyword_all = {k: tuple(v) for k, v in by_keyword_all.items()}
        self._always_set = frozenset(self._always)

    def _candidates(self, ctx: Context, every: bool = False) -> list[int]:
        """The rules a message's keywords point to, in order (``every``: the counted ones too)."""
        hits = ctx.all_hits
        if not hits:
            return self._always
        found = set(self._always_set)
        by_kw = self._by_keyword_all if every else self._by_keyword
        for kw_fc in hits:
            idx = by_kw.get(kw_fc)
            if idx:
                found.update(idx)
        return sorted(found)

    def _match(self, msg: tuple[Context, Placement]
               ) -> tuple[Candidate, list[RuleMatch], dict[str | None, Candidate]]:
        """The rules a message's keywords point to that hold, each with its score: the adding rules
        (``additions``), the safety rules among them, and a Candidate per agency (its evidence per category)."""
        ctx, where = msg
        present = ctx.present
        plan = self._plan
        keyword_score = where.keyword_score
        additions = Candidate(None, msg)
        candidates = self._candidates(ctx)
        counted = present & self._counted_keys
        if candidates or counted:
            bests, totals, alone = where.tally()
            best_of, total_of = bests.__getitem__, totals.__getitem__
        safety: list[RuleMatch] = []
        # evidence per (agency, category) and (rule, score) per agency, in rule order; made Candidates after
        sums: dict[tuple[str | None, str], float] = {}
        raws: dict[str | None, list[tuple[Rule, float]]] = {}
        sums_get, raws_get = sums.get, raws.get
        fast_plan = self._fast
        added_raw = additions._raw
        for i in candidates:
            fast = fast_plan[i]
            if fast is not None:
                rule, one, keys, weight, key = fast
                if one is not None:
                    score = weight * alone[one]
                else:
                    hit = keys & present
                    if len(hit) == 1:
                        for fc in hit:
                            score = weight * alone[fc]
                    else:
                        best = max(map(best_of, hit))
                        total = fsum(map(total_of, hit))
                        score = weight * (best + min((total - best) * 0.2, best))
                if key is None:  # an adding rule
                    added_raw.append((rule, score))
                    continue
                sums[key] = sums_get(key, 0.0) + score
                listed = raws_get(key[0])
                if listed is None:
                    raws[key[0]] = [(rule, score)]
                else:
                    listed.append((rule, score))
                continue
            rule, check, scoring, overlap, agency, category, weight, safe = plan[i]
            if check is not None:
                if check is True:
                    if not rule.when.holds(ctx):
                        continue
                elif not check.isdisjoint(present):  # type: ignore[union-attr]
                    continue
            if scoring is None:
                score = where.hits_score([where.weigh_hit(h) for h in rule.when.hits(ctx)], weight)
                found = None
            else:
                # the index brought it up: a one-keyword rule's keyword is present
                found = scoring if len(scoring) == 1 and check is not True else scoring & present
            # keyword_score inlined (the hot loop): one keyword present, or places known to be distinct
            if found is None:
                pass
            elif len(found) == 1:
                for fc in found:
                    score = weight * alone[fc]
            elif not found:  # nothing but absences, sender, channel: the rule as a whole
                score = weight
            elif overlap:
                score = keyword_score(found, weight, True)
            else:
                best = max(map(best_of, found))
                total = fsum(map(total_of, found))
                score = weight * (best + min((total - best) * 0.2, best))
            if category is None:  # an adding rule (stop: false)
                additions.raw.append((rule, score))
                continue
            if safe:
                safety.append(RuleMatch(rule, score, agency, ctx, where))
            key = (agency, category)
            sums[key] = sums_get(key, 0.0) + score
            listed = raws_get(agency)
            if listed is None:
                raws[agency] = [(rule, score)]
            else:
                listed.append((rule, score))
        fill = self._sum_counted(counted, present, alone, bests, totals, sums) if counted else None
        # The candidates in the order of their first matching rule, and their totals rounded (`SCORE_DIGITS`):
        # a rule's path (tried one by one, or counted per keyword) must change neither the order of tied
        # candidates nor a total by the last bit of a float, which a ratio or threshold may sit on
        first = {agency: self._order[id(listed[0][0])] for agency, listed in raws.items()}
        if counted:
            first_of = self._first_of
            for fc in counted:
                for agency, i in first_of[fc]:
                    if i < first.get(agency, i + 1):
                        first[agency] = i
        by_agency: dict[str | None, Candidate] = {}
        for agency in sorted(first, key=first.__getitem__):
            made = by_agency[agency] = Candidate(agency, msg)
            listed = raws.get(agency)
            if listed is not None:
                made.set_raw(listed)
        for (agency, category), total in sums.items():
            by_agency[agency].categories[category] = round(total, SCORE_DIGITS)
        for cand in by_agency.values():
            cand.score = round(fsum(cand.categories.values()), SCORE_DIGITS)
            if fill is not None:
                cand.lazy = fill
        return additions, safety, by_agency

    def _sum_counted(self, counted: frozenset[str], present: frozenset[str], alone: dict[str, float],
                     bests: dict[str, float], totals: dict[str, float],
                     sums: dict[tuple[str | None, str], float]
                     ) -> Callable[[Candidate, str | None], list[tuple[Rule, float]]]:
        """The counted rules' evidence added to ``sums``; returns how a candidate lists them."""
        by_value: dict[float, list[str]] = {}
        for fc in sorted(counted):  # a fixed order: float sums must not depend on the hash seed
            by_value.setdefault(alone[fc], []).append(fc)
        units_of, rules_of, targets = self._units_of, self._rules_of, self._targets
        for value, fcs in by_value.items():
            tally = Counter(chain.from_iterable(map(units_of.__getitem__, fcs)))
            value /= 10
            for tid, n in tally.items():
                key = targets[tid]
                sums[key] = sums.get(key, 0.0) + value * n
        per_rule = Counter(chain.from_iterable(map(rules_of.__getitem__, counted)))
        several = {i for i, n in per_rule.items() if n > 1}
        fast = self._fast
        for i in sorted(several):  # the sum counted each keyword alone: the rule's own score instead
            _, _, keys, weight, counted_key = fast[i]  # type: ignore[misc]
            found = keys & present
            best = max(map(bests.__getitem__, found))
            total = fsum(map(totals.__getitem__, found))
            own = weight * (best + min((total - best) * 0.2, best) - fsum(map(alone.__getitem__, found)))
            sums[counted_key] += own  # type: ignore[index]
        target_kw, order = self._target_kw, self._order

        def fill(cand: Candidate, category: str | None) -> list[tuple[Rule, float]]:
            """The candidate's rules (of ``category``, or all) with their scores, in rule order."""
            out: list[tuple[int, Rule, float]] = []
            done: set[int] = set()
            for cat in (cand.categories if category is None else (category,)):
                mine = target_kw.get((cand.agency, cat))
                if not mine:
                    continue
                for fc in mine.keys() & counted:
                    for i in mine[fc]:
                        if i in done:
                            continue
                        done.add(i)
                        rule, _, keys, weight, _ = fast[i]  # type: ignore[misc]
                        if i in several:
                            found = keys & present
                            best = max(map(bests.__getitem__, found))
                            total = fsum(map(totals.__getitem__, found))
                            score = weight * (best + min((total - best) * 0.2, best))
                        else:
                            score = weight * alone[fc]
                        out.append((i, rule, score))
            out.extend((order[id(rule)], rule, score) for rule, score in cand._raw
                       if category is None or rule.then.category == category)
            out.sort(key=_first)
            return [(rule, score) for _, rule, score in out]

        return fill


def _first(item: tuple[int, Rule, float]) -> int:
    return item[0]
