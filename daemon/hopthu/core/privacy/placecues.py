"""The words before a name that make it a public place's (for `namecues.is_place`): "phố Lê Lợi", "trường THCS Ngô
Sĩ Liên", "chợ Hôm", the second street of a crossing ("ngã ba đường Hàm Nghi - Lê Thánh Tôn").

Patterns only; it imports nothing of hopthu (the import chain from the service stays within its budget).
"""

from __future__ import annotations

import re

# A public place named after a person: the word before the name. Folded where the folded word
# is unambiguous, with diacritics where folding collides ("chợ"/"cho", "cầu"/"cau", "đình"/"đinh").
# A place word right before the name, on the same line ("phường\n\nBà X" is no place). "giao" (a crossing) not after
# an honorific: "cô giáo Hạnh", "thầy giáo Nam" is a teacher.
PLACE_BEFORE = re.compile(
    r"(?:(?<!bieu )(?<!tuyen )duong|pho|ngo|ngach|hem|truong(?: th| mn)?|tieu hoc|thcs|thpt|ptth|mam non|cong vien|benh vien|nga ba|nga tu|"
    r"(?<!\bco )(?<!\bba )(?<!\bong )(?<!thay )giao|"  # not "cô giáo Hạnh"
    r"toa|chung cu|khach san|nha van hoa|tap the|ben xe|tuyen|quang truong|cong ty|sieu thi|khu|ao lang|lang|"
    r"vuon hoa|san bong|san van dong|tuong dai|bung binh|vong xoay|nut giao"
    r"|(?:gam|chan|duoi|thanh|mat|len|doc|doan|qua|tren|dau|gan) cau|du an"  # "gam cau Vinh Tuy", "doan cau Moi": a bridge, not "cậu"
    r"|muong(?: thoat nuoc)?|(?:kenh|cong|rach) thoat nuoc"  # "mương thoát nước Ba Xã"
    r"|(?:nam|nhap|vao|ra|tai|\bo|\bdi|len|den) vien"  # "nằm viện Bạch Mai", "o vien Bach Mai": a hospital, not "sinh viên"
    r"|bien ap|\btba|tram bom|tram xang|cay xang"  # "trạm biến áp Bạch Mai 3", "trạm bơm Yên Sở"
    r"|khu (?:dat dich vu|lien ke|phan lo)"  # "khu đất dịch vụ Đồng Mai", "khu liền kề Đồng Mai", "khu phân lô Đồng Mai" (p-4356)
    # "chợ" written without marks ("cho" is also "for"): only after a word that places it ("cổng chợ", "khu chợ")
    r"|(?:cong|khu|bai xe|giu xe|truoc|sau|canh|goc|dau|cuoi|giua|ben trong|quan ly) cho|dan cu|dinh cu|khu dau gia"
    r"|(?:ngo|ngach|hem|kiet|so|so nha) \d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2}"  # "ngõ 190 Lò Đúc", "số 13 Lò Đúc"
    # "nhà ở 128/7 Trần Phú", "nhà: 12 Lê Lợi", the writer's "nhà tui 5/20 Nguyễn Công Trứ" (p-3676)
    r"|(?:\bo|\btai|\bnha(?: t[ou]i| em| minh)? ?:?|\blane|\balley|\bchi ?:) k?\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?){0,2}) ?\Z"
)
# With marks also the places whose folded word is a common one ("hồ"/"họ", "bến"/"bên", "đoạn"/"doan", "sân"/"san"):
# "vườn hoa Lý Tự Trọng", "đoạn Nguyễn Văn Linh", "hồ Ba Mẫu", "bến Bà Đá".
PLACE_BEFORE_MARKED = re.compile(
    r"(?:chợ|cầu|(?<!gia )đình|chùa|mương|rạch|sông|suối|viện|"
    r"đền|quận|huyện|tỉnh|làng|kênh|xã|thôn|phường|hẻm|phố|đường|vườn hoa|đoạn|dọc|hồ|bến|sân|"
    r"miếu|lăng|tượng đài|bùng binh|vòng xoay|nút giao|ga|dốc|đê"
    r"|(?<!\w)ao) ?\Z"  # a pond: "ao Quảng Bá", "giáp ao Linh Quang" (p-4642); "áo" (a shirt) has its mark
)
# The second street of a crossing: "ngã ba đường Hàm Nghi - Lê Thánh Tôn", "góc phố Huế - Trần Xuân Soạn",
# "nút giao Nguyễn Trãi – Khuất Duy Tiến".
CROSSING = re.compile(r"(?:duong|pho|nga ba|nga tu|giao lo|nut giao|goc)\s(?:[^\W\d_]{1,8}\s){1,4}[-–]\s?\Z")
# A stretch of it said right after a capitalised "Duong" and its name, in a text without marks: "Duong Chien Thang doan
# truoc ho Van Quan" is đường (a street), not Mr Dương (read on the folded text from the name's end).
STRETCH_AFTER = re.compile(r" doan (?:tu|truoc|sau|gan|qua|cuoi|dau|giua|canh|ngang|nay|thuoc|tiep giap)\b")
