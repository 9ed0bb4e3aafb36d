"""Routing rules: YAML files written by officers → compiled matchers → Decision.

Owns: the rule objects, compiling every keyword of every rule into one
matcher, and deciding a Submission with a Vietnamese explanation of why.
Reading and validating the rule files (every problem reported as
``file:line: message``, all of them at once) is `loader.py`; the conditions and the
keyword matcher are `conditions.py`. Pure after load: never touches the network, the disk, the register or
the journal; never drops an item (no decision means the triage category).

How a message is decided (see rules/README.md for the officers' version):

* rules are tried in order: files in file-name order, rules in file order;
* the first matching rule with ``stop: true`` (the default) decides the
  category, the lead agency and the reply template;
* matching rules with ``stop: false`` tried before it only *add*: flags,
  co-agencies, notify recipients, ``complex``; rules after the deciding rule
  are not tried;
* no deciding rule → the triage category, still with whatever was added.

"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hopthu.core.model import FLAGS, Decision, Submission
from hopthu.core.rules.conditions import Condition, Context, Keyword, Matcher
from hopthu.core.rules.evidence import HitWeight, Placement, RoutingSettings, rule_score, same_label, weigh_hit

__all__ = [
    "RulesError",
    "RuleSet",
    "Rule",
    "Action",
    "RuleTrace",
    "Keyword",
    "TRIAGE_WHY",
]
TRIAGE_WHY = "Không khớp quy tắc nào: chờ cán bộ phân loại"

# --------------------------------------------------------------------------- errors


class RulesError(Exception):
    """Rule files that cannot be used. ``problems``: every one, as "file:line: message"."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} in the routing rules:"
        super().__init__("\n".join([head, *("  " + p for p in self.problems)]))


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Action:
    """The ``then`` block of a rule."""

    category: str | None = None
    agency: str | None = None
    agency_given: bool = False  # False: the category's agency; True: ``agency`` (may be None)
    co_agencies: tuple[str, ...] = ()
    complex: bool = False
    flags: tuple[str, ...] = ()
    notify: tuple[str, ...] = ()
    reply_template: str = ""

    def describe_additions(self) -> str:
        parts = []
        if self.flags:
            parts.append("thêm cờ " + ", ".join(self.flags))
        if self.co_agencies:
            parts.append("thêm cơ quan phối hợp " + ", ".join(self.co_agencies))
        if self.complex:
            parts.append("đánh dấu phức tạp")
        if self.notify:
            parts.append("gửi thêm " + ", ".join(self.notify))
        return ", ".join(parts)


@dataclass(frozen=True)
class Rule:
    name: str
    description: str
    when: Condition
    then: Action
    stop: bool
    enabled: bool
    file: str
    line: int
    weight: float = 1.0  # multiplies the rule's evidence
    priority: int = 0  # > 0: a safety rule (spam, abuse) that decides outright when its evidence stands

    @property
    def source(self) -> str:
        return f"{self.file}:{self.line}"

    def summary(self) -> str:
        """One line for listings: condition → effect."""
        if self.stop:
            agency = self.then.agency if self.then.agency_given else "(mặc định)"
            effect = f"{self.then.category}/{agency or 'ngoài thẩm quyền'}"
            extra = self.then.describe_additions()
            effect += f", {extra}" if extra else ""
        else:
            effect = self.then.describe_additions() + " (không dừng)"
        off = " [tắt]" if not self.enabled else ""
        return f"{self.name}{off}: {self.when.describe()} → {effect}"


@dataclass(frozen=True)
class RuleTrace:
    """What one rule did with one message (for ``hopthu rules test --verbose``)."""

    rule: str
    source: str
    stop: bool
    matched: bool
    evidence: tuple[str, ...]
    # "decided" | "added" | "no-match" | "not-reached" (a rule before decided) | "disabled"
    effect: str


@dataclass
class RuleMatch:
    """One rule that matched one message, with its weighed evidence."""

    rule: Rule
    evidence: list[str]
    hits: list[HitWeight]
    score: float

    def describe(self, scored: bool = True) -> str:
        """``scored``: add the score and the notes (left out when nothing competed with this rule)."""
        notes = sorted({h.note for h in self.hits if h.note})
        if not scored and not notes:
            return _why(self.rule, self.evidence)
        extra = f"; {', '.join(notes)}" if notes else ""
        return f"{_why(self.rule, self.evidence)} (điểm {self.score:.2f}{extra})"


