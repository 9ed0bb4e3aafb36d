"""Weighing matched rules into a decision: candidates per agency, the winner, the why.

Owns: what one matched rule contributed (`RuleMatch`, its words asked for only when shown), the
evidence per agency (`Candidate`), and `decide` — safety rules first, else the agency with the most
evidence, triage when it is weak or two agencies are close, the runner-up as co-ordinating agency.
Pure: no I/O. The engine finds the matches and their scores (`engine.py`), the weights of the hits
are `evidence.py`; this module imports neither at run time (the start-up import chain stays short).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hopthu.core.model import QUIET_FLAGS
from hopthu.core.rules.paragraphs import SIGNATURE, in_story  # the closing words and signature; the story

if TYPE_CHECKING:
    from hopthu.core.model import Decision, Submission
    from hopthu.core.rules.conditions import Context
    from hopthu.core.rules.evidence import HitWeight, Placement, RoutingSettings, _Place
    from hopthu.core.rules.learned import Guess
    from hopthu.core.rules.rule import Rule

TRIAGE_WHY = "Không khớp quy tắc nào: chờ cán bộ phân loại"
URGENT = "urgent"
WHY_ADDED = 3  # adding rules named in a decision's "why"; more are counted
ASIDE_NOTE = "việc phụ"  # a hit's note in a sentence introduced as a further point (cues.ASIDE_CUES)


class RuleMatch:
    """One rule that matched one message, with its weighed evidence (the words, lazily: only the
    rules an explanation shows are asked why)."""

    __slots__ = ("rule", "score", "agency", "_ctx", "_where", "_evidence", "_hits")

    def __init__(self, rule: Rule, score: float, agency: str | None, ctx: Context, where: Placement):
        self.rule = rule
        self.score = score
        self.agency = agency  # where its category sends the case (deciding rules)
        self._ctx = ctx
        self._where = where
        self._evidence: list[str] | None = None
        self._hits: list[HitWeight] | None = None

    @property
    def evidence(self) -> list[str]:
        if self._evidence is None:
            self._evidence = self.rule.when.test(self._ctx) or []
        return self._evidence

    @property
    def hits(self) -> list[HitWeight]:
        if self._hits is None:
            self._hits = [self._where.weigh_hit(h) for h in self.rule.when.hits(self._ctx)]
        return self._hits

    @property
    def background(self) -> bool:
        """Whether all its evidence is the story told before the letter turns to its business."""
        text = self._where.place("text")
        return in_story(text.starts, text.told, [h.hit.pos if h.hit.place == "text" else -1 for h in self.hits])

    @property
    def actual(self) -> bool:
        """Whether its evidence tells of an actual case, not one denied, imagined or asked about."""
        return self._where.actual(self.hits)

    @property
    def present(self) -> bool:
        """Whether its evidence tells of something here and now (see `Placement.present`)."""
        return self._where.present(self.hits)

    @property
    def danger_now(self) -> bool:
        """Whether its evidence tells of a danger here and now: present, and not a habit nor ambiguous words."""
        return self.present and not self._where.lasting(self.hits)

    @property
    def notes(self) -> list[str]:
        """Why its hits were discounted or raised ("bị phủ định", "trong câu đề nghị"...)."""
        scoring = self.rule.when.scoring_keywords()
        if scoring is not None and self._hits is None:  # straight from the keywords' places
            return self._where.notes(scoring & self._ctx.present)
        return sorted({h.note for h in self.hits if h.note})

    def describe(self, scored: bool = True) -> str:
        """``scored``: add the score and the notes (left out when nothing competed with this rule)."""
        notes = self.notes
        if not scored and not notes:
            return why_rule(self.rule, self.evidence)
        extra = f"; {', '.join(notes)}" if notes else ""
        return f"{why_rule(self.rule, self.evidence)} (điểm {self.score:.2f}{extra})"


class Candidate:
    """An agency (None: outside the ward's competence) with the evidence pointing to it.

    ``raw`` holds (rule, score) of each deciding rule in rule order; ``matches`` makes them
    RuleMatch objects on first use (most candidates are never shown, most rules never named).
    The engine sums the plain keyword rules per keyword (their totals are exact) and lists them
    only when ``raw`` is asked for: ``lazy`` then gives those rules of this agency, merged in rule order."""

    __slots__ = ("agency", "score", "categories", "_raw", "lazy", "_matches", "_msg")

    def __init__(self, agency: str | None, msg: tuple[Context, Placement]):
        self.agency = agency
        self.score = 0.0
        self.categories: dict[str, float] = {}
        self._raw: list[tuple[Rule, float]] = []
        # (candidate, category or None for all) -> its (rule, score), summed rules included, in rule order
        self.lazy: Callable[[Candidate, str | None], list[tuple[Rule, float]]] | None = None
        self._matches: list[RuleMatch] | None = None
        self._msg = msg

    @property
    def raw(self) -> list[tuple[Rule, float]]:
        if self.lazy is not None:
            lazy, self.lazy = self.lazy, None
            self._raw = lazy(self, None)
        return self._raw

    def set_raw(self, raw: list[tuple[Rule, float]]) -> None:
        """(rule, score) in rule order, of the rules not summed by the engine."""
        self._raw = raw

    def add(self, category: str, score: float) -> None:
        self.score += score
        self.categories[category] = self.categories.get(category, 0.0) + score

    def match(self, rule: Rule, score: float) -> RuleMatch:
        return RuleMatch(rule, score, self.agency, *self._msg)

    def strongest(self, category: str | None = None) -> list[tuple[Rule, float]]:
        """(rule, score) best first, of one category or all."""
        if category is not None and self.lazy is not None:  # only that category's rules are listed
            return sorted(self.lazy(self, category), key=lambda rs: -rs[1])
        found = self.raw if category is None else [(r, sc) for r, sc in self.raw if r.then.category == category]
        return sorted(found, key=lambda rs: -rs[1])

    @property
    def matches(self) -> list[RuleMatch]:
        if self._matches is None:
            self._matches = [self.match(rule, score) for rule, score in self.raw]
        return self._matches

    @property
    def category(self) -> str:
        """The category with the most evidence; on a tie, that of the first rule in file order."""
        top = max(self.categories.values())
        tied = [c for c, v in self.categories.items() if v >= top - 1e-9]
        if len(tied) > 1:
            for rule, _ in self.raw:
                if rule.then.category in tied:
                    return rule.then.category
        return tied[0]


@dataclass
class Verdict:
    """A decision's fields, before the engine makes it a `Decision`."""

    category: str
    agency: str | None
    co_agencies: list[str]
    complex: bool
    flags: set[str]
    notify: list[str]
    rule: str
    why: str
    reply_template: str


@dataclass
class Weighing:
    """What `RuleSet.weigh` found: candidates best first, the additive rules, the decision."""

    candidates: list[Candidate]
    added: Candidate  # the adding rules (stop: false), in rule order
    decision: Decision
    form_category: str | None = None
    learned: list[tuple[Guess, float]] | None = None  # the learned model's guesses and the evidence each added

    @property
    def additions(self) -> list[RuleMatch]:
        return self.added.matches


# A second matter told in a sentence of its own, without an aside word (`_told_apart`): the evidence its
# agency's strongest rule needs, the winner's rules whose sentences are the main issue's, and the notes
# of a hit that is no matter of its own.
APART_MIN = 1.0
APART_ASIDE_MIN = 0.6 * APART_MIN  # the same, once weighed as a further point (evidence.ASIDE_FACTOR)
APART_RULES = 4
PLACE_NOTE = "chỉ là địa điểm"  # a keyword naming a landmark of the address (evidence.PLACE_FACTOR)
APART_DONE = ("đã ", "da ")  # a sentence opened by "đã" tells of what was already done
FAR_BEHIND = 0.3  # a runner-up under this share of the top agency's plain sum stays behind after decay


def repeat_decay(by_agency: dict[str | None, Candidate], decay: float) -> None:
    """Several rules of one agency saying the same thing count less than several agencies' rules each
    saying one: an agency's rules, best first, count 1, ``decay``, ``decay``², ... (per category, and for
    the agency over all its rules). Otherwise the agency whose words are spread over more rule files
    (synonym files, family files) wins on their number, not on what the letter says.

    Only the candidates that may end in the top two are re-scored (a decayed score is never above the
    plain sum, so once the plain sum of the next is below the second best decayed one, nothing changes)."""
    ordered = sorted(by_agency.values(), key=lambda c: -c.score)
    if len(ordered) > 1 and ordered[1].score < FAR_BEHIND * ordered[0].score and len(ordered[0].categories) == 1:
        return  # the runner-up is far behind and the top has one category: decay changes nothing that counts
    best = second = 0.0
    for cand in ordered[:2]:  # a third agency rarely matters: it is not re-scored (the bound on cost)
        raw = cand.raw
        if len(raw) > 1:
            per_cat: dict[str, list[float]] = {}
            for rule, score in raw:
                per_cat.setdefault(rule.then.category or "", []).append(score)
            for cat, scores in per_cat.items():
                if cat in cand.categories and len(scores) > 1:
                    cand.categories[cat] = _decayed(scores, decay)
            cand.score = _decayed([score for _, score in raw], decay)
        if cand.score > best:
            best, second = cand.score, best
        elif cand.score > second:
            second = cand.score


def _decayed(scores: list[float], decay: float) -> float:
    scores = sorted(scores, reverse=True)
    total, factor = 0.0, 1.0
    for score in scores:
        total += score * factor
        factor *= decay
    return total


def decide(sub: Submission, st: RoutingSettings, *, triage: str, cat_agency: Mapping[str, str | None],
           picked: str | None, additions: Candidate, safety_rules: list[RuleMatch],
           by_agency: dict[str | None, Candidate], msg: tuple[Context, Placement],
           learned: list[tuple[Guess, float]] | None = None) -> tuple[list[Candidate], Verdict]:
    """The weighed decision: safety rules first, else the agency with the most evidence (triage when
    weak or close), the runner-up as co-ordinating agency, additions above the threshold. ``learned``:
    the learned model's (category, agency) guesses with the evidence each adds, summed like a rule's."""
    # safety rules (priority > 0) decide outright when their evidence stands
    safety = [m for m in safety_rules if m.score >= st.add_threshold]
    if picked and picked not in (triage, "khac") and st.form_category_weight > 0:
        agency = cat_agency.get(picked)
        cand = by_agency.get(agency)
        if cand is None:
            cand = by_agency[agency] = Candidate(agency, msg)
        cand.add(picked, st.form_category_weight)
    guessed: dict[str | None, float] = {}  # what the learned model added per agency (and the Form's choice)
    if picked and picked not in (triage, "khac") and st.form_category_weight > 0:
        guessed[cat_agency.get(picked)] = st.form_category_weight
    for guess, evidence in learned or ():
        if guess.category == triage:
            continue  # "cannot be classified" is what weak evidence already says
        cand = by_agency.get(guess.agency)
        if cand is None:
            cand = by_agency[guess.agency] = Candidate(guess.agency, msg)
        cand.add(guess.category, evidence)
        guessed[guess.agency] = guessed.get(guess.agency, 0.0) + evidence
    ranked = sorted(by_agency.values(), key=lambda c: -c.score)

    winner: Candidate | None = None
    runner = None
    why_head = ""
    if safety:
        first = max(safety, key=lambda m: (m.rule.priority, m.score))
        then = first.rule.then
        agency = then.agency if then.agency_given else cat_agency.get(then.category or triage)
        winner = Candidate(agency, msg)
        winner.add(then.category or triage, first.score)
        winner.raw.append((first.rule, first.score))
        why_head = "Quy tắc an toàn (ưu tiên) quyết định: "
    elif ranked:
        best = ranked[0]
        runner = ranked[1] if len(ranked) > 1 else None
        if best.score < st.threshold:
            why_head = (f"Chưa đủ căn cứ (điểm {best.score:.2f} < {st.threshold:.2f}): chờ cán bộ phân loại; "
                        f"ứng viên: {_agency_label(best.agency)}")
            if runner is not None:
                why_head += f", {_agency_label(runner.agency)} (điểm {runner.score:.2f})"
        elif runner is not None and runner.score >= st.close_ratio * best.score:
            why_head = (f"Hai cơ quan gần ngang nhau: {_agency_label(best.agency)} (điểm {best.score:.2f}) "
                        f"và {_agency_label(runner.agency)} (điểm {runner.score:.2f}): chờ cán bộ phân loại")
        else:
            winner = best

    flags: set[str] = set()
    co: list[str] = []
    notify: list[str] = []
    complex_ = False
    for rule, score in additions.raw:
        if score >= st.add_threshold:
            then = rule.then
            flags.update(_flags(then.flags, additions, rule, score))
            complex_ = complex_ or (then.complex and additions.match(rule, score).actual)
            if not additions.match(rule, score).background:  # the story before the business: a passing mention
                co.extend(then.co_agencies)
            notify.extend(then.notify)

    if winner is None:
        category = triage
        agency = cat_agency.get(category)
        name, reply_template = "", ""
        if not why_head:
            why_head = TRIAGE_WHY if not additions.raw else "Không có quy tắc nào quyết định lĩnh vực: chờ cán bộ phân loại"
        why_parts = [why_head]
        for cand in ranked[:2]:
            why_parts.extend(cand.match(*rs).describe() for rs in cand.strongest(cand.category)[:2])
    else:
        category = winner.category
        agency = winner.agency
        in_cat = winner.strongest(category)
        top: RuleMatch | None = winner.match(*in_cat[0]) if in_cat else None
        name = top.rule.name if top else ""
        reply_template = top.rule.then.reply_template if top else ""
        alone = len(ranked) == 1 and len(winner.raw) == 1
        why_parts = [why_head + top.describe(scored=not alone)] if top else []
        if not top and picked == category:  # the Form's category (and maybe the learned model)
            why_parts.append(f'người dân chọn lĩnh vực "{sub.picked_category}" trên Form')
        said = _learned_why(learned, winner.agency, category)
        if said:
            why_parts.append(said)
        for n, (rule, score) in enumerate(in_cat):
            if n == 0 or score >= st.add_threshold:
                then = rule.then
                if then.flags:
                    flags.update(_flags(then.flags, winner, rule, score))
                complex_ = complex_ or (then.complex and winner.match(rule, score).actual)
                if then.co_agencies:
                    co.extend(then.co_agencies)
                if then.notify:
                    notify.extend(then.notify)
        why_parts.extend(winner.match(*rs).describe() for rs in in_cat[1:3])
        if picked == category and top is not None and not any(h.hit.place == "field" for h in top.hits):
            why_parts.append(f'người dân cũng chọn lĩnh vực "{sub.picked_category}" trên Form')
        if not safety and agency:
            for cand in _co_ordinating(ranked, winner, runner, guessed, st, msg[1]):
                co.insert(0, cand.agency or "")
                why_parts.append(f"phối hợp: {cand.agency} (điểm {cand.score:.2f}, "
                                 + "; ".join(cand.match(*rs).describe()
                                             for rs in cand.strongest(cand.category)[:1]) + ")")
    # the strongest adding rules are named; the rest counted (a long "why" is read by nobody)
    # (an adding rule whose additions a stronger named one already made is only counted)
    ranked_adds = additions.strongest()
    added: list[RuleMatch] = []
    shown: set[tuple[tuple[str, ...], tuple[str, ...], bool, tuple[str, ...]]] = set()
    for rs in ranked_adds:
        if len(added) >= WHY_ADDED or rs[1] < st.add_threshold:
            break
        then = rs[0].then
        effect = (then.flags, then.co_agencies, then.complex, then.notify)
        if effect not in shown:
            shown.add(effect)
            added.append(additions.match(*rs))
    added_why = [f"{m.describe(scored=False)} ({_additions_said(m)})" for m in added]
    more = sum(1 for _, score in ranked_adds if score >= st.add_threshold) - len(added)
    if more > 0:
        added_why.append(f"và {more} quy tắc bổ sung khác")
    weak = [additions.match(*rs) for rs in [rs for rs in ranked_adds if rs[1] < st.add_threshold][:WHY_ADDED]]
    ignored = [f"{why_rule(m.rule, m.evidence)} — bỏ qua ({', '.join(m.notes) or 'căn cứ yếu'})" for m in weak]
    why = "; ".join([p for p in why_parts if p] + added_why + ignored)
    if agency is None or category == "ngoai_tham_quyen":  # outside: no agency, no deadline of the ward's
        co = []
        complex_ = False
    if safety and QUIET_FLAGS & flags:  # spam and abuse are not handled: never complex nor urgent
        complex_ = False
        flags.discard(URGENT)
    co_unique = [a for a in dict.fromkeys(co) if a != agency]
    return ranked, Verdict(category, agency, co_unique, complex_, flags, list(dict.fromkeys(notify)), name, why,
                           reply_template)


def _co_ordinating(ranked: list[Candidate], winner: Candidate, runner: Candidate | None,
                   guessed: Mapping[str | None, float], st: RoutingSettings, where: Placement) -> list[Candidate]:
    """The other agencies that co-ordinate: the runner-up when the rules' own evidence for it (not the learned
    model's guess nor the Form's choice, which say where the letter belongs, not what else it needs) is
    above the threshold and close enough to the winner's; and an agency whose strongest rule stands in a
    sentence the letter introduces as a further point ("Ngoài ra, ...", "Nhân tiện, ...": a secondary issue
    for another body, `ASIDE_CUES`), when its evidence is above the threshold."""
    out: list[Candidate] = []
    if runner is not None and runner.agency:
        own = runner.score - guessed.get(runner.agency, 0.0)
        # another body for the same field is another guess at the lead, not a second issue
        # ... nor a past event the letter tells as background ("Tối qua có đám cháy nhỏ, đã dập tắt")
        if own >= st.threshold and runner.score >= st.co_ratio * winner.score and runner.category != winner.category \
                and _told_as_now(runner) and not runner.match(*runner.strongest()[0]).background:
            out.append(runner)
    for cand in ranked[1:4]:
        if cand not in out and cand is not winner and cand.agency and cand.agency != winner.agency \
                and cand.score - guessed.get(cand.agency, 0.0) >= APART_MIN and _told_apart(cand, winner, where):
            out.append(cand)
    if not where.place("text").aside:
        return out
    for cand in ranked[1:4]:
        if cand in out or cand is winner or not cand.agency or cand.agency == winner.agency:
            continue
        own = cand.score - guessed.get(cand.agency, 0.0)
        if own < st.threshold:
            continue
        # its two strongest rules: the subject may name the further point too ("Rác và tiền học"), and a
        # rule matching only there would hide the one that finds it in its sentence
        # (a paragraph told after the request without an aside word needs the evidence of `_told_apart`)
        if any(h.note == ASIDE_NOTE and _further(where.place(h.hit.place), h.hit.pos, own >= APART_ASIDE_MIN)
               for best in cand.strongest()[:2] for h in cand.match(*best).hits):
            out.append(cand)
    return out


def _told_apart(cand: Candidate, winner: Candidate, where: Placement) -> bool:
    """Whether ``cand``'s strongest rule finds its evidence in a sentence of its own, told after the main
    issue began and holding none of the winner's evidence: a second matter raised without an aside word
    ("... Đề nghị thay bóng.\n\nCuối ngõ tối nào cũng có nhóm thanh niên hít bóng cười"): after the main
    issue's request, which closes it (a sentence before it is more often that issue's detail). The hit must
    carry no note (not denied, imagined, past, a landmark of the address, nor in a request, which names the
    addressee or the main issue's own step more often than a new matter), nor stand in the introduction, a
    question or the signature."""
    best = cand.strongest()[:1]
    if not best or best[0][1] < APART_MIN:
        return False
    text = where.place("text")
    mine = [h for h in cand.match(*best[0]).hits if h.hit.place == "text"]
    if not mine:
        return False
    theirs = {bisect_right(text.starts, h.hit.pos) - 1
              for rs in winner.strongest()[:APART_RULES] for h in winner.match(*rs).hits if h.hit.place == "text" and h.note != PLACE_NOTE}
    if not theirs:
        return False
    first = min(theirs)
    for h in mine:
        si = bisect_right(text.starts, h.hit.pos) - 1
        if si <= first or si in theirs or si in text.intro or h.note not in ("", ASIDE_NOTE) or text.earlier(h.hit.pos) \
                or not any(first <= r < si for r in text.request):  # the main issue's request closes it
            continue  # a request names the addressee or the main issue's own step more often than a matter
        said = where.ctx.text_fc[text.starts[si]:].lstrip(" \n-–•*")
        if text.question(h.hit.pos) or len(said) < SIGNATURE or said.startswith(APART_DONE):
            continue  # a question asked, the closing lines ("Cảm ơn anh chị.", "Ban công tác Mặt trận tổ 31"),
            # or what was already done ("Đã gửi đơn nhiều lần, ...")
        return True
    return False


def _told_as_now(cand: Candidate) -> bool:
    """Whether the strongest rule of ``cand`` tells of something here and now, not only of a past event."""
    best = cand.strongest()[:1]
    return not best or cand.match(*best[0]).present


def _further(place: _Place, pos: int, strong: bool = True) -> bool:
    """Whether the sentence at `pos` is a further point the letter raises, not the writer's introduction; told
    without an aside word or a list's number (a paragraph after the request), only for `strong` evidence."""
    si = bisect_right(place.starts, pos) - 1
    if si not in place.aside or si in place.intro:
        return False
    if strong:
        return True
    lo, hi = place.starts[si], place.starts[si + 1] if si + 1 < len(place.starts) else place.length
    return any(lo <= p < hi for p, _ in place.cues.get("aside", ())) or bool(place.main)


def _flags(flags: tuple[str, ...], cand: Candidate, rule: Rule, score: float) -> tuple[str, ...]:
    """A rule's flags; "urgent" only when one of its hits tells of a danger here and now (not denied,
    imagined, past, told as what happened last night, nor as a habit): the issue's "present danger only"."""
    if URGENT not in flags:
        return flags
    if cand.match(rule, score).danger_now:
        return flags
    return tuple(f for f in flags if f != URGENT)


def _additions_said(m: RuleMatch) -> str:
    """What an adding rule did, in words; an urgent flag withheld says why."""
    said = m.rule.then.describe_additions()
    if URGENT in m.rule.then.flags and not m.danger_now:
        said += "; không gắn cờ khẩn: mối nguy đã qua, giả định, bị phủ định hoặc lặp lại thường ngày"
    if m.rule.then.complex and not m.actual:
        said += "; không đánh dấu phức tạp: chỉ hỏi, giả định hoặc bị phủ định"
    return said


def _learned_why(learned: list[tuple[Guess, float]] | None, agency: str | None, category: str) -> str:
    """What the learned model added to the winner (its category), for the decision's "why"."""
    for guess, evidence in learned or ():
        if guess.agency == agency and guess.category == category:
            return f"mô hình học từ các hồ sơ đã phân loại: {guess.share:.0%} (điểm {evidence:.2f})"
    return ""


def _agency_label(agency: str | None) -> str:
    return agency or "ngoài thẩm quyền"


def why_rule(rule: Rule, evidence: list[str]) -> str:
    if not evidence:  # only absences matched (a bare "not"): say what the rule checks
        return f'Quy tắc "{rule.name}": {rule.when.describe()}'
    return f'Quy tắc "{rule.name}": ' + ", ".join(dict.fromkeys(evidence))
