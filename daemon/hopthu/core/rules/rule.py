"""A routing rule as loaded: its condition, its action (``then``), where it was written; the error
that lists every problem of the rule files. Plain data, no behaviour beyond describing itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hopthu.core.rules.conditions import Condition


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
