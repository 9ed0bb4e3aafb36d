"""The cues the name detector (names.py) reads a name by: what stands before it (a self-introduction,
an honorific, a verb, a person noun, a closing), what shows a word begins a role or a place instead, and
the word-level helpers (tokens, capitalised and lower-case runs, public places), and the names no cue leads to
(`nickname_candidates`: "Hai Lộc", "Tuấn Sún", a nickname in quotes). Pure, no I/O; it imports
only textnorm and namewords (the import chain from the service stays within its budget).
"""

from __future__ import annotations

import re

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
    SURNAMES,
)
from hopthu.core.textnorm import fold

# Whole words of letters: "PD" in a code "PD0300112233" is no word.
# An apostrophe inside a word belongs to it: Ede and Jarai names ("H'Ben", "Ksor H’Lan").
WORD = re.compile(r"(?<!\w)[^\W\d_]{1,20}(?:[\-'’][^\W\d_]{1,20})?(?!\w)")

# Capitalised words after an honorific that begin a role, a body or a place, not a name
# ("ông Chủ tịch", "chị Mặt trận", "bà Tổ trưởng"); matched on the folded text from that word on.
NOT_A_NAME = re.compile(
    r"(?:mat tran|uy ban|ubnd|mttq|hdnd|phuong\b|tdp\b|chu tich|pho chu tich|to truong|to pho|can bo|bi thu|"
    r"hieu truong|truong ban|truong tram|bac si|chiec\b|cong an|cskv\b|csgt\b|giam doc|viet nam|ban\b|dang uy|hoi\b|cuu chien binh|tay\b|quan ly"
    # "Đoàn" (the Youth Union, a delegation) before what such a body is or does; "Đoàn Vy" is a surname
    r"|doan(?=\s?[,.;:!?)\n]|$|\s(?:thanh nien|tn\b|tncs|cong tac|kiem tra|thanh tra|giam sat|vien|the\b|lien nganh|dai bieu"
    r"|xe\b|khach|phuong|truong|co so|ho chi minh|da\b|den\b|ve\b|cua\b|va\b|lam\b|di\b|tinh|quan\b|huyen)))"
)


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


