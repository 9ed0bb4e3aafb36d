"""A private person's lower-case given name after a scornful word: "con mụ thảo bán rau", "thằng bờm con nhà …",
"con mụ dung bán tạp hóa", "thằng tuấn anh nghiện", "thang tit con nha ong …".

Pure, no I/O, and it imports nothing of hopthu: the caller hands it the fold and the given names. `names` reads a
capitalised name after "thằng" ("thằng Cường"); residents write the name in lower case too, where only the scornful
word before it tells a name from a common word. After "thằng"/"con mụ" written with marks, the word must be a given
name as written (with its marks: "thằng tham nhũng", "thằng ăn cướp", "thằng què", "con mụ hàng xóm" stay) or a
child's nickname ("bờm"). Without marks almost any word folds to a given name ("thang an cap" is "thằng ăn cắp",
"thang thanh nien", "thang quan ly", "Ton Duc Thang van hat"), so there the name must also be followed by a word
that goes on about a person ("con nha", "o", "hay", "va", a nickname like "sep", "beo") or by a pause; months and the
words of "thắng"/"thăng" ("thang tu", "thang kien", "thang long") stay. Not an official named by role right after
("thằng tuấn chủ tịch phường" stays: the GUIDE keeps officials), nor a common compound ("mấy thằng thanh
niên"), nor a word written without marks that is mostly a common one ("thằng sau", "thằng thu tiền"). A second
syllable is taken only when it is "anh" ("tuấn anh"), not "anh ấy".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

Span = tuple[int, int]

_LEAD = re.compile(r"(?<!\w)((?i:thằng|con mụ|thang|con mu))\s([a-zà-ỹđ]+)(?:\s(anh)(?!\s(?:ấy|ay|ta|nó|no|ơi|oi|ạ)(?!\w)))?(?!\w)")
# kinship and common words a given name may fold to, after the scornful word
_NOT_NAMES = frozenset("be con cha nho em anh chi ba bo me cu chau ban lon gia nay kia do ay ta".split())
# without marks after "thang": months and the words of "thắng"/"thăng"/"tháng"
_NOT_AFTER_PLAIN = frozenset(
    "gieng mot hai ba tu nam sau bay tam chin muoi chap truoc nay roi qua toi kien loi long hoa tien bang chuc hang "
    "diem du binh canh tran cuoc thuong".split())
_NICKNAMES = frozenset("bờm tèo tũn tủn tí tý cò".split())
# written without marks in a text with them, given names that are mostly common words: "thằng sau", "thằng thu tiền",
# "con mụ hàng …" ("Sáu", "Thu" with their marks are names; "thu" alone is "collect")
_COMMON_AS_WRITTEN = frozenset("an bay chin cuc dao hai hang loc long na nam sau son tam teo tho thu ti tu ut".split())
# a given name's word that begins a common compound: "mấy thằng thanh niên", "con mụ hoa quả"
_COMPOUND = re.compile(r"(?:thanh nien|hoa qua|thu tien|thu phi|mai sau|mai moi)(?!\w)")
# without marks, what may follow the name: the sentence goes on about the person, or a pause
_GOES_ON = re.compile(r"(?:\s(?:con|o|nha|hay|va|voi|no|thi|dang|da|cung|chuyen|sep|beo|om|gay|lun|den|trang|coi|"
                      r"khung|nghien|say|ban|bi)(?!\w)|\s?[,.;:!?)\n]|\s?$)")
_ROLE_AFTER = re.compile(r"\s(?:chu tich|pho chu tich|to truong|to pho|can bo|cong an|canh sat|truong ban|bi thu|"
                         r"truong tram|hieu truong)(?!\w)")


def find_scorn_names(text: str, fold: Callable[[str], str], given_lower: Collection[str],
                     given_folded: Collection[str]) -> list[Span]:
    """`fold`: the same-length diacritics fold; `given_lower`: usual given names in lower case with their marks;
    `given_folded`: the same folded."""
    folded = fold(text)
    if len(folded) != len(text):
        return []
    spans: list[Span] = []
    for m in _LEAD.finditer(text):
        lead, word = m.group(1), m.group(2)
        plain = lead.isascii()
        low = folded[m.start(2) : m.end(2)]
        if low in _NOT_NAMES:
            continue
        end = m.end(3) if m.group(3) else m.end(2)
        if plain:
            if not word.isascii() or low in _NOT_AFTER_PLAIN or low not in given_folded or not _GOES_ON.match(text, end):
                continue
        elif (word not in given_lower and word not in _NICKNAMES) or word in _COMMON_AS_WRITTEN:
            continue
        if _COMPOUND.match(folded, m.start(2)):
            continue
        if _ROLE_AFTER.match(folded, end):
            continue  # an official named by role, however scornfully
        spans.append((m.start(2), end))
    return spans
