"""The police or the works office, both ways, round r-4781..r-4810 (rules/157; narrowings in rules/13, 17, 46, 119
and core/rules/cues.py): an open manhole pit is a danger now even when the cover was stolen last night; the body
asked to act on a secondary point co-ordinates (the police for a theft or an accident record, the works office for
speed bumps and stalls to clear); the urban-order team's praise and an officer's "phí giữ chỗ" are conduct; a
national highway is outside; a vendors' fight that is over is no emergency. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

OPEN_PIT = each_way([
    "Đêm qua kẻ gian lấy mất nắp hố ga ở đầu ngõ 42. Hiện hố ga đang hở miệng ngay lối các cháu đi học. Đề nghị "
    "phường cho người rào chắn, đồng thời công an điều tra vụ trộm.",
])


@pytest.mark.parametrize("text", OPEN_PIT)
def test_a_manhole_pit_open_now_is_urgent_and_the_theft_brings_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why
    assert "urgent" in d.flags and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nắp hố ga ở ngõ 42 bị lấy mất từ tháng trước, phường đã đậy tạm tấm tôn. Đề nghị phường thay nắp mới.",
]))
def test_a_pit_already_covered_is_no_emergency(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Công trình hạ ngầm cáp đào rãnh sâu dọc mép đường Phan Bội Châu, tối qua một chị đi xe đạp lao xuống rãnh bị "
    "thương. Đề nghị phường cho người rào chắn, yêu cầu nhà thầu lấp rãnh và hoàn trả mặt đường; nhờ công an phường "
    "lập biên bản vụ tai nạn.",
]))
def test_an_accident_record_asked_of_the_police_brings_them(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tối thứ Bảy nào cũng có hàng chục thanh niên đua xe, nẹt pô trên đường Vành đai mới. Đề nghị công an phường chốt "
    "chặn, bắt giữ. Chúng tôi cũng xin phường làm gờ giảm tốc ở hai đầu đường.",
]))
def test_racing_with_speed_bumps_asked_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi xin cảm ơn tổ trật tự đô thị phường. Các anh đã xuống làm việc với các cửa hàng vật liệu, nay vỉa hè đường "
    "Hùng Vương đã thông thoáng.",
]))
def test_thanks_to_the_urban_order_team_is_praise_of_officials(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Anh Sĩ nói là ở đội trật tự đô thị phường, tháng nào cũng đến thu mỗi hộ bán hàng 200 nghìn gọi là phí giữ chỗ. "
    "Đề nghị Mặt trận xem xét việc làm của anh ấy.",
]))
def test_an_urban_order_officer_taking_money_is_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Mặt đường Quốc lộ 1A đoạn qua phường lún, ổ gà liên tiếp, nhiều xe máy ngã. Đề nghị sửa chữa.",
]))
def test_a_national_highway_is_outside(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "ngoai_tham_quyen"


@pytest.mark.parametrize("text", each_way([
    "Sáng nay ở chợ đêm hai chủ sạp quần áo đánh nhau vì tranh chỗ, một người bị rách tay. Bây giờ đã yên rồi, mọi "
    "người đã về nhà. Đề nghị công an phường làm việc với họ.",
]))
def test_a_vendors_fight_that_is_over_is_no_emergency(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert d.agency == "cong_an" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi gửi xe ở bãi giữ xe tự phát cạnh chợ đêm, quay ra thì mất xe. Chợ đêm chiếm hết cả đường nhưng đó không phải "
    "chuyện tôi muốn nói. Đề nghị công an phường xác minh, tìm lại xe giúp tôi.",
]))
def test_a_stolen_motorbike_at_a_disowned_market_is_the_polices_alone(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and d.co_agencies == [], d.why
