"""Where a keyword hit stands in one of a message's places (the subject or the text), and so how much it counts.

Owns: a place's sentences and paragraphs, where its cue words stand (`cues.py`: negation, hypothetical,
past and earlier times, the request, the main issue, a further point, the salutation "Kính gửi ...", the
story told before the letter turns to its business, a landmark of the address; the writer's introduction and
signature block, `signature.py`, are context), and from them the factor of
a hit at each position (the opening and the request over a passing mention later, the salutation almost
nothing, a negation, hypothetical or past-time cue just before it much less: a negation or hypothetical only
in its own clause, `_SCOPE_ENDS`), with a Vietnamese note saying why. Also asked by a position: is it told as
over (`earlier`), as a habit (`habitual`), in a question.
Pure text arithmetic, no I/O. Weighing the hits the rules found with these factors is `evidence.py`.

Why it is cheap: the cue words are keywords of the engine's one matcher, so the scan that finds a message's
keywords finds its cues too; a place's sentences and cue places are listed once, and the factor at every
position a keyword starts is worked out once per message, whatever the number of rules sharing it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from hopthu.core.privacy.base import merge
from hopthu.core.rules.cues import CUES  # the cue words, by kind
from hopthu.core.rules.paragraphs import after_request, background
from hopthu.core.rules.signature import signature
from hopthu.core.rules.turns import SUPERSEDED_FACTOR, SUPERSEDED_NOTE
from hopthu.core.textnorm import afold, fold_case, strip_marks, written_with_marks

TRAILING_PAST = 20  # characters after a hit: "cháy nhà năm ngoái", "cây đổ hôm qua"
MAIN_FACTOR = 2.0  # the sentence naming the main issue
ASIDE_FACTOR = 0.6  # a sentence introduced as a secondary point
BACKGROUND_FACTOR = 0.4  # the story told before the letter turns to its business (`paragraphs.background`)
NEGATION_WINDOW = 28  # characters before the hit, same sentence: "không có ai bị thương"
HYPOTHETICAL_WINDOW = 70  # "nếu mưa to như năm ngoái, cây sẽ đổ"
HYPOTHETICAL_FACTOR = 0.3  # a topic imagined ("nếu tôi làm mất thẻ căn cước...") is still the topic; under
# 0.5 for every phrase length, an imagined danger alone never raises a flag (routing.add_threshold)
PLACE_FACTOR = 0.4  # a keyword that only names a landmark of the address
HABIT_WINDOW = 90  # "mấy tháng nay cống thoát nước trước số 15 phố Hàng Cót bốc mùi hăng hắc như mùi gas"
PAST_WINDOW = 50  # "tháng trước cây đổ nhưng đã dọn xong"
SALUTATION_SPAN = 40  # a salutation opens its sentence
ASIDE_SPAN = 16  # an aside word opens its sentence ("À, ngoài ra", "- Thêm nữa")
_SENTENCE_END = re.compile(r"[.!?;\n]")
_LIST_ITEM = re.compile(r"(?:([1-9]|1[0-9])[.)]|[-–•*+])\s")  # a list's item (numbered or a dash), at a sentence start
_SALUTATION_END = re.compile(r"[,:]")
# Where a denial's or an imagined case's scope ends inside its sentence: a new act starts ("không có ai thân
# thích, đề nghị phòng ...": the request is the letter's own; "nếu cây đổ thì nguy, xin phường cắt tỉa"), or a
# contrast ("không ai bị thương nhưng cột vẫn nghiêng"). A bare comma does not end it: "không có đèn, rào chắn" is
# one list, "nếu mưa to, nước sẽ tràn vào" one imagined case. A denial also ends where a comma brings a new
# speaker ("ngõ không có đèn, tôi bị ngã xe"); an imagined case goes on there ("nếu cây đổ, tôi sợ ...").
_REQUEST_OPENERS = ("kính đề nghị", "đề nghị", "kiến nghị", "yêu cầu", "mong", "xin", "đề xuất", "nhờ")
_LINKS = ("thì", "nên", "cho nên", "vì vậy", "vì thế", "do đó", "và", "vậy", "nay")  # "..., nên đề nghị"
_SPEAKERS = ("tôi", "chúng tôi", "gia đình tôi", "gia đình chúng tôi", "em", "chúng em", "cháu", "tui",
             "bà con", "nhà tôi")
_CONTRASTS = ("nhưng", "tuy nhiên")
_ADVERBS = ("rất", "kính", "cũng", "tha thiết")  # "tôi rất mong", "chúng tôi kính đề nghị"


def _scope_ends(bare: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The clause breaks that end an imagined case's scope, and those that end a denial's, in a ``fold_case``
    text (written with marks) or in its ``afold`` (a bare letter: there "nhờ" would be "nhỏ", left out)."""
    def words(ws: Sequence[str]) -> str:
        forms = {strip_marks(w) for w in ws if w != "nhờ"} if bare else set(ws)
        return "(?:" + "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True)) + ")"
    request = rf"(?:{words(_SPEAKERS)} )?(?:{words(_ADVERBS)} )?{words(_REQUEST_OPENERS)}(?!\w)"
    act = rf"(?:[,:] ?| [-–] |(?<!\w){words(_LINKS)} ){request}|(?<!\w){words(_CONTRASTS)}(?!\w)"
    return re.compile(act), re.compile(rf"{act}|, ?{words(_SPEAKERS)}(?!\w)")


