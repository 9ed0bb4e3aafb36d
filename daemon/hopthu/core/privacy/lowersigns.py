"""Names typed the way people type on a phone (for the pipeline): a lower-case signature at a letter's end, a short
honorific before a lower-case given name, an account holder's name in lower case.

- the writer's name alone on one of the last lines, often in lower case and without marks, in the shapes the other
  detectors do not read: after a closing line ("tks", "Em cảm ơn", "Kính thư,"), after "Thân," or "ng phản ánh:" on
  the same line, beside the phone's marker ("linh [số điện thoại]", "vy, tổ 12, [số điện thoại]"), after a dash at
  the very end ("—Ngân (mẹ bé …)", "… kiểm tra. - t.hoa [số điện thoại]"), before a nickname's full form
  ("bin - nguyen gia bao");
- a lower-case given name after the one-letter honorifics "a" (anh) and "c" (chị), where what follows reads as a
  person's ("nhà a tuấn có", "c lan sát bên", "c hoa bán tạp hóa"): "a" is also the unmarked "ạ", so the word after
  must be a given name and the word after it one that follows a person;
- the holder after "tên chủ tài khoản", "chủ tk", "tên tk" in lower case ("tran van tu"): a surname first.

Pure, no I/O; it imports nothing of hopthu: `privacy/__init__.py` hands it the fold (one character for one) and
the word lists. Common words stay: every word of a name must be a name's word, and the closing words themselves
("cảm ơn", "tks", "trân trọng") never are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)
Fold = Callable[[str], str]

_PHONE = "[so dien thoai]"
# A closing line, folded and whole: "tks", "tks ạ", "Em cảm ơn", "xin cảm ơn nhiều!", "Kính thư,", "thanks phuong".
_CLOSING = re.compile(
    r"(?:xin |em |toi |chau |minh |con )?(?:chan thanh )?(?:cam on|thanks?|tks|thks|thank you|kinh thu|than ai"
    r"|tran trong)(?: (?:a|nhieu|phuong|p|ah|ak|nha|nhe|ad|moi nguoi|ca nha|cac anh|cac chi))*[ \t]*[.!,]*"
)
# A name's line, folded: a lead (a dash, a closing or a label on the same line, a short honorific), the name (one to
# four words, the first may be an initial with a dot: "t.hoa"), then a tail of markers, groups and brackets. The line
# is read from its first non-blank character; no two runs of blanks or dashes stand side by side with nothing
# between them (possessive runs), so a failing line is read in linear time.
_LINE = re.compile(
    r"(?P<lead>(?P<dash>[-—–]{1,4}[ \t]*+)?(?P<cue>(?:than|tks|thanks|kinh thu|tran trong)(?:[ \t]*+[,.])?[ \t]++"
    r"|(?:ng|nguoi)[ \t](?:phan anh|gui|viet|gop y|kien nghi)[ \t]*+:[ \t]*+)?"
    r"(?P<honour>(?:em|e|chi|c|anh|a|co|chu|bac|ba|ong|chau|me|di|cau|o)[ \t])?)"
    r"(?P<name>[a-z]{1,7}(?:\.[a-z]{2,7})?(?:[ \t][a-z]{1,7}){0,3})"
    r"(?P<tail>(?:(?:[ \t]++(?:[-—–,][ \t]*+)?|[-—–,][ \t]*+)(?:\[so dien thoai\]|to[ \t]\d{1,2}|tdp(?:[ \t]so)?[ \t]\d{1,2}"
    r"|\([^()\n]{0,40}\)|(?:sdt|dt)[ \t]?:?[ \t]?\[so dien thoai\])"
    r"|[ \t]*+[-—–,][ \t]*+[a-z]{1,7}(?:[ \t][a-z]{1,7}){1,3})*[ \t]*+(?:[.!]++[ \t]*+)?)"
)
_OTHER_NAME = re.compile(r"[-—–,][ \t]*([a-z]{1,7}(?:[ \t][a-z]{1,7}){1,3})")
_NOT_NAME = frozenset("cam on tks thanks thank xin tran trong kinh than gui nha nhe a ah ak ad ok oke em anh "
                      "to tdp so sdt dt p ko khong va voi cua ma la ba ong co chu bac chau me di cau dong cong".split())
_NOT_FIRST = frozenset({"chi"})
_NOT_AFTER_THAN = frozenset("men chao thuong ai".split())  # "Thân mến!", "Thân chào", "Thân ái": closings, no names
_LONGEST = 120  # a signature's line is short: longer ones are not read (and the pattern stays linear on them)
# Where a signature may start inside a line (a mail client's wrap joins "… kiểm tra.\nng phản ánh: hằng" and
# "tks\nlinh" into one line): after a sentence's end, or after a closing ("… anh Toàn ạ. tks tùng (cháu bà X)").
_SENTENCE_END = re.compile(r"[.!?][ \t]+")
_CLOSING_END = re.compile(r"(?:^|(?<=[.!?,])[ \t]*)" + _CLOSING.pattern + r"\Z")  # "… anh Toàn ạ. tks\ntùng"
_CLOSING_IN = re.compile(r"(?<![a-z])(?:tks|thks|thanks?|thank you|kinh thu|tran trong|cam on (?:a|ak|ah|nhieu))"
                         r"(?: (?:a|nhieu|phuong|p|ah|ak|nha|nhe|ad))*[ \t]*[.!,]*[ \t]+")


def _lines(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line."""
    spans, start = [], 0
    for line in folded.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def signed_lower_names(text: str, fold: Fold, name_word: Container[str]) -> list[Span]:
    """Spans of the writer's name on one of the last three lines (see the module's text); `name_word` holds the
    folded words a name is made of (syllables, given names, surnames)."""
    folded = fold(text)
    lines = _lines(folded)
    candidates = []  # (line index, start, end, after a closing)
    for i in range(max(0, len(lines) - 3), len(lines)):
        start, end = lines[i]
        before = folded[lines[i - 1][0]:lines[i - 1][1]].strip() if i > 0 else ""
        candidates.append((i, start, end, bool(_CLOSING_END.search(before))))
        candidates += [(i, m.end(), end, False) for m in _SENTENCE_END.finditer(folded, start, end)]
        candidates += [(i, m.end(), end, True) for m in _CLOSING_IN.finditer(folded, start, end)]
    found = []
    for i, start, end, closed in candidates:
        line = folded[start:end]
        start, end = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        if end - start > _LONGEST:
            continue
        m = _LINE.fullmatch(folded, start, end)
        if m is None:
            continue
        words = m.group("name").replace(".", " ").split()
        if m.group("cue") and m.group("cue").startswith("than") and words[0] in _NOT_AFTER_THAN:
            continue
        if "phương" not in text[m.start("name"):m.start("name") + 6].lower() and "phuong" in words:
            continue  # "phường" and the unmarked "phuong" are the ward; "phương thảo" is a name
        if any(w in _NOT_NAME for w in words) or not all(w in name_word or len(w) == 1 and k == 0
                                                        for k, w in enumerate(words)):
            continue
        if words[0] in _NOT_FIRST or len(words[0]) == 1 and "." not in m.group("name"):
            continue  # a lone letter opens no name but an initial ("t.hoa")
        if not all(all(w in name_word for w in o.split()) for o in _OTHER_NAME.findall(m.group("tail"))):
            continue
        original = text[m.start("name"):m.end("name")]
        if original.isupper() and len(original) > 3:
            continue  # names in capitals are read elsewhere
        if closed and not original.islower():
            continue  # "Cảm ơn anh Vũ.", "Kính thư\nÔng X": thanks to someone, or a name the others read
        after_short = all(b - a <= 60 for a, b in lines[i + 1:])
        cued = closed or bool(m.group("cue")) or _PHONE in m.group("tail") \
            or bool(m.group("dash")) and i == len(lines) - 1
        if cued and after_short:
            found.append(m.span("name"))
    return found


