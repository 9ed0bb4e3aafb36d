"""A letter's courteous closing thanks ("Xin cảm ơn.", "Em cảm ơn ạ!", "Trân trọng cảm ơn phường"): no evidence.

Rules read "cảm ơn" as a thank-you letter's purpose, and a hundred safety rules exclude it ("cảm ơn phường đã cho người
đến": the danger is over). The formula that merely closes a letter says neither: "dây điện đứt đang tóe lửa, đề nghị
phường cho người đến ngay. Xin cảm ơn." is a present danger. `closing_thanks` names the places of such a formula, and
`Context` leaves them out of the body's keywords found (the subject and the Form fields are not touched). Thanks that
say what for ("cảm ơn phường đã sửa đèn"), that stand before the letter's matter, or that close a letter asking for
nothing (a thank-you letter) stay. Pure text work on the fold_case text the matcher scanned, linear in its length:
only thanks near the end are looked at, each within a window of bounded size, and the letter's first request is
searched for once.
"""

from __future__ import annotations

import re

from hopthu.core.textnorm import afold

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
#: a letter that asks for something: its thanks close the request (a thank-you letter asks nothing)
_ASKS = re.compile(r"(?<!\w)(?:de nghi|kien nghi|yeu cau|mong phuong|mong cac|mong ban|nho phuong|nho cac|nho anh"
                   r"|xin phuong|xin cac|den ngay|xuong ngay|giup do|cuu voi|giup voi|gap|khan cap)(?!\w)|\?")
_TRIM = " \t,:-–—()\"'“”"


def closing_thanks(text_fc: str, starts: list[int]) -> list[int]:
    """Of ``starts`` (where a thanks keyword begins in ``text_fc``, a fold_case text), those inside a closing
    formula: the letter asks for something before it, its sentence is the formula alone, and at most `TAIL`
    characters (the signature) follow that sentence."""
    n = len(text_fc)
    late = [at for at in starts if at >= n - TAIL - LONGEST]
    if not late:
        return []
    folded = afold(text_fc)
    ask = _ASKS.search(folded, 0, max(late))
    if ask is None:
        return []
    out: list[int] = []
    for at in late:
        if ask.end() > at:
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
    for kw in [kw for kw in at if "cam on" in afold(kw)]:
        closing = set(closing_thanks(text_fc, at[kw]))
        if not closing:
            continue
        kept = [i for i in at[kw] if i not in closing]
        if kept:
            at[kw] = kept
        else:
            del at[kw]
