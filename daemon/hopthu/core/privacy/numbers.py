"""Numbers that identify a person: bank accounts, passports, CCCD/CMND, private vehicles' plates.

Pure, no I/O. A plate stays when the vehicle is what the letter complains about (the truck dumping
waste, the car blocking the lane: the agency needs it); it goes when the vehicle is the writer's or a
victim's (a stolen motorbike, the car the writer parked), because it points to a person.
"""

from __future__ import annotations

import re

from hopthu.core.privacy.base import (
    ACCOUNT_CUE,
    BANK_AFTER,
    BANK_BEFORE,
    Span,
    clause_before,
    fold_same_length,
    may_hold_account,
)

# Account numbers: 8-19 digits, possibly in groups, after an account cue or next to a bank's name
# (base.ACCOUNT_CUE, BANK_*). The digits only: the cue and the bank stay.
_DIGIT_RUN = re.compile(r"\d(?<!\d\d)(?:[ .\-]?\d){7,18}(?!\d)")

# Passports: one capital letter and 7-8 digits, standing alone (not inside a code like HT-2026-0042).
PASSPORT = re.compile(r"(?<![\w\-/.])[A-Z]\d{7,8}(?![\w\-/])")
# After a passport cue ("hộ chiếu số", "passport No.", "HC:") the number may be in lower case, spaced or
# hyphenated ("c9876543", "B 7654321", "C-1234567"): one or two letters, then 7-8 digits, within a few words.
_PASSPORT_CUE = re.compile(r"(?:ho chieu|passport|\bhc\b)[^\d\n]{0,25}?(?<![\w\-/.])([a-z]{1,2}[ \-]?\d(?:[ .]?\d){6,7})(?![\w\-/])")

# CCCD (12 digits) and CMND (9 digits), grouped any way with single spaces or dots; or in groups of three
# or four joined by dashes ("034-095-012-678") standing alone: a code's digits ("H26-260905-0112") are no ID.
_ID_RUN = re.compile(r"\d(?<!\d\d)(?:[ .]?\d){8,11}(?!\d)|(?<![\w\-./])\d{3,4}(?:-\d{3,4}){2,3}(?![\w\-])")

# Vietnamese plates: 29C-456.78, 30G-111.22, 29G1-567.89, 15C-123.45, 30E98765, 59-X1 234.56.
# Also "29 A1 123.45", "29a1 12345" (the Form's keyboard, no diacritics, no capitals); a private plate needs a
# private-vehicle cue besides, so a lower-case run of digits and letters alone is never taken.
# An electric bike's series has "MĐ" ("29MĐ1-123.45"); some write a dot after the series ("29H1.234.56").
# An old plate has four digits ("29C-1234", "30K 5678"). Dashes may stand spaced: "29E2 - 234.56", "29 - Y3 - 456.78".
# A five-digit number is sometimes grouped two then three ("30e-66 789").
PLATE = re.compile(r"(?<![\w\-])\d{2}(?: ?- ?| )?[A-Za-zĐđ]{1,2}\d?(?: ?[\-.] ?|\s)?(?:\d{3}[. ]?\d{2}|\d{2}[. ]\d{3}|\d{4})(?![\w\-])")
# What makes a vehicle a person's rather than the subject of the complaint, in the clause around it.
# A person the writer names: the writer, family, a friend ("xe của em", "bố em đi xe máy biển số …").
_OWNER = (r"(?:toi|tui|em|minh|chung toi|bo|me|cha|ba|ma|ong|chong|vo|con|anh|chi|chau|ban|phu huynh|nha toi|nha em|nha minh|nha tui|co|chu|bac"
          r"|gia dinh(?:\s(?:toi|tui|em|minh))?)")  # "xe máy của gia đình tôi"