# "a"/"c" then a lower-case given name, then a word that follows a person ("nha a tuan nha ben canh", "c hoa bán").
_SHORT_HONOUR = re.compile(
    r"(?:(?<=\s)|^)(?:a|c)[ \t]([a-z]{2,6})(?=[ \t](?:nha|voi|va|co|bi|ban|sat|o|lam|bao|noi|di|dang|cung|thi|con|vo|chong)"
    r"(?!\w)|[ \t]?[,)])"
)
_NOT_AFTER_A = frozenset("nam hai ba bon tu sau bay tam chin muoi mot chi anh em oi ay nay kia minh".split())
# An official: "c hương ở bộ phận một cửa", "tổ trưởng tdp 5 là a cường", "a tuấn, cskv phường" keep their names.
_ROLE_NEAR = re.compile(r"(?<![a-z])(?:to truong|to pho|cskv|csgt|can bo|cong an|mot cua|phuong|ubnd|uy ban|chu tich"
                        r"|dia chinh|tu phap|truong thon|truong khu pho)(?![a-z])")
# A lower-case holder after the account's owner: "tên chủ tài khoản tran van tu", "chu tk: nguyen thi mai".
_HOLDER = re.compile(r"(?<!\w)(?:ten\s)?(?:chu\s)?(?:tai khoan|tk)(?:\sla|\s?:)?\s([a-z]{2,6}(?:\s[a-z]{1,6}){1,3})(?!\w)")


