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

# Whole words of letters: "PD" in a code "PD0300112233" is no word.
_WORD = re.compile(r"(?<!\w)[^\W\d_]{1,20}(?:-[^\W\d_]{1,20})?(?!\w)")

SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly luu dao doan dinh lam mai "
    "trinh truong cao ha ta luong vuong kieu phung trieu chu ton giap quach lo kim chu lac man kha hua "
    "mac nghiem khuc au pho ninh quan bach la thai tang tu to khong diep dam dong luc ma nong ong than "
    "vien vi hau be sam lai tieu thach banh lieu nhu quang khuat ung tong van".split()
)
MIDDLE = frozenset(
    "van thi duc huu quoc ngoc dinh xuan thanh minh gia cong bao kim thu hong quang dang tuan nhu tan "
    "trung bich mai thuy dieu nu that hoai khanh hai viet phuong anh ba".split()
)
# Capitalised words after an honorific that begin a role, a body or a place, not a name
# ("ông Chủ tịch", "chị Mặt trận", "bà Tổ trưởng"); matched on the folded text from that word on.
_NOT_A_NAME = re.compile(
    r"(?:mat tran|uy ban|ubnd|mttq|hdnd|phuong\b|tdp\b|chu tich|pho chu tich|to truong|to pho|can bo|bi thu|"
    r"hieu truong|truong ban|truong tram|bac si|cong an|giam doc|viet nam|ban\b|dang uy|doan\b|hoi\b)"
)
# In lower case a name must look like one beyond doubt: a common surname and a usual middle name,
# spelled with their diacritics, or with none at all ("đô thị", "tư vấn", "phản ánh" are no names).
LOWER_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao doan dinh lam trinh truong "
    "cao ha luong vuong kieu quach giap chu ton tang".split()
)
LOWER_SURNAMES_MARKED = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn đinh lâm trịnh trương "
    "cao hà lương vương kiều quách giáp chu tôn tăng".split()
)
_LOWER_FIRST = LOWER_SURNAMES | LOWER_SURNAMES_MARKED
LOWER_MIDDLE = frozenset("van thi duc huu quoc ngoc dinh xuan thanh minh gia cong thu hong quang dang kim".split())
LOWER_MIDDLE_MARKED = frozenset("văn thị đức hữu quốc ngọc đình xuân thanh minh gia công thu hồng quang đăng kim".split())


def _lower_name_shape(words: list[str], introduced: bool = False) -> bool:
    """Lower-case words (as written) shaped like a full name: surname, middle name, one or two more.
    After "tôi là" (introduced) any surname will do: the lead-in already says a name follows."""
    if not 3 <= len(words) <= 4:
        return False
    first, second = words[0].lower(), words[1].lower()
    if first.isascii() and second.isascii():
        return first in (SURNAMES if introduced else LOWER_SURNAMES) and second in LOWER_MIDDLE
    return first in LOWER_SURNAMES_MARKED and second in LOWER_MIDDLE_MARKED
