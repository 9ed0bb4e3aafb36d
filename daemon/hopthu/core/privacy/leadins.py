"""The lead-ins and roles the name detector reads a name by, as patterns on the folded text: what stands before
a name (a self-introduction, "tên là", a kinship phrase, a closing, a verb of meeting, a person noun, a list's
join), the public roles that make a name an official's and the private ones that do not, and the capitalised
words that begin a role or a body instead of a name. Plain patterns, no I/O; it imports nothing of hopthu, so
the modules that read names (names.py, namecues.py) may import it within the import chain's budget.
"""

from __future__ import annotations

import re

# Capitalised words after an honorific that begin a role, a body or a place, not a name
# ("ông Chủ tịch", "chị Mặt trận", "bà Tổ trưởng"); matched on the folded text from that word on.
NOT_A_NAME = re.compile(
    r"(?:mat tran|uy ban|ubnd|mttq|hdnd|phuong\b|tdp\b|chu tich|pho chu tich|to truong|to pho|can bo|bi thu|"
    r"hieu truong|truong ban|truong tram|bac si|chiec\b|cong an|cskv\b|csgt\b|giam doc|viet nam|ban\b|dang uy|hoi\b|cuu chien binh|tay\b|quan ly"
    # "Đoàn" (the Youth Union, a delegation) before what such a body is or does; "Đoàn Vy" is a surname
    r"|doan(?=\s?[,.;:!?)\n]|$|\s(?:thanh nien|tn\b|tncs|cong tac|kiem tra|thanh tra|giam sat|vien|the\b|lien nganh|dai bieu"
    r"|xe\b|khach|phuong|truong|co so|ho chi minh|da\b|den\b|ve\b|cua\b|va\b|lam\b|di\b|tinh|quan\b|huyen"
    # "đoạn" (a stretch) written without marks: "DOAN TRUOC TRUONG …", "doan gan cho"
    r"|truoc\b|sau\b|giua\b|cuoi\b|dau\b|gan\b|canh\b|qua\b|tu\b|nay\b|do\b|duong\b|ngo\b|pho\b))"
    # the months "tháng Giêng", "tháng Chạp" (after "thang", read without marks as "thằng")
    r"|gieng\b|chap\b)"
)


# "Phương" written with its marks is a given name, not "Phường" (the ward), which folds the same ("Bà Phương bán xôi"),
# unless a word follows that makes it a common noun ("Phương án", "Phương tiện").
_PHUONG_NOUN = re.compile(r"\s(?:án|tiện|pháp|hướng|thức|trình|châm|diện|ngôn|sách|Án|Tiện|Pháp|Hướng|Thức)(?!\w)")


# "Đoàn" after a lower-case honorific, then what a person does or a pause: a surname used as a name.
_KIN_BEFORE_DOAN = re.compile(r"(?<!\w)(?:anh|chị|ông|bà|cô|chú|bác|cậu|dì|thằng) $")
# ... but not after "các"/"những" or "anh chị": "Cảm ơn các anh Đoàn đã đến", "Các anh chị Đoàn đi phát khẩu trang".
# (not "nhung": folded, "những" is also "nhưng": "gọi mãi nhưng anh Đoàn đi công tác")
_MANY_BEFORE_DOAN = re.compile(r"(?<!\w)cac \S+ $|(?<!\w)anh chi $")
_DOAN_DOES = re.compile(r"(?:\s?[,.;:!?)\n]|$|\s(?:di|da|den|ve|lam|va|cua)\b)")


def not_a_name(text: str, folded: str, pos: int) -> bool:
    """`NOT_A_NAME` at pos, but "Đoan" (a given name) is no "Đoàn" (a body), which folds the same: "Em Đoan.";
    nor is "Phương" or "Phượng" (given names) "Phường"."""
    if NOT_A_NAME.match(folded, pos) is None:
        return False
    if text[pos : pos + 4] in ("Đoan", "ĐOAN") and not text[pos + 4 : pos + 5].isalpha():
        return False
    if text[pos : pos + 4] == "Đoàn" and _KIN_BEFORE_DOAN.search(text, max(0, pos - 8), pos) \
            and not _MANY_BEFORE_DOAN.search(folded, max(0, pos - 12), pos) and _DOAN_DOES.match(folded, pos + 4):
        return False  # "chủ nhà là anh Đoàn đi công tác" (p-3664): a man so called, not a delegation
    return not (text[pos : pos + 6] in ("Phương", "Phượng") and not text[pos + 6 : pos + 7].isalpha()
                and not _PHUONG_NOUN.match(text, pos + 6))

