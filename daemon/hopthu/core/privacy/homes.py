"""Private homes: house numbers and flats/rooms/lodgings of people, never the site of the problem.

Pure, no I/O. What stays: streets, lanes ("ngách 15/8"), TDP numbers, landmarks and the number of the place the
complaint is about ("quán karaoke ở nhà số 27", "từ số 1 đến số 40"). What goes: only the number with its marker ("số
15", "so nha 40", "SN 19") when the words before it tie it to a person's home ("nhà tôi ở", "chủ hộ", "[họ tên] (số 14
ngõ 9)") and no business or building site stands between.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import Span, clause_before, fold_same_length
from hopthu.core.privacy.dwellings import HOME_ADDRESS, UNIT, after_signed_name, bracket_part, in_address_field
from hopthu.core.privacy.homeaside import aside_home
from hopthu.core.privacy.homelists import WORDS_NUMBER, listed_with_homes, table_cells
from hopthu.core.privacy.homespots import described_homes
from hopthu.core.privacy.ownedsites import done_away, site_beyond
from hopthu.core.privacy.residence import lodging_before, lodging_unsafe, lot_lived_in, writer_in_building, writer_named
from hopthu.core.privacy.samesite import drop_sites_said_twice
from hopthu.core.privacy.sitecues import next_site_cue, own_home_before
from hopthu.core.privacy.sites import CLAUSE_END, flat_works_after, home_is_problem_after, names_no_site, site_before

# "số nhà 15", "so nha 40", "SN 19", "sn 8", "số 12A", "so 9", "nhà số 3" (the span is "số 3").
# A house number's marker ("sô 4": a retyped "số" missing its hook; "sn.15": the abbreviation with its dot; "Sn 15"
# capitalised by a phone at a sentence's start).
_MARKER = r"(?<!\w)(?:[Ss]ố [Nn]hà|[Ss]o [Nn]ha|SỐ NHÀ|SO NHA|S[Nn]\.?|sn\.?|[Ss]ố|[Ss]ô|[Ss]o|SỐ|SO|No\.)\s?:?\s?"
HOUSE_NUMBER = re.compile(_MARKER + r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,2}(?:\sbis)?(?![\w/\-.]\d)(?!\w)")  # "5 bis", "27/3B"
_EXPLICIT = re.compile(r"(?i)^(?:số nhà|so nha|sn)")
# "địa chỉ: 15 ngõ 3" — a bare number right after an address cue.
_ADDRESS_CUE_NUMBER = re.compile(
    r"(?i)(?:địa chỉ|dia chi|(?<!\w)[đd]/?c(?=\s?:)|nơi ở|noi o|chỗ ở|cho o(?=\s?:)|nơi (?:thường|tạm|cư) trú"
    r"|noi (?:thuong|tam|cu) tru"
    r"|(?<!\w)(?:hộ khẩu|ho khau|hktt|thường trú|thuong tru|tạm trú|tam tru)(?=\s?:))"
    r"(?:\s(?:nhà|nha|liên hệ|lien he|thường trú|thuong tru|tạm trú|tam tru|cư trú|cu tru"
    r"|hiện tại|hien tai|hiện nay|hien nay|nhà riêng|nha rieng|nhà tôi|nha toi|của tôi|cua toi))?"
    r"\s?:?\s?(\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?)(?![\dA-Za-z])"
)

# People a home belongs to, as the writer names them: "nhà tôi", "nhà tui", "nhà bố mẹ tôi", "nhà ông bà ngoại em".
_PERSON = (r"(?:toi|tui|tao|em|e|minh|chung toi|chung em|bo|me|cha|ba|ma|ong|ba|co|chu|bac|di|cau|chau|con|anh|chi"
           r"|noi|ngoai|gai|trai|me toi|gia dinh)")
# Words before a number that tie it to a person's home (folded, at the end of the clause window).
_HOME_CUE = re.compile(
    r"(?:\bo|\btai|song tai|cu tru tai|thuong tru tai|tru tai|chu ho|\bhang xom|\bnha(?:\s" + _PERSON + r"){1,4}"
    r"|nha o|\bcua toi|dia chi(?:\snha|\sliên he|\slien he)?|\bd/?c\s?:|\bd/c"
    r"|\b(?:ho khau|hktt|thuong tru|tam tru)\s?:|\b(?:day|nha|khu|xom) tro"
    r"|\b(?:chuyen|don)(?:\snha)?\s(?:ve|den|sang)(?:\so)?)\s?(?:\(|,|:)?\s?(?:nha\s)?$"  # "chuyển về số 88": a move home
)
# A residence said anywhere earlier in the clause: "thường trú tại tổ dân phố số 6, nhà số 31 …", "đang ở nhờ nhà tôi số 10".
_RESIDENCE = re.compile(
    r"\b(?:thuong tru|tam tru|cu tru|cu ngu|tru tai|sinh song|song o|song tai|dang o|o cung|o chung|o nho|o voi|thue tro|thue nha|o tro"
    r"|dia chi|nha rieng|que quan)\b"
    r"|\b(?:toi|tui|em|e|minh|chung toi)(?:\sla\s\[ho ten\])? o\s(?:ngo|ngach|hem|kiet|pho|duong|to|tdp|xom|thon|ap)\b"
    # "Tôi ở ngõ 8 Kim Đồng, nhà số 14B", "tui là [họ tên] ở xóm dưới, nhà số 8"
    # "Tôi ở ngay cạnh, nhà số 3", "TÔI LÀ NGƯỜI DÂN Ở ĐỐI DIỆN, NHÀ SỐ 139"
    r"|\b(?:toi|tui|em|minh|chung toi)(?:\sla\s(?:nguoi dan|nguoi|hang xom))?\so\s(?:ngay\s)?(?:canh|ben canh|doi dien|sat vach|sat|gan)\b"
    r"|\b(?:living|live|lives) at\b"
)
# Homes around the site, the writer's neighbours ("Mấy nhà quanh đó (số 12, số 16) đều đã góp ý", p-3377); the
# writer introduced, then the home ("Tôi là mẹ cháu [họ tên] lớp 7, nhà số 11", p-3384).
_NEIGHBOURS_BEFORE = re.compile(r"\b(?:cac|may|nhung) (?:nha|ho)\s(?:xung quanh|quanh do|quanh day|ben canh|gan do|lan can"
                                r"|hang xom)\s?\(?\s?$"
                                r"|\b(?:toi|tui|em|minh) la\b[^.;:!?\n]{0,40},\s?(?:nha\s)?$")
# A house "bên cạnh" with nothing said to happen there: a neighbour's ("Camera nhà số 8 bên cạnh có quay được", p-3379).
_NEXT_DOOR_AFTER = re.compile(r"\s(?:ngay\s)?(?:ben canh|ke ben|sat vach|sat ben|canh ben)\b")
# ... told as the owner of something ("Camera nhà số 8"), not the subject ("Nhà số 20 bên cạnh xây": the site)
_THING_OF_HOUSE = re.compile(r"\b(?:camera|cong|tuong|cay|cho|meo|xe|o to|oto|mai|san|cua so|den|chuong|bon nuoc)\s(?:cua\s)?nha\s$")
# ... nor doing anything there (folded words that are no other common word: not "do", "xa", "danh")
_BUILDS = re.compile(r"\b(?:xay|dao|hat|nuoi|dot|mo loa|mo nhac|cai nhau|danh nhau|chui boi|do rac|xa nuoc|tu tap)\b")
# The writer's own home named in the same clause: "nhà tôi ngay bên cạnh số 86", "nha toi doi dien, nha so 4".
_OWN_HOME = re.compile(r"\b(?:nha|gia dinh|can ho)\s(?:toi|tui|em|minh|chung toi)\b")  # "Nhà tui ở kiệt 7 …, số 7/3"
# The writer next door to the site, then the number: "Tôi nhà bên cạnh, số 202", "em là nhà đối diện, số 9".
_WRITER_NEXT_DOOR = re.compile(r"(?:\b(?:toi|tui|em|minh|chung toi)\s(?:la\s|o\s)?nha|\bnha\s(?:toi|tui|em|minh|chung toi)(?:\so)?)"
                               r"\s(?:ben canh|sat vach|doi dien|ke ben|ngay canh)\s?,?\s?(?:la\s|o\s)?$")  # "Nhà tui đối diện, số 9/2"
# The writer living opposite or next door, then a number: "tôi ở đối diện số 57", "em ở ngay cạnh, số 9".
_WRITER_OPPOSITE = re.compile(r"\b(?:toi|tui|em|minh|chung toi)\so\s(?:ngay\s)?(?:doi dien|ben canh|canh|sat vach|ke ben)"
                              r"\s?,?\s?(?:nha\s)?$")
# A person just named ("[họ tên], số 25", "[họ tên] so 2 ngo 9", "bà [họ tên] (số 4)", "[họ tên] ở số 31").
_EPITHET = r"(?:\s?[\"“'‘][^\"”'’\n]{1,12}[\"”'’])?"  # a quoted epithet after the name: [họ tên] "béo"
_AFTER_PERSON = re.compile(
    r"\[ho ten\]" + _EPITHET + r"(?:,\s(?:to vien|to truong|to pho|thanh vien|hoi vien|dang vien|cu tri)[^,()\n]{0,20})?"
    r"(?:\s?[,\-]\s?\[so dien thoai\])?\s?(?:\((?:\s?(?:xom|thon|ap|lang|to|tdp|ngo|ngach|hem|kiet)\s[^,()\n]{1,15},)?|,|[-–—])?"
    r"\s?(?:nha\s|o\s|tai\s|song tai\s"  # "bà [họ tên] (thôn Đông, số 8)": the hamlet, then her number
    r"|o (?:ngay\s)?(?:ke ben|ben canh|canh ben|sat vach|doi dien)\s?,\s)?$"  # "bà [họ tên] ở kế bên, số 132'
)
# A household named right before the number: "các hộ sát tường bãi rác: hộ ông [họ tên] (số 210/5)".
_HOUSEHOLD_NAMED = re.compile(r"\b(?:ho|ho gia dinh|gia dinh)(?:\s(?:ong|ba|anh|chi|co|chu|bac|cu))?\s\[ho ten\]" + _EPITHET + r"\s?[(,]?\s?$")
# The line right under a name (a signature's address line: "Phạm Văn Dũng\nSố 7 ngõ 2 …").
# ... or in brackets under it: "vợ chồng anh X – chị Y\n(số 9 ngõ 22)", "Ông X\n(nhà 47 Kim Giang)".
# ... or a building's kind before the number in those brackets: "Hoàng Bách\n(chung cư mini số 17 ngõ 9, phòng 501)".
_PERSON_LINE = re.compile(r"\[ho ten\](?:[ ,]{0,3}|\s?\([^()\n]{0,12}\))\n\s{0,3}"
                          r"(?:\(\s?(?:(?:nha|chung cu(?:\smini)?|ccmn|khu tap the|tap the|nha tro|day tro)\s)?)?$")
# The home's owner named after the address: "vào nhà số 15 ngõ 8 … của chị Tâm".
_OWNER_AFTER = re.compile(
    r"^[^,.;:\n]{0,40}\bcua\s(?:(?:ong|ba|anh|chi|co|chu|bac|em|chau|cu)\s)?\[ho ten\]"
    r"|^\s(?:cua\s(?:" + _PERSON + r"\s){0,2}(?:toi|tui|em|minh|chung toi|gia dinh)|la nha\s(?:cua\s)?" + _PERSON + r")\b"
    # "Ở số 5 ngõ 7 là nhà tôi", "số 8 hẻm 3 là nhà bà ngoại em"
    r"|^[^,.;:\n]{0,30}\bla nha\s(?:cua\s)?(?:" + _PERSON + r"\s){0,2}(?:toi|tui|em|minh|chung toi)\b"
)
# ... or in brackets right after it: "Nhà số 44 ngõ 17 Lê Lợi (nhà ông bà ngoại em)".
_OWNER_BRACKET = re.compile(r"^[^,.;:()\n]{0,40}\((?:la\s)?(?:nha|can ho|nha rieng)\s(?:cua\s)?" + _PERSON + r"\b")
# A bare number after "nhà": "nhà em 12B hẻm 3", "nhà ở 37 ngõ 12", "nhà tôi ở 7/15 Trần Phú", "[họ tên], nhà 21 ngõ 5".
# "3/12/5": hẻm in hẻm; "27/3B"; "5 bis"; "K45/12": a home in a Central "kiệt" (lane) 45.
BARE_NUMBER = re.compile(r"(?<![\w/.,\-])(?:K\d{1,4}(?:/\d{1,4}[A-Za-z]?){1,2}|\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?){0,2})"
                         r"(?:\sbis)?(?![\w/\-]|[.,]\d)")
_BARE_CUE = re.compile(
    r"(?:\bnha(?:\s" + _PERSON + r"){0,4}(?:\s(?:o|tai|la))?"
    r"|\b(?:toi|tui|em|minh|chung toi)(?:\s(?:dang|hien|van|hien dang|song|tru|cu tru|thuong tru|tam tru|thue nha|o tro)){0,2}"
    r"\s(?:o|tai)|\b(?:o tro|tro|tru|song)\s(?:o|tai)|\bo\s(?:\w+\s){0,3}tan"  # "trọ ở 102/5", "ở với bà nội tận 5/2"
    r"|\b(?:can ho|phong)(?:\scua\s" + _PERSON + r")?(?:\s?:|\sla)|\b(?:thuong tru|tam tru|cu tru|ho khau)\s(?:o|tai)"
    r"|\b(?:living|live|lives) at|\baddress\s?:?"
    r"|\bso nha(?:\s" + _PERSON + r"){1,3}(?:\sla)?\s?:?|\[ho ten\](?:\s?\([^()\n]{1,20}\))?,?(?:\s(?:o nha|o|tai|nha))?)\s$"
)
# What may follow a bare house number: a lane or street word, a capitalised street name, or the clause's end.
# A place word after it: "ở 27/4 gần chợ", "ở 16A cùng ngõ", "5/2 cuối xóm".
_BARE_AFTER = re.compile(r"(?:\s(?:ngo|ngach|hem|kiet|pho|duong|to|tdp|toa|xom|gan|canh|sat|cung|cuoi|dau|trong)\b"
                         r"|\s(?:ngay\s)?(?:ben|canh|sat|doi dien|ke ben)\b"  # "Nhà tui 45/10 ngay bên", "nha 12B doi dien cong cho"
                         r"|\s[a-z]\d{1,2}\s(?:khu|nha|toa|tap the)\b|\s?[,.;)\n]|\s\((?!\d)|$)")  # "ở nhà 12 (vợ chồng)"
# What makes a number the site of the problem: a business or a building work before it ...
_SITE_CUE = re.compile(
    r"quan\b(?! tam\b)|xuong(?! (?:dong|den|duoi|thap|toi|tan)\b)|cua hang|construction|\bsite\b|gara|garage"  # not "quan tâm"
    r"|cong trinh|karaoke|bida|tiem|co so|diem|tang \d|nha ben\b|nha hang(?! xom)|kho\b|bai\b|kinh doanh|lo (?:nuong|ren|gach|than|mo|banh)"
    r"|day them|mo lop|sua xe|rua xe|giet mo"  # a trade carried on at that address: "dạy thêm ở nhà riêng số 15"
    r"|(?:ngoi|toa) nha (?:\d{1,2} tang|van phong)|cong truong du an|dang xay|dang thi cong|khoi cong(?=[^,;]*$)"  # building work
    r"|(?<!toi )(?<!em )(?<!minh )xay (?:lai |moi )?nha\b(?=[^,;]*$)"  # "xây nhà 4 tầng tại số 21", in its comma clause
    r"|xay (?:dung\s)?(?:(?:nha|chung cu|mini|ccmn|them|lai|tang|\d{1,2})\s){0,3}(?:trai phep|sai phep|khong phep|vuot tang)"  # p-2815
    # a petrol station, a pharmacy, a clinic, a guest house: "Cây xăng ở số 200 đường Láng", "Nhà thuốc ở số 56"
    # (not "nhà thuộc diện/tổ …": "nhà thuộc" folds the same)
    r"|cay xang|tram xang|xang dau|(?:nha|hieu|quay) thuoc(?! (?:dien|to|tdp|khu|phuong|quyen|so|ve|ho)\b)"
    r"|phong kham|nha nghi|khach san|hieu (?:cam do|vang|sach|anh|may)|salon|\bspa\b|phong tap"
    r"|nhom tre|mau giao|mam non"  # a private daycare by its sign: "nhóm trẻ Hoa Mai (số 9 ngõ 12 …)"
)
# ... but not a floor someone rents or lives on, right before it: "Bọn … thuê nhà tầng 3 số 40 ngõ 8".
_FLOOR_LIVED_ON = re.compile(r"\b(?:thue|o|song|o tro|thue tro)(?:\s(?:nha|tro|phong|can ho))?\s$")
# ... a public building at that number ("Trạm y tế phường ở số 5 Hàng Chuối", "Nhà văn hóa tổ 12 ở số 2 ngõ 160") ...
_PUBLIC_SITE_BEFORE = re.compile(
    r"\b(?:tram y te|nha van hoa|tru so|ubnd|uy ban|buu dien|benh vien|thu vien|nha tre|truong (?:mam non|tieu hoc|thcs|thpt))"
    r"\b(?:(?!\b(?:nha|ve|den|roi)\b)[^,.;:()]){0,30}\s(?:o|tai|la)\s(?:nha\s)?$"  # not "bệnh viện về nhà bà ở số 9"
)
# ... the home of the person whose nuisance the sentence told before ("con trai bà hàng xóm … mở nhạc to …, nhà nó là
# nhà số 15 ngõ 23"): that home is the site.
_THEIR_HOME_BEFORE = re.compile(r"\bnha (?:no|han|ho|(?:ong|ba|anh|chi|co|chu) (?:ay|ta))\s(?:la|o)\s(?:nha\s)?$")
# ... a form's field for the place of the problem ("Địa chỉ nơi xảy ra: số 56 …", "Địa điểm: số 12") ...
_SITE_FIELD = re.compile(r"(?:noi xay ra|dia diem|vi tri|dia chi (?:vu viec|su viec|cong trinh|can phan anh))\s?:?\s?$")
# ... the nuisance said before "in the house" ("nuôi gà đá cả chục con ngay trong nhà số 14/7") ...
_SITE_BEFORE_HOME = re.compile(
    r"\b(?:nuoi|karaoke|hat hoi|mo nhac|tu tap|danh bac|kinh doanh|sua xe|rua xe|giet mo|dot rac"
    r"|(?:dau|do) xe|tap ket|phe lieu|ve chai)\b[^,.;:]{0,30}"  # "thu mua phế liệu đậu xe ba gác ở số 3 ngõ Trạm"
    r"\b(?:trong|tai|o)\s(?:nha\s)?$"
    r"|\blan chiem\b(?:(?!\bnha (?:toi|tui|em|minh|chung toi)\b)[^,.;:]){0,30}\b(?:trong|tai|o)\s(?:nha\s)?$"  # not "… trước nhà tôi tại số 17"
)
# ... the object of the complaint right before it ("phản ánh số 16 ngõ 8 …", "đề nghị kiểm tra số 25 …") ...
# ("nhắc nhà số 41 ngõ 8 không để xe …": the house to be reminded is the site, p-3378)
_OBJECT_CUE = re.compile(r"(?:phan anh|kiem tra|xu ly|to giac|xu phat|lap bien ban|ve viec|nhac|nhac nho)\s(?:ve\s|tai\s|o\s)?"
                         r"(?:nha\s)?$")
# ... a stretch of street ("từ số 1 đến/tới số 40", "trước (cửa nhà) số 80", "cạnh số 1", "lối đi chung giữa số 31 và số 33")
_STRETCH_CUE = re.compile(r"(?:\btu(?:\s(?:so\s)?\d\w{0,4}\stoi)?|\bden|truoc|canh|doi dien|goc|sat|gan|(?<!o )(?<!la )\bngay"
                          r"|\bgiua(?:\s(?:so\s)?\w{1,5}\s(?:va|voi))?)\s?(?:(?:cua|cong)\snha\s|nha\s|cua\s|cong\s)?$")
# ... or what happens there, said right after the address ("nhà số 27 ngõ 45 hát karaoke", "đang xây").
_SITE_AFTER = re.compile(
    r"karaoke|\bhat\b|nuoi|dang xay|xay dung|xay lan|lan chiem|do rac|do tron|dot rac|kinh doanh|mo quan|tu tap"
    r"|do nuoc|xa nuoc|nuoc thai|xa thai|chat dong|boc mui|danh bac|bay ban|lan ra|mo nhac|hat hoi|cho thue kho"
    r"|cho (?:\w+\s){0,3}nguoi (?:thue|o)|khong khai bao|dap tuong|dap pha|pha (?:do|tuong)|bui bay"
    r"|mo loa (?:keo keo|hat|karaoke|cong suat|to\b|het co|ra\b|(?:den|toi) \d)"  # not "phường mở loa thông báo"
    r"|mo (?:cua hang|xuong|tiem|lo|kho|co so|xuong san xuat)\b"  # "ở số 40 … mở xưởng sơn trong nhà"
    # "đổ vật liệu xây dựng": "đổ" (to dump) folds to "do" (by), so it is a site before the sufferer's "do"
    r"|do (?:dong|vat lieu|cat|gach|dat|phe thai|xa ban)|xa khoi|khoi den"
    r"|dot (?:vang ma|ma|giay|la|nhua|than|lo than|rom)\b|hoa vang\b"  # "nhà số 8 … đốt vàng mã": smoke made there
    r"|dong coc|dao mong|ep coc"  # piling there
    # a coop, a sty built there; not one beside it ("Tôi ở số 15 ngõ 8 sát chuồng gà nhà ông Tâm": the writer's home)
    r"|(?<!sat )(?<!canh )(?<!gan )(?<!ben )(?<!ke )(?<!ngay )chuong (?:ga|vit|lon|heo|de|chim|bo cau)\b"
    r"|xay (?:len\s)?(?:\d{1,2}|them|moi|sai|vuot|trai)\b"  # "xây 6 tầng", "xây sai phép"
    # a lodging or house crammed and unsafe: "chứa 20 người, điện câu chằng chịt, rất dễ cháy"
    r"|chua (?:\w+\s){0,2}nguoi\b|dien cau|(?<!\d )(?<!pho )(?<!duong )cau dien|de chay|nguy co chay"  # not "ngõ 102 Cầu Diễn"
    # a dog let out into the lane the home stands on (not taken to a park: `_TAKEN_OUT`, `_ELSEWHERE`)
    r"|tha (?:\w+\s){0,4}ra (?:ngo|ngach|hem|kiet)\b"
    # the home is a business or under repair: "nhà số 47 là xưởng gỗ", "Căn nhà 45/8 hẻm 45 … đang sửa"
    r"|\bla (?:xuong|quan|tiem|cua hang|kho|gara|co so|noi (?:san xuat|kinh doanh|chua))\b|dang sua\b"
    r"|cho (?!(?:con|em|chau|anh|chi|bo|me|vo|chong)\b)(?:\w+\s){0,3}?thue lam\b|tu y (?:do|xay|lan|coi noi|dap|dung)\b"  # not "cho con trai"
)
# What makes a flat the site: noise made in it ("Căn hộ 702 tòa A sửa nhà khoan đục cả ngày"); not a pet kept in it
# nor a neighbour's renovation whose rubble goes elsewhere (`_ELSEWHERE`).
_FLAT_SITE = re.compile(r"khoan duc|khoan tuong|dap pha|dap tuong|karaoke|hat hoi|mo nhac|mo loa|keo loa|danh bac|tu tap"
                        # let out as an office or crammed with lodgers: "cho thuê làm văn phòng", "cho 10 người ở"
                        r"|(?:bi\s)?cho thue lam|lam van phong|cho \d{1,3} nguoi|khong (?:dang ky|khai bao) tam tru"
                        r"|tham xuong|ro xuong|dot xuong"  # "từ căn 1607 phía trên thấm xuống trần": the flat above
                        r"|cho sua")  # a dog barking all night in it (p-3257)
# ... unless what happens is said to happen elsewhere: "[họ tên] (số 104) đổ đất lấn ra mương", "ở số 17 hay đốt rác
# ngay đầu ngõ": the number is where the person lives, the site is the ditch or the lane's mouth.
# ... or the person takes it out to a public place away from the home first: "ông X ở nhà số 5 mang loa ra sân chung
# … hát" (not the pavement or the road before the house: "bày hàng ra vỉa hè" there is the site's number).
_TAKEN_OUT = re.compile(r"\b(?:ra|xuong|sang)\s(?:ca\s)?(?:san|vuon hoa|bai|cong|dau ngo|nha van hoa|cho)\b")
_ELSEWHERE = re.compile(
    r"\b(?:ngay|o|tai|ra|xuong)\s(?:dau|cuoi|giua|ngoai|truoc|gam|chan|muong|kenh|ao|song|bai|via he|long duong|khu dat)\b"
    # "ông [họ tên] ở sô 31 xây lấn sang phần tường nhà tôi": a boundary dispute between two homes, no public site
    r"|\bsang\s(?:(?:phan|ca)\s)?(?:(?:dat|tuong|mai|san)\s)?(?:nha\s)?(?:toi|tui|em|minh|chung toi)\b"
    # "số nhà 21 cứ đổ rác sang mảnh đất trống của tôi": onto the writer's own land
    r"|\bsang\s(?:manh|lo|khu|phan|thua)\s(?:\w+\s){0,2}cua\s(?:toi|tui|em|minh|chung toi|gia dinh)\b"
)
# Later in the text, that person's home is where the problem happens: "Ông [họ tên] ở số 40 ngõ 2 nhắn tin đe
# dọa tôi vì tôi phản ánh nhà ông ấy xây lấn ngõ": the number is the site's.
_THEIR_HOME_IS_SITE = re.compile(
    r"\bnha (?:ong|ba|anh|chi|co|chu|bac|cu) (?:ay|ta|nay|\[ho ten\])\s(?:\w+\s){0,2}?(?:" + _SITE_AFTER.pattern + r")"
)
_ADDRESS_AFTER = re.compile(r"\s?,?\s(?:(?:ngo|ngach|hem|kiet)\s\d|(?:pho|duong)\s\w)")
# "số 12 Trần Phú": a capitalised street name of two words right after the number.
_CAPITAL_STREET_AFTER = re.compile(r",?\s(?!TDP|Tổ|To\b|Khu|Phường|Quận|Hà Nội)[A-ZĐÀ-Ỹ][^\W\d_]{0,8}\s[A-ZĐÀ-Ỹ][^\W\d_]{0,8}(?!\w)")
# A person in the clause around an address-shaped number: then, with no site said, the address is a home.
_PERSONISH = re.compile(r"\b(?:" + _PERSON + r"|hang xom|chu nha|ho ten|nguoi nha|ho gia dinh)\b")
_SUFFERS = re.compile(r"\b(?:bi|do|vi)\b")
# Someone living in the house next to the site, its number in brackets: "ở căn cạnh xưởng (nhà số 33)" (p-2925).
_LIVES_NEXT_TO_SITE = re.compile(r"\bo\s(?:can|nha|can nha|ngoi nha)\s(?:ngay\s)?(?:ben canh|canh|sat vach|ke ben|doi dien)\b"
                                 r"[^,.;:()]{0,25}\(\s?(?:nha\s)?$")
# Named people next door, their number in brackets: "[họ tên] và [họ tên] nhà bên (số 18) tranh chấp lối đi".
_NAMED_NEXT_DOOR = re.compile(r"\[ho ten\]" + _EPITHET + r"\s(?:o\s)?nha (?:ben|ben canh|canh|sat vach|doi dien)\s?\(\s?$")
# A named household, its number in apposition, then what it does: "Nhà ông X, số 5 xóm Chùa, nuôi 20 con lợn" (p-2930).
_HOUSEHOLD_APPOSED = re.compile(r"\bnha\s(?:ong|ba|anh|chi|co|chu|bac|cu)\s\[ho ten\]" + _EPITHET + r"\s?,\s?$")
# Numbers that are not houses: "TDP số 5", "tổ số 3", "quầy số 3", "bão số 3", "phòng số 6" (a lodging, below).
_NOT_HOUSE = re.compile(
    r"(?:tdp|to|to dan pho|khu pho|quay|bao|phong|can|xe|bien|cccd|cmnd|khoan|hop dong|lo|ban|chi hoi|(?<!chuyen )(?<!don )(?<!nha )ve|hieu"
    r"|tuyen|cong|hoc|truong|thcs|thpt|mam non|nha tre|nha may|benh vien|xi nghiep|doi|tram|lop|khoa|nhom|cum|dot|ky"
    r"|buyt|bus|ban do|thua|thua dat|lo dat"  # "xe buýt số 32", "tờ bản đồ số 12", "thửa số 215", "lô đất số 7"
    # "vé số 88" is a ticket, but "chuyển về số 88" a move home
    r"|(?<!nha )duong|hem|ngo|ngach|kiet)\s?$"  # a numbered street or lane: "hẻm 12 đường số 9", "ngõ số 3"
)

_OWN_UNIT_BEFORE = re.compile(
    r"(?:\b(?:toi|tui|em|minh|chung toi|gia dinh toi|nha (?:toi|tui|em|minh))\b[^,.;:!?\n]{0,30}"
    r"|\b(?:o tro|thue tro|o nho|song|thuong tru|tam tru|cu tru|cu ngu|tru|nha(?:\s" + _PERSON + r"){1,3})|\[ho ten\]\s?\(?)\s?(?:o|tai)\s"
    r"(?:(?:biet thu|lien ke|nha lien ke|nha vuon|can goc|can)\s)?$"  # "Bố mẹ tôi ở biệt thự BT5-12", "ở căn góc lô 9"
    r"|\bnha (?:toi|tui|em|minh)\s(?:la\s)?(?:(?:biet thu|lien ke|nha lien ke|nha vuon|can goc)\s)?$"  # "Nhà em liền kề LK3-12", "Nhà tôi lô 12"
    r"|\[ho ten\]\s?(?:\(|,)\s?$|\bdia chi(?:\s(?:nha|lien he|cua toi))?\s?:\s?$"  # "ông [họ tên] (lô A6)", "Địa chỉ: lô A5"
)
# "Tôi thuê kiot số 14 ở chợ", "em có sạp số 7": the writer's own stall.
_OWN_UNIT_VERB = re.compile(r"\b(?:toi|tui|em|minh|chung toi|gia dinh toi)\s(?:dang\s|van\s)?(?:thue|mua|co|so huu|dung ban)\s$")
_OWN_UNIT_AFTER = re.compile(r"\s?,?\s?(?:cua\s(?:toi|tui|em|minh|chung toi|gia dinh)|nha (?:toi|em|minh))\b")


# A household in danger: domestic violence, or a threat against a home. There a home's number goes even when the
# text makes it the site ("Nhà bên cạnh là số 31, anh X đánh vợ", "nhà số 16 … tôi đốt cả nhà nó"): GUIDE.md's
# exception for protection; the lane and street stay.
_DANGER = re.compile(
    r"\b(?:danh (?:vo|chong|con|chi|me|em|chau)|danh dap|bao luc gia dinh|bao hanh|dot (?:ca )?nha|cham lua|phong hoa|tat axit)\b"
)
# A sentence opening on the place: "Tại số 5 ngõ 7 có …", "Ở số 24 ngách 6 có đám cưới …" (no one's home named).
_PLACE_OPENS = re.compile(r"\s{0,3}(?:tai|o)\s$")  # bounded: "\s*" is quadratic when searched over a long space run
# The writer living there, said right after a comma or at the sentence's start: "…, tôi ở số 142", "Em ở số 9, …".
_WRITER_LIVES = re.compile(r"(?:^|,)\s?(?:toi|tui|em|minh|chung toi)\s(?:(?:dang|hien|van)\s)?(?:o|song o|o tai|song tai)\s(?:nha\s)?$")
# "nhà" in the clause before the number, not a public building's ("nhà văn hóa số 3"); a business before it is a site.
# The number may stand in apposition after a comma: "Nha ben canh em, So 41 ngo 9, … danh vo" (p-4452).
_HOUSEHOLD_BEFORE = re.compile(r"\bnha\b(?!\s(?:van hoa|tre|may|tho|khach|nghi|thi dau|sach|ga|kho|xe|hang))[^,.;:()]{0,25}(?:,\s?)?$")
_BUSINESS_BEFORE = re.compile(_SITE_CUE.pattern.replace("|nha ben\\b", ""))


# The number inside brackets still open in its clause: "(chủ là ông [họ tên], nhà ở số 33 phố Kim Mã) xả nước thải".
_IN_BRACKETS = re.compile(r"\([^()]*$")
_BRACKETED = re.compile(r"\([^()\n]{0,150}\)")
# A dog let out into a lane: "ở số 9B ngõ 22 … thả con chó ra ngõ 20": another lane than the home's is elsewhere.
_HOME_LANE = re.compile(r"\s(?:ngo|ngach|hem|kiet)\s(\d{1,4})\b")
_LANE_NUMBER = re.compile(r"\s(\d{1,4})\b")


def _other_lane(clause: str, site: re.Match[str]) -> bool:
    """Whether the site said after a home's number is a lane other than the one the home stands on."""
    home, lane = _HOME_LANE.match(clause), _LANE_NUMBER.match(clause, site.end())
    return bool(site.group(0).startswith("tha") and home and lane and home.group(1) != lane.group(1))


