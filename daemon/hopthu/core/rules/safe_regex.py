"""Officers' `regex:` conditions run on RE2 (google-re2): linear in the text, whatever the pattern.

Python's `re` backtracks: a pattern such as `(a+)+b` or `\\w+\\s*\\w+x` takes seconds to hours on one long
letter, and rules run on every item. RE2 never backtracks; what it cannot do (backreferences, lookaround
in the middle of a pattern, `\\b`) is refused when the rules are loaded, with file:line.

Written in Python's dialect, a pattern keeps its meaning on Vietnamese text:
- `\\w` `\\W` `\\s` `\\S` mean Unicode letters, digits and spaces (RE2 alone would mean ASCII only);
- the word-boundary idiom `(?<!\\w)` at the start and `(?!\\w)` at the end of the pattern (the way the
  shipped rules mark whole words) become "start of text or a non-word character" and "a non-word
  character or the end": the same answer for a search, which is all a condition asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import re2

WORD = r"\p{L}\p{N}_"
SPACE = r"\p{Z}\t\n\x0b\f\r\x1c-\x1f\x85"
_IN_CLASS = {"w": WORD, "s": SPACE, "d": r"\p{Nd}"}
_OUTSIDE = {"w": f"[{WORD}]", "W": f"[^{WORD}]", "s": f"[{SPACE}]", "S": f"[^{SPACE}]", "d": r"\p{Nd}",
            "D": r"\P{Nd}"}
_LEAD = "(?<!\\w)"
# Any one character: what `loose` translation puts for a Unicode class (`Prefilter`)
_ANY = "(?s:.)"
_TRAIL = "(?!\\w)"

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # the loader reports the problem with file:line; no absl lines on stderr
# RE2's default budget (8 MiB a pattern) lets each pattern's DFA cache grow with the letters it has read:
# the shipped rules' 21 patterns took 9.5 MB more after the 622 routing tuning texts, and it never goes
# back, so an idle daemon's size followed its history. 512 KiB leaves the program room and the DFA
# little: RE2 runs the NFA instead (still linear; the same matches; 0.9 ms a letter for all 21, not 0.3 ms).
_OPTIONS.max_mem = 512 * 1024
# A pattern too large for that budget compiles with RE2's default instead (it costs more, but it runs).
_LARGE = re2.Options()
_LARGE.log_errors = False


class UnsafePattern(ValueError):
    """A construct only a backtracking engine runs; the message says what to write instead."""


class SafePattern:
    """A compiled officer's pattern: `.pattern` is what the officer wrote (for evidence and errors),
    `.search(text)` runs on RE2.

    Checked when the rules load, compiled again when first searched and dropped by `forget` (after each
    run of intakes): the shipped rules' 42 compiled patterns hold 1.9 MB, which an idle daemon need not keep
    (compiling one takes about 3 ms; the prefilter leaves two or three to search in a letter)."""

    __slots__ = ("pattern", "_text", "_compiled", "_options", "_loose")

    def __init__(self, pattern: str, text: str, options: Any = None, loose: str | None = None) -> None:
        self.pattern = pattern
        self._text = text  # the pattern in RE2's dialect
        self._compiled: Any = None
        self._options = options or _OPTIONS
        self._loose = loose  # the pattern with its Unicode classes widened to any character (`Prefilter`)

    def search(self, text: str) -> Any:
        compiled = self._compiled
        if compiled is None:  # another thread may compile it too: the same program, either one is kept
            compiled = self._compiled = re2.compile(self._text, self._options)
        return compiled.search(text)

    def forget(self) -> None:
        self._compiled = None

    def __repr__(self) -> str:
        return f"SafePattern({self.pattern!r})"


def _translate_classes(pattern: str, loose: bool = False) -> str:
    r"""`\w`, `\s`, `\d` (and their negations) in Unicode terms, inside and outside `[...]`."""
    out: list[str] = []
    i, in_class = 0, False
    class_at, widened = 0, False  # where the open [...] starts in `out`; whether it holds \w, \s or \d
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt in ("b", "B"):
                raise UnsafePattern(
                    "\\b is ASCII-only on the safe engine: write (?<!\\w) at the start and (?!\\w) at the end "
                    "/ \\b chỉ hiểu chữ không dấu: viết (?<!\\w) ở đầu và (?!\\w) ở cuối biểu thức")
            if in_class and nxt in _IN_CLASS:
                out.append(_IN_CLASS[nxt])
                widened = True
            elif in_class and nxt in "WSD":
                raise UnsafePattern(f"\\{nxt} inside [...] is not supported / không dùng \\{nxt} trong [...]")
            elif not in_class and nxt in _OUTSIDE:
                out.append(_ANY if loose else _OUTSIDE[nxt])
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class, class_at, widened = True, len(out), False
            out.append(ch)
            # "[]...]" and "[^]...]": a leading "]" is a literal
            j = i + 1
            if pattern[j:j + 1] == "^":
                out.append("^")
                j += 1
            if pattern[j:j + 1] == "]":
                out.append("\\]")
                j += 1
            i = j
            continue
        if ch == "]" and in_class:
            in_class = False
            if loose and widened:
                del out[class_at:]
                out.append(_ANY)
                i += 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def compile_safe(pattern: str) -> SafePattern:
    """The pattern on RE2, or `UnsafePattern` saying why it cannot run there."""
    body = pattern
    flags = ""
    while body.startswith("(?") and len(body) > 2 and body[2] in "aiLmsux" and ")" in body:
        end = body.index(")")
        if not all(c in "aiLmsux" for c in body[2:end]):
            break
        flags, body = flags + body[:end + 1], body[end + 1:]
    lead = body.startswith(_LEAD)
    trail = body.endswith(_TRAIL) and not body.endswith("\\" + _TRAIL)
    if lead:
        body = body[len(_LEAD):]
    if trail:
        body = body[: -len(_TRAIL)]
    translated = _translate_classes(body)
    flags = flags.replace("(?u)", "").replace("(?a)", "").replace("(?L)", "")
    text = (flags + (f"(?:^|[^{WORD}])" if lead else "") + "(?:" + translated + ")"
            + (f"(?:$|[^{WORD}])" if trail else ""))
    # For `Prefilter`: the same literals, every Unicode class (and the word-boundary idiom) widened to any
    # character: it matches wherever the pattern does, and compiles to a small program.
    loose = flags + "(?:" + _translate_classes(body, loose=True) + ")"
    options = _OPTIONS
    try:
        try:
            compiled = re2.compile(text, options)
        except re2.error as exc:
            if "too large" not in str(exc):
                raise
            options = _LARGE
            compiled = re2.compile(text, options)
    except re2.error as exc:
        detail = str(exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc)
        raise UnsafePattern(
            f"needs a backtracking engine ({detail}); backreferences and lookaround other than (?<!\\w) at the "
            f"start and (?!\\w) at the end can take hours on one long letter / cần bộ máy quay lui, có thể treo "
            f"hàng giờ với một thư dài: bỏ tham chiếu ngược (\\1) và (?=...), (?!...), (?<=...) ở giữa biểu thức"
        ) from None
    del compiled  # checked; compiled again when first searched (`SafePattern`; `Prefilter.forget` purges)
    return SafePattern(pattern, text, options, loose)


class Prefilter:
    """Which of many patterns cannot match a text, told by the literal strings each one needs.

    RE2 run with the small budget above scans a letter through its NFA (about 50 µs a pattern on a
    letter), and the shipped rules have some twenty patterns, most of which match nothing in a given
    letter. RE2's FilteredRE2 lists, per pattern, literal strings of which the pattern needs some
    combination (``cột\\s+(điện|đèn)`` needs "cột" and "điện" or "đèn"); all of them are looked for in
    one pass (one literal set, whose automaton is bounded by the patterns' size, not by the letters
    read), and only the patterns whose needs are met are searched. A pattern with no such literal is
    never ruled out; the answer only skips searches that could not match, so the results are the same.
    """

    __slots__ = ("_patterns", "_filter", "_all")

    def __init__(self, patterns: Iterable[SafePattern]) -> None:
        # each pattern once (they compare by identity); any other kind of pattern is never ruled out
        self._patterns = [p for p in dict.fromkeys(patterns) if isinstance(p, SafePattern)]
        self._all = frozenset(self._patterns)
        self._filter: Any = None  # built when first asked, dropped by `forget` (0.7 MB for the shipped rules)

    def _built(self) -> Any:
        """The filter (False: it cannot be built, every pattern is searched)."""
        filt = self._filter
        if filt is None:
            filt = re2.Filter()
            try:
                for pat in self._patterns:
                    filt.Add(pat._loose or pat._text, pat._options)
                filt.Compile()
            except re2.error:
                filt = False
            self._filter = filt
        return filt

    def ruled_out(self, text: str) -> frozenset[SafePattern]:
        """The patterns (of those given) that cannot match ``text``; any other may."""
        if not self._patterns or not text:
            return frozenset()
        filt = self._built()
        if filt is False:
            return frozenset()
        possible = filt.Match(text, potential=True)
        if not possible:
            return self._all
        patterns = self._patterns
        return self._all.difference([patterns[i] for i in possible])

    def forget(self) -> None:
        """Drop the filter and the patterns' compiled programs: built again for the next letter."""
        if self._filter is not False:
            self._filter = None
        for pat in self._patterns:
            pat.forget()
        re2.purge()  # re2.compile keeps the last 128 programs in a cache of its own (only these rules use re2)
