"""Bare house numbers where a named person lives now, said after "đang ở" or "không ở đây mà ở" (for the pipeline).

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold and `homes.BARE_NUMBER`.
`homes` takes a bare number ("112/7B", "K18/6") after the writer's own home or residence ("nhà tôi ở 7/15 Trần
Phú", "trọ ở 102/5 …"). A third person's home is told the same way once the name detector has masked the name:
"Em trai tôi là [họ tên], đang ở K18/6 Lê Duẩn" (a Central "kiệt" house), "Chủ trọ là bà [họ tên], không ở đây mà
ở 112/7B Lê Văn Sỹ" (a landlady's own home, away from the lodging the letter is about). The writer's own place said
as "where I live is" comes the same way: "chỗ em ở là 46/12 Nguyễn Khánh Toàn". A lane word or a
capitalised street name must follow, and nothing done there (a shop opened, a house going up) may be said after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# Folded, right before the number: the masked name then "đang ở", or a home said to be elsewhere.
_LIVES = r"(?:o|song o|song tai|o tai)"
_CUE = re.compile(
    r"(?:\[ho ten\]\s?,?\s(?:(?:hien|dang|van|con|nay|hien nay)\s){1,2}" + _LIVES
    + r"|\bkhong\s(?:o|song)\s(?:day|do|tai day|nha nay|cung)\s?,?\s(?:ma|ma la|con)\s" + _LIVES
    # the writer's own place said as "where I live is": "chỗ em ở là 46/12 Nguyễn Khánh Toàn", "cho toi o: 5/2 hem 9"
    + r"|\b(?:cho|noi)\s(?:toi|tui|em|minh|chung toi)\s(?:(?:dang|hien|hien dang)\s)?(?:o|song|o tro|tro)\s?(?:la|:))\s$"
)
# As written, right after the number: a lane word, or a capitalised street name of two words.
_AFTER = re.compile(r"\s(?:(?:ngõ|ngách|hẻm|kiệt|phố|đường|ngo|ngach|hem|kiet|pho|duong)\s"
                    r"|[A-ZĐÀ-Ỹ][^\W\d_]{0,8}\s[A-ZĐÀ-Ỹ])")
# Folded, in the clause after it: something done at that address makes it a site.
_DONE_THERE = re.compile(r"\b(?:mo (?:quan|tiem|xuong|cua hang)|kinh doanh|xay|karaoke|nuoi|sua xe|ban hang)\b")
# Folded, in the clause before it: a business moved elsewhere ("Cửa hàng không ở đây mà ở 45 …") is no one's home.
_BUSINESS = re.compile(r"\b(?:quan|tiem|cua hang|xuong|cong ty|karaoke|kho|co so|dai ly|van phong)\b")


def lived_at_numbers(text: str, fold: Callable[[str], str], bare_number: re.Pattern[str]) -> list[Span]:
    """Spans of bare numbers that a named person is said to live at now (see the module's docstring)."""
    low = text.lower()
    if "[họ tên]" not in text and "không" not in low and "khong" not in low and "chỗ" not in low and "cho " not in low \
            and "nơi" not in low and "noi " not in low:
        return []
    spans = []
    for m in bare_number.finditer(text):
        before = fold(text[max(0, m.start() - 60) : m.start()])
        if not _CUE.search(before) or not _AFTER.match(text, m.end()) or _BUSINESS.search(re.split(r"[.;!?\n]", before)[-1]):
            continue
        if _DONE_THERE.search(fold(re.split(r"[,.;\n]", text[m.end() : m.end() + 60], maxsplit=1)[0])):
            continue
        spans.append(m.span())
    return spans