# A public role right after a name: "anh X bên phòng kinh tế", "chị Y ở Trung tâm phục vụ hành chính công".
# The city order teams only right after the name ("chị Trang đội quản lý đô thị phường đã lập biên bản"), after
# "bên"/"ở"/"thuộc"/"làm"/"là", in brackets, or after a comma or a dash when no verb follows ("anh Hùng, trật tự đô
# thị phường, …"): "chị Lan, đội trật tự đô thị đến tịch thu hàng của chị ấy", "bà Tư - trật tự đô thị đã thu hết"
# name a vendor the team came to.
_CITY_TEAM = r"(?:doi )?(?:trat tu|quan ly) do thi"
_CITY_HEAD = r"(?:pho )?doi truong (?:doi )?" + _CITY_TEAM
ROLE_AFTER = re.compile(
    r"\s?[,\-–(]?\s?(?:lam\s)?(?:ben|o|cua|thuoc|tai|la)?\s?(?:phong (?:kinh te|van hoa|tu phap|tai nguyen)|ubnd|uy ban|cong an phuong|"
    r"trung tam phuc vu|tram y te|dia chinh|can bo|cong chuc|vien chuc|(?:pho )?chu tich|to truong|to pho|bi thu|"
    r"hieu truong|bo phan mot cua|mot cua|"
    # a ward specialist with the office after the title: "bà X, chuyên viên Văn phòng HĐND - UBND"; a company's or a
    # school's department is no office ("chuyên viên phòng đào tạo trường đại học", "phòng nhân sự công ty may")
    r"chuyen vien (?:van phong (?:hdnd|ubnd|uy ban|phuong)|phong (?:kinh te|van hoa|tu phap|tai nguyen|quan ly do thi"
    r"|lao dong|noi vu)(?!(?:\s[^\W\d_]{1,8}){0,3}\s(?:cong ty|ngan hang|truong|doanh nghiep|tap doan))"
    r"|bo phan (?:mot cua|tiep nhan|tu phap|ho tich)|ubnd|uy ban|tu phap|dia chinh|van hoa|mot cua)|"
    r"(?:the |our |your )?(?:ward )?(?:vice )?chair(?:man|woman|person)|(?:the )?(?:ward|police) officer|"  # English letters
    r"truong (?:thon|xom|ap)|chanh van phong|van phong (?:hdnd|ubnd|uy ban)|"
    r"(?:pho )?truong (?:tram|ban|phong|cong an|khu pho)|"
    r"cong an khu vuc|canh sat khu vuc)"
    # "chú X bên tư pháp", "chị Y ở bộ phận hộ tịch" (not "cho cháu X, hộ tịch phường hẹn …": the office answered)
    r"|\s(?:lam\s)?(?:ben|o|thuoc)\s(?:bo phan\s)?(?:tu phap|ho tich)\b"
    r"|\s?[,\-–]?\s?(?:lam\s)?(?:ben|o|cua|thuoc|tai|la)\s" + _CITY_TEAM
    # the head of the ward's order team: "ông X, đội trưởng đội trật tự đô thị phường" (not a builders' team leader),
    # after a comma or a dash as the team itself, when no verb follows: "Bà X, đội trưởng đội trật tự đô thị đến
    # tịch thu hàng của bà" names the vendor
    + r"|\s?(?:\(\s?|[,\-–]?\s?(?:lam\s)?(?:ben|o|cua|thuoc|tai|la)\s)?" + _CITY_HEAD
    + r"|\s?[,\-–]\s?" + _CITY_HEAD + r"(?:\s(?:phuong|p\.)(?:\s[^\W\d_]+){0,2})?(?=\s?[,.;:!?)\n]|$)"
    + r"|\s?\(\s?" + _CITY_TEAM + r"|\s" + _CITY_TEAM
    + r"|\s?[,\-–]\s?" + _CITY_TEAM + r"(?:\s(?:phuong|p\.)(?:\s[^\W\d_]+){0,2})?(?=\s?[,.;:!?)\n]|$)"
)
# A public role right before a name makes it an official's ("… là anh" may sit between).
# A long office name may stand between: "cán bộ Lao động - Thương binh và Xã hội phường là chị …".
ROLE = re.compile(
    r"(?:(?:chu tich|to truong|to pho|truong ban|truong tram|truong cong an|truong phong|pho phong|can bo|"
    r"canh sat|cskv|csgt|bac si|y si|hieu truong|hieu pho|bi thu|dong chi|d/c|dia chinh|tiep nhan|mot cua|"
    r"chanh van phong|truong thon|cong chuc|vien chuc|chi huy|doi truong|cong an khu vuc|cong an phuong|"
    r"dai ta|thuong ta|trung ta|thieu ta|dai uy|thuong uy|trung uy|thieu uy"
    r"|(?:vice )?chair(?:man|woman|person)|mayor|police ?officer|policeman|policewoman|ward officer|ward official)"  # English
    r"\b[^.;\n]{0,30}"
    r"|(?:can bo|cong chuc|vien chuc)\b[^.;\n]{0,50}\bphuong\b[^.;\n]{0,12})$"
)
# Roles of private bodies: a parents' association, a company, a builder are no public office.
PRIVATE_ROLE = re.compile(r"phu huynh|cha me hoc sinh|cong ty|doanh nghiep|chu dau tu|chu nha|chu quan|hop tac xa"
                          r"|doi tho|to tho|nhom tho|tho xay|nha thau|cai thau"  # "tổ trưởng đội thợ là anh Kiên"
                          r"|chi huy (?:(?:truong|pho) )?(?:cong trinh|cong truong|du an|thi cong)")  # a builder's site manager