_PRIVATE_VEHICLE = re.compile(
    r"toi gui|gui xe|nha toi|bi mat|mat xe|mat trom|bi trom|trom mat|bi lay|dang ky xe|giay to xe|danh roi|ca ?vet|rach lop"
    r"|bao hiem cho xe|thu tuc bao hiem"  # an insurance claim for it: "làm thủ tục bảo hiểm cho xe ô tô … bị ngập"
    r"|sang ten|mua lai"  # a vehicle changing hands: "đăng ký sang tên xe máy biển … mua lại của người quen"
    # towed or fined, the writer's by title: "xe bị cẩu là xe 30A-…, tôi chỉ dừng 5 phút", "tôi là chủ xe biển …"
    r"|bi cau|cau keo|phat nguoi|bi phat|\b(?:toi|em|minh|tui) la chu xe|(?:toi|em|minh|tui) dung ten"
    r"|\bnha (?:em|minh|tui|chung toi)\b"  # "xe hơi nhà em"
    r"|\b(?:cua|xe|xe may|xe hoi|xe dap|o to|oto)\s(?:cua\s)?(?:(?:thang|dua|con|nha)\s)?"
    + r"(?:" + _OWNER + r"|(?:(?<=thang )|(?<=con ))(?:re|dau))\b(?! gac| so\b)(?<!o to con)(?<!oto con)(?<!xe con)"
    r"(?!(?<=chu) (?:tiem|quan|xuong|gara|co so|cua hang|nha hang)\b)"  # "của chủ tiệm": a business's, not an uncle's
    # "xe ba gác" is a three-wheeler, "ô tô con", "xe con" a passenger car (not "xe con tôi"); "thằng rể tui";
    # "ô tô bán tải" is a pickup, no friend's (but "xe của con biển …" is the child's)
    r"(?!(?<=ban) tai\b)"
    # "của cơ sở vật liệu" is a business's, not "của cô"
    # ... not "có" (there are) before a count of unknown riders: "co may thang di xe may do, bien …" (p-4318)
    r"|\b" + _OWNER + r"(?!(?<=\bco) (?:nguoi|(?:may|mot|vai|nhom|bon|dam|toan)\s(?:thang|dua|nguoi|dam|nhom|bon|toan|tay|em|anh|cau|tre|no"
    r"|chung|so|thanh nien|doi tuong|chiec|cai|con))\b)"  # not "cô Toàn lái xe", "cô Bốn đi xe": a name
    r"\s(?:\w+\s){0,2}(?:di|lai|chay|dung|mua|ban)\s(?:(?:chiec|cai|con)\s)?(?:xe|o to|oto)\b"
    r"|\bbi\s(?:\w+\s){0,2}(?:quet|dam|tong|va cham|va vao|chen|ep|cuop|giat)\b"
    r"|\b" + _OWNER + r"\s(?:chay|lai)\s(?:grab|xe om|taxi|be|gojek|xanh sm)\b"  # "Chồng tôi chạy Grab, xe 59X2-…, bị đánh"
)


# The writer owns the vehicle named right before the plate: "Tôi có xe máy BKS …, xin hỏi thủ tục đăng ký thẻ gửi xe",
# "gia đình tôi sở hữu ô tô …" (not "Tôi có xe máy bị ô tô biển … đâm": that plate is the other vehicle's)
_OWNS_RIGHT_BEFORE = re.compile(
    r"\b(?:toi|tui|em|minh|chung toi|gia dinh toi|nha toi)\s(?:(?:dang|cung|con)\s)?(?:co|so huu)\s(?:(?:mot|1|chiec|cai)\s)?"
    r"(?:xe|o to|oto)(?:\s(?:may|hoi|dap|dien|tai|con|ga|so))*\s?\(?(?:(?:bks|bien so|bien kiem soat)\s?:?\s?)?$")


