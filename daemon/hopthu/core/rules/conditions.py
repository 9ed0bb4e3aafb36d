"""Rule conditions and the one keyword matcher they share: pure text work, no I/O.

Why it is fast: all keywords (every form they are written in) sit in one
trie-shaped regular expression run once over the accent-free text of the
subject and once over the body; a hit is then checked against the written
diacritics. `Condition.gate()` names the keywords a condition needs, so the
engine only evaluates the rules one of a message's keywords points to.
"""

from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Any

from hopthu.core.model import Channel, Submission
from hopthu.core.textnorm import MarkTable, fold_case, nfc

_WHERE = {"subject": "tiêu đề", "text": "nội dung"}
WORD_CHAR = re.compile(r"\w")

# --------------------------------------------------------------------------- text forms


# Char by char `textnorm.strip_marks`, one character for one: on casefolded NFC text this gives exactly
# `textnorm.fold` (tested on the whole Vietnamese alphabet) and keeps positions aligned with the
# `fold_case` form, so a hit in the folded text can be checked against the diacritics actually typed.
_FOLD = MarkTable(same_length=True)


def afold(folded_case: str) -> str:
    """Accent-free form of a ``fold_case`` string, same length, same positions."""
    if folded_case.isascii():
        return folded_case
    return folded_case.translate(_FOLD)


def _same_text(actual: str, expected: str) -> bool:
    """Equality for Form answers: case-insensitive; diacritics count unless one side has none."""
    a_fc, e_fc = fold_case(actual), fold_case(expected)
    if a_fc == e_fc:
        return True
    a_f, e_f = afold(a_fc), afold(e_fc)
    if a_f != e_f:
        return False
    return _compatible(a_fc, a_f, e_fc) or _compatible(e_fc, e_f, a_fc)


def _marks_key(word: str) -> str:
    return "".join(sorted(unicodedata.normalize("NFD", word)))


def _compatible(span_fc: str, span_f: str, kw_fc: str) -> bool:
    """May text ``span_fc`` (same accent-free form as the keyword) be that keyword?

    Word by word, the text word must carry the keyword word's diacritics, or none
    at all. "hong" may be "hỏng"; "hồng" is not; "đen" (black) is not "đèn"
    (lamp): it has a mark, just a different one. Where the tone mark sits does
    not count: old-style "hoà", "thuỷ", "tuý" are "hòa", "thủy", "túy" (same
    letters, same marks, only placed on another vowel).
    """
    if span_fc == kw_fc or span_fc == span_f:
        return True
    # same accent-free form, so the same words at the same places
    for t_word, f_word, k_word in zip(span_fc.split(" "), span_f.split(" "), kw_fc.split(" "), strict=False):
        if t_word != k_word and t_word != f_word and _marks_key(t_word) != _marks_key(k_word):
            return False
    return True


@dataclass(frozen=True)
class Keyword:
    """A keyword as the officer wrote it, with its two matching forms."""

    text: str  # NFC, trimmed: shown in explanations
    fc: str  # fold_case form: the keyword's identity
    f: str  # accent-free form: what the matcher looks for

    @property
    def marked(self) -> bool:
        return self.fc != self.f

    @classmethod
    def make(cls, written: str) -> Keyword:
        text = " ".join(nfc(written).split())
        fc = fold_case(text)
        return cls(text=text, fc=fc, f=afold(fc))


