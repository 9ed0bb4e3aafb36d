"""Routing rules: YAML files written by officers → compiled matchers → Decision.

Owns: the RuleSet API — deciding a Submission with a Vietnamese explanation of why (`classify`,
`weigh`), every rule's part in it (`explain`), the old first-match semantics, the category the
citizen picked on the Form, and the learned model's evidence. Compiling the rules into one matcher
and a keyword index, and scoring the rules that hold for a message, is `matching.RuleIndex`, which
RuleSet builds on. Reading and validating the rule files (every problem reported as
``file:line: message``, all of them at once) is `loader.py`; the conditions are
`conditions.py` and `combinators.py`, the message they read `context.py`, the keyword matcher
`matcher.py`, a hit's weight `evidence.py` (its place's factor: `place.py`).
Pure after load: never touches the network, the disk, the register or the journal; never drops an item (no decision means the triage category).

How a message is decided (see rules/README.md for the officers' version): every rule a
message's keywords point to is tried; each one that holds is scored (`evidence.py`: where
its keywords stand) and counted for its agency and category (`matching.py`); `weighing.decide` picks the
agency with the most evidence, or triage when the evidence is weak or two agencies are
close. ``routing.mode: first_match`` keeps the old semantics (`classify_first_match`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from hopthu.core.model import FLAGS, Decision, Submission
from hopthu.core.rules.bounds import routed
from hopthu.core.rules.candidates import why_rule
from hopthu.core.rules.context import Context
from hopthu.core.rules.evidence import Placement
from hopthu.core.rules.labels import same_label
from hopthu.core.rules.learned import Guess, LearnedError, LearnedModel
from hopthu.core.rules.matcher import Keyword
from hopthu.core.rules.matching import RuleIndex
from hopthu.core.rules.rule import Action, Rule, RulesError, RuleTrace
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


class RuleSet(RuleIndex):
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
        super().__init__(rules, {cid: _cat_agency(c) for cid, c in categories.items()})
        self.warnings: list[str] = []  # the loader's: rule files in an old format, named
        self.learned = learned  # the learned model (read on first use), weighed by settings.learned_weight
        self.triage_category = triage_category
        self.settings = routing if isinstance(routing, RoutingSettings) else RoutingSettings.from_mapping(routing)
        self._cat_names = {cid: _cat_name(c) for cid, c in categories.items()}

    # ----------------------------------------------------------------- deciding

    def forget(self) -> None:
        """What reading letters left in the matcher's memory (`Matcher.forget`), and the learned model's
        weights and the compiled regex patterns (built again when the next letter comes): after each run of
        intakes, the idle daemon holds none of them."""
        self._matcher.forget()
        self._prefilter.forget()
        # the rules' own patterns, compiled through `re` (the keywords' shapes, the place cues), stay in re's cache
        # of 512 after the set is dropped: some 2.5 MB of the idle daemon (bench/idle_rss.py); the modules' patterns
        # are held by their names and stay compiled
        re.purge()
        if self.learned is not None:
            self.learned.unload()

    def __len__(self) -> int:
        return len(self.rules)

    def classify(self, sub: Submission) -> Decision:
        """The decision for one submission; never raises for odd content, never drops it."""
        if self.settings.mode == "first_match":
            return self.classify_first_match(sub)
        return self.weigh(sub).decision

    def weigh(self, sub: Submission) -> Weighing:
        """Every matching rule's evidence, the totals per agency and category, and the decision."""
        ctx = Context(sub := routed(sub), self._matcher, self._prefilter)
        where = Placement(ctx)
        msg = (ctx, where)
        additions, safety, by_agency = self._match(msg)
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


def _cat_name(category: Any) -> str:
    if isinstance(category, Mapping):
        return str(category.get("name") or "")
    return str(getattr(category, "name", "") or "")


def _cat_agency(category: Any) -> str | None:
    if isinstance(category, Mapping):
        return category.get("agency")
    return getattr(category, "agency", None)
