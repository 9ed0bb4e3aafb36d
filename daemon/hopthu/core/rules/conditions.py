"""Rule conditions: what a rule asks of one message, and where its evidence stands (`Hit`). Pure, no I/O.

Each condition answers three questions: does it hold (`holds`, on the hot path: set
operations on the keywords the one matcher found), why (`test`: short Vietnamese phrases,
asked only for rules that are shown), and where (`hits`, for weighing). `gate()` names the
keywords a condition needs, so the engine only evaluates the rules one of a message's
keywords points to; `scoring_keywords()` lets the engine weigh a rule from the keywords
present alone, without listing its hits.

Owns: the `Condition` interface, `Hit`, and the leaves (keywords, regex, sender, channel, a Form field).
Combining them (all / any / not) is `combinators.py`; the message they read, `context.Context`; the
matcher itself is `matcher.py`.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hopthu.core.textnorm import afold, nfc, same_text

if TYPE_CHECKING:
    from hopthu.core.rules.context import Context
    from hopthu.core.rules.matcher import Keyword

__all__ = ["afold"]  # re-exported: the tests check the same-length fold here

_WHERE = {"subject": "tiêu đề", "text": "nội dung"}


def quote_list(items: Iterable[str], limit: int = 3) -> str:
    items = list(items)
    shown = ", ".join(f'"{x}"' for x in items[:limit])
    return shown + (f" (+{len(items) - limit})" if len(items) > limit else "")


@dataclass(frozen=True)
class Hit:
    """One place a true condition found its evidence: what weighing looks at."""

    place: str  # "subject" | "text" | "field"
    pos: int  # start in fold_case(subject/text); 0 for fields
    words: int  # how many words the keyword or pattern spans: a longer phrase is more specific
    label: str  # the keyword as written (never the matched text of a regex: it may reach agencies)
    length: int = 0  # a regex's match in characters (0 for a keyword, whose label is its length)


class Condition:
    """A node of a rule's condition tree."""

    __slots__ = ()  # a subclass holding thousands of instances (keywords) declares its own

    def hits(self, ctx: Context) -> list[Hit]:
        """Where a condition that holds found its evidence (call only after test() was true)."""
        return []

    def test(self, ctx: Context) -> list[str] | None:
        """None when false; else the evidence: short Vietnamese phrases for ``why``."""
        raise NotImplementedError

    def holds(self, ctx: Context) -> bool:
        """Whether the condition is true (the same as ``test(ctx) is not None``, without the words)."""
        return self.test(ctx) is not None

    def scoring_keywords(self) -> frozenset[str] | None:
        """The keywords whose hits are this condition's evidence whenever it holds (``hits`` then lists
        exactly their places), so the engine can weigh it from the keywords present; None: ask ``hits``."""
        return None

    def gate(self) -> frozenset[str] | None:
        """Keywords of which one must be present for this to be true; None: no such set."""
        return None

    def describe(self) -> str:
        raise NotImplementedError

    def keywords(self) -> Iterable[Keyword]:
        return ()

    def regexes(self) -> Iterable[Any]:
        """The patterns searched in the subject and text (a `safe_regex.Prefilter` is built from them)."""
        return ()


class KeywordsCond(Condition):
    __slots__ = ("kws", "need_all", "subject_only", "fcs")

    def __init__(self, kws: tuple[Keyword, ...], *, need_all: bool, subject_only: bool):
        self.kws = kws
        self.need_all = need_all
        self.subject_only = subject_only
        self.fcs = frozenset(k.fc for k in kws)

    def holds(self, ctx: Context) -> bool:
        found = ctx.subject_hits if self.subject_only else ctx.present
        return self.fcs <= found if self.need_all else not self.fcs.isdisjoint(found)

    def scoring_keywords(self) -> frozenset[str] | None:
        return None if self.subject_only else self.fcs

    def keywords(self) -> Iterable[Keyword]:
        return self.kws

    def gate(self) -> frozenset[str]:
        if self.need_all:  # all must be present: the longest (rarest) one is enough to gate
            return frozenset([max(self.kws, key=lambda k: len(k.fc)).fc])
        return frozenset(k.fc for k in self.kws)

    def test(self, ctx: Context) -> list[str] | None:
        subject, text = ctx.subject_hits, ctx.text_hits
        found: list[tuple[Keyword, str]] = []
        for kw in self.kws:
            if kw.fc in subject:
                found.append((kw, "subject"))
            elif not self.subject_only and kw.fc in text:
                found.append((kw, "text"))
            elif self.need_all:
                return None
        if not found:
            return None
        label = "đủ các từ khóa" if self.need_all and len(self.kws) > 1 else "từ khóa"
        places = {where for _, where in found}
        if len(places) == 1:
            (where,) = places
            return [f"{label} {quote_list(k.text for k, _ in found)} trong {_WHERE[where]}"]
        parts = [f'"{k.text}" trong {_WHERE[w]}' for k, w in found[:3]]
        more = f" (+{len(found) - 3})" if len(found) > 3 else ""
        return [f"{label} " + ", ".join(parts) + more]

    def hits(self, ctx: Context) -> list[Hit]:
        out: list[Hit] = []
        found = self.fcs & (ctx.subject_hits if self.subject_only else ctx.present)
        # the last keyword written with each folded form (no table of them kept: a few keywords a condition)
        for kw in {k.fc: k for k in self.kws if k.fc in found}.values():
            fc, words = kw.fc, kw.words
            for place, at in (("subject", ctx.subject_at), ("text", ctx.text_at)):
                if place == "text" and self.subject_only:
                    break
                for pos in at.get(fc, ()):
                    out.append(Hit(place, pos, words, kw.text))
        return out

    def describe(self) -> str:
        if self.subject_only:
            return f"tiêu đề có từ khóa {quote_list(k.text for k in self.kws)}"
        if self.need_all:
            return f"có đủ các từ khóa {quote_list((k.text for k in self.kws), 5)}"
        return f"có từ khóa {quote_list(k.text for k in self.kws)}"


