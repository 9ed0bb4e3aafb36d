"""Names of private people: the writer's self-introduction and signature, relatives, neighbours,
victims, the private person a letter complains about. Pure, no I/O.

Rules rather than a statistical model (see README, "Personal data"): a name is
- what follows a self-introduction ("Tôi là …", "tên tôi là …", "em la …", "Người viết: …", "họ tên: …");
- a short line among the last lines of a letter that looks like a name (a signature: "Trân trọng,\\nX");
- one to four capitalised words after an honorific or kinship word ("chị Lan", "bác Tư", "cháu Minh",
  "ông Nguyễn Văn An", "thang Cuong", "Mr Hưng") or after "mang tên / chủ tài khoản / tên";
- a bare full name shaped like a Vietnamese one: a known surname, then one to three capitalised
  syllables, the second a usual middle name or three syllables in all ("Trần Thị Sen", "TRAN MINH
  QUAN"), and in lower case ("nguyen thi thu") when the second syllable is a middle name.
What stays: officials named in their public role ("Chủ tịch UBND phường Trần Văn Bình", "tổ trưởng
TDP 5 ông Lê Văn Cường", "CSKV Đỗ Minh Tuấn") and later short references to them ("ông Bình"); public
places named after people ("đường Trần Phú", "trường THCS Chu Văn An", "phố Hoàng Hoa Thám").
The writer is never an official for this purpose: a self-introduction is always removed.
"""

from __future__ import annotations

import bisect
import re

from hopthu.core.privacy.base import Span, clause_before, fold_same_length, merge
from hopthu.core.privacy.namewords import (
    FAMOUS,
    GIVEN_LOWER,
    HONORIFICS,
    LOWER_FIRST,
    LOWER_MIDDLE,
    LOWER_MIDDLE_MARKED,
    LOWER_SURNAMES,
    LOWER_SURNAMES_MARKED,
    MIDDLE,
    NOT_AFTER_HOUSE,
    NOT_LISTED,
    SURNAMES,
)

# Whole words of letters: "PD" in a code "PD0300112233" is no word.
_WORD = re.compile(r"(?<!\w)[^\W\d_]{1,20}(?:-[^\W\d_]{1,20})?(?!\w)")

# Capitalised words after an honorific that begin a role, a body or a place, not a name
# ("ông Chủ tịch", "chị Mặt trận", "bà Tổ trưởng"); matched on the folded text from that word on.
_NOT_A_NAME = re.compile(
    r"(?:mat tran|uy ban|ubnd|mttq|hdnd|phuong\b|tdp\b|chu tich|pho chu tich|to truong|to pho|can bo|bi thu|"
    r"hieu truong|truong ban|truong tram|bac si|cong an|giam doc|viet nam|ban\b|dang uy|doan\b|hoi\b)"
)


def _lower_name_shape(words: list[str], introduced: bool = False, titled: bool = False) -> bool:
    """Lower-case words (as written) shaped like a full name: surname, middle name, one or two more.
    After "tôi là" (introduced) any surname will do: the lead-in already says a name follows. After a
    title ("bà luc thi nhung") too, but then every word after the surname must be a name syllable:
    "ong tu van vien" is "ông tư vấn viên"."""
    if not 3 <= len(words) <= 4:
        return False
    first, second = words[0].lower(), words[1].lower()
    if introduced or titled:  # "tôi là trinh bao ngoc", "bà luc thi nhung": any surname, any name syllable after it
        if fold_same_length(first) not in SURNAMES or first == "ta":  # "bà ta thì nói": a pronoun
            return False
        rest = words[1:] if titled else words[1:2]
        return all(w.lower() in _NAME_SYLLABLES if w.isascii() else w.lower() in LOWER_MIDDLE_MARKED | GIVEN_LOWER
                   for w in rest)
    if first.isascii() and second.isascii():
        return first in LOWER_SURNAMES and second in LOWER_MIDDLE
    return first in LOWER_SURNAMES_MARKED and second in LOWER_MIDDLE_MARKED


