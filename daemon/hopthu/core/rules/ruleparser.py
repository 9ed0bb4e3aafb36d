"""Reading rule files' composed YAML nodes (which keep line numbers) into Rule objects: a file's list of
rules, each rule's name, weight, priority and switches, and its "then:" (the Action).

Every problem is collected with its file and line before anything is raised, so an officer fixes a rules
file in one go. The conditions ("when:", "exclude:") are `whenparser.py`; reading one value from a node (and
saying what is wrong with it) is `yamlnodes.py`; building the RuleSet from the files is `loader.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hopthu.core.model import FLAGS
from hopthu.core.rules.combinators import AllOf, NotOf
from hopthu.core.rules.conditions import KeywordsCond
from hopthu.core.rules.rule import Action, Rule
from hopthu.core.rules.whenparser import COND_KEYS, WhenParser
from hopthu.core.rules.yamlnodes import compose_file, suggest

RULE_KEYS = ("name", "description", "when", "exclude", "then", "stop", "enabled", "weight", "priority")
THEN_KEYS = ("category", "agency", "co_agencies", "complex", "flags", "notify", "reply_template")
ADDITIVE_KEYS = ("co_agencies", "complex", "flags", "notify")

NAME_RE = re.compile(r"^[\w.-]+$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Parser(WhenParser):
    """Walks composed YAML nodes (which keep line numbers) into Rule objects."""

    def __init__(self, categories: Mapping[str, Any], agencies: Mapping[str, Any], problems: list[str]):
        super().__init__(categories, agencies, problems)
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