# What the vehicle does wrong: then it is the subject of the complaint and its plate stays, even when
# the letter says whose it is ("ô tô của ông X đỗ chắn ngõ") — unless it was stolen or lost.
_OFFENCE = re.compile(
    r"\b(?:(?:do|dau)\s(?:chan|tren|giua|ngang|trai|lan)|chan (?:ngang|loi|cua|ngo|cong)|lan chiem|do trom|do rac|do phe thai"
    # a car left before someone's gate for days: "đỗ trước cổng nhà tôi cả tuần không di chuyển"
    r"|(?:do|dau) truoc cong|khong di chuyen|bo lai (?:ca|may|nhieu)"
    r"|phong nhanh|lang lach|ru ga|no po|n[ae]p po|net po|vuot den|qua toc do|chay (?:au|lan lan|nguoc chieu)|cho (?:dat|vat lieu|phe thai)"
    r"|xa (?:khoi|nuoc thai)|(?:chuyen |hay )?giat (?:dien thoai|tui|day chuyen|do)|(?:do|dau) (?:xe )?(?:\w+\s+){0,4}giua (?:ngo|hem|duong))\b"
)
# The vehicle hit someone, said right after its plate with no "bị" between: "xe tải biển … lùi vào va chạm xe máy của
# mẹ tôi" (the victim's vehicle named after it does not make the plate a private one).
# "suýt đâm vào" is a near miss by the writer's side: no offence.
# Its driver turned on someone: "ông lái xe hơi biển … cự cãi rồi đánh anh X", "… xuống xe hành hung tài xế".
_HITS_AFTER = re.compile(r"(?:(?!\bbi\b|\bsuyt\b)[^.;\n]){0,25}?\b(?:lui vao|dam (?:vao|vo)|tong (?:vao|vo)|va cham|quet vao"
                         r"|gay tai nan|cu cai|hanh hung|gay go|danh (?:nguoi|anh|chi|ong|ba|em|co|chu|bac|chau|tai xe|bao ve))\b")
# The writer's own vehicle goes whatever else the clause says ("ô tô 30K-… đỗ chắn cổng, xe của tôi (30E…)").
# ... or a relative's, said with "của": "xe tay ga của chị mình biển …" even after the offender's deed.
_WRITERS = re.compile(r"toi gui|\b(?:xe|o to|oto)(?:\s(?:may|dap|dien|con))?\s(?:cua\s)?(?:gia dinh\s)?(?:toi|tui|em|minh|chung toi)\b"
                      # "ô tô nhà tôi (…)"; not "Xe nhà tôi bị ô tô biển … đâm": the plate after it is the other's
                      r"|\b(?:xe|o to|oto)(?:\s(?:may|dap|dien|con))?\snha\s(?:toi|tui|em|minh|chung toi)\b(?!\s(?:(?:da|vua|lai)\s)?bi\b)"
                      r"|\b(?:xe|o to|oto)(?:\s\w+){0,3}?\scua\s(?:bo|me|cha|chi|anh|em|con|chong|vo|ong|ba|chau)"
                      r"(?:\s(?:trai|gai|noi|ngoai))?\s(?:toi|tui|em|minh|chung toi)\b")
# Whose it is, said right after the plate: "xe wave biển … của con trai tôi", "(…) của bố em".
_OWNER_RIGHT_AFTER = re.compile(r"\)?\s?,?\s?cua\s(?:(?:bo|me|cha|chi|anh|em|con|chong|vo|ong|ba|chau)(?:\s(?:trai|gai|noi|ngoai))?\s)?"
                                r"(?:toi|tui|em|minh|chung toi|gia dinh)\b")
# The writer parked it: "em để xe Wave Alpha màu đỏ, BKS …" (the clause before the plate).
# "em không dắt xe … ra được", "tôi vừa dắt xe": the writer moving it out (a word or two of tense or negation between).
_PARKED = re.compile(r"\b(?:toi|tui|em|minh)\s(?:(?:khong|chua|vua|moi|dang|phai|da)\s){0,2}(?:de|gui|dung|do|dau|dat)\sxe\b")
# Registered to someone: "bố tôi … đứng tên chiếc ô tô …", "xe máy … đứng tên chị X đi cầm" (the owner's name after it
# pushes an offence out of `around`: it is looked for up to the sentence's end).
_REGISTERED_TO = re.compile(r"\bdung ten (?:(?:chiec|cai)\s)?(?:xe|o to|oto)\b"
                            r"|\bdung ten (?:ong|ba|anh|chi|co|chu|bac|bo|me|vo|chong|con)\b")
