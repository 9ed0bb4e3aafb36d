"""Loading the rules: rule files → their Rule objects → the RuleSet the daemon decides with.

Every problem is collected with its file and line before anything is raised, so an officer fixes
a rules file in one go. Reading the files is `yamlnodes.py`; walking their nodes into rules is
`ruleparser.py` (the conditions: `whenparser.py`); the engine that runs the rules is `engine.py`;
this module only puts them together (with the learned model's weights file).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from hopthu.core.rules.engine import RuleSet
from hopthu.core.rules.learned import learned_model
from hopthu.core.rules.rule import Rule, RulesError
from hopthu.core.rules.ruleparser import Parser
from hopthu.core.rules.yamlnodes import read_rule_files


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
