"""Lower-case names that `names` leaves because they are also common words: children's nicknames, a birth-order
name standing alone, a two-syllable name given at the very end of a Form answer.

Pure, no I/O. Each form needs its own context, so the common word stays where the context is missing:
- a child's nickname after "bé"/"cu", then a class, a pause or a verb: "mẹ bé bo lớp 6a1", "cu tít nhà anh Dũng"
  (not "bé tí" (tiny) or "be bi" (bé bị: the child got hurt): those two are left out);
- "mười" or "út" alone after an honorific, then a trade or "đầu"/"cuối": "ba muoi ban xoi dau hem" (bà Mười), not
  "ba mươi bạn học sinh" (thirty pupils), "ba mươi nhà bị ngập", "ba mươi nghìn";
- a birth-order name with its given name after a marked honorific: "quán bà ba hường", "ông sáu tâm bán vé số";
- the writer's name after "cháu là", "em là" at the very end of the text, in lower case and with a closing
  particle or nothing after it: "cháu là ánh dương ạ", "em la bao ngoc".
Runs with `names` under the name marker.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, fold_same_length
from hopthu.core.privacy.namecues import NAME_SYLLABLES
from hopthu.core.privacy.namewords import GIVEN_LOWER

_NICKS = (r"bo|bin|bon|su|na|bống|bong|cún|cun|mít|mit|xu|sóc|soc|tôm|ken|nhím|nhim|bơ|bắp|bap|tít|tit|tun|tũn|bông"
          r"|bờm|tẹo|teo|cốm")
CHILD_NICKNAME = re.compile(
    r"(?<!\w)(?:bé|be|cu|cháu bé|chau be|thằng cu|thang cu)\s(" + _NICKS + r")"
    r"(?=\s?(?:[,.;:!?)\n]|$)|\s(?:lớp|lop|nhà|nha|con|bị|bi|ở|o|năm|nam|mới|moi|đang|dang|học|hoc|\d))"
)
BIRTH_ORDER_ALONE = re.compile(
    r"(?<!\w)(?:bà|ba|bác|bac|cô|co|chú|chu|ông|ong|anh|chị|chi|mệ|dì|o)\s(mười|muoi|út|ut)"
    r"(?=\s(?:bán|ban(?!\s(?:hoc|be|nho|tre|sinh|ve|dan))|xe ôm|xe om|sửa|sua|đầu|dau|cuối|cuoi)\b)"
)
# A birth-order name with a given name, all in lower case, after a marked honorific: "quán bà ba hường kê bàn", "ông
# sáu tâm bán vé số" (not "áo bà ba hồng": the garment; the given name is checked, and what follows it).
_BIRTH_ORDER_GIVEN = re.compile(
    r"(?<!\w)(?<!áo )(?:bà|ông|cô|chú|chị|bác|dì|mệ)\s((?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|út)\s([a-zà-ỹđ]{2,6}))"
    r"(?=\s?(?:[,.;:!?)\n]|$)|\s(?:bán|ở|hay|kê|mở|đổ|nhà|con|vợ|chồng|bị|đã|là|thì|cũng|với|và|lấn|xây|nuôi|để|tổ)(?!\w))"
)
# The writer's lower-case name closing the text: "cháu là ánh dương ạ" (folded words all name syllables).
_FINAL_INTRO = re.compile(r"(?<!\w)(?:cháu|chau|em|tôi|toi|mình|minh|tui|con)\s(?:là|la|tên là|ten la|tên|ten)\s"
                          r"([a-zà-ỹđ]{1,7}(?:\s[a-zà-ỹđ]{1,7}){0,2}?)(?:\s(?:ạ|a|nhé|nhe|ak|ah))?[\s.!]*\Z")
_EXTRA_SYLLABLES = frozenset("duong quynh nhu my vy ngan diep thao tram chau khanh bao an phuc dat tuan nhat anh".split())
_NOT_NAME_WORDS = frozenset("nguoi dan hang xom phu huynh sinh vien hoc sinh chu nha ho dan cu tri".split())


def find_lower_nicknames(text: str) -> list[Span]:
    spans = [m.span(1) for m in CHILD_NICKNAME.finditer(text)]
    spans += [m.span(1) for m in BIRTH_ORDER_ALONE.finditer(text)]
    spans += [m.span(1) for m in _BIRTH_ORDER_GIVEN.finditer(text) if m.group(2) in GIVEN_LOWER and not m.group(2).isascii()]
    m = _FINAL_INTRO.search(text)
    if m:
        words = fold_same_length(m.group(1)).split()
        if all(w in NAME_SYLLABLES or w in _EXTRA_SYLLABLES for w in words) and not any(w in _NOT_NAME_WORDS for w in words):
            spans.append(m.span(1))
    return spans
