"""The detectors of core/privacy on the tuning items p-4260 … p-4289 (home addresses in colloquial letters, Form
answers and unaccented text): the writer's home said as "where I live is" ("chỗ em ở là 46/12 …"), a housing
estate after its short form ("KĐT Lưu Kiếm Xanh") is no person's name, a flat typed on a phone in lower case ("dc:
p.502 ct1b") goes, and a flat upstairs "sửa nhà suốt 3 tháng" is the site. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em là Phùng Thị Ngân, chỗ em ở là 46/12 Nguyễn Khánh Toàn. Quán nhậu ngay đầu hẻm 46 kê bàn ghế kín vỉa hè.",
     ("46/12",), ("đầu hẻm 46", "Nguyễn Khánh Toàn")),
    ("Chỗ tôi ở là 15/3 ngõ 90 Kim Ngưu, đèn đường đầu ngõ 90 hỏng cả tuần.", ("15/3",), ("đầu ngõ 90",)),
]))
def test_the_writers_home_after_where_i_live_is_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Địa chỉ liên hệ: P.302 CT2 KĐT Lưu Kiếm Xanh.\nNội dung: Thang máy số 2 tòa CT2 hỏng từ 28/11.",
     ("P.302",), ("KĐT Lưu Kiếm Xanh", "Thang máy số 2 tòa CT2")),
    ("Rác ở cổng KDC Hòa Bình ba hôm không ai thu gom.", (), ("KDC Hòa Bình",)),
]))
def test_an_estate_after_its_short_form_is_no_persons_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("tầng hầm để xe tòa CT1B bị ngập nước từ chiều qua. dc: p.502 ct1b, sdt 0971 26 38 49",
     ("p.502", "0971 26 38 49"), ("tầng hầm để xe tòa CT1B",)),
    ("nha e o p.1107 toa B, thang may hong 3 ngay roi", ("p.1107",), ()),
]))
def test_a_flat_typed_in_lower_case_with_its_dot_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi ở p.5 quận cũ, nay chuyển về phường Lưu Kiếm.", (), ("p.5",)),
]))
def test_a_ward_written_p_dot_and_one_digit_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("dia chi e: P.1207 toa B2 chung cu Hoang Gia. can ho 1307 ngay tren nha e sua nha suot 3 thang nay, khoan duc"
     " ca chu nhat.", ("P.1207",), ("can ho 1307", "chung cu Hoang Gia")),
    ("Căn hộ 905 tòa A sửa nhà cả ngày, khoan đục từ 7 giờ sáng.", (), ("Căn hộ 905 tòa A",)),
]))
def test_a_flat_where_renovation_goes_on_for_months_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("nha toi o tang 9, nha tang tren can 1005 cua ong Kien sua nha vo ong nuoc, nuoc tran xuong tran nha toi.",
     ("can 1005", "Kien"), ()),
]))
def test_a_flat_that_only_had_repairs_in_a_dispute_between_homes_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
