"""A letter's courteous closing thanks ("Xin cảm ơn.", "Em cảm ơn ạ!", "Trân trọng cảm ơn phường"): no evidence.

Rules read "cảm ơn" as a thank-you letter's purpose, and a hundred safety rules exclude it ("cảm ơn phường đã cho người
đến": the danger is over). The formula that merely closes a letter says neither: "dây điện đứt đang tóe lửa, đề nghị
phường cho người đến ngay. Xin cảm ơn." is a present danger. `closing_thanks` names the places of such a formula, and
`Context` leaves them out of the body's keywords found (the subject and the Form fields are not touched). Thanks that
say what for ("cảm ơn phường đã sửa đèn"), that stand before the letter's matter, or that close a letter asking for
nothing (a thank-you letter) stay. Pure text work on the fold_case text the matcher scanned, linear in its length:
only thanks near the end are looked at, each within a window of bounded size, and the letter's first request is
searched for once, each candidate ask read as written within a bounded window around it ("đến ngày", a date, and
"gặp", met, are no "đến ngay", "gấp"; "đã đề nghị", "đơn đề nghị", "theo yêu cầu" tell of a request; "các anh đến
ngay" tells, "cho người đến ngay" asks).
"""

from __future__ import annotations

import re

from hopthu.core.textnorm import afold, compatible, written_with_marks

#: the longest tail after a closing formula: its signature, phone and address lines
TAIL = 200
#: the longest closing formula's sentence; a longer sentence says more than thanks
LONGEST = 120
_SENTENCE_END = re.compile(r"[.!?\n;]")
#: the whole sentence, accent-free: who thanks (optional), the thanks, whom (a few words, optional). The repeats
#: are bounded (the sentence is at most `LONGEST` characters): "anh chi" is one word or two, and an unbounded
#: repeat of such words would backtrack exponentially when the sentence does not match.
_FORMULA = re.compile(
    r"(?:(?:xin|em|toi|chau|minh|con|chung toi|chung em|gia dinh toi|gia dinh em|kinh)\s+){0,3}"
    r"(?:chan thanh\s+|tran trong\s+|rat\s+)?cam\s+on"
    r"(?:\s+(?:nhieu|rat nhieu|truoc|a|ad|admin|phuong|anh chi|cac anh chi|cac anh|cac chi|quy co quan|quy vi"
    r"|ban|mat tran|mttq|cong an|ubnd|uy ban|can bo|cac co chu|co chu|chu|co|anh|chi|bac|ong|ba|moi nguoi"
    r"|da doc|da doc thu|da quan tam|su quan tam|da lang nghe|va|cua|ca nha|tat ca)){0,6}"
)
#: words that make the thanks say something: what was done ("đã sửa"), why, a "but" that goes on
_SAYS_MORE = re.compile(r"(?<!\w)(?:vi|nhung|song|ve viec|da (?!doc|quan tam|lang nghe))(?!\w)")
#: a letter that asks for something: its thanks close the request (a thank-you letter asks nothing). Found
#: accent-free, then read where it stands (`_Letter.asks_at`): "đến ngày" (a date), "gặp" (met), "đã giúp đỡ" (help
#: given), "theo yêu cầu" (as required) in a thank-you letter ask nothing.
_ASK_FORMS = ("đề nghị", "kiến nghị", "yêu cầu", "mong phường", "mong các", "mong ban", "nhờ phường", "nhờ các",
              "nhờ anh", "xin phường", "xin các", "đến ngay", "xuống ngay", "giúp đỡ", "cứu với", "giúp với", "gấp",
              "khẩn cấp")
#: just before an ask, a word that makes it told or named: "đã đề nghị", "đơn đề nghị", "theo yêu cầu", "sự giúp đỡ"
_TOLD_FORMS = ("đã", "theo", "đơn", "giấy", "phiếu", "văn bản", "sự", "lời", "các", "những")
#: within `CALL_REACH` characters before "đến ngay", "xuống ngay", someone is asked to come: "cho người đến ngay",
#: "cử cán bộ xuống ngay" ask; "các anh công an đến ngay" (they came at once) tells
_CALL_FORMS = ("cho", "cử", "hãy", "xin", "mời", "gọi", "nhờ", "mong", "giúp", "nhanh chóng")
CALL_REACH = 40
#: bare "gap" is "gặp" (met) as often as "gấp" (urgent): it asks as "cần gap", "rất gap", "gap gap", "gap ạ/nhé"
#: or ending a clause
_URGENT_BEFORE = re.compile(r"(?<!\w)(?:can|rat|gap) $")
# (matched right after the word; "(?<!\s)" keeps a search over a run of blanks linear, tests/test_linear_regex.py)
_URGENT_AFTER = re.compile(r"(?<!\s)(?:\s*[.!,]|\s+(?:gap|a|nhe|nha)(?!\w))")


