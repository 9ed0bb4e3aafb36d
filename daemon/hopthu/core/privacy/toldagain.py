"""Private people told again in shapes the name detectors do not follow: letters about disputes and wrongdoing
name the other side once and then go on with a bare given name, a display name or a relative. Pure, no I/O, and
nothing of the hopthu package imported but the leaf `claims` and `base.merge` (the spans' union): the caller passes the
fold (`fold`, lower case, marks stripped, one character for one), the test for places (`placed`), for given names
that are also common words (`common`) and for a time of day (`timely`).

- a name someone only claims, with no role after it: "thằng cầm đầu tự xưng là Tuấn, nó gọi em …" (a claimed role
  is `claimed`'s);
- a relative introduced right after an official's role: "ông X, cán bộ địa chính phường, cùng vợ là bà Tôn Nữ Hoa":
  the role is his, the wife is a private person (GUIDE.md: an official's relatives are no officials);
- a private person's given name again after a word that opens the sentence ("Giờ Huy chặn zalo em", "Vợ Mẫn là
  …"), after any lower-case word ("Hôm đó Tuấn cầm gạch") or, written in lower case, opening a sentence ("… là Vu
  Tuan Kiet. kiet bat chau nop tien");
- a display name after a network's name made of a found name's words: "chị Vu Thi Hien qua zalo Hien Vu".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from hopthu.core.privacy.base import merge
from hopthu.core.privacy.claims import CLAIM, cap_run, claim_at, role_after, title_at

Span = tuple[int, int]
Fold = Callable[[str], str]

_WORD = re.compile(r"[^\W\d_]+")
# "tự xưng là Tuấn", "xưng tên Hùng", "tự giới thiệu tên là Long" (folded; `claims.CLAIM`).
_CLAIMS = re.compile(CLAIM.pattern + r"(?:(?:anh|chi|ong|ba|co|chu|bac|em)\s)?")
# What a claimed run opening with these words names: an office, a role or a firm ("tự xưng là Công an phường").
_OFFICE_FIRST = frozenset(
    "can cong canh chu to nhan cskv ubnd uy phuong dien ngan bao thue quan doi ban hoi tong trung nha so bo vien "
    "giam truong pho thanh kiem toa vks tand shipper nguoi dai ke".split()
)
# A kinship word, then "là" and a title: the relative who follows (folded).
_RELATIVE_IS = re.compile(
    r"\b(?:vo|chong|con trai|con gai|con dau|con re|em trai|em gai|anh trai|chi gai|me de|bo de)\s"
    r"(?:cua\s)?(?:(?:ong|ba|anh|chi) (?:ay|ta)\s)?la\s(?:(?:ba|ong|anh|chi|co|chu|cau|mo|thim)\s)?"
)
# Words that open a sentence and may stand right before a given name ("Giờ Huy …", "Vợ Mẫn là …"), folded.
_OPENERS = frozenset(
    "gio vo chong con me bo nay sau roi hom luc khi thay hoi bao nhung thi vi nen ma den toi sang chieu trua dem xong "
    "hay rieng ca tu nhac goi".split()
)
# A network's name, then an optional "tên"/"là"/colon (folded): "qua zalo Hien Vu", "Facebook tên Hiền Vũ".
_NETWORK = re.compile(r"(?<![\w.@/])(?:zalo|facebook|fb|face|messenger|viber|telegram|tiktok|instagram)"
                      r"(?:\s(?:ten|la|ten la))?\s?:?\s")
_REGION_BEFORE = re.compile(r"\b(?:mien|vung) $")
_SENTENCE_END = ".!?\n"


def _cap(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _run(text: str, pos: int, most: int = 4) -> Span | None:
    """Capitalised words (not in capitals) from `pos` on, at most `most`, one non-letter apart."""
    words = cap_run(text, pos, most, _WORD, _cap, any_gap=True)
    return (pos, words[-1].end()) if words else None


def _claimed(text: str, folded: str) -> list[Span]:
    found = []
    for m in _CLAIMS.finditer(folded):
        if not claim_at(text, folded, m):
            continue  # "không xứng là …"
        run = _run(text, m.end(), 3)
        if run and folded[run[0] : run[1]].split()[0] not in _OFFICE_FIRST and not title_at(folded, run[0]):
            found.append(run)
    return found


def _relatives(text: str, folded: str) -> list[Span]:
    found = []
    for m in _RELATIVE_IS.finditer(folded):
        run = _run(text, m.end())
        if run and folded[run[0] : run[1]].split()[0] not in _OFFICE_FIRST and not title_at(folded, run[0]) \
                and not role_after(folded, run[1]):  # "vợ là Giáo viên", "vợ là bà X, Phó Chủ tịch UBND phường"
            found.append(run)
    return found


def _inside(merged: list[Span], starts: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and end <= merged[k][1]


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40) : pos].rstrip(" \t")  # a window: a long text is not copied for every word
    return (not before and pos <= 40) or (before[-1:] != "" and before[-1] in _SENTENCE_END)


def _again(text: str, folded: str, spans: list[Span], placed: Callable[[str, int, str], bool],
           common: Callable[[str], bool], timely: Callable[[str, int], bool]) -> list[Span]:
    given = set()
    for s, e in spans:
        last = text[s:e].split()[-1:]
        if last and len(last[0]) >= 2 and _cap(last[0]) and _WORD.fullmatch(last[0]):
            given.add(last[0])
    if not given:
        return []
    lower = {g.lower() for g in given if not common(g)}
    merged = merge(spans)
    starts = [s for s, _ in merged]
    words = list(_WORD.finditer(text))
    found = []
    for k, m in enumerate(words):
        word, start, end = m.group(0), m.start(), m.end()
        if word not in given and word not in lower or _inside(merged, starts, start, end) or timely(text, start):
            continue  # "Sáng 3/12 tôi đến" beside "ông Lò Văn Sáng" is the morning
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and nxt.start() == end + 1 and nxt.group(0)[:1].isupper():
            continue  # "Huy Hoàng", "Hoa Sen": another capitalised word goes on
        if word in lower:  # a lower-case given name only opening a sentence, a lower-case word after it
            if _sentence_start(text, start) and nxt is not None and nxt.start() == end + 1 and nxt.group(0).islower():
                found.append((start, end))
            continue
        prev = words[k - 1] if k else None
        if prev is None or _sentence_start(text, start):
            if common(folded[start:end]):
                continue  # "Sáng nay …", "Hoa nở …": a sentence's capital on a common word
        elif prev.end() == start - 1 and prev.group(0)[:1].isupper():
            if not (_sentence_start(text, prev.start()) and folded[prev.start() : prev.end()] in _OPENERS):
                continue  # "Hà Nội"; but "Giờ Huy chặn …", "Vợ Mẫn là …"
        if placed(text, start, word) or _REGION_BEFORE.search(folded, max(0, start - 5), start):
            continue  # "người miền Bắc"
        found.append((start, end))
    return found


def _displays(text: str, folded: str, spans: list[Span]) -> list[Span]:
    names = [set(folded[s:e].split()) for s, e in spans if " " in text[s:e].strip()]
    if not names:
        return []
    found = []
    for m in _NETWORK.finditer(folded):
        run = _run(text, m.end())
        if run is None:
            continue
        words = folded[run[0] : run[1]].split()
        if len(words) >= 2 and any(set(words) <= name for name in names):
            found.append(run)
    return found


def find_told_again(text: str, spans: list[Span], fold: Fold, placed: Callable[[str, int, str], bool],
                    common: Callable[[str], bool], timely: Callable[[str, int], bool]) -> list[Span]:
    """The spans of private people told again (see the module's text), given the private names `spans` found;
    `timely(text, start)`: the word at `start` is a time of day ("Sáng 3/12"), no given name."""
    folded = fold(text)
    extra = _claimed(text, folded) + _relatives(text, folded)
    every = spans + extra
    return extra + _again(text, folded, every, placed, lambda w: common(fold(w)), timely) + _displays(text, folded, every)