# A public place named after a person: the word before the name. Folded where the folded word
# is unambiguous, with diacritics where folding collides ("chợ"/"cho", "cầu"/"cau", "đình"/"đinh").
# A place word right before the name, on the same line ("phường\n\nBà X" is no place).
_PLACE_BEFORE = re.compile(
    r"(?:duong|pho|ngo|ngach|hem|truong|tieu hoc|thcs|thpt|ptth|mam non|cong vien|benh vien|nga ba|nga tu|"
    r"giao|toa|chung cu|khach san|nha van hoa|tap the|ben xe|tuyen|quang truong|cong ty|sieu thi|khu|ao lang|lang) ?\Z"
)
_PLACE_BEFORE_MARKED = re.compile(r"(?:chợ|cầu|(?<!gia )đình|chùa|đền|quận|huyện|tỉnh|làng|kênh|xã|thôn|phường|hẻm|phố|đường) ?\Z")
# A public role right after a name: "anh X bên phòng kinh tế", "chị Y ở Trung tâm phục vụ hành chính công".
_ROLE_AFTER = re.compile(
    r"\s?,?\s?(?:ben|o|cua|thuoc|tai|la)?\s?(?:phong (?:kinh te|van hoa|tu phap|tai nguyen)|ubnd|uy ban|cong an phuong|"
    r"trung tam phuc vu|tram y te|dia chinh|can bo|(?:pho )?chu tich|to truong|bi thu|hieu truong|bo phan mot cua|mot cua|"
    r"(?:pho )?truong (?:tram|ban|phong|cong an|khu pho)|"
    r"cong an khu vuc|canh sat khu vuc)"
)
# A public role right before a name makes it an official's ("… là anh" may sit between).
_ROLE = re.compile(
    r"(?:chu tich|to truong|to pho|truong ban|truong tram|truong cong an|truong phong|pho phong|can bo|"
    r"canh sat|cskv|bac si|y si|hieu truong|hieu pho|bi thu|dong chi|d/c|dia chinh|tiep nhan|"
    r"chanh van phong|truong thon|cong chuc|vien chuc|chi huy|doi truong|"
    r"dai ta|thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy)\b[^.;\n]{0,30}$"
)
# Roles of private bodies: a parents' association, a company, a builder are no public office.
_PRIVATE_ROLE = re.compile(r"phu huynh|cha me hoc sinh|cong ty|doanh nghiep|chu dau tu|chu nha|chu quan|hop tac xa")
_KIN_BEFORE_ROLE = re.compile(
    r"\b(?:vo|chong|con|me|bo|cha|em gai|em trai|anh trai|chi gai)\s(?:cua\s|ong\s|ba\s)?\S*\s?"
    r"(?:chu tich|to truong|can bo|bi thu|giam doc)"
)
# "mang tên X", "chủ tài khoản X", "họ tên: X", "tên X": whatever follows is a person's name.
_NAMED_AS = re.compile(r"(?:mang ten|chu tai khoan|chu tk|ten|ho ten|ho va ten)\s?:?\s?$")
# Kinship without an honorific: "Con tôi Huy", "chồng tôi là …", "con gái tôi: …".
_KIN = re.compile(r"(?:con|vo|chong|me|bo|cha|chau|em|anh|chi)(?:\s(?:trai|gai|noi|ngoai|ruot|ho))?\s(?:toi|em|minh) ?(?:la |: ?|, ?)?$")
# Self-introductions and signature lead-ins (folded).
_INTRO = re.compile(
    r"(?:\b(?:toi|tui|em|minh|chung toi|chau|e|mk|mik)\s(?:ten la|ten|la)|\bten\s?:|\bky\s?:"
    r"|\bten\s(?:toi|em|minh)\s(?:la)|\bho\s(?:va\s)?ten\s?:|"
    r"\bnguoi\s(?:gop y|phan anh|viet|gui|lam don|ky ten|de nghi|to cao|khieu nai|lien he|dai dien)(?:\s(?:don|thu))?\s?:?"
    r"|\bky ten\s?:?)\s?$"
)
# Lead-ins after which only a capitalised name is taken ("Phụ huynh Mạc Văn Toàn", "Thay mặt …,\nX").
_INTRO_CAPITAL = re.compile(r"(?:\bphu huynh|\bthay mat\s[^\n,]{0,25},?|(?:^|[.!?:\n]\s?)toi\s?,)\s?$")
# A closing on the same line as the name that ends the letter: "Cảm ơn, Ngọc Anh", "Chào thân ái, Tuấn", "-- Tùng".
_CLOSING = re.compile(r"(?:\b(?:cam on|than ai|tran trong|kinh thu)(?:\sa)?\s?[,!.]|^-{1,2}|\n-{1,2})\s?$")
# A verb of meeting or telling right before a capitalised word: "gặp Toàn", "bảo Hưng", "chửi Tý"
# (matched on the lower-cased text, diacritics kept: folded "hoi" would also be "hội"); "nhờ Khôi", "đưa Nhi".
_VERB = re.compile(r"\b(?:gặp|bảo|nhắc|hỏi|gọi|nói với|chửi|mắng|đánh|nhờ|nhắn|đưa|kêu|rủ|thấy|dặn|gap|bao|nhac|hoi|goi|noi voi|chui|mang"
                   r"|danh|nho|nhan|dua|keu)\s$")
