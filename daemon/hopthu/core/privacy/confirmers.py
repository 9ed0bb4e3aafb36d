"""Names in a formal petition's closing blocks that the name detectors read the wrong way (for `__init__`).

Pure, no I/O, and it imports nothing of hopthu (the fold is handed in as an argument).

- An official who signs the confirmation under the writer's petition ("XÁC NHẬN CỦA TỔ TRƯỞNG TỔ DÂN PHỐ SỐ 8 …
  Tổ trưởng TDP số 8\nHà Văn Sơn", "Xac nhan cua to truong TDP so 11: … To truong\nChu Van Binh") acts in that role:
  the name alone on the line after the role stays (`drop_confirming_officials`). Only inside a block headed "Xác nhận
  của …" naming a public body (the TDP's leader, the Front, the ward's committee, the police), with no writer's
  closing ("Người làm đơn", "Trân trọng") between: a role line right before a name elsewhere may be the writer's
  own signature, and a private body's head ("Xác nhận của Ban đại diện cha mẹ học sinh") is a private person.
  When the heading itself names one official's role ("Xác nhận của Tổ trưởng TDP số 4\nBà [họ tên] có hoàn cảnh
  đúng như trình bày.\n(đã ký)\nTạ Quang Vinh"), the first name alone on its line under it, right after "(đã ký)",
  "(ký tên)" or "(ký, ghi rõ họ tên)", signs the confirmation (p-4306), with no role line of its own.
- The writer's parent named right after the writer's self-introduction ("Tôi là [họ tên], con gái ông Khúc Văn
  Đông là tổ trưởng TDP số 6 nhưng tôi viết với tư cách người dân") is the writer's kin, whose name points to the
  writer, whatever role follows it (`writer_parent_names`).
- A co-signatory's household number in the bracket after their signature ("[họ tên] (tổ trưởng TDP số 5, ký với
  tư cách hộ dân số 18)") is their home (`signed_household_numbers`, run on the text the name detector left).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable

Fold = Callable[[str], str]

_HEADING = re.compile(r"^[ \t]*(?:phan\s)?(?:xac nhan|y kien) cua\s(?:(?:pho\s)?to truong|to dan pho|tdp"
                      r"|ban cong tac mat tran|ban dai dien (?:tdp|to dan pho|khu pho|to\s?\d)|ubnd|uy ban|cong an"
                      r"|canh sat khu vuc|cskv|chu tich (?:ubnd|uy ban))",
                      re.MULTILINE)
_ROLE_LINE = re.compile(  # from a run of blanks' start only: tried at every place, linear on a long run
    r"(?<![ \t])[ \t]*(?:tm\.?\s[^\n]{0,60}\n[ \t]*)?"
    r"(?:pho\s)?(?:to truong|to pho|truong ban cong tac mat tran\b[^\n]{0,40}|chu tich (?:ubnd|uy ban)\b[^\n]{0,40}|truong cong an\b[^\n]{0,40}"
    r"|cong an khu vuc|canh sat khu vuc|cskv)"
    r"(?:\s(?:tdp|to dan pho|to)(?:\sso)?\s?\d{1,3}[a-z]?)?[ \t]*:?[ \t]*\n"
    r"(?:[ \t]*\([^\n()]{0,40}\)[ \t]*\n)?[ \t]*$"
)

# The writer's own closing between the heading and the name: the name under it is the writer's signature.
_WRITER_LINE = re.compile(r"^[ \t]*(?:nguoi (?:lam don|viet|gui|de nghi|kien nghi|phan anh)|tran trong)\b", re.MULTILINE)


def drop_confirming_officials(text: str, spans: list[tuple[int, int]], fold: Fold) -> list[tuple[int, int]]:
    """The spans less a name alone on its line right after an official's role line inside a "Xác nhận của" block."""
    if not spans:
        return spans
    folded = fold(text)
    if "xac nhan cua" not in folded and "y kien cua" not in folded:
        return spans
    heads = [m.start() for m in _HEADING.finditer(folded)]
    lone_starts = sorted(s for s, e in spans if not folded[folded.rfind("\n", 0, s) + 1 : s].strip()
                         and folded[e : e + 1] in ("", "\n"))
    named = Counter(folded[s:e] for s, e in set(spans))  # each place once: two detectors may give one span
    kept = []
    for s, e in spans:
        line_start = folded.rfind("\n", 0, s) + 1
        lone = not folded[line_start:s].strip() and folded[e : e + 1] in ("", "\n")
        k = bisect_left(heads, s) - 1  # the nearest heading before the name (sorted: one look, not one per heading)
        if lone and k >= 0 and s - heads[k] <= 600 and not _WRITER_LINE.search(folded, heads[k], line_start):
            before = folded[max(0, line_start - 200) : line_start]
            if any(_ROLE_LINE.fullmatch(_last_lines(before, count)) for count in (1, 2, 3)):
                continue
            # ... nor a name the text gives elsewhere too ("Tôi là Phạm Văn Long …" and "(ký, ghi rõ họ tên)\nPhạm Văn Long")
            if named[folded[s:e]] == 1 and _first_signed_under_role_heading(folded, heads[k], s, lone_starts):
                continue
        kept.append((s, e))
    return kept