# The number said to be right where the problem stands: "nhà tôi số 78 phố Tân Mai ngay chỗ xe đỗ".
_RIGHT_AT_SITE = re.compile(r"[^,.;:\n]{0,30}(?:,\s?)?\b(?:ngay|dung)\s(?:tai\s)?(?:cho|vi tri)\s"
                            r"(?:xe|(?:\w+\s){1,2}(?:do|dau|chat|xa|ngap|vo|sut|hong))")  # "…, ngay chỗ nắp cống vỡ"
# "SN 1958" after a name is "sinh năm" (a birth year), not "số nhà".
_BIRTH_YEAR = re.compile(r"(?i)SN\s?:?\s?(?:19|20)\d\d$")


class _LaterSites:
    """Whether, later in the text, a person's home is said to be where the problem happens
    (`_THEIR_HOME_IS_SITE`). Every number after a person asks it; the text is folded once and the last answer
    kept, so numbers asked in order cost one pass over the text in all (searching the rest of the text again for
    each number made a long letter of addresses quadratic: 176 kB took 32 s)."""

    def __init__(self, text: str):
        self.text = text
        self.folded = ""
        self.asked = -1
        self.found: int | None = None  # where the first such phrase from `asked` on starts
        self._danger: bool | None = None
        self._unsafe_lodging: bool | None = None

    @property
    def unsafe_lodging(self) -> bool:
        """Whether the text says a lodging house is unsafe, flooded or overcharging (`residence`): asked once."""
        if self._unsafe_lodging is None:
            self._unsafe_lodging = lodging_unsafe(fold_same_length(self.text))
        return self._unsafe_lodging

    @property
    def danger(self) -> bool:
        """Whether the text tells of a household in danger (`_DANGER`): asked once per text."""
        if self._danger is None:
            self._danger = bool(_DANGER.search(fold_same_length(self.text)))
        return self._danger

    def site_after(self, end: int) -> bool:  # what happens at the number, said right after it, up to the clause's end
        return bool(_SITE_AFTER.search(fold_same_length(re.split(r"[,.;\n]", self.text[end : end + 60])[0])))

    def after(self, pos: int) -> bool:
        if not self.folded:
            self.folded = fold_same_length(self.text)  # positions stay positions
        if self.asked < 0 or pos < self.asked or (self.found is not None and self.found < pos):
            m = _THEIR_HOME_IS_SITE.search(self.folded, pos)
            self.asked, self.found = pos, (m.start() if m else None)
        return self.found is not None  # none from `asked` on: none from any later `pos` either