# A public place named after a person: the word before the name. Folded where the folded word
# is unambiguous, with diacritics where folding collides ("chợ"/"cho", "cầu"/"cau", "đình"/"đinh").
# A place word right before the name, on the same line ("phường\n\nBà X" is no place).
PLACE_BEFORE = re.compile(
    r"(?:duong|pho|ngo|ngach|hem|truong|tieu hoc|thcs|thpt|ptth|mam non|cong vien|benh vien|nga ba|nga tu|"
    r"giao|toa|chung cu|khach san|nha van hoa|tap the|ben xe|tuyen|quang truong|cong ty|sieu thi|khu|ao lang|lang|"
    r"vuon hoa|san bong|san van dong|tuong dai|bung binh|vong xoay|nut giao"
    r"|(?:gam|chan|duoi|thanh|mat|len|doc) cau|du an"  # "gam cau Vinh Tuy": a bridge, not "cậu" (an uncle)
    r"|muong(?: thoat nuoc)?|(?:kenh|cong|rach) thoat nuoc"  # "mương thoát nước Ba Xã"
    r"|(?:nam|nhap|vao|ra|tai) vien"  # "nằm viện Bạch Mai": a hospital, not "sinh viên" or "chuyên viên"
    # "chợ" written without marks ("cho" is also "for"): only after a word that places it ("cổng chợ", "khu chợ")
    r"|(?:cong|khu|bai xe|truoc|sau|canh|goc|dau|cuoi|giua|ben trong|quan ly) cho"
    r"|(?:ngo|ngach|hem|kiet|so|so nha) \d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2}"  # "ngõ 190 Lò Đúc", "số 13 Lò Đúc"
    r"|(?:\bo|\btai|\bnha|\blane|\balley) \d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2}) ?\Z"  # "nhà ở 128/7 Nguyễn Thiện Thuật": a street
)
# With marks also the places whose folded word is a common one ("hồ"/"họ", "bến"/"bên", "đoạn"/"doan", "sân"/"san"):
# "vườn hoa Lý Tự Trọng", "đoạn Nguyễn Văn Linh", "hồ Ba Mẫu", "bến Bà Đá".
PLACE_BEFORE_MARKED = re.compile(
    r"(?:chợ|cầu|(?<!gia )đình|chùa|mương|rạch|sông|suối|viện|"
    r"đền|quận|huyện|tỉnh|làng|kênh|xã|thôn|phường|hẻm|phố|đường|vườn hoa|đoạn|dọc|hồ|bến|sân|"
    r"miếu|lăng|tượng đài|bùng binh|vòng xoay|nút giao|ga|dốc|đê) ?\Z"
)
# A public role right after a name: "anh X bên phòng kinh tế", "chị Y ở Trung tâm phục vụ hành chính công".
ROLE_AFTER = re.compile(
    r"\s?[,\-–(]?\s?(?:lam\s)?(?:ben|o|cua|thuoc|tai|la)?\s?(?:phong (?:kinh te|van hoa|tu phap|tai nguyen)|ubnd|uy ban|cong an phuong|"
    r"trung tam phuc vu|tram y te|dia chinh|can bo|cong chuc|vien chuc|(?:pho )?chu tich|to truong|bi thu|hieu truong|bo phan mot cua|mot cua|"
    r"truong (?:thon|xom|ap)|"
    r"(?:pho )?truong (?:tram|ban|phong|cong an|khu pho)|"
    r"cong an khu vuc|canh sat khu vuc)"
)
# A public role right before a name makes it an official's ("… là anh" may sit between).
# A long office name may stand between: "cán bộ Lao động - Thương binh và Xã hội phường là chị …".
ROLE = re.compile(
    r"(?:(?:chu tich|to truong|to pho|truong ban|truong tram|truong cong an|truong phong|pho phong|can bo|"
    r"canh sat|cskv|csgt|bac si|y si|hieu truong|hieu pho|bi thu|dong chi|d/c|dia chinh|tiep nhan|"
    r"chanh van phong|truong thon|cong chuc|vien chuc|chi huy|doi truong|cong an khu vuc|cong an phuong|"
    r"dai ta|thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy)\b[^.;\n]{0,30}"
    r"|(?:can bo|cong chuc|vien chuc)\b[^.;\n]{0,50}\bphuong\b[^.;\n]{0,12})$"
)
# Roles of private bodies: a parents' association, a company, a builder are no public office.
PRIVATE_ROLE = re.compile(r"phu huynh|cha me hoc sinh|cong ty|doanh nghiep|chu dau tu|chu nha|chu quan|hop tac xa"
                          r"|doi tho|to tho|nhom tho|tho xay|nha thau|cai thau")  # "tổ trưởng đội thợ là anh Kiên"
# ... and a private body named right before the role, the role in brackets or after a dash: "Ban đại diện cha mẹ
# học sinh (trưởng ban: X)", "Công ty Thành Đạt - giám đốc X" (searched up to the role's start).
PRIVATE_BODY_BEFORE = re.compile(
    r"(?:phu huynh|cha me hoc sinh|cong ty|doanh nghiep|chu dau tu|hop tac xa)(?:\s[^\W\d_]{1,10}){0,3}\s?[(\-–]\s?$"
)
KIN_BEFORE_ROLE = re.compile(
    r"\b(?:vo|chong|con|me|bo|cha|em gai|em trai|anh trai|chi gai)\s(?:cua\s|ong\s|ba\s)?\S*\s?"
    r"(?:chu tich|to truong|can bo|bi thu|giam doc)"
)
# "mang tên X", "chủ tài khoản X", "họ tên: X", "tên X": whatever follows is a person's name.
NAMED_AS = re.compile(r"(?:(?:mang ten|chu tai khoan|chu tk|ten(?: that| thiet| khai sinh| tuc)?|ho ten|ho va ten)"
                      r"(?: la\b)?\s?:?\s?"  # "một người tên là Quý", "tên thiệt là Lộc"
                      # "chủ quán là Hương", "hắn ta là Tuấn", "nạn nhân là …": a private person's role, then who
                      r"|\b(?:chu (?:quan|nha|tro|xe|tiem|cua hang|xuong|dat|ho|no)|nan nhan|thu pham|doi tuong|nguoi cho vay"
                      r"|(?:han|anh|chi|co|ong|ba) ta|nguoi (?:do|nay|ay)) la\s"
                      # a private group's leader or a shop's agent: "nhắn tin cho trưởng nhóm Huyền", "tư vấn viên Lan"
                      r"|\b(?:truong nhom|chu shop|tu van vien|nhan vien tu van)\s"
                      r"|\b(?:iphone|ipad|dien thoai|android|samsung) cua\s)$")  # "Gửi từ iPhone của Nguyễn Hạnh"
