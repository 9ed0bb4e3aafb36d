"""The detectors of core/privacy on the writings of the tuning items p-2740 … p-2789 (names of private third
parties, signatures, self-introductions and their look-alikes): a given name after a bare "của" or kinship word, a
private tutor after "cô giáo", an official's kin named after "con rể là", a street called "Nhà Chung", with and
without diacritics."""

import pytest

from ward import gone


@pytest.mark.parametrize("text,personal,keep", [
    # a given name after a bare "của", "vợ", "chồng": the name, and the wife's after "là"
    ("Con chó của Tùng ở cuối ngõ thả rông cắn cháu tôi. Vợ Tùng là Loan còn bảo chó nhà tao không cắn ai.",
     ("Tùng", "Loan"), ("Con chó của", "cắn cháu tôi")),
    ("con cho cua Tung o cuoi ngo tha rong can chau toi. vo Tung la Loan con bao cho nha tao khong can ai.",
     ("Tung", "Loan"), ("con cho cua", "can chau toi")),
    ("Chồng Nga bị tai nạn nằm viện, chủ trọ vẫn đòi tiền.", ("Nga",), ("Chồng", "bị tai nạn")),
    ("chong Nga bi tai nan nam vien, chu tro van doi tien.", ("Nga",), ("chong", "bi tai nan")),
    # a list after the first: "xe của Hùng, Dũng và Nam"
    ("Đêm qua xe của Hùng, Dũng và Nam để trong ngõ bị mất.", ("Hùng", "Dũng", "Nam"), ("xe của", "bị mất")),
    ("dem qua xe cua Hung, Dung va Nam de trong ngo bi mat.", ("Hung", "Dung", "Nam"), ("xe cua", "bi mat")),
    # someone's kin by their elder's name, then who the kin is
    ("Con rể ông Cường là Khánh mở quán bia trên vỉa hè.", ("Khánh", "Cường"), ("Con rể ông", "mở quán bia")),
    ("con re ong Cuong la Khanh mo quan bia tren via he.", ("Khanh", "Cuong"), ("con re ong", "mo quan bia")),
    # households by a given name: "nha" without marks is read here, "nhà Văn hóa" stays
    ("Đêm qua nhà Hoa, nhà Lan và nhà Minh bị mất trộm.", ("Hoa", "Lan", "Minh"), ("bị mất trộm",)),
    ("dem qua nha Hoa, nha Lan va nha Minh bi mat trom.", ("Hoa", "Lan", "Minh"), ("bi mat trom",)),
    ("Họp ở nhà Văn hóa tổ 5.", (), ("nhà Văn hóa tổ 5",)),
    ("hop o nha Van hoa to 5.", (), ("nha Van hoa to 5",)),
])
def test_given_name_after_a_bare_kinship_word_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,keep", [
    # a place or a common word after "của": no given name standing alone
    ("Đây là ý kiến của Hà Nội về quy hoạch.", ("của Hà Nội",)),
    ("day la y kien cua Ha Noi ve quy hoach.", ("cua Ha Noi",)),
    ("Đề nghị công khai quỹ của Phúc lợi khu phố.", ("quỹ của Phúc lợi",)),
    ("de nghi cong khai quy cua Phuc loi khu pho.", ("quy cua Phuc loi",)),
])
def test_places_and_words_after_cua_stay(text, keep):
    gone(text, keep=keep)


@pytest.mark.parametrize("text,keep", [
    # an official's given name after "của": `names` kept the full name in its role, so it stays here too
    ("CSKV Đỗ Minh Tuấn đã xuống ngay. Cảm ơn sự nhiệt tình của Tuấn.", ("Đỗ Minh Tuấn", "của Tuấn")),
    ("CSKV Do Minh Tuan da xuong ngay. Cam on su nhiet tinh cua Tuan.", ("Do Minh Tuan", "cua Tuan")),
    ("Chủ tịch phường Trần Văn Bình hứa rồi. Lời hứa của Bình ở đâu?", ("Trần Văn Bình", "của Bình")),
    ("chu tich phuong Tran Van Binh hua roi. loi hua cua Binh o dau?", ("Tran Van Binh", "cua Binh")),
])
def test_officials_after_cua_stay(text, keep):
    gone(text, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # a private tutor after "cô giáo", "thầy giáo": "giao" is a crossing only without an honorific
    ("Cô giáo Hạnh mở lớp dạy kèm tại nhà ở ngõ 6 Trần Bình, phụ huynh để xe kín ngõ.", ("Hạnh",), ("ngõ 6 Trần Bình",)),
    ("co giao Hanh mo lop day kem tai nha o ngo 6 Tran Binh, phu huynh de xe kin ngo.", ("Hanh",), ("ngo 6 Tran Binh",)),
    ("thầy giáo Nam dạy thêm đến 10 giờ đêm", ("Nam",), ("dạy thêm",)),
    ("Ô tô đỗ ở nút giao Nguyễn Trãi gây ùn tắc.", (), ("nút giao Nguyễn Trãi",)),
    ("o to do o nut giao Nguyen Trai gay un tac.", (), ("nut giao Nguyen Trai",)),
    # an official's kin named after a kinship word: the role before is his, not the kin's
    ("Ông Lê Văn Cường, tổ trưởng TDP 5, cho con rể là Khánh dựng lều bán bia. Ông Cường bảo là tạm thời.",
     ("Khánh",), ("Lê Văn Cường", "Ông Cường")),
    ("ong Le Van Cuong, to truong TDP 5, cho con re la Khanh dung leu ban bia. ong Cuong bao la tam thoi.",
     ("Khanh",), ("Le Van Cuong", "ong Cuong")),
    # a street whose name begins with "Nhà" is no household
    ("Xe máy đỗ tràn ra phố Nhà Chung và phố Lý Quốc Sư, tắc cả đêm.", (), ("phố Nhà Chung và phố Lý Quốc Sư",)),
    ("xe may do tran ra pho Nha Chung va pho Ly Quoc Su, tac ca dem.", (), ("pho Nha Chung va pho Ly Quoc Su",)),
    ("Hàng xóm nhà Lan bảo sẽ báo phường.", ("Lan",), ("Hàng xóm",)),
])
def test_teachers_kin_and_streets(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # a signature with the writer's team after the last sentence, in brackets or after a dash
    ("Đèn ngõ 5 phố Trần Phú hỏng cả tuần. (Thuý, tổ 3)", ("Thuý",), ("Đèn ngõ 5 phố Trần Phú", "tổ 3")),
    ("den ngo 5 pho Tran Phu hong ca tuan. (Thuy, to 3)", ("Thuy",), ("den ngo 5 pho Tran Phu", "to 3")),
    ("Đèn ngõ 5 phố Trần Phú hỏng cả tuần.\n- Thuý tổ 3", ("Thuý",), ("tổ 3",)),
    ("den ngo 5 pho Tran Phu hong ca tuan.\n- Thuy to 3", ("Thuy",), ("to 3",)),
    # a place with its team, a crossing at the end: no signature
    ("Cống tắc mấy hôm nay.\nNgõ Chợ tổ 3", (), ("Ngõ Chợ tổ 3",)),
    ("Rác đổ ở ngã tư Lê Lợi - Trần Phú tổ 3", (), ("Lê Lợi - Trần Phú tổ 3",)),
    ("rac do o nga tu Le Loi - Tran Phu to 3", (), ("Le Loi - Tran Phu to 3",)),
])
def test_signature_with_the_writers_team(text, personal, keep):
    gone(text, *personal, keep=keep)