# Stolen or lost, said later in the sentence: "… BKS 29-H1 234.56, trước cửa hiệu thuốc … thì bị mất".
_STOLEN_LATER = re.compile(r"\b(?:bi mat|mat trom|bi trom|bi lay mat|bi lay)\b"
                           r"|\bbi\s(?:(?!(?:nghi|to|bat|phat|vi|khi|dang|cao|quay|ghi|chup|camera)\b)\w+\s){0,3}?"
                           r"(?:lay trom|lay cap|cay trom|trom|cuom|khuan)\b")  # "bị kẻ gian lấy trộm", not "bị nghi trộm"
# Held by the police, said later in the sentence with no offence told: "…, bị tổ công tác ở chốt … giữ xe".
_HELD_LATER = re.compile(r"\bbi\s(?:\w+\s){0,9}?(?:tam giu|giu)\sxe\b")
# The vehicle described after its theft was told in the sentences before: "… tìm lại chiếc xe bị lấy ở chợ. Ba em …,
# xe là Cub 50 biển …", "Nhà tôi bị mất trộm xe máy. Xe là Vision màu trắng, biển …".
_DESCRIBED = re.compile(r"\b(?:xe|chiec xe|xe may|xe cua \w+)\s(?:la|mang|hieu|loai)\b")
# ... or by its model and colour, the theft told earlier in the same sentence: "Xe máy của em bị mất trộm … ở bãi xe
# trước nhà văn hóa, xe Wave màu đỏ biển số …" (p-4444; not a strange "xe máy màu đen" seen in a later sentence).
# Not a vehicle ridden by someone ("kẻ trộm đi xe Exciter màu đen biển …", "người chạy xe Vision màu đỏ"), nor one in a
# comma clause that tells of the thief ("camera quay được kẻ gian với chiếc xe SH màu trắng biển …"): the offender's
# vehicle, whose plate stays ("bị kẻ gian lấy mất ở bãi xe, xe Wave màu đỏ biển …" is still the stolen one).
_DESCRIBED_COLOUR = re.compile(r"(?<!\bdi )(?<!\bchay )(?<!\blai )(?<!\bcuoi )(?<!\bphong )\bxe\s(?:\w+\s){1,2}mau\s\w+")
_THIEF = re.compile(r"\b(?:ke (?:trom|gian|cap)|ten trom|doi tuong|nghi pham|thanh nien|bon (?:trom|cuop)|ke cuop|cuop|giat)\b")
# "ra lấy thì mất" (came back for it and it was gone), not "thì mất điện", "thì mất 10 phút"
_TOLD_STOLEN = re.compile(r"\b(?:bi mat|mat trom|bi trom|trom mat|bi lay|mat xe|tim lai)\b"
                          # ... after coming back for it ("ra lấy thì mất", "đến 11h ra thì mất."), the clause ending
                          # there or naming the vehicle: not "thì mất trật tự", "thì mất cả tuần", "Bố cháu thì đã mất"
                          r"|\b(?:ra|lay|quay lai|quay ra|tro ra|ve|xuong|day)\b[^,.;!?\n]{0,40}?\bthi (?:da |bi )?mat"
                          r"(?=\s?(?:[,.;!?\n]|$)|\s(?:xe|roi|luon|tieu|hut|trom|chiec)\b)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# Found by the writer ("tôi nhặt được một chiếc xe máy … biển …", "xe vô chủ"): someone else's lost vehicle.
_LOST = re.compile(r"nhat duoc|bo quen|de quen|vo chu|that lac"
                   r"|bi mat|mat xe|mat trom|bi trom|trom mat|bi lay|danh roi|rach lop|thung lop|roi trung|do de len|de bep"
                   # taken away by a thief: "trộm … dắt mất chiếc xe máy Vision biển …" (p-3687)
                   r"|(?:dat|lay|cuom|khuan|dun) mat (?:(?:chiec|cai|con)\s)?(?:xe|o to|oto)\b"
                   # "bị một xe ben quệt ngã": a vehicle hit, its hitter named between
                   r"|bi (?:\w+\s){0,3}(?:quet|dam|tong|cuop|giat|rach|dap pha|cay|trung|vo den|chet may|sup banh|cao|xuoc|do de|chan lai|ngap)")
# The writer got a fine for it ("Tôi nhận được thông báo phạt nguội cho xe ô tô …"): the writer's vehicle, whatever
# offence the notice names after the plate. Also a relative named in between: "Bố tôi là ông X nhận thông báo phạt
# nguội xe …" (the father's car, wrongly fined).
_FINE_RECEIVED = re.compile(r"\b(?:toi|tui|em|minh|chung toi|gia dinh toi)\s"
                            r"(?:la\s(?:ong|ba|anh|chi|co|chu|bac)\s(?:\w+\s){1,4}?)?(?:(?:vua|da|moi)\s)?nhan(?:\sduoc)?\s"
                            r"(?:thong bao|giay|quyet dinh|bien ban|tin nhan)\s(?:\w+\s){0,2}?(?:phat|xu phat)(?! hien)\b[^.;\n]{0,40}$")

# ... or the notice a person received named the plate before the fine: "Bố em nhận được tin nhắn báo xe ô tô biển …
# bị phạt nguội lỗi vượt đèn đỏ" (the family's car, whatever offence the notice names; not "Tổ dân phố đã nhận được tin
# nhắn của người dân: xe ben biển … bị phạt nguội vì chở đất", a residents' group told of someone's lorry).
_NOTICE_BEFORE = re.compile(r"\b(?:toi|tui|em|minh|gia dinh|bo|me|cha|ba|ong|chong|vo|anh|chi|con)\b(?:\s\w+){0,2}?\s"
                            r"(?:(?:vua|da|moi)\s)?nhan(?:\sduoc)?\s(?:thong bao|tin nhan|giay bao|cuoc goi)\b[^.;\n]{0,40}$")
_FINED_AFTER = re.compile(r"\)?\s?,?\s?(?:da\s)?bi\s(?:phat|xu phat)\snguoi\b")

# The writer introduced as the vehicle's owner: "Tôi tên là X, chủ xe ô tô biển …" (not only "tôi là chủ xe").
_OWNER_INTRO = re.compile(r"\b(?:toi|em|minh|tui)\s(?:ten\s)?la\s[^.;\n]{1,50}?,\s?(?:la\s)?chu\s(?:xe|o to|oto|phuong tien)\b"
                          r"(?:(?!\bbi\b)[^.;,\n]){0,20}$")  # not "chủ xe máy bị xe tải biển … tông": the other's plate
# Towed away earlier in the sentence, with no offence told: "mẹ em để xe máy … thì bị đội trật tự kéo đi, xe biển …".
_TOWED_BEFORE = re.compile(r"\bbi\s(?:\w+\s){0,4}?(?:keo|cau)\s(?:di|ve|xe|mat)\b")
_TOW_GAP_OTHER = re.compile(r"\b(?:trong khi|con|nhung|ma|khac|chiec)\b")


# The vehicle that was hit, its plate right after it: "xe container … tông vào xe máy của một chị bán rau biển số …"
# (the victim's; the hitter's own plate stands before the deed).
_STRUCK_BEFORE = re.compile(r"\b(?:tong|dam|quet|huc|va)\s(?:vao|vo|trung|phai)\s(?:chiec\s)?(?:xe|o to|oto)\b"
                            r"[^.;,\n]{0,45}\b(?:bien so|bien|bks)\s?:?\s?$")


def find_accounts(text: str) -> list[Span]:
    spans: list[Span] = []
    if not may_hold_account(text):
        return spans  # no cue and no bank anywhere: no account number
    for m in _DIGIT_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        before = fold_same_length(clause_before(text, m.start(), 45))
        if digits >= 8 and ACCOUNT_CUE.search(before):
            spans.append(m.span())
        elif digits >= 10 and (BANK_BEFORE.search(before)
                               or BANK_AFTER.match(fold_same_length(text[m.end() : m.end() + 24]))):
            spans.append(m.span())
    return spans


# A foreign passport after the cue ("hộ chiếu số 18AB23456", French): one run of letters and digits, five digits or more.
_PASSPORT_CUE_ANY = re.compile(r"(?:ho chieu|passport|\bhc\b)[^\d\n]{0,25}?(?<![\w\-/.])([a-z0-9]{6,12})(?![\w\-/])")


def find_passports(text: str) -> list[Span]:
    spans = [m.span() for m in PASSPORT.finditer(text)]
    folded = fold_same_length(text)
    spans += [m.span(1) for m in _PASSPORT_CUE_ANY.finditer(folded) if sum(c.isdigit() for c in m.group(1)) >= 5]
    return spans + [m.span(1) for m in _PASSPORT_CUE.finditer(folded)]


# An ID broken over two lines after its cue ("CCCD số 001190\n045612"): the line break is only taken there.
_ID_CUES = ("cccd", "cmnd", "can cuoc", "chung minh")
_ID_CUE_SPLIT = re.compile(r"(?:" + "|".join(_ID_CUES) + r")[^\d\n]{0,20}(\d(?:[ .]?\d)*\n\d(?:[ .]?\d)*)(?!\d)")
# An amount of money in thousands is no CMND: "vay 200.000.000 đồng".
_MONEY_AFTER = re.compile(r"\s?(?:đồng|đ|vnđ|vnd|dong|d)(?!\w)", re.IGNORECASE)


def find_ids(text: str) -> list[Span]:
    spans = []
    for m in _ID_RUN.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group(0))
        if digits == 9 and _MONEY_AFTER.match(text, m.end()):
            continue
        if digits in (9, 12):
            spans.append(m.span())
    if "\n" in text:  # an ID split over two lines: folded only then
        folded = fold_same_length(text)
        if any(cue in folded for cue in _ID_CUES):
            spans += [m.span(1) for m in _ID_CUE_SPLIT.finditer(folded)
                      if sum(ch.isdigit() for ch in m.group(1)) in (9, 12)]
    return spans


