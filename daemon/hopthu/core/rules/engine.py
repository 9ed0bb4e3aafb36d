"""Routing rules: YAML files written by officers → compiled matchers → Decision.

Owns: the rule objects, compiling every keyword of every rule into one
matcher, and deciding a Submission with a Vietnamese explanation of why.
Reading and validating the rule files (every problem reported as
``file:line: message``, all of them at once) is `loader.py`; the conditions are
`conditions.py`, the keyword matcher `matcher.py`, a hit's weight `evidence.py`.
Pure after load: never touches the network, the disk, the register or the journal; never drops an item (no decision means the triage category).

How a message is decided (see rules/README.md for the officers' version): every rule a
message's keywords point to is tried; each one that holds is scored (`evidence.py`: where
its keywords stand) and counted for its agency and category; `weighing.decide` picks the
agency with the most evidence, or triage when the evidence is weak or two agencies are
close. ``routing.mode: first_match`` keeps the old semantics (`classify_first_match`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Mapping
from itertools import chain
from math import fsum
from typing import Any

from hopthu.core.model import FLAGS, Decision, Submission
from hopthu.core.rules.bounds import routed
from hopthu.core.rules.candidates import Candidate, RuleMatch, why_rule
from hopthu.core.rules.conditions import Context, KeywordsCond, gated_exclusion
from hopthu.core.rules.evidence import Placement, cue_words
from hopthu.core.rules.labels import may_overlap, same_label
from hopthu.core.rules.learned import Guess, LearnedError, LearnedModel
from hopthu.core.rules.matcher import Keyword, Matcher
from hopthu.core.rules.rule import Action, Rule, RulesError, RuleTrace
from hopthu.core.rules.safe_regex import Prefilter
from hopthu.core.rules.settings import RoutingSettings
from hopthu.core.rules.weighing import TRIAGE_WHY, Weighing, decide, repeat_decay

__all__ = [
    "RulesError",
    "RuleSet",
    "Rule",
    "Action",
    "RuleTrace",
    "Keyword",
    "TRIAGE_WHY",
]

log = logging.getLogger("hopthu.rules")

class RuleSet:
    """The loaded, validated, compiled rules. Build with `loader.load_rules`."""

    def __init__(
        self,
        rules: list[Rule],
        *,
        categories: Mapping[str, Any],
        triage_category: str,
        routing: Mapping[str, Any] | RoutingSettings | None = None,
        learned: LearnedModel | None = None,
    ):
        self.rules: list[Rule] = list(rules)
        self.warnings: list[str] = []  # the loader's: rule files in an old format, named
        self.learned = learned  # the learned model (read on first use), weighed by settings.learned_weight
        self.triage_category = triage_category
        self.settings = routing if isinstance(routing, RoutingSettings) else RoutingSettings.from_mapping(routing)
        self._cat_names = {cid: _cat_name(c) for cid, c in categories.items()}
        self._cat_agency = {cid: _cat_agency(c) for cid, c in categories.items()}
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

    # ----------------------------------------------------------------- deciding

    def forget(self) -> None:
        """What reading letters left in the matcher's memory (`Matcher.forget`), and the learned model's
        weights and the compiled regex patterns (built again when the next letter comes): after each run of
        intakes, the idle daemon holds none of them."""
        self._matcher.forget()
        self._prefilter.forget()
        if self.learned is not None:
            self.learned.unload()

    def __len__(self) -> int:
        return len(self.rules)

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

    def classify(self, sub: Submission) -> Decision:
        """The decision for one submission; never raises for odd content, never drops it."""
        if self.settings.mode == "first_match":
            return self.classify_first_match(sub)
        return self.weigh(sub).decision

    def weigh(self, sub: Submission) -> Weighing:
        """Every matching rule's evidence, the totals per agency and category, and the decision."""
        ctx = Context(sub := routed(sub), self._matcher, self._prefilter)
        where = Placement(ctx)
        present = ctx.present
        plan = self._plan
        keyword_score = where.keyword_score
        msg = (ctx, where)
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
        by_agency: dict[str | None, Candidate] = {}
        for agency, listed in raws.items():  # first matched first, as before
            made = by_agency[agency] = Candidate(agency, msg)
            made.set_raw(listed)
        for (agency, category), total in sums.items():
            got = by_agency.get(agency)
            if got is None:
                got = by_agency[agency] = Candidate(agency, msg)
            got.score += total
            got.categories[category] = total
        if fill is not None:
            for cand in by_agency.values():
                cand.lazy = fill
        if self.settings.overlap_decay < 1 and len(by_agency) > 1:
            repeat_decay(by_agency, self.settings.overlap_decay)
        picked = self.form_category(sub)
        learned = self.learned_evidence(sub)
        ranked, v = decide(sub, self.settings, triage=self.triage_category, cat_agency=self._cat_agency,
                           picked=picked, additions=additions, safety_rules=safety, by_agency=by_agency, msg=msg,
                           learned=learned)
        decision = Decision(
            category=v.category, agency=v.agency, co_agencies=v.co_agencies, complex=v.complex,
            flags=[f for f in FLAGS if f in v.flags], extra_recipients=v.notify, rule=v.rule, why=v.why,
            reply_template=v.reply_template)
        return Weighing(ranked, additions, decision, picked, learned)

    def learned_evidence(self, sub: Submission) -> list[tuple[Guess, float]]:
        """The learned model's guesses for ``sub`` with the evidence each adds (none when its weight is 0)."""
        weight = self.settings.learned_weight
        if self.learned is None or weight <= 0:
            return []
        try:
            guesses = self.learned.guess(sub.subject, sub.text)
        except LearnedError as exc:  # a broken or stale weights file: the rules alone, said once (and logged)
            self.learned = None
            self.warnings.append(f"bỏ qua mô hình học ({exc})")
            log.warning("learned model ignored, routing on the rules alone (bỏ qua mô hình học, chỉ định tuyến "
                        "theo quy tắc; chạy `hopthu rules learn` để tạo lại tệp trọng số): %s", exc)
            return []
        return [(g, weight * g.share) for g in guesses]

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

    def classify_first_match(self, sub: Submission) -> Decision:
        """The old semantics (``routing.mode: first_match``): the first deciding rule in order wins."""
        ctx = Context(sub := routed(sub), self._matcher, self._prefilter)
        added: list[tuple[Rule, list[str]]] = []
        for i in self._candidates(ctx, every=True):
            rule = self.rules[i]
            evidence = rule.when.test(ctx)
            if evidence is None:
                continue
            if rule.stop:
                return self._decision(rule, evidence, added)
            added.append((rule, evidence))
        return self._decision(None, [], added)

    def explain(self, sub: Submission) -> list[RuleTrace]:
        """Every rule in order with what it did for ``sub``; agrees with classify()."""
        if self.settings.mode != "first_match":
            return self._explain_weighed(sub)
        ctx = Context(sub := routed(sub), self._matcher, self._prefilter)
        traces: list[RuleTrace] = []
        decided = False
        for rule in self.rules:
            if not rule.enabled:
                traces.append(RuleTrace(rule.name, rule.source, rule.stop, False, (), "disabled"))
                continue
            evidence = rule.when.test(ctx)
            matched = evidence is not None
            if decided:
                effect = "not-reached"
            elif not matched:
                effect = "no-match"
            elif rule.stop:
                effect, decided = "decided", True
            else:
                effect = "added"
            traces.append(RuleTrace(rule.name, rule.source, rule.stop, matched, tuple(evidence or ()), effect))
        return traces

    def _explain_weighed(self, sub: Submission) -> list[RuleTrace]:
        """Every rule with what it did: "decided" (the rule named in the decision), "added",
        "weighed" (its evidence counted for a candidate that did not decide alone), "ignored"
        (an adding rule whose evidence was too weak: negated, hypothetical), "no-match", "disabled"."""
        w = self.weigh(sub)
        matched = {id(m.rule): m for c in w.candidates for m in c.matches}
        matched.update({id(m.rule): m for m in w.additions})
        traces: list[RuleTrace] = []
        for rule in self.rules:
            if not rule.enabled:
                traces.append(RuleTrace(rule.name, rule.source, rule.stop, False, (), "disabled"))
                continue
            m = matched.get(id(rule))
            if m is None:  # did not hold (or none of its keywords occurs: the index skipped it)
                traces.append(RuleTrace(rule.name, rule.source, rule.stop, False, (), "no-match"))
                continue
            if rule.name == w.decision.rule:
                effect = "decided"
            elif not rule.stop:
                effect = "added" if m.score >= self.settings.add_threshold else "ignored"
            else:
                effect = "weighed"
            traces.append(RuleTrace(rule.name, rule.source, rule.stop, True, tuple(m.evidence), effect))
        return traces

    def form_category(self, sub: Submission) -> str | None:
        """The configured category the citizen picked on the Form (by id or name), if any."""
        picked = (sub.picked_category or "").strip()
        if not picked:
            return None
        for cid, name in self._cat_names.items():
            if same_label(picked, cid) or (name and same_label(picked, name)):
                return cid
        return None

    def _decision(self, decider: Rule | None, evidence: list[str], added: list[tuple[Rule, list[str]]]) -> Decision:
        if decider is None:
            category = self.triage_category
            agency = self._cat_agency.get(category)
            why = TRIAGE_WHY if not added else "Không có quy tắc nào quyết định lĩnh vực: chờ cán bộ phân loại"
            reply_template, name = "", ""
        else:
            then = decider.then
            category = then.category or self.triage_category
            agency = then.agency if then.agency_given else self._cat_agency.get(category)
            why = why_rule(decider, evidence)
            reply_template, name = then.reply_template, decider.name
        flags: set[str] = set()
        co: list[str] = []
        notify: list[str] = []
        complex_ = False
        actions = [r.then for r, _ in added] + ([decider.then] if decider else [])
        for then in actions:
            flags.update(then.flags)
            complex_ = complex_ or then.complex
            co.extend(a for a in then.co_agencies if a not in co and a != agency)
            notify.extend(n for n in then.notify if n not in notify)
        extra = [f"{why_rule(r, ev)} ({r.then.describe_additions()})" for r, ev in added]
        if extra:
            why = "; ".join([why, *extra])
        return Decision(
            category=category,
            agency=agency,
            co_agencies=co,
            complex=complex_,
            flags=[f for f in FLAGS if f in flags],
            extra_recipients=notify,
            rule=name,
            why=why,
            reply_template=reply_template,
        )


def _first(item: tuple[int, Rule, float]) -> int:
    return item[0]


def _cat_name(category: Any) -> str:
    if isinstance(category, Mapping):
        return str(category.get("name") or "")
    return str(getattr(category, "name", "") or "")


def _cat_agency(category: Any) -> str | None:
    if isinstance(category, Mapping):
        return category.get("agency")
    return getattr(category, "agency", None)
