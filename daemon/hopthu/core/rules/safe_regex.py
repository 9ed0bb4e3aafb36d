"""Officers' `regex:` conditions run on RE2 (google-re2): linear in the text, whatever the pattern.

Python's `re` backtracks: a pattern such as `(a+)+b` or `\\w+\\s*\\w+x` takes seconds to hours on one long
letter, and rules run on every item. RE2 never backtracks; what it cannot do (backreferences, lookaround
in the middle of a pattern, `\\b`) is refused when the rules are loaded, with file:line.

Written in Python's dialect, a pattern keeps its meaning on Vietnamese text:
- `\\w` `\\W` `\\s` `\\S` mean Unicode letters, digits and spaces (RE2 alone would mean ASCII only);
- the word-boundary idiom `(?<!\\w)` at the start and `(?!\\w)` at the end of the pattern (the way the
  shipped rules mark whole words) become "start of text or a non-word character" and "a non-word
  character or the end": the same answer for a search, which is all a condition asks.

A literal space between words matches any run of white space, a line break included (`widen_spaces`):
a letter wrapped by a mail client ("Đồng\\nthời", or "Đồng  thời" once a flowed line is joined) is
matched as the same letter unwrapped.
"""

from __future__ import annotations

import re
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
# Escapes that may stand for white space (`\x20`, `\040`, `\ `): any character in a `loose` pattern
_WHITE_ESCAPES = " ntrfvx0"
# What `Prefilter` makes of a text before looking for literals: each run of white space one space
_WHITE_RUN = re.compile(r"\s+")

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


def _escape_end(pattern: str, at: int) -> int:
    """Where the escape at `at` ends: `\\x41`, `\\x{a0}`, `\\040` are longer than two characters."""
    nxt = pattern[at + 1:at + 2]
    if nxt == "x":
        if pattern[at + 2:at + 3] == "{":
            close = pattern.find("}", at)
            return close + 1 if close > 0 else len(pattern)
        return min(at + 4, len(pattern))
    end = at + 2
    while nxt == "0" and end < min(at + 4, len(pattern)) and pattern[end] in "01234567":
        end += 1
    return end


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
            elif loose and nxt in _WHITE_ESCAPES:  # white space is one space in the filtered text: no literal
                if in_class:
                    widened = True
                    out.append(pattern[i:i + 2])
                else:
                    out.append(_ANY)
                    i = _escape_end(pattern, i) - 2
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
        if loose and ch.isspace() and (in_class or ch != " "):  # a literal space outside: `widen_spaces`
            widened = widened or in_class
            if not in_class:
                out.append(_ANY)
                i += 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


_FLAG_LETTERS = "aiLmsux-"


def _verbose_group(pattern: str, at: int) -> bool:
    """Whether the group opening at `at` ("(?") turns on verbose mode (`(?x)`, `(?ix:`): spaces mean nothing."""
    j = at + 2
    while j < len(pattern) and pattern[j] in _FLAG_LETTERS:
        j += 1
    flags = pattern[at + 2:j].partition("-")[0]
    return j > at + 2 and pattern[j:j + 1] in (":", ")") and "x" in flags


def _plain_alnum(pattern: str, at: int) -> bool:
    """Whether a letter or digit standing for itself is at `at` (not the `d` of `\\d`)."""
    return at >= 0 and pattern[at].isalnum() and (at == 0 or pattern[at - 1] != "\\")


def _quantifier_at(pattern: str, at: int) -> bool:
    """Whether a quantifier (`+`, `*`, `?`, `{m}`, `{m,}`, `{m,n}`) starts at `at`."""
    ch = pattern[at:at + 1]
    if ch in ("+", "*", "?"):
        return True
    if ch != "{":
        return False
    end = pattern.find("}", at)
    inside = pattern[at + 1:end] if end > at else ""
    return inside.replace(",", "", 1).isdigit() and inside[:1].isdigit()


