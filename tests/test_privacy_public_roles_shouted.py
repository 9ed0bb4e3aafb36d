"""The detectors of core/privacy on the writings of the tuning items p-3190 … p-3219 (public names that must stay):
a group's deputy leader in role after his name, a private building's board head who is no official, a stretch of
road "đoạn trước …" and a pothole "có ổ gà" in a text shouted without marks, and "tháng Giêng" (no "thằng"); and of
p-3220 … p-3249: the office chief in role after her name, a lake named after a famous name. Each case with and
without diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a group's deputy leader named with his role after the name stays, as the leader does
    ("Ông Vinh tổ phó tổ 7 nói đã báo phường sửa cống ngõ 12 mà chưa thấy ai đến.", (), ("Vinh",)),
    ("Ông Vinh tổ trưởng tổ 7 nói đã báo phường.", (), ("Vinh",)),
    # the head of a private building's board is no official: his role after his name does not keep it
    ("Hầm gửi xe chung cư ngập nước, ban quản lý tòa nhà do anh Trịnh Quốc Việt làm trưởng ban không xử lý.",
     ("Trịnh Quốc Việt",), ("làm trưởng ban không xử lý",)),
    # ... while the ward market's board head stays (p-2904)
    ("Chợ Ngọc Lâm sau 6 giờ chiều rác vứt bừa bãi. Ban quản lý chợ (ông Trưởng ban Phạm Văn Đông) chưa cho người "
     "dọn.", (), ("Phạm Văn Đông",)),
]))
def test_roles_after_a_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # shouted without marks: "DOAN" is "đoạn" before a place word, "CO" is "có" before a common word
    ("KINH GUI UBND PHUONG, DUONG NGUYEN VAN CU DOAN TRUOC TRUONG THPT NGUYEN GIA THIEU CO O GA TO, HOC SINH DI XE "
     "DAP HAY NGA.", (), ("DOAN TRUOC TRUONG THPT NGUYEN GIA THIEU CO O GA TO",)),
    ("doan gan cho co nhieu rac, doan qua cong chua rat toi.", (), ("doan gan cho", "doan qua cong chua")),
    # "tháng Giêng", "tháng Chạp": months, though "thang" without marks is also "thằng"
    ("chua Quan Su dip ram thang Gieng khach dong, xe may do kin via he.", (), ("thang Gieng",)),
    ("Chùa Quán Sứ dịp rằm tháng Giêng khách đông.", (), ("tháng Giêng",)),
    ("Mong giai quyet truoc thang Chap.", (), ("thang Chap",)),
    # ... and a boy called names is still a name
    ("thang Cuong nha ben hay nem da vao mai nha toi.", ("Cuong",), ("nha ben",)),
    # "Đoàn" as a surname stays a name
    ("Ông Đoàn Văn Hậu ở tổ 3 hay đốt rác.", ("Đoàn Văn Hậu",), ("tổ 3",)),
])
def test_shouted_stretches_potholes_and_months_are_no_names(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the chief of the committee's office in her role, named again short
    ("Tôi muốn gặp bà Đỗ Thị Hoa, Chánh Văn phòng HĐND và UBND phường, để hỏi về đơn. Xin hỏi bà Hoa tiếp dân ngày nào?",
     (), ("Đỗ Thị Hoa", "bà Hoa")),
    # ... and a private person of the same shape without a role stays private
    ("Tôi muốn gặp bà Đỗ Thị Hoa ở tổ 5 để hỏi chuyện tiền điện chung.", ("Đỗ Thị Hoa",), ("ở tổ 5",)),
]))
def test_the_office_chief_in_role(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # "Hồ" before a famous name is a lake, written with its marks; Mr Hồ stays a name
    ("Hồ Ba Mẫu buổi tối có nhóm người câu trộm cá.", (), ("Hồ Ba Mẫu",)),
    ("HỒ BA MẪU CÓ NGƯỜI CÂU TRỘM CÁ.", (), ("HỒ BA MẪU",)),
    ("Hồ Văn Ba ở tổ 2 đổ rác ra hồ.", ("Hồ Văn Ba",), ("ở tổ 2",)),
])
def test_a_lake_named_after_a_famous_name(text, personal, keep):
    gone(text, *personal, keep=keep)
