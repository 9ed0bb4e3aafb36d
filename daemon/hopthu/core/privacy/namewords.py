"""The words the name detector (names.py) reads names by: surnames, middle names, given names written
in lower case, honorific and kinship words, historical figures public places are named after, and the
capitalised words that begin a place or a role instead of a name. Plain data, no I/O.
"""

from __future__ import annotations

# Vietnamese surnames, common and rare (folded), and the usual middle names.
SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly luu dao doan dinh lam mai "
    "trinh truong cao ha ta luong vuong kieu phung trieu chu ton giap quach lo kim chu lac man kha hua "
    "mac nghiem khuc au pho ninh quan bach la thai tang tu to khong diep dam dong luc ma nong ong than "
    "vien vi vy hau be sam lai tieu thach banh lieu nhu quang khuat ung tong van cu giang yen phi cam uong thieu "
    "vuu khau can khuong thao sung lu ksor rmah nie mua "
    "ban tan chao lau hang vang chau dau".split()  # Dao and Hmong surnames, taken only with their marks (SURNAMES_MARKED_ONLY)
)
# Surnames whose folded form is a common word: a bare full name opens with them only as written with marks
# ("Bàn Văn Sơn", "Tẩn Thị Dín", "Chảo Láo Sử"; "Ban Văn hóa" is a ward's board).
SURNAMES_MARKED_ONLY = frozenset("ban tan chao lau hang vang chau dau".split())  # "Vàng A Sình" (Hmong); "Châu", not "Cháu"
# The surnames above as they are written, for telling "ĐỒNG" from "ĐỘNG", "Lê" from "Lễ" in a text with marks.
SURNAMES_MARKED = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lưu đào đoàn đinh lâm mai trịnh trương "
    "cao hà tạ lương vương kiều phùng triệu chu tôn giáp quách lò kim chử lạc mẫn kha hứa mạc nghiêm khúc âu phó ninh "
    "quan bạch lã thái tăng từ tô khổng diệp đàm đồng lục mã nông ông thân viên vi hầu bế sầm lại tiêu thạch bành "
    "liễu nhữ quảng khuất ứng tống văn cù giang yên phí cầm uông thiều vưu khâu cấn khương thào sùng lù lữ niê mùa vy "
    "đậu quàng lường doãn bàn tẩn chảo lầu hạng vàng châu".split()
)
MIDDLE = frozenset(
    "van thi duc huu quoc ngoc dinh xuan thanh minh gia cong bao kim thu hong quang dang tuan nhu tan "
    "trung bich mai thuy dieu nu that hoai khanh hai viet phuong anh ba hoang tien manh trong khac dac phuc".split()
)

# In lower case a name must look like one beyond doubt: a common surname and a usual middle name,
# spelled with their diacritics, or with none at all ("đô thị", "tư vấn", "phản ánh" are no names).
LOWER_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao doan dinh lam trinh truong "
    "cao ha luong vuong kieu quach giap chu ton tang au".split()
)
LOWER_SURNAMES_MARKED = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn đinh lâm trịnh trương "
    "cao hà lương vương kiều quách giáp chu tôn tăng âu khổng lã mạc tạ".split()
)
LOWER_FIRST = LOWER_SURNAMES | LOWER_SURNAMES_MARKED
LOWER_MIDDLE = frozenset("van thi duc huu quoc ngoc dinh xuan thanh minh gia cong thu hong quang dang kim".split())
LOWER_MIDDLE_MARKED = frozenset("văn thị đức hữu quốc ngọc đình xuân thanh minh gia công thu hồng quang đăng kim".split())

# Honorific and kinship words, written as people write them (lower-cased original, diacritics kept).
HONORIFICS = frozenset(
    "ông bà anh chị em cháu bác cô chú cụ bé thằng thg con mụ mẹ dì cậu mợ thím má mr ms mrs thầy "
    "thợ "  # a tradesman by his first name: "gọi thợ Đạt 0917 …"
    "mệ mạ dượng "  # Central and Southern kinship: "mệ Tý" (grandmother), "mạ Lài" (mother), "dượng Khải" (uncle)
    "ổng bả "  # Southern "he", "she" before a name: "ổng Hai Lúa", "bả Tư"
    "a c e ô "  # teen-code: "c Hoa" (chị), "a Tùng" (anh), "e Linh" (em), "ô Khang" (ông)
    "ong ba chi chau bac co chu cu be thang mu di cau mo".split()
)

# Kinship words as written with their marks: after an honorific they are kin, not a name ("Ba Mẹ tôi").
KINSHIP_MARKED = frozenset("mẹ bố cha ông bà cô chú bác dì cậu mợ thím anh chị em con cháu má mạ mệ".split())

