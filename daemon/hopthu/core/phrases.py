"""Many literal phrases as one regular expression shaped as a trie. Pure, no I/O.

An alternation of a hundred phrases ("giá rẻ|giảm giá|…") makes the regex engine try every phrase at
every position of a text; the same phrases as a trie ("gi(?:a re|am gia)|…") try one branch per
character, so a scan costs about the text's length whatever the list's. Used by the rule matcher and
the spam and abuse cues. Linear on any input: only literals and optional groups that start with one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie, longest match first: where a longer word
    and its prefix both match, the longer is tried first, the shorter when what follows makes the
    longer fail (the same matches as the alternation of the words sorted longest first)."""
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


def whole_words(phrases: Iterable[str]) -> re.Pattern[str]:
    """Any of the phrases standing as whole words (no word character just before or after), the longest
    one that does at each place."""
    return re.compile(r"(?<!\w)(?:" + trie_regex(sorted(set(phrases))) + r")(?!\w)")
