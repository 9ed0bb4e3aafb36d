"""Rule conditions: what a rule asks of one message, and where its evidence stands. Pure, no I/O.

Each condition answers three questions: does it hold (`holds`, on the hot path: set
operations on the keywords the one matcher found), why (`test`: short Vietnamese phrases,
asked only for rules that are shown), and where (`hits`, for weighing). `gate()` names the
keywords a condition needs, so the engine only evaluates the rules one of a message's
keywords points to; `scoring_keywords()` lets the engine weigh a rule from the keywords
present alone, without listing its hits. The matcher itself is `matcher.py`.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any

from hopthu.core.rules.courtesy import drop_closing_thanks
from hopthu.core.textnorm import afold, fold_case, nfc, same_text, unwrap

if TYPE_CHECKING:
    from hopthu.core.model import Submission
    from hopthu.core.rules.matcher import Keyword, Matcher
    from hopthu.core.rules.safe_regex import Prefilter

__all__ = ["afold"]  # re-exported: the tests check the same-length fold here

_WHERE = {"subject": "tiêu đề", "text": "nội dung"}
# --------------------------------------------------------------------------- conditions


class Context:
    """One message, prepared once: keyword hits per place, lazily the Form fields."""

    __slots__ = ("sub", "matcher", "subject_fc", "text_fc", "subject_at", "text_at", "subject_hits",
                 "text_hits", "present", "_field_hits", "channel", "_sender", "_nfc", "prefilter", "_ruled_out")

    def __init__(self, sub: Submission, matcher: Matcher, prefilter: Prefilter | None = None):
        self.sub = sub
        self.matcher = matcher
        self.prefilter = prefilter  # which officers' patterns cannot match a place (skipped, not searched)
        self._ruled_out: tuple[frozenset[Any], ...] | None = None
        # keyword -> where it starts in fold_case(subject / text): weighing looks at the words around it
        self.subject_fc, self.subject_at = matcher.scan_text(sub.subject or "")
        self.text_fc, self.text_at = matcher.scan_text(sub.text or "")
        drop_closing_thanks(self.text_fc, self.text_at)  # the body's closing "Xin cảm ơn.": no evidence (courtesy.py)
        self.subject_hits: frozenset[str] = frozenset(self.subject_at)
        self.text_hits: frozenset[str] = frozenset(self.text_at)
        self.present: frozenset[str] = self.subject_hits | self.text_hits
        self._field_hits: dict[str, frozenset[str]] = {}
        channel = sub.channel
        self.channel = str(getattr(channel, "value", channel) or "")  # a Channel, or its value as typed
        self._sender: str | None = None
        self._nfc: tuple[tuple[str, str], ...] | None = None

    @property
    def places(self) -> tuple[tuple[str, str], ...]:
        """(("subject", NFC subject), ("text", NFC text, its wrapped lines joined)), for regular expressions."""
        if self._nfc is None:
            self._nfc = (("subject", nfc(self.sub.subject or "")), ("text", nfc(unwrap(self.sub.text or ""))))
        return self._nfc

    @property
    def ruled_out(self) -> tuple[frozenset[Any], ...]:
        """Per place of `places`, the patterns that cannot match there (`safe_regex.Prefilter`)."""
        if self._ruled_out is None:
            prefilter = self.prefilter
            self._ruled_out = tuple(prefilter.ruled_out(value) if prefilter is not None else frozenset()
                                    for _, value in self.places)
        return self._ruled_out

    @property
    def sender(self) -> str:
        """The sender's bare address, lower case ("" when unknown); parsed only when asked."""
        if self._sender is None:
            raw = (self.sub.sender or "").strip()
            self._sender = (parseaddr(raw)[1] if "<" in raw or " " in raw else raw).strip().lower()
        return self._sender

    @property
    def all_hits(self) -> frozenset[str]:
        return self.present

    def field_value(self, name: str) -> str:
        sub = self.sub
        if name == "tdp":
            return sub.tdp or ""
        if name == "picked_category":
            return sub.picked_category or ""
        fields = sub.fields or {}
        if name in fields:
            return fields[name] or ""
        key = afold(fold_case(name))
        for k, v in fields.items():
            if afold(fold_case(k)) == key:
                return v or ""
        return ""

    def field_hits(self, name: str) -> frozenset[str]:
        hits = self._field_hits.get(name)
        if hits is None:
            hits = self._field_hits[name] = self.matcher.scan(self.field_value(name))
        return hits


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