def _is_home(text: str, start: int, end: int, number: str, later: _LaterSites) -> bool:
    if _BIRTH_YEAR.match(number):
        return False
    before = fold_same_length(clause_before(text, start, 60))
    if _RIGHT_AT_SITE.match(fold_same_length(text[end : end + 50])):
        return False  # "Nhà tôi số 78 phố Tân Mai ngay chỗ xe đỗ": the number tells where the problem stands
    if own_home_before(before, clause_before(text, start, 60)):  # (`sitecues`)
        return True  # "Xưởng gỗ ở số 60 làm ồn, nhà tôi số 62": the writer's home, whatever the clause named before
    if _WRITER_NEXT_DOOR.search(before):
        return True  # "Tôi nhà bên cạnh, số 202": "nhà bên" is the writer's, not a site
    if aside_home(fold_same_length(text[max(0, start - 100) : start]), fold_same_length(text[end : end + 120])) and not later.site_after(end):
        return True  # "Chủ xưởng là bà [họ tên], nhà riêng của bà ấy ở số 120", "ở với con gái, nhà nó 17" (`homeaside`)
    if _NOT_HOUSE.search(before):
        return False
    if _HOUSEHOLD_BEFORE.search(before) and not _BUSINESS_BEFORE.search(before) and later.danger:
        return True
    if _HOUSEHOLD_NAMED.search(before):
        return not later.after(end)
    if (_WRITER_LIVES.search(before) or writer_in_building(before, later.unsafe_lodging)) and not later.site_after(end):
        return True  # "Kho hàng tại số 140 để hóa chất, tôi ở số 142": the site was the clause before the comma (`residence`)
    if _LIVES_NEXT_TO_SITE.search(before):
        return True  # "ở căn cạnh xưởng (nhà số 33)": the home next to the site, not the site
    if _NAMED_NEXT_DOOR.search(before) and not _SITE_AFTER.search(fold_same_length(text[end : end + 60]).split(")", 1)[-1]):
        return not later.after(end)  # "nhà bên" here is their home, not a site: no nuisance said after the bracket
    site_cue = _SITE_CUE.search(before)
    if site_cue and site_cue.group(0).startswith("tang") and _FLOOR_LIVED_ON.search(before, 0, site_cue.start()):
        site_cue = _SITE_CUE.search(before, site_cue.end())  # "thuê nhà tầng 3 số 40": the floor someone lives on
    site_cue = next_site_cue(_SITE_CUE, before, clause_before(text, start, 60), site_cue, names_no_site)  # (`sitecues`)
    if site_cue or _SITE_FIELD.search(before) or _SITE_BEFORE_HOME.search(before) or _PUBLIC_SITE_BEFORE.search(before):
        return False
    if site_before(before, clause_before(text, start, 60)):
        return False  # "Bể phốt nhà 31B … rò rỉ", "Trước cửa nhà số 19", "Nhà thờ họ ở số 4": the site (`sites`)
    if in_address_field(text, start, fold_same_length) and not later.site_after(end):
        return True  # "Chỗ ở: nhà thuê, số 15 …": where the writer lives, unless a nuisance made there follows (`dwellings`)
    if _THEIR_HOME_BEFORE.search(before) and _SITE_AFTER.search(fold_same_length(clause_before(text, start, 200))):
        return False  # "… mở nhạc to hết cỡ …, nhà nó là nhà số 15": the nuisance's home, told after the nuisance
    if later.unsafe_lodging and not _EXPLICIT.match(number) \
            and lodging_before(fold_same_length(clause_before(text, start, 90))):
        return False  # the unsafe lodging the letter is about
    after = CLAUSE_END.split(fold_same_length(text[end : end + 60]), maxsplit=1)[0]  # (`sites`)
    if text[max(0, start - 2) : start].rstrip().endswith("(") or _IN_BRACKETS.search(before):
        after = after.split(")", 1)[0]  # "Bà [họ tên] (số 6): bãi rác … bốc mùi": the bracket holds her home only
    clause = after.split(",", 1)[0]
    if "(" in clause:  # "Dãy trọ số 45 ngõ 120 (chủ là ông X, nhà ở số 33) xả nước thải": what the site does
        clause = _BRACKETED.sub("", fold_same_length(re.split(r"[.;\n]", text[end : end + 200], maxsplit=1)[0])).split(",", 1)[0]
    site = _SITE_AFTER.search(clause)  # what happens at that address, said in the same clause, unless the home suffers
    rest = fold_same_length(text[end : end + 200])  # it ("bị nhà bên xây lấn"), it is elsewhere (`_ELSEWHERE`, `ownedsites`)
    if (site and not _SUFFERS.search(clause[: site.start()]) and not _ELSEWHERE.search(clause, site.end()) and not done_away(rest)
            and not _TAKEN_OUT.search(clause, 0, site.start()) and not _other_lane(clause, site)) or site_beyond(before, rest, _SITE_AFTER):
        return False
    apposed = after.split(",", 2)
    if len(apposed) > 2 and _HOUSEHOLD_APPOSED.search(before):
        then = apposed[1]  # the clause after the apposed address: "…, số 5 xóm Chùa, nuôi 20 con lợn …"
        site = _SITE_AFTER.match(then.strip())
        if site and not _ELSEWHERE.search(then, site.end()):
            return False
    if home_is_problem_after(clause):
        return False  # "Nhà số 14 ngõ 5 bỏ hoang", "… có người lạ ra vào, nghi buôn bán ma túy" (`sites`)
    next_door = _NEXT_DOOR_AFTER.match(clause)
    if (_NEIGHBOURS_BEFORE.search(before) and not next_door) \
            or (next_door and _THING_OF_HOUSE.search(before) and not _BUILDS.search(clause)):
        return True  # "Em là học sinh lớp 7, nhà số 11 bên cạnh mở loa …" is the site, not the writer's home
    if _AFTER_PERSON.search(before) or _PERSON_LINE.search(fold_same_length(text[max(0, start - 34) : start])):
        return writer_named(before) or not later.after(end)  # a later "nhà ông [họ tên] … nuôi" is not the writer's
    if _OWNER_AFTER.search(after) or _OWNER_BRACKET.search(after):
        return True
    if _OWN_HOME.search(before):
        return True
    if _WRITER_OPPOSITE.search(before):
        return True  # "toi o doi dien so 57" (no site said after it): where the writer lives
    if _STRETCH_CUE.search(before) or _OBJECT_CUE.search(before):
        return False
    if _PLACE_OPENS.match(before):
        return False  # "Tại số 5 ngõ 7 có người bán ma túy": the sentence opens on the place it tells of
    return bool(_EXPLICIT.match(number) or _HOME_CUE.search(before) or _RESIDENCE.search(before)
                or ((_ADDRESS_AFTER.match(after) or _CAPITAL_STREET_AFTER.match(text, end))
                    and _PERSONISH.search(before + " " + after.split(",", 1)[0]) is not None))


