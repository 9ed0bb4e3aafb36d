"""Reading a rule's conditions ("when:", "exclude:") from composed YAML nodes into `Condition` trees.

Owns: the condition keys and what each one builds (keywords, regex, sender, channel, a Form field, the
category the citizen picked; all / any / not), and telling an officer which id a name or a misspelling
means ("did you mean ..."), every problem collected with its file and line. Reading one value from a node is
`yamlnodes.NodeReader`; the rule around the conditions, its file and its "then:" are `ruleparser.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hopthu.core.model import FLAG_LABELS, Channel
from hopthu.core.rules.combinators import AllOf, AnyOf, NotOf
from hopthu.core.rules.conditions import ChannelCond, Condition, FieldCond, KeywordsCond, RegexCond, SenderCond
from hopthu.core.rules.matcher import WORD_CHAR, Keyword
from hopthu.core.rules.yamlnodes import NodeReader, suggest
from hopthu.core.textnorm import afold, fold_case

COND_KEYS = ("keywords", "all_keywords", "subject", "regex", "sender", "channel", "field", "picked_category",
             "all", "any", "not")
FIELD_KEYS = ("name", "field", "equals", "keywords", "regex")
CHANNELS = tuple(c.value for c in Channel)


class WhenParser(NodeReader):
    """Walks the composed YAML nodes of a rule's conditions (which keep line numbers) into Condition trees."""

    def __init__(self, categories: Mapping[str, Any], agencies: Mapping[str, Any], problems: list[str]):
        super().__init__(problems)
        self.categories = categories
        self.agencies = agencies

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

