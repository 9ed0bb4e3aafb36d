"""Names in scams and in letters about them that no other cue of the name detector reaches (for `__init__`).

Pure, no I/O, nothing of the hopthu package but the leaf `claims` (which imports nothing of it): the fold function,
the name syllables and the given names are passed in. GUIDE.md: a scammer, a fake official, an advertiser's agent
and a fake charity's "volunteer" are private people, whatever title they give themselves. This module finds:
- a name right after a claim with no public role before it: "Người đòi nợ xưng là Quân", "một người tự giới thiệu là
  Quách Văn Bình, phó chủ tịch hội" (the role comes after, or never);
- a name after a private firm's title: "trưởng phòng nhân sự Mai Phương Thảo", "(trợ lý Hà Vy)";
- the "officer in charge" a phishing message names ("Cán bộ phụ trách: Đoàn Thị Yến – cán bộ LĐTBXH phường", "Mọi
  vướng mắc liên hệ: Cán bộ Nguyễn Văn Hùng, Công an phường", "liên hệ cán bộ phụ trách Trịnh Thu Hà"), only
  in a text that sends the reader to a link and asks for a CCCD, an OTP or an account number, or to install an app;
- a given name opening a chat display name in quotes: Zalo "Tuấn Đất Nền Lưu Kiếm";
- the writer's given name alone on the last line when a name found in the text ends with it ("Em là Trương Quốc
  Bảo … \\nBảo"): "bảo" is also a verb, so no cue of its own reaches it.
It also tells which names are an official's though a kinship word stands before the role: "Vợ ông tổ trưởng TDP 7
Hà Văn Long là mụ Kiều" names the leader right after his role, then his wife after "là" (`kin_named_officials`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from hopthu.core.privacy.claims import CAP_WORD, CLAIM, cap_words, claim_at, title_at

Span = tuple[int, int]

_HONORIFIC = r"(?:(?:anh|chi|ong|ba|co|chu|bac|em|a|c|ms|mr|mrs)\.?\s)?"
_CLAIM = re.compile(CLAIM.pattern + _HONORIFIC)
_FIRM_TITLE = re.compile(
    r"\b(?:(?:truong|pho) phong (?:nhan su|kinh doanh|tuyen dung|marketing|tai chinh|dao tao|cham soc khach hang)"
    r"|tro ly|thu ky rieng|chuyen vien tu van|tu van vien|chuyen gia|dien gia|giam doc (?:kinh doanh|kim cuong|vung))"
    r"\s?:?\s" + _HONORIFIC)
# Places after a firm's title, no name: "chuyên gia Nhật Bản", "chuyên gia Hà Nội" (folded).
# (not the one-syllable countries: "Mỹ", "Đức", "Nga", "Pháp" are given names too: "trợ lý Mỹ Linh", "Đức Anh")
_FIRM_PLACE = re.compile(r"(?:nhat ban|han quoc|trung quoc|dai loan|thai lan|singapore|hoa ky|chau au|quoc te|nuoc ngoai"
                         r"|viet nam|ha noi|sai gon|tphcm|da nang|hai phong|can tho)")
_PHISH_CONTACT = re.compile(r"\b(?:(?:can bo|nhan vien) (?:phu trach|tiep nhan|ho tro|xu ly)\s?:\s?"
                            r"|lien he\s?:?\s?(?:can bo|cskv|canh sat khu vuc|nhan vien)"
                            r"(?:\s(?:phu trach|tiep nhan|ho tro|xu ly))?\s)" + _HONORIFIC)
_LINK = re.compile(r"https?://|\bwww\.|\b(?:duong )?link\b")
# what a phishing message asks for: a document's or account's number, a password, or installing an app from its link
# ("cài đặt ứng dụng", "vui lòng tải ứng dụng"; a bare "tai"/"cai" folds "tại", "cái" too, and a citizen writes "em
# tải app VNeID" of the ward's own app: only an instruction's)
_ASKS = re.compile(r"\b(?:cccd|cmnd|otp|so tai khoan|mat khau"
                   r"|(?:cai dat|(?:vui long|hay|xin moi|can|phai) (?:cai|tai)(?: dat)?) (?:ung dung|app)\b)\b")
_DISPLAY = re.compile(r"\b(?:zalo|facebook|fb|nick|tiktok)\s(?:ten\s(?:la\s)?)?[\"“'‘]")
# Capitalised words that open an office, not a name: "xưng là Công an phường", "tự giới thiệu là Hội Chữ thập đỏ".
_OFFICE = re.compile(r"(?:cong an|uy ban|ubnd|dien luc|ngan hang|bao hiem|hoi\b|mat tran|doan (?:thanh nien|the)|chu thap|can bo"
                     r"|nhan vien|to truong|chu tich|cskv|phuong\b|cong ty|quy\b|tong dai|trung tam"
                     r"|tu phap|van phong|dia chinh|van hoa|ho tich|mot cua)")
# "ông tổ trưởng TDP 7", "bà chủ tịch phường": a leader's role after the honorific, where the name follows (folded).
_LEADER = (r"(?:ong|ba)\s(?:to truong|chu tich|pho chu tich|bi thu|truong cong an)"
           r"(?:\s(?:tdp|to dan pho|khu pho)(?:\sso)?\s\d{1,3})?(?:\sphuong)?\s$")
_KIN_ROLE = re.compile(r"\b(?:vo|chong|con|me|bo|con gai|con trai|em gai|em trai)\s(?:cua\s)?" + _LEADER)
# A later mention carrying the role again: "ông tổ trưởng Hùng" (not "ông Hùng bán rau", someone else maybe).
_ROLE_AGAIN = re.compile(r"\b" + _LEADER)
_THEN_KIN = re.compile(r"\s?,?\s(?:la|ten la)\s")


def _name_at(text: str, folded: str, pos: int, syllables: Collection[str]) -> Span | None:
    words = cap_words(text, pos)
    if not words or _OFFICE.match(folded, pos) or title_at(folded, pos):
        return None
    if len(words) == 1 and folded[pos : pos + len(words[0])] not in syllables:
        return None
    if any(len(w) > 1 and w.isupper() for w in words):
        return None  # "LĐTBXH", "UBND": an office's initials
    return pos, pos + len(" ".join(words))


def find_scam_names(text: str, fold: Callable[[str], str], syllables: Collection[str], given_lower: Collection[str],
                    names: list[Span]) -> list[Span]:
    """Spans of the names the module's doc lists; `names` are the name detector's spans (for the last line)."""
    folded = fold(text)
    spans: list[Span] = []
    patterns = [_CLAIM, _FIRM_TITLE]
    if _LINK.search(folded) and _ASKS.search(folded):
        patterns.append(_PHISH_CONTACT)
    for pattern in patterns:
        for m in pattern.finditer(folded):
            if pattern is _CLAIM and not claim_at(text, folded, m) or pattern is _FIRM_TITLE and _FIRM_PLACE.match(
                    folded, m.end()):
                continue  # "không xứng là Đảng viên", "chuyên gia Nhật Bản"
            span = _name_at(text, folded, m.end(), syllables)
            if span is not None:
                spans.append(span)
    for m in _DISPLAY.finditer(folded):
        word = CAP_WORD.match(text, m.end())
        if word is not None and word.group(0)[0].isupper() and word.group(0).lower() in given_lower:
            spans.append((word.start(), word.end()))
    spans += _last_line_given(text, names)
    return spans


def _last_line_given(text: str, names: list[Span]) -> list[Span]:
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    last = stripped[start:].strip()
    if not start or not last or " " in last or not last[0].isupper() or not last.isalpha():
        return []
    ends = {text[s:e].split()[-1] for s, e in names if len(text[s:e].split()) > 1}
    if last not in ends:
        return []
    pos = text.index(last, start)
    return [(pos, pos + len(last))]


def kin_named_officials(text: str, fold: Callable[[str], str], spans: list[Span]) -> list[Span]:
    """`spans` without an official named right after his role though a relative's word opens the clause, nor later
    later mentions of his given name after "ông"/"bà" and the role again ("ông tổ trưởng Hùng"; see the module's doc)."""
    folded = fold(text)
    drop: set[Span] = set()
    given: set[str] = set()
    for s, e in spans:
        if len(text[s:e].split()) > 1 and _KIN_ROLE.search(folded, max(0, s - 60), s) and _THEN_KIN.match(folded, e):
            drop.add((s, e))
            given.add(text[s:e].split()[-1])
    if not given:
        return spans
    for s, e in spans:
        if text[s:e] in given and _ROLE_AGAIN.search(folded, max(0, s - 60), s):
            drop.add((s, e))
    return [span for span in spans if span not in drop]