class AllOf(Condition):
    def __init__(self, children: tuple[Condition, ...]):
        self.children = children

    def keywords(self) -> Iterable[Keyword]:
        for c in self.children:
            yield from c.keywords()

    def regexes(self) -> Iterable[Any]:
        for c in self.children:
            yield from c.regexes()

    def gate(self) -> frozenset[str] | None:
        gates = [g for g in (c.gate() for c in self.children) if g is not None]
        return min(gates, key=len) if gates else None

    def holds(self, ctx: Context) -> bool:
        for c in self.children:  # a loop, not all(...): this is on the hot path
            if not c.holds(ctx):
                return False
        return True

    def scoring_keywords(self) -> frozenset[str] | None:
        if not hasattr(self, "_scoring"):
            sets = [c.scoring_keywords() for c in self.children]
            self._scoring = None if any(k is None for k in sets) else frozenset[str]().union(
                *(k for k in sets if k is not None))
        return self._scoring

    def test(self, ctx: Context) -> list[str] | None:
        evidence: list[str] = []
        for c in self.children:
            ev = c.test(ctx)
            if ev is None:
                return None
            evidence.extend(ev)
        return evidence

    def hits(self, ctx: Context) -> list[Hit]:
        return [h for c in self.children for h in c.hits(ctx)]

    def describe(self) -> str:
        if len(self.children) == 1:
            return self.children[0].describe()
        return " và ".join(f"({c.describe()})" for c in self.children)


class AnyOf(Condition):
    def __init__(self, children: tuple[Condition, ...]):
        self.children = children

    def keywords(self) -> Iterable[Keyword]:
        for c in self.children:
            yield from c.keywords()

    def regexes(self) -> Iterable[Any]:
        for c in self.children:
            yield from c.regexes()

    def gate(self) -> frozenset[str] | None:
        gates: list[frozenset[str]] = []
        for c in self.children:
            g = c.gate()
            if g is None:
                return None
            gates.append(g)
        return frozenset[str]().union(*gates)

    def holds(self, ctx: Context) -> bool:
        for c in self.children:
            if c.holds(ctx):
                return True
        return False

    def scoring_keywords(self) -> frozenset[str] | None:
        # the union only when a present keyword means its child holds (any-of keywords; or no keywords)
        if not hasattr(self, "_scoring"):
            out: set[str] | None = set()
            for c in self.children:
                k = c.scoring_keywords()
                if k is None or (k and not (isinstance(c, KeywordsCond) and not c.need_all)):
                    out = None
                    break
                out |= k  # type: ignore[operator]
            self._scoring = None if out is None else frozenset(out)
        return self._scoring

    def test(self, ctx: Context) -> list[str] | None:
        for c in self.children:
            ev = c.test(ctx)
            if ev is not None:
                return ev
        return None

    def hits(self, ctx: Context) -> list[Hit]:
        return [h for c in self.children if c.holds(ctx) for h in c.hits(ctx)]

    def describe(self) -> str:
        if len(self.children) == 1:
            return self.children[0].describe()
        return " hoặc ".join(f"({c.describe()})" for c in self.children)


def gated_exclusion(cond: Condition) -> frozenset[str] | None:
    """For a condition true exactly when one of its any-of keywords is present (which the engine's
    index guarantees) and none of some other keywords is: those other keywords ("exclude:", or
    "all: [keywords, not: keywords]"). None for any other shape."""
    if isinstance(cond, KeywordsCond):
        return frozenset() if not cond.need_all and not cond.subject_only else None
    if isinstance(cond, AllOf) and len(cond.children) == 2:
        first, second = cond.children
        inner = gated_exclusion(first)
        if inner is not None and isinstance(second, NotOf) and isinstance(second.child, KeywordsCond) \
                and not second.child.need_all and not second.child.subject_only:
            return inner | second.child.fcs
    return None


class NotOf(Condition):
    def __init__(self, child: Condition):
        self.child = child

    def keywords(self) -> Iterable[Keyword]:
        return self.child.keywords()

    def regexes(self) -> Iterable[Any]:
        return self.child.regexes()

    def test(self, ctx: Context) -> list[str] | None:
        # true says nothing worth repeating in ``why`` (an absence); see RuleSet._why
        return None if self.child.holds(ctx) else []

    def holds(self, ctx: Context) -> bool:
        return not self.child.holds(ctx)

    def scoring_keywords(self) -> frozenset[str]:
        return frozenset()  # an absence is no evidence

    def describe(self) -> str:
        return f"không ({self.child.describe()})"
