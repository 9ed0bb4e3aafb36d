"""A relative's name in lower case after "<relative> tôi là": "chau noi toi la be minh khoi 5 tuoi", "con gái tôi là
bảo ngọc, học lớp 3", "me chong toi ten la tran thi dao.". Citizens who type without capitals or marks name their
family this way; `names` reads a lower-case name after a kinship word only when it is a usual given name ending there,
and after "là" only for the writer.

Pure, no I/O, and it imports nothing of hopthu: the caller passes the fold function and the set of name syllables.
What keeps a common word out: the relative word, a possessive and "là" must all stand before it; two or three words,
every one a name syllable and the first no job's or state's word ("con tôi là công nhân", "chồng tôi là người
…"); then an age, a pause, the end, or a word that goes on about the person ("5 tuổi", "học lớp 3", "bị ngã").
One word is read only after "bé"/"thằng"/"cái"/"cu" ("con tôi là bé na, 4 tuổi").

Also the tail of a lower-case name run of four words that is a verb going on with the sentence: "con toi la chau pham
gia bao dang on thi", "ong xa toi la pham van duc lam ca dem": "đang" and "làm" fold to the surnames Đặng and Lâm, so
the run took them; the verb stays unless the next word is one that follows a name ("tuổi", "học", "bị", "ở"): in
"nguyen ngoc tue lam hoc lop 5" the last word is the given name Lâm.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

_AFTER = r"(?:tuoi|sinh|hoc|lop|bi|o|nha|da|dang|nam nay|moi|vua|va|thi|con)"
_WORD = r"(?!" + _AFTER + r"\b)[a-z]{1,7}"
_KIN_IS = re.compile(
    r"(?<!\w)(?:chau(?: noi| ngoai)?|con(?: trai| gai| ut| ca)?|vo|chong|me|bo|cha|ba noi|ba ngoai|ong noi|ong ngoai"
    r"|me chong|me vo|bo chong|bo vo|anh trai|chi gai|em trai|em gai)\s(?:toi|tui|minh|em|con|chau)\s(?:ten\s)?la\s"
    r"(?:(be|thang|cai|cu|ba|ong|chi|anh|em|co)\s)?"
    r"(" + _WORD + r"(?: " + _WORD + r"){0,2})"
    r"(?=\s?(?:[,.;:!?)\n]|$)|\s(?:\d|" + _AFTER + r")\b)"
)
_NOT_FIRST = frozenset("cong lam dang that huu nguoi hang tho con chau me bo nam nu nhan thuong gia".split())
_SMALL = frozenset("be thang cai cu".split())


def find_kin_lower_names(text: str, fold: Callable[[str], str], syllables: Container[str]) -> list[tuple[int, int]]:
    """Spans of lower-case relatives' names (see the module's doc); `fold` keeps positions (one character for one)."""
    folded = fold(text)
    if " la " not in folded:
        return []
    spans: list[tuple[int, int]] = []
    for m in _KIN_IS.finditer(folded):
        words = m.group(2).split()
        start, end = m.span(2)
        if not text[start:end].islower() or words[0] in _NOT_FIRST:
            continue
        if len(words) == 1 and m.group(1) not in _SMALL:
            continue
        if all(w in syllables for w in words):
            spans.append((start, end))
    return spans


_VERB_TAILS = frozenset("dang lam hay vua cung duoc se".split())
# ... unless the word after is one that goes on about a person right after their name ("tue lam hoc lop 5", "tue lam
# bi hang xom danh"): then the last word is the given name (Lâm, folded "lam"), and it goes.
_GOES_ON = re.compile(r" " + _AFTER + r"(?!\w)")


def trim_verb_tails(text: str, fold: Callable[[str], str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with the verb ending a four-word lower-case name run left out (see the module's doc)."""
    trimmed = []
    for start, end in spans:
        words = text[start:end].split(" ")
        last = fold(text[start:end]).split(" ")[-1]
        if len(words) >= 4 and text[start:end].islower() and last in _VERB_TAILS \
                and re.match(r" [a-zà-ỹđ]", text[end : end + 2]) and not _GOES_ON.match(fold(text), end):
            end -= len(last) + 1
        trimmed.append((start, end))
    return trimmed