def short_honour_names(text: str, fold: Fold, given: Container[str]) -> list[Span]:
    """Spans of lower-case given names after "a"/"c" (see the module's text); `given` holds folded given names.
    The letter itself must be a bare "a"/"c" ("ạ mình" is a polite particle and the writer), and no official's role
    may stand within 30 characters of the name."""
    folded = fold(text)
    found = []
    for m in _SHORT_HONOUR.finditer(folded):
        word = text[m.start(1):m.end(1)]
        if text[m.start()] not in "ac" or not word.islower() or m.group(1) not in given or m.group(1) in _NOT_AFTER_A:
            continue
        if _ROLE_NEAR.search(folded, max(0, m.start() - 30), m.start()) or _ROLE_NEAR.search(folded, m.end(1), m.end(1) + 30):
            continue
        found.append(m.span(1))
    return found


def holder_names(text: str, fold: Fold, surnames: Container[str], name_word: Container[str]) -> list[Span]:
    """Spans of an account holder's lower-case full name (a surname first, every word a name's)."""
    folded = fold(text)
    found = []
    for m in _HOLDER.finditer(folded):
        words = m.group(1).split()
        if text[m.start(1):m.end(1)].islower() and words[0] in surnames and all(w in name_word for w in words[1:]):
            found.append(m.span(1))
    return found


# The owner after "ông chủ là", "bà chủ là" (the others read "chủ quán là X", "ông chủ tên là X"): "Ong chu la Binh".
_OWNER = re.compile(r"(?<!\w)(?:ong|ba|anh|chi|co|chu) chu la ([a-z]{1,7}(?: [a-z]{1,7}){0,3})(?!\w)")


def owner_names(text: str, fold: Fold, name_word: Container[str]) -> list[Span]:
    """Spans of a capitalised name after "ông chủ là" (every word capitalised and a name's word)."""
    folded = fold(text)
    found = []
    for m in _OWNER.finditer(folded):
        if text[m.start(1) - 3].isupper() and not text[m.start() : m.start(1)].isupper():
            continue  # "có chú Lã Văn Quý": "Lã" is a surname, not "là" after "cô chủ" (all upper case: "BÀ CHỦ LÀ HOA")
        words, folded_words = text[m.start(1):m.end(1)].split(), m.group(1).split()
        n = 0
        while n < len(words) and words[n][:1].isupper() and folded_words[n] in name_word:
            n += 1
        if n:
            found.append((m.start(1), m.start(1) + len(" ".join(words[:n]))))
    return found