class Matcher:
    """One compiled matcher for every keyword of every rule.

    A trie-shaped regular expression over the accent-free text finds, at every
    word start, the longest keyword beginning there; shorter keywords that are
    whole-word prefixes of it are looked up in a table built at load. Each hit is
    then kept only for the written forms whose diacritics fit (see _compatible).
    """

    CACHE_SIZE = 50_000  # written spans remembered (cleared when full)

    def __init__(self, keywords: Iterable[Keyword]):
        by_fold: dict[str, dict[str, bool]] = {}
        for kw in keywords:
            by_fold.setdefault(kw.f, {})[kw.fc] = kw.marked
        self.size = sum(len(v) for v in by_fold.values())
        # per accent-free key: (length, unmarked written forms, marked written forms)
        entry = {
            key: (
                len(key),
                tuple(fc for fc, marked in forms.items() if not marked),
                tuple(fc for fc, marked in forms.items() if marked),
            )
            for key, forms in by_fold.items()
        }
        # per key the regex can report (the longest at a position): itself and its
        # whole-word prefixes that are keys too.
        self._at: dict[str, tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]] = {}
        for key in by_fold:
            found = [entry[key]]
            for i in range(1, len(key)):
                if not WORD_CHAR.match(key[i]) and key[:i] in entry:
                    found.append(entry[key[:i]])
            self._at[key] = tuple(found)
        self._cache: dict[str, tuple[str, ...]] = {}
        self._finditer = None
        if by_fold:
            trie = _trie_regex(sorted(by_fold))
            self._finditer = re.compile(r"(?<!\w)(?=(" + trie + r")(?!\w))").finditer

    def scan(self, raw: str) -> frozenset[str]:
        """The keywords (by their fold_case form) present in ``raw``."""
        return frozenset(self.scan_positions(raw))

    def scan_positions(self, raw: str) -> dict[str, list[int]]:
        """The keywords present in ``raw``, each with where it starts in ``fold_case(raw)``."""
        if not raw or self._finditer is None:
            return {}
        fc = fold_case(raw)
        f = afold(fc)
        hits: dict[str, list[int]] = {}
        cache = self._cache
        for m in self._finditer(f):
            # the written span decides everything (its accent-free form is the key),
            # and the same words recur from message to message: remember the answer
            span_fc = fc[m.start() : m.end(1)]
            found = cache.get(span_fc)
            if found is None:
                found = self._resolve(m.group(1), span_fc)
                if len(cache) >= self.CACHE_SIZE:
                    cache.clear()
                cache[span_fc] = found
            for kw_fc in found:
                hits.setdefault(kw_fc, []).append(m.start())
        return hits

    def _resolve(self, key: str, span_fc: str) -> tuple[str, ...]:
        """Keywords present at one place: ``key`` is the longest, ``span_fc`` the text there."""
        found: list[str] = []
        for n, plain, marked in self._at[key]:
            found.extend(plain)
            for kw_fc in marked:
                if _compatible(span_fc[:n], key[:n], kw_fc):
                    found.append(kw_fc)
        return tuple(found)


