"""The base of every section of hopthu.yaml's settings (config.py, reports/settings.py, unusual.py).

Sections are plain frozen dataclasses, so the running daemon holds its settings without the validation
library: pydantic reads this class attribute when `config_problems.validate` checks a file, and is not
imported otherwise (bench/idle_rss.py: 8 MB of the idle daemon's memory).
"""

from __future__ import annotations


class ConfigError(Exception):
    """A configuration that cannot be used. `problems` lists one line per mistake (`hopthu.config` exports it;
    it stands here so that `config_problems`, which `config` imports, can raise it too)."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class Section:
    __pydantic_config__ = {"extra": "forbid"}  # an unknown key is a mistake the officer is told of


class FieldProblem(ValueError):
    """Values their types accept but the ward cannot use, raised by a section's `__post_init__`: `problems`
    maps each field to what is wrong, so the officer is shown every one at its key's line at once."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(problems.values()))


def refuse(problems: dict[str, str]) -> None:
    """A section's checks done: raise FieldProblem when any of them found something."""
    if problems:
        raise FieldProblem(problems)
