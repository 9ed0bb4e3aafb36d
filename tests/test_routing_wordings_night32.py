"""Urgency 32, round r-5081..r-5110 (rules/167, an exclusion in rules/10): a danger told at night in a few words, often
without diacritics: a gas pipe leaking, a fire on a given floor, flood water in the sockets, a tree fallen on someone;
versus the same over, feared or only asked to be prevented, a power cut, and an old complaint asking for an answer.
Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

GAS_NOW = each_way([
    "Ống gas bếp nhà số 11 ngõ 8 đang rò rỉ, cả cầu thang sực mùi, gọi mãi không ai mở cửa.",
    "Bình gas quán cơm đầu ngõ bị xì ra, mùi nồng nặc, mọi người đang chạy ra đường.",
])


@pytest.mark.parametrize("text", GAS_NOW)
def test_a_gas_pipe_leaking_now_is_urgent_for_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


GAS_NOT_NOW = each_way([
    "Tuần trước ống gas nhà tôi bị rò, đã khóa van và thay ống mới rồi, giờ hết mùi. Xin hỏi phường có lớp hướng dẫn "
    "an toàn không?",
    "Cửa hàng gas số 9 xếp bình gas ra cả vỉa hè. Lỡ có rò rỉ thì cả dãy nguy hiểm, đề nghị kiểm tra.",
])


@pytest.mark.parametrize("text", GAS_NOT_NOW)
def test_a_leak_over_or_only_feared_is_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Cháy ở tầng 3 nhà trọ số 12 ngõ 44, khói đen mù mịt, có người chưa xuống được.",
    "Đang cháy trên tầng 5 khu trọ sau chợ, lửa to lắm, gọi 114 rồi.",
]))
def test_a_fire_on_a_floor_with_people_upstairs_is_urgent_for_the_police(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Trẻ con nhà trên chạy ở tầng 4 ầm ầm đến 11 giờ đêm, không ngủ được.",
    "Tối qua cháy ở tầng 2 nhà số 6, may mà dập tắt kịp, không ai bị thương. Xin hỏi thủ tục xác nhận thiệt hại.",
]))
def test_children_running_upstairs_and_last_nights_fire_are_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Nước ngập vào ổ điện rồi, trong nhà có bà cụ nằm liệt, cứu với.",
    "Nước ngập tới ổ cắm tầng 1, nhà có hai ông bà già không đi lại được.",
]))
def test_flood_water_in_the_sockets_now_is_urgent_for_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Cứ mưa to là nước ngập vào ổ điện nhà tôi, đề nghị phường nạo vét cống."]))
def test_sockets_flooded_at_every_rain_are_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way(["Cây xà cừ đổ đè người đi xe máy ở đầu phố, cần người đến gấp."]))
def test_a_tree_fallen_on_someone_brings_the_police_to_the_rescue(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" in d.co_agencies, d.why
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Đề nghị rào quanh ao sau nhà văn hóa tổ 5, sợ trẻ con ra chơi ngã xuống."]))
def test_a_pond_to_be_fenced_is_the_works_office_and_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["mất điện cả khu từ 8 giờ tối, bao giờ có điện lại"]))
def test_a_power_cut_is_outside_the_wards_competence(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert d.category == "ngoai_tham_quyen" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Mất điện cả khu, dây điện đứt đang tóe lửa ngoài ngõ."]))
def test_a_power_cut_with_a_live_wire_down_stays_the_wards_urgent_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "ngoai_tham_quyen" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đã gửi phản ánh qua hòm thư số về ổ gà ngõ 12 từ tháng trước mà chưa thấy ai trả lời.",
]))
def test_a_complaint_through_the_mailbox_left_unanswered_is_the_fronts(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi gửi đơn lên Ủy ban phường về cái hố sụt ở ngõ 3 từ tháng 9 mà đến nay chưa có trả lời, hố vẫn còn.",
]))
def test_a_letter_to_the_committee_left_unanswered_is_the_offices_with_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tường nhà tôi nứt to thêm từ sáng, máy xúc công trình bên cạnh vẫn đang đào.",
]))
def test_a_crack_widening_while_the_digger_works_is_a_complex_building_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "dat_dai" and d.complex and "urgent" in d.flags, d.why