def _words(forms: tuple[str, ...], tail: str = "") -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern finding ``forms`` accent-free (group "w"), ``tail`` after them, and each form by its fold."""
    by_fold = {afold(f): f for f in forms}
    alternation = "|".join(re.escape(k) for k in by_fold)
    return re.compile(r"(?<!\w)(?P<w>" + alternation + r")(?!\w)" + tail), by_fold


_ASKS, _ASK_BY_FOLD = _words(_ASK_FORMS)
_TOLD, _TOLD_BY_FOLD = _words(_TOLD_FORMS, " $")
_CALLS, _CALL_BY_FOLD = _words(_CALL_FORMS)


class _Letter:
    """A fold_case text, its accent-free twin (same length, so the same places) and whether it is written with
    marks: a word found accent-free is read as the text writes it."""

    def __init__(self, text_fc: str) -> None:
        self.text = text_fc
        self.folded = afold(text_fc)
        self.strict = written_with_marks(text_fc, self.folded)

    def written_as(self, m: re.Match[str], form: str) -> bool:
        """Whether the word ``m`` found (group "w") is ``form``, written with its marks or bare."""
        return compatible(self.text[m.start("w"):m.end("w")], m.group("w"), form, self.strict)

    def says(self, pattern: re.Pattern[str], by_fold: dict[str, str], start: int, end: int) -> bool:
        """Whether one of a `_words` pattern's forms is written within [start, end) (a bounded window)."""
        return any(self.written_as(m, by_fold[m.group("w")]) for m in pattern.finditer(self.folded, start, end))

    def asks_at(self, m: re.Match[str]) -> bool:
        """Whether the ask ``m`` found by `_ASKS` asks: its words as written, not told ("đã", "đơn" before it),
        "đến ngay" after a call, a bare "gap" as "gấp"."""
        form = _ASK_BY_FOLD[m.group("w")]
        at = m.start()
        if not self.written_as(m, form) or self.says(_TOLD, _TOLD_BY_FOLD, max(0, at - 12), at):
            return False
        if form in ("đến ngay", "xuống ngay"):
            return self.says(_CALLS, _CALL_BY_FOLD, max(0, at - CALL_REACH), at)
        if form == "gấp" and self.text[at:m.end()] == "gap":
            return bool(_URGENT_BEFORE.search(self.folded, max(0, at - 4), at)
                        or _URGENT_AFTER.match(self.folded, m.end()))
        return True

    def first_ask(self, end: int) -> int | None:
        """Where the letter's first ask before ``end`` ends ("?" asks too), or None."""
        question = self.folded.find("?", 0, end)
        for m in _ASKS.finditer(self.folded, 0, end if question < 0 else question):
            if self.asks_at(m):
                return m.end()
        return question + 1 if question >= 0 else None


_TRIM = " \t,:-–—()\"'“”"


def closing_thanks(text_fc: str, starts: list[int], letter: _Letter | None = None) -> list[int]:
    """Of ``starts`` (where a thanks keyword begins in ``text_fc``, a fold_case text), those inside a closing
    formula: the letter asks for something before it, its sentence is the formula alone, and at most `TAIL`
    characters (the signature) follow that sentence. ``letter``: the text's `_Letter`, when the caller has one."""
    n = len(text_fc)
    late = [at for at in starts if at >= n - TAIL - LONGEST]
    if not late:
        return []
    letter = letter or _Letter(text_fc)
    folded = letter.folded
    ask_end = letter.first_ask(max(late))
    if ask_end is None:
        return []
    out: list[int] = []
    for at in late:
        if ask_end > at:
            continue
        end = _SENTENCE_END.search(folded, at, min(n, at + LONGEST + 1))
        stop = end.start() if end else n
        if n - stop > TAIL or stop - at > LONGEST:
            continue
        begin = max((m.end() for m in _SENTENCE_END.finditer(folded, max(0, at - LONGEST), at)),
                    default=0 if at <= LONGEST else -1)
        if begin < 0:
            continue  # no sentence start within reach: the thanks ends a long sentence that says more
        sentence = folded[begin:stop].strip(_TRIM)
        if _FORMULA.fullmatch(sentence) and not _SAYS_MORE.search(sentence):
            out.append(at)
    return out


def drop_closing_thanks(text_fc: str, at: dict[str, list[int]]) -> None:
    """Leave a courteous closing's thanks out of the keywords found in a text (``at``: keyword -> its starts)."""
    letter: _Letter | None = None  # folded once for all the thanks keywords ("cảm ơn", "xin cảm ơn", …)
    for kw in [kw for kw in at if "cam on" in afold(kw)]:
        if letter is None and any(i >= len(text_fc) - TAIL - LONGEST for i in at[kw]):
            letter = _Letter(text_fc)
        closing = set(closing_thanks(text_fc, at[kw], letter))
        if not closing:
            continue
        kept = [i for i in at[kw] if i not in closing]
        if kept:
            at[kw] = kept
        else:
            del at[kw]