# A heading that names one person's role ("Xác nhận của Tổ trưởng TDP số 4"): the confirmation that follows is that
# official's, and the first name alone on its line under it, right after "(đã ký)" or "(ký, ghi rõ họ tên)", signs it.
_PERSON_HEADING = re.compile(r"(?<![ \t])[ \t]*(?:phan\s)?(?:xac nhan|y kien) cua\s(?:(?:pho\s)?to truong|ban cong tac mat tran"
                             r"|cong an khu vuc|canh sat khu vuc|cskv|chu tich (?:ubnd|uy ban))\b[^\n]{0,40}\n")
# (one run of blanks per place and from a run's start only: linear when searched over a long run of blanks)
_SIGNED_LINE = re.compile(r"(?<![ \t])[ \t]*(?:\([ \t]*)?(?:da ky|ky ten|ky,? (?:va )?ghi ro ho ten)[^\n()]{0,25}\)?[ \t]*\n")
# The line over the signed line when the writer signs: "Người khai", "Người xin xác nhận", "Kính đơn", "Xin cảm ơn"
# (not "Người xác nhận": the official). From a run of blanks' start only, as _SIGNED_LINE.
_SIGNER_WORD = re.compile(r"(?<![ \t])[ \t]*(?:nguoi\s(?!xac nhan\b)|kinh (?:don|thu)\b|(?:xin\s)?(?:chan thanh\s)?cam on\b)")


def _first_signed_under_role_heading(folded: str, head: int, start: int, lone_starts: list[int]) -> bool:
    """Whether the heading at `head` names one official's role, the line above `start` says it was signed (and the
    line over that is no writer's closing), and no name before `start` stands alone under the heading (`lone_starts`:
    the sorted starts of the names alone)."""
    if not _PERSON_HEADING.match(folded, head):
        return False
    line_start = folded.rfind("\n", 0, start) + 1
    above = folded.rfind("\n", 0, max(0, line_start - 1)) + 1
    if line_start == 0 or not _SIGNED_LINE.fullmatch(folded, above, line_start):
        return False
    # "Người khai", "Người cam đoan", "Kính đơn" over the signed line: the writer signs, not the official
    if _SIGNER_WORD.match(folded, folded.rfind("\n", 0, max(0, above - 1)) + 1):
        return False
    first = bisect_left(lone_starts, head)
    return first < len(lone_starts) and lone_starts[first] == start


def _last_lines(block: str, count: int) -> str:
    cut = len(block) - 1
    for _ in range(count):
        cut = block.rfind("\n", 0, cut)
        if cut < 0:
            return block
    return block[cut + 1 :]


_INTRO_KIN = re.compile(
    r"\b(?:toi|em|chau) (?:ten )?la [^\n,;.]{2,40}, (?:la )?con (?:gai|trai|dau|re) (?:cua )?(?:ong|ba|cu) ")
_WORD = re.compile(r"[^\W\d_]+")


def writer_parent_names(text: str, fold: Fold) -> list[tuple[int, int]]:
    """The capitalised name (one to four words) right after "<self-introduction>, con gái/trai ông/bà"."""
    folded = fold(text)
    if "con " not in folded:
        return []
    found = []
    for m in _INTRO_KIN.finditer(folded):
        pos, end = m.end(), -1
        for _ in range(4):
            word = _WORD.match(text, pos)
            if word is None or not word.group(0)[0].isupper():
                break
            end = word.end()
            if text[end : end + 1] != " ":
                break
            pos = end + 1
        if end > m.end():
            found.append((m.end(), end))
    return found


_HOUSEHOLD = re.compile(r"\bh[oộ] (?:d[aâ]n |gia [dđ][iì]nh )?(s[oố] \d{1,4}[a-z]?)\b", re.IGNORECASE)


def signed_household_numbers(text: str, name_mark: str, fold: Fold) -> list[tuple[int, int]]:
    """"số N" after "hộ (dân|gia đình)" inside the bracket right after a signed name marker opening its line."""
    if name_mark + " (" not in text:
        return []
    found = []  # on the marked text: folded, "hồ sơ 125" (a file) would read "hộ số 125"
    for m in _HOUSEHOLD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        opening = text[line_start : m.start()]
        if text[m.end(1) : m.end(1) + 1] == "/":
            continue  # "ho so 125/2024" without marks: a file's number and year (hồ sơ), no household's
        if opening.startswith(name_mark + " (") and ")" not in opening and "\n" not in opening:
            found.append(m.span(1))
    return found
