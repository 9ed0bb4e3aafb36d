"""People who only claim a public role: a scammer posing as a ward officer or a police officer.

Pure, no I/O. GUIDE.md: "someone who only claims to be an official" is a private person, so the name after the
claimed role goes although a role word stands before it ("có người xưng là cán bộ phường tên Lạc Văn Tùng",
"kẻ giả danh CSKV Hùng"), and so does the contact a scam message gives for its "officer" ("Hỗ trợ: [số điện
thoại] (cán bộ Tùng)", "Liên hệ cán bộ Đinh Quang Tùng số …"): an imperative lead-in opens the clause and no one
is said to have met the official. `names` keeps such a name as an official's (a role word before it); this
detector runs with it under the name marker.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, fold_same_length

_ROLE = r"(?:can bo|cong chuc|cskv|canh sat(?: khu vuc)?|cong an(?: khu vuc| phuong)?|chu tich|to truong|nhan vien)"
CLAIMED = re.compile(
    r"(?:\b(?:tu xung|xung la|xung danh|gia danh|mao danh|gia lam|doi lot|tu nhan la)\b[^.;!?\n]{0,20}?"
    r"|(?:^|[.!?:\n]\s?)(?:lien he|ho tro|hotline|goi ngay|inbox|ib)\s?:?\s?(?:[\d .\-+()]{6,24}|\[so dien thoai\]\s?)?\(?\s?"
    # an account's display name wearing a role: "tài khoản Zalo tên 'Cán bộ Phường - Minh Hoàng'"
    r"|\b(?:zalo|facebook|fb|nick|tai khoan)\s(?:ten\s(?:la\s)?|la\s)?[\"'“‘])"
    + _ROLE + r"(?:\s(?:phuong|uy ban|ubnd|dia chinh|tu phap|van hoa|xa hoi)){0,2}(?:\s[-–:]\s|,?\s)(?:ten\s(?:la\s)?|la\s)?"
    r"(?:(?:anh|chi|ong|ba|co|chu|bac|em)\s)?",
    re.MULTILINE,
)
_CAP_RUN = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]{0,7}(?:\s[A-ZĐÀ-Ỹ][^\W\d_]{0,7}){0,3}(?![\w])")
# Capitalised words right after a role that are offices, not names: "cán bộ UBND", "cán bộ Công an phường",
# "nhân viên Điện lực", "cán bộ phường Đi từng nhà".
_ROLE_AT = re.compile(_ROLE)
_NOT_NAME = frozenset("ubnd phuong tdp cskv uy ban ho tro lien he so zalo mttq".split())
_OFFICE_AT = re.compile(r"(?:cong an|dien luc|di\b|dia chinh|tu phap|van hoa|xa hoi|y te|so\b|phong\b|ban\b|hoi\b|doan\b"
                        r"|mat tran|thue|moi truong|kiem lam|quan ly|thanh tra|tai nguyen|ngan hang|bao hiem|buu dien"
                        r"|cap nuoc|thoat nuoc|tram\b|trung tam|den\b|tu\b|tai\b|o\b|thu\b|goi\b)")


# The claimed name first, the claimed role after it: "một người tự xưng là Hoàng, nhân viên điện lực".
CLAIMED_NAME_FIRST = re.compile(r"\b(?:tu xung|xung danh|gia danh|mao danh|tu nhan)\s(?:la\s)?(?:ten\s(?:la\s)?)?"
                                r"(?:(?:anh|chi|ong|ba|co|chu|bac|em)\s)?(?=[^\W\d_]+(?:\s[^\W\d_]+){0,3}\s?,\s?"
                                + _ROLE.replace("(?:", "(?:nhan vien|", 1) + r")")


def find_claimed_officials(text: str) -> list[Span]:
    folded = fold_same_length(text)
    spans = []
    for m in CLAIMED_NAME_FIRST.finditer(folded):
        run = _CAP_RUN.match(text, m.end())
        if run is not None and not _OFFICE_AT.match(folded, m.end()) and not _ROLE_AT.match(folded, m.end()):
            words = _capitalised(run.group(0).split())
            if words:
                spans.append((run.start(), run.start() + len(" ".join(words))))
    for m in CLAIMED.finditer(folded):
        run = _CAP_RUN.match(text, m.end())
        if run is None or _OFFICE_AT.match(folded, m.end()):
            continue
        words = _capitalised(run.group(0).split())
        keep = []
        for word in words:
            if fold_same_length(word).lower() in _NOT_NAME or (len(word) > 1 and word.isupper()):
                break
            keep.append(word)
        if keep:
            spans.append((run.start(), run.start() + len(" ".join(keep))))
    return spans


def _capitalised(words: list[str]) -> list[str]:
    """The run's words up to the first one not capitalised: `_CAP_RUN`'s "À-Ỹ" also spans lower-case letters with
    marks ("đến", "đòi"), which follow a name and are no part of it ("tên [họ tên] đến thu tiền")."""
    for n, word in enumerate(words):
        if not word[0].isupper():
            return words[:n]
    return words
