"""What a writer hid from a word filter, and what they only quote: the text the abuse cues read. Pure, no I/O.

An abusive writer who knows the words are watched disguises them: letters repeated ("nguuuu", "bòòò"),
spaced or dotted apart ("n g u", "c.h.ó m.á"), digits for letters ("b0n c4n b0", "4n h4i"). `unmask` undoes
these so that the abuse cues (`core.abusive`) meet the word itself; a whole sentence spaced or dotted letter by
letter ("c h ế t h ế t đ i", "b.ọ.n.c.á.n.b.ộ") is cut back into the words the cues know. A citizen who reports what was said to
them ("anh cán bộ quát tôi 'đồ ngu, về đi'", "hàng xóm chửi tôi là đồ chó") is complaining, not abusing:
`unquote` blanks the reported words so that the cues do not take them for the writer's own.

Every pattern here is linear (tests/test_linear_regex.py): single characters, bounded repeats and
look-arounds of one character, never a group repeated inside a repeat.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from hopthu.core.textnorm import written_with_marks

_LETTER = r"[^\W\d_]"
#: Three or more of the same letter: no Vietnamese word has them ("vậyyyy" → "vậy").
_ELONGATED = re.compile(r"(" + _LETTER + r")\1{2,}")
#: Single letters, each standing alone, joined by one space, dot, hyphen or underscore, the same all along:
#: "n g u", "c.h.ó", "đ-m". Two spaces or another separator end a run: "đ ồ  c h ó" is "đồ chó", "c.h.ó m.á"
#: is "chó má".
_SPACED = re.compile(r"(?<!\w)" + _LETTER + r"([ .\-_])" + _LETTER + r"(?!\w)(?:\1" + _LETTER + r"(?!\w))*")
_SEPARATORS = re.compile(r"[ .\-_]")
#: A word that mixes letters and digits ("b0n", "h4i", "d3o", "5uc"); digits standing for letters are read back.
_MIXED = re.compile(r"(?<!\w)(?=\w*" + _LETTER + r")(?=\w*[01345])\w{2,12}(?!\w)")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s"})
#: A word masked with stars: "th*ng", "đ*o", "l*n", "v*l", "đ**", "m*" (the masking shows the writer knew).
MASKED_WORD = re.compile(
    r"(?<![\w*])(?:" + _LETTER + r"{1,3}\*{1,3}" + _LETTER + r"{1,3}|[đdclmvb]\*{1,3})(?![\w*])")


#: Longest run of spaced letters cut into words (a sentence); a longer one is only joined.
SEGMENT_LIMIT = 200
#: Longest word looked for (letters: "nghiêng", "thuyền").
_WORD_LETTERS = 7


def segment(letters: str, words: Collection[str]) -> str:
    """`letters` (one run, no spaces) cut into the fewest `words` (case-folded), or as it is when more
    than a quarter of its letters belong to none: "chếthếtđi" → "chết hết đi"."""
    low = letters.casefold()
    n = len(low)
    if n > SEGMENT_LIMIT or n != len(letters) or low in words:
        return letters
    # best[i]: (letters in no word, pieces) for letters[:i]; its last piece starts at start[i], a word or not
    best: list[tuple[int, int]] = [(0, 0)] + [(n + 1, n + 1)] * n
    start, known = [0] * (n + 1), [False] * (n + 1)
    for i in range(1, n + 1):
        unknown, count = best[i - 1]
        best[i], start[i], known[i] = (unknown + 1, count + 1), i - 1, False
        for size in range(1, min(_WORD_LETTERS, i) + 1):
            if low[i - size:i] in words and (best[i - size][0], best[i - size][1] + 1) < best[i]:
                best[i], start[i], known[i] = (best[i - size][0], best[i - size][1] + 1), i - size, True
    if best[n][0] * 4 > n:
        return letters
    pieces: list[str] = []
    i, glued = n, False
    while i > 0:  # from the end; letters in no word stay glued to each other
        piece = letters[start[i]:i]
        if not known[i] and glued:
            pieces[-1] = piece + pieces[-1]
        else:
            pieces.append(piece)
        glued, i = not known[i], start[i]
    return " ".join(reversed(pieces))


_NEXT_WORD = re.compile(_LETTER + r"+")


def _initials(m: re.Match[str], words: Collection[str]) -> bool:
    """Capitals dotted apart right before a capitalised word, dot and all: a name's initials ("Đ.M.Khải",
    "N.V.Hùng" signing a letter), not a swear word dotted apart ("Đ.M.Bọn …": a word of the cues follows)."""
    text, end = m.string, m.end()
    if not (m.group(1) == "." and m.group(0).isupper() and text[end : end + 1] == "."
            and text[end + 1 : end + 2].isupper() and text[end + 2 : end + 3].islower()):
        return False
    after = _NEXT_WORD.match(text, end + 1)
    return after is not None and after.group(0).casefold() not in words


def _unspace(m: re.Match[str], words: Collection[str] = ()) -> str:
    if _initials(m, words):
        return m.group(0).replace(".", " ")  # kept apart, and no longer dotted like "đ.m"
    joined = _SEPARATORS.sub("", m.group(0))
    return segment(joined, words) if words and len(joined) > 4 else joined


def _unleet(m: re.Match[str]) -> str:
    word = m.group(0)
    # a code or a quantity ("A4", "12A", "3m", "C10"): letters on one side only, or mostly digits
    if sum(ch.isdigit() for ch in word) * 2 > len(word) or word[0].isdigit() and word[-1].isdigit():
        return word
    return word.translate(_LEET)


#: Animal emoji that stand for the word after a contemptuous head ("là con 🐷", "lũ 🐶 ăn hại", "con 🐍 độc"):
#: read as the word, so the insult cues see it. Alone ("🐶 sủa cả đêm") the word is as harmless as the emoji.
_EMOJI_WORDS = {"🐷": "lợn", "🐖": "lợn", "🐶": "chó", "🐕": "chó", "🐍": "rắn", "🐀": "chuột", "🐁": "chuột",
                "🐒": "khỉ", "🐵": "khỉ", "🐄": "bò", "🐮": "bò", "🔪": "dao"}
_EMOJI = re.compile("(" + "|".join(_EMOJI_WORDS) + r")\1*")


def unmask(text: str, words: Collection[str] = ()) -> str:
    """`text` with repeated, spaced-apart and digit-for-letter disguises undone (same case and marks); a
    long spaced run is cut into `words` (case-folded) where it can be; animal emoji read as their word."""
    text = _EMOJI.sub(lambda m: f" {_EMOJI_WORDS[m.group(1)]} ", text)
    text = _ELONGATED.sub(r"\1", text)
    text = _SPACED.sub(lambda m: _unspace(m, words), text)
    return _MIXED.sub(_unleet, text)


#: Words quoted between quotation marks, on one line, at most 200 characters.
_QUOTED = re.compile(r"['\"“‘«]([^'\"“”‘’«»\n]{1,200})['\"”’»]")
#: Someone else's words reported just before a quotation (folded): "quát tôi", "nhắn", "đã nói với mẹ
#: tôi", "kêu gọi", "những câu như". Not the writer's own: "tôi nói thẳng '…'" stays the writer's; but "đứng trước
#: cửa nhà tôi chửi '…'" is someone else at the writer's door.
_SPEECH = re.compile(
    r"(?<!\w)(?:(?<!toi )(?<!tao )(?<!tui )|(?<=nha toi )|(?<=cua toi )|(?<=nha tui ))"
    r"(?:noi|nhan|nhan tin|quat|chui|doa|de doa|ham doa|bao|viet|dang bai|dang len|keu goi|tuyen bo|van tuc|chui tuc|cau|rang|ghi|ghi ro)(?!\w)")
#: Verbs of shouting or singing someone else's words, with their marks (bare, "hét" is "hết", "la" is "là", "hát"
#: is "hạt"): "khách say hét 'đ.m'", "tụi nhỏ hát mấy bài rap la 'chém chết …'", "gào lên '…'", "cán bộ gắt lên
#: 'đồ ngu …'" ("gắt" is "gạt", "mắng" is "mang"; "gắt" also opens "gắt lên", "gắt gỏng").
_SPEECH_MARKED = re.compile(r"(?<!\w)(?<!tôi )(?<!tao )(?<!tui )(?:hét|la|la lối|hát|gào|thét|rống|hô|văng|gắt|mắng|nạt)(?!\w)")
SPEECH_WINDOW = 50
#: What stands between two quotations of one list (folded): a comma, "và", "hay", "rồi", "rồi còn".
_LISTED = re.compile(r"[\s,;]{0,3}(?:(?:va|hay|hoac|roi|roi con|con)[\s,]{1,2})?")
#: An insult or a slander reported by the person it was aimed at (folded): "chửi tôi là …", "gọi mẹ tôi là …",
#: "vu cho tôi là …", "bị mắng là …", "bị các bạn trong lớp gọi là …", up to the end of the sentence; also aimed at
#: others the writer speaks for: "(ông tổ trưởng) chửi bà con là đồ ngu".
_CALLED = re.compile(
    r"(?<!\w)(?:(?:chui|mang|goi|bao|noi|vu|vu cho|vu khong|don|gan cho|bia ra)\s(?:(?:(?:bo|me|vo|chong|con|ca nha"
    r"|gia dinh)\s)?(?:toi|em|chau|chung toi)|ba con|nguoi dan|moi nguoi|ca xom|hang xom|khach|cac cu|ba cu|ong cu"
    r"|(?:ong|ba|anh|chi|co|chu) (?:ay|ta|kia))|bi (?:\w+ ){0,5}?(?:chui|mang|goi|vu|don|noi))\s(?:la|rang)\s[^.!?\n]{0,120}")


def unquote(folded: str, marked: str) -> str:
    """`marked` (case-folded; `folded` is its accent-free form, same length) with someone else's reported
    words blanked: a quotation just after a verb of speech, and "chửi tôi là …"."""
    strict = written_with_marks(marked, folded)  # bare, the shouting verbs are other words
    spans: list[tuple[int, int]] = []
    last = -1  # where the last reported quotation ended
    for m in _QUOTED.finditer(folded):
        # the next quotation of a list after a reported one: "nhắn những câu như '…', '…' và '…'"
        if _SPEECH.search(folded, max(0, m.start() - SPEECH_WINDOW), m.start()) \
                or strict and _SPEECH_MARKED.search(marked, max(0, m.start() - SPEECH_WINDOW), m.start()) \
                or last >= 0 and _LISTED.fullmatch(folded, last, m.start()):
            spans.append(m.span(1))
            last = m.end()
    spans += [m.span() for m in _CALLED.finditer(folded)]
    if not spans:
        return marked
    chars = list(marked)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
