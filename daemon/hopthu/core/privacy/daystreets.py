"""A street `names` takes for a person's (for the pipeline's names).

Pure, no I/O, and it imports nothing of hopthu.
A street right after the pavement it runs along: "đỗ trên vỉa hè Lê Văn Việt", "lan chiem via he Pham Van Dong".
Streets are named after famous people in full; two to four capitalised words there are the street, not a person.
(Sunday, "ca chủ nhật cũng làm", is `timewords.is_sunday`'s.)
"""

from __future__ import annotations

import re

_PAVEMENT_BEFORE = re.compile(r"(?<!\w)(?:vỉa hè|via he|hè phố|he pho|lề đường|le duong)[ \t]\Z", re.IGNORECASE)
# What follows a street, not a person doing something: the end, a pause, a place's word (folded or marked).
_STREET_NEXT = re.compile(r"[ \t]?(?:$|[.,;:!?)\n–-]|(?:đoạn|doan|trước|truoc|gần|gan|phía|phia|chỗ|cho|khu|phường|phuong"
                          r"|quận|quan|từ|tu|đến|den|suốt|suot|cả|ca|ngay|sát|sat|số|so|và|va|bị|bi|bên|ben|hai|đối|doi"
                          r"|thuộc|thuoc|ở|o|tại|tai|nối|noi"
                          # ... or when it happens there: "trên vỉa hè Lê Văn Việt mỗi sáng", "… hằng ngày", "… buổi tối"
                          # (bare "sang", "toi", "dem" are also "sang", "tôi", "đem": only with marks)
                          r"|mỗi|moi (?:sang|toi|ngay|dem)|hằng|hang ngay|hàng ngày|buổi|buoi|sáng|trưa|trua|chiều|chieu"
                          r"|tối|đêm|lúc|luc)(?!\w))",
                          re.IGNORECASE)
_FULL_NAME = re.compile(r"[^\W\d_]{1,8}(?:\s[^\W\d_]{1,8}){1,3}")


def drop_pavement_streets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less a full name right after "vỉa hè" on the same line (a street) and followed by what follows a street
    ("vỉa hè Trần Thị Hoa thì chửi bới": a person)."""
    kept = []
    for s, e in spans:
        word = text[s:e]
        if _FULL_NAME.fullmatch(word) and word[0].isupper() and _PAVEMENT_BEFORE.search(text[max(0, s - 12) : s]) \
                and _STREET_NEXT.match(text, e):
            continue
        kept.append((s, e))
    return kept
