"""The co-ordinating agencies of a weighed decision: besides the lead, which bodies a letter also needs.

Owns: the runner-up close enough to the winner (its own rules' evidence, told as a matter of now, outside the
story before the business, the writer's introduction and signature block, not only asked about, denied or imagined), an agency
whose evidence stands in a further point ("Ngoài ra, ...", a list's later item, a paragraph after the request),
and a second matter told apart in a sentence of its own. Pure: the candidates and the weighed places come from
`weighing.py`, `evidence.py` and `place.py`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from typing import TYPE_CHECKING

from hopthu.core.rules.paragraphs import SIGNATURE  # the closing words and signature

if TYPE_CHECKING:
    from hopthu.core.rules.candidates import Candidate
    from hopthu.core.rules.evidence import Placement
    from hopthu.core.rules.place import Place
    from hopthu.core.rules.settings import RoutingSettings

ASIDE_NOTE = "việc phụ"  # a hit's note in a sentence introduced as a further point (cues.ASIDE_CUES)
UNTOLD = frozenset({"bị phủ định", "chỉ là giả định", "việc đã qua"})  # denied, imagined, over (evidence.NOT_PRESENT)
# A second matter told in a sentence of its own, without an aside word (`_told_apart`): the evidence its
# agency's strongest rule needs, the winner's rules whose sentences are the main issue's, and the notes
# of a hit that is no matter of its own.
APART_MIN = 1.0
APART_ASIDE_MIN = 0.6 * APART_MIN  # the same, once weighed as a further point (place.ASIDE_FACTOR)
APART_RULES = 4
PLACE_NOTE = "chỉ là địa điểm"  # a keyword naming a landmark of the address (place.PLACE_FACTOR)
APART_DONE = ("đã ", "da ")  # a sentence opened by "đã" tells of what was already done


def co_ordinating(ranked: list[Candidate], winner: Candidate, runner: Candidate | None,
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
        if own >= st.threshold and runner.score >= st.co_ratio * winner.score and runner.category != winner.category:
            best = runner.strongest()[:1]
            lead = runner.match(*best[0]) if best else None  # its strongest rule, its hits weighed once:
            # told as a matter of now (not only a past event), not the story before the business nor the writer's
            # introduction ("Tôi là ..., bán hàng rong": a trade or a home, no second matter), not only asked
            # about, denied or imagined
            if lead is not None and lead.present and not lead.context and lead.actual:
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
        top = cand.strongest()[:2]
        tried = [cand.match(*best) for best in top]
        # ... and its strongest of each other field, told plainly (none of its words denied, imagined nor over):
        # "Hai là, chó nhà ai thả rông" for the police beside the residence procedure of the main issue
        for cat in cand.categories:
            best = cand.strongest(cat)[:1]
            if best and best[0] not in top:
                m = cand.match(*best[0])
                if not any(h.note in UNTOLD for h in m.hits):
                    tried.append(m)
        if any(h.note == ASIDE_NOTE and _further(where.place(h.hit.place), h.hit.pos, own >= APART_ASIDE_MIN)
               for m in tried for h in m.hits):
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


def _further(place: Place, pos: int, strong: bool = True) -> bool:
    """Whether the sentence at `pos` is a further point the letter raises, not the writer's introduction; told
    without an aside word or a list's number (a paragraph after the request), only for `strong` evidence."""
    si = bisect_right(place.starts, pos) - 1
    if si not in place.aside or si in place.intro:
        return False
    if strong:
        return True
    lo, hi = place.starts[si], place.starts[si + 1] if si + 1 < len(place.starts) else place.length
    return any(lo <= p < hi for p, _ in place.cues.get("aside", ())) or bool(place.main)
