"""A private person joined to an official by "và" in one clause: "cảm ơn đồng chí Lê Quang Vinh, cảnh sát khu vực TDP 7,
và anh Tô Văn Bằng hàng xóm đã giúp …". The role before is the first person's; the second says who they are right
after their name ("hàng xóm", "nhà bên cạnh"), so they stay a private person and their name goes.

Pure, no I/O, and it imports nothing of hopthu (`names` asks it on the folded text before it lets a role earlier in
the clause make a name an official's). Both marks are needed: "và" with at most an honorific before the name, and a
neighbour's word right after it; "Tổ trưởng TDP 5 ông Cường hàng xóm nhà tôi" (no "và") is still the official.

Also a person after "mà"/"nhưng" and an honorific, when the role before already has its own full name in the
clause: "đã báo ông tổ trưởng Trần Văn Bình mấy lần mà bà Thoa vẫn đổ rác" (lower case and without marks too). The
role is Bình's; "nhưng" opens a clause about someone else. Without a full name between ("đã báo tổ trưởng nhưng ông
Bình không xuống") the role may be Bình's own, and he stays the official.
"""

from __future__ import annotations

import re

_JOINED_BEFORE = re.compile(r"\s(?:va|cung|voi)\s(?:[^\W\d_]+\s){0,2}$")
_NEIGHBOUR_AFTER = re.compile(r"\s(?:hang xom|nguoi hang xom|nha ben canh|o nha ben canh|cung xom|cung ngo)(?!\w)")


# A full name (a syllable, "văn"/"thị" or a usual middle name, a syllable), a few words, then "mà"/"nhưng" and an
# honorific right before the name (`names` asks at the honorific or at the name).
_CONTRAST_AFTER_NAME = re.compile(
    r"\b[^\W\d_]{1,7} (?:van|thi|duc|minh|quang|huu|ngoc|thanh|xuan|dinh|cong) [^\W\d_]{1,7}\b[^.;:!?\n]{0,30}"
    r"\s(?:ma|nhung|nhung ma)\s(?:(?:ong|ba|anh|chi|co|chu|bac|di|thim|cau|cu|con|thang|em)\s)?$"
)


def joined_neighbour(folded: str, start: int, end: int) -> bool:
    """Whether the name at `start`..`end` of the folded text follows "và" and is told a neighbour right after, or
    follows "mà"/"nhưng" after another person's full name (see the module's doc)."""
    if _CONTRAST_AFTER_NAME.search(folded, max(0, start - 70), start):
        return True
    return end >= 0 and _JOINED_BEFORE.search(folded, max(0, start - 30), start) is not None \
        and _NEIGHBOUR_AFTER.match(folded, end) is not None
