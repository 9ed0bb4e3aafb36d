"""The word-level helpers the name detector (names.py) reads a name by: tokens, capitalised and lower-case
runs, public places named after people (the words before them are in placecues.py), names beside a phone, the
names no cue leads to (`nickname_candidates`: "Hai Lộc", "Tuấn Sún", a nickname in quotes) and names written in
lower case ("bà hoa bán bún", "vợ tôi (mai)", "ten la hai beo"). The lead-in and role patterns are in leadins.py.
Pure, no I/O; it imports only leadins, namewords, placecues and textnorm, which import nothing of hopthu (the
import chain from the service stays within its budget).
"""

from __future__ import annotations

import re

from hopthu.core.privacy.leadins import FOR_NOT_MARKET, KIN, LIST_JOIN, NOT_A_NAME, SIGN_SKIP
from hopthu.core.privacy.namewords import (
    FAMOUS,
    GIVEN_LOWER,
    HONORIFICS,
    LOWER_MIDDLE,
    LOWER_MIDDLE_MARKED,
    LOWER_SURNAMES,
    LOWER_SURNAMES_MARKED,
    MIDDLE,
    NOT_LISTED,
    SHOUTED_NO_NAME,
    SHOUTED_SECOND_STOP,
    SURNAMES,
)
from hopthu.core.privacy.placecues import CROSSING, PLACE_BEFORE, PLACE_BEFORE_MARKED, STRETCH_AFTER
from hopthu.core.textnorm import fold

# Whole words of letters: "PD" in a code "PD0300112233" is no word.
# An apostrophe inside a word belongs to it: Ede and Jarai names ("H'Ben", "Ksor H’Lan").
WORD = re.compile(r"(?<!\w)[^\W\d_]{1,20}(?:[\-'’][^\W\d_]{1,20})?(?!\w)")

def lower_name_shape(words: list[str], introduced: bool = False, titled: bool = False) -> bool:
    """Lower-case words (as written) shaped like a full name: surname, middle name, one or two more.
    After "tôi là" (introduced) any surname will do: the lead-in already says a name follows. After a
    title ("bà luc thi nhung") too, but then every word after the surname must be a name syllable:
    "ong tu van vien" is "ông tư vấn viên"."""
    if not 3 <= len(words) <= 4:
        return False
    first, second = words[0].lower(), words[1].lower()
    if introduced or titled:  # "tôi là trinh bao ngoc", "bà luc thi nhung": any surname, any name syllable after it
        if fold(first) not in SURNAMES or first == "ta":  # "bà ta thì nói": a pronoun
            return False
        rest = words[1:] if titled else words[1:2]
        return all(w.lower() in NAME_SYLLABLES if w.isascii() else w.lower() in LOWER_MIDDLE_MARKED | GIVEN_LOWER
                   for w in rest)
    if first.isascii() and second.isascii():
        return first in LOWER_SURNAMES and second in LOWER_MIDDLE
    return first in LOWER_SURNAMES_MARKED and second in LOWER_MIDDLE_MARKED


