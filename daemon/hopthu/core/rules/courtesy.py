"""A letter's courtesy ("Xin cảm ơn.", "Em cảm ơn ạ!" closing it; "Xin cảm ơn phường đã quan tâm." opening it): no
evidence.

Rules read "cảm ơn" as a thank-you letter's purpose, and a hundred safety rules exclude it ("cảm ơn phường đã cho người
đến": the danger is over). The formula that merely closes a letter says neither: "dây điện đứt đang tóe lửa, đề nghị
phường cho người đến ngay. Xin cảm ơn." is a present danger. `closing_thanks` names the places of such a formula. Thanks
that say what for ("cảm ơn phường đã sửa đèn"), or that close a letter asking for nothing (a thank-you letter) stay.
Nor does the courtesy that opens a letter ("Xin cảm ơn phường đã quan tâm.", "Trước hết em xin cảm ơn các anh chị đã
lắng nghe.", "Cảm ơn ban quản lý hòm thư.", after a salutation "Kính gửi …" at most) say either when the letter goes on
to ask or report something ("đề nghị", "phản ánh", "cho em hỏi", "?"): `opening_thanks` names its span when the
sentence thanks only for attention, reading, listening or the mailbox / Form channel itself (the words after "cảm ơn"
are all `_AFTER` phrases: whom, "đã quan tâm", "đã tạo kênh góp ý này"…); thanks for a deed ("đã sửa đèn", "đã bắt
được trộm") and a letter asking nothing after its thanks stay ("nhờ phường mà …", "đã tận tình giúp đỡ", "mong các anh
luôn mạnh khỏe", "đề nghị khen thưởng …", "sau khi tôi phản ánh" ask nothing; a "?" inside a link is no question).
`drop_courtesy` (the hook in `Context`) leaves out of
the body's keywords found the closing formula's thanks and every keyword of the opening sentence (the subject and the
Form fields are not touched), and returns the spans, which `blank` makes spaces (the length kept) in the text the
rules' patterns search: a pattern reads what the keywords read. Pure text work on the fold_case text the matcher
scanned, linear in its length: only thanks near the end (closing) or within the first `OPENING` characters
(opening) are looked at, each within a window of bounded size, and the letter's first request is searched for once
per side, each candidate ask read as written within a bounded window around it ("đến ngày", a date, and "gặp", met,
are no "đến ngay", "gấp"; "đã đề nghị", "đơn đề nghị", "theo yêu cầu" tell of a request; "các anh đến ngay" tells,
"cho người đến ngay" asks).
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
#: how far back from a "?" a link's "://" is looked for
URL_REACH = 200
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
#: a letter that reports something after an opening courtesy: it is the letter's matter (asks count too).
#: "phản ánh" and its common misspelling "phản ảnh" fold alike: each fold keeps all its forms
_REPORT_FORMS = ("phản ánh", "phản ảnh", "khiếu nại", "tố cáo", "xin hỏi", "cho hỏi", "muốn hỏi", "hỏi về",
                 "trình báo", "báo cáo", "xin báo", "muốn báo", "báo tin", "góp ý về", "kiến nghị")
_REPORTS, _ = _words(_REPORT_FORMS)
_REPORTS_BY_FOLD: dict[str, tuple[str, ...]] = {}
for _form in _REPORT_FORMS:
    _REPORTS_BY_FOLD[afold(_form)] = _REPORTS_BY_FOLD.get(afold(_form), ()) + (_form,)
#: just before a report, a past one told: "sau khi tôi phản ánh", "khi gia đình tôi phản ánh"
_REPORT_TOLD = re.compile(r"(?<!\w)khi(?: [^\s.!?;,]+){0,3} $")
#: just after an ask, a wish for more of the same, for the officers' health, or a commendation: a thank-you
#: letter's ("mong phường tiếp tục quan tâm", "mong các anh luôn mạnh khỏe", "đề nghị phường khen thưởng anh A")
# (matched right after the ask; "(?<!\s)" keeps a search over a run of blanks linear, tests/test_linear_regex.py)
_MORE_OF_IT = re.compile(r"(?<!\s)(?:\s+[^\s.!?;,]{1,12}){0,5}?\s+(?:tiep tuc|duy tri|phat huy|nhan rong|giu vung|giu duoc"
                         r"|luon|manh khoe|suc khoe|khen thuong|bieu duong|tuyen duong|khen ngoi)(?!\w)")
#: after "nhờ …", the clause says what it brought: "nhờ phường mà …", "nhờ các anh tìm kiếm suốt đêm nên …" (thanks
#: to), no ask (a bounded window: linear)
_CLAUSE = re.compile(r"[^.!?;,]{0,80}")
_SO = re.compile(r"(?<!\w)(?:ma|nen)(?!\w)")
#: "giúp đỡ" asks after a call ("mong phường giúp đỡ", "xin các anh giúp đỡ"); "đã tận tình giúp đỡ" tells
_ASK_NEEDS_CALL = ("đến ngay", "xuống ngay", "giúp đỡ")


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

    def question(self, start: int, end: int) -> int:
        """Where the first "?" within [start, end) is, one inside a link ("…/photo?fbid=1") not counted; or -1."""
        folded = self.folded
        q = folded.find("?", start, end)
        while q >= 0:
            back = max(0, q - URL_REACH)  # a bounded look back: linear
            space = folded.rfind(" ", back, q)
            token = folded[space + 1 if space >= 0 else back:q]
            if "://" not in token and not token.startswith("www."):
                return q
            q = folded.find("?", q + 1, end)
        return -1

    def first_ask(self, end: int, start: int = 0) -> int | None:
        """Where the letter's first ask within [start, end) ends ("?" asks too), or None."""
        question = self.question(start, end)
        for m in _ASKS.finditer(self.folded, start, end if question < 0 else question):
            if self.asks_at(m):
                return m.end()
        return question + 1 if question >= 0 else None

    def reports_after(self, start: int) -> bool:
        """Whether the letter asks or reports something after ``start`` ("đề nghị", "phản ánh", "xin hỏi", "?"); a
        wish for more of the same ("mong phường tiếp tục quan tâm", "đề nghị phát huy"), for the officers' health,
        a commendation ("đề nghị khen thưởng anh A"), help given ("đã tận tình giúp đỡ") and "nhờ phường mà …"
        (thanks to) ask nothing, nor does a past report ("sau khi tôi phản ánh")."""
        if self.question(start, len(self.folded)) >= 0 or any(self._asks_after(m) for m in _ASKS.finditer(self.folded, start)):
            return True
        return any(any(compatible(self.text[m.start("w"):m.end("w")], m.group("w"), form, self.strict)
                       for form in _REPORTS_BY_FOLD[m.group("w")])
                   and not self.says(_TOLD, _TOLD_BY_FOLD, max(0, m.start() - 12), m.start())
                   and not _REPORT_TOLD.search(self.folded, max(0, m.start() - 40), m.start())
                   for m in _REPORTS.finditer(self.folded, start))

    def _asks_after(self, m: re.Match[str]) -> bool:
        """`asks_at`, read for the letter after an opening courtesy (`reports_after`)."""
        if not self.asks_at(m) or _MORE_OF_IT.match(self.folded, m.end()):
            return False
        form = _ASK_BY_FOLD[m.group("w")]
        if form in _ASK_NEEDS_CALL and not self.says(_CALLS, _CALL_BY_FOLD, max(0, m.start() - CALL_REACH), m.start()):
            return False
        if form.startswith("nhờ"):
            clause = _CLAUSE.match(self.folded, m.end())
            return not any(self.text[w.start():w.end()] in (("mà", "nên") if self.strict else ("mà", "nên", "ma", "nen"))
                           for w in _SO.finditer(self.folded, m.end(), clause.end() if clause else m.end()))
        return True


