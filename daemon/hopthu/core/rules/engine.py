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


class RuleSet:
    """The loaded, validated, compiled rules. Build with `loader.load_rules`."""

    def __init__(
        self,
        rules: list[Rule],
        *,
        categories: Mapping[str, Any],
        triage_category: str,
    ):
        self.rules: list[Rule] = list(rules)
        self.triage_category = triage_category
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


def _why(rule: Rule, evidence: list[str]) -> str:
    if not evidence:  # only absences matched (a bare "not"): say what the rule checks
        return f'Quy tắc "{rule.name}": {rule.when.describe()}'
    return f'Quy tắc "{rule.name}": ' + ", ".join(dict.fromkeys(evidence))


def _cat_agency(category: Any) -> str | None:
    if isinstance(category, Mapping):
        return category.get("agency")
    return getattr(category, "agency", None)