# A noun for a person or a household right before a capitalised word: "ba bạn trẻ Lâm", "học sinh Khoa",
# "hộ Nhẫn", "gia đình Tâm", "nhà Lan Hương" (lower-cased text, diacritics kept: "hộ" is not "hồ").
_PERSON_NOUN = re.compile(
    r"(?<!\w)(?:bạn(?: trẻ| nhỏ)?|thanh niên|học sinh|sinh viên|cậu bé|cô bé|cháu bé|em bé|bạn học|hàng xóm|hộ|gia đình|nhà"
    r"|ban tre|ban nho|thanh nien|hoc sinh|sinh vien|cau be|co be|chau be|em be|ban hoc|hang xom|gia dinh)\s$"
)  # without diacritics only the two-word forms: "ban", "ho", "nha" alone are also "Ban", "hồ", "nhà Văn hóa"
# In a list of people ("Lâm, Đạt và Khoa", "hộ ông Phát, hộ bà Mơ"): what joins two names, and the
# capitalised words that begin a role or a place instead ("chị Hoa, Trạm y tế", "ông Bình và Ban …").
_LIST_JOIN = re.compile(r"\s?,\s?|\s(?:và|va|với|voi|hoặc|hoac)\s")
# Abbreviations written in capitals where a name could stand ("con tôi HC số …" is a passport).
_ABBREVIATIONS = frozenset("hc cccd cmnd sdt dt stk tk gplx bhyt bhxh ubnd tdp mttq".split())
# Capitalised words that follow such verbs and are no names.
_NOT_AFTER_VERB = frozenset("zalo facebook tong dai hotline email ban ba ong anh chi em co chu bac".split())
# Words that begin a place when written first in a capitalised run ("Đường Nguyễn Văn Cừ", "PHO KIM DONG").
_PLACE_WORDS = frozenset("đường phố ngõ ngách hẻm chợ cầu".split())
_PLACE_WORDS_FOLDED = frozenset("duong pho ngo ngach hem".split())
# Two capitalised words shaped like a name that are common words ("PHAN ANH" is "phản ánh").
_NOT_NAMES = frozenset({"phan anh", "thong tin", "tran trong"})
# Lower-case short names after a kinship word ("bà hoa", "bac tu", "cháu minh", "anh khải"): only usual
# given names (GIVEN_LOWER), only after kinship words that are no pronoun of the writer ("em", "con" are
# left out), and only when what follows ends the name (a pause, or a word like "ở", "nhà", "bán", "bị"): "cô thu tiền" stays.
_LOWER_KIN = frozenset("bà ông chị anh bác cô chú cụ cháu bé thằng dì cậu mợ thím ba ong chi bac co chu cu chau be thang di cau".split())
_AFTER_LOWER_NAME = frozenset(
    "ở o nhà nha hàng hang bán ban bị bi đã da là la và va cũng cung hay thì thi mới moi vẫn đang dang "
    "con vợ vo chồng chong xe ôm om gác gac bảo bao nói noi kể ke sống song với voi".split()
)
_INTRO_SKIP = HONORIFICS | frozenset("sinh viên vien là la".split())
# Lower-case words that end a lower-case name run, or show it was no name at all.
_LOWER_STOP = frozenset(
    "o so nha sinh dien sdt dt tdp hoi la cu chu me con vo chong phu tuoi nguoi dan can cong "
    "giao bo ba ong nen khong da co rat chi moi mot ban the va nhung vi hoc cung muon "
    "xin o tro ben mat gui chao kinh lien zalo email".split()
)
_SIGN_SKIP = re.compile(
    r"(?:tran trong|xin|kinh|cam on|chuc|thay mat|tdp|to dan|dien thoai|dt\b|sdt|email|zalo|uy ban|ubnd|"
    r"mttq|dia chi|chao|nguoi|ban |ha noi|luu kiem|ngay|phuong |tb|p\.s|ps\b|https?|www|than,|thanks?\b|regards|best\b|tks\b)"
)


