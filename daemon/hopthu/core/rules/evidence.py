"""Weighing the evidence of matched rules: how much one keyword hit counts, and a rule's score from its hits.

Owns: the weight of a hit (its place's factor, `place.Place`, times its specificity: a longer phrase over a
single word; a one-word keyword with diacritics found in a text written without any, less), whether weighed
hits tell of something present, lasting or actual, and a rule's score from its hits (the thresholds are
`settings.RoutingSettings`). Pure text arithmetic: no I/O, no decision — the engine sums the scores per
category and agency and decides.

Why it is cheap: a keyword's weight at each of its places is worked out once per message (`Placement.tally`),
whatever the number of rules sharing it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from math import fsum
from typing import TYPE_CHECKING

from hopthu.core.rules.paragraphs import paragraph_starts
from hopthu.core.rules.place import Place
from hopthu.core.rules.turns import turns_away
from hopthu.core.textnorm import fold_case

if TYPE_CHECKING:
    from hopthu.core.rules.conditions import Hit
    from hopthu.core.rules.context import Context

# Notes of a hit that does not tell of a present danger: denied, imagined, or over.
NOT_PRESENT = frozenset({"bị phủ định", "chỉ là giả định", "việc đã qua", "lời cảm ơn"})  # a thanks: the old matter
# Notes of a hit that tells of no actual case: denied or imagined (a past matter may still be a long one).
NOT_ACTUAL = frozenset({"bị phủ định", "chỉ là giả định"})


_SPECIFICITY = (1.0, 1.0, 1.2, 1.4, 1.6)  # by the number of words; a longer phrase is more specific


def specificity(words: int) -> float:
    return _SPECIFICITY[words] if words < len(_SPECIFICITY) else 1.6


_SPEC_OF: dict[str, float] = {}  # keyword -> specificity, remembered (keywords recur in every message)


def _spec_of(fc: str) -> float:
    if len(_SPEC_OF) > 100_000:
        _SPEC_OF.clear()
    spec = _SPEC_OF[fc] = specificity(fc.count(" ") + 1)
    return spec


# A one-word keyword with diacritics found in a text written without any ("thang" may be "thằng", "tháng"
# or "thang"; "cong" "cống", "cổng" or "công"): it may be another word, so it weighs this much less.
BARE_WORD_FACTOR = 0.5


def _bare_factor(place: Place, fc: str) -> float:
    return BARE_WORD_FACTOR if place.bare and " " not in fc and not fc.isascii() else 1.0

@dataclass(frozen=True)
class HitWeight:
    hit: Hit
    weight: float
    note: str  # "" or why it was discounted / raised, in Vietnamese for `why`


class Placement:
    """One message's places, for weighing the hits the rules found in it."""

    __slots__ = ("ctx", "_subject", "_text", "_tally", "_at")

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self._subject: Place | None = None
        self._text: Place | None = None
        self._tally: tuple[dict[str, float], dict[str, float], dict[str, float]] | None = None
        self._at: dict[str, list[tuple[int, float]]] = {}  # keyword -> (place key, weight) of each hit

    def place(self, name: str) -> Place:
        if name == "subject":
            if self._subject is None:
                text = self.place("text")
                self._subject = Place(self.ctx.subject_fc, self.ctx.subject_at, True,
                                       superseded=turns_away(self.ctx.text_fc, text.starts, text.turn))
            return self._subject
        if self._text is None:
            self._text = Place(self.ctx.text_fc, self.ctx.text_at, False, paragraph_starts(self.ctx.sub.text or ""))
        return self._text

    def weigh_hit(self, hit: Hit) -> HitWeight:
        if hit.place == "field":
            return HitWeight(hit, 1.0, "")  # a rule written on a Form answer asks for it explicitly
        place = self.place(hit.place)
        factor = place.factor.get(hit.pos)
        if factor is None:  # a regular expression's hit: not where a keyword starts
            si = bisect_right(place.starts, hit.pos) - 1
            factor, note = place._factor(hit.pos, si)
        else:
            note = place.note.get(hit.pos, "")
            if place.bare and hit.words == 1:
                factor *= _bare_factor(place, fold_case(hit.label))
        return HitWeight(hit, factor * specificity(hit.words), note)

    def present(self, hits: list[HitWeight]) -> bool:
        """Whether weighed hits tell of something here and now: more of them are neither denied, imagined,
        past, nor opened by a time gone by than are ("Tuần trước cháu đi lạc, tìm được ngay": the danger
        and the child are last week's, only "ngay" is not). No hits (a rule on the sender): present."""
        if not hits:
            return True
        over = {h.hit.label for h in hits if h.note in NOT_PRESENT
                or (h.hit.place != "field" and self.place(h.hit.place).earlier(
                    h.hit.pos, len(h.hit.label), h.hit.length or len(h.hit.label)))}
        # a word told as over somewhere is over everywhere: the subject "Vụ đánh nhau" names last night's fight
        now = sum(1 for h in hits if h.hit.label not in over)
        return now * 2 > len(hits)

    def lasting(self, hits: list[HitWeight]) -> bool:
        """Whether weighed hits tell of no danger of the next hours: most of the clear ones follow a habit or a
        state of months in their sentence, with no time of now between ("cứ mưa là nước tràn vào nhà", "đêm
        nào cũng rồ ga"), or none is clear: an unmarked letter's one-word hits may be other words ("sap xep"
        is not "sập", "4-5 ngay" not "ngay")."""
        clear = [h for h in hits if h.hit.place == "field" or not (
            self.place(h.hit.place).bare and h.hit.words == 1 and (not h.hit.label.isascii() or h.hit.label[:2] == "(?"))]
        if not clear:
            return bool(hits)
        habit = sum(1 for h in clear if h.hit.place != "field" and self.place(h.hit.place).habitual(h.hit.pos))
        return habit * 2 > len(clear)

    def actual(self, hits: list[HitWeight]) -> bool:
        """Whether weighed hits tell of an actual case: more of them are neither denied, imagined nor
        asked about ("Xin hỏi nếu bị thu hồi đất thì bồi thường thế nào?") than are. No hits: actual."""
        if not hits:
            return True
        now = sum(1 for h in hits if h.note not in NOT_ACTUAL
                  and (h.hit.place == "field" or not self.place(h.hit.place).question(h.hit.pos)))
        return now * 2 > len(hits)

    def notes(self, fcs: Iterable[str]) -> list[str]:
        """The notes on the places of keywords ``fcs`` (all present), sorted."""
        found: set[str] = set()
        for name, at in (("subject", self.ctx.subject_at), ("text", self.ctx.text_at)):
            notes = None
            for fc in fcs:
                for pos in at.get(fc, ()):
                    if notes is None:
                        notes = self.place(name).note
                    note = notes.get(pos)
                    if note:
                        found.add(note)
        return sorted(found)

    def keyword_places(self, fc: str) -> list[tuple[int, float]]:
        """(place key, weight) of every hit of keyword ``fc``: subject places count from -1 down."""
        found = self._at.get(fc)
        if found is None:
            spec = specificity(fc.count(" ") + 1)
            found = []
            at = self.ctx.subject_at.get(fc)
            if at:
                place = self.place("subject")
                factor, bare = place.factor, _bare_factor(place, fc) * spec
                found.extend((-1 - pos, factor[pos] * bare) for pos in at)
            at = self.ctx.text_at.get(fc)
            if at:
                place = self.place("text")
                factor, bare = place.factor, _bare_factor(place, fc) * spec
                found.extend((pos, factor[pos] * bare) for pos in at)
            self._at[fc] = found
        return found

    def tally(self) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
        """For every keyword present: the best weight of its hits, their sum, and the score of a rule
        with that keyword alone (made once per message, whatever the number of rules sharing it)."""
        if self._tally is None:
            best: dict[str, float] = {}
            total: dict[str, float] = {}
            alone: dict[str, float] = {}
            spec_of = _SPEC_OF.get
            subject_at = self.ctx.subject_at
            text_at = self.ctx.text_at
            if text_at:
                place = self.place("text")
                factor = place.factor
                for fc, found in text_at.items():
                    spec = (spec_of(fc) or _spec_of(fc)) * (_bare_factor(place, fc) if place.bare else 1.0)
                    if len(found) == 1:
                        best[fc] = total[fc] = alone[fc] = factor[found[0]] * spec
                    else:
                        ws = [factor[pos] for pos in found]
                        b, t = max(ws) * spec, sum(ws) * spec
                        best[fc], total[fc] = b, t
                        alone[fc] = b + min((t - b) * 0.2, b)
            if subject_at:
                place = self.place("subject")
                factor = place.factor
                for fc, found in subject_at.items():
                    spec = (spec_of(fc) or _spec_of(fc)) * (_bare_factor(place, fc) if place.bare else 1.0)
                    ws = [factor[pos] for pos in found]
                    b, t = max(ws) * spec, sum(ws) * spec
                    if fc in best:
                        b, t = max(best[fc], b), total[fc] + t
                    best[fc], total[fc] = b, t
                    alone[fc] = b + min((t - b) * 0.2, b)
            self._tally = (best, total, alone)
        return self._tally

    def keyword_score(self, fcs: Iterable[str], weight: float, overlap: bool) -> float:
        """The score of a rule whose evidence is the places of the keywords ``fcs`` (all present).
        ``overlap``: two of them may start at the same place (one a whole-word prefix of the other,
        or the same words written two ways), which then counts once."""
        if not overlap:
            bests, totals, _ = self.tally()
            best = max(map(bests.__getitem__, fcs))
            total = fsum(map(totals.__getitem__, fcs))  # fcs is a set: exact, in any order
            return weight * (best + min((total - best) * 0.2, best))
        at: dict[int, float] = {}  # one place counts once ("hàng xóm" and "hang xom" both hit it)
        for fc in fcs:
            for key, w in self.keyword_places(fc):
                if w > at.get(key, 0.0):
                    at[key] = w
        return _score(list(at.values()), weight)

    def hits_score(self, hits: list[HitWeight], weight: float) -> float:
        if not hits:
            return weight  # a rule with no keyword evidence (sender, channel, a bare "not") matched as a whole
        at: dict[tuple[str, int], float] = {}
        for h in hits:
            key = (h.hit.place, h.hit.pos)
            at[key] = max(at.get(key, 0.0), h.weight)
        return _score(list(at.values()), weight)


def _score(weights: list[float], weight: float) -> float:
    """The best hit, plus a little for each further distinct hit (a letter dwells on its issue)."""
    if not weights:
        return weight
    best = max(weights)
    more = min((fsum(weights) - best) * 0.2, best)  # exact: the hits come in hash-seed order
    return weight * (best + more)