# Words before "do thi" written without diacritics that make it "đô thị" (urban), not "Đỗ Thị …": "khu đô thị",
# "trật tự đô thị", "vệ sinh đô thị", "kiểu đô thị", "quản lý đô thị", "chỉnh trang đô thị", "quy hoạch đô thị".
BEFORE_DO_THI = frozenset("khu kieu tu sinh ly trang hoach song moi cac nhu lop thanh vung tuyen".split())
# Words before a lower-case "do" that make it "đó" (there, then), not the surname "Đỗ": "ở đó hỏng cả tháng", "lúc đó".
BEFORE_DO_THAT = frozenset("o luc khi hom sau truoc tai trong".split())
# Abbreviations written in capitals where a name could stand ("con tôi HC số …" is a passport).
ABBREVIATIONS = frozenset("hc cccd cmnd sdt dt stk tk gplx bhyt bhxh ubnd tdp mttq".split())
# Capitalised words that follow such verbs and are no names.
NOT_AFTER_VERB = frozenset("zalo facebook tong dai hotline email ban ba ong anh chi em co chu bac mr ms mrs".split())
# Words that begin a place when written first in a capitalised run ("Đường Nguyễn Văn Cừ", "PHO KIM DONG").
PLACE_WORDS = frozenset("đường phố ngõ ngách hẻm chợ cầu".split())
PLACE_WORDS_FOLDED = frozenset("duong pho ngo ngach hem".split())
# Two capitalised words shaped like a name that are common words ("PHAN ANH" is "phản ánh").
# Words a lower-case name run may begin with that are no name ("hướng dẫn tôi làm thủ tục", "các hộ gia đình",
# "đoàn thanh niên phường"). Only where a person is hardly ever so named: "luong huu thanh" may be Lương Hữu
# Thành, "doan thanh tra" Đoàn Thanh Trà, so "lương hưu", "đoàn thanh tra" written without marks go as names.
NOT_NAMES = frozenset({"phan anh", "thong tin", "tran trong", "lam thu tuc", "ho gia dinh", "doan thanh nien", "dang thi cong"})
# Lower-case short names after a kinship word ("bà hoa", "bac tu", "cháu minh", "anh khải"): only usual
# given names (GIVEN_LOWER), only after kinship words that are no pronoun of the writer ("em", "con" are
# left out; nor "di", which is "đi" as often: "đi tù"), and only when what follows ends the name (a pause,
# or a word like "ở", "nhà", "bán", "bị"): "cô thu tiền" stays.
LOWER_KIN = frozenset("bà ông chị anh bác cô chú cụ cháu bé thằng thg dì cậu mợ thím ba ong chi bac co chu cu chau be thang cau".split())
AFTER_LOWER_NAME = frozenset(
    "ở o nhà nha hàng hang bán ban bị bi đã da là la và va cũng cung hay thì thi mới moi vẫn đang dang "
    "con vợ vo chồng chong xe ôm om gác gac bảo bao nói noi kể ke sống song với voi cuối cuoi đầu đi di "
    "còn đều deu cùng chưa chua ạ nè nhé chạy chay khóc khoc trốn tron tối toi đối doi để de tổ".split()  # "hai cháu Tẹo và Bờm còn nhỏ"
)
INTRO_SKIP = HONORIFICS | frozenset("sinh viên vien là la giáo giao thầy".split())
# Lower-case words that end a lower-case name run, or show it was no name at all.
LOWER_STOP = frozenset(
    "o so nha sinh dien sdt dt tdp hoi la cu chu me con vo chong phu tuoi nguoi dan can cong "
    "giao bo ba ong nen khong da co rat chi moi mot ban the va nhung vi hoc cung muon "
    "xin o tro ben mat gui chao kinh lien zalo email bi a".split()  # "a": "ạ" ("chau ten la hoa a, …")
)
def lead_in_ends(pattern: re.Pattern[str], folded: str) -> set[int]:
    """Where a lead-in pattern (written as "… $", ending right before a name) ends in the whole text:
    one linear scan per text instead of a search before every word."""
    unanchored = UNANCHORED.get(pattern)
    if unanchored is None:
        unanchored = UNANCHORED[pattern] = re.compile(pattern.pattern.removesuffix("$"))
    ends = {m.end() for m in unanchored.finditer(folded)}
    return ends | {e + 1 for e in ends if folded[e : e + 1] in QUOTES}  # a name in quotes: tên "Hải Béo"


QUOTES = frozenset("\"'“‘«")


UNANCHORED: dict[re.Pattern[str], re.Pattern[str]] = {}


