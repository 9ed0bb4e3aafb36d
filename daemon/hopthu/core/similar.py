"""How alike two complaints are: the same letter sent twice, by email and through the Form, say. Pure.

Texts are compared as sets of folded words (diacritics, case, punctuation and the masks `redact` puts
in place of personal data left out), so "Đèn đường hỏng" and "den duong hong" are the same, and a
greeting or a signature around the same complaint changes little: the score is how much of the
shorter text the longer one holds (containment), tempered by the overlap of both (Jaccard), so a
one-line letter is not "the same" as a long letter that happens to contain its words. A short report
that a long one holds almost whole (a neighbour's two lines on the Form about the fallen tree a long email
described ten minutes before) is still worth a look: `contained` proposes it to the officers, never merges it.

Numbers tell places apart: "đèn ngõ 5 hỏng" and "đèn ngõ 7 hỏng" are two complaints however alike the
words, so two texts that both name numbers and share none are never merged, only proposed
(`other_numbers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hopthu.core.textnorm import fold


@dataclass(frozen=True)
class Likeness:
    """An earlier open case a new item resembles (`pipeline.duplicates` finds it, `casework` acts on it)."""

    code: str
    score: float
    same_contact: bool
    merge: bool  # True: "Trùng lặp" linked to `code`; False: proposed to the officers only

_WORD = re.compile(r"[a-z0-9]{2,}")  # a word of one letter says nothing (the same runs as [a-z0-9]+, longer than 1)
#: The masks `redact` puts in place of personal data ("[số điện thoại]", "[họ tên]"; older: "[… đã ẩn]").
_MASK = re.compile(r"\[(?:email|họ tên|nơi ở|biển số|số [^\]\d]{1,20}|[^\]]*đã ẩn|người gửi)\]")
#: Words every letter has: they make two different letters look alike.
_STOP = frozenset(fold(w) for w in (
    "kính gửi ủy ban mttq mặt trận tổ quốc việt nam phường lưu kiếm ban thường trực hòm thư số xin "
    "tôi em chúng là của và có không được đã đang sẽ này đó thì mà cho với các những một để đề nghị "
    "phản ánh trân trọng cảm ơn ông bà anh chị ạ nhé rồi lắm rất"
).split())
#: Below this many words a text is too short to call anything a duplicate of it.
MIN_WORDS = 5


@lru_cache(maxsize=4096)  # the open cases' texts are compared again with every new item
def words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(fold(_MASK.sub(" ", text or "")))).difference(_STOP)


def forget() -> None:
    """Drop the caches of `words` and `numbers` (a batch's texts, up to 4,096 each: megabytes of a ward with
    years of open cases, all of it in the journal): after each batch of intakes."""
    words.cache_clear()
    numbers.cache_clear()


def similarity(a: str, b: str) -> float:
    """0 (nothing alike) … 1 (the same words): containment of the shorter in the longer, averaged with
    the Jaccard overlap. 0 when either text is too short to judge."""
    wa, wb = words(a), words(b)
    return similarity_of(len(wa), len(wb), len(wa & wb))


def similarity_of(na: int, nb: int, common: int) -> float:
    """`similarity` from the two texts' numbers of words and of words in common (an index counts these)."""
    if na < MIN_WORDS or nb < MIN_WORDS:
        return 0.0
    containment = common / min(na, nb)
    jaccard = common / (na + nb - common)  # the union's size, without making the union
    return (containment + jaccard) / 2 if jaccard < containment else containment


#: `contained`: this share of the shorter text's words in the longer one, with at least this many words.
CONTAINED, MIN_CONTAINED_WORDS = 0.8, 8


def contained(a: str, b: str) -> bool:
    """True when the shorter text is almost all in the longer one (and long enough to say so)."""
    wa, wb = words(a), words(b)
    return contained_of(len(wa), len(wb), len(wa & wb))


def contained_of(na: int, nb: int, common: int) -> bool:
    """`contained` from the two texts' numbers of words and of words in common."""
    short = min(na, nb)
    return short >= MIN_CONTAINED_WORDS and common >= CONTAINED * short


_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def numbers(text: str) -> frozenset[str]:
    """The numbers a text names (lanes, house groups, dates), personal data masks left out, without leading zeros."""
    return frozenset(n.lstrip("0") or "0" for n in _NUMBER.findall(_MASK.sub(" ", text or "")))


def other_numbers(a: str, b: str) -> bool:
    """True when both texts name numbers and none is the same: most likely two places, two complaints."""
    na, nb = numbers(a), numbers(b)
    return bool(na and nb and not na & nb)