# The word right before a bare number that any _BARE_CUE form ends with (a cheap test before the pattern).
_BARE_LAST_WORDS = frozenset(
    "o tai tan nha la toi tui tao em minh bo me cha ba ma ong co chu bac di cau chau con anh chi noi ngoai gai trai dinh".split()
)


def _is_bare_home(text: str, start: int, end: int, later: _LaterSites) -> bool:
    if start < 2 or text[end - 1] == "t" or (text[start - 1] != " " and not after_signed_name(text, start, end)):
        return False  # "bà X, 70t, ở …": an age; a number opens a line only under a name ("[họ tên]\n12B ngõ 35", `dwellings`)
    if text[start - 2] == ")" and _NEXT_ITEM.match(text, end):
        return False  # "1. [họ tên] (phòng 3) 2. [họ tên]": a list's next item
    marker = _MARKER_BEFORE.search(text, max(0, start - 10), start)
    if marker and (m := HOUSE_NUMBER.match(text, marker.start())) and m.end() == end:
        return False  # "trước số nhà 15": the number with its marker, judged as such (`find_house_numbers`)
    before = fold_same_length(text[max(0, start - 40) : start])
    # a signature line ("Em [họ tên] - 14 ngõ 3", `dwellings`), a shared home ("nhà nó 17 hẻm 5", `homeaside`)
    if not after_signed_name(text, start, end) and not aside_home(fold_same_length(text[max(0, start - 100) : start])):
        last = (text[max(0, start - 12) : start - 1].split() or [""])[-1]  # "Ông X\n(nhà 47 …": the line's first word
        if not last or (last[-1] not in ":],)" and fold_same_length(last).lstrip("(") not in _BARE_LAST_WORDS):
            return False
        if not _BARE_CUE.search(before) or last.lower() == "tối":  # "về nhà tối 2/12": an evening, not "nhà tôi"
            return False
    rest = text[end : end + 12]
    after = fold_same_length(rest)
    capital_street = rest[:1] == " " and rest[1:2].isupper() and _OWN_HOME_CUE.search(before) is not None
    if not (_BARE_AFTER.match(after) or capital_street):
        return False
    return _is_home(text, start, end, "số nhà", later)


