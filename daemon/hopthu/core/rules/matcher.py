"""The one keyword matcher every rule shares: pure text work, no I/O.

Why it is fast: all keywords (every form they are written in) sit in one
trie-shaped regular expression run once over the accent-free text of the
subject and once over the body; a hit is then checked against the written
diacritics (`textnorm.compatible`). The engine adds the weighing cues
(negation, hypothetical, request...) to the same matcher, so one scan finds them too.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from hopthu.core.phrases import trie_regex as _trie_regex
from hopthu.core.textnorm import afold, compatible, fold_case, nfc, written_with_marks

WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyword as the officer wrote it, with its two matching forms."""

    text: str  # NFC, trimmed: shown in explanations
    fc: str  # fold_case form: the keyword's identity
    f: str  # accent-free form: what the matcher looks for

    @property
    def marked(self) -> bool:
        return self.fc != self.f

    @property
    def words(self) -> int:
        return self.fc.count(" ") + 1

    @classmethod
    def make(cls, written: str) -> Keyword:
        # interned: a keyword repeated across rules (and the matcher's and conditions' tables of it) is one string
        text = sys.intern(" ".join(nfc(written).split()))
        fc = sys.intern(fold_case(text))
        return cls(text=text, fc=fc, f=sys.intern(afold(fc)))


class Matcher:
    """One compiled matcher for every keyword of every rule.

    A trie-shaped regular expression over the accent-free text finds, at every
    word start, the longest keyword beginning there; shorter keywords that are
    whole-word prefixes of it are looked up in a table built at load. Each hit is
    then kept only for the written forms whose diacritics fit (see textnorm.compatible).
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

    def forget(self) -> None:
        """Drop the written spans remembered (words of the letters read since: the journal holds them), so a
        daemon that took years of history does not keep its vocabulary: after each run of intakes."""
        self._cache = {}

    def scan(self, raw: str) -> frozenset[str]:
        """The keywords (by their fold_case form) present in ``raw``."""
        return frozenset(self.scan_text(raw)[1])

    def scan_text(self, raw: str) -> tuple[str, dict[str, list[int]]]:
        """``fold_case(raw)``, and the keywords present in it, each with where it starts."""
        if not raw:
            return "", {}
        fc = fold_case(raw)
        if self._finditer is None:
            return fc, {}
        f = afold(fc)
        # a text written with diacritics means its bare words bare ("cầu thang" is not "thằng")
        strict = written_with_marks(fc, f)
        hits: dict[str, list[int]] = {}
        cache = self._cache
        for m in self._finditer(f):
            # the written span decides everything (its accent-free form is the key),
            # and the same words recur from message to message: remember the answer
            span_fc = fc[m.start() : m.end(1)]
            key = "\n" + span_fc if strict else span_fc  # no newline in a fold_case span
            found = cache.get(key)
            if found is None:
                found = self._resolve(m.group(1), span_fc, strict)
                if len(cache) >= self.CACHE_SIZE:
                    cache.clear()
                cache[key] = found
            for kw_fc in found:
                at = hits.get(kw_fc)
                if at is None:
                    hits[kw_fc] = [m.start()]
                else:
                    at.append(m.start())
        return fc, hits

    def _resolve(self, key: str, span_fc: str, strict: bool = False) -> tuple[str, ...]:
        """Keywords present at one place: ``key`` is the longest, ``span_fc`` the text there."""
        found: list[str] = []
        for n, plain, marked in self._at[key]:
            found.extend(plain)
            for kw_fc in marked:
                if compatible(span_fc[:n], key[:n], kw_fc, strict):
                    found.append(kw_fc)
        return tuple(found)