# Kinship without an honorific: "Con tôi Huy", "chồng tôi là …", "con gái tôi: …".
KIN = re.compile(r"(?:(?:con|vo|chong|me|bo|cha|chau|em|anh|chi|ban(?: than| hoc)?)(?:\s(?:trai|gai|noi|ngoai|ruot|ho|re|dau|nuoi|ca|ut))?"
                 r"\s(?:toi|em|minh) ?(?:la |: ?|, ?)?"  # "bạn em là Phương Linh"
                 r"|\b(?:con trai|con gai|con dau|con re|em trai|em gai|anh trai|chi gai)(?: la)? ?)$")  # "liên hệ con trai Thào A Sùng"
# Self-introductions and signature lead-ins (folded).
INTRO = re.compile(
    r"(?:\b(?:toi|tui|em|minh|chung toi|chau|e|mk|mik)\s(?:ten la|ten|la)|\bten\s?:|\bky\s?:|\bmy name is|(?:^|[.!?,\n]\s?)i am"
    r"|\bten\s(?:toi|em|minh)(?:\s(?:la)|\s?:)?|\bho\s(?:va\s)?ten\s?:|"
    # "người Việt Nam", "người bảo kê", "người bảo vệ" are no lead-in
    r"\bnguoi\s(?:gop y|phan anh|viet(?! nam\b)|gui|lam don|ky ten|de nghi|to cao|khieu nai|lien he|dai dien|bao tin"
    r"|bao(?! ke\b| ve\b| lanh\b| hiem\b| ho\b))(?:\s(?:don|thu))?\s?:?"
    r"|\bky ten\s?:?)\s?$"
)
# Lead-ins after which only a capitalised name is taken ("Phụ huynh Mạc Văn Toàn", "Thay mặt …,\nX"); not a
# subject line ending in "phụ huynh" before the body's "Kính gửi".
INTRO_CAPITAL = re.compile(r"(?:\bphu huynh(?!\n)|\bthay mat\s[^\n,]{0,25},?|(?:^|[.!?:\n]\s?)toi\s?,"
                           r"|\b(?:to|con)\s(?:la|ten la|ten)|(?:^|[.!?\n]\s?)(?:minh|toi|tui|em)\s?[:(]"  # "Tôi (X, tổ 5) xin phản ánh"
                           r"|(?:^|[.!?\n]\s?)(?:da\s)?(?:bac|co|chu|cau|di)\s(?:la|ten la|ten))\s?$")  # "tớ là Vy", "Mình: Lan", "Bác là Thìn"
# A closing on the same line as the name that ends the letter: "Cảm ơn, Ngọc Anh", "Chào thân ái, Tuấn", "-- Tùng".
# "Cảm ơn ạ\nngoc tram", "Cảm ơn nhiều! - Hoa", "Thân,\nminh" (the closing's own line, then the name's).
CLOSING = re.compile(r"(?:\b(?:cam on|than ai|than men|tran trong|kinh thu|(?:best |kind )?regards|sincerely)"  # "Thân mến,"
                     r"(?:\s(?:a|nhieu|nhe))?(?:\s?[,!.](?:\s?[-–—]{1,2})?|(?=\n))"
                     r"|(?:^|\n)than\s?,|^[-–—]{1,2}|\n[-–—]{1,2})\s?$")  # "— Thu Hương, TDP 2"
# A verb of meeting or telling right before a capitalised word: "gặp Toàn", "bảo Hưng", "chửi Tý"
# (matched on the lower-cased text, diacritics kept: folded "hoi" would also be "hội"); "nhờ Khôi", "đưa Nhi".
VERB = re.compile(r"\b(?:gặp|bảo|nhắc|hỏi|gọi|nói với|chửi|mắng|đánh|nhờ|nhắn|đưa|kêu|rủ|thấy|dặn|gap|bao|nhac|hoi|goi|noi voi|chui|mang"
                   r"|danh|nho|nhan|dua|keu) $")  # a space: "Bảo\nĐiện thoại" is a signature, then a line
