"""What `toldagain` and `scamnames` share about claimed names (for both).

Pure, no I/O, and it imports nothing of hopthu: texts are passed in folded (lower case, marks stripped, one
character for one).
- `CLAIM`: a claim right before the name it opens ("tự xưng là Tuấn", "xưng tên Hùng", "tự giới thiệu tên là Long",
  "tự nhận là …"); a bare "xung la" is "xứng là" too ("không xứng là Đảng viên"): `claim_at` refuses the marked
  "xứng" and a bare claim after a negation.
- `title_at`: a capitalised title, not a name, that goes on in lower case ("Bí thư Đoàn", "Giáo viên", "Thượng tá",
  "Điều tra viên", "Phóng viên báo").
- `role_after`: an official's role right after a name ("bà X, Phó Chủ tịch UBND phường").
- `cap_run`: capitalised words one after another from a position; `cap_words`, those of a name (`CAP_WORD`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

CLAIM = re.compile(r"\b(?:xung la|xung ten|tu xung(?: la)?|tu gioi thieu(?: la| ten(?: la)?)?|tu nhan la|tu nhan ten)\s"
                   r"(?:ten\s(?:la\s)?)?")
_NEGATED = re.compile(r"\b(?:khong|chang|cha|chua|it|rat|cung|deu|moi|van) $")
_TITLE = re.compile(
    r"(?:bi thu|giao vien|giao su|bac si|y si|y ta|duoc si|ky su|kien truc su|luat su|thac si|tien si|nha bao"
    r"|phong vien|bien tap vien|dieu tra vien|kiem sat vien|tham phan|thu ky|chuyen vien|can bo|cong chuc"
    r"|dang vien|doan vien|hoi vien|sinh vien|hoc sinh|nhan vien|cong nhan|bo doi|chien si|si quan|ha si"
    r"|(?:thuong|dai|trung|thieu) (?:ta|uy|tuong)|dai dien|giam doc|truong phong)\b")
_ROLE_AFTER = re.compile(
    r"\s?[,(\-–]\s?(?:(?:pho )?chu tich|(?:pho )?bi thu|to truong|to pho|cskv|canh sat|cong an"
    # "cán bộ ngân hàng" is a private job: only a public body's ("cán bộ phường", "công chức địa chính")
    r"|(?:can bo|cong chuc) (?:phuong|ubnd|uy ban|dia chinh|tu phap|van hoa|mat tran|tiep dan|mot cua)"
    r"|(?:pho )?truong (?:cong an|ban|phong|tram|khu pho)|truong thon|truong ap)\b")


def claim_at(text: str, folded: str, m: re.Match[str]) -> bool:
    """Whether `CLAIM`'s match `m` is a claim: not "xứng là" (marked), nor a bare one after a negation."""
    if not folded.startswith("xung la", m.start()):
        return True
    return text[m.start() + 1] in "ưƯ" if text[m.start() + 1] not in "uU" \
        else not _NEGATED.search(folded, max(0, m.start() - 8), m.start())


def title_at(folded: str, pos: int) -> bool:
    return _TITLE.match(folded, pos) is not None


def role_after(folded: str, end: int) -> bool:
    return _ROLE_AFTER.match(folded, end) is not None


#: a capitalised word of a name, as `scamnames` and `spitenames` read one (up to eight letters)
CAP_WORD = re.compile(r"[A-ZĐÀ-Ỹ][^\W\d_]{0,7}(?![\w])")


def cap_words(text: str, pos: int, most: int = 4) -> list[str]:
    """Capitalised words (`CAP_WORD`) from `pos`, one space apart, at most `most`."""
    return [m.group(0) for m in cap_run(text, pos, most, CAP_WORD, lambda w: w[0].isupper())]


def cap_run(text: str, pos: int, most: int, word: re.Pattern[str], ok: Callable[[str], bool],
            any_gap: bool = False) -> list[re.Match[str]]:
    """`word`s from `pos` that pass `ok`, at most `most`, one space apart (one character of any kind with `any_gap`)."""
    found: list[re.Match[str]] = []
    while len(found) < most:
        m = word.match(text, pos)
        if m is None or not ok(m.group(0)):
            break
        found.append(m)
        pos = m.end()
        if pos >= len(text) or (not any_gap and text[pos] != " "):
            break
        pos += 1
    return found