def _described_after_theft(text: str, start: int) -> bool:
    """The vehicle whose plate stands at `start` is described ("xe là Cub 50 biển …") after its theft was told."""
    clause = fold_same_length(clause_before(text, start, 50))
    if _DESCRIBED_COLOUR.search(clause):
        sentence = _SENTENCE_END.split(text[max(0, start - 220) : start])[-1]
        if _TOLD_STOLEN.search(fold_same_length(sentence)) and not _THIEF.search(clause.rsplit(",", 1)[-1]):
            return True
    return bool(_DESCRIBED.search(clause) and _TOLD_STOLEN.search(fold_same_length(text[max(0, start - 220) : start])))


# A Form's or a letter's field for the writer's vehicle, the plate right after its colon: "Biển số xe (nếu có): …",
# "BKS: …" at the start of a line (a field for an offender says so: "Biển số xe vi phạm:" is no such field).
_PLATE_FIELD = re.compile(r"(?:^|\n)\s{0,3}(?:[-*•]\s?)?(?:bien so(?: xe)?|bks|bien kiem soat)(?:\s(?:xe|cua (?:toi|em|tui|minh)))?"
                          r"(?:\s?\([^)\n]{0,20}\))?\s?:\s?$")
# A list of the household's vehicles: an item line ("- Xe máy Honda Vision BKS …") under a heading that says whose
# they are: "Gia đình tôi có 2 xe cần đăng ký thẻ gửi dưới tầng hầm:", "Hộ em có các xe sau:".
_LIST_ITEM = re.compile(r"\s{0,3}(?:[-*•+]|\d{1,2}[.)])\s")
_HOUSEHOLD_HEADING = re.compile(r"\b(?:toi|tui|em|minh|chung toi|gia dinh|ho|nha)\b(?:\s\w+){0,2}\sco\s"
                                r"(?:\d{1,2}|mot|hai|ba|bon|nam|cac|nhung)\s(?:xe|chiec|o to|phuong tien)\b[^\n]*:\s*$")
