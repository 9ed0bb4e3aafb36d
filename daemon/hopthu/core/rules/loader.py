"""Reading rule files: composed YAML nodes (which keep line numbers) → Rule objects.

Every problem is collected with its file and line before anything is raised, so an officer fixes
a rules file in one go. Reading a value from a node (and saying what is wrong with it) is
`yamlnodes.py`; the engine that runs the rules is `engine.py`; this module only builds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hopthu.core.model import FLAG_LABELS, FLAGS, Channel
from hopthu.core.rules.conditions import (
    AllOf,
    AnyOf,
    ChannelCond,
    Condition,
    FieldCond,
    KeywordsCond,
    NotOf,
    RegexCond,
    SenderCond,
)
from hopthu.core.rules.engine import Action, Rule, RulesError, RuleSet
from hopthu.core.rules.learned import learned_model
from hopthu.core.rules.matcher import WORD_CHAR, Keyword
from hopthu.core.rules.yamlnodes import NodeReader, compose_file, read_rule_files, suggest
from hopthu.core.textnorm import afold, fold_case

RULE_KEYS = ("name", "description", "when", "exclude", "then", "stop", "enabled", "weight", "priority")
THEN_KEYS = ("category", "agency", "co_agencies", "complex", "flags", "notify", "reply_template")
ADDITIVE_KEYS = ("co_agencies", "complex", "flags", "notify")
COND_KEYS = ("keywords", "all_keywords", "subject", "regex", "sender", "channel", "field", "picked_category",
             "all", "any", "not")
FIELD_KEYS = ("name", "field", "equals", "keywords", "regex")
CHANNELS = tuple(c.value for c in Channel)

NAME_RE = re.compile(r"^[\w.-]+$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Parser(NodeReader):
    """Walks composed YAML nodes (which keep line numbers) into Rule objects."""

    def __init__(self, categories: Mapping[str, Any], agencies: Mapping[str, Any], problems: list[str]):
        super().__init__(problems)
        self.categories = categories
        self.agencies = agencies
        self.names: dict[str, str] = {}  # casefolded name -> "file:line" where first defined
        self.rule = ""

    # ---------------------------------------------------------------- helpers

    def context(self) -> str:
        return f'rule "{self.rule}": ' if self.rule else ""

    def unknown_key(self, key: str, allowed: tuple[str, ...], where: str) -> str:
        msg = f'unknown key "{key}" in {where}{suggest(key, allowed)}'
        if allowed is not THEN_KEYS and key in THEN_KEYS:
            msg += f' ("{key}" belongs under "then:")'
        elif allowed is not COND_KEYS and key in COND_KEYS:
            msg += f' ("{key}" is a condition: it belongs under "when:")'
        elif allowed is not RULE_KEYS and key in RULE_KEYS:
            msg += f' ("{key}" belongs to the rule itself, next to "when:" and "then:")'
        return msg + f" (allowed: {', '.join(allowed)})"

    def known(self, node: Node, value: str, valid: Iterable[str], what: str) -> bool:
        valid = list(valid)
        if value in valid:
            return True
        hint = suggest(value, valid) or self._suggest_by_name(value, what)
        self.problem(node, f'unknown {what} "{value}"{hint} (valid: {", ".join(valid)})')
        return False

    def _suggest_by_name(self, value: str, what: str) -> str:
        """Officers may write the Vietnamese name ("Khẩn", "Công an phường"): point to the id."""
        names = {"category": self.categories, "agency": self.agencies}.get(what)
        labels = {k: _cat_name(v) for k, v in names.items()} if names is not None else {}
        if what == "flag":
            labels = dict(FLAG_LABELS)
        key = afold(fold_case(value))
        if not key:
            return ""
        for ident, label in labels.items():
            folded = afold(fold_case(label))
            if key == folded or key in [part.strip() for part in folded.split(",")]:
                return f' — did you mean "{ident}" ({label})?'
        for ident, label in labels.items():
            if re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", afold(fold_case(label))):
                return f' — did you mean "{ident}" ({label})?'
        return ""

    def keyword_list(self, node: Node, what: str) -> tuple[Keyword, ...] | None:
        items = self.texts(node, what)
        if items is None:
            return None
        out: dict[str, Keyword] = {}
        for value, item in items:
            kw = Keyword.make(value)
            if not WORD_CHAR.search(kw.fc):
                self.problem(item, f'keyword "{value}" has no letter or digit')
                continue
            out.setdefault(kw.fc, kw)
        return tuple(out.values()) or None

    # ---------------------------------------------------------------- file & rule

    def parse_file(self, path: Path, raw: bytes) -> list[Rule]:
        self.path, self.rule = str(path), ""
        root = compose_file(path, self.problems, raw)
        if root is None:
            return []
        if self._is_null(root):
            return []  # an empty file (or only comments) holds no rules
        root = self.rule_list(root)
        if root is None:
            return []
        if not isinstance(root, SequenceNode):
            self.problem(root, 'a rule file is a list of rules, each starting with "- name: ..."')
            return []
        rules = []
        for node in root.value:
            rule = self.parse_rule(node)
            if rule is not None:
                rules.append(rule)
        self.rule = ""
        return rules

    def parse_rule(self, node: Node) -> Rule | None:
        self.rule = ""
        if not isinstance(node, MappingNode):
            self.problem(node, 'each rule is a block of "name:", "when:", "then:" (found something else)')
            return None
        # name the rule in messages about its other keys, even those reported first
        for key_node, value_node in node.value:
            if getattr(key_node, "value", None) == "name" and isinstance(value_node, ScalarNode):
                self.rule = value_node.value.strip()
                break
        entries = self.items(node, RULE_KEYS, "a rule")
        self.rule = ""
        name = None
        if "name" in entries:
            key_node, value_node = entries["name"]
            name = self.text(value_node, '"name"')
            if name is not None and not NAME_RE.match(name):
                self.problem(
                    value_node,
                    f'rule name "{name}" must be one word of letters, digits, "-", "_" or "." '
                    '(e.g. "den-duong-hong")',
                )
                name = None
        else:
            self.problem(node, 'rule without "name:" (every rule needs a unique name)')
        ok = name is not None
        if name is not None:
            self.rule = name
            where = f"{self.path}:{entries['name'][1].start_mark.line + 1}"
            first = self.names.get(name.casefold())
            if first is not None:
                self.problem(entries["name"][1], f'duplicate rule name "{name}" (first defined at {first})')
                ok = False
            else:
                self.names[name.casefold()] = where

        description = ""
        if "description" in entries:
            description = self.text(entries["description"][1], '"description"') or ""
        stop = True
        if "stop" in entries:
            value = self.boolean(entries["stop"][1], '"stop"')
            ok = ok and value is not None
            stop = True if value is None else value
        enabled = True
        if "enabled" in entries:
            value = self.boolean(entries["enabled"][1], '"enabled"')
            ok = ok and value is not None
            enabled = True if value is None else value

        weight, priority = 1.0, 0
        if "weight" in entries:
            number = self.number(entries["weight"][1], '"weight"', 0, 10)
            ok, weight = ok and number is not None, number or 1.0
        if "priority" in entries:
            number = self.number(entries["priority"][1], '"priority"', 0, 100, whole=True)
            ok, priority = ok and number is not None, int(number or 0)

        when = None
        if "when" in entries:
            when = self.condition(entries["when"][1], '"when"', top=True)
        else:
            self.problem(node, 'rule without "when:" (the conditions)')
        ok = ok and when is not None
        if "exclude" in entries and when is not None:
            # "exclude": phrases that, present anywhere, mean the rule is not about this letter
            kws = self.keyword_list(entries["exclude"][1], '"exclude"')
            if kws is None:
                ok = False
            else:
                when = AllOf((when, NotOf(KeywordsCond(kws, need_all=False, subject_only=False))))

        then = None
        if "then" in entries:
            then = self.action(entries["then"][1], stop)
        else:
            self.problem(node, 'rule without "then:" (what to do when it matches)')
        ok = ok and then is not None

        if not ok:
            return None
        return Rule(
            name=name,
            description=description,
            when=when,
            then=then,
            stop=stop,
            enabled=enabled,
            weight=weight,
            priority=priority,
            file=self.path,
            line=node.start_mark.line + 1,
        )

    # ---------------------------------------------------------------- then

    def action(self, node: Node, stop: bool) -> Action | None:
        if self._is_null(node) or (isinstance(node, MappingNode) and not node.value):
            self.problem(node, '"then" is empty: say what to do, e.g. "category: ha_tang"')
            return None
        if not isinstance(node, MappingNode):
            self.problem(node, '"then" must be a block such as "category: ha_tang"')
            return None
        entries = self.items(node, THEN_KEYS, '"then"')
        ok = len(entries) == len(node.value)
        kw: dict[str, Any] = {}
        if not stop:
            for key in ("category", "agency", "reply_template"):
                if key in entries:
                    self.problem(
                        entries[key][0],
                        f'"{key}" needs a deciding rule (stop: true); a rule with stop: false '
                        f"only adds {', '.join(ADDITIVE_KEYS)}",
                    )
                    ok = False
            if not any(k in entries for k in ADDITIVE_KEYS) and ok:
                self.problem(node, f"a rule with stop: false must add something: {', '.join(ADDITIVE_KEYS)}")
                ok = False
        elif "category" not in entries:
            if ok:  # after a misspelt key, "did you mean" already says it
                self.problem(node, '"then" needs "category:" (or set "stop: false" to only add flags)')
            ok = False

        if "category" in entries and stop:
            value = self.text(entries["category"][1], '"category"')
            if value is None or not self.known(entries["category"][1], value, self.categories, "category"):
                ok = False
            kw["category"] = value
        if "agency" in entries and stop:
            value_node = entries["agency"][1]
            kw["agency_given"] = True
            if self._is_null(value_node):
                kw["agency"] = None  # explicitly none: outside the ward's competence
            else:
                value = self.text(value_node, '"agency"')
                if value is None or not self.known(value_node, value, self.agencies, "agency"):
                    ok = False
                kw["agency"] = value
        if "co_agencies" in entries:
            items = self.texts(entries["co_agencies"][1], '"co_agencies"')
            if items is None:
                ok = False
            else:
                good = [v for v, n in items if self.known(n, v, self.agencies, "agency")]
                ok = ok and len(good) == len(items)
                kw["co_agencies"] = tuple(dict.fromkeys(good))
        if "complex" in entries:
            value = self.boolean(entries["complex"][1], '"complex"')
            ok = ok and value is not None
            kw["complex"] = bool(value)
        if "flags" in entries:
            items = self.texts(entries["flags"][1], '"flags"')
            if items is None:
                ok = False
            else:
                good = [v for v, n in items if self.known(n, v, FLAGS, "flag")]
                ok = ok and len(good) == len(items)
                kw["flags"] = tuple(dict.fromkeys(good))
        if "notify" in entries:
            items = self.texts(entries["notify"][1], '"notify"')
            if items is None:
                ok = False
            else:
                for value, item in items:
                    if not EMAIL_RE.match(value):
                        self.problem(item, f'"{value}" in "notify" is not an email address')
                        ok = False
                kw["notify"] = tuple(dict.fromkeys(v.lower() for v, _ in items))
        if "reply_template" in entries and stop:
            value = self.text(entries["reply_template"][1], '"reply_template"')
            if value is None:
                ok = False
            elif value.startswith("/") or ".." in Path(value).parts:
                self.problem(
                    entries["reply_template"][1],
                    f'"reply_template" must be a file name inside the templates folder, not "{value}"',
                )
                ok = False
            kw["reply_template"] = value or ""
        return Action(**kw) if ok else None

    # ---------------------------------------------------------------- when

    def condition(self, node: Node, where: str, *, top: bool = False) -> Condition | None:
        """A condition block; several kinds in one block must all hold; a list = all of them."""
        if self._is_null(node):
            self.problem(node, f"empty condition in {where}")
            return None
        if isinstance(node, SequenceNode):
            return self.condition_list(node, where, AllOf)
        if not isinstance(node, MappingNode):
            self.problem(
                node,
                f'{where} must be a block of conditions such as "keywords: [...]", '
                f"found the text {node.value!r}",
            )
            return None
        if not node.value:
            self.problem(node, f"empty condition in {where}")
            return None
        entries = self.items(node, COND_KEYS, f"{where} (conditions)")
        parts: list[Condition] = []
        ok = len(entries) == len(node.value)
        for key, (key_node, value_node) in entries.items():
            cond = self.condition_kind(key, key_node, value_node)
            if cond is None:
                ok = False
            else:
                parts.append(cond)
        if not ok:
            return None
        return parts[0] if len(parts) == 1 else AllOf(tuple(parts))

    def condition_list(self, node: SequenceNode, where: str, combine: type) -> Condition | None:
        if not node.value:
            self.problem(node, f"empty condition list in {where}")
            return None
        children = [self.condition(item, where) for item in node.value]
        if any(c is None for c in children):
            return None
        return children[0] if len(children) == 1 else combine(tuple(children))

    def condition_kind(self, key: str, key_node: Node, node: Node) -> Condition | None:
        if key in ("all", "any"):
            if not isinstance(node, SequenceNode):
                self.problem(node if not self._is_null(node) else key_node,
                             f'"{key}" needs a list of conditions, each starting with "- "')
                return None
            return self.condition_list(node, f'"{key}"', AllOf if key == "all" else AnyOf)
        if key == "not":
            if self._is_null(node):
                return self._empty(key_node, '"not"')
            if isinstance(node, SequenceNode):  # not: [a, b] = none of them
                inner = self.condition_list(node, '"not"', AnyOf)
            else:
                inner = self.condition(node, '"not"')
            return None if inner is None else NotOf(inner)
        if self._is_null(node):
            return self._empty(key_node, f'"{key}"')
        if key in ("keywords", "all_keywords", "subject"):
            kws = self.keyword_list(node, f'"{key}"')
            if kws is None:
                return None
            return KeywordsCond(kws, need_all=key == "all_keywords", subject_only=key == "subject")
        if key == "regex":
            items = self.texts(node, '"regex"')
            if items is None:
                return None
            pats = [self.regex(n, v) for v, n in items]
            return None if any(p is None for p in pats) else RegexCond(tuple(pats))
        if key == "sender":
            items = self.texts(node, '"sender"')
            if items is None:
                return None
            return SenderCond(tuple(v.lower() for v, _ in items))
        if key == "channel":
            items = self.texts(node, '"channel"')
            if items is None:
                return None
            good = [v.lower() for v, n in items if self.known(n, v.lower(), CHANNELS, "channel")]
            return ChannelCond(tuple(good)) if len(good) == len(items) else None
        if key == "picked_category":
            items = self.texts(node, '"picked_category"')
            if items is None:
                return None
            values: list[str] = []
            for value, _ in items:
                values.append(value)
                if value in self.categories:  # a category id: also its name as the Form shows it
                    name = _cat_name(self.categories[value])
                    if name:
                        values.append(name)
            return FieldCond("picked_category", tuple(dict.fromkeys(values)), None, None,
                          label="lĩnh vực người dân chọn")
        if key == "field":
            return self.field_condition(node)
        raise AssertionError(key)  # pragma: no cover - COND_KEYS and this stay in step

    def _empty(self, node: Node, where: str) -> None:
        self.problem(node, f"empty condition in {where}")
        return None

    def field_condition(self, node: Node) -> Condition | None:
        if not isinstance(node, MappingNode):
            self.problem(node, '"field" needs a block such as {name: tdp, equals: "Tổ dân phố 5"}')
            return None
        entries = self.items(node, FIELD_KEYS, '"field"')
        ok = len(entries) == len(node.value)
        if "name" in entries and "field" in entries:
            self.problem(entries["field"][0], '"field" gives "name" twice (use "name:")')
            return None
        name_entry = entries.get("name") or entries.get("field")
        if name_entry is None:
            self.problem(node, '"field" needs "name:" (the Form question, or tdp / picked_category)')
            return None
        name = self.text(name_entry[1], "the field name")
        tests = [k for k in ("equals", "keywords", "regex") if k in entries]
        if not tests:
            self.problem(node, '"field" needs "equals:", "keywords:" or "regex:" (empty condition)')
            return None
        equals = kws = patterns = None
        if "equals" in entries:
            vnode = entries["equals"][1]
            if isinstance(vnode, ScalarNode) and not self._is_null(vnode) and vnode.value.strip() == "":
                equals = ("",)
            else:
                items = self.texts(vnode, '"equals"')
                ok = ok and items is not None
                equals = tuple(v for v, _ in items or ())
        if "keywords" in entries:
            kws = self.keyword_list(entries["keywords"][1], '"keywords"')
            ok = ok and kws is not None
        if "regex" in entries:
            items = self.texts(entries["regex"][1], '"regex"')
            ok = ok and items is not None
            pats = [self.regex(n, v) for v, n in items or ()]
            ok = ok and all(p is not None for p in pats)
            patterns = tuple(pats)
        if not ok or name is None:
            return None
        return FieldCond(name, equals, kws, patterns)


def _cat_name(category: Any) -> str:
    if isinstance(category, Mapping):
        return category.get("name") or ""
    return getattr(category, "name", "") or ""


def parse_rules(texts: Mapping[Path, bytes], *, categories: Mapping[str, Any], agencies: Mapping[str, Any],
                triage_category: str = "phan_loai", problems: list[str] | None = None) -> tuple[list[Rule], list[str]]:
    """The rules of the rule files' bytes, in order (`yamlnodes.read_rule_files`), and the files' warnings; no I/O.
    RulesError with every problem (after ``problems``, those met reading), each as "file:line: message"."""
    problems = [] if problems is None else problems
    if triage_category not in categories:
        problems.append(
            f'configuration: triage_category "{triage_category}" is not a configured category '
            f"(valid: {', '.join(categories)})"
        )
    parser = Parser(categories, agencies, problems)
    rules = [rule for path, raw in texts.items() for rule in parser.parse_file(path, raw)]
    if problems:
        raise RulesError(problems)
    return rules, list(parser.warnings)


def load_rules(
    rules_dir_or_files: str | Path | Iterable[str | Path],
    *,
    categories: Mapping[str, Any],
    agencies: Mapping[str, Any],
    triage_category: str = "phan_loai",
    routing: Mapping[str, Any] | None = None,
    learned: str | Path | None = None,
) -> RuleSet:
    """Read rule files (a directory: its *.yaml/*.yml in file-name order; or files). ``learned``: the learned
    model's weights file (default: `learned.learned_model`). RulesError with every problem, as "file:line: …"."""
    problems: list[str] = []
    texts = read_rule_files(rules_dir_or_files, problems)
    rules, warnings = parse_rules(texts, categories=categories, agencies=agencies, triage_category=triage_category,
                                  problems=problems)
    ruleset = RuleSet(rules, categories=categories, triage_category=triage_category, routing=routing,
                      learned=learned_model(rules_dir_or_files, learned, (set(categories), set(agencies))))
    ruleset.warnings = warnings
    return ruleset
