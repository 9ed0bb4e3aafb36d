"""How letters end and where writers say they live, in shapes the other detectors do not read:

- the submitter's contact line with a role before the name ("Người liên hệ: Trưởng ban Tạ Quang Huy"): the role
  does not make the submitter an official (GUIDE.md: the submitter's identity is always confidential);
- the writer's name on a signature line that opens on a role, under a closing ("Thay mặt …,\nTrưởng ban X"), when
  the letter ends there (an official signing a notice the writer quotes, then goes on, keeps the name);
- the writer's flat in brackets after their signed name ("[họ tên] (p.1204)"): "p." is "phòng";
- the writer's house number at the end of an address told in pieces ("Tôi tên [họ tên], ở tổ 6, ngõ 12 phố Đội
  Cấn, nhà số 7."): only lanes, streets and groups between the residence and the number.

Pure, no I/O; it imports nothing of hopthu: the fold (`base.fold_same_length`) and the name marker are handed in.
Every pattern is bounded (no nested quantifiers over overlapping classes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

Span = tuple[int, int]
Fold = Callable[[str], str]

# A submitter's lead-in at a line's start, then a role (folded): "Người liên hệ: Trưởng ban …", "Người phản ánh: tổ
# trưởng …". Officials named by the writer elsewhere stay; this is the line that names the writer.
_CONTACT_ROLE = re.compile(
    r"(?m)^[ \t]{0,3}nguoi\s(?:lien he|phan anh|lam don|viet(?:\sdon|\sthu)?|gui|de nghi|gop y|dai dien|ky ten)"
    r"[ \t]?:[ \t]?(?:(?:pho\s)?truong ban|pho ban|to truong|to pho|chi hoi truong|bi thu(?:\schi bo)?|chu tich"
    r"|uy vien|truong nhom)\b[^\n,(\-–]{0,60}"
)
# Words a role may end on, walking back from the name's end: they stop the name ("Trưởng Ban Tạ Quang Huy").
_ROLE_WORDS = frozenset("truong ban pho to hoi tran tdp tac tich vien nhom dien chi bo".split())


def _trailing_name(text: str, folded: str, start: int, end: int) -> Span | None:
    """The run of two to four capitalised words that ends text[start:end], if any."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\W\d_]+", text[start:end])]
    run: list[Span] = []
    for a, b in reversed(words):
        if not text[a].isupper() or text[a:b].isupper() and b - a > 1 or len(run) == 4:
            break
        if run and folded[a:b] in _ROLE_WORDS:
            break
        run.insert(0, (a, b))
    if len(run) < 2 or text[run[-1][1] : end].strip():
        return None
    return run[0][0], run[-1][1]


def contact_role_names(text: str, fold: Fold) -> list[Span]:
    """The submitter's name after a lead-in and a role on their own contact or signature line."""
    folded = fold(text)
    if "nguoi" not in folded:
        return []
    spans = []
    for m in _CONTACT_ROLE.finditer(folded):
        span = _trailing_name(text, folded, m.start(), m.end())
        if span:
            spans.append(span)
    return spans


# A closing line ("Thay mặt Ban đại diện cha mẹ học sinh lớp 5A,", "Trân trọng,", "Kính thư,"), then the signature
# line opening on a role: "Trưởng ban Lương Thị Hằng". Whoever signs a citizen's letter is its writer, whatever the
# role (GUIDE.md); an official confirming it signs under "Xác nhận của …", which opens no closing here (`confirmers`).
_CLOSING_ROLE = re.compile(
    r"(?m)^[ \t]{0,3}(?:(?:thay mat|tran trong|kinh thu|than ai|xin cam on)\b|tm\.)[^\n]{0,100}\n"
    r"[ \t]{0,3}(?:(?:pho\s)?truong ban|pho ban|chi hoi truong|hoi truong|truong nhom|uy vien|to truong|to pho)\b"
    r"[^\n,(\-–]{0,60}"
)


# What may follow the writer's signature without the letter going on: a contact line, labelled with or without a
# colon ("sdt 0912…", "địa chỉ ngõ Hòa Bình", "email …"), thanks ("Xin chân thành cảm ơn phường."), or a postscript,
# which ends the scan (folded line start).
_SIGNATURE_TAIL = re.compile(r"(?:s?dt|dien thoai|di dong|dia chi|e-?mail|zalo|tel|so nha|nha o"
                             r"|(?:xin )?(?:chan thanh )?cam on|tran trong)\b")
_POSTSCRIPT = re.compile(r"(?:p\.?s\b|tai but)")


