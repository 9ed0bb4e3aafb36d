"""Dwellings as people write them, and the places in a letter where a dwelling is given (for `homes`).

Pure, no I/O. `homes` decides home from site; this module holds what it matches and reads:
- the written shapes of a flat, a room, a lodging, a lot or a stall ("căn hộ 1203 tòa B2", "phòng 305 nhà A",
  "P.402 nhà B", "lô B12", "ki-ốt 15") (`HOME_ADDRESS`, `UNIT`);
- a form's or a letter's field for where the writer lives, whatever comes between the field's name and the number:
  "Chỗ ở hiện nay: P.402 nhà B, số 8 ngõ 190 …", "Chỗ ở: nhà thuê, số 15 hẻm 42 …", "Nơi ở hiện nay: Lô B12 …",
  "Dia chi lien he: so 7 ngach 5 …" (`in_address_field`); a field for the problem's place ("Địa điểm:", "Địa chỉ
  nơi xảy ra:") is no such field;
- a signature line that gives the home after the name and a dash: "Em [họ tên] - 14 ngõ 3 Phan Phù Tiên - …",
  or on the line under the name: "[họ tên]\n12B ngõ 35 Cát Linh, tổ 7" (`after_signed_name`);
- a flat written in brackets right after a person: the bracket holds that person's home only, what follows it is
  the letter's matter ("Bà [họ tên] (căn 3 dãy C …) phản ánh rãnh nước … bốc mùi") (`bracket_part`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Flats, rooms and lodgings: "căn hộ 1205 tòa B", "phòng 104", "phong 302 day tro co Hoa", "lô C7 nhà số 12".
# Each form begins with its first letter and looks behind it after that (not before it): the regex engine
# then skips to the places those letters stand instead of trying every position (about 2.5 times faster,
# the same matches: "C(?<!\wC)" is "(?<!\w)C").
HOME_ADDRESS = re.compile(
    # the flat's number as people write it: "1205", "12A", "12-05", "3.12", "12A05", "A-1205", "B2.08"
    r"(?:[Cc](?<!\w[Cc])(?:ăn hộ|an ho|ăn|an)|[Pp](?<!\w[Pp])(?:hòng|hong)|C(?<!\wC)(?:ĂN HỘ|AN HO|ĂN|AN)|P(?<!\wP)(?:HÒNG|HONG))"
    r"(?:\s(?:trọ|tro|TRỌ|TRO))?\s(?:số\s|so\s|SỐ\s|SO\s)?"
    r"(?:[A-Z]{1,2}\d?[\-.]?)?\d{1,4}(?:[\-.]\d{1,4}(?!\d))?[A-Za-z]?\d{0,3}(?![\w/])"
    r"(?:\s(?:tòa|toa|nhà|nha|tầng|tang|dãy|day|TÒA|TOA|NHÀ|NHA|TẦNG|TANG|DÃY|DAY)\s[A-Z0-9]{1,3}(?!\w))?"
    # the lodging told by its landlord: "phòng 7 dãy trọ cô Sáu", "phòng 12 khu trọ o Lài", "phòng 3 nhà ông [họ tên]"
    r"(?:\s(?:dãy trọ|day tro|nhà trọ|nha tro|khu trọ|khu tro|nhà|nha)\s(?:bà|ba|cô|co|ông|ong|chú|chu|o|dì|di|bác|bac)"
    # not "nha o xa hoi" (social housing, a review at the merge), nor "day tro o ngach 3/15" (a lodging "in" a lane)
    r"\s(?!xa hoi|xã hội|(?:ngách|ngach|ngõ|ngo|hẻm|hem|kiệt|kiet|đường|duong|phố|pho|tổ|to|khu|cuối|cuoi|đầu|dau|gần|gan)(?!\w))"
    r"(?:\w{1,12}|\[họ tên\]))?"
    # (the house-number detector runs first: "lô B4 nhà [số nhà]" is the same lot, its number already masked, p-2929)
    r"|[Ll](?<!\w[Ll])(?:ô|o)\s[A-Z]{1,2}\d{1,3}\s(?:nhà|nha)\s(?:(?:số|so)\s\d{1,4}[A-Za-z]?|\[số nhà\])"
    # "Hộ 203 tập thể Đức Giang": a flat of a collective block told by its household's number
    r"|[Hh](?<!\w[Hh])(?:ộ|o)\s\d{3,4}(?=\s(?:khu\s)?(?:tập thể|tap the)\b)"
    # "căn hộ tầng 5 nhà A2": a flat told by its floor and block
    r"|[Cc](?<!\w[Cc])(?:ăn hộ|an ho)\s(?:ở\s|o\s)?(?:tầng|tang)\s\d{1,2}\s(?:nhà|nha|tòa|toa)\s[A-Z0-9]{1,3}(?!\w)"
    # "P.302 nhà A5", "P. 508 tòa B2": a room in a block of flats (three or four digits: "P.5" is a ward).
    r"|P(?<!\wP)\.?\s?\d{3,4}[A-Za-z]?(?![\w\-/])(?:\s(?:nhà\s|nha\s|tòa\s|toa\s)?[A-Z][0-9]{0,2}(?!\w))?"
    # typed on a phone in lower case, the dot kept: "dc: p.502 ct1b" (not a bare "p 502")
    # ... not a room of the ward's offices: "phòng tiếp công dân ở p.102 nhà a1 ubnd phường"
    r"|p(?<!\wp)\.\s?\d{3,4}[a-z]?(?![\w\-/.])(?![^.,;\n]{0,16}\b(?i:ubnd|ủy ban|uy ban|trụ sở|tru so|công an|cong an))"
    r"(?:\s(?:nha\s|toa\s)?[a-z]{1,2}\d{1,2}[a-z]?(?!\w))?"
    # English letters: "apartment 1203", "apt. 5B", "flat 12", "room 304" (a block after it: "flat 12 block C")
    r"|(?:[Aa](?<!\w[Aa])(?:partment|pt\.?)|[Ff](?<!\w[Ff])lat|[Rr](?<!\w[Rr])oom)\s(?:[Nn]o\.?\s?|#\s?)?"
    r"(?:[A-Z]{1,2}[\-.]?)?\d{1,4}(?:[\-.]\d{1,4}(?!\d))?[A-Za-z]?(?![\w/])"
    r"(?:,?\s(?:[Bb]lock|[Tt]ower|[Bb]uilding)\s[A-Z0-9]{1,3}(?!\w))?"
)
# A lot, a market stall or kiosk: "lô B2", "ki-ốt 15", "sạp số 7". The writer's own (after "nhà em ở",
# "em bán rau ở", "của tôi") points to them like a home; any other one (the kiosk blocking the lane) stays.
UNIT = re.compile(
    r"(?<!\w)(?:[Ll]ô|[Ll]o|[Kk]i-?ốt|[Kk]i-?ot|[Kk]i ốt|[Kk]iosk|[Ss]ạp|[Ss]ap)\s(?:số\s|so\s)?"
    r"(?:[A-Z]{1,2}\d{0,3}|\d{1,4}[A-Za-z]?)(?:[\-.]\d{1,3})?(?![\w\-/])"
    r"(?:\s(?:dãy|day|DÃY|DAY)\s[A-Z]{1,2}\d{0,2}(?!\w))?"  # its row: "lô 24 dãy LK3", "ki-ốt 17 dãy B"
    # a lot's code in a new urban area: "LK3-12" (liền kề), "BT5-12" (biệt thự), "NV4-09" (nhà vườn)
    r"|(?<![\w\-])(?:LK|BT|NV|TT|SH)\d{1,2}[A-Z]?[\-.]\d{1,3}(?![\w\-/])"
)


# The field's name at the start of a line, a Form's "|" cell or a list's dash, then a colon (folded text).
_FIELD = re.compile(
    r"(?:^|\n|\|)\s{0,3}(?:[-*•]\s?)?(?:dia chi|noi o|cho o|noi cu tru|noi thuong tru|noi tam tru|thuong tru|tam tru"
    r"|ho khau(?: thuong tru)?|hktt)(?:\s(?:lien he|nha|nha rieng|thuong tru|tam tru|cu tru|hien nay|hien tai|hien|cua toi))?"
    r"\s?:([^\n|]{0,80})$"
)
# Within the field, a new sentence or a new field ends it: "Địa chỉ: số 5 ngõ 3. Quán karaoke số 7 …".
_FIELD_ENDS = re.compile(r"[;!?]|\.\s|\b(?:noi dung|phan anh|kien nghi|de nghi|van de)\b")


def in_address_field(text: str, pos: int, fold: Callable[[str], str]) -> bool:
    """Whether `pos` in the text stands in a field for where the writer lives, on its own line or cell. Only the
    window before `pos` is folded, by `fold` (`base.fold_same_length`: this module imports nothing of the package,
    the import chain stays short); folding the whole text for every number made a long letter quadratic."""
    start = max(0, pos - 120)
    window = ("x" if start else "") + fold(text[start:pos])  # "x": the window's start is no line's start
    m = _FIELD.search(window)
    return bool(m and not _FIELD_ENDS.search(m.group(1)))


# A signature's address line opening on a bare number, right under the name's line: "[họ tên]\n12B ngõ 35 Cát Linh",
# "[họ tên],\n45/2 hem 120 …": a lane, street, hamlet or TDP word (or a capitalised street) after the number; a list's
# number ("[họ tên]\n2. …") has none.
_NAME_LINE_END = re.compile(r"\[họ tên\],?[ \t]{0,2}\n$")
_LINE_ADDRESS_AFTER = re.compile(r"\s(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|phố|pho|đường|duong|xóm|xom|thôn|thon|tổ|to|TDP)\s"
                                 r"|\s([^\W\d_])[^\W\d_]{0,8}\s([^\W\d_])")  # two capitalised words (checked by isupper)
# ... and only in the letter's last lines, where a signature stands ("Nguyễn Văn An,\n15 ngõ 4 bị mất điện từ sáng"
# opening a letter is the problem's place)
_SIGNATURE_TAIL = 80
# ... and the line tells no happening ("15 ngõ 4 bị mất điện"): an address line names a place, nothing more
_LINE_TELLS = re.compile(r"(?<!\w)(?:bị|bi|đang|dang|đã|không|khong|chưa|chua|mất|hỏng|hong|ngập|ngap|tắc|có)(?!\w)")
# "[họ tên] - ", "[họ tên] – " (a name already masked, then a dash): a signature's address follows.
_SIGNED_DASH = re.compile(r"\[họ tên\]\s?[-–—]\s?$")


def after_signed_name(text: str, pos: int, end: int) -> bool:
    """Whether the number at `pos`..`end` follows a masked name and a dash, as on a signature line, or opens the
    address line under the name's line (`_NAME_LINE_END`)."""
    if _SIGNED_DASH.search(text, max(0, pos - 16), pos):
        return True
    m = _NAME_LINE_END.search(text, max(0, pos - 14), pos) and _LINE_ADDRESS_AFTER.match(text, end)
    if not m or (m.group(1) and not (m.group(1).isupper() and m.group(2).isupper())):
        return False
    line_end = len(text) if (nl := text.find("\n", end)) < 0 else nl
    return not _LINE_TELLS.search(text, end, line_end) and len(text[line_end:].strip()) <= _SIGNATURE_TAIL


# The bracket opens on the dwelling: "(căn 3 dãy C", "(nhà ở phòng 12" (not "(người nước ngoài thuê căn 1203)": there
# the bracket tells who the person is, and what follows it may still happen in the flat, p-3257).
_OPEN_BRACKET = re.compile(r"\(\s?(?:(?:nhà\s|nha\s)?(?:ở|o|tại|tai)\s)?$")


def bracket_part(text: str, start: int, clause: str) -> str:
    """The part of the clause after a dwelling that still belongs to it: up to the closing bracket when the
    bracket opens on the dwelling ("Bà [họ tên] (căn 3 dãy C …) phản ánh …"), else the whole clause."""
    if _OPEN_BRACKET.search(text, max(0, start - 12), start):
        return clause.split(")", 1)[0]
    return clause