# A house number's marker right before a bare number (HOUSE_NUMBER's own): "số nhà 15" is judged as HOUSE_NUMBER.
_MARKER_BEFORE = re.compile(_MARKER + "$")
_NEXT_ITEM = re.compile(r"[.)]\s[A-ZĐÀ-Ỹ\[]")
# "nhà tôi ở 7/15 Trần Phú": the writer's own home, so a capitalised street name may follow.
# Also after the writer's name or a residence: "[họ tên], ở 88/12 Nguyễn Lương Bằng", "trú tại 55 Hoàng Cầu".
# A relative's home or the writer's without "ở": "nhà bà ngoại cháu ở 8/12 Hoàng Hoa Thám", "Nhà tui 23 Khương Hạ".
_OWN_HOME_CUE = re.compile(r"(?:(?:(?:\bnha\s|\b)(?:toi|tui|em|minh|chung toi)|\[ho ten\],?|\b(?:o tro|tro|tru|song))"
                           r"\s(?:o|tai|song o|song tai)|\bnha(?:\s" + _PERSON + r"){1,4}(?:\s(?:o|tai))?|\(nha"
                           r"|\[ho ten\],?\snha o|(?:^|\s)o nha)\s$")  # "[họ tên], nhà ở 128/7 …"


def find_house_numbers(text: str) -> list[Span]:
    later = _LaterSites(text)
    found = [m.span() for m in HOUSE_NUMBER.finditer(text)]  # all: an address said as home and as site (`samesite`)
    spans = [m for m in found if _is_home(text, m[0], m[1], text[m[0] : m[1]], later)]
    spans = spans if later.danger else drop_sites_said_twice(text, spans, found, fold_same_length)
    spans += [m.span() for m in BARE_NUMBER.finditer(text) if _is_bare_home(text, m.start(), m.end(), later)]
    spans += [m.span(1) for m in _ADDRESS_CUE_NUMBER.finditer(text)]
    spans += [m.span() for m in WORDS_NUMBER.finditer(text) if _is_home(text, m.start(), m.end(), m.group(0), later)]
    spans += table_cells(text)
    return spans + listed_with_homes(text, spans)


