"""Names the name detector took that GUIDE.md keeps: an official's, and a business's sign name (for `__init__`).

Pure, no I/O. Applied to `names.find_names`' spans, it drops:
- a sign name that begins with a capitalised honorific after a business's kind: "Quán nhậu Anh Tú", "Nhà hàng Bà
  Già", "Quán bún bò Cô Ba" (not "quán bà Tư", "quán của Bà Tư": the owner);
- a name with a police abbreviation right after it, inside the span or beside it: "anh Quân CSKV", "anh Hùng (CSGT)";
- a name after a title abbreviated with a dot that follows a role ("trưởng trạm y tế phường, BS. Trần Thị Hoa"), and
  the head of a front team named after a long role ("Trưởng ban công tác mặt trận khu dân cư số 4 là bác X");
- a lower-case name with its public role right after it: "chu tam truong khu pho 3";
- a later mention of such an official by the given name alone, and of an official whose role and full name in
  lower case stood earlier ("pho chu tich phuong ba le thi mai …, ba mai chua goi lai").
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, clause_before, fold_same_length
from hopthu.core.privacy.leadins import INTRO, KIN_BEFORE_ROLE, ROLE_AFTER, role_in_clause

_SIGN_HONORIFICS = frozenset("Cô Bà Anh Chị Ông Chú Bác Cậu Dì Mợ Thím Co Ba Chi Ong Chu Bac Cau Di".split())
# A business's kind and up to two words of its trade before the honorific (folded): "quán bún bò ", "nhà hàng ".
_SIGN_HEAD = re.compile(
    r"(?<!\w)(?:quan|tiem|cua hang|hieu|shop|nha hang|karaoke|gara|dai ly|nha nghi|khach san|spa|salon|tap hoa|ca phe"
    r"|cafe|pho|bun|com|xoi|banh mi|lau|bia|oc)(?:\s(?!(?:cua|nha|la|o|tai|cho|voi|va|gap|hoi|ten)\b)\w+){0,2}\s$"
)
_POLICE_AFTER = re.compile(r"\s?[(,\-–]?\s?(?:cskv|csgt)\b")
# A title abbreviated with a dot right before the name ("trưởng trạm y tế phường, BS. Trần Thị Hoa"): the dot ends no
# clause, the role is read before it.
_DOTTED_TITLE = re.compile(r"(?<!\w)(?:bs|bsck\w{0,2}|ths|ts|d/c|dc|dr)\.\s?$")
# The head of a front team, the role told further before the name than `ROLE` reads: "Trưởng ban công tác mặt trận
# khu dân cư số 4 là bác Tạ Văn Sơn" (GUIDE.md's officials).
_FRONT_HEAD = re.compile(r"\b(?:truong|pho) ban (?:cong tac )?mat tran\b[^.;:\n]{0,50}\s$")


def _in_sign(text: str, folded: str, start: int) -> bool:
    """Whether the capitalised honorific right before `start` stands after a business's kind, not at a sentence's start."""
    m = re.search(r"(?<!\S)(\S+) $", text[max(0, start - 8) : start])
    if not m or m.group(1) not in _SIGN_HONORIFICS:
        return False
    h = start - len(m.group(1)) - 1
    if h < 2 or text[h - 1] != " " or text[: h - 1].rstrip()[-1:] in (".", "!", "?", ":", "\n", ""):
        return False
    return _SIGN_HEAD.search(folded, max(0, h - 30), h) is not None


def _role_before(folded: str, pos: int) -> bool:
    """The name at `pos` (folded) stands after a public role in its clause, as `names` reads an official's."""
    return role_in_clause(clause_before(folded, pos, 70))


def _official_at(text: str, folded: str, s: int, e: int) -> bool:
    """Whether the name at s:e is an official's by what stands right beside it (see the module's doc)."""
    last = folded[s:e].split()[-1]
    if last in ("cskv", "csgt") or _POLICE_AFTER.match(folded, e) or (text[s:e].islower() and ROLE_AFTER.match(folded, e)):
        return True
    dotted = _DOTTED_TITLE.search(folded, max(0, s - 10), s)
    if dotted and _role_before(folded, dotted.start()):
        return True
    front = _FRONT_HEAD.search(clause_before(folded, s, 90))
    return bool(front and not KIN_BEFORE_ROLE.search(front.group(0)))


def _first_in_role(folded: str, spans: list[Span], words: set[str]) -> dict[str, int]:
    """For each of `words`, where it first stands in `folded` outside the detector's spans after a public role: one
    pass over the words of the text (spans sorted; each word's role read in a bounded window, so linear)."""
    first: dict[str, int] = {}
    k = 0
    for m in re.finditer(r"\w+", folded):
        word, pos = m.group(0), m.start()
        if word not in words or word in first:
            continue
        while k < len(spans) and spans[k][1] <= pos:
            k += 1
        if not (k < len(spans) and spans[k][0] <= pos) and _role_before(folded, pos):
            first[word] = pos
    return first


def keep_public_names(text: str, spans: list[Span]) -> list[Span]:
    """The spans left once sign names and officials (see the module's doc) are dropped."""
    if not spans:
        return spans
    folded = fold_same_length(text)
    ordered = sorted(set(spans))
    single = {folded[s:e] for s, e in ordered if len(folded[s:e].split()) == 1}
    in_role = _first_in_role(folded, ordered, single)
    officials: set[str] = set()
    kept: list[Span] = []
    for s, e in ordered:
        words = folded[s:e].split()
        last = words[-1] if words else ""
        if _in_sign(text, folded, s):
            continue
        if INTRO.search(clause_before(folded, s, 40)):
            kept.append((s, e))  # "toi la hoa to truong tdp 3": the writer, whatever role they hold, stays private
            continue
        if _official_at(text, folded, s, e):
            officials.add(words[-2] if last in ("cskv", "csgt") and len(words) > 1 else last)
            continue
        if len(words) == 1 and (last in officials or in_role.get(last, len(folded)) < s):
            continue
        kept.append((s, e))
    return kept
