"""The detectors of core/privacy on the tuning items p-4620 … p-4649 (long letters with many people): a builder's
site manager ("người chỉ huy thi công là anh X") is a private person, not an officer; an official who guided the
writer ("Cán bộ phường đã hướng dẫn tôi là chị X, công chức tư pháp") is no self-introduction; a pond named after
a place ("ao Quảng Bá") is a place. With and without diacritics where the wording allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Chủ đầu tư ít khi có mặt; người chỉ huy thi công là anh Cù Đức Thắng. Anh Thắng chỉ hứa sẽ gia cố.",
     ("Cù Đức Thắng", "Thắng"), ()),
    ("Công trình số 8 ngõ 4 đào móng, chỉ huy công trình là ông Lạc Văn Bền, ông Bền không cho ai vào xem.",
     ("Lạc Văn Bền", "Bền"), ("Công trình số 8 ngõ 4",)),
]))
def test_a_builders_site_manager_is_a_private_person(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đêm 20/11 chỉ huy trưởng công an phường là đồng chí Mạc Văn Khiêm có mặt kiểm tra.", (), ("Mạc Văn Khiêm",)),
]))
def test_a_police_commander_stays_an_officer(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cán bộ phường đã hướng dẫn tôi là chị Lý Thu Hà, công chức tư pháp - hộ tịch. Số điện thoại của tôi: "
     "0986 713 205.", ("0986 713 205",), ("Lý Thu Hà",)),
    ("Hôm trước phường có nói với tôi là chị Đàm Thị Xoan, công chức địa chính, sẽ xuống đo đạc.", (),
     ("Đàm Thị Xoan",)),
]))
def test_an_official_who_guided_the_writer_is_no_self_introduction(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là Chử Thị Vui, ở ngõ 124 phố Âu Cơ, xin phản ánh.", ("Chử Thị Vui",), ("ngõ 124 phố Âu Cơ",)),
    ("Thằng cháu nội tui là Tí Đen đạp trúng miệng cống té trầy chân.", ("Tí Đen",), ()),
]))
def test_a_self_introduction_and_a_relative_after_tui_la_still_go(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_pond_named_like_a_person_is_a_place():
    gone("Nước tràn làm sập bức tường rào ngăn giữa ngõ và ao Quảng Bá, đè xe của cháu Chử Ngọc Hà.",
         "Chử Ngọc Hà", keep=("ao Quảng Bá",))
    gone("Bờ ao Linh Quang sạt lở, bà Mạch Thị Sen đi qua bị trượt chân.", "Mạch Thị Sen", keep=("ao Linh Quang",))
