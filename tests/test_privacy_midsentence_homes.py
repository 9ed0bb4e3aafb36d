"""The detectors of core/privacy on the tuning items p-4170 … p-4199 (house numbers mid-sentence, typed in lower case
and without diacritics, beside numbers that stay): a passenger car ("ô tô con", "xe con") is a vehicle's type, not the
writer's child's, so the abandoned car's plate stays; a named public building's address in brackets right after its
name stays; the number of the home before which the writer's family's stolen vehicle stood goes. With and without
diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("chiếc ô tô con biển 30K-215.47 bỏ ở ngõ 31 phố đội cấn hơn 2 tháng nay, chắn mất nửa ngõ. nhà tôi sn 12 ngõ 31.",
     ("sn 12",), ("30K-215.47", "ngõ 31 phố đội cấn")),
    ("Một xe con biển 29A-555.12 bỏ ở đầu ngõ 4 phố Lê Lợi cả tháng không ai di chuyển.",
     (), ("29A-555.12", "đầu ngõ 4 phố Lê Lợi")),
]))
def test_a_passenger_cars_plate_stays_when_the_car_is_the_complaint(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe máy con tôi biển 29H1-482.16 bị mất trộm ở ngõ 27.", ("29H1-482.16",), ("ngõ 27",)),
]))
def test_the_writers_childs_vehicle_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("1) Hầm để xe chung cư Hoàng Gia (số 2 phố Minh Khai) bị ngập nước mỗi khi mưa to.\n"
     "Bố mẹ tôi ở số 17 ngõ 3 phố Đội Cấn.",
     ("số 17",), ("chung cư Hoàng Gia (số 2 phố Minh Khai)",)),
    ("Cổng trường THCS Chu Văn An (số 10 phố Đội Cấn) giờ tan học xe đỗ kín lòng đường.",
     (), ("trường THCS Chu Văn An (số 10 phố Đội Cấn)",)),
    ("Thang máy tòa nhà HH4 Linh Đàm (số 8 đường Nguyễn Trãi) hỏng cả tuần.",
     (), ("tòa nhà HH4 Linh Đàm (số 8 đường Nguyễn Trãi)",)),
]))
def test_a_named_public_buildings_address_in_brackets_after_its_name_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_market_named_with_its_marks_keeps_its_address():
    gone("Rác ở chợ Lưu Kiếm (số 5 đường Lưu Kiếm) ùn ứ ba ngày.", keep=("chợ Lưu Kiếm (số 5 đường Lưu Kiếm)",))


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi đã gửi giấy mời cho Minh (số 5 ngõ 3) để họp tổ.", ("số 5",), ("ngõ 3",)),
    ("Nhà ông Tâm (số 9 ngõ 6) bị ngập nước.", ("số 9",), ("ngõ 6",)),
]))
def test_a_persons_number_in_brackets_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đêm 2/12 xe máy Wave của con trai tôi để trước cửa nhà số 5 ngõ 27 phố Hoàng Hoa Thám thì bị mất trộm.",
     ("số 5",), ("ngõ 27 phố Hoàng Hoa Thám",)),
    ("Xe đạp điện của tôi dựng trước cổng nhà số 12a ngõ 8 bị trộm mất lúc 3h sáng.",
     ("số 12a",), ("ngõ 8",)),
]))
def test_the_home_before_which_the_familys_stolen_vehicle_stood_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Ổ gà to trước cửa nhà số 19 ngõ 7 phố Lê Lợi, tối qua hai người ngã xe.", (), ("trước cửa nhà số 19 ngõ 7 phố Lê Lợi",)),
    ("Xe của tôi để trước cửa nhà số 7 bị ô tô đâm gãy gương.", (), ("số 7",)),
]))
def test_a_homes_front_that_locates_the_problem_still_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