def _letter_goes_on(text: str, end: int, fold: Fold) -> bool:
    """Whether the letter goes on after the signature line ending at `end`: within the next six lines (500
    characters), a line of four words or more opening in lower case ("đã giúp gia đình tìm lại cháu bé.") or ending
    as a sentence ("Xin hỏi phường khoản thu này có đúng không?"). A contact or address line is no sentence: a colon
    in its first 21 characters ("SĐT: …"), a digit or an "@" ("Tổ dân phố số 5, phường Tân Mai.", "sdt 0912…"), a
    contact label or thanks (`_SIGNATURE_TAIL`); a postscript ("P.S. Mong phường sớm trả lời.") is still the writer's."""
    for line in text[end : end + 500].split("\n")[1:7]:
        line = line.strip(" \t\"'“”")
        if not line or ":" in line[:21] or "@" in line or any(ch.isdigit() for ch in line):
            continue
        head = fold(line[:24]).lower()
        if _POSTSCRIPT.match(head):
            return False
        if not _SIGNATURE_TAIL.match(head) and len(line.split()) >= 4 and (line[0].islower() or line[-1] in ".?!"):
            return True
    return False


def closing_role_names(text: str, fold: Fold, surnames: Collection[str]) -> list[Span]:
    """The writer's name on a signature line that opens on a role, right under a closing line and ending the letter:
    not an official listed under "Xin cảm ơn các đồng chí:", confirming ("Tổ trưởng xác nhận: X"), or signing a
    notice or a reply the writer quotes before going on. The name opens on one of `surnames` (folded) unless cut at
    four words; "Tổ trưởng Tổ Dân Phố" signs no name."""
    folded = fold(text)
    if "thay mat" not in folded and "tran trong" not in folded and "kinh thu" not in folded \
            and "tm." not in folded and "than ai" not in folded and "xin cam on" not in folded:
        return []
    spans = []
    for m in _CLOSING_ROLE.finditer(folded):
        closing, role = folded[m.start() : m.end()].split("\n", 1)
        if closing.rstrip().endswith(":") or "xac nhan" in role or _letter_goes_on(text, m.end(), fold):
            continue
        span = _trailing_name(text, folded, m.start(), m.end())
        words = folded[span[0] : span[1]].lower().split() if span else []
        if span and (words[0] in surnames or len(words) == 4):  # four: a longer name cut ("Tôn Nữ Thị Ngọc Hà")
            spans.append(span)
    return spans


def signed_flats(text: str, name_mark: str) -> list[Span]:
    """The flat in brackets right after a signed name: "[họ tên] (p.1204)"; three or four digits, so "P.12" (a
    ward in a Southern address) is no flat."""
    if name_mark not in text:
        return []
    pattern = re.compile(re.escape(name_mark) + r"\s?\(\s?([pP]\.\s?\d{3,4}[A-Za-z]?)\s?\)")
    return [m.span(1) for m in pattern.finditer(text)]


# The writer's residence, then only places (groups, lanes, streets), then the house number that ends the clause:
# "tôi ở tổ 6, ngõ 12 phố Đội Cấn, nhà số 7." (folded; the name marker folds to "[ho ten]").
_PIECED = re.compile(
    r"(?:\b(?:toi|tui|em|minh|chung toi)|\[ho ten\]),?\s(?:(?:hien|dang)\s)?(?:o|song o|o tai|song tai|tru tai"
    r"|cu tru tai|thuong tru tai)\s"
    r"(?:(?:to dan pho|to|tdp|ngo|ngach|hem|kiet|pho|duong|khu|xom|thon)\s[^,.;:\n]{1,30},\s?){1,4}"
    r"(?:nha\s)?((?:so nha|so|sn)\s?\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?)(?=\s?[.,;\n]|\s?$)"
)


def pieced_house_numbers(text: str, fold: Fold) -> list[Span]:
    """The writer's house number after their lanes and streets, told in pieces."""
    folded = fold(text)
    return [m.span(1) for m in _PIECED.finditer(folded)]


# A martyr or hero proposed as a street's, lane's or school's name: "nên đặt tên theo … là: "Liệt sĩ X"". The
# title right before the name and "đặt tên" in the text before it; a private person with a famous name stays a
# private person ("Ông Hoàng Văn Thụ ở tổ 2 (trùng tên phố)").
_HONOURED_TITLE = re.compile(r"(?:liet si|anh hung)\s$")
_NAMING = re.compile(r"\b(?:dat ten|mang ten|lay ten)\b")


def drop_honoured_names(text: str, fold: Fold, spans: list[Span]) -> list[Span]:
    """The name spans without those of a martyr or hero proposed as a place's name."""
    folded = fold(text)
    if "liet si" not in folded and "anh hung" not in folded:
        return spans
    return [(a, b) for a, b in spans
            if not (_HONOURED_TITLE.search(folded, max(0, a - 9), a) and _NAMING.search(folded, max(0, a - 200), a))]