# Honorific and kinship words, written as people write them (lower-cased original, diacritics kept).
HONORIFICS = frozenset(
    "ông bà anh chị em cháu bác cô chú cụ bé thằng thg con mụ mẹ dì cậu mợ thím má mr ms mrs "
    "ong ba chi chau bac co chu cu be thang mu di cau mo".split()
)
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
    r"trung tam phuc vu|tram y te|dia chinh|can bo|chu tich|to truong|bi thu|hieu truong|bo phan mot cua|mot cua|"
    r"cong an khu vuc|canh sat khu vuc)"
)
# Historical figures streets and schools are named after, when the street word is left out.
FAMOUS = frozenset({
    "tran phu", "le loi", "hoang hoa tham", "nguyen du", "phan boi chau", "ly thuong kiet", "ngo quyen",
    "tran hung dao", "le quy don", "chu van an", "to hien thanh", "nguyen trai", "kim dong", "bach dang",
    "le nin", "hai ba trung", "quang trung", "nguyen hue", "ly thai to", "le duan", "vo thi sau",
    "nguyen thi minh khai", "hung vuong", "tran quoc toan", "ton duc thang", "nguyen van cu", "pham ngu lao",
    "nguyen chi thanh", "ho tung mau", "xuan thuy", "ho chi minh", "vo nguyen giap", "phan dinh phung",
    "nguyen thai hoc", "dinh tien hoang", "ly nam de", "tran nhan tong", "le thanh tong", "nguyen luong bang",
    "luu kiem", "ton that thuyet", "phan chu trinh", "huynh thuc khang", "le van luong", "truong chinh",
})
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
_KIN = re.compile(r"(?:con|vo|chong|me|bo|cha|chau|em|anh|chi)(?:\s(?:trai|gai|noi|ngoai|ruot|ho))?\s(?:toi|em|minh) ?(?:la |: ?)?$")
# Self-introductions and signature lead-ins (folded).
_INTRO = re.compile(
    r"(?:\b(?:toi|tui|em|minh|chung toi|chau|e|mk|mik)\s(?:ten la|ten|la)|\bten\s?:|\bky\s?:"
    r"|\bten\s(?:toi|em|minh)\s(?:la)|\bho\s(?:va\s)?ten\s?:|"
    r"\bnguoi\s(?:gop y|phan anh|viet|gui|lam don|ky ten|de nghi|to cao|khieu nai)\s?:?|\bky ten\s?:?)\s?$"
)
# Lead-ins after which only a capitalised name is taken ("Phụ huynh Mạc Văn Toàn", "Thay mặt …,\nX").
_INTRO_CAPITAL = re.compile(r"(?:\bphu huynh|\bthay mat\s[^\n,]{0,25},?)\s?$")
# A closing on the same line as the name that ends the letter: "Cảm ơn, Ngọc Anh", "Chào thân ái, Tuấn", "-- Tùng".
_CLOSING = re.compile(r"(?:\b(?:cam on|than ai|tran trong|kinh thu)(?:\sa)?\s?[,!.]|^-{1,2}|\n-{1,2})\s?$")
# A verb of meeting or telling right before a capitalised word: "gặp Toàn", "bảo Hưng", "chửi Tý"
# (matched on the lower-cased text, diacritics kept: folded "hoi" would also be "hội").
_VERB = re.compile(r"\b(?:gặp|bảo|nhắc|hỏi|gọi|nói với|chửi|mắng|đánh|gap|bao|nhac|hoi|goi|noi voi|chui|mang|danh)\s$")
# Capitalised words that follow such verbs and are no names.
_NOT_AFTER_VERB = frozenset("zalo facebook tong dai hotline email ban ba ong anh chi em co chu bac".split())
# Words that begin a place when written first in a capitalised run ("Đường Nguyễn Văn Cừ", "PHO KIM DONG").
_PLACE_WORDS = frozenset("đường phố ngõ ngách hẻm chợ cầu".split())
_PLACE_WORDS_FOLDED = frozenset("duong pho ngo ngach hem".split())
# Two capitalised words shaped like a name that are common words ("PHAN ANH" is "phản ánh").
_NOT_NAMES = frozenset({"phan anh", "thong tin", "tran trong"})
# Lower-case short names after a kinship word ("bà hoa", "bac tu", "cháu minh"): only usual given names,
# only after kinship words that are no pronoun of the writer ("anh", "em", "con" are left out), and only
# when what follows ends the name (a pause, or a word like "ở", "nhà", "bán", "bị"): "cô thu tiền" stays.
_LOWER_KIN = frozenset("bà ông chị bác cô chú cụ cháu bé thằng dì cậu mợ thím ba ong chi bac co chu cu chau be thang di cau".split())
GIVEN_LOWER = frozenset(
    "lan hoa hoà hòa tư tu minh hùng hung mai hạnh hanh nga tâm tam bình binh hải hai sơn son long nam thu thủy thuy "
    "hương huong linh trang ngọc ngoc dũng dung tuấn tuan phương phuong hà thơ tho quang thanh cường "
    "cuong đức duc hằng hang yến yen loan liên lien nhung hồng hong vân xuân xuan tám sáu bảy "
    "tý tí tèo teo nụ thoa thảo thao huệ hue cúc cuc đào dao quyên quyen hậu hau lộc loc phúc phuc".split()
)
_AFTER_LOWER_NAME = frozenset(
    "ở o nhà nha hàng hang bán ban bị bi đã da là la và va cũng cung hay thì thi mới moi vẫn đang dang "
    "con vợ vo chồng chong xe ôm om gác gac bảo bao nói noi kể ke sống song".split()
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
    r"mttq|dia chi|chao|nguoi|ban |ha noi|luu kiem|ngay|phuong |tb|p\.s|ps\b|https?|www|than,)"
)


def _lead_in_ends(pattern: re.Pattern[str], folded: str) -> set[int]:
    """Where a lead-in pattern (written as "… $", ending right before a name) ends in the whole text:
    one linear scan per text instead of a search before every word."""
    unanchored = _UNANCHORED.get(pattern)
    if unanchored is None:
        unanchored = _UNANCHORED[pattern] = re.compile(pattern.pattern.removesuffix("$"))
    return {m.end() for m in unanchored.finditer(folded)}


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
    verb_ends = _lead_in_ends(_VERB, text.lower()) if len(text.lower()) == len(text) else set()
    i = 0
    while i < len(toks):
        start, end, word = toks[i]
        low = word.lower()
        intro = start in intro_ends
        if not (intro or word[0].isupper() or low in HONORIFICS or low in _LOWER_FIRST or start in capital_intro_ends):
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
                    spans.append((start, last))
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
        if _is_cap(word) and (start in named_ends or start in kin_ends):
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
        # 4. A bare full name shaped like a Vietnamese one.
        if _is_cap(word) and low in _PLACE_WORDS:
            i += 1  # "Đường Nguyễn Văn Cừ": the next words are read with the place word before them
            continue
        if _is_cap(word) and folded[start:end] in SURNAMES:
            n = _cap_run(text, toks, i)
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
        if not _is_cap(word) and folded[start:end] in LOWER_SURNAMES:
            n = _lower_run(text, folded, toks, i)
            words = [folded[t[0] : t[1]] for t in toks[i : i + n]]
            if _lower_name_shape([t[2] for t in toks[i : i + n]]) and " ".join(words) not in FAMOUS:
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
                spans.append((start, last))
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
    spans += _given_names_again(text, folded, toks, spans, officials)
    return spans


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
