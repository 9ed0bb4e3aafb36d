"""Present danger on roads and in public order, round r-3971..r-4000 (rules/130, an exclusion in rules/13): a tree
down across the road now is the works office's emergency, the police helping when asked to divert traffic; a
manhole cover someone took leaves an open pit on a path, urgent though nobody has fallen yet; fire-safety and licence
inspections of shops are complex; a scuffle the ward police have already recorded is over; a relief fund-raising
asked of the front after a storm is the front's own work. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

TREE_DOWN = each_way([
    "Cây xà cừ lớn trước chợ Bưởi vừa đổ chắn ngang đường, xe máy phải quay đầu, đề nghị phường cho người đến cắt dọn.",
    "Cơn giông sáng nay làm cây sấu to đổ ra giữa đường Đội Cấn, ô tô không qua được.",
])


@pytest.mark.parametrize("text", TREE_DOWN)
def test_a_tree_down_across_the_road_now_is_the_works_offices_emergency(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cây phượng to đổ chắn ngang đường Hoàng Hoa Thám, ùn tắc dài. Đề nghị phường cắt dọn và nhờ công an phân luồng.",
]))
def test_asking_the_police_to_divert_traffic_around_the_tree_brings_them(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "cong_an" in d.co_agencies and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cây bàng lớn đổ chắn ngang đường hôm thứ Hai đã được phường cắt dọn xong, đề nghị trồng cây mới thay thế.",
]))
def test_a_fallen_tree_already_cleared_is_no_emergency(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Nắp hố ga ở đầu ngõ 9 bị ai lấy mất, hố sâu ngay lối đi, chưa có ai bị ngã nhưng học sinh vẫn đi qua hằng ngày.",
    "Nắp cống trước cổng trường bị mất trộm, để hở miệng cống, xe máy qua lại rất đông. Đề nghị đậy lại.",
]))
def test_a_missing_manhole_cover_on_a_path_is_urgent_though_nobody_has_fallen_yet(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nắp hố ga ngõ 9 bị ai lấy mất tháng trước, phường đã thay nắp mới, nay xin phường gắn thêm khóa cho chắc.",
]))
def test_a_cover_already_replaced_is_no_emergency(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Dọc phố Hàng Bạc có nhiều quán ăn để bình gas ngay cửa. Đề nghị phường kiểm tra an toàn phòng cháy chữa cháy và "
    "giấy phép kinh doanh của các quán này.",
]))
def test_a_fire_safety_and_licence_inspection_of_shops_is_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("an_ninh", "cong_an", True), d.why


@pytest.mark.parametrize("text", each_way([
    "Chiều qua nhà bên cạnh cãi nhau chuyện để xe rồi sang đấm chồng tôi chảy máu mũi. Công an khu vực đã đến lập "
    "biên bản. Đề nghị công an phường xử lý người đánh người.",
]))
def test_a_scuffle_the_ward_police_recorded_is_theirs_and_over(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Sau cơn bão đêm qua, nhà bà Tươi tổ 22 bị tốc mái hoàn toàn. Kính đề nghị Mặt trận vận động quỹ cứu trợ giúp "
    "bà lợp lại mái.",
]))
def test_a_relief_fund_raising_after_a_storm_is_the_fronts_work(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "urgent" not in d.flags, d.why