_SCOPE_ENDS = {bare: _scope_ends(bare) for bare in (False, True)}
_CUE_KIND = {fold_case(w): (kind, len(fold_case(w))) for kind, words in CUES.items() for w in words}
_MARKED_CUES = frozenset(fc for fc in _CUE_KIND if not fc.isascii())


def _inside(spans: Sequence[tuple[int, int]], outer: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie inside one of `outer` (both sorted by start)."""
    found: set[tuple[int, int]] = set()
    if not outer:
        return found
    j, reach = 0, -1  # `reach`: the furthest end of the outer spans starting at or before the span
    for start, end in spans:
        while j < len(outer) and outer[j][0] <= start:
            reach = max(reach, outer[j][1])
            j += 1
        if end <= reach:
            found.add((start, end))
    return found


class Place:
    """One of a message's places (subject or text): its sentences, where its cues stand, and the
    weight of a hit at each place a keyword starts (times the keyword's specificity)."""

    __slots__ = ("subject", "length", "starts", "cues", "request", "main", "aside", "salutation", "factor", "note",
                 "ends_with_question", "landmarks", "bare", "intro", "turn", "told", "superseded", "_times_now",
                 "scope_ends", "cut")

    def __init__(self, value: str, at: Mapping[str, list[int]], subject: bool, paras: Sequence[int] = (),
                 superseded: bool = False):  # a subject the body has left for another matter (turns.py)
        self.subject, self.superseded = subject, superseded
        self._times_now: tuple[list[int], list[int]] | None = None  # `_now_at`, made once
        self.length = len(value)
        self.bare = not written_with_marks(value)
        ends = list(re.finditer(r"[.!?;,\n]" if subject else _SENTENCE_END, value))  # a subject's clauses
        self.starts = sorted({0, *(m.end() for m in ends), *paras})
        self.cut: set[int] = set()  # the salutation's cuts inside a later sentence
        self.ends_with_question = {m.start() for m in ends if m.group() == "?"} or None
        # kind -> sorted (start, end) of its cues in this place
        self.cues: dict[str, list[tuple[int, int]]] = {}
        accented = not value.isascii()
        for fc in _CUE_KIND.keys() & at.keys():
            kind, n = _CUE_KIND[fc]
            found = at[fc]
            if accented:  # a letter written with diacritics means what it writes: its "lo" (worry) is not
                # "lỡ", its "móng" (foundation) is not "mong" (to hope)
                found = [pos for pos in found if value[pos:pos + n].isascii() == (fc not in _MARKED_CUES)]
            self.cues.setdefault(kind, []).extend((pos, pos + n) for pos in found)
        for spans in self.cues.values():
            spans.sort()
        # where an imagined case's scope and a denial's end inside a sentence (`_SCOPE_ENDS`), when it has one
        self.scope_ends: dict[str, list[int]] = {}
        if "negation" in self.cues or "hypothetical" in self.cues:
            imagined, denied = _SCOPE_ENDS[self.bare]
            text = afold(value) if self.bare else value
            self.scope_ends = {"hypothetical": [m.start() for m in imagined.finditer(text)],
                               "negation": [m.start() for m in denied.finditer(text)]}
        if "salutation" in self.cues:  # "Kính gửi X," (or "Gửi X:") ends at its comma: the letter's business follows
            opening = sorted({0, *paras})  # a bare "gửi" (3 letters) only where it opens the text or a paragraph
            self.cues["salutation"] = [(p, e) for p, e in self.cues["salutation"] if e - p != 3
                                       or not value[opening[bisect_right(opening, p) - 1]:p].strip(" -*")]
            sentences = set(self.starts)
            for _, e in self.cues["salutation"]:
                if m := _SALUTATION_END.search(value, e + 2, e + SALUTATION_SPAN + 20):
                    self.starts.append(m.end())
                    # a cut inside the next sentence, the salutation having ended at its own full stop ("Kính gửi
                    # Công an phường. Tối hôm qua khoảng 10 giờ, nhóm thanh niên … đánh nhau", r-5035): the clause
                    # cut off still dates the rest of its sentence (`earlier`)
                    if m.end() not in sentences and any(e < start < m.end() for start in sentences):
                        self.cut.add(m.end())
            self.starts = sorted(set(self.starts))
        starts = self.starts
        told, self.turn = background(value, starts, self.cues.get("turn", ()), {  # the salutation's, at most
            i for p, e in self.cues.get("salutation", ()) if e - starts[i := bisect_right(starts, p) - 1] <= SALUTATION_SPAN},
            ASIDE_SPAN) if not subject else (set(), None)
        self.request = {bisect_right(starts, p) - 1 for p, _ in self.cues.get("request", ())} - told
        self.told = told
        self.main = {bisect_right(starts, p) - 1 for p, _ in self.cues.get("main", ())}
        courtesy = self.main & {bisect_right(starts, p) - 1 for p, _ in self.cues.get("thanks", ())}
        self.main -= courtesy  # "Trước hết, tôi xin cảm ơn ...": the courtesy that opens a letter, context
        self.request -= courtesy
        # a point the writer disowns ("..., tôi không nói thêm"): a passing mention, like the story (`told`)
        told |= {bisect_right(starts, p) - 1 for p, _ in self.cues.get("disown", ())} - self.main
        self.request -= told
        self.aside = {si for p, _ in self.cues.get("aside", ())  # opening its sentence: not "không rộng thêm nữa"
                      if p - starts[si := bisect_right(starts, p) - 1] <= ASIDE_SPAN} - self.main
        if self.main and not subject:  # "1. Việc chính: ... 2. ... 3. ...": the later items are further points
            items = {bisect_right(starts, st + m.end() - 1) - 1: m.group(1) == "1" for st in starts
                     if (m := _LIST_ITEM.match(h := value[st:st + 12], len(h) - len(h.lstrip())))}
            later = {si for si, first in items.items() if not first}
            if min(self.main) in items:  # "1. ... 2. ... 3. Quan trọng nhất: ...": every other item is further
                self.aside |= items.keys() - self.main
            elif later and min(later) > min(self.main):
                self.aside |= later - self.main
            # "- Xin cảm ơn các cô giáo ...": a list's thanks is a courtesy, no further matter
            courtesy |= items.keys() & {bisect_right(starts, p) - 1 for p, _ in self.cues.get("thanks", ())}
        if not self.main:  # a paragraph after the request that asks nothing: a further matter (paragraphs.py)
            self.aside |= after_request(value, starts, set(paras), self.request)
        self.intro = {bisect_right(starts, p) - 1 for p, _ in self.cues.get("intro", ())}  # context, no further point
        self.intro -= self.main | self.request | self.aside
        self.intro |= courtesy
        self.aside |= self.intro
        if self.aside:
            self.cues.setdefault("aside", [])  # the fast path below must not skip it
        self.salutation = {i for p, e in self.cues.get("salutation", ())
                           if e - starts[i := bisect_right(starts, p) - 1] <= SALUTATION_SPAN}
        if not subject:  # the signature block ("Thay mặt Chi hội người cao tuổi tổ 19: ..."): who writes, context
            signed = signature(value, starts, self.request, self.main, self.salutation)
            self.intro |= signed
            self.request -= signed  # "Người đề nghị: Nguyễn Văn An"
            if signed:  # it weighs like the introduction (a secondary point)
                self.aside |= signed
                self.cues.setdefault("aside", [])
        if told:  # the story before "Nay tôi xin phản ánh ...": context, like the introduction
            self.intro |= told
            self.aside |= told
            self.main -= told
            self.cues.setdefault("aside", [])
        # keywords right after a place cue ("trước trường mầm non"; not "tuần trước trộm..."), with their words
        self.landmarks: list[tuple[int, int]] = []
        if "place" in self.cues:
            times = _inside(self.cues["place"], sorted([*self.cues.get("earlier", ()), *self.cues.get("past", ())]))
            after = {e for s, e in self.cues["place"] if (s, e) not in times}
            for fc, found in at.items():
                if fc not in _CUE_KIND:
                    self.landmarks.extend((p, p + len(fc)) for p in found if p - 1 in after or p - 2 in after)
            self.landmarks = merge(self.landmarks)  # sorted, joined: a position is in one span or none
        # every place a keyword starts, once: its weight before specificity, and the note
        self.factor: dict[int, float] = {}
        self.note: dict[int, str] = {}
        positions = sorted({pos for found in at.values() for pos in found})
        si, n = 0, len(starts)
        plain = not ({"negation", "hypothetical", "past", "main", "aside", "place"} & self.cues.keys())
        factor, notes = self.factor, self.note
        third = self.length / 3 if self.length > 300 else self.length
        for pos in positions:
            while si + 1 < n and starts[si + 1] <= pos:
                si += 1
            if plain and not subject and si not in self.salutation:  # the usual case, inline
                w = 0.75 if pos > third else 1.0
                if si in self.request:
                    factor[pos], notes[pos] = w * 1.3, "trong câu đề nghị"
                else:
                    factor[pos] = w
                continue
            factor[pos], note = self._factor(pos, si)
            if note:
                notes[pos] = note

    def _cue_before(self, kind: str, lo: int, pos: int) -> bool:
        if not (spans := self.cues.get(kind)):
            return False
        i = bisect_left(spans, (lo, -1))
        while i < len(spans) and spans[i][0] < pos:
            if spans[i][1] <= pos:
                return True
            i += 1
        return False

    def _in_scope(self, kind: str, lo: int, pos: int) -> bool:
        """Whether a negation or hypothetical cue (``kind``) starting at or after ``lo`` (its sentence, its window)
        reaches the hit at ``pos``: from within the hit's clause when a new act or a contrast opens it (`_SCOPE_ENDS`)."""
        ends = self.scope_ends.get(kind)
        if ends and (i := bisect_right(ends, pos) - 1) >= 0:
            lo = max(lo, ends[i])
        return self._cue_before(kind, lo, pos)

    def earlier(self, pos: int, length: int = 0, reach: int = 0) -> bool:
        """Whether a time gone by ("tối qua", "tuần trước") opens the hit at ``pos`` in its sentence, and
        not as the start of something still going on ("từ hôm qua"): just before it, or further back in
        a sentence that says nothing of now after it ("Thứ bảy tuần trước xưởng sơn cuối ngõ 21 phố Lê Lợi
        bốc cháy, lính cứu hỏa đến dập tắt"; not "đêm qua tường đã nghiêng hẳn, gạch đang rơi"); or one
        follows the hit of ``length`` characters at once ("cháy nhà năm ngoái", "cây đổ hôm qua"; a regex's label
        length, kept: its match length moved older decisions both ways, r-1794, r-2901). Not when a time going on till
        now stands between ("Tối qua cây đổ, đến giờ vẫn nằm chắn đường": `cues.BACK_CUES`), nor when the sentence
        after the hit's ``reach`` (a regex's match) goes on since or compares ("nghiêng hơn hôm qua")."""
        earlier, past = self.cues.get("earlier", ()), self.cues.get("past", ())
        if not earlier and not past:
            return False
        si = bisect_right(self.starts, pos) - 1
        first = self.starts[si - 1] if si and self.starts[si] in self.cut else self.starts[si]
        lo = max(first, pos - PAST_WINDOW)
        end_of = self.starts[si + 1] if si + 1 < len(self.starts) else self.length
        after, hi = pos + length, min(end_of, pos + length + TRAILING_PAST)
        # Each asked with a bisection (or a set made once a call), not a walk over every cue for every cue: a
        # long sentence of many such cues was cubic (25 kB of "tối qua cây đổ đang cháy" took 65 s).
        now_at, back_at = self._now_at()
        since = self.cues.get("since", [])
        if reach and (i := bisect_left(since, (pos + reach, -1))) < len(since) and since[i][0] < end_of:
            return False  # "cột điện nghiêng hơn hôm qua"; below, a time going on till now brings a hit back to now
        ongoing = _inside(earlier, since)
        for start, end in earlier:
            if first <= start and end <= pos \
                    and (lo <= start or (k := bisect_left(now_at, end)) == len(now_at) or now_at[k] >= end_of):
                if (start, end) not in ongoing and not ((b := bisect_left(back_at, end)) < len(back_at) and back_at[b] <= pos):
                    return True
            elif length and after <= start < hi and (start, end) not in ongoing:
                return True
        return bool(length) and any(after <= start < hi for start, _ in past)

    def habitual(self, pos: int) -> bool:
        """Whether a habit or a state of months (`cues.RECURRING_CUES`) opens the hit at ``pos`` in its sentence,
        within HABIT_WINDOW characters and with no time of now ("hôm nay", "đang") between them."""
        si = bisect_right(self.starts, pos) - 1
        lo = max(self.starts[si], pos - HABIT_WINDOW)
        habits = [e for s, e in self.cues.get("recurring", ()) if lo <= s and e <= pos]
        return bool(habits) and not any(max(habits) <= s < pos for s in self._now_at()[0])

    def _now_at(self) -> tuple[list[int], list[int]]:
        """Where the times of now start, of both kinds (`cues.NOW_CUES`), and those that go on till now
        (`cues.BACK_CUES`), each in order; made once per place (a long sentence asks for every hit)."""
        if self._times_now is None:
            back = [s for s, _ in self.cues.get("back", ())]
            self._times_now = (sorted(back + [s for s, _ in self.cues.get("now", ())]), back)
        return self._times_now

    def question(self, pos: int) -> bool:
        """Whether the hit at ``pos`` stands in a question: its sentence ends with "?" or holds a
        question cue ("xin hỏi", "có được không")."""
        si = bisect_right(self.starts, pos) - 1
        lo = self.starts[si]
        hi = self.starts[si + 1] if si + 1 < len(self.starts) else self.length
        if self.ends_with_question is not None and (hi - 1) in self.ends_with_question:
            return True
        return any(lo <= start < hi for start, _ in self.cues.get("question", ()))

    def _factor(self, pos: int, si: int) -> tuple[float, str]:
        factor, note = self._base_factor(pos, si)
        marks = self.landmarks
        if marks:
            i = bisect_right(marks, (pos, self.length + 1)) - 1
            if i >= 0 and marks[i][0] <= pos < marks[i][1]:
                return factor * PLACE_FACTOR, "chỉ là địa điểm"
        return factor, note

    def _base_factor(self, pos: int, si: int) -> tuple[float, str]:
        start = self.starts[si]
        cues = self.cues
        if "negation" in cues and self._in_scope("negation", max(start, pos - NEGATION_WINDOW), pos):
            return 0.1, "bị phủ định"
        if "hypothetical" in cues and self._in_scope("hypothetical", max(start, pos - HYPOTHETICAL_WINDOW), pos):
            # asked about ("giả sử tôi muốn tách hộ thì có được không?"): the imagined case is what is asked
            return (1.0 if self.question(pos) else HYPOTHETICAL_FACTOR), "chỉ là giả định"
        if "past" in cues and self._cue_before("past", max(start, pos - PAST_WINDOW), pos):
            return 0.4, "việc đã qua"
        if self.subject and self.superseded:
            return SUPERSEDED_FACTOR, SUPERSEDED_NOTE
        if self.subject and si in self.salutation and self.length <= SALUTATION_SPAN:  # "Gửi Mặt trận phường"
            return 0.2, "trong lời chào"  # a subject that only names whom the letter is for, like "Kính gửi ..."
        if self.subject:  # "Cảm ơn tổ hòa giải; cành cây che đèn": a thanks before a further clause is the old matter
            later = si < len(self.starts) - 1 and self.starts[-1] < self.length - 2
            return (0.4, "lời cảm ơn") if later and self._cue_before("thanks", start, pos + 7) else (1.5, "")
        if si in self.salutation:
            return 0.2, "trong lời chào"
        # a long letter's opening third states its business; later words are often context
        # ... but not after it turns to its business ("Nay tôi xin phản ánh ...": `paragraphs.background`)
        weight = 0.75 if self.length > 300 and pos > self.length / 3 and (self.turn is None or pos < self.turn) else 1.0
        if si in self.main:
            return MAIN_FACTOR, "việc chính của thư"
        if si in self.aside:
            return weight * (BACKGROUND_FACTOR if si in self.told else ASIDE_FACTOR), "việc phụ"
        if si in self.request:
            return weight * 1.3, "trong câu đề nghị"
        return weight, ""

