"""The detectors of core/privacy on the tuning items p-3810 … p-3839 (long letters giving both a private home and the
problem's site by number): the houses a nuisance reaches, listed by number ("tràn vào các nhà số 58, số 60 và số 62"),
are victims' homes and go (`sufferedhomes`); a flat said once as the site stays in every mention (`sameflat`); a
bakery ("lò bánh mì") at a number is a site; the writer's home in brackets right after "nhà tôi" goes ("nhà tôi (SN
51)"); a lodging whose "cửa thoát hiểm" is locked is the unsafe site, its number stays while the lodger's room goes.
With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xưởng giặt là ở số 56 ngõ 80 Chùa Láng xả nước thải, nước tràn vào các nhà số 58, số 60 và số 62, sân loang bọt.",
     ("số 58", "số 60", "số 62"), ("số 56 ngõ 80 Chùa Láng",)),
    ("Khói than bay sang các hộ số 5, 7 và 9 ngõ 3 suốt buổi sáng.", ("số 5", " 7 ", " 9 "), ("ngõ 3",)),
    ("Tiếng máy cưa ảnh hưởng đến mấy nhà số 12, số 14 cả ngày.", ("số 12", "số 14"), ()),
]))
def test_the_homes_a_nuisance_reaches_listed_by_number_go(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đề nghị phường vào các nhà số 5, số 7 lấn chiếm vỉa hè.", (), ("số 5, số 7",)),
    ("Nước tràn vào nhà số 58 ngõ 80.", (), ("số 58 ngõ 80",)),
    ("Đề nghị công an vào các nhà số 5, số 7 và số 9 để làm rõ.", (), ("số 5, số 7 và số 9",)),
]))
def test_a_list_of_sites_or_houses_to_visit_or_a_single_house_is_no_list_of_victims(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Căn hộ 1506 tòa B ngay phía trên thuê thợ đục phá tường. Đề nghị phường kiểm tra việc cải tạo sai phép tại căn hộ"
     " 1506 tòa B. Tôi ở căn hộ 1406 tòa B.", ("căn hộ 1406 tòa B",), ("tại căn hộ 1506 tòa B", "Căn hộ 1506 tòa B")),
]))
def test_a_flat_said_once_as_the_site_stays_in_every_mention(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Lò bánh mì ở SN 47 đường Hùng Vương đốt than từ 2 giờ sáng, khói bay vào nhà tôi (SN 51).", ("SN 51",),
     ("SN 47 đường Hùng Vương",)),
    ("Lò bánh mì ở SN 47 đường Hùng Vương đốt than, nhà tôi (số 51) đen bụi.", ("số 51",), ("SN 47",)),
]))
def test_a_bakery_is_the_site_and_the_writers_home_in_brackets_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em thuê phòng 204 nhà trọ số 9 ngõ 31 Phú Diễn. Nhà trọ 5 tầng mà cửa thoát hiểm bị chủ trọ khóa.",
     ("phòng 204",), ("nhà trọ số 9 ngõ 31 Phú Diễn",)),
]))
def test_a_lodging_with_its_emergency_door_locked_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em thuê phòng 204 nhà trọ số 9 ngõ 168 Kim Giang. Xưởng mộc ở số 12 ngõ 168 Kim Giang chạy máy cưa cả ngày.",
     ("phòng 204", "số 9"), ("số 12 ngõ 168 Kim Giang",)),
]))
def test_a_lodging_that_is_only_the_writers_home_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