def _lead_in_ends(pattern: re.Pattern[str], folded: str) -> set[int]:
    """Where a lead-in pattern (written as "… $", ending right before a name) ends in the whole text:
    one linear scan per text instead of a search before every word."""
    unanchored = _UNANCHORED.get(pattern)
    if unanchored is None:
        unanchored = _UNANCHORED[pattern] = re.compile(pattern.pattern.removesuffix("$"))
    ends = {m.end() for m in unanchored.finditer(folded)}
    return ends | {e + 1 for e in ends if folded[e : e + 1] in _QUOTES}  # a name in quotes: tên "Hải Béo"


_QUOTES = frozenset("\"'“‘«")


_UNANCHORED: dict[re.Pattern[str], re.Pattern[str]] = {}


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _adjacent(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """b follows a with one space only (a name never spans punctuation or a line break)."""
    return b[0] == a[1] + 1 and text[a[1]] == " "


def _cap_run(text: str, toks: list[tuple[int, int, str]], i: int, limit: int = 4) -> int:
    """How many capitalised words, from toks[i], form one run (0 if toks[i] is not capitalised)."""
    n = 0
    while i + n < len(toks) and n < limit and _is_cap(toks[i + n][2]):
        if n and not _adjacent(text, toks[i + n - 1], toks[i + n]):
            break
        if n >= 2 and toks[i + n][2].isupper() and fold_same_length(toks[i + n][2]) in _LOWER_STOP:
            break  # "TOI LA TRAN MINH QUANG O SO 25": "O" (ở) ends the name
        n += 1
    return n


def _lower_run(text: str, folded: str, toks: list[tuple[int, int, str]], i: int, limit: int = 4) -> int:
    n = 0
    while i + n < len(toks) and n < limit:
        word = folded[toks[i + n][0] : toks[i + n][1]]
        if _is_cap(toks[i + n][2]) or word in _LOWER_STOP:
            break
        if n and not _adjacent(text, toks[i + n - 1], toks[i + n]):
            break
        n += 1
    return n


def _is_official(folded: str, start: int, officials: set[str], words: list[str], end: int = -1) -> bool:
    if words and words[-1] in officials:
        return True
    if end >= 0 and _ROLE_AFTER.match(folded, end):
        return True
    before = clause_before(folded, start, 70)
    role = _ROLE.search(before)
    if role is None:
        return False
    return not _KIN_BEFORE_ROLE.search(before) and not _PRIVATE_ROLE.search(before[role.start() :])


def _is_place(text: str, folded: str, start: int, words: list[str]) -> bool:
    if " ".join(words) in FAMOUS:
        return True
    return bool(_PLACE_BEFORE.search(folded[max(0, start - 20) : start])
                or _PLACE_BEFORE_MARKED.search(text[max(0, start - 20) : start].lower()))


def find_names(text: str) -> list[Span]:
    folded = fold_same_length(text)
    toks = _tokens(text)
    spans: list[Span] = []
    officials: set[str] = set()
    private: set[str] = set()  # given names of private people met so far: a later role word never makes them officials
    lines_end = _signature_zone(text)
    intro_ends = _lead_in_ends(_INTRO, folded)
    capital_intro_ends = _lead_in_ends(_INTRO_CAPITAL, folded)
    last_line = text.rstrip().rfind("\n")
    closing_ends = {e for e in _lead_in_ends(_CLOSING, folded) if e > last_line}
    named_ends = _lead_in_ends(_NAMED_AS, folded)
    kin_ends = _lead_in_ends(_KIN, folded)
    lowered = text.lower() if len(text.lower()) == len(text) else ""
    verb_ends = _lead_in_ends(_VERB, lowered) if lowered else set()
    noun_ends = _lead_in_ends(_PERSON_NOUN, lowered) if lowered else set()
    i = 0
    while i < len(toks):
        start, end, word = toks[i]
        low = word.lower()
        intro = start in intro_ends
        if not (intro or word[0].isupper() or low in HONORIFICS or low in LOWER_FIRST or start in capital_intro_ends
                or start in noun_ends or folded[start:end] in SURNAMES):
            i += 1  # most words: nothing can start here
            continue
        if intro or start in capital_intro_ends:
            j = i
            while j < len(toks) and toks[j][2].lower() in _INTRO_SKIP and j - i < 2:
                j += 1
            n = _cap_run(text, toks, j) if j < len(toks) else 0
            if n and not _NOT_A_NAME.match(folded, toks[j][0]):
                spans.append((toks[j][0], toks[j + n - 1][1]))
                private.add(folded[toks[j + n - 1][0] : toks[j + n - 1][1]])
                i = j + n
                continue
            n = _lower_run(text, folded, toks, j) if intro and j < len(toks) else 0
            if n and _plausible_lower_name(text, folded, toks[j : j + n]):
                spans.append((toks[j][0], toks[j + n - 1][1]))
                i = j + n
                continue
        # 1b. A name closing the letter on the closing's line: "Cảm ơn, Ngọc Anh".
        if start in closing_ends and _is_cap(word):
            n = _cap_run(text, toks, i)
            last = toks[i + n - 1][1]
            if n <= 4 and not text[last:].strip(" .!") or text[last:last + 1] == "\n":
                if not _NOT_A_NAME.match(folded, start) and not _SIGN_SKIP.match(folded[start:]):
                    titled = n >= 2 and low in HONORIFICS and (low != folded[start:end] or low not in SURNAMES)  # "Chú Tư": the title stays
                    spans.append((toks[i + 1][0] if titled else start, last))
                    i += n
                    continue
        # 2. Honorific or kinship word, then capitalised words.
        if low in HONORIFICS and i + 1 < len(toks) and _adjacent(text, toks[i], toks[i + 1]):
            n = _cap_run(text, toks, i + 1)
            words = [folded[t[0] : t[1]] for t in toks[i + 1 : i + 1 + n]]
            if n and not _NOT_A_NAME.match(folded, toks[i + 1][0]):
                first, last = toks[i + 1][0], toks[i + n][1]
                with_prev = ([folded[toks[i - 1][0] : toks[i - 1][1]]] if i else []) + [folded[start:end]] + words
                if " ".join(with_prev) in FAMOUS or " ".join(with_prev[1:]) in FAMOUS:  # "Hai Bà Trưng"
                    pass
                elif words[-1] not in private and _is_official(folded, start, officials, words, last):
                    officials.update(words)
                elif not (_is_place(text, folded, start, words) or _is_place(text, folded, first, words)):
                    spans.append((first, last))
                    private.add(words[-1])
                i += 1 + n
                continue
        # 2b. A kinship word, then a usual given name in lower case that ends there: "bà hoa bán bún".
        if low in _LOWER_KIN and i + 1 < len(toks) and _adjacent(text, toks[i], toks[i + 1]):
            nxt = toks[i + 1]
            name = nxt[2]
            if name.islower() and name in GIVEN_LOWER and _ends_lower_name(text, toks, i + 1) \
                    and not _is_official(folded, start, officials, [folded[nxt[0] : nxt[1]]], nxt[1]):
                spans.append((nxt[0], nxt[1]))
                i += 2
                continue
        # 3. "mang tên X", "chủ tài khoản X", "Con tôi X": the next capitalised words are a name.
        if _is_cap(word) and (start in named_ends or start in kin_ends) and folded[start:end] not in _ABBREVIATIONS:
            n = _cap_run(text, toks, i)
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            if not _NOT_A_NAME.match(folded, start) and not _is_official(folded, start, officials, words):
                spans.append((start, toks[i + n - 1][1]))
                i += n
                continue
        # 3b. A verb of meeting or telling, then one capitalised word that is no role or place: "gặp Toàn".
        if start in verb_ends and _is_cap(word) and not word.isupper() and low not in _NOT_AFTER_VERB:
            n = _cap_run(text, toks, i)
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            if (n == 1 or (n <= 4 and words[0] in SURNAMES)) and not _NOT_A_NAME.match(folded, start) \
                    and not _is_official(folded, start, officials, words, toks[i + n - 1][1]) \
                    and not _is_place(text, folded, start, words):
                spans.append((start, toks[i + n - 1][1]))
                private.add(words[-1])
                i += n
                continue
        # 3c. A noun for a person or a household, then capitalised words: "bạn trẻ Lâm", "hộ Nhẫn", "nhà Lan Hương".
        if start in noun_ends and _is_cap(word) and not word.isupper() and low not in _NOT_AFTER_VERB \
                and not (low in NOT_AFTER_HOUSE or low in NOT_LISTED):
            n = _cap_run(text, toks, i, 3)
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            if not _NOT_A_NAME.match(folded, start) and " ".join(words) not in FAMOUS \
                    and not _is_official(folded, start, officials, words, toks[i + n - 1][1]) \
                    and not _is_place(text, folded, start, words):
                spans.append((start, toks[i + n - 1][1]))
                private.add(words[-1])
                i += n
                continue
        # 4. A bare full name shaped like a Vietnamese one.
        if _is_cap(word) and low in _PLACE_WORDS:
            i += 1  # "Đường Nguyễn Văn Cừ": the next words are read with the place word before them
            continue
        if _is_cap(word) and folded[start:end] in SURNAMES:
            n = _cap_run(text, toks, i)
            if any(toks[i + k][0] in intro_ends for k in range(1, n)):
                i += 1  # "TOI LA HOANG THI MEN": "LA" is "là", the name starts after it
                continue
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            upper = all(t[2].isupper() for t in toks[i : i + n])
            if n >= 2 and words[0] in _PLACE_WORDS_FOLDED and any(" ".join(words[1:k]) in FAMOUS for k in range(2, n + 1)):
                i += n  # "PHO KIM DONG": a street
                continue
            if n >= 2 and (n >= 3 and not upper or words[1] in MIDDLE) and " ".join(words) not in _NOT_NAMES \
                    and not _NOT_A_NAME.match(folded, toks[i + 1][0]):
                if words[-1] not in private and _is_official(folded, start, officials, words, toks[i + n - 1][1]):
                    officials.update(words)
                elif _is_place(text, folded, start, words):
                    pass
                else:
                    spans.append((start, toks[i + n - 1][1]))
                    private.add(words[-1])
                i += n
                continue
        # 5. A lower-case full name: surname, a middle name, one or two more syllables.
        after_title = i > 0 and toks[i - 1][2] in HONORIFICS and _adjacent(text, toks[i - 1], toks[i])
        if not _is_cap(word) and (folded[start:end] in LOWER_SURNAMES or after_title and folded[start:end] in SURNAMES):
            n = _lower_run(text, folded, toks, i)
            if n == 2 and folded[toks[i + 1][0] : toks[i + 1][1]] in ("thi", "van") and i + 2 < len(toks) \
                    and _adjacent(text, toks[i + 1], toks[i + 2]) and folded[toks[i + 2][0] : toks[i + 2][1]] in _NAME_SYLLABLES:
                n = 3  # "luc thi nhung": after "Thị" a name syllable that is also a common word ("nhung")
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            if _lower_name_shape([t[2] for t in toks[i : i + n]], titled=after_title) and " ".join(words) not in FAMOUS:
                if not _is_place(text, folded, start, words) and not _is_official(folded, start, officials, words):
                    spans.append((start, toks[i + n - 1][1]))
                i += n
                continue
        # 6. A signature: a short name-shaped line among the last lines.
        if start >= lines_end and _line_start(text, start) and _is_cap(word) \
                and (not _SIGN_SKIP.match(folded[start:]) or word == "Phương"):  # "Phương Thảo" signs, "Phường" does not
            n = _cap_run(text, toks, i)
            last = toks[i + n - 1][1]
            rest = text[last : last + 3]
            shaped = not word.isupper() or folded[start:end] in SURNAMES  # "THÔNG CỐNG NGHẸT - …" is a title
            if n and shaped and (not rest or rest[0] in "\n,(-–" or rest.startswith((" -", " (", " –", " ,"))) \
                    and (not _NOT_A_NAME.match(folded, start) or (low != "phường" and folded[start:end] == "phuong")):  # "Phương", not "Phường"
                titled = n >= 2 and low in HONORIFICS and (low != folded[start:end] or low not in SURNAMES)  # "Chú Tư": the title stays
                spans.append((toks[i + 1][0] if titled else start, last))
                i += n
                continue
        i += 1
    # Every other occurrence of a private full name found above (a repeated signature, "Sen" later).
    seen = {text[s:e] for s, e in spans if " " in text[s:e]}
    for name in seen:
        pos = text.find(name)
        while pos >= 0:
            spans.append((pos, pos + len(name)))
            pos = text.find(name, pos + 1)
    spans += _listed_after(text, folded, toks, spans, officials)
    spans += _given_names_again(text, folded, toks, spans, officials)
    return spans


def _listed_after(text: str, folded: str, toks: list[tuple[int, int, str]], spans: list[Span],
                  officials: set[str]) -> list[Span]:
    """Names listed after a private person's name: "Lâm, Đạt và Khoa", "Thuận, Khôi": one capitalised
    word (not in capitals, not before another capitalised word) after a comma, "và", "với" or "hoặc"."""
    starts = {t[0]: k for k, t in enumerate(toks)}
    found: list[Span] = []
    taken = set(spans)
    todo = sorted(taken)
    while todo:
        _, end = todo.pop()
        join = _LIST_JOIN.match(text, end)
        k = starts.get(join.end()) if join else None
        if k is None:
            continue
        s, e, word = toks[k]
        if (s, e) in taken or not _is_cap(word) or word.isupper() or word.lower() in NOT_LISTED or fold_same_length(word) in officials:
            continue
        after = text[e : e + 6]
        if not (after[:1] in ("", ",", ".", ";", ":", "!", "?", ")", "\n", "-") or _LIST_JOIN.match(text, e)
                or (k + 1 < len(toks) and _adjacent(text, toks[k], toks[k + 1]) and toks[k + 1][2].lower() in _AFTER_LOWER_NAME)):
            continue  # "Lâm, Đạt và Khoa đã …": a pause, a join or a verb follows; "Tôi là X, Việt kiều" is no list
        if _NOT_A_NAME.match(folded, s) or word.lower() in HONORIFICS or _is_place(text, folded, s, [folded[s:e]]):
            continue
        taken.add((s, e))
        found.append((s, e))
        todo.append((s, e))
    return found


def _given_names_again(text: str, folded: str, toks: list[tuple[int, int, str]], spans: list[Span],
                       officials: set[str]) -> list[Span]:
    """A private person's given name standing alone elsewhere ("anh Bùi Quang Huy …, số của Huy là …",
    "gặp Toàn …, Toàn bảo kệ"): capitalised, not written in capitals, not next to another capitalised
    word ("Hà Nội", "Hoa Sen" stay), not an official's name and not after a place word."""
    given = set()
    for s, e in spans:
        last = text[s:e].split()[-1] if text[s:e].split() else ""
        if len(last) >= 2 and _is_cap(last) and not last.isupper() and _WORD.fullmatch(last) \
                and fold_same_length(last) not in _LOWER_STOP | _NOT_AFTER_VERB | {"toi", "minh"}:
            given.add(last)
    if not given:
        return []
    covered = merge(spans)
    found = []
    for k, (start, end, word) in enumerate(toks):
        if word not in given or fold_same_length(word) in officials or _inside(covered, start):
            continue
        if k and _adjacent(text, toks[k - 1], toks[k]) and _is_cap(toks[k - 1][2]):
            continue
        if k + 1 < len(toks) and _adjacent(text, toks[k], toks[k + 1]) and _is_cap(toks[k + 1][2]):
            continue
        if _is_place(text, folded, start, [folded[start:end]]):
            continue
        found.append((start, end))
    return found


def _inside(spans: list[Span], pos: int) -> bool:
    """Whether pos lies in one of the merged, sorted spans."""
    k = bisect.bisect_right(spans, pos, key=lambda span: span[0]) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _ends_lower_name(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """The word toks[k] ends a name: punctuation or the end follows, or a word that cannot continue one."""
    end = toks[k][1]
    if end >= len(text) or text[end] in ",.;:!?)\n-":
        return True
    if k + 1 < len(toks) and _adjacent(text, toks[k], toks[k + 1]):
        return toks[k + 1][2].lower() in _AFTER_LOWER_NAME
    return False


def _plausible_lower_name(text: str, folded: str, toks: list[tuple[int, int, str]]) -> bool:
    """After "tôi là": a full name in lower case, or one given name standing alone ("toi la thanh o so 19")."""
    if len(toks) == 2 and all(fold_same_length(t[2]) in _NAME_SYLLABLES for t in toks):
        return _ends_lower_name(text, [*toks], 1)  # "em la ngoc anh, sv năm 2": two given-name syllables, then a pause
    if len(toks) >= 2:
        return _lower_name_shape([t[2] for t in toks], introduced=True)
    after = folded[toks[0][1] : toks[0][1] + 4]
    return len(toks[0][2]) >= 2 and (after == "" or after[:1] in ",.\n-(" or after.startswith((" o ", " so", " - ", " (", " 0")))


_NAME_SYLLABLES = MIDDLE | frozenset(fold_same_length(w) for w in GIVEN_LOWER)


def _line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos].strip() in ("", "Em", "em", "Phụ huynh", "phụ huynh")


def _signature_zone(text: str) -> int:
    """Where the last four non-empty lines begin (never the first line: that is a greeting or a title)."""
    ends = [m.start() for m in re.finditer(r"\n", text.rstrip())]
    starts = [p + 1 for p in ends if text[p + 1 : p + 2].strip()]
    if not starts:
        return len(text) + 1
    return starts[-4] if len(starts) >= 4 else starts[0]