# Kept in a parking as its owner's: "có xe máy … vẫn gửi ở nhà xe của B7" (said right after the plate).
_KEPT_IN_PARKING = re.compile(r"[^.;\n]{0,12}\bgui (?:o|tai|trong|duoi)\b")


# How far back a plate's line is read for its field label, list item or heading (a list line is short; a
# 100 kB line of plates read whole for each plate took 20 s).
_LINE_REACH = 300


def _in_field_or_household_list(text: str, start: int) -> bool:
    """The plate at `start` fills the writer's vehicle field, or stands in a list of the household's vehicles."""
    line_start = text.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    if line_start == 0 and start > _LINE_REACH:
        return False  # deep inside one long line: no field label and no list item reaches this far
    if _PLATE_FIELD.search(fold_same_length(text[max(0, line_start - 1) : start])):
        return True
    if not _LIST_ITEM.match(text, line_start) or _OFFENCE.search(fold_same_length(text[line_start:start])):
        return False
    pos = line_start
    for _ in range(8):  # up through the list's items to its heading
        if pos == 0:
            return False
        prev = text.rfind("\n", max(0, pos - 1 - _LINE_REACH), pos - 1) + 1
        if prev == 0 and pos - 1 > _LINE_REACH:
            # a line longer than any list item: only its end is read as the heading ("… có 2 xe sau:")
            prev = pos - 1 - _LINE_REACH
        elif _LIST_ITEM.match(text, prev):
            pos = prev
            continue
        return bool(_HOUSEHOLD_HEADING.search(fold_same_length(text[prev : pos - 1])))
    return False