# A noun for a person or a household right before a capitalised word: "ba bạn trẻ Lâm", "học sinh Khoa",
# "hộ Nhẫn", "gia đình Tâm", "nhà Lan Hương" (lower-cased text, diacritics kept: "hộ" is not "hồ").
PERSON_NOUN = re.compile(
    r"(?<!\w)(?:bạn(?: trẻ| nhỏ)?|thanh niên|học sinh|sinh viên|cậu bé|cô bé|cháu bé|em bé|bạn học|hàng xóm|hộ|gia đình|nhà"
    r"|ban tre|ban nho|thanh nien|hoc sinh|sinh vien|cau be|co be|chau be|em be|ban hoc|hang xom|gia dinh) $"
)  # without diacritics only the two-word forms: "ban", "ho", "nha" alone are also "Ban", "hồ", "nhà Văn hóa"
# In a list of people ("Lâm, Đạt và Khoa", "hộ ông Phát, hộ bà Mơ"): what joins two names, and the
# capitalised words that begin a role or a place instead ("chị Hoa, Trạm y tế", "ông Bình và Ban …").
LIST_JOIN = re.compile(r"\s?,\s?|\s(?:và|va|với|voi|hoặc|hoac|[–&\-])\s")  # "ông bà Tường – Hoa"
# Words before "do thi" written without diacritics that make it "đô thị" (urban), not "Đỗ Thị …": "khu đô thị",
# "trật tự đô thị", "vệ sinh đô thị", "kiểu đô thị", "quản lý đô thị", "chỉnh trang đô thị", "quy hoạch đô thị".
BEFORE_DO_THI = frozenset("khu kieu tu sinh ly trang hoach song moi cac nhu lop thanh vung tuyen".split())
# Abbreviations written in capitals where a name could stand ("con tôi HC số …" is a passport).
ABBREVIATIONS = frozenset("hc cccd cmnd sdt dt stk tk gplx bhyt bhxh ubnd tdp mttq".split())
# Capitalised words that follow such verbs and are no names.
NOT_AFTER_VERB = frozenset("zalo facebook tong dai hotline email ban ba ong anh chi em co chu bac mr ms mrs".split())
# Words that begin a place when written first in a capitalised run ("Đường Nguyễn Văn Cừ", "PHO KIM DONG").
PLACE_WORDS = frozenset("đường phố ngõ ngách hẻm chợ cầu".split())
PLACE_WORDS_FOLDED = frozenset("duong pho ngo ngach hem".split())
# Two capitalised words shaped like a name that are common words ("PHAN ANH" is "phản ánh").
NOT_NAMES = frozenset({"phan anh", "thong tin", "tran trong", "lam thu tuc"})  # "hướng dẫn tôi làm thủ tục"
# Lower-case short names after a kinship word ("bà hoa", "bac tu", "cháu minh", "anh khải"): only usual
# given names (GIVEN_LOWER), only after kinship words that are no pronoun of the writer ("em", "con" are
# left out; nor "di", which is "đi" as often: "đi tù"), and only when what follows ends the name (a pause,
# or a word like "ở", "nhà", "bán", "bị"): "cô thu tiền" stays.
LOWER_KIN = frozenset("bà ông chị anh bác cô chú cụ cháu bé thằng dì cậu mợ thím ba ong chi bac co chu cu chau be thang cau".split())
AFTER_LOWER_NAME = frozenset(
    "ở o nhà nha hàng hang bán ban bị bi đã da là la và va cũng cung hay thì thi mới moi vẫn đang dang "
    "con vợ vo chồng chong xe ôm om gác gac bảo bao nói noi kể ke sống song với voi cuối cuoi đầu đi di "
    "còn đều deu cùng chưa chua".split()  # "hai cháu Tẹo và Bờm còn nhỏ"
)
INTRO_SKIP = HONORIFICS | frozenset("sinh viên vien là la giáo giao thầy".split())
# Lower-case words that end a lower-case name run, or show it was no name at all.
LOWER_STOP = frozenset(
    "o so nha sinh dien sdt dt tdp hoi la cu chu me con vo chong phu tuoi nguoi dan can cong "
    "giao bo ba ong nen khong da co rat chi moi mot ban the va nhung vi hoc cung muon "
    "xin o tro ben mat gui chao kinh lien zalo email bi".split()
)
SIGN_SKIP = re.compile(
    r"(?:tran trong|xin|kinh|cam on|chuc|thay mat|tdp|to dan|dien thoai|dt\b|sdt|email|zalo|uy ban|ubnd|"
    r"mttq|dia chi|chao|nguoi|ban |toi\b|tui\b|chung toi|"  # "Tôi, Lưu Đức Trọng, …" on a signature line: no name
    r"ha noi|luu kiem|ngay|phuong |tb|p\.s|ps\b|https?|www|than,|thanks?\b|regards|best\b|tks\b)"
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



# Between a role word and a name: words after a colon, or the name's house, say the role belongs to someone
# before ("Cán bộ tiếp nhận: Lại Thu Trang" is the role's own name).
# ... and so does a verb of receiving or meeting before the name ("Phó Chủ tịch UBND phường, tiếp bà X").
ROLE_BELONGS_ELSEWHERE = re.compile(r":\s?\w|\bnha\b|\b(?:tiep|gap|moi|lam viec voi|huong dan|tra loi)"
                                    r"(?:\s(?:ong|ba|anh|chi|co|chu|bac|cu|em|chau)\b|\s?$)")


def is_place(text: str, folded: str, start: int, words: list[str]) -> bool:
    if " ".join(words) in FAMOUS:
        return True
    marked = text[max(0, start - 20) : start].lower()
    if marked.endswith(("dượng ", "dượng")):
        return False  # "dượng Khải" is an uncle: "dượng" folds to "đường" (a street)
    return bool(PLACE_BEFORE.search(folded[max(0, start - 20) : start]) or PLACE_BEFORE_MARKED.search(marked)
                or _CROSSING.search(folded, max(0, start - 45), start))


# The second street of a crossing: "ngã ba đường Hàm Nghi - Lê Thánh Tôn", "góc phố Huế - Trần Xuân Soạn".
_CROSSING = re.compile(r"(?:duong|pho|nga ba|nga tu|giao lo|goc)\s(?:[^\W\d_]{1,8}\s){1,4}[-–]\s?\Z")




NAME_SYLLABLES = MIDDLE | frozenset(fold(w) for w in GIVEN_LOWER)


# Titles of private people before a name: a lawyer, an engineer, a veteran, a master's degree ("Liên hệ Luật
# sư Hoàng", "ThS. Kiều Văn Mạnh", "Cựu chiến binh Phạm Văn Lộc"); none of them is a public office (folded).
PRIVATE_TITLE = re.compile(
    r"\b(?:luat su|ky su|kien truc su|thac si|tien si|cuu chien binh|ccb|nha giao|nghe nhan|thuong binh"
    r"|ths|ts|ks|ls|kts|pgs|gs|cn)\.? ?$"
)
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


# Given names that are also common words ("chó nhà chị hiền, không cắn ai"): a name only when a place or a
# trade follows ("bà hiền cuối ngõ 9", "cô vui bán rau").
# Without diacritics only before "cuoi", "dau", "ban": "ba hien o" is as often "bà hiện ở" (she now lives).
_AMBIGUOUS_GIVEN = frozenset("hiền lành vui hien".split())
_PLACE_OR_TRADE_AFTER = frozenset("ở cuối đầu bán nhà cuoi dau ban".split())


def ambiguous_given(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    name = toks[k][2]
    if name not in _AMBIGUOUS_GIVEN or k + 1 >= len(toks) or not adjacent(text, toks[k], toks[k + 1]):
        return False
    after = toks[k + 1][2]
    return after in _PLACE_OR_TRADE_AFTER and (not name.isascii() or after in ("cuoi", "dau", "ban"))


# Honorific-looking words that are other words where they stand: "cư" in "tái định cư", "dân cư" (written "cu");
# "có" after a negation or a tense ("chua co binh chua chay": "has", not "cô"); "DI" in capitals before more
# capitals ("TOI DI LAM CA VE": "đi", not "dì").
_BEFORE_HAVE = frozenset("chua khong ko da cung van neu deu se dang chang cha vua".split())


def other_word(toks: list[tuple[int, int, str]], i: int) -> bool:
    word = toks[i][2]
    prev = fold(toks[i - 1][2]) if i else ""
    if word.lower() == "cu" and prev in ("dinh", "dan"):
        return True
    if word.lower() == "co" and prev in _BEFORE_HAVE:
        return True
    return word == "DI" and i + 1 < len(toks) and toks[i + 1][2].isupper()


def surname_first(folded: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """toks[j] opens a full name though it reads like a title: "Chu Van Hoa", "Cu Thi Lan" (a surname, then Văn or Thị)."""
    return folded[toks[j][0] : toks[j][1]] in SURNAMES and j + 1 < len(toks) \
        and folded[toks[j + 1][0] : toks[j + 1][1]] in ("thi", "van")


# Words after a kinship title that say which side or rank, not a name: "Em là cháu ngoại", "tôi là con út".
KIN_QUALIFIERS = frozenset("noi ngoai ruot ho ca ut gai trai re dau nuoi".split())
