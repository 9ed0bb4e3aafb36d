"""Lists of cue phrases and the forms of a text they are read in, for the spam and abuse cues. Pure, no I/O.

A phrase list is matched as whole words on the diacritics-folded text (one trie, `core.phrases`), and a hit
is then held to the diacritics the writer typed: in a text written with diacritics
(`textnorm.written_with_marks`), a word carries its own marks, so "án đào" (a project's mining) is not
"ăn dao" (a knife), "cầu thang" (stairs) not "thằng"; a text written without any is read folded. A
phrase word written bare ("dm", "dit me") matches however the text marks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hopthu.core.phrases import whole_words
from hopthu.core.textnorm import afold, compatible, fold_case, written_with_marks


class Forms:
    """One text and its folded forms, each made once when first asked (both cues read them)."""

    def __init__(self, whole: str, marked: str | None = None):
        self.whole = whole
        self._marked = marked
        self._folded: str | None = None
        self._strict: bool | None = None

    @property
    def marked(self) -> str:
        """Case-folded, whitespace collapsed, diacritics kept."""
        if self._marked is None:
            self._marked = fold_case(self.whole)
        return self._marked

    @property
    def folded(self) -> str:
        """`marked` without diacritics: same length, same positions."""
        if self._folded is None:
            self._folded = afold(self.marked)
        return self._folded

    @property
    def strict(self) -> bool:
        """Written with diacritics: its words are matched with their own marks."""
        if self._strict is None:
            self._strict = written_with_marks(self.marked, self.folded)
        return self._strict


class Phrases:
    """A list of cue phrases, written as a person would (with their diacritics, or bare when any will do)."""

    def __init__(self, *phrases: str):
        forms: dict[str, set[str]] = {}
        for phrase in phrases:
            written = fold_case(phrase)
            forms.setdefault(afold(written), set()).add(written)
        self.forms = {key: tuple(sorted(written)) for key, written in forms.items()}
        self.pattern: re.Pattern[str] = whole_words(self.forms)

    def spans(self, forms: Forms) -> Iterable[tuple[int, int]]:
        """Where the phrases stand in the text, as `forms` reads it."""
        folded, marked, strict = forms.folded, forms.marked, forms.strict
        for m in self.pattern.finditer(folded):
            key, span = m.group(0), marked[m.start():m.end()]
            if any(written == key or compatible(span, key, written, strict)
                   for written in self.forms[key]):
                yield m.span()

    def found(self, forms: Forms) -> list[str]:
        """The phrases present, as the text writes them, each once."""
        return list(dict.fromkeys(forms.marked[a:b] for a, b in self.spans(forms)))

    def words(self) -> set[str]:
        """Every word of every phrase (as written, and bare)."""
        return {w for key, written in self.forms.items() for p in (key, *written) for w in p.split()}