# Whose the vehicle is, named right after the plate by a third person's title: "ô tô biển … của anh X, con trai ông Y
# hàng xóm nhà em, đêm nào cũng đỗ chắn …": when its offence comes later in the sentence, the plate is the offender's.
# Not the writer's kin ("của anh [họ tên] chồng tôi … bị kẻ gian rạch lốp"), nor a sentence telling a harm suffered.
_THIRD_OWNER_AFTER = re.compile(r"\)?\s?,?\s?cua\s(?:anh|chi|ong|ba|co|chu|bac|thang|nha)\s")
_KIN_OWNER = re.compile(r"^[^.;\n]{0,30}?\b(?:chong|vo|bo|me|con|anh|chi|em|ba|ong)\s(?:toi|tui|em|minh)\b")


def _owner_offends_later(right_after: str, later: str) -> bool:
    """Whether a third person owns the vehicle (said right after its plate, not the writer's kin) and the rest of the
    sentence tells its offence, with no "bị" (a harm suffered) in it."""
    if not _THIRD_OWNER_AFTER.match(right_after) or _KIN_OWNER.match(right_after) or re.search(r"\bbi\b", later):
        return False
    return bool(_OFFENCE.search(later))


# A relative named by title and name rides it: "con trai ông là anh [họ tên] đi xe máy biển …" (a kin word, whose, "là",
# a title and a name of one to four words, then the riding; the clause read back up to 100 characters).
_KIN_NAMED_RIDES = re.compile(r"\b(?:con|chau|chong|vo|bo|me|cha|em|anh|chi)(?:\s(?:trai|gai|re|dau|ho))?"
                              r"\s(?:toi|tui|em|minh|ong|ba|anh|chi|co|chu|bac)\sla\s(?:anh|chi|ong|ba|chau|em|co|chu|bac|cu)"
                              r"\s(?:\w+\s){1,4}(?:di|lai|chay)\s(?:(?:chiec|cai|con)\s)?(?:xe|o to|oto)\b[^.;,\n]{0,30}$")


# "chú Quân", "chú Tiềm" (an uncle named) fold as "chủ quán", "chủ tiệm" (`_PRIVATE_VEHICLE` leaves a business's): the
# mark or the capital tells them apart, on the text as written.
_UNCLE_NAMED = re.compile(r"(?<!\w)(?:[Cc]hú (?:[Qq]uân|[Tt]iềm)|[Cc]hu (?:Quan|Tiem))\b")


def _towed_before(text: str, start: int) -> bool:
    """The sentence before the plate tells its vehicle was towed, right before it, and no offence of it (not "… bị cẩu
    đi, trong khi chiếc ô tô biển … đỗ trên vạch cấm": another vehicle, p-2010)."""
    sentence = fold_same_length(_SENTENCE_END.split(text[max(0, start - 200) : start])[-1])
    towed = [m.end() for m in _TOWED_BEFORE.finditer(sentence)]
    return bool(towed) and len(sentence) - towed[-1] <= 20 and not _TOW_GAP_OTHER.search(sentence[towed[-1] :]) \
        and not _OFFENCE.search(sentence)


