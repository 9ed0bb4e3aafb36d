"""The detectors of core/privacy on the tuning items p-4410 … p-4439 (signatures at the end of letters, with roles):
a signature line that opens on a role right under a closing ("Thay mặt Ban đại diện …,\nTrưởng ban X", "Trân
trọng,\nTổ trưởng X") names the writer, whose identity is confidential whatever the role; an official confirming a
letter under "Xác nhận của tổ trưởng" still stays. A number where a neighbour "khởi công xây nhà 5 tầng" is the site
and stays; the writer's own number still goes. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đề nghị phường dẹp hàng quà vặt trước cổng trường.\n\nThay mặt Ban đại diện cha mẹ học sinh lớp 5A,\n"
     "Trưởng ban Lương Thị Hằng", ("Lương Thị Hằng",), ()),
    ("Bà con mong phường sớm sửa đèn ngõ 9.\n\nTrân trọng,\nPhó trưởng ban Đặng Văn Toại", ("Đặng Văn Toại",), ()),
    ("Đề nghị phường nạo vét rãnh ngõ 4.\n\nKính thư,\nTổ trưởng Vi Thị Ngần", ("Vi Thị Ngần",), ()),
    ("Kính đề nghị phường xem xét.\nTM. Chi hội người cao tuổi\nChi hội trưởng Kha Văn Bền", ("Kha Văn Bền",), ()),
]))
def test_a_role_signed_under_a_closing_names_the_writer(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Người làm đơn\nBùi Văn Lợi\n\nXác nhận của tổ trưởng tổ dân phố số 4:\nÔng Bùi Văn Lợi phản ánh đúng.\n"
     "Tổ trưởng\nNguyễn Đình Phúc", ("Bùi Văn Lợi",), ("Nguyễn Đình Phúc",)),
    ("Tôi xin cảm ơn tổ trưởng Đoàn Văn Chiến đã nhiệt tình giúp đỡ.\n\nTrân trọng,\nTrịnh Văn Sáng",
     ("Trịnh Văn Sáng",), ("Đoàn Văn Chiến",)),
]))
def test_an_official_named_or_confirming_in_the_role_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Gia đình tôi ở số nhà 47 ngõ 6 phố Kim Ngưu. Ông Tạ Văn Quý khởi công xây nhà 5 tầng tại số 49 ngõ 6 phố Kim"
     " Ngưu, đào móng sát tường nhà tôi.", ("số nhà 47", "Tạ Văn Quý"), ("số 49 ngõ 6 phố Kim Ngưu",)),
    ("Nhà tôi số 12 ngõ 3. Hộ bên cạnh xây nhà 4 tầng tại số 14 ngõ 3 không che chắn, bụi bay khắp ngõ.",
     ("số 12",), ("số 14 ngõ 3",)),
]))
def test_a_number_where_a_house_goes_up_is_the_site_the_writers_home_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
