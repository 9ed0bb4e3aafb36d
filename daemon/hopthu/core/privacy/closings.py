"""Signatures the line-based rules in names.py miss: initials ("Đặng V. T.", "P.V. Quý", "– N.T.K"), a name closing
a Form answer after its last sentence ("… rồi. Lê Na", "… với. - Nhi", "Phương, sv", "Ngân [số điện thoại]") and
the second name of a couple signing together ("ông bà Tiến – Hằng", "Bích Ngọc & Quốc Bảo"), a name after a label
and a colon ("Cháu: Tường Vi"), in brackets with the kinship ("(Hiếu, cháu cô X)"), with the writer's team ("(Thuý, tổ 3)", "- Thuý tổ 3") or
under an e-mail's "-- " line.
Pure, no I/O, no imports from the package
(names.py passes its own test of a word that is no name: the import chain stays short).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

Span = tuple[int, int]

_UP = "A-ZĐÀ-Ỹ"
_LOW = "a-zđà-ỹ"
_CAP_WORD = rf"[{_UP}][{_LOW}]{{1,6}}"
# A line (or a line's end after a dash) that is only initials with a surname or a given name.
_INITIALS = re.compile(
    rf"(?:^|\n|\s[-–—]\s)[-–—]?\s?((?:[{_UP}]\.\s?){{1,3}}{_CAP_WORD}|{_CAP_WORD}(?:\s[{_UP}]\.){{1,3}}"
    rf"|[{_UP}]\.[{_UP}]\.[{_UP}]\.?(?:[{_UP}]\.?)?)[ \t]*(?=\n|$)"
)
# After the last sentence (and a short closing: "thân, Hieu", the line joined by unwrapping), at the very end:
# one to three capitalised words, then a short role ("sv") or the masked phone, or nothing.
# ... or after a tilde, with who they are in brackets: "Thanks phường!! ~ Minh Châu (mẹ bé [họ tên])".
_TRAILING = re.compile(
    rf"[.!?]\s(?:(?:[Tt]hân|[Tt]han|[Tt]hanks|[Tt]ks)\s?,\s?|(?:em|e|tôi|toi|tui|mình|minh|cháu|chau)\s)?[-–—~]?\s?"
    rf"({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})"
    r"(?:\s?,\s?[a-z]{1,4}\.?|\s\[số điện thoại\]|\s\((?:mẹ|bố|ba|má|con|cháu|vợ|chồng|me|bo|chau|vo|chong)\s[^()\n]{1,20}\))?\s*$"
)
_OWN_WORD = re.compile(r"(?:em|e|tôi|toi|tui|mình|minh|cháu|chau)\s")
# A last line that says who signs before a colon: "Người hàng xóm: Vui", "Cháu: Tường Vi", "Con gái: Lan".
_LABELLED = re.compile(
    rf"(?:^|\n|[.!?]\s)(?:[Nn]g[ưu][ờo]i\s[{_LOW}]{{2,8}}(?:\s[{_LOW}]{{2,8}}){{0,2}}|[Cc]h[áa]u|[Cc]on(?:\s(?:gái|trai|gai))?"
    rf"|[Hh][àa]ng x[óo]m|[Ee]m|[Vv][ợo]|[Cc]h[ồo]ng)\s?:\s?({_CAP_WORD}(?:\s{_CAP_WORD}){{0,3}})[ \t]*$"
)
# A signature in brackets after the last sentence, saying whose kin the writer is: "(Hiếu, cháu cô [họ tên])".
_BRACKET_KIN = re.compile(
    rf"\(\s?({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})\s?,\s(?:cháu|con|em|mẹ|bố|vợ|chồng|hàng xóm|chau|me|bo|vo|chong)\b[^()\n]{{0,30}}\)\s*$"
)
# The same said after the last sentence without brackets: "… trong tổ. Long, con bà [họ tên] tổ 5".
_KIN_TRAILING = re.compile(
    rf"[.!?]\s({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})\s?,\s(?:cháu|con|em|vợ|chồng|chau|vo|chong)\s"
    rf"(?:ông|bà|cô|chú|bác|anh|chị|ong|ba|co|chu|bac|chi)\s[^\n.!?]{{1,30}}$"
)
# A name with the writer's team after the last sentence, in brackets or not: "… bu đầy. (Thuý, tổ 3)", "… hỏng.
# - Thuý tổ 3", "\nThuy, to 3".
_TEAM_TRAILING = re.compile(
    rf"(?:[.!?]\s?\(\s?|(?:^|\n|[.!?]\s?)[-–—]?\s?)({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})(?:\s?,\s?|\s)"
    r"(?:tổ|to|TDP|tdp)\s?\d{1,3}\)?[ \t.]*$"
)
# ... or the writer's lane or team in brackets after the name: "… nhắn em nhé. Linh Chi (ngõ 91)", "… ạ. Hòa (TDP 2)".
_LANE_TRAILING = re.compile(
    rf"[.!?]\s[-–—]?\s?({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})\s?\(\s?"
    r"(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|tổ|to|TDP|tdp)\s?\d{1,4}(?:/\d{1,4})?\s?\)[ \t.]*$"
)
# Two people signing one line with "&": "Bích Ngọc & Quốc Bảo (P.205)".
_AMPERSAND = re.compile(
    rf"(?:^|\n)({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})\s?&\s?({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})(?:\s?\([^()\n]{{1,20}}\))?[ \t]*$"
)
# The line under an e-mail's signature delimiter "-- ", in any case: "-- \nminh hoang\nSent from my iPhone".
_DELIMITED = re.compile(r"\n--[ \t]?(?:\n|[ \t])[ \t]*([^\W\d_]{2,7}(?:[ \t][^\W\d_]{1,7}){0,3})[ \t]*(?=\n|$)")
# A couple signing: the second name after the dash.
_COUPLE = re.compile(
    rf"\b(?:ông bà|vợ chồng|anh chị|cô chú|ong ba|vo chong|anh chi|co chu)\s(?:(?:anh|chị|ông|bà|chi|ong|ba)\s)?"
    rf"{_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}}\s?[-–]\s?(?:(?:chị|anh|bà|ông|chi|ong|ba)\s)?({_CAP_WORD}(?:\s{_CAP_WORD}){{0,2}})"
)


# Words that lead to a number, not a name: "Inbox Zalo [số điện thoại]", "Hotline [số điện thoại]".
_CONTACT_WORDS = frozenset("zalo hotline inbox ib lien goi call tel viber sdt dt hl nhan alo".split())


_PLACE_FIRST = frozenset("ngõ ngo ngách ngach hẻm hem kiệt kiet đường duong phố pho chợ cho khu xóm xom nhà nha phường phuong".split())
# ... and, before the lane in brackets, words (as written, with their marks) that begin a place, a shop or a month:
# "Chùa Hà (ngõ 5)", "Trường Tô Hoàng (ngõ 12)", "Quán Bà Béo (ngõ 91)", "Phở Thìn (ngõ 13)", "Tháng Mười (ngõ 8)".
_LANE_PLACE_FIRST = frozenset("chùa chua đình đền miếu trường cầu quán karaoke gara tiệm tiem tháng vườn bến bãi cổng cửa "
                              "siêu tạp sân tòa chung trạm bệnh phòng hiệu shop cafe phở bún bánh bia lẩu cơm cháo xôi "
                              "chè ốc".split())
_FOOTER_WORDS = frozenset("sent gửi gui được duoc trân tran thanks cảm cam best regards kind hotline tel sđt sdt đt dt".split())
_TITLES = frozenset("bà ông em anh chị cô chú bác cụ cháu con dì cậu thím".split())
_KIN_ALONE = _TITLES | frozenset("mẹ bố ba má mạ mệ".split())
NoName = Callable[[str, int], bool]


def _after_title(text: str, start: int, end: int) -> int:
    """Where a signed name begins: after a leading title ("Bà Hạnh", "Em Thảo"), which stays as on any signature
    line."""
    first = text[start:end].split(" ", 1)
    return start + len(first[0]) + 1 if len(first) == 2 and first[0].lower() in _TITLES else start


def _signature_name(folded: str, start: int, name: str, no_name: NoName) -> bool:
    if any(w in _CONTACT_WORDS for w in folded[start : start + len(name)].lower().split()):
        return False
    return name == "Phương" or not no_name(folded, start)  # "Phương" signs, "Phường" does not


def closing_names(text: str, folded: str, no_name: NoName, places: frozenset[str] = frozenset()) -> list[Span]:
    """`folded` is `text` folded with the same length; `no_name(folded, start)` tells a word that begins no name;
    `places` (folded, lower case) are the people streets are named after: "Nguyễn Trãi (ngõ 175)" is no signature."""
    spans: list[Span] = []
    tail = max(0, len(text) - 160)  # a signature stands at the end
    for m in _INITIALS.finditer(text, tail):
        spans.append(m.span(1))
    last = _TRAILING.search(text, tail)  # the name may stand on its own line after the sentence
    # ... after the writer's word closing the line before, then the phone: "… giúp với ạ. em\nHương [số điện thoại]"
    own = _OWN_WORD.match(last.group(0), 2) if last else None
    body = last.group(0)[own.end() if own else 2 :].rstrip() if last else ""
    if own and not body.endswith("[số điện thoại]"):
        last = None  # "… ạ. em Cảm Ơn": without the phone, the writer's word before a capital is no signature
    if last and _signature_name(folded, last.start(1), last.group(1), no_name) and "\n" not in body:
        start, end = last.span(1)
        if " " in last.group(1) or last.group(1).lower() not in _KIN_ALONE:  # "… hai lần.\nMẹ": a mother signs, no name
            spans.append((_after_title(text, start, end), end))
    for pattern in (_LABELLED, _BRACKET_KIN, _KIN_TRAILING, _DELIMITED, _TEAM_TRAILING, _LANE_TRAILING):
        for m in pattern.finditer(text, tail):
            # under "-- " any line of a few words is the signature ("minh hoang"), a client's footer aside
            if (pattern is _DELIMITED and m.group(1).split()[0].lower() not in _FOOTER_WORDS) \
                    or _signature_name(folded, m.start(1), m.group(1), no_name):
                start, end = m.span(1)
                if pattern in (_TEAM_TRAILING, _LANE_TRAILING) and m.group(1).split()[0].lower() in _PLACE_FIRST:
                    continue  # "Ngõ Chợ tổ 3": a place with its team
                words = folded[start:end].lower().split()
                if pattern is _LANE_TRAILING and (m.group(1).split()[0].lower() in _LANE_PLACE_FIRST
                                                  or any(" ".join(words[i:]) in places for i in range(len(words)))):
                    continue  # "Chùa Hà (ngõ 5)", "Lê Thanh Nghị (ngõ 91)", "Hồ Ba Mẫu (ngõ 3)": the lane's place
                titled = pattern in (_KIN_TRAILING, _TEAM_TRAILING, _LANE_TRAILING)
                spans.append((_after_title(text, start, end) if titled else start, end))  # "Em Thảo, con bà …"
    for m in _AMPERSAND.finditer(text, tail):
        spans += [m.span(g) for g in (1, 2) if _signature_name(folded, m.start(g), m.group(g), no_name)]
    for m in _COUPLE.finditer(text, tail):
        if _signature_name(folded, m.start(1), m.group(1), no_name):
            spans.append(m.span(1))
    return spans


# Where a quoted or forwarded message begins: the writer's own letter (and its signature) ends there.
# "-----Original Message-----", "---------- Forwarded message ---------", "On Fri, Nov 27, 2026 at … wrote:",
# "Vào 16:40 Th 5, 26 thg 11, 2026, … đã viết:" (the client may have wrapped it once).
_QUOTE_HEADER = re.compile(r"^(?:-{3,} ?(?:Original Message|Forwarded message|Tin nhắn chuyển tiếp)"
                           r"|(?:On|Vào) [^\n]{0,160}(?:\n[^\n]{0,80})?(?:wrote|đã viết) ?:)", re.MULTILINE | re.IGNORECASE)


def _last_lines(starts: list[int], end: int) -> int:
    """Where the last four non-empty lines before `end` begin (never the first line: a greeting or a title);
    `starts` are the starts of the text's non-empty lines after the first, in order."""
    k = bisect.bisect_left(starts, end)
    if not k:
        return end + 1
    return starts[k - 4] if k >= 4 else starts[0]


def signature_zones(text: str) -> list[Span]:
    """Where a signature may stand: the last four non-empty lines of the text, and of the writer's own part above
    a quoted or forwarded message (`_QUOTE_HEADER`): "Minh Châu (căn 2212 HH2)\n84 966 …\n\nOn Fri, … wrote:"."""
    body = text.rstrip()
    quoted = ("wrote" in text or "viết" in text or "---" in text) and list(_QUOTE_HEADER.finditer(text))
    if not quoted:  # most letters: the last four lines only, found from the end
        starts: list[int] = []
        pos = len(body)
        while len(starts) < 4 and (pos := body.rfind("\n", 0, pos)) >= 0:
            if body[pos + 1 : pos + 2].strip():
                starts.append(pos + 1)
        return [(starts[-1] if starts else len(text) + 1, len(text) + 1)]
    starts = [m.end() for m in re.finditer(r"\n(?=[^\s])", body)]
    return [(_last_lines(starts, len(body)), len(text) + 1)] + [(_last_lines(starts, m.start() - 1), m.start()) for m in quoted]