def widen_spaces(pattern: str, loose: bool = False) -> str:
    r"""The pattern with each literal space between words matching any run of white space (`\s+`).

    Officers write phrases as they read them ("đồng thời", "(?:[1-9]|1[0-2]) tuổi"); in a letter the words may
    be apart by a line break (a hard wrap at 72 characters) or by two spaces (a format=flowed line joined by
    `textnorm.unwrap`, which keeps the length). A run of unescaped spaces outside `[...]` becomes one `\s+`;
    a space that is escaped (`\ `), inside a class (`[^ .]`), or quantified (` +`, ` ?`, ` {2}`: the run it
    ends is kept whole) is left as written, and so is a pattern in verbose mode (`(?x)`). A scanner over the
    pattern (escapes, classes), as `_translate_classes`; `\s+` already written is untouched.

    `loose`, for `Prefilter` (which looks for literals in a text whose runs of white space are single spaces):
    a widened run between two letters or digits is one literal space (a literal the filter can look for,
    "cột điện" rather than "cột" and "điện"), any other run or quantified space is any character."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif in_class:
            in_class = ch != "]"
            out.append(ch)
            i += 1
        elif ch == "[":
            j = i + 1  # "[]...]" and "[^]...]": a leading "]" is a literal
            j += pattern[j:j + 1] == "^"
            j += pattern[j:j + 1] == "]"
            in_class = True
            out.append(pattern[i:j])
            i = j
        elif ch == " ":
            j = i
            while j < n and pattern[j] == " ":
                j += 1
            if _quantifier_at(pattern, j):
                out.append(_ANY * (j - i) if loose else pattern[i:j])
            elif not loose:
                out.append(r"\s+")
            else:  # a letter or digit each side (not an escape's: "\d 5")
                exact = (_plain_alnum(pattern, i - 1) and j < n and pattern[j].isalnum())
                out.append(" " if exact else _ANY + "+")
            i = j
        else:
            if ch == "(" and pattern.startswith("(?", i) and _verbose_group(pattern, i):
                return pattern
            out.append(ch)
            i += 1
    return "".join(out)


def compile_safe(pattern: str) -> SafePattern:
    """The pattern on RE2 (its literal spaces widened: `widen_spaces`), or `UnsafePattern` saying why it cannot
    run there. `.pattern` stays as written. A pattern too large for RE2 once widened (an alternation of some
    ten thousand phrases) runs with its spaces as written."""
    try:
        return _compile_safe(pattern, widen=True)
    except UnsafePattern:
        if widen_spaces(pattern) == pattern:
            raise
        return _compile_safe(pattern, widen=False)


def _compile_safe(pattern: str, widen: bool) -> SafePattern:
    body, flags = pattern, ""
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
    verbose = "x" in flags  # spaces mean nothing
    translated = _translate_classes(widen_spaces(body) if widen and not verbose else body)
    flags = flags.replace("(?u)", "").replace("(?a)", "").replace("(?L)", "")
    text = (flags + (f"(?:^|[^{WORD}])" if lead else "") + "(?:" + translated + ")"
            + (f"(?:$|[^{WORD}])" if trail else ""))
    # For `Prefilter`: the same literals, every Unicode class (and the word-boundary idiom) widened to any
    # character, and all white space but a space between two letters or digits (`widen_spaces`): on a text
    # whose runs of white space are single spaces, it matches wherever the pattern does (widened or not).
    loose_body = body if verbose else widen_spaces(body, loose=True)
    loose = flags + "(?:" + _translate_classes(loose_body, loose=True) + ")"
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
    The literals are looked for in the letter with each run of white space made one space: a pattern's space
    between two words (any white space once widened) stays in its literal ("cột điện", not "cột" and "điện":
    RE2 drops short literals, and a pattern needing only short words would be searched in every letter).
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
        possible = filt.Match(_WHITE_RUN.sub(" ", text), potential=True)  # the `loose` patterns' spaces
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