# A private building's board before a name whose role follows it: "ban quản lý tòa nhà do anh X làm trưởng ban".
PRIVATE_BOARD_BEFORE = re.compile(r"\bban (?:quan ly (?:toa nha|chung cu|khu do thi)|quan tri)\b[^.;\n]{0,30}$")
# A works site said before a commander's role makes it the builder's site manager ("Bảng thông tin công trình ghi chỉ
# huy trưởng là ông X"), not the ward's military commander ("Chỉ huy trưởng Ban Chỉ huy quân sự phường").
_WORKS_BEFORE = re.compile(r"\b(?:cong trinh|cong truong|thi cong|nha thau|du an)\b[^.;\n]{0,40}$")
# ... and a private body named right before the role, the role in brackets or after a dash: "Ban đại diện cha mẹ
# học sinh (trưởng ban: X)", "Công ty Thành Đạt - giám đốc X" (searched up to the role's start).
PRIVATE_BODY_BEFORE = re.compile(
    r"(?:phu huynh|cha me hoc sinh|cong ty|doanh nghiep|chu dau tu|hop tac xa)(?:\s[^\W\d_]{1,10}){0,3}\s?[(\-–]\s?$"
)
# ... and a private practice owning the title right before it: "phòng khám tư của bác sĩ X", "nha khoa bác sĩ Y".
PRIVATE_PRACTICE_BEFORE = re.compile(
    r"(?:phong kham (?:tu|tu nhan|rieng)|nha thuoc|benh vien tu(?: nhan)?|tham my vien|nha khoa)(?:\s[^\W\d_]{1,10}){0,3}\s?$"
)
# Someone who only claims the role: "có người xưng là cán bộ phường tên X", "kẻ giả danh CSKV", and a scam
# message's own contact ("Hỗ trợ: 0833 … (cán bộ Tùng)", "Liên hệ cán bộ X số …"): the imperative lead-in
# opens the clause, no one is said to have met the official. GUIDE.md: a fake officer is a private person.
_CLAIMED_ROLE = (r"|\b(?:tu xung|xung la|xung danh|gia danh|mao danh|gia lam|doi lot|tu nhan la)\b"
                 r"|^\s?(?:lien he|ho tro|hotline|goi ngay|inbox|ib)\s?:?\s?(?:[\d .\-+()]{6,24}|\[so dien thoai\]\s?)?\(?\s?"
                 r"(?:can bo|cong chuc|cskv|canh sat|chu tich)\b")