class RegexCond(Condition):
    def __init__(self, patterns: tuple[re.Pattern[str], ...]):
        self.patterns = patterns

    def regexes(self) -> Iterable[Any]:
        return self.patterns

    def test(self, ctx: Context) -> list[str] | None:
        places, ruled_out = ctx.places, ctx.ruled_out
        for pat in self.patterns:
            for (where, value), skip in zip(places, ruled_out):
                if value and pat not in skip and pat.search(value):
                    # the pattern, not the matched text: evidence may reach agencies
                    return [f'biểu thức "{pat.pattern}" khớp trong {_WHERE[where]}']
        return None

    def hits(self, ctx: Context) -> list[Hit]:
        out = []
        places, ruled_out = ctx.places, ctx.ruled_out
        for pat in self.patterns:
            for (where, value), skip in zip(places, ruled_out):
                m = pat.search(value) if value and pat not in skip else None
                if m is not None:
                    # NFC and fold_case keep Vietnamese text's length: the position carries over
                    out.append(Hit(where, m.start(), max(1, len(m.group(0).split())), pat.pattern, m.end() - m.start()))
        return out

    def describe(self) -> str:
        return "khớp biểu thức " + " hoặc ".join(f'"{p.pattern}"' for p in self.patterns)


class SenderCond(Condition):
    def __init__(self, patterns: tuple[str, ...]):
        self.patterns = patterns

    @staticmethod
    def _matches(pattern: str, sender: str) -> bool:
        if any(c in pattern for c in "*?["):
            return fnmatch.fnmatchcase(sender, pattern)
        domain = sender.rpartition("@")[2]
        if pattern.startswith("@"):
            return domain == pattern[1:]
        if "@" in pattern:
            return sender == pattern
        return domain == pattern or domain.endswith("." + pattern)

    def test(self, ctx: Context) -> list[str] | None:
        if not ctx.sender:
            return None
        for pattern in self.patterns:
            if self._matches(pattern, ctx.sender):
                # never the address itself: explanations may reach agencies
                return [f'người gửi khớp "{pattern}"']
        return None

    def scoring_keywords(self) -> frozenset[str]:
        return frozenset()

    def describe(self) -> str:
        return f"người gửi {quote_list(self.patterns)}"


class ChannelCond(Condition):
    def __init__(self, channels: tuple[str, ...]):
        self.channels = channels

    def test(self, ctx: Context) -> list[str] | None:
        if ctx.channel in self.channels:
            return [f"kênh {ctx.channel}"]
        return None

    def scoring_keywords(self) -> frozenset[str]:
        return frozenset()

    def describe(self) -> str:
        return "kênh " + " hoặc ".join(self.channels)


class FieldCond(Condition):
    def __init__(
        self,
        name: str,
        equals: tuple[str, ...] | None,
        kws: tuple[Keyword, ...] | None,
        patterns: tuple[re.Pattern[str], ...] | None,
        label: str | None = None,
    ):
        self.name = name
        self.equals = equals
        self.kws = kws
        self.patterns = patterns
        self.label = label or f'trường "{name}"'

    def keywords(self) -> Iterable[Keyword]:
        return self.kws or ()

    def test(self, ctx: Context) -> list[str] | None:
        value = ctx.field_value(self.name)
        evidence: list[str] = []
        if self.equals is not None:
            hit = next((e for e in self.equals if same_text(value, e)), None)
            if hit is None:
                return None
            evidence.append(f'{self.label} là "{hit}"')
        if self.kws is not None:
            hits = ctx.field_hits(self.name)
            found = [k.text for k in self.kws if k.fc in hits]
            if not found:
                return None
            evidence.append(f"{self.label} có từ khóa {quote_list(found)}")
        if self.patterns is not None:
            text = nfc(value)
            pat = next((p for p in self.patterns if p.search(text)), None)
            if pat is None:
                return None
            evidence.append(f'{self.label} khớp biểu thức "{pat.pattern}"')
        return evidence

    def hits(self, ctx: Context) -> list[Hit]:
        return [Hit("field", 0, 1, self.name)]

    def describe(self) -> str:
        parts = []
        if self.equals is not None:
            parts.append(f"{self.label} là {quote_list(self.equals)}")
        if self.kws is not None:
            parts.append(f"{self.label} có từ khóa {quote_list(k.text for k in self.kws)}")
        if self.patterns is not None:
            parts.append(f"{self.label} khớp " + " hoặc ".join(f'"{p.pattern}"' for p in self.patterns))
        return " và ".join(parts)