_TRIM = " \t,:-–—()\"'“”"

# ---- the opening courtesy: "Xin cảm ơn phường đã quan tâm.", "Cảm ơn ban quản lý hòm thư." before the matter

#: how far into the letter its opening thanks may begin (after a salutation)
OPENING = 2 * LONGEST
_THANKS_AT = re.compile(r"(?<!\w)cam on(?!\w)")
_WORD = re.compile(r"[^\s.,:;!?()\"'“”–—-]+")
#: words that open a letter before its thanks: a salutation, then whom it is sent to (any words, a name)
_SALUTE = frozenset(("kinh", "gui", "thua", "chao", "dong"))
#: the words just before the thanks: "Trước hết em xin chân thành …", "Gia đình tôi rất …"
_BEFORE = frozenset(("truoc", "het", "tien", "dau", "loi", "xin", "em", "toi", "chau", "minh", "con", "chung", "gia",
                     "dinh", "kinh", "chan", "thanh", "tran", "trong", "rat", "that", "su", "vo", "cung", "ca", "nha",
                     "a", "thi", "da", "vang", "gui", "cho", "muon", "nguoi", "dan"))
#: the phrases after it that thank for attention, reading, listening or the channel itself, and name whom: no deed
#: done ("đã sửa đèn", "đã bắt được trộm" are not among them). Read greedily, the longest phrase first.
_AFTER = frozenset((
    # whom
    "phuong", "ubnd", "ubnd phuong", "uy ban", "uy ban nhan dan", "uy ban phuong", "mat tran", "mttq", "ban",
    "ban quan ly", "ban quan tri", "ban bien tap", "ban lanh dao", "bo phan", "bo phan tiep nhan", "quy co quan",
    "co quan", "quy vi", "quy", "lanh dao", "lanh dao phuong", "can bo", "cac", "anh", "chi", "anh chi", "em", "co",
    "chu", "bac", "ong", "ba", "moi nguoi", "tat ca", "cac ban", "doi ngu", "admin", "ad", "nguoi dan", "ba con",
    "nhan dan", "chung toi", "chung em", "toi", "minh",
    # a word of courtesy
    "da", "vi", "vi da", "va", "cua", "nhieu", "rat nhieu", "that nhieu", "rat", "truoc", "a", "nhe", "chan thanh",
    "nay", "luon", "thoi gian qua", "trong thoi gian qua",
    # attention, reading, listening
    "quan tam", "su quan tam", "doc", "doc thu", "xem", "xem thu", "lang nghe", "tiep nhan", "danh thoi gian",
    "thoi gian", "bo thoi gian", "theo doi", "de y", "ghi nhan", "tiep thu", "y kien", "thu", "la thu", "buc thu",
    "tin nhan", "loi", "phan anh", "gop y", "den y kien", "toi y kien", "den thu", "den tin nhan", "den nguoi dan",
    "den ba con", "den nhan dan", "den phan anh", "cho nguoi dan", "cho ba con", "de nguoi dan", "de ba con",
    "den phuong", "toi phuong", "den ubnd", "den mat tran", "den ban quan ly", "den quy co quan", "den lanh dao",
    "den cac anh chi", "den quy vi", "den tat ca", "den can bo", "toi ban quan ly", "toi quy co quan",
    # the mailbox, the Form, the channel
    "tao", "lap", "mo", "tao ra", "lap ra", "mo ra", "trien khai", "xay dung", "duy tri", "kenh", "kenh gop y",
    "kenh phan anh", "kenh thong tin", "kenh lien lac", "kenh tiep nhan", "hinh thuc", "hom thu", "hom thu so",
    "hom thu gop y", "hom thu dien tu", "dien tu", "truc tuyen", "trang", "page", "fanpage", "form", "bieu mau",
    "phieu", "phieu gop y", "so", "co hoi", "noi", "dia chi", "email", "cach", "cong cu",
))
_LONGEST_PHRASE = max(p.count(" ") + 1 for p in _AFTER)