# An official's relative, or someone who only claims the role: the role is not this person's.
KIN_BEFORE_ROLE = re.compile(
    r"\b(?:vo|chong|con|me|bo|cha|em gai|em trai|anh trai|chi gai)\s(?:cua\s|ong\s|ba\s)?\S*\s?"
    r"(?:chu tich|to truong|can bo|bi thu|giam doc)" + _CLAIMED_ROLE
)
# ... unless "ông"/"bà", the role and at most its unit stand right before the name: "bà Mến, vợ ông Tổ trưởng TDP 7 Lê
# Văn Sang" names the leader himself (a relative's own name follows a pause or "là": "vợ ông Chủ tịch phường là bà
# Thoa"). Without "ông"/"bà" ("vợ tổ trưởng Lan") the name may be the wife's, and stays private.
_HOLDER_AFTER_KIN = re.compile(
    r"\b(?:vo|chong|con|con trai|con gai|me|bo|cha|em gai|em trai|anh trai|chi gai)\s(?:cua\s)?(?:ong|ba)\s"
    r"(?:pho\s)?(?:chu tich|to truong|to pho|bi thu|truong cong an|truong thon|truong khu pho)"
    r"(?:\s(?:ubnd|phuong|tdp|to dan pho|khu pho|to|so|thon|chi bo|\d{1,3}[a-z]?))*\s$"
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
# "tôi là", "em tên là": the writer's own name follows (folded).
_I_AM = r"\b(?:toi|tui|em|minh|chung toi|chau|e|mk|mik)\s(?:ten la|ten|la)"
# Self-introductions and signature lead-ins (folded).
INTRO = re.compile(
    # "hướng dẫn tôi là chị X", "nói với tôi là …": the writer is the object there, "là" says who or what (p-4638)
    # only when an honorific follows: "thông báo tôi là Lê Văn Cường, trưởng ban …", "theo hướng dẫn tôi là X, tổ
    # trưởng TDP 3, gửi ý kiến" are the writer's own ("báo" folds to "bao"; the writer gives no "chị" to himself)
    r"(?:(?<!huong dan )(?<!noi voi )(?<!\bbao )" + _I_AM
    + r"|" + _I_AM + r"(?!\s(?:chi|anh|ong|ba|co|chu|bac|dong chi|d/c|can bo|cong chuc)\b)"
    r"|\bten\s?:|(?<!thu )\bky\s?:|\bmy name is|(?:^|[.!?,\n]\s?)i am"
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
                     r"(?:\s(?:a|nhieu|nhe))?(?:\s?[,!.](?:\s?[-–—]{1,2})?|\n[-–—]{1,2}(?=[ \t])|(?=\n))"  # "Trân trọng\n- Lộc"
                     r"|(?:^|\n)than\s?,|^[-–—]{1,2}|\n[-–—]{1,2})\s?$")  # "— Thu Hương, TDP 2"
# A verb of meeting or telling right before a capitalised word: "gặp Toàn", "bảo Hưng", "chửi Tý"
# (matched on the lower-cased text, diacritics kept: folded "hoi" would also be "hội"); "nhờ Khôi", "đưa Nhi".
VERB = re.compile(r"\b(?:gặp|bảo|nhắc|hỏi|gọi|nói với|chửi|mắng|đánh|nhờ|nhắn|đưa|kêu|rủ|thấy|dặn|gap|bao|nhac|hoi|goi|noi voi|chui|mang"
                   r"|danh|nho|nhan|dua|keu|ru) $")  # a space: "Bảo\nĐiện thoại" is a signature, then a line
# A noun for a person or a household right before a capitalised word: "ba bạn trẻ Lâm", "học sinh Khoa",
# "hộ Nhẫn", "gia đình Tâm", "nhà Lan Hương" (lower-cased text, diacritics kept: "hộ" is not "hồ").
PERSON_NOUN = re.compile(
    r"(?<!\w)(?:bạn(?: trẻ| nhỏ)?|thanh niên|học sinh|sinh viên|cậu bé|cô bé|cháu bé|em bé|bạn học|hàng xóm|hộ|gia đình|nhà"
    r"|đứa(?: (?:nhỏ|bé|trẻ|con|cháu|em))?|(?:(?:may|hai|cac|nhung) )?dua(?: (?:nho|be|tre))"  # "hai đứa nhỏ Bi với Bo"
    r"|(?:may|hai|cac|nhung) dua"  # "mấy đứa Tí, Tèo, Bin hay tắm sông", "may dua Ti, Teo"
    r"|ban tre|ban nho|thanh nien|hoc sinh|sinh vien|cau be|co be|chau be|em be|ban hoc|hang xom|gia dinh) $"
)  # without diacritics only the two-word forms: "ban", "ho", "nha" alone are also "Ban", "hồ", "nhà Văn hóa"
# In a list of people ("Lâm, Đạt và Khoa", "hộ ông Phát, hộ bà Mơ"): what joins two names, and the
# capitalised words that begin a role or a place instead ("chị Hoa, Trạm y tế", "ông Bình và Ban …").
LIST_JOIN = re.compile(r"\s?,\s?|\s(?:và|va|với|voi|hoặc|hoac|[–&\-])\s")  # "ông bà Tường – Hoa"
# "cho" written without marks right after a word written with them is "for", not "chợ" (a market): "hoàn cảnh cho
# cháu Huy", "tiền cho bà Lan" (a place word folds "cạnh chợ" and "cảnh cho" alike).
# (a word holding a marked letter, looked for from a word's start: linear on a long run of letters)
FOR_NOT_MARKET = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]*[^\x00-\x7f])[^\W\d_]+ cho ?\Z")