def tokens(text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), m[0]) for m in WORD.finditer(text)]  # (a third faster than start(), end(), group(0))


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def adjacent(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """b follows a with one space only (a name never spans punctuation or a line break)."""
    return b[0] == a[1] + 1 and text[a[1]] == " "


def cap_run(text: str, toks: list[tuple[int, int, str]], i: int, limit: int = 4) -> int:
    """How many capitalised words, from toks[i], form one run (0 if toks[i] is not capitalised)."""
    n = 0
    while i + n < len(toks) and n < limit and is_cap(toks[i + n][2]):
        if n and not adjacent(text, toks[i + n - 1], toks[i + n]):
            break
        if n >= 2 and toks[i + n][2].isupper() and (fold(toks[i + n][2]) in LOWER_STOP
                                                    or toks[i + n][2].lower() in LOWER_STOP_MARKED):
            break  # "TOI LA TRAN MINH QUANG O SO 25": "O" (ở) ends the name
        if n == 1 and toks[i + n][2].isupper() and fold(toks[i + n][2]) in SHOUTED_SECOND_STOP:
            break  # "BA SEN BI TANG HUYET AP": "BI" (bị) ends a short name in a shouted text
        n += 1
    return n


# Common words with their marks that never continue a name of three syllables ("âu văn sỹ tự ý chặt").
LOWER_STOP_MARKED = frozenset("tự bị đã đang ở là có và thì mà cũng vẫn không hay nên sẽ được đi về ra vào".split())


def lower_run(text: str, folded: str, toks: list[tuple[int, int, str]], i: int, limit: int = 4) -> int:
    n = 0
    while i + n < len(toks) and n < limit:
        word = folded[toks[i + n][0] : toks[i + n][1]]
        if is_cap(toks[i + n][2]) or word in LOWER_STOP or (n >= 2 and toks[i + n][2] in LOWER_STOP_MARKED):
            break
        if n and not adjacent(text, toks[i + n - 1], toks[i + n]):
            break
        n += 1
    return n


_HONORIFIC_BEFORE = re.compile(r"(?<!\w)(?:ong|ba|anh|chi|co|chu|bac|em|con|thang)\s$", re.IGNORECASE)


def is_place(text: str, folded: str, start: int, words: list[str]) -> bool:
    if " ".join(words) in FAMOUS:
        return True
    if len(words) >= 2 and text.startswith("Duong ", start) and STRETCH_AFTER.match(folded, start + len(" ".join(words))) \
            and not _HONORIFIC_BEFORE.search(folded, max(0, start - 8), start):  # "nha ong Duong Van Hai doan gan cho": Mr Dương
        return True  # "Duong Chien Thang doan truoc ho …": a street's stretch, written without marks
    marked = text[max(0, start - 20) : start].lower()
    if marked.endswith(("dượng ", "dượng", "chỉ huy trưởng ", "chỉ huy trưởng")):
        return False  # "dượng Khải" is an uncle: "dượng" folds to "đường" (a street); "chỉ huy trưởng X" is no "trường"
    placed = PLACE_BEFORE.search(folded[max(0, start - 20) : start]) and not FOR_NOT_MARKET.search(marked)
    marked_place = PLACE_BEFORE_MARKED.search(marked)
    if marked_place and marked_place.group(0).rstrip() == "ao" \
            and text[max(0, start - 60) : start + 30].lower() == folded[max(0, start - 60) : start + 30]:
        marked_place = None  # "tum ao Nguyen Van Tuan": with no marks around, "ao" is as likely "áo" (a shirt) as a pond
    return bool(placed or marked_place or CROSSING.search(folded, max(0, start - 45), start))


NAME_SYLLABLES = MIDDLE | frozenset(fold(w) for w in GIVEN_LOWER)


# Words that are no name's first word in a text written in capitals ("CON TRAI TÔI LÀ …": "TRAI TÔI").
NOT_NAME_START_UPPER = frozenset("trai gai toi tui em minh ay no nuoi ruot re dau nguoi mot dan hoc giao nhan".split())
# Initials before a given name: "ông N.V.Hùng", "bà T.T.Mơ" (minutes typed by officers).
INITIALS = re.compile(r"(?:[A-ZĐ]\.\s?){1,3}[A-ZĐÀ-Ỹ][^\W\d_]{0,19}(?!\w)")


# A name right next to a phone number: "gọi [số điện thoại] (Lực).", "[số điện thoại] hung" at the end,
# "[số điện thoại] - Tuấn": one to three capitalised words, or name syllables in lower case, then the line's end.
_NEXT_TO_PHONE = re.compile(
    r"\[so dien thoai\](?:\s?\(|\s?[\-–,]\s?|\s)([^\W\d_]{1,12}(?: [^\W\d_]{1,12}){0,2})\)?\s?[.!]?\s?(?:\n|$)"
)


# ... or right before it, closing the text after a sentence: "Nhờ phường báo giùm. Út Phượng, [số điện thoại]".
_BEFORE_LAST_PHONE = re.compile(
    r"[.!?]\s(?:(?:em|toi|tui|minh|chau|con)\s?[\-–—:]\s?)?"  # "Em - Lợi, [số điện thoại]"
    r"([^\W\d_]{1,12}(?: [^\W\d_]{1,12}){0,2})\s?(?:,|[\-–]|\()\s?\[so dien thoai\]\)?\s?[.!]?\s*$"
)


def next_to_phone(text: str, folded: str) -> list[tuple[int, int]]:
    """Names beside a phone marker (`folded` is the text folded one character for one)."""
    if "[số điện thoại]" not in text:
        return []
    found = []
    for m in (*_NEXT_TO_PHONE.finditer(folded), *_BEFORE_LAST_PHONE.finditer(folded)):
        start, end = m.span(1)
        words = text[start:end].split()
        capitalised = all(is_cap(w) and not w.isupper() for w in words)
        lower = all(w.islower() and fold(w) in NAME_SYLLABLES for w in words)
        if (capitalised or lower) and fold(words[0]) not in NOT_AFTER_VERB | ABBREVIATIONS \
                and not NOT_A_NAME.match(folded, start) and not SIGN_SKIP.match(folded[start:]):
            if len(words) >= 2 and words[0].lower() in HONORIFICS and fold(words[1]) not in ("thi", "van"):
                start += len(words[0]) + 1  # "Cháu Hoàng, [số điện thoại]": the title stays
            found.append((start, end))
    return found


GIVEN_FOLDED = frozenset(fold(w) for w in GIVEN_LOWER)


def one_given_name(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """toks[k] is one capitalised usual given name standing alone: what "cái" (a girl, Northern) takes as a
    name ("cái Mít", "cái Lan"); "cái Tết", "cái UBND" stay."""
    if k >= len(toks) or not adjacent(text, toks[k - 1], toks[k]) or cap_run(text, toks, k) != 1:
        return False
    word = toks[k][2]
    return not word.isupper() and fold(word) in GIVEN_FOLDED


# Honorifics written bare in capitals that are as often another word ("BE" bể, "CU" cũ, "MO" mở, "CAU" cầu): before
# one word in capitals they begin no name.
SHOUTED_NOT_TITLE = frozenset("be cu mo cau".split())
# Birth-order names ("dượng Bảy", "dượng Tư"): without diacritics "duong Bay" is an uncle, not a street.
_BIRTH_ORDER = frozenset("hai ba tu nam sau bay tam chin muoi ut".split())


def unmarked_uncle(text: str, toks: list[tuple[int, int, str]], i: int, marked_text: bool) -> bool:
    """"duong" (dượng written without marks) right before one capitalised birth-order name that a lower-case
    word or a pause follows: "di Tu voi duong Bay cua em". A street is "đường số 7" or has a longer name."""
    if marked_text or toks[i][2] != "duong" or i + 1 >= len(toks) or not adjacent(text, toks[i], toks[i + 1]):
        return False
    word = toks[i + 1][2]
    return is_cap(word) and word[1:].islower() and word.lower() in _BIRTH_ORDER and cap_run(text, toks, i + 1) == 1


# -- names no cue leads to: birth-order names, epithets, quoted nicknames (candidates; names.py drops officials') --

# Birth-order words as a Southern name's first word, with their marks ("Tu", "Nam", "Sau" without them are a
# given name, "Nam" the south, "sau" after): "Hai Lộc", "Ba Tâm", "Năm Hoa", "Út Nhỏ".
BIRTH_ORDER = frozenset("Hai Ba Tư Năm Sáu Bảy Bẩy Tám Chín Mười Út".split())
# Places whose name opens with such a word (folded): "Ba Đình", "Ba Lan", "Bảy Hiền", "Năm Căn".
BIRTH_ORDER_PLACES = frozenset({
    "ba dinh", "ba lan", "ba vi", "bay hien", "ba son", "nam can", "ba to", "ba be", "ba ria", "ba tri", "ba la",
    "ba chieu", "ba mau", "ba trieu", "ba huyen", "hai ba", "ba don", "ba ha", "ba na", "ba thuoc", "ba che",
})
# Epithets people are known by after their given name (as written, with marks: "Bo", "Beo" without them are
# other words): "Tuấn Sún", "Bảo Bò", "Hùng Béo", "Long Sẹo".
EPITHETS = frozenset(
    "sún bò béo lác sẹo khùng mập còi lùn điên móm rỗ chột thọt trọc ròm hói xăm câm què ngáo gầy lé sứt".split()
)
# "gọi nó là "…"", "biệt danh "…"", "tên thường gọi là '…'": what stands in the quotes is a name (folded).
_QUOTED_AFTER = re.compile(
    r"\b(?:goi|biet danh)(?:\s[^\W\d_]{1,8}){0,3}?(?:\sla)?\s?:?\s?[\"“‘']([^\"”’'\n]{2,30})[\"”’']"
)


_QUOTED_NEXT = re.compile(r"\s?(?:,|\s(?:va|voi|hoac|hay))\s?[\"“‘']([^\"”’'\n]{2,30})[\"”’']")


# A business before the words: then they are its sign's name, kept like any sign ("quán bia Tuấn Béo", "tiệm Út Lan").
_SIGN_BEFORE = re.compile(
    r"\b(?:quan|tiem|cua hang|hieu|shop|nha hang|karaoke|ca phe|cafe|bia|lau|nuong|bun|pho|com|xoi|banh|gara|xuong"
    r"|dai ly|nha nghi|khach san|spa|salon|tap hoa|nha tro|day tro)\s\Z"
)


def _two_word_run(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """toks[k] and toks[k + 1] are a capitalised run of exactly two words (not in capitals), none before it."""
    if k + 1 >= len(toks) or cap_run(text, toks, k) != 2 or toks[k + 1][2].isupper():
        return False
    return not (k and adjacent(text, toks[k - 1], toks[k]) and is_cap(toks[k - 1][2]))


def nickname_candidates(text: str, folded: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int, list[str]]]:
    """(start, end, folded words) of each birth-order name, name with an epithet and quoted nickname."""
    found = []
    for k, (start, _, word) in enumerate(toks):
        if not is_cap(word) or not _two_word_run(text, toks, k):
            continue
        second = toks[k + 1][2]
        words = [folded[toks[k][0] : toks[k][1]], folded[toks[k + 1][0] : toks[k + 1][1]]]
        pair = " ".join(words)
        if pair in FAMOUS or is_place(text, folded, start, words) or _SIGN_BEFORE.search(folded, max(0, start - 16), start):
            continue
        if word in BIRTH_ORDER and second not in BIRTH_ORDER and pair not in BIRTH_ORDER_PLACES \
                and (word == "Út" and second.lower() not in NOT_LISTED
                     or words[1] in NAME_SYLLABLES or second.lower() in GIVEN_LOWER):
            found.append((start, toks[k + 1][1], words))
        elif second.lower() in EPITHETS and not second.isascii() and words[0] in NAME_SYLLABLES \
                and word.lower() not in HONORIFICS:  # "Anh Sún": the title stays
            found.append((start, toks[k + 1][1], words))
    if "goi" in folded or "biet danh" in folded:
        for first in _QUOTED_AFTER.finditer(folded):
            m: re.Match[str] | None = first
            while m is not None:
                inner = text[m.start(1) : m.end(1)]
                names = inner.split()
                if not (1 <= len(names) <= 3 and all(is_cap(w) and w.isalpha() for w in names)) \
                        or names[0].lower() in NOT_LISTED or NOT_A_NAME.match(folded, m.start(1)):
                    break
                found.append((m.start(1), m.end(1), m.group(1).split()))  # (folded words)
                m = _QUOTED_NEXT.match(folded, m.end())  # '"Long Cao" và "Hùng Tí"': the next in the list
    return found


# Honorific-looking words that are other words where they stand: "cư" in "tái định cư", "dân cư" (written "cu");
# "có" after a negation or a tense ("chua co binh chua chay": "has", not "cô"); "DI" in capitals before more
# capitals ("TOI DI LAM CA VE": "đi", not "dì").
_BEFORE_HAVE = frozenset("chua khong ko da cung van neu deu se dang chang cha vua".split())


def other_word(toks: list[tuple[int, int, str]], i: int) -> bool:
    word = toks[i][2]
    prev = fold(toks[i - 1][2]) if i else ""
    if word.isupper() and word.isascii() and i + 1 < len(toks) and toks[i + 1][2].isupper() \
            and fold(toks[i + 1][2]) in SHOUTED_NO_NAME:
        return True  # "… CO O GA TO" (có ổ gà to): a shouted "CO", "CU", "ONG" before a common word is no title
    if word.lower() == "cu" and prev in ("dinh", "dan") or word.lower() == "thang" and prev in ("to", "ve", "phi", "hang") \
            and not (i + 1 < len(toks) and toks[i + 1][2][:1].isupper()):  # "ve thang Tuan": "về thằng Tuấn"
        return True  # "định cư"; unmarked "gửi ô tô tháng", "vé tháng", "phí tháng", "hàng tháng": a month, no "thằng"
    if word.lower() == "co" and prev in _BEFORE_HAVE:
        return True
    return word == "DI" and i + 1 < len(toks) and toks[i + 1][2].isupper()


def surname_first(folded: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """toks[j] opens a full name though it reads like a title: "Chu Van Hoa", "Cu Thi Lan" (a surname, then Văn or Thị)."""
    return folded[toks[j][0] : toks[j][1]] in SURNAMES and j + 1 < len(toks) \
        and folded[toks[j + 1][0] : toks[j + 1][1]] in ("thi", "van")


# Words after a kinship title that say which side or rank, not a name: "Em là cháu ngoại", "tôi là con út".
KIN_QUALIFIERS = frozenset("noi ngoai ruot ho ca ut gai trai re dau nuoi".split())


# -- names in lower case ("bà hoa bán bún", "vợ tôi (mai)", "ten la hai beo"): only usual given names, only
# where what follows ends the name, so "cô thu tiền", "ba mươi nhà" stay --

Tokens = list[tuple[int, int, str]]
Span = tuple[int, int]

# Epithets after a given name in lower case ("chi mai beo", "ong tuan beo"): the name ends before them.
# Without marks only those that are no common word ("gay" is "gây", "coi" "coi", "hoi" "hỏi").
LOWER_EPITHETS = frozenset("béo lùn còi mập gầy sún lác sẹo hói trọc ròm móm đen beo lun map rom mom sun".split())
# Birth-order words that open a Southern name in lower case ("bà hai lan nhà bên"), with and without marks.
_BIRTH_ORDER_LOWER = frozenset("hai ba tư năm sáu bảy tám chín út tu nam sau bay tam chin ut".split())


def ends_lower_name(text: str, toks: Tokens, k: int) -> bool:
    """The word toks[k] ends a name: punctuation or the end follows, or a word that cannot continue one
    (a verb, a place word, an epithet: "ong tuan beo o …")."""
    end = toks[k][1]
    if end >= len(text) or text[end] in ",.;:!?)(\n-":
        return True
    if k + 1 < len(toks) and adjacent(text, toks[k], toks[k + 1]):
        after = toks[k + 1][2].lower()
        return after in AFTER_LOWER_NAME or after in LOWER_EPITHETS
    return False


def plausible_lower_name(text: str, folded: str, toks: Tokens) -> bool:
    """After "tôi là": a full name in lower case, or one given name standing alone ("toi la thanh o so 19")."""
    words = [fold(t[2]) for t in toks]
    if NOT_NAMES.intersection(" ".join(words[:k]) for k in range(2, len(words) + 1)):
        return False  # "tôi là hộ gia đình nghèo"
    after = folded[toks[-1][1] : toks[-1][1] + 4]
    ends = after == "" or after[:1] in ",.\n-(" or after.startswith((" o ", " so", " - ", " (", " 0", " [so", " [em")) \
        or after.startswith((" a,", " a.", " a\n")) or after == " a"  # "chau ten la hoa a, chau o to 5" (ạ)
    if len(toks) == 2 and all(fold(t[2]) in NAME_SYLLABLES for t in toks):
        # "em la ngoc anh, sv năm 2", "minh la ngoc han o to 3": two given-name syllables, then a pause or "ở"
        return ends or ends_lower_name(text, [*toks], 1)
    if len(toks) >= 2:
        return lower_name_shape([t[2] for t in toks], introduced=True)
    return len(toks[0][2]) >= 2 and ends


def lower_closing_name(text: str, folded: str, toks: Tokens, i: int) -> int:
    """A name in lower case that ends the letter on the closing's line ("tran trong, bich ngoc"): one to four
    name syllables and nothing after them. The number of words, or 0."""
    n = 0
    while i + n < len(toks) and n < 4 and toks[i + n][2].islower() \
            and folded[toks[i + n][0] : toks[i + n][1]] in NAME_SYLLABLES | SURNAMES:
        if n and not adjacent(text, toks[i + n - 1], toks[i + n]):
            return 0
        n += 1
    if not n or text[toks[i + n - 1][1] :].strip(" .!\n"):
        return 0
    return n


def lower_named(text: str, folded: str, toks: Tokens, i: int) -> int:
    """After "tên là" (`NAMED_AS`): a given name in lower case, with a second name syllable or an epithet
    ("ten la hai beo hay đổ nhớt"), then the name's end. The number of words, or 0."""
    if not toks[i][2].islower() or folded[toks[i][0] : toks[i][1]] not in NAME_SYLLABLES:
        return 0
    n = 1
    if i + 1 < len(toks) and adjacent(text, toks[i], toks[i + 1]) and toks[i + 1][2].islower() \
            and (toks[i + 1][2] in LOWER_EPITHETS or folded[toks[i + 1][0] : toks[i + 1][1]] in NAME_SYLLABLES):
        n = 2
    return n if ends_lower_name(text, toks, i + n - 1) else 0


def birth_order_name(text: str, toks: Tokens, k: int) -> int:
    """After a kinship word: a birth-order word and a usual given name, then the name's end ("ba hai lan nha
    ben canh"): 2, or 0. Not "ông ba …" (ông bà)."""
    if k + 1 >= len(toks) or toks[k][2] not in _BIRTH_ORDER_LOWER or not adjacent(text, toks[k], toks[k + 1]):
        return 0
    if toks[k][2] == "ba" and toks[k - 1][2].lower() in ("ong", "ông"):
        return 0
    return 2 if toks[k + 1][2] in GIVEN_LOWER and ends_lower_name(text, toks, k + 1) else 0


# A bracket right after a word that says who that is: "thang khoai (ban cung lop)", "chị nga (hàng xóm)".
_WHO_BRACKET = re.compile(r" ?\((?:(?:ban|bạn) (?:cung|cùng|hoc|học|than|thân)|hang xom|hàng xóm"
                          r"|(?:con|cháu|chau|em|vo|vợ|chong|chồng) (?:ong|ông|ba|bà|chi|chị|anh|co|cô|chu|chú|bac|bác))\b")


def explained_name(text: str, toks: Tokens, k: int) -> bool:
    """After a kinship word, any lower-case word that a bracket saying who that is follows: a nickname."""
    return toks[k][2].islower() and len(toks[k][2]) >= 2 and _WHO_BRACKET.match(text, toks[k][1]) is not None


# Given names that are also common words ("chó nhà chị hiền, không cắn ai"): a name only when a place or a
# trade follows ("bà hiền cuối ngõ 9", "cô vui bán rau", "bà hiền hàng xóm").
# Without diacritics only before "cuoi", "dau", "ban": "ba hien o" is as often "bà hiện ở" (she now lives).
_AMBIGUOUS_GIVEN = frozenset("hiền lành vui hien".split())
_PLACE_OR_TRADE_AFTER = frozenset("ở cuối đầu bán nhà hàng cuoi dau ban".split())


def ambiguous_given(text: str, toks: Tokens, k: int) -> bool:
    name = toks[k][2]
    if name not in _AMBIGUOUS_GIVEN or k + 1 >= len(toks) or not adjacent(text, toks[k], toks[k + 1]):
        return False
    after = toks[k + 1][2]
    return after in _PLACE_OR_TRADE_AFTER and (not name.isascii() or after in ("cuoi", "dau", "ban"))


def kin_names_again(text: str, toks: Tokens, names: set[str], officials: set[str]) -> list[Span]:
    """Given names found in lower case after a kinship word, met again after one ("ông lộc nhà đối diện …
    ông lộc không nghe"), and the next of a list ("ông phúc với bà hiền"): what follows no longer matters."""
    found: list[Span] = []
    for k in range(1, len(toks)):
        start, end, word = toks[k]
        prev = toks[k - 1]
        if not word.islower() or prev[2].lower() not in LOWER_KIN or not adjacent(text, prev, toks[k]):
            continue
        if fold(word) in officials:
            continue
        listed = (word in GIVEN_LOWER or word in _AMBIGUOUS_GIVEN) and any(
            k >= back and toks[k - back][2] in names and LIST_JOIN.fullmatch(text, toks[k - back][1], prev[0])
            for back in (2, 3))  # "ông phúc, bà hiền", "ông phúc với bà hiền"
        if word in names or listed:
            found.append((start, end))
    return found


# A nickname in brackets right after a relative: "vợ tôi (mai)", "con gái toi (be bong)", "em gai toi (ngoc)".
_BRACKET = re.compile(r"\s?\(([^\W\d_]{1,10}(?: [^\W\d_]{1,10}){0,2})\)")
_CHILD_WORDS = frozenset("be bé cu thang thằng cai cái".split())


def bracketed_kin_names(text: str, folded: str) -> list[Span]:
    """The name in brackets after "vợ tôi", "con gái tôi", "em gái tôi" (`KIN`): one or two words after an
    optional child's title ("bé", "cu"); a usual given name unless a child's title says it is one."""
    found: list[Span] = []
    if "(" not in text:
        return found
    for end in lead_in_ends(KIN, folded):
        m = _BRACKET.match(text, end) or _BRACKET.match(text, end - 1)
        if m is None:
            continue
        words = m.group(1).split()
        start = m.start(1)
        titled = len(words) >= 2 and words[0].lower() in _CHILD_WORDS
        if titled:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) <= 2 and (titled or all(fold(w.lower()) in NAME_SYLLABLES for w in words)):
            found.append((start, m.end(1)))
    return found
