"""House numbers that share a home's verdict: numbers listed together, table cells, numbers in words, old numbers.

Pure, no I/O. `homes.find_house_numbers` decides each number from the words around it; this module extends its
verdict to the numbers that stand with a home's number but carry no cue of their own:
- a list joined by "," or "và": "Các nhà số 3, số 5 và số 7 … (nhà tôi, nhà bà X …)", "hai căn số 12 và 14";
- the old number in brackets after a home's: "số nhà 102 (số cũ 58)";
- a cell of a typed table in the row of a person: "| [họ tên] | 36 |", "[họ tên]\t14B ngõ 61";
- a number written in words after "nhà số" or "số nhà": "nhà số mười hai ngõ Gốc Đề", or after a bare "số" with a lane
  or street right after it: "Nhà tôi ở số mười bảy ngõ 8" (`homes` decides it).
"""

from __future__ import annotations

import re

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

_NUMBER = r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,2}"
# One more number of the list right after a home's: ", số 5", " và số 7", " và 14", " & 16".
_LIST_NEXT = re.compile(r"\s?(?:,|và|va|hoặc|hoac|&)\s(?:(?:số|so|sô)\s)?(" + _NUMBER + r")(?![\w/\-]|[.,]\d)")
# The old number in brackets: "(số cũ 58)", "(cũ: 58)", "(so cu 58)".
_OLD_NUMBER = re.compile(r"\s?\((?:(?:số|so)\s)?(?:cũ|cu)\s?:?\s?(" + _NUMBER + r")\)")
# A table cell right after a person's cell in the same row: "| [họ tên] | 36 |", "[họ tên]\t14B ngõ 61\t…".
_PERSON_CELL = re.compile(r"\[họ tên\][^|\t\n]{0,12}(?:\s?\|\s?|\t)(" + _NUMBER + r")"
                          r"(?=\s?(?:\||\t|$)|\s(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|phố|pho|đường|duong)\b)", re.MULTILINE)
# Vietnamese numerals written out: "mười hai", "hai mươi lăm", "bốn mốt".
_WORD_DIGIT = (r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|linh|lẻ"
               r"|mot|bon|nam|lam|sau|bay|tam|chin|muoi|le)")
WORDS_NUMBER = re.compile(r"(?:(?<=[Nn]hà )|(?<=[Nn]ha ))(?:số|so)\s" + _WORD_DIGIT + r"(?:\s" + _WORD_DIGIT + r"){0,3}(?!\w)"
                          r"|(?<!\w)(?:[Ss]ố nhà|[Ss]o nha)\s" + _WORD_DIGIT + r"(?:\s" + _WORD_DIGIT + r"){0,3}(?!\w)"
                          # after a bare "số" only when a lane or street follows: "tôi ở số mười bảy ngõ 8"
                          r"|(?<!\w)(?:[Ss]ố|[Ss]o)\s" + _WORD_DIGIT + r"(?:\s" + _WORD_DIGIT + r"){0,3}"
                          r"(?=\s(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|phố|pho|đường|duong)\s)")


# Columns of a typed table that hold no home, by their header: "STT | Họ tên | Tổ", "Tuổi", "Năm sinh", "Số khẩu".
_NOT_HOME_COLUMN = re.compile(r"(?:tổ|to|tdp|tổ dân phố|to dan pho|tuổi|tuoi|năm sinh|nam sinh|stt|số khẩu|so khau"
                              r"|số người|so nguoi|lớp|lop|số tiền|so tien)")


def table_cells(text: str) -> list[Span]:
    headers: dict[tuple[int, str], int] = {}  # (row start, separator) -> its table's header row: found once per table
    return [m.span(1) for m in _PERSON_CELL.finditer(text) if not _not_home_column(text, m.start(1), headers)]


def _not_home_column(text: str, pos: int, headers: dict[tuple[int, str], int]) -> bool:
    """Whether the cell at `pos` stands in a column whose header (the first row of the table) names no home."""
    start = text.rfind("\n", 0, pos) + 1
    sep = "|" if "|" in text[start:pos] else "\t"
    column = text.count(sep, start, pos)
    header, walked = start, []
    while header > 0:  # up the rows while they are rows of the table; a row seen before gives its header at once
        if (header, sep) in headers:
            header = headers[(header, sep)]
            break
        walked.append(header)
        above = text.rfind("\n", 0, header - 1) + 1
        if sep not in text[above : header - 1]:
            break
        header = above
    for row in walked:
        headers[(row, sep)] = header
    if header == start:
        return False
    cells = text[header : text.find("\n", header)].split(sep)
    return column < len(cells) and _NOT_HOME_COLUMN.fullmatch(cells[column].strip().lower()) is not None


def listed_with_homes(text: str, homes: list[Span]) -> list[Span]:
    """The numbers listed with a home's number, either way round, and a home's old number."""
    found = set(homes)
    changed = True
    while changed:
        changed = False
        for _start, end in sorted(found):
            for pattern in (_LIST_NEXT, _OLD_NUMBER):
                m = pattern.match(text, end)
                if m and m.span(1) not in found:
                    found.add(m.span(1))
                    changed = True
    # backwards: "số 3, số 5 và số 7" when only a later one was found
    for m in re.finditer(r"(?<!\w)(?:(?:số|so|sô)\s)(" + _NUMBER + r")(?![\w/\-]|[.,]\d)", text):
        if m.span(1) in found or m.span(0) in found:
            continue
        nxt = _LIST_NEXT.match(text, m.end())
        if nxt and (nxt.span(1) in found or any(s <= nxt.start(1) and nxt.end(1) <= e for s, e in found)):
            found.add(m.span(0))
    return sorted(found - set(homes))