SIGN_SKIP = re.compile(
    r"(?:tran trong|xin|kinh|cam on|chuc|thay mat|tdp|to dan|dien thoai|dt\b|sdt|email|zalo|uy ban|ubnd|"
    r"mttq|dia chi|chao|nguoi|ban |toi\b|tui\b|chung toi|"  # "Tôi, Lưu Đức Trọng, …" on a signature line: no name
    r"ha noi|luu kiem|ngay|phuong |tb|p\.s|ps\b|https?|www|than,|thanks?\b|regards|best\b|tks\b"
    r"|hello\b|hi\b|dear\b"  # an English greeting line: "Hello, I rent …"
    r"|on (?:mon|tue|wed|thu|fri|sat|sun)\w*,)"  # a mail client's quote header: "On Fri, Nov 27, 2026 at … wrote:"
)

# Between a role word and a name: words after a colon, or the name's house, say the role belongs to someone
# before ("Cán bộ tiếp nhận: Lại Thu Trang" is the role's own name).
# ... and so does a verb of receiving or meeting before the name ("Phó Chủ tịch UBND phường, tiếp bà X").
# An emoji between them, or a dash glued to the name's one-letter honorific, closes the sentence before a sign-off
# ("xin p cho CSGT đứng giờ tan học 🙏 -c Hoa": the writer, no officer).
ROLE_BELONGS_ELSEWHERE = re.compile(r":\s?\w|\bnha\b"
                                    r"|\b(?:tiep|gap|moi|lam viec voi|huong dan|tra loi)"
                                    r"(?:\s(?:ong|ba|anh|chi|co|chu|bac|cu|em|chau)\b|\s?$)"
                                    r"|[\u2600-\u27bf\U0001f300-\U0001faff]|\s[-–]$")
