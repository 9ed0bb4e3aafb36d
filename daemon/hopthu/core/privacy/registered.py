"""Citizens named in an officer's register summary of a paper item (for `names`).

Pure, no I/O, and it imports nothing of hopthu (the fold and the surnames are handed in). An officer typing the paper
box into the register writes the citizen in the third person with the register's own abbreviations: "Công dân Trần B.
(CCCD …) hỏi …", "chuyển đơn của CD Dương Thị Thơm, 72 tuổi", and a submitter who holds a party or front role opens
the summary with "Đ/c": "Đ/c Hoàng Văn Lợi, Bí thư chi bộ TDP 6, thay mặt bà con phản ánh: …". The writer's identity
is always confidential (GUIDE), so that role does not make the name an official's. An official named after "đ/c" who
does not open the line as the one reporting ("Ý kiến của đ/c Bình", "đã báo đ/c Hùng, CSKV") stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# "Công dân" / "CD" (the register's abbreviation, in capitals only: "cd" is also a disc) before a name, folded.
# Not the office ("Trụ sở tiếp công dân Hoàng Mai", "tiếp công dân Trần Văn Nam, Chủ tịch UBND") nor a college
# typed without its stroke ("trường CD Lý Tự Trọng").
_CITIZEN = re.compile(r"(?<!\w)(?<!tiep )(?:cong dan|(?<!truong )cd)\s(?:(?:ong|ba|anh|chi)\s)?")
# "Đ/c" opening a line, then (after the name) a role and a reporting verb before any full stop or colon.
_COMRADE = re.compile(r"(?:^|\n)[ \t]*d/c\s")
_REPORTS = re.compile(r",\s[^:\n.]{1,80}?\b(?:thay mat|phan anh|kien nghi|trinh bao|to cao|khieu nai)\b")
# ... but not when the one after "Đ/c" holds a ward or police post ("Đ/c X, CSKV phường, trình báo lên Công an quận"),
# nor when the verb's clause has the official receive, hear, answer or be accused by the report, nor when the line
# greets the official ("Đ/c X, Tổ trưởng TDP 5, đã tiếp nhận phản ánh", "…, bị dân tố cáo", "…, cháu xin kiến nghị").
_OFFICE = re.compile(r"\b(?:cskv|canh sat|cong an|ubnd|chu tich|can bo|cong chuc|dia chinh|tu phap|chuyen vien)\b")
_HANDLED = re.compile(r"\b(?:tiep nhan|nhan|nghe|ghi nhan|tong hop|tra loi|giai quyet|xu ly|xem xet|chuyen|bi|duoc"
                      r"|chau|em|chung toi|toi la|toi xin)\b")
_WORD = re.compile(r"[^\W\d_]+")
# A sentence opening with a word that is also a given name ("Công dân Trần B. Trình bày …", "Kiến nghị …"), folded.
_OPENER = re.compile(r"(?i)(?:trinh bay|kien nghi)\b")


def _name_at(
    text: str, pos: int, surnames: Collection[str], fold: Callable[[str], str], given: Collection[str] = ()
) -> tuple[int, int] | None:
    """A full name (two to five capitalised words opening with a surname) starting at `pos`; its last word may be an
    initial with a dot ("Trần B."), the dot left out of the span, or a middle initial before a given name in `given`
    ("Nguyễn V. Hùng"; not "Trần B. Đề nghị", a sentence starting after the initial)."""
    words: list[tuple[int, int]] = []
    while len(words) < 5:
        word = _WORD.match(text, pos)
        if word is None or not word.group(0)[0].isupper() or word.group(0).isupper() and len(word.group(0)) > 1:
            break
        if len(word.group(0)) == 1:  # an initial with its dot: the last word, or a middle one before the given name
            if words and text[word.end() : word.end() + 1] == ".":
                words.append(word.span())
                last = _WORD.match(text, word.end() + 2) if text[word.end() + 1 : word.end() + 2] == " " else None
                if last is not None and len(last.group(0)) > 1 and last.group(0).istitle() and len(words) < 5 \
                        and fold(last.group(0)).lower() in given \
                        and not _OPENER.match(fold(text[last.start() : last.end() + 6])) \
                        and text[last.end() : last.end() + 1] in ("", " ", ",", ".", "(", ")", ";", "\n"):
                    words.append(last.span())
            break
        words.append(word.span())
        if text[word.end() : word.end() + 1] != " ":
            break
        pos = word.end() + 1
    if len(words) < 2 or fold(text[words[0][0] : words[0][1]]) not in surnames:
        return None
    return words[0][0], words[-1][1]


def registered_names(
    text: str, fold: Callable[[str], str], surnames: Collection[str], public: Collection[str] = (),
    given: Collection[str] = (),
) -> list[tuple[int, int]]:
    """Every occurrence of a citizen's full name written after "Công dân"/"CD", or after "Đ/c" opening a line when a
    role and a reporting verb follow it. `fold` folds one character for one (`base.fold_same_length`); `public` holds
    folded names of places and famous people ("ha noi", "hoang mai", "ly tu trong": "là công dân Hà Nội"), `given`
    folded given names (the one after a middle initial: "Công dân Nguyễn V. Hùng")."""
    folded = fold(text)
    if "cong dan" not in folded and "cd" not in folded and "d/c" not in folded:
        return []
    names: set[str] = set()
    for cue in _CITIZEN.finditer(folded):
        if cue.group(0).startswith("cd") and text[cue.start() : cue.start() + 2] != "CD":
            continue
        span = _name_at(text, cue.end(), surnames, fold, given)
        if span is not None and folded[span[0] : span[1]] not in public:
            names.add(text[span[0] : span[1]])
    for cue in _COMRADE.finditer(folded):
        span = _name_at(text, cue.end(), surnames, fold, given)
        reports = None if span is None else _REPORTS.match(folded, span[1])
        if span is not None and reports is not None and not _OFFICE.search(reports.group(0)) \
                and not _HANDLED.search(reports.group(0).rpartition(",")[2]):  # the clause with the verb
            names.add(text[span[0] : span[1]])
    if not names:
        return []
    # One pass for all the names (longest first), not one per name: a long register of distinct names stays linear.
    every = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return [found.span() for found in re.finditer(r"(?<!\w)(?:" + every + r")(?!\w)", text)]