@dataclass
class Candidate:
    """An agency (None: outside the ward's competence) with the evidence pointing to it."""

    agency: str | None
    score: float
    categories: dict[str, float]
    matches: list[RuleMatch]

    @property
    def category(self) -> str:
        return max(self.categories.items(), key=lambda kv: kv[1])[0]


@dataclass
class Weighing:
    """What `RuleSet.weigh` found: candidates best first, the additive rules, the decision."""

    candidates: list[Candidate]
    additions: list[RuleMatch]
    decision: Decision
    form_category: str | None = None


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
        self.triage_category = triage_category
        self.settings = routing if isinstance(routing, RoutingSettings) else RoutingSettings.from_mapping(routing)
        self._cat_names = {cid: _cat_name(c) for cid, c in categories.items()}
        self._cat_agency = {cid: _cat_agency(c) for cid, c in categories.items()}
        active = [(i, r) for i, r in enumerate(self.rules) if r.enabled]
        self._matcher = Matcher(kw for _, r in active for kw in r.when.keywords())
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

    @property
    def keyword_count(self) -> int:
        return self._matcher.size

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
        matches: list[RuleMatch] = []
        for i in self._candidates(ctx):
            rule = self.rules[i]
            evidence = rule.when.test(ctx)
            if evidence is None:
                continue
            hits = [weigh_hit(h, where) for h in rule.when.hits(ctx)]
            matches.append(RuleMatch(rule, evidence, hits, rule_score(hits, rule.weight)))
        return self._weigh_decision(sub, matches)

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

    def _weigh_decision(self, sub: Submission, matches: list[RuleMatch]) -> Weighing:
        st = self.settings
        triage = self.triage_category
        # safety rules (priority > 0) decide outright when their evidence stands
        safety = [m for m in matches if m.rule.stop and m.rule.priority > 0 and m.score >= st.add_threshold]
        deciding = [m for m in matches if m.rule.stop and m.rule.then.category]
        additions = [m for m in matches if not m.rule.stop]
        by_agency: dict[str | None, Candidate] = {}
        for m in deciding:
            then = m.rule.then
            agency = then.agency if then.agency_given else self._cat_agency.get(then.category)
            cand = by_agency.setdefault(agency, Candidate(agency, 0.0, {}, []))
            cand.score += m.score
            cand.categories[then.category] = cand.categories.get(then.category, 0.0) + m.score
            cand.matches.append(m)
        picked = self.form_category(sub)
        if picked and picked not in (triage, "khac") and st.form_category_weight > 0:
            agency = self._cat_agency.get(picked)
            cand = by_agency.setdefault(agency, Candidate(agency, 0.0, {}, []))
            cand.score += st.form_category_weight
            cand.categories[picked] = cand.categories.get(picked, 0.0) + st.form_category_weight
        ranked = sorted(by_agency.values(), key=lambda c: -c.score)
        weighing = Weighing(ranked, additions, None, picked)  # type: ignore[arg-type]

        winner: Candidate | None = None
        runner = None
        why_head = ""
        if safety:
            top = max(safety, key=lambda m: (m.rule.priority, m.score))
            then = top.rule.then
            agency = then.agency if then.agency_given else self._cat_agency.get(then.category)
            winner = Candidate(agency, top.score, {then.category: top.score}, [top])
            why_head = "Quy tắc an toàn (ưu tiên) quyết định: "
        elif ranked:
            best = ranked[0]
            runner = ranked[1] if len(ranked) > 1 else None
            if best.score < st.threshold:
                why_head = (f"Chưa đủ căn cứ (điểm {best.score:.2f} < {st.threshold:.2f}): chờ cán bộ phân loại; "
                            f"ứng viên: {_agency_label(best.agency)}")
                if runner is not None:
                    why_head += f", {_agency_label(runner.agency)} (điểm {runner.score:.2f})"
            elif runner is not None and runner.score >= st.close_ratio * best.score:
                why_head = (f"Hai cơ quan gần ngang nhau: {_agency_label(best.agency)} (điểm {best.score:.2f}) "
                            f"và {_agency_label(runner.agency)} (điểm {runner.score:.2f}): chờ cán bộ phân loại")
            else:
                winner = best

        flags: set[str] = set()
        co: list[str] = []
        notify: list[str] = []
        complex_ = False
        for m in additions:
            if m.score >= st.add_threshold:
                then = m.rule.then
                flags.update(then.flags)
                complex_ = complex_ or then.complex
                co.extend(then.co_agencies)
                notify.extend(then.notify)

        if winner is None:
            category = triage
            agency = self._cat_agency.get(category)
            name, reply_template = "", ""
            if not why_head:
                why_head = TRIAGE_WHY if not additions else "Không có quy tắc nào quyết định lĩnh vực: chờ cán bộ phân loại"
            why_parts = [why_head]
            for cand in ranked[:2]:
                why_parts.extend(m.describe() for m in sorted(cand.matches, key=lambda m: -m.score)[:2])
        else:
            category = winner.category
            agency = winner.agency
            in_cat = sorted((m for m in winner.matches if m.rule.then.category == category), key=lambda m: -m.score)
            top = in_cat[0] if in_cat else None
            name = top.rule.name if top else ""
            reply_template = top.rule.then.reply_template if top else ""
            alone = len(ranked) == 1 and len(winner.matches) == 1
            why_parts = [why_head + top.describe(scored=not alone)] if top else []
            if not top:  # the Form's category alone
                why_parts.append(f'người dân chọn lĩnh vực "{sub.picked_category}" trên Form')
            for m in in_cat:
                if m is top or m.score >= st.add_threshold:
                    flags.update(m.rule.then.flags)
                    complex_ = complex_ or m.rule.then.complex
                    co.extend(m.rule.then.co_agencies)
                    notify.extend(m.rule.then.notify)
            why_parts.extend(m.describe() for m in in_cat[1:3])
            if picked == category and top is not None and not any(h.hit.place == "field" for h in top.hits):
                why_parts.append(f'người dân cũng chọn lĩnh vực "{sub.picked_category}" trên Form')
            if not safety and runner is not None and runner.score >= st.threshold \
                    and runner.score >= st.co_ratio * winner.score and runner.agency and agency:
                co.insert(0, runner.agency)
                why_parts.append(f"phối hợp: {runner.agency} (điểm {runner.score:.2f}, "
                                 + "; ".join(m.describe() for m in runner.matches[:1]) + ")")
        added_why = [f"{m.describe(scored=False)} ({m.rule.then.describe_additions()})" for m in additions
                     if m.score >= st.add_threshold]
        ignored = [f"{_why(m.rule, m.evidence)} — bỏ qua ({', '.join(sorted({h.note for h in m.hits if h.note})) or 'căn cứ yếu'})"
                   for m in additions if m.score < st.add_threshold]
        why = "; ".join([p for p in why_parts if p] + added_why + ignored)
        if agency is None or category == "ngoai_tham_quyen":
            co = []
        co_unique = [a for a in dict.fromkeys(co) if a != agency]
        weighing.decision = Decision(
            category=category,
            agency=agency,
            co_agencies=co_unique,
            complex=complex_,
            flags=[f for f in FLAGS if f in flags],
            extra_recipients=list(dict.fromkeys(notify)),
            rule=name,
            why=why,
            reply_template=reply_template,
        )
        return weighing

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
            why = _why(decider, evidence)
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
        extra = [f"{_why(r, ev)} ({r.then.describe_additions()})" for r, ev in added]
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


def _agency_label(agency: str | None) -> str:
    return agency or "ngoài thẩm quyền"


def _why(rule: Rule, evidence: list[str]) -> str:
    if not evidence:  # only absences matched (a bare "not"): say what the rule checks
        return f'Quy tắc "{rule.name}": {rule.when.describe()}'
    return f'Quy tắc "{rule.name}": ' + ", ".join(dict.fromkeys(evidence))


def _cat_name(category: Any) -> str:
    if isinstance(category, Mapping):
        return str(category.get("name") or "")
    return str(getattr(category, "name", "") or "")


def _cat_agency(category: Any) -> str | None:
    if isinstance(category, Mapping):
        return category.get("agency")
    return getattr(category, "agency", None)
