"""A business's sign name that looks like a person's name: "quán bia Tuấn Béo", "Quán nhậu Hải Mập", "tiệm nail Kim
Anh", "nhóm trẻ Hoa Mai". GUIDE.md keeps businesses by their sign name (the agency needs the site); the owner named
as a person ("chủ quán là chị Dung", "cửa hàng của chị Lan") still goes. Pure, no I/O.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, fold_same_length

# What a business is called by (folded), one or two words: "quán", "tiệm", "cửa hàng", "nhóm trẻ", "đại lý" …
_HEADS = frozenset({
    "quan", "tiem", "cua hang", "hieu", "shop", "nha hang", "karaoke", "gara", "dai ly", "nha nghi",
    "khach san", "spa", "salon", "tap hoa", "nha tro", "day tro", "nhom tre", "nha tre", "co so", "cong ty", "sieu thi",
    "phong kham", "nha thuoc", "ca phe", "cafe",
})
# A trade right before the sign's words, with or without the head before it ("quán bia Tuấn Béo", "phở Thìn").
_TRADES = frozenset(
    "bia lau nuong bun pho com xoi banh nhau nail toc vang net game massage thuoc hai san oc bida gym photo".split()
)
# Trades that name a sign only right after a head, never alone ("tiệm may Mai Phương", "hiệu sách Thu Hà"; "máy" folds
# to "may", so "may" alone is no trade).
_HEAD_TRADES = frozenset("may sach kinh".split())
# Words between a head and a name that make the name a person's: "cửa hàng của chị Lan", "quán ông Tư".
_PERSON_BETWEEN = frozenset(
    "cua ong ba anh chi co chu bac em nha toi tui minh la o cu di cau mo thim be chau con thang me bo ten gap hoi voi "
    "va hoac cho ma thi".split()
)


def after_sign(folded: str, start: int, owner_named: bool = False) -> bool:
    """Whether the words right before `start` (folded text) are a business's kind, so a name-shaped run there is its
    sign: a head ("tiệm"), a trade ("bia"), or a head and up to two words of trade ("quán nhậu", "tiệm nail").
    `owner_named`: a capitalised name stands right before "chủ", so a head and a trade after it ("bà Hường chủ hiệu
    vàng Kim Thành") lead to the shop's sign, not to its owner again."""
    words = re.split(r"[.,;:!?()\n]", folded[max(0, start - 32) : start])[-1].split()
    if not words or folded[start - 1 : start] != " ":
        return False
    if len(words) >= 2 and words[-2] == "chu":
        return False  # "chủ quán Tuấn": the owner
    if len(words) >= 3 and words[-3] == "chu" and words[-2] in _HEADS and not (owner_named and words[-1] in _TRADES | _HEAD_TRADES):
        return False  # "chủ cửa hàng Lan", "chủ quán bia Tuấn": the owner
    for k in range(1, min(len(words), 4) + 1):
        head = " ".join(words[-k:])
        between = words[len(words) - k :]
        if head in _HEADS or (k == 1 and head in _TRADES):
            return True
        for h in (1, 2):
            if k > h and " ".join(words[-k : len(words) - k + h]) in _HEADS \
                    and not _PERSON_BETWEEN.intersection(between[h:]) and k - h <= 2:
                return True
    return False


def drop_sign_names(text: str, spans: list[Span]) -> list[Span]:
    """The spans that do not stand right after a business's kind (`after_sign`)."""
    if not spans:
        return spans
    folded = fold_same_length(text)
    return [(s, e) for s, e in spans
            if not after_sign(folded, s, _owner_named(text, s)) and not _LANGUAGE_BEFORE.search(text, max(0, s - 12), s)]


# "Anh" right after "tiếng" is the language, not an honorific: "Trung tâm tiếng Anh Ngôi Sao" is a centre's sign name.
_LANGUAGE_BEFORE = re.compile(r"(?<!\w)(?:[Tt]iếng|[Tt]ieng) Anh $")


# A capitalised word (a name) right before "chủ <head> <trade> " and the run at `start`; a match starts only at a
# word's start (from inside a long run of letters every start would rescan it: quadratic).
# The name must follow a word ("Cô Hoa chủ …"): a capital opening a sentence is as likely "Rồi", "Nhưng", "Còn".
_OWNER_BEFORE = re.compile(r"(?<=[^\W\d_] )[A-ZĐÀ-Ỹ][^\W\d_]*\s(?:chủ|chu)\s[^\W\d_]+\s[^\W\d_]+\s$")


def _owner_named(text: str, start: int) -> bool:
    match = _OWNER_BEFORE.search(text[max(0, start - 40) : start])
    return match is not None and match.group(0)[:1].isupper()