# A plate's lead-in ending a long line, the plate wrapped onto the next one by a mail client: "… tôi đi xe máy (BKS:\n
# 98B3-123.45) qua ngã tư …" (`unwrap` keeps a break after a colon). The break is read as a space for the cues.
_LABEL_WRAPPED = re.compile(r"(?:\bbks|\bbien so(?: xe)?|\bbien kiem soat)\s?:\s?\n(?=\d{2})")


def _join_wrapped_labels(text: str) -> str:
    """`text` with a line break after a plate's lead-in at the end of a wrapped line (60 characters or more) turned
    into a space (the same length)."""
    if "\n" not in text:
        return text
    folded = fold_same_length(text)
    breaks = [m.end() - 1 for m in _LABEL_WRAPPED.finditer(folded)
              if m.end() - 1 - (text.rfind("\n", 0, m.end() - 1) + 1) >= 60]
    for pos in breaks:
        text = text[:pos] + " " + text[pos + 1 :]
    return text


def find_private_plates(text: str) -> list[Span]:
    spans = []
    text = _join_wrapped_labels(text)
    for m in PLATE.finditer(text):
        # what follows the plate, up to its sentence's end ("xe bồn biển … nổ máy suốt đêm. Nhà tôi là số 7": not the writer's)
        around = fold_same_length(clause_before(text, m.start(), 50) + " "
                                  + _SENTENCE_END.split(text[m.end() : m.end() + 30], maxsplit=1)[0])
        near = fold_same_length(text[max(0, m.start() - 30) : m.start()] + " " + text[m.end() : m.end() + 15])
        rest = text[m.end() : m.end() + 90]
        end = _SENTENCE_END.search(rest)
        later = fold_same_length(rest[: end.start()] if end else rest)
        owner_after = _OWNER_RIGHT_AFTER.match(fold_same_length(text[m.end() : m.end() + 30]))
        if _WRITERS.search(near) or owner_after or _in_field_or_household_list(text, m.start()) \
                or _FINE_RECEIVED.search(fold_same_length(clause_before(text, m.start(), 90))) \
                or (_NOTICE_BEFORE.search(fold_same_length(clause_before(text, m.start(), 90)))
                    and _FINED_AFTER.match(fold_same_length(text[m.end() : m.end() + 30]))) \
                or (_KEPT_IN_PARKING.match(fold_same_length(text[m.end() : m.end() + 40])) and not _OFFENCE.search(around)) \
                or _LOST.search(around) or _PARKED.search(around) or _STOLEN_LATER.search(later) \
                or (_REGISTERED_TO.search(around) and not _OFFENCE.search(around + " " + later)) \
                or (_HELD_LATER.search(later) and not _OFFENCE.search(around + " " + later)) \
                or (_described_after_theft(text, m.start()) and not _OFFENCE.search(around)) \
                or _OWNS_RIGHT_BEFORE.search(fold_same_length(text[max(0, m.start() - 60) : m.start()])) \
                or _OWNER_INTRO.search(fold_same_length(text[max(0, m.start() - 100) : m.start()])) \
                or _towed_before(text, m.start()) \
                or _STRUCK_BEFORE.search(fold_same_length(text[max(0, m.start() - 80) : m.start()])) \
                or (_KIN_NAMED_RIDES.search(fold_same_length(clause_before(text, m.start(), 100)))
                    and not _OFFENCE.search(around + " " + later)
                    and not _HITS_AFTER.match(fold_same_length(text[m.end() : m.end() + 45]))) \
                or ((_PRIVATE_VEHICLE.search(around) or _UNCLE_NAMED.search(clause_before(text, m.start(), 50)))
                    and not _OFFENCE.search(around)
                    and not _HITS_AFTER.match(fold_same_length(text[m.end() : m.end() + 45]))
                    and not _owner_offends_later(fold_same_length(text[m.end() : m.end() + 50]), later)):
            spans.append(m.span())
    return spans
