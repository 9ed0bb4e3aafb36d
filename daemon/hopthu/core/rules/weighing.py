"""Weighing matched rules into a decision: candidates per agency, the winner, the why.

Owns `decide` — safety rules first, else the agency with the most evidence, triage when it is weak or
two agencies are close, the co-ordinating agencies (`coagencies.py`), the flags and the why — and the decay
of an agency's repeated rules. What one matched rule contributed and the evidence per agency are
`candidates.py`. Pure: no I/O. The engine finds the matches and their scores (`matching.py`), the weights of
the hits are `evidence.py`; this module imports neither at run time (the start-up import chain stays short).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hopthu.core.model import QUIET_FLAGS
from hopthu.core.rules.candidates import Candidate, RuleMatch, why_rule
from hopthu.core.rules.coagencies import co_ordinating

if TYPE_CHECKING:
    from hopthu.core.model import Decision, Submission
    from hopthu.core.rules.context import Context
    from hopthu.core.rules.evidence import Placement
    from hopthu.core.rules.learned import Guess
    from hopthu.core.rules.rule import Rule
    from hopthu.core.rules.settings import RoutingSettings

TRIAGE_WHY = "Không khớp quy tắc nào: chờ cán bộ phân loại"
URGENT = "urgent"
WHY_ADDED = 3  # adding rules named in a decision's "why"; more are counted


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
    guessed: dict[str | None, float] = {}  # what the learned model added per agency (and the Form's choice)
    if picked and picked not in (triage, "khac") and st.form_category_weight > 0:
        # the drop-down names a field, not a body: when the rules find that field both for its usual agency and
        # for another one, it backs the one they find more (a lost identity card is a procedure of the police,
        # though "cần giấy tờ gì" also finds the one-stop centre's)
        agency = cat_agency.get(picked)
        usual = by_agency[agency].categories.get(picked, 0.0) if agency in by_agency else 0.0
        found = max(by_agency.values(), key=lambda c: c.categories.get(picked, 0.0), default=None)
        if usual > 0 and found is not None and found.categories.get(picked, 0.0) > usual:
            agency = found.agency
        cand = by_agency.get(agency)
        if cand is None:
            cand = by_agency[agency] = Candidate(agency, msg)
        cand.add(picked, st.form_category_weight)
        guessed[agency] = st.form_category_weight
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
            for cand in co_ordinating(ranked, winner, runner, guessed, st, msg[1]):
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
