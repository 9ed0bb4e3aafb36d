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

from collections.abc import Mapping
from typing import Any

from hopthu.core.model import FLAGS, Decision, Submission
from hopthu.core.rules.conditions import Context, gated_exclusion
from hopthu.core.rules.evidence import Placement, RoutingSettings, cue_words, may_overlap, same_label
from hopthu.core.rules.matcher import Keyword, Matcher
from hopthu.core.rules.rule import Action, Rule, RulesError, RuleTrace
from hopthu.core.rules.weighing import TRIAGE_WHY, Candidate, RuleMatch, Weighing, decide, why_rule

__all__ = [
    "RulesError",
    "RuleSet",
    "Rule",
    "Action",
    "RuleTrace",
    "Keyword",
    "TRIAGE_WHY",
]

class RuleSet:
    """The loaded, validated, compiled rules. Build with `loader.load_rules`."""

    def __init__(
        self,
        rules: list[Rule],
        *,
        categories: Mapping[str, Any],
        triage_category: str,
        routing: Mapping[str, Any] | RoutingSettings | None = None,
    ):
        self.rules: list[Rule] = list(rules)
        self.warnings: list[str] = []  # the loader's: rule files in an old format, named
        self.triage_category = triage_category
        self.settings = routing if isinstance(routing, RoutingSettings) else RoutingSettings.from_mapping(routing)
        self._cat_names = {cid: _cat_name(c) for cid, c in categories.items()}
        self._cat_agency = {cid: _cat_agency(c) for cid, c in categories.items()}
        active = [(i, r) for i, r in enumerate(self.rules) if r.enabled]
        rule_keywords = [kw for _, r in active for kw in r.when.keywords()]
        self.keyword_count = len({(kw.f, kw.fc) for kw in rule_keywords})
        # the weighing cues ride along: one scan of a message finds its keywords and its cues
        self._matcher = Matcher([*rule_keywords, *(Keyword.make(w) for w in cue_words())])
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
        self._always: list[int] = []
        self._by_keyword: dict[str, list[int]] = {}
        for i, rule in active:
            gate = rule.when.gate()
            if gate is None:
                self._always.append(i)
            else:
                for kw_fc in gate:
                    self._by_keyword.setdefault(kw_fc, []).append(i)
        self._always_set = frozenset(self._always)

    # ----------------------------------------------------------------- deciding

    def __len__(self) -> int:
        return len(self.rules)

    def _candidates(self, ctx: Context) -> list[int]:
        hits = ctx.all_hits
        if not hits:
            return self._always
        found = set(self._always_set)
        by_kw = self._by_keyword
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
        ctx = Context(sub, self._matcher)
        where = Placement(ctx)
        present = ctx.present
        plan = self._plan
        keyword_score = where.keyword_score
        msg = (ctx, where)
        additions = Candidate(None, msg)
        candidates = self._candidates(ctx)
        if candidates:
            bests, totals, alone = where.tally()
            best_of, total_of = bests.__getitem__, totals.__getitem__
        safety: list[RuleMatch] = []
        by_agency: dict[str | None, Candidate] = {}
        for i in candidates:
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
                total = sum(map(total_of, found))
                score = weight * (best + min((total - best) * 0.2, best))
            if category is None:  # an adding rule (stop: false)
                additions.raw.append((rule, score))
                continue
            if safe:
                safety.append(RuleMatch(rule, score, agency, ctx, where))
            cand = by_agency.get(agency)
            if cand is None:
                cand = by_agency[agency] = Candidate(agency, msg)
            cand.score += score
            categories = cand.categories
            categories[category] = categories.get(category, 0.0) + score
            cand.raw.append((rule, score))
        picked = self.form_category(sub)
        ranked, v = decide(sub, self.settings, triage=self.triage_category, cat_agency=self._cat_agency,
                           picked=picked, additions=additions, safety_rules=safety, by_agency=by_agency, msg=msg)
        decision = Decision(
            category=v.category, agency=v.agency, co_agencies=v.co_agencies, complex=v.complex,
            flags=[f for f in FLAGS if f in v.flags], extra_recipients=v.notify, rule=v.rule, why=v.why,
            reply_template=v.reply_template)
        return Weighing(ranked, additions, decision, picked)

    def classify_first_match(self, sub: Submission) -> Decision:
        """The old semantics (``routing.mode: first_match``): the first deciding rule in order wins."""
        ctx = Context(sub, self._matcher)
        added: list[tuple[Rule, list[str]]] = []
        for i in self._candidates(ctx):
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
        ctx = Context(sub, self._matcher)
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


def _cat_name(category: Any) -> str:
    if isinstance(category, Mapping):
        return str(category.get("name") or "")
    return str(getattr(category, "name", "") or "")


def _cat_agency(category: Any) -> str | None:
    if isinstance(category, Mapping):
        return category.get("agency")
    return getattr(category, "agency", None)
