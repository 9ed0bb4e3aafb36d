"""The detectors of core/privacy on the tuning items p-3720 … p-3749 (contact data, ID numbers, signatures and
self-introductions in odd forms): a chat display name written given name first, surname last ("Zalo Bảo Nguyễn",
"zalo Hieu Do"), also after "Zalo em:" and when it starts with "La…" (no longer read as "là"); a page's words stay;
a block's shared parking before its number is the site; lower-case "chủ nhật" is Sunday, not uncle Nhật; a street
right after "vỉa hè" is no person. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Có gì nhắn Zalo em: Lan Nguyễn 0905.771.246.", ("Lan Nguyễn", "0905.771.246"), ("Zalo",)),
    ("Co gi lien he toi hoac nhan zalo Hieu Do.", ("Hieu Do",), ("zalo",)),
    ("Anh ta tên trên Facebook là Trâm Lê, hay đăng bài bán hàng.", ("Trâm Lê",), ("Facebook",)),
]))
def test_a_display_name_written_surname_last_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mình tên Hà, có gì nhắn zalo Lâm Trần giúp mình.", ("Lâm Trần",), ()),
    ("Phản hồi xin gửi qua zalo Lan Anh Đỗ.", ("Lan Anh Đỗ",), ()),
]))
def test_a_display_name_starting_like_la_is_not_read_as_la(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Quảng cáo dán đầy cột điện, gọi theo Zalo Nha Dat Ha Noi 0905771246.", ("0905771246",), ("Nha Dat Ha Noi",)),
    ("Thông báo đã đăng trên Zalo Hội Phụ Nữ Phường từ tuần trước.", (), ("Hội Phụ Nữ Phường",)),
])
def test_a_pages_words_after_a_network_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mình ở căn 302 chung cư mini số 8 ngõ 12 Kim Giang. Xe máy để ở nhà xe chung cư mini số 8 ngõ 12 Kim Giang "
     "bị bẻ gương 2 lần.", ("căn 302",), ("nhà xe chung cư mini số 8 ngõ 12 Kim Giang",)),
]))
def test_a_blocks_shared_parking_is_the_site_though_the_writer_lives_there(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xưởng cơ khí của ông Bảy cắt sắt từ 6h sáng, ca chủ nhật cũng làm.", ("Bảy",), ("ca chủ nhật cũng làm",)),
    ("Làm cả thứ bảy và chủ nhật, ồn lắm.", (), ("chủ nhật",)),
]))
def test_sunday_in_lower_case_is_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_uncle_nhat_capitalised_still_goes():
    gone("Hôm chủ nhật chú Nhật sang đổ rác ra mương.", "Nhật", keep=("chủ nhật",))


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe khách đỗ đón khách trên vỉa hè Lê Văn Việt mỗi sáng.", (), ("vỉa hè Lê Văn Việt",)),
]))
def test_a_street_right_after_the_pavement_is_no_person(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tài khoản Facebook Minh Anh hay đăng ảnh cháu lên nhóm.", ("Minh Anh",), ("Facebook",)),
    ("Có gì nhắn Zalo La Thị Hoa giúp tôi.", ("La Thị Hoa",), ("Zalo",)),
]))
def test_a_capitalised_minh_or_la_after_the_network_opens_the_name(text, personal, keep):
    gone(text, *personal, keep=keep)