# A room of a public office, not a home: "phòng 5 UBND phường", "Phòng 12 bộ phận một cửa".
_OFFICE_AFTER = re.compile(
    r"\s?,?\s?[(\-]?\s?(?:ubnd|uy ban|bo phan|tiep dan|hop|cong an|mot cua|tram y te|ban\s(?!cung|than)|so\s(?!lam|qua|that|hai\b|\d)|phuong\b)"
    r"|\s(?:tang|phong ngu|m2)\b"  # "căn 2 tầng": a house's size, said right after (not ", tầng 12")
)


def _flat_is_site(text: str, start: int, end: int) -> bool:
    """A flat the complaint is about: "Căn hộ 702 tòa A chung cư Hoàng Gia sửa nhà khoan đục cả ngày" (what happens
    there said in the same clause, not suffered, no writer's home named right before): the agency needs it."""
    if own_home_before(fold_same_length(clause_before(text, start, 30)), clause_before(text, start, 30)):
        return False
    clause = bracket_part(text, start, fold_same_length(re.split(r"[,.;:\n]", text[end : end + 80], maxsplit=1)[0]))
    site = _FLAT_SITE.search(clause)
    if flat_works_after(clause, fold_same_length(text[end : end + 20]), fold_same_length(clause_before(text, start, 30))):
        return True  # "Căn 12 dãy C … mở xưởng in", "Căn hộ 1208 tòa A … đang sửa chữa" (`sites`)
    return bool(site and not _SUFFERS.search(clause[: site.start()]) and not _ELSEWHERE.search(clause, site.end()))