def _phrases(words: list[str]) -> bool:
    """Whether ``words`` are `_AFTER` phrases end to end (read greedily, the longest first)."""
    i, n = 0, len(words)
    while i < n:
        for k in range(min(_LONGEST_PHRASE, n - i), 0, -1):
            if " ".join(words[i:i + k]) in _AFTER:
                i += k
                break
        else:
            return False
    return True


def opening_thanks(text_fc: str, letter: _Letter | None = None) -> tuple[int, int] | None:
    """The span of an opening courtesy in ``text_fc`` (a fold_case text), or None: a thanks sentence that is the
    letter's first (after a salutation: "Kính gửi …", "Chào ad."), thanks only for attention, reading, listening or
    the mailbox itself ("Xin cảm ơn phường đã quan tâm.", "Cảm ơn ban quản lý hòm thư."), and is followed by a letter
    that asks or reports something. Thanks for a deed ("đã sửa đèn") and a thank-you letter asking nothing stay."""
    letter = letter or _Letter(text_fc)
    folded = letter.folded
    n = len(folded)
    m = _THANKS_AT.search(folded, 0, min(n, OPENING))
    if m is None:
        return None
    at = m.start()
    ends = [e.end() for e in _SENTENCE_END.finditer(folded, 0, at)]
    if len(ends) > 1 or (ends and not _salutes(folded[:ends[0]])):
        return None  # the letter told something before its thanks
    end = _SENTENCE_END.search(folded, m.end(), min(n, m.end() + LONGEST + 1))
    if end is None:
        return None  # a long sentence says more than thanks, or the letter is its thanks alone
    stop = end.start()
    begin = ends[0] if ends else 0
    before = list(_WORD.finditer(folded, begin, at))
    start = at
    while before and before[-1].group() in _BEFORE:
        start = before.pop().start()
    if before and not (before[0].group() in _SALUTE and len(before) <= 12):
        return None
    if not _phrases(_WORD.findall(folded, m.end(), stop)) or not letter.reports_after(stop):
        return None
    return start, stop


