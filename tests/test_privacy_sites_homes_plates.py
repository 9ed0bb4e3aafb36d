"""The detectors of core/privacy on the tuning items p-4560 … p-4589 ("the site at a number stays, the home at a
number goes; plates both ways"): a relative named before "nhà" ("mẹ mình nhà số 76 ngay đó", "Bà nội em nhà số 6")
marks that number as a home, while the pit, the karaoke or the building site at another number stays; a person called
Em ("Bà Em nhà số 8 … mở loa") and siblings ("chị em nhà số 5") are no relative of the writer. A stolen vehicle
described after "ra lấy thì mất" loses its plate ("thì mất 10 phút" tells no theft); a relative named by title and
name riding it ("con trai ông là anh X đi xe máy biển …") loses it too, unless the ride is the offence. With and
without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Vỉa hè trước số 80 phố Đông Các bị đào bỏ đó. Mẹ mình nhà số 76 ngay đó hôm qua vấp ngã.", ("số 76",),
     ("trước số 80 phố Đông Các",)),
    ("Xưởng mộc tại số 22 ngõ 14 chạy máy từ 6h sáng. Bố em nhà số 9 ngay cạnh không ngủ được.", ("số 9",),
     ("Xưởng mộc tại số 22 ngõ 14",)),
    ("Công trình tại số 8 ngõ 6 phố Lò Rèn lấn ngõ. Bà nội em nhà số 6 ngõ 6 phải lách qua giàn giáo.", ("số 6",),
     ("số 8 ngõ 6 phố Lò Rèn",)),
]))
def test_a_relatives_home_named_before_nha_goes_beside_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Quán nhậu ồn ào. Bà Em nhà số 8 ngõ 2 mở loa to.", (), ("số 8 ngõ 2",)),
    ("Chị em nhà số 5 ngõ 9 hay hát karaoke tới khuya.", (), ("số 5 ngõ 9",)),
]))
def test_a_person_called_em_or_siblings_of_a_house_are_no_relative_of_the_writer(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi gửi xe ở bãi xe chợ Lưu Kiếm, khoảng 9h ra lấy thì mất, xe Wave màu đỏ biển số 29H1-482.37.",
     ("29H1-482.37",), ("bãi xe chợ Lưu Kiếm",)),
]))
def test_a_vehicle_gone_when_the_writer_came_back_for_it_loses_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Vào lấy xe thì mất 10 phút, xe Vision màu trắng biển 29E1-306.55 đỗ chắn lối ra bãi.", (), ("29E1-306.55",)),
]))
def test_time_lost_is_no_theft_and_the_blocking_vehicle_keeps_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe tải biển 29H-215.77 của kho hàng đỗ dưới lòng đường; con trai ông là anh Tăng Quốc Việt đi xe máy biển "
     "29T1-640.58 đã va vào đuôi xe này.", ("Tăng Quốc Việt", "29T1-640.58"), ("29H-215.77",)),
    ("Con gái tôi là chị Hà đi xe máy biển 29E2-591.04 bị xe ben quệt ngã ở đầu ngõ 5.", ("29E2-591.04",),
     ("đầu ngõ 5",)),
]))
def test_a_relative_named_by_title_riding_the_vehicle_loses_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Con trai ông là anh Hùng đi xe máy biển 29T1-640.58 phóng nhanh lạng lách trong ngõ 12.", (),
     ("29T1-640.58", "ngõ 12")),
]))
def test_a_relatives_vehicle_that_is_the_offence_keeps_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)
