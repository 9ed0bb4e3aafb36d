"""Vietnamese text normalisation for matching.

Matching is diacritics- and case-insensitive: "Đèn đường" and "den duong" are the
same key. We keep two forms because stripping marks makes words collide
(hỏng / hồng / hong): rules may match on either.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold_case(text: str) -> str:
    """NFC + casefold + collapsed whitespace: the form that keeps diacritics."""
    return _SPACES.sub(" ", nfc(text).casefold()).strip()


def strip_marks(text: str) -> str:
    """Remove combining marks; map đ/Đ to d/D explicitly (they have no decomposition)."""
    decomposed = unicodedata.normalize("NFD", text or "")
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept.replace("đ", "d").replace("Đ", "D"))


class MarkTable(dict[int, str]):
    """A str.translate table, filled as characters are met: each character → `strip_marks` of it.
    On NFC text, translating gives `strip_marks` of the whole text (tested) without its per-character
    generator and two normalisations: folding is on every hot path (rules, redaction, matching).
    `same_length`: a character whose stripped form is not one character stays as it is, so positions
    in the folded text are positions in the original (the rule matcher checks diacritics there)."""

    def __init__(self, *, same_length: bool = False):
        super().__init__()
        self.same_length = same_length

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = strip_marks(ch)
        if self.same_length and len(value) != 1:
            value = ch
        self[code] = value
        return value


_STRIP = MarkTable()


def fold(text: str) -> str:
    """The accent-free matching key: casefolded, marks stripped, whitespace collapsed."""
    folded = fold_case(text)
    return folded if folded.isascii() else folded.translate(_STRIP)


# Char by char `strip_marks`, one character for one: on casefolded NFC text this gives exactly
# `fold` (tested on the whole Vietnamese alphabet) and keeps positions aligned with the
# `fold_case` form, so a hit in the folded text can be checked against the diacritics actually typed.
_FOLD_SAME_LENGTH = MarkTable(same_length=True)


def afold(folded_case: str) -> str:
    """Accent-free form of a ``fold_case`` string, same length, same positions."""
    if folded_case.isascii():
        return folded_case
    return folded_case.translate(_FOLD_SAME_LENGTH)


def _marks_key(word: str) -> str:
    return "".join(sorted(unicodedata.normalize("NFD", word)))


def compatible(span_fc: str, span_f: str, kw_fc: str, strict: bool = False) -> bool:
    """May text ``span_fc`` (same accent-free form ``span_f`` as the keyword ``kw_fc``) be that keyword?

    Word by word, the text word must carry the keyword word's diacritics, or none
    at all. "hong" may be "hỏng"; "hồng" is not; "đen" (black) is not "đèn"
    (lamp): it has a mark, just a different one. Where the tone mark sits does
    not count: old-style "hoà", "thuỷ", "tuý" are "hòa", "thủy", "túy" (same
    letters, same marks, only placed on another vowel).

    ``strict`` (the text is written with diacritics, `written_with_marks`): a word without marks is
    that word, not a marked one typed bare, unless another word of the keyword is written with its
    marks: "cầu thang" (stairs) is not "thằng", "đèn duong" is "đèn đường". (A keyword written wholly
    without marks is not asked: it matches however the text marks it.)
    """
    if span_fc == kw_fc or (span_fc == span_f and not strict):
        return True
    confirmed = False  # a word the keyword marks is written with those marks
    # same accent-free form, so the same words at the same places
    for t_word, f_word, k_word in zip(span_fc.split(" "), span_f.split(" "), kw_fc.split(" "), strict=False):
        if t_word == k_word or _marks_key(t_word) == _marks_key(k_word):
            confirmed = confirmed or t_word != f_word
        elif t_word != f_word:
            return False
    return confirmed or not strict


#: At least this share of a text's words carry a mark when it is written with diacritics (about half
#: do in Vietnamese); a name or a pasted phrase with marks does not make a bare text marked.
MARKED_SHARE = 0.2


def written_with_marks(folded_case: str, bare: str | None = None) -> bool:
    """Whether a ``fold_case`` text is written with diacritics (then a bare word is meant bare); ``bare`` is
    its `afold` when already made."""
    if folded_case.isascii():
        return False
    words = folded_case.split()
    marked = sum(w != b for w, b in zip(words, (bare or afold(folded_case)).split(), strict=False))
    return marked >= MARKED_SHARE * len(words)


def same_text(actual: str, expected: str) -> bool:
    """Equality for Form answers: case-insensitive; diacritics count unless one side has none."""
    a_fc, e_fc = fold_case(actual), fold_case(expected)
    if a_fc == e_fc:
        return True
    a_f, e_f = afold(a_fc), afold(e_fc)
    if a_f != e_f:
        return False
    return compatible(a_fc, a_f, e_fc) or compatible(e_fc, e_f, a_fc)


# Mail clients wrap plain text at 66-78 characters (Thunderbird and Apple Mail send format=flowed, a soft break
# after a trailing space; others break hard): a line at least this long that ends without a stop, or ends in a
# space, goes on in the next line, unless that line stands on its own: up to four words opening with a capital
# and ending without a stop (a signature, "Nguyễn Văn An", a name alone, a heading).
WRAPPED = 60
_STOPS = (".", "!", "?", ":", ";", "…")
# A wrapped line ending in a kinship word or honorific goes on with the name it announces, even a short
# capitalised line ("… Em\nHạnh 0352 871 960", "LH thầy\nBình 0978 …"); bare "ba" (three), "co" (có) and "thay"
# (replace) are no such word.
_KIN_LAST = [[w] for w in "em chị anh cháu ông bà cô chú bác thầy chi chau ong chu bac".split()]
# ... but not "các anh chị", "quý cô chú" (the people addressed), nor before a closing line ("Trân trọng,").
_MANY_BEFORE_KIN = ("các", "quý", "cac", "quy")
# A line opening on a field of a contact block ("Hộ khẩu thường trú: số 71 …", "HKTT: …", "ĐC: …", "Điện thoại: …")
# starts a field of its own even under a full line without a stop ("Chỗ ở hiện nay: phòng 2 …, khu tập thể X").
_FIELD_OPENS = re.compile(r"(?:địa chỉ|dia chi|đc|dc|hộ khẩu|ho khau|hktt|thường trú|thuong tru|tạm trú|tam tru|chỗ ở|cho o"
                          r"|nơi (?:ở|cư trú|thường trú|tạm trú)|noi (?:o|cu tru|thuong tru|tam tru)|điện thoại|dien thoai"
                          r"|đt|dt|sđt|sdt|email)(?:\s[^\W\d_]+){0,3}\s?:")
_CLOSING_OPENS = re.compile(r"(?:trân trọng|tran trong|kính thư|kinh thu|thân|than|xin cảm ơn|xin cam on|cảm ơn|cam on"
                            r"|kính chào|kinh chao|kính gửi|kinh gui)(?!\w)")


def _goes_on(line: str, following: str) -> bool:
    folded = fold_case(line)
    head = following.strip()
    # a full line ending a sentence, then one going on in lower case: a wrapped letter's sentence break, not a
    # paragraph ("... va cham.\ntoi da gui tin nhan ...")
    if len(folded) >= WRAPPED and folded.endswith(_STOPS) and head[:1].islower():
        return True
    if not (line.endswith(" ") or (len(folded) >= WRAPPED and not folded.endswith(_STOPS))):
        return False
    if head[:1].isupper() and _FIELD_OPENS.match(fold_case(head)):
        return False  # "…, khu tập thể Văn Chương\nHộ khẩu thường trú: số 71 …": the next field of a contact block
    words = folded.split()
    if words[-1:] in _KIN_LAST and head[:1].isupper() and not _CLOSING_OPENS.match(fold_case(head)) \
            and not any(w in _MANY_BEFORE_KIN for w in words[-3:-1]):
        return True  # "… mà đừng nói là em báo. Em\nHạnh 0352 …": the name a kinship word announces
    return not (head[:1].isupper() and len(head.split()) <= 4 and not head.endswith((*_STOPS, ")")))


def unwrap(raw: str) -> str:
    """``raw`` with each line break a mail client made inside a sentence turned into a space: the same length,
    so a position in it is one in ``raw``. Patterns ("mặt trận") and the learned model's word pairs then read a
    wrapped letter as they read it unwrapped, and so do the privacy detectors ("bà\nHường", "số\n7"); a
    paragraph's own line break stays."""
    if "\n" not in raw:
        return raw
    lines = raw.split("\n")
    return "".join(line + (" " if i < len(lines) - 1 and _goes_on(line, lines[i + 1]) else "\n")
                   for i, line in enumerate(lines))[:len(raw)]
