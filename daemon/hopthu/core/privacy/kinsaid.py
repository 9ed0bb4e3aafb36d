"""A relative's bare given name said after a named person's kinship: "em trai anh Quân là Thọ", "vo ong Hai la Lan".

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold, the given names (folded) and
the name spans `names` found. The person before "là" was found as a name ("anh Quân"); the kinship word before them
("em trai", "vợ", "con gái") makes the capitalised given name right after "là"/"tên là" their relative, a private
person (GUIDE.md: relatives are `name`). A role after "là" ("con trai ông X là Chủ tịch …", "là Tổ trưởng") is no
name: the word must be a given name and not a role's first word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# Folded, right before the found name: a kinship word, maybe "của", then an honorific.
_KIN_BEFORE = re.compile(
    r"(?<!\w)(?:vo|chong|con|con trai|con gai|con dau|con re|em|em trai|em gai|anh trai|chi gai|me|bo|cha|chau)"
    r"(?: cua)? (?:ong|ba|anh|chi|co|chu|bac|thim|cau|di|cu) $"
)
# Right after the found name: "là"/"tên là"/"tên", then one capitalised word standing alone.
_IS_NAMED = re.compile(r" (?:là|la|tên là|ten la|tên|ten) ([A-ZĐÀ-Ỹ][^\W\d_]{0,7})(?![\w])(?! [A-ZĐÀ-Ỹ])")
_ROLE_WORDS = frozenset("chu to pho truong can cong giam bi uy hoi doi nguoi chanh ke".split())
# Right after the word (lower-cased, as written): a role's second syllable ("Thanh tra", "Thủ quỹ", "Trung úy",
# "Hiệu trưởng"), with its marks or with none ("Thu quy"); not "Lan về", "Hoa khó tính" (a name, then a verb).
_ROLE_TAIL = re.compile(r" (?:tra|quy|uy|ta|si|truong|pho|vien|ve|kho|ky|toan|nhiem"
                        r"|quỹ|úy|uý|tá|sĩ|sỹ|trưởng|phó|viên|vệ|ký|kí|toán|nhiệm)(?!\w)")


def find_kin_said_names(text: str, fold: Callable[[str], str], given: Callable[[str], bool], names: list[Span]) -> list[Span]:
    """The given names said after "<kinship> <honorific> <found name> là" (see the module's text)."""
    found = []
    for start, end in names:
        if not _KIN_BEFORE.search(fold(text[max(0, start - 24) : start])):
            continue
        m = _IS_NAMED.match(text, end)
        if m is None:
            continue
        word = fold(m.group(1)).lower()
        if m.group(1)[0].isupper() and given(word) and word not in _ROLE_WORDS \
                and not _ROLE_TAIL.match(text[m.end() : m.end() + 12].lower()):
            found.append(m.span(1))
    return found