# "Dãy phòng trọ số 45 ngõ 120": the row's number is a house number (`find_house_numbers` tells home from site).
_ROW_BEFORE = re.compile(r"(?<!\w)day\s$")
# "can 2 chau" without diacritics is "cắn 2 cháu" (bit two children): a bare "can" with a short number and
# nothing after it that a flat has (a block, a floor) is no flat.
_BARE_CAN = re.compile(r"[Cc]an\s\d{1,2}$")
# "trừ ở ki-ốt 17", "Các hộ …, tru o lo 24": except, not "trú" (on the text as written, 100 characters back)
_EXCEPT_BEFORE = re.compile(r"(?i)(?<!\w)(?:trừ|(?:chi|ngoai) tru|(?:cac|tat ca)\s[^.;:!?\n]{0,80},\s?tru)\s(?:ở|tại|o|tai)\s$")
_LIVED_IN_BEFORE = re.compile(r"(?<!\w)(?:o|tai|(?<!cho )thue|song o)\s$")  # "bac toi o can 16" (p-4379), not "cho thue can 5"


def unit_is_site(clause: str) -> bool:
    return bool(_SITE_AFTER.search(clause) or home_is_problem_after(clause))


def find_home_addresses(text: str) -> list[Span]:
    spans = [m.span() for m in HOME_ADDRESS.finditer(text)
             if not _OFFICE_AFTER.match(fold_same_length(text[m.end() : m.end() + 20]))
             and not (_BARE_CAN.match(m.group(0))
                      and not _LIVED_IN_BEFORE.search(fold_same_length(text[max(0, m.start() - 12) : m.start()])))
             and not _ROW_BEFORE.search(fold_same_length(text[max(0, m.start() - 4) : m.start()]))
             and not _flat_is_site(text, m.start(), m.end())]
    folded = ""
    for m in UNIT.finditer(text):
        if any(c.isdigit() for c in m.group(0)):
            folded = folded or fold_same_length(text)  # once per text: positions stay positions
            before = clause_before(folded, m.start(), 50)
            if (_OWN_UNIT_BEFORE.search(before) and not _EXCEPT_BEFORE.search(text[max(0, m.start() - 100) : m.start()])) \
                    or _OWN_UNIT_VERB.search(before) \
                    or _OWN_UNIT_AFTER.match(folded, m.end(), m.end() + 20) \
                    or ((lot_lived_in(before) or in_address_field(text, m.start(), fold_same_length)) and not unit_is_site(
                        re.split(r"[,.;\n]", folded[m.end() : m.end() + 60])[0])):  # "[họ tên], nhà ở lô B12-05" (`residence`)
                spans.append(m.span())
    return spans + described_homes(text, fold_same_length)  # "Nhà tui căn cuối hẻm 77/9" (`homespots`)
