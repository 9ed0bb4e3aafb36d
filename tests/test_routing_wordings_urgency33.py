"""Urgency 33, bodies, animals and buildings, round r-5231..r-5260 (rules/172 and exclusions in rules/16, 47, 53, 58,
62, 68, 94): a snake in a home or an escaped python, a wasp swarm stinging at a school gate and a person collapsed in
the street are the police's emergencies; a rented room's ceiling caving in is an unsafe building; a shared tank on a
block's roof is the water supply; the same told when it is over, feared for later or thanked for is no emergency.
Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

ANIMALS_NOW = each_way([
    "Có con rắn hổ mang vừa chui vào gầm giường phòng ngủ của hai cháu nhỏ, cả nhà đang đứng ngoài sân, xin phường "
    "cho người đến bắt giúp ngay.",
    "Con trăn nuôi của nhà số 5 ngõ 12 vừa sổng chuồng, bò ra ngoài ngõ mà chưa ai bắt được, trẻ con đang chơi gần đó.",
])


@pytest.mark.parametrize("text", ANIMALS_NOW)
def test_a_snake_in_a_home_or_an_escaped_python_is_a_police_emergency(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tháng trước có con rắn bò vào bếp nhà tôi, đã bắt được rồi. Tôi đề nghị phường phát quang bãi cỏ sau nhà.",
]))
def test_a_snake_caught_last_month_is_no_emergency(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Một đàn ong vò vẽ đang bu kín cây xà cừ ở cổng trường mầm non, đã có 3 cháu học sinh bị đốt. Đề nghị phường "
    "báo cứu hộ đến ngay.",
]))
def test_wasps_stinging_at_a_school_gate_bring_the_police_and_the_school(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why
    assert "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Chúng tôi xin cảm ơn các anh công an phường đã đến rất nhanh để xử lý tổ ong vò vẽ ở đầu ngõ hôm thứ Bảy.",
]))
def test_thanks_for_a_nest_removed_is_praise_of_officials(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Có một người đàn ông ngã gục ở bến xe buýt đầu phố, thở rất yếu, chúng tôi đang chờ xe cấp cứu, xin trạm y tế "
    "phường ra giúp ngay.",
]))
def test_a_person_collapsed_in_the_street_is_the_police_with_the_health_station(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why
    assert "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Hôm qua một bác bán hàng ở chợ bị ngất, đã được đưa đi cấp cứu và nay đã ổn. Tôi đề xuất trạm y tế phường tổ "
    "chức hướng dẫn sơ cứu (người ngất, đuối nước) cho bà con.",
]))
def test_first_aid_training_after_a_fainting_that_is_over_is_the_health_station(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Trần thạch cao phòng trọ của tôi vừa bị sụp một mảng xuống giường, phần còn lại đang võng xuống, chủ trọ không "
    "nghe máy. Nhờ phường cho người xuống xem gấp.",
]))
def test_a_rented_rooms_ceiling_caving_in_is_an_unsafe_building_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and d.complex and "urgent" in d.flags, d.why
    assert "mttq" not in d.co_agencies, d.why


WATER_TANK = both([
    ("Bồn nước chung trên mái nhà B4 khu tập thể đang phình ra, chân sắt gỉ đã nghiêng, đề nghị phường xử lý.",
     "ha_tang", "kt_hatang"),
    ("Bể nước chung trên mái đã gỉ sét, thỉnh thoảng rỉ nước xuống cầu thang, đề nghị phường thay bể mới.",
     "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", WATER_TANK)
def test_a_shared_roof_tank_is_the_water_supply_not_a_cracked_block(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Bức tường rào nhà bỏ hoang số 12 đang nứt toác và nghiêng hẳn ra ngõ, đề nghị phường rào lại và tạm cấm người và "
    "xe đi qua đoạn này.",
]))
def test_closing_a_lane_under_a_leaning_wall_brings_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and "cong_an" in d.co_agencies, d.why
