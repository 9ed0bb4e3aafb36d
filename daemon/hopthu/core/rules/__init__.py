"""Routing rules: YAML files (`loader`) → conditions over one keyword matcher (`conditions`) →
an explainable Decision (`engine`). Pure after load: no network, no journal, no register."""

from hopthu.core.rules.engine import TRIAGE_WHY, RulesError, RuleSet
from hopthu.core.rules.loader import load_rules

__all__ = ["TRIAGE_WHY", "RuleSet", "RulesError", "load_rules"]