# ... but "nhà trường" (the school) is no home between a school's head or deputy and the name right after it ("Hiệu
# trưởng nhà trường là cô X"). Anywhere else it may be one: folded, "nhà Trường" is also a man's house ("Tổ trưởng
# đến nhà Trường, anh Trường …"), and the name after the school may be a pupil's ("báo nhà trường về em Tuấn").
SCHOOL_HEAD = re.compile(r"hieu (?:truong|pho) (?:cua )?nha truong(?: la|,)?(?: (?:thay|co|ong|ba|anh|chi))?\s?$")

# Titles of private people before a name: a lawyer, an engineer, a veteran, a master's degree ("Liên hệ Luật
# sư Hoàng", "ThS. Kiều Văn Mạnh", "Cựu chiến binh Phạm Văn Lộc"); none of them is a public office (folded).
PRIVATE_TITLE = re.compile(
    r"\b(?:luat su|ky su|kien truc su|thac si|tien si|cuu chien binh|ccb|nha giao|nghe nhan|thuong binh"
    r"|ths|ts|ks|ls|kts|pgs|gs|cn)\.? ?$"
)  # "t7 cn", "tối cn" is Sunday (chủ nhật), no "CN." (cử nhân): `names` leaves out what timewords.is_sunday says

# Contempt words for a person ("lão", "mụ", "thằng", "con mụ"): right before a name they say a private person the
# writer scorns, not an official in a role said earlier in the clause ("Đề nghị công an phường bắt ngay lão X": the
# police are who is asked to act). The role stays the name's when only office words stand between ("chủ tịch
# phường là lão X"). Lower-cased text with marks; without marks only in a text written without them.
SCORN = frozenset("lão mụ thằng thg".split())
SCORN_UNMARKED = frozenset("lao mu thang thg".split())
_OFFICE_WORDS = frozenset(
    "chu tich pho to truong ban tram cong an phuong can bo canh sat khu vuc cskv csgt ubnd uy nhan dan xa tdp so thon "
    "xom ap la dia chinh dong chi d/c doi thuong dai trung thieu ta chi huy hieu bi thu vien chuc mot cua tiep nhan "
    "phong chanh van y si bac ong ba anh chi co chu con vice chairman chairwoman chairperson ward police officer the".split()
)


def scorn_outside_role(from_role: str) -> bool:
    """Whether, in the folded clause from a role word to a scorned name, a word other than an office's or a contempt
    word stands between (a verb, an object): then the role is someone else's."""
    words = from_role.split()
    while words and words[-1] in SCORN_UNMARKED:
        words.pop()
    return any(w not in _OFFICE_WORDS and not w.isdigit() for w in words)


def role_in_clause(before: str, scorned: bool = False) -> bool:
    """Whether the folded clause `before` a name ends the way an official's does: a public role in it that is the
    name's own (not someone else's, not a relative's, not a private body's). `scorned`: the name was written with
    contempt, so any other word between the role and the name makes the role someone else's."""
    role = ROLE.search(before)
    if role is None:
        return False
    elsewhere = ROLE_BELONGS_ELSEWHERE.search(role.group(0)) and not SCHOOL_HEAD.match(role.group(0))
    if elsewhere or (scorned and scorn_outside_role(before[role.start() :])):
        return False  # "anh Hưng trưởng thôn: đoạn mương cạnh nhà ông Thiện": the role was someone else's
    if before[role.start() - 1 : role.start()] == "(" and ")" in role.group(0):
        return False  # "ông X (tổ trưởng), bà Y, anh Z": a bracket closed on the role, which was X's
    if role.group(0).startswith("chi huy") and _WORKS_BEFORE.search(before, 0, role.start()):
        return False  # "công trình … chỉ huy trưởng là ông X": the builder's man
    kin = KIN_BEFORE_ROLE.search(before) and not _HOLDER_AFTER_KIN.search(before)  # "vợ ông Tổ trưởng TDP 7 Lê Văn Sang"
    return not kin and not PRIVATE_ROLE.search(before[role.start() :]) \
        and not PRIVATE_BODY_BEFORE.search(before, 0, role.start()) \
        and not PRIVATE_PRACTICE_BEFORE.search(before, 0, role.start())  # a private body's or practice's title
