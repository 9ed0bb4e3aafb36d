"""The detectors of core/privacy on the tuning items p-3990 … p-4019 (full names of private people in the middle of
formal petitions and complaints, beside officials in their role and places named after people): an official named
before the office they sit in ("chú X bên tư pháp", "bà X, chuyên viên Văn phòng HĐND - UBND") stays; the writer's
home after their self-introduction goes though a later sentence makes a neighbour's home a site; a third person's car
whose offence the sentence tells later keeps its plate; a lone old man not seen for days, a lodging overcharging all
its tenants: the home is the site; a room followed by "bạn cùng phòng" is a room, not an office. With and without
diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Năm ngoái em cho chị Lê Thị Kim Thoa vay 50 triệu. Em lên phường gặp chú Chu Văn Thành bên tư pháp thì chú bảo "
     "phải kiện ra tòa.", ("Lê Thị Kim Thoa",), ("Chu Văn Thành",)),
    ("Người tiếp: bà Lê Thị Thu Hiền, chuyên viên Văn phòng HĐND - UBND.\nCông dân: bà Dương Thị Tám, sinh năm 1958.",
     ("Dương Thị Tám",), ("Lê Thị Thu Hiền",)),
    ("Hồ sơ khai sinh của cháu Đỗ Minh Khang do chị Phan Thị Ngọc Mai bên hộ tịch tiếp nhận.",
     ("Đỗ Minh Khang",), ("Phan Thị Ngọc Mai",)),
]))
def test_an_official_named_before_the_office_they_sit_in_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "chuyên viên" of a private firm is no public office
    ("Anh Vũ Đức Long, chuyên viên ngân hàng, vay của tôi 20 triệu chưa trả.", ("Vũ Đức Long",), ()),
    # the office answering after a comma is not the named person's
    ("Tôi làm giấy khai sinh cho cháu Đỗ Minh Khang, hộ tịch phường hẹn 3 ngày.", ("Đỗ Minh Khang",), ()),
]))
def test_a_private_specialist_or_a_person_before_an_office_that_answers_stays_private(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là Lâm Văn Hùng ở số 5 ngách 12/4 ngõ 12 phố Trần Khát Chân. Nhà ông Đồng Văn Bách cùng ngách nuôi 2 con "
     "chó thả rông ngoài ngách.", ("Lâm Văn Hùng", "số 5", "Đồng Văn Bách"), ("ngách 12/4 ngõ 12 phố Trần Khát Chân",)),
]))
def test_the_writers_home_after_their_introduction_goes_though_a_neighbours_home_is_a_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mấy tháng nay ô tô biển 30K-562.19 của anh Hầu Minh Quân, con trai ông Hầu Văn Tiến hàng xóm nhà em, đêm nào "
     "cũng đỗ chắn ngay miệng ngõ 26 phố Hoàng Văn Thái, xe nhà em (30H-207.58) không ra được.",
     ("Hầu Minh Quân", "Hầu Văn Tiến", "30H-207.58"), ("30K-562.19", "miệng ngõ 26 phố Hoàng Văn Thái")),
]))
def test_a_third_persons_car_whose_offence_comes_later_keeps_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a harm suffered by it ("bị"): the vehicle is a victim's
    ("Xe máy biển 29B1-123.45 của anh Lý Văn Toàn, em họ tôi, bị ô tô đỗ chắn ngõ cả đêm.",
     ("Lý Văn Toàn", "29B1-123.45"), ()),
]))
def test_a_third_persons_vehicle_that_suffers_the_offence_loses_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cụ Lã Văn Khiêm 85 tuổi sống một mình ở số 4 ngõ 8 phố Tôn Đức Thắng mấy hôm nay không thấy mở cửa, con trai "
     "cụ là Lã Văn Định không gọi được.", ("Lã Văn Khiêm", "Lã Văn Định"), ("số 4 ngõ 8 phố Tôn Đức Thắng",)),
]))
def test_a_lone_old_mans_home_not_seen_open_for_days_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Bọn em là người thuê trọ ở dãy trọ số 88 ngõ 210 đường Lê Trọng Tấn, chủ trọ là ông Lưu Đức Tài. Tháng nào cũng "
     "tính điện 4.500đ/số. Phòng em là phòng 3 tầng 2, bạn cùng phòng là Sầm Thị Ngọc Bích cũng bị như vậy.",
     ("Lưu Đức Tài", "phòng 3 tầng 2", "Sầm Thị Ngọc Bích"), ("dãy trọ số 88 ngõ 210 đường Lê Trọng Tấn",)),
]))
def test_a_lodging_overcharging_all_its_tenants_is_the_site_and_the_writers_room_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # one tenant asking for themselves: the lodging's number is their home (p-469)
    ("Mình thuê trọ ở phòng 5 dãy trọ số 14 ngõ 11 Nguyễn Trãi. Chủ trọ thu tiền điện 4.000đ/số, cho hỏi phường có "
     "can thiệp được không.", ("phòng 5", "số 14"), ("ngõ 11 Nguyễn Trãi",)),
]))
def test_one_tenant_asking_about_the_power_price_keeps_their_lodging_private(text, personal, keep):
    gone(text, *personal, keep=keep)
