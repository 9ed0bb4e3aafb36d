"""The detectors of core/privacy on the tuning items p-4740 … p-4769 (home addresses written short): a bare house
number after "dc" (no colon) or the English "Add:" with a lane or street word after it ("dc 15 ngach 7/22", "Add:
18B ngõ 32 Đỗ Quang") goes; "dc 15 ngày" (được, typed short) stays. A flat told by an abbreviation on a signature's
line or after an address cue ("CH 0712 tòa S2", "P1806-T2") goes; the same code elsewhere stays. The writer's name
between such an address and the closing phone ("dc 15 ngach 7/22, Hoa 0865 …") goes (`shorthomes`). An office
tower's building site is the site: its number stays (`homes._SITE_CUE`). With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Rác dồn ở đầu ngách 7/22 Tây Sơn. dc 15 ngách 7/22 Tây Sơn", ("15",), ("ngách 7/22 Tây Sơn",)),
    ("Loa rao ồn quá ở ngõ 32 Đỗ Quang.\nMinh Thư\nAdd: 18B ngõ 32 Đỗ Quang, Trung Hòa",
     ("18B", "Minh Thư"), ("ngõ 32 Đỗ Quang", "Trung Hòa")),
    ("Hố ga mất nắp ở đầu hẻm 12. đc 7/3 hẻm 12, cảm ơn phường.", ("7/3",), ("hẻm 12",)),
]))
def test_a_bare_number_after_dc_or_add_with_a_lane_after_it_is_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nộp hồ sơ rồi mà dc 15 ngày vẫn chưa có kết quả.", (), ("15 ngày",)),
    ("Đợi dc 20 phút mới tới lượt ở bộ phận một cửa.", (), ("20 phút",)),
]))
def test_dc_typed_for_duoc_before_a_number_is_no_address(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Phòng chờ trạm y tế quá chật.\nNgô Thị Bích Ngọc\nCH 0712 tòa S2, chung cư An Bình Garden",
     ("CH 0712 tòa S2", "Ngô Thị Bích Ngọc"), ("chung cư An Bình Garden",)),
    ("Công trường ồn cả đêm.\n--\nTrần Quốc Việt\nP1806-T2 Sunrise Tower", ("P1806-T2", "Trần Quốc Việt"),
     ("Sunrise Tower",)),
    ("Thang máy hỏng 4 ngày. Địa chỉ: CH 1205, chung cư Hòa Bình Green", ("CH 1205",), ("chung cư Hòa Bình Green",)),
]))
def test_an_abbreviated_flat_on_a_signature_or_address_line_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Máy bơm mã P1806-T2 ở trạm bơm đầu ngõ hỏng đã lâu.", (), ("P1806-T2",)),
]))
def test_the_same_code_off_a_contact_line_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Rác dồn thành đống, mùi thối cả ngách. dc 15 ngách 7/22, Hoa 0865 220 379", ("Hoa", "15", "0865 220 379"),
     ("ngách 7/22",)),
    ("Đường ngập mỗi khi mưa. đ/c: 56 ngõ 4 Nguyễn Khang, Lan 0912 086 473", ("Lan", "56", "0912 086 473"),
     ("ngõ 4 Nguyễn Khang",)),
]))
def test_a_name_signed_between_the_address_and_the_closing_phone_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Công trường dự án tòa nhà văn phòng ở số 212 Nguyễn Tam Trinh thi công xuyên đêm.", (),
     ("số 212 Nguyễn Tam Trinh",)),
]))
def test_an_office_towers_building_site_keeps_its_number(text, personal, keep):
    gone(text, *personal, keep=keep)