def _trie_regex(words: list[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie, longest match first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        alts = []
        for ch in sorted(k for k in node if k):
            child, lit = node[ch], ch
            while "" not in child and len(child) == 1:
                (nxt, child), = child.items()
                lit += nxt
            alts.append(re.escape(lit) + build(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(trie)


# --------------------------------------------------------------------------- conditions


class Context:
    """One message, prepared once: keyword hits per place, lazily the Form fields."""

    __slots__ = ("sub", "matcher", "subject_hits", "text_hits", "subject_at", "text_at", "_field_hits",
                 "channel", "_sender", "_nfc")

    def __init__(self, sub: Submission, matcher: Matcher):
        self.sub = sub
        self.matcher = matcher
        # keyword -> where it starts in fold_case(subject / text): weighing looks at the words around it
        self.subject_at = matcher.scan_positions(sub.subject or "")
        self.text_at = matcher.scan_positions(sub.text or "")
        self.subject_hits = self.subject_at.keys()
        self.text_hits = self.text_at.keys()
        self._field_hits: dict[str, frozenset[str]] = {}
        channel = sub.channel
        self.channel = channel.value if isinstance(channel, Channel) else str(channel or "")
        self._sender: str | None = None
        self._nfc: tuple[tuple[str, str], ...] | None = None

    @property
    def places(self) -> tuple[tuple[str, str], ...]:
        """(("subject", NFC subject), ("text", NFC text)), for regular expressions."""
        if self._nfc is None:
            self._nfc = (("subject", nfc(self.sub.subject or "")), ("text", nfc(self.sub.text or "")))
        return self._nfc

    @property
    def sender(self) -> str:
        """The sender's bare address, lower case ("" when unknown); parsed only when asked."""
        if self._sender is None:
            raw = (self.sub.sender or "").strip()
            self._sender = (parseaddr(raw)[1] if "<" in raw or " " in raw else raw).strip().lower()
        return self._sender

    @property
    def all_hits(self):
        return self.subject_hits | self.text_hits

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


class Condition:
    """A node of a rule's condition tree."""

    def hits(self, ctx: Context) -> list[Hit]:
        """Where a condition that holds found its evidence (call only after test() was true)."""
        return []

    def test(self, ctx: Context) -> list[str] | None:
        """None when false; else the evidence: short Vietnamese phrases for ``why``."""
        raise NotImplementedError

    def gate(self) -> frozenset[str] | None:
        """Keywords of which one must be present for this to be true; None: no such set."""
        return None

    def describe(self) -> str:
        raise NotImplementedError

    def keywords(self) -> Iterable[Keyword]:
        return ()


class KeywordsCond(Condition):
    def __init__(self, kws: tuple[Keyword, ...], *, need_all: bool, subject_only: bool):
        self.kws = kws
        self.need_all = need_all
        self.subject_only = subject_only

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
        out = []
        for kw in self.kws:
            words = kw.fc.count(" ") + 1
            for place, at in (("subject", ctx.subject_at), ("text", ctx.text_at)):
                if place == "text" and self.subject_only:
                    break
                for pos in at.get(kw.fc, ()):
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

    def test(self, ctx: Context) -> list[str] | None:
        for pat in self.patterns:
            for where, value in ctx.places:
                if value and pat.search(value):
                    # the pattern, not the matched text: evidence may reach agencies
                    return [f'biểu thức "{pat.pattern}" khớp trong {_WHERE[where]}']
        return None

    def hits(self, ctx: Context) -> list[Hit]:
        out = []
        for pat in self.patterns:
            for where, value in ctx.places:
                m = pat.search(value) if value else None
                if m is not None:
                    # NFC and fold_case keep Vietnamese text's length: the position carries over
                    out.append(Hit(where, m.start(), max(1, len(m.group(0).split())), pat.pattern))
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

    def describe(self) -> str:
        return f"người gửi {quote_list(self.patterns)}"


class ChannelCond(Condition):
    def __init__(self, channels: tuple[str, ...]):
        self.channels = channels

    def test(self, ctx: Context) -> list[str] | None:
        if ctx.channel in self.channels:
            return [f"kênh {ctx.channel}"]
        return None

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
            hit = next((e for e in self.equals if _same_text(value, e)), None)
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

    def gate(self) -> frozenset[str] | None:
        gates = [g for g in (c.gate() for c in self.children) if g is not None]
        return min(gates, key=len) if gates else None

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

    def gate(self) -> frozenset[str] | None:
        gates = [c.gate() for c in self.children]
        if any(g is None for g in gates):
            return None
        return frozenset().union(*gates)

    def test(self, ctx: Context) -> list[str] | None:
        for c in self.children:
            ev = c.test(ctx)
            if ev is not None:
                return ev
        return None

    def hits(self, ctx: Context) -> list[Hit]:
        return [h for c in self.children if c.test(ctx) is not None for h in c.hits(ctx)]

    def describe(self) -> str:
        if len(self.children) == 1:
            return self.children[0].describe()
        return " hoặc ".join(f"({c.describe()})" for c in self.children)


class NotOf(Condition):
    def __init__(self, child: Condition):
        self.child = child

    def keywords(self) -> Iterable[Keyword]:
        return self.child.keywords()

    def test(self, ctx: Context) -> list[str] | None:
        # true says nothing worth repeating in ``why`` (an absence); see RuleSet._why
        return None if self.child.test(ctx) is not None else []

    def describe(self) -> str:
        return f"không ({self.child.describe()})"
