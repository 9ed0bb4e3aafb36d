"""A private person's given name right after a bare possessive or kinship word, with no honorific: "Con chó của Tùng ở
cuối ngõ", "Vợ Tùng là Loan", "chong Nga bi tai nan", "xe của Hùng, Dũng và Nam", "Con rể ông Cường là Khánh".
Pure, no I/O.

The name rules (`names`) read a capitalised word after an honorific ("chị Lan") or after the writer's own kin ("vợ
tôi là …"); here the word must be a usual given name, standing alone (not before another capitalised word: "của Hà
Nội", "của Nam Định"), and end there: a pause, the text's end or a word that goes on the sentence ("ở", "là", "bảo").
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, fold_same_length
from hopthu.core.privacy.leadins import LIST_JOIN
from hopthu.core.privacy.namecues import AFTER_LOWER_NAME
from hopthu.core.privacy.namewords import GIVEN_LOWER

# On the lower-cased text: the marked words only where they are written with their marks ("cua" is also "cửa"); "nha"
# without marks too ("con cho nha Tung"; `names` reads "nhà Tùng" with its marks, not "nha Van hoa").
_LEAD = re.compile(r"(?<!\w)(?:của|vợ|chồng|bố|con (?:trai|gái|rể|dâu)|cua|vo|chong|con (?:trai|gai|re|dau)|nha"
                   r"|(?:tôi|tui|mình|em|toi|minh) (?:với|và|cùng|voi|va|cung))(?: là| la)? (?=\w)")  # "Tôi với Hạnh đã lên phường"
# A trade before a private person's name, any capitalised word alone after it: "Ông chủ trọ Lực", "thợ xây tên Toàn",
# "ong chu nha tro Tam thu tien dien" (without marks too).
_TRADE = re.compile(r"(?<!\w)(?:chủ trọ|chủ nhà trọ|chủ quán|chủ xe|thợ xây|thợ điện|thợ sửa xe|thợ hàn|chu nha tro)"
                    r"(?: tên| tên là| ten| ten la)? (?=\w)")
# Two people named as a pair: "vợ chồng Tấn - Nhung", "anh em Kha và Kiên" (each a single capitalised word).
_PAIR = re.compile(r"(?<!\w)(?i:vợ chồng|vo chong|anh em|chị em|chi em|hai mẹ con|hai bố con) ([^\W\d_]+)(?: [-–] | và | va )"
                   r"([^\W\d_]+)(?![^\W\d_])")
# A given name opening a sentence, its household or lane right after: "Hùng nhà bên cạnh tối nào cũng nẹt pô".
_OPENING = re.compile(r"(?:^|[.!?\n]\s{0,2})([^\W\d_]+)(?= (?:nhà bên|nhà hàng xóm|hàng xóm|con (?:ông|bà) |ở cuối ngõ|ở đầu ngõ))")
# "Con rể ông Cường là Khánh": someone's kin by their elder's name, then who the kin is (on the lower-cased text).
_KIN_OF = re.compile(r"(?<!\w)(?:vợ|chồng|con (?:trai|gái|rể|dâu)|vo|chong|con (?:trai|gai|re|dau)) "
                     r"(?:ông|bà|anh|chị|cô|chú|bác|ong|ba|chi|co|chu|bac) (?=\w)")
_WORD = re.compile(r"[^\W\d_]+")
_THEN_IS = re.compile(r" (?:là|la) ")  # "Vợ Tùng là Loan": the next given name is the wife's
_GIVEN_FOLDED = frozenset(fold_same_length(w) for w in GIVEN_LOWER)
# What a household or its owner does, or where the writer's companion went, right after the name ("Chó nhà Thắng nuôi
# sủa", "con chó của Tùng thả rông", "nha Hung xay tuong", "tôi với Tùng ra xem", "Thư của Hòa gửi phường"): the name
# ends there too ("lan" without marks is also "lần": left out).
_HOUSEHOLD_DOES = frozenset("nuôi nuoi xây xay thả tha sủa sua mở đổ lấn ra lên len xuống xuong sang gửi gui viết viet".split())


def _given_at(text: str, pos: int, plain: bool, listed: bool = False, any_word: bool = False) -> tuple[int, int] | None:
    """The given name standing alone at pos, if one does; in a list of names or after "là" (`listed`) any lower-case
    word may go on the sentence ("xe của Hùng, Dũng và Nam để trong ngõ", "con rể ông Cường là Khánh mở quán")."""
    m = _WORD.match(text, pos)
    if not m:
        return None
    word = m.group(0)
    if len(word) < 2 or not (word[0].isupper() and word[1:].islower()):
        return None
    if plain and not (word.isascii() and word.lower() in _GIVEN_FOLDED):
        return None  # "cua"/"vo" without marks: the name is written without them too
    if not plain and not any_word and word.lower() not in GIVEN_LOWER:
        return None
    rest = text[m.end() : m.end() + 12]
    if not rest or rest[0] in ",.;:!?)\n" or rest.startswith(" ("):  # "bố Tùng (bố của bạn …)"
        return m.span()
    nxt = _WORD.match(rest, 1) if rest[0] == " " else None
    if nxt and nxt.group(0).islower() and (listed or nxt.group(0) in AFTER_LOWER_NAME or nxt.group(0) in _HOUSEHOLD_DOES):
        return m.span()
    return None


# the word right before (searched up to a position); it starts where a word starts, so a long run of letters is
# tried once, not from each of its letters (quadratic)
_PREVIOUS = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s$")
_TITLES = frozenset("ông bà anh chị cô chú bác ong ba chi co chu bac đồng chí dong chi".split())


def find_bare_kin_names(text: str, taken: list[Span]) -> list[Span]:
    """`taken`: what `names` found in the same text; a given name it kept elsewhere, after a title or in a full name,
    is an official's (or a place's) and stays here too."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return []
    spans: list[Span] = []
    for m in _LEAD.finditer(lowered):
        found = _given_at(text, m.end(), m.group(0).isascii())
        if found is None:
            continue
        spans.append(found)
        then = _THEN_IS.match(text, found[1])
        if then and (wife := _given_at(text, then.end(), m.group(0).isascii(), True)):
            spans.append(wife)
            found = wife
        while (join := LIST_JOIN.match(text, found[1])) and (listed := _given_at(text, join.end(), m.group(0).isascii(), True)):
            spans.append(listed)  # "xe của Hùng, Dũng và Nam"
            found = listed
    for m in _TRADE.finditer(lowered):
        if found := _given_at(text, m.end(), False, listed=True, any_word=True):  # "Lực thu tiền điện"
            spans.append(found)
    for m in _PAIR.finditer(text):
        after = _WORD.match(text, m.end() + 1)  # "vợ chồng Hà Nội và Huế Anh": no pair of given names
        if all(w[0].isupper() and w[1:].islower() for w in m.group(1, 2)) \
                and not (after and text[m.end() : m.end() + 1] == " " and after.group(0)[0].isupper()):
            spans += [m.span(1), m.span(2)]
    for m in _OPENING.finditer(text):
        word = m.group(1)
        if word[0].isupper() and word[1:].islower() and word.lower() in GIVEN_LOWER:
            spans.append(m.span(1))
    for m in _KIN_OF.finditer(lowered):
        pos = m.end()
        while (word := _WORD.match(text, pos)) and word.group(0)[0].isupper() and text[word.end() : word.end() + 1] == " ":
            pos = word.end() + 1  # the elder's name, read by `names`
        then = _THEN_IS.match(text, pos - 1) if pos > m.end() else None
        if then and (kin := _given_at(text, then.end(), m.group(0).isascii(), True)):
            spans.append(kin)
    names = {text[s:e] for s, e in spans}
    found_at = set(spans)
    spans = []
    for name in names:
        alone = []
        for m in re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", text):
            before = _PREVIOUS.search(text, max(0, m.start() - 40), m.start())
            kept = m.span() not in found_at and not any(s <= m.start() < e for s, e in taken)
            if kept and before and (before.group(1)[0].isupper() or before.group(1).lower() in _TITLES):
                break  # kept by `names` in a full name or after a title ("CSKV Đỗ Minh Tuấn", "ông Bình"): an official
            if (m.span() in found_at or not (before and before.group(1)[0].isupper())) and not text[m.end() : m.end() + 2].strip().isupper():
                alone.append(m.span())  # the same given name standing alone elsewhere: "Vợ Tùng …", "con chó của Tùng"
        else:
            spans += alone
    return spans