def _salutes(sentence: str) -> bool:
    """Whether a sentence before the thanks is a salutation ("Kính gửi Ban quản lý hòm thư,", "Chào ad.")."""
    words = _WORD.findall(sentence)
    return bool(words) and words[0] in _SALUTE and len(words) <= 12



def closing_thanks(text_fc: str, starts: list[int], letter: _Letter | None = None) -> list[int]:
    """Of ``starts`` (where a thanks keyword begins in ``text_fc``, a fold_case text), those inside a closing
    formula: the letter asks for something before it, its sentence is the formula alone, and at most `TAIL`
    characters (the signature) follow that sentence. ``letter``: the text's `_Letter`, when the caller has one."""
    return [at for at, _ in _closings(text_fc, starts, letter)]


def _closings(text_fc: str, starts: list[int], letter: _Letter | None) -> list[tuple[int, tuple[int, int]]]:
    """`closing_thanks`, each start with its formula's span."""
    n = len(text_fc)
    late = [at for at in starts if at >= n - TAIL - LONGEST]
    if not late:
        return []
    letter = letter or _Letter(text_fc)
    folded = letter.folded
    ask_end = letter.first_ask(max(late))
    if ask_end is None:
        return []
    out: list[tuple[int, tuple[int, int]]] = []
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
            out.append((at, (begin + (len(folded[begin:stop]) - len(folded[begin:stop].lstrip(_TRIM))), stop)))
    return out


def drop_courtesy(text_fc: str, at: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Leave a letter's courtesy out of the keywords found in a text (``at``: keyword -> its starts): the thanks of
    its closing formula, every keyword of its opening courtesy (`opening_thanks`). Returns the spans left out of
    ``text_fc`` (closing formulas, the opening sentence), for the rules' patterns to skip them too."""
    spans: list[tuple[int, int]] = []
    thanks = [kw for kw in at if "cam on" in afold(kw)]
    if not thanks:
        return spans
    letter = _Letter(text_fc)  # folded once for all the thanks keywords ("cảm ơn", "xin cảm ơn", …)
    opening = opening_thanks(text_fc, letter)
    if opening is not None:
        spans.append(opening)
        first, last = opening
        for kw in list(at):
            kept = [i for i in at[kw] if not first <= i < last]
            if len(kept) < len(at[kw]):
                _keep(at, kw, kept)
    for kw in thanks:
        if kw not in at:
            continue
        closing = dict(_closings(text_fc, at[kw], letter))
        if closing:
            spans.extend(span for span in closing.values() if span not in spans)
            _keep(at, kw, [i for i in at[kw] if i not in closing])
    return sorted(spans)


def drop_closing_thanks(text_fc: str, at: dict[str, list[int]]) -> None:
    """`drop_courtesy`, its spans not wanted."""
    drop_courtesy(text_fc, at)


def _keep(at: dict[str, list[int]], kw: str, kept: list[int]) -> None:
    if kept:
        at[kw] = kept
    else:
        del at[kw]


def blank(raw: str, text_fc: str, spans: list[tuple[int, int]]) -> str:
    """``raw`` (an NFC text whose `fold_case` is ``text_fc``) with the characters of ``spans`` (places in
    ``text_fc``) made spaces, its length kept: the rules' patterns then read what the keywords read. ``raw``
    unchanged when its folding cannot be followed character by character."""
    if not spans:
        return raw
    where: list[int] = []  # per character of text_fc, its place in raw
    made: list[str] = []  # text_fc made again, character by character
    space = True  # leading white space is stripped
    for i, ch in enumerate(raw):
        if ch.isspace():
            if not space:
                where.append(i)
                made.append(" ")
                space = True
            continue
        space = False
        folded = ch.casefold()
        where.extend([i] * len(folded))
        made.append(folded)
    if space and made:  # the trailing space stripped
        where.pop()
        made.pop()
    if "".join(made) != text_fc:
        return raw
    out = list(raw)
    for first, last in spans:
        if first >= last:
            continue
        for i in range(where[first], where[last - 1] + 1):
            if not out[i].isspace():
                out[i] = " "
    return "".join(out)