# Historical figures streets and schools are named after, when the street word is left out.
FAMOUS = frozenset({
    "tran phu", "le loi", "hoang hoa tham", "nguyen du", "phan boi chau", "ly thuong kiet", "ngo quyen",
    "tran hung dao", "le quy don", "chu van an", "to hien thanh", "nguyen trai", "kim dong", "bach dang",
    "le nin", "hai ba trung", "quang trung", "nguyen hue", "ly thai to", "le duan", "vo thi sau",
    "nguyen thi minh khai", "hung vuong", "tran quoc toan", "ton duc thang", "nguyen van cu", "pham ngu lao",
    "nguyen chi thanh", "ho tung mau", "xuan thuy", "ho chi minh", "vo nguyen giap", "phan dinh phung",
    "nguyen thai hoc", "dinh tien hoang", "ly nam de", "tran nhan tong", "le thanh tong", "nguyen luong bang",
    "luu kiem", "ton that thuyet", "phan chu trinh", "huynh thuc khang", "le van luong", "truong chinh",
    "bac ho", "ly tu trong", "nguyen van linh", "nguyen xien", "nguyen tuan", "nguyen huy tuong", "nguyen khanh toan",
    "pham van dong", "pham hung", "tran duy hung", "tran dang ninh", "tran khat chan", "tran quang khai",
    "le trong tan", "le thanh nghi", "hoang quoc viet", "hoang van thai", "hoang minh giam", "vo chi cong",
    "vo van kiet", "nguyen dinh chieu", "truong dinh", "dinh bo linh", "dao duy anh", "dao duy tu", "to vinh dien",
    "lac long quan", "au co", "cao ba quat", "le hong phong", "nguyen thi dinh", "nguyen van troi", "le lai",
    "ham nghi", "de tham", "bui vien", "huynh tan phat", "nguyen huu tho", "nguyen tat thanh",
    "ba trieu", "ba mau", "ong ich khiem", "ba huyen thanh quan", "ton that tung", "pham ngoc thach",
    "dang van ngu", "ho dac di", "tran quy cap", "nguyen khuyen", "ngo si lien", "nguyen nhu do", "nguyen phong sac",
    "hoang mai", "khuong dinh", "khuong mai", "khuong trung", "kim giang", "kim lien", "mai dong", "hoang liet",
    "dinh cong", "tran thai tong", "le dai hanh", "ly chinh thang", "nguyen binh khiem", "tran cao van",
    "le thanh ton", "le van sy", "bui dinh tuy", "phan xich long", "vu ngoc phan", "dang tien dong",
})

# Given names that stand for a person in lower case after a kinship word ("bà hoa", "chị nhàn"): usual
# names that are no common word in that place ("hiền", "lành", "vui" are left out: "chó nhà chị hiền").
GIVEN_LOWER = frozenset(
    "lan hoa hoà hòa tư tu minh hùng hung mai hạnh hanh nga tâm tam bình binh hải hai sơn son long nam thu thủy thuy "
    "hương huong linh trang ngọc ngoc dũng dung tuấn tuan phương phuong hà thơ tho quang thanh cường "
    "cuong đức duc hằng hang yến yen loan liên lien nhung hồng hong vân xuân xuan tám sáu bảy "
    "tý tí tèo teo nụ thoa thảo thao huệ hue cúc cuc đào dao quyên quyen hậu hau lộc loc phúc phuc "
    "nhàn khải khôi thuận tùng tú trâm hiếu huy hưng khánh kiên lâm luân mạnh nghĩa quân quyết "
    "tài thắng thịnh toàn tuyết vinh khuê lụa mến mơ nhi oanh sen thắm thơm uyên vy xoan hoan "
    "duyên giang hạnh hậu hường khoa liễu loan lý mận nương phượng quế tâm thìn "
    "thúy thư trinh tuyền yên ngân nhung hải khoa an sau bay tam chin ut út vĩnh "
    "nguyệt nguyet chiến chien hân han nhật nhat lợi "
    "tun tũn bin tít ti bống cún mít sóc bông na".split()  # the last: children's nicknames ("thằng tun", "bé bống")
)

# Words after "nhà" that begin a place or a thing, not a household's name ("nhà Văn hóa", "nhà Thờ").
NOT_AFTER_HOUSE = frozenset(
    "văn thờ hàng máy trẻ khách nghỉ sách hát ga kho xe thi tang nước số riêng trọ dân đất báo giáo tù "
    "vệ ăn bếp cao kính để".split()
)

# Capitalised words that begin a role or a place, not a name, in a list after a name ("chị Hoa, Trạm y tế").
NOT_LISTED = frozenset(
    "trạm trường chợ ngõ phố đường số tòa nhà khu công trung bệnh ủy hội ban phòng tổ thôn xóm quận huyện tỉnh "
    "thành xã phường cầu chùa đình đền trưởng phó chủ cán bí hiệu giám đồng các những mặt cảm kính trân xin "
    "tdp ubnd".split()
)

# In a text written in capitals without marks: words that end a name already after its first word ("BA SEN BI …",
# "ONG TU O …"), and common words no name begins with after a title-like word ("… CO O GA TO": có ổ gà to).
SHOUTED_SECOND_STOP = frozenset("bi o la".split())
SHOUTED_NO_NAME = frozenset("o co la da dang bi rat nhieu mot khong cac nhung ca".split())
