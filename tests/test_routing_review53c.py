"""What the review of merge-48's rules/161 … 163 found (review 53c, findings 1-4), each now a specification, with and
without diacritics: a wish to die told without a place to fall from, or a builder on a roof's edge, is no person about
to jump (not police, not urgent); livestock asked about and an insult told of one's wife are no abuse; an old woman
collapsed who "cần người đến giúp" stays the police's danger; a poor household asking the front for a house stays
the front's."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi già yếu, đau ốm triền miên, nhiều lần bảo là muốn chết cho con cái đỡ khổ. Xin phường xem xét trợ cấp "
    "cho mẹ tôi.",
    "Công trình nhà số 15 thợ đứng trên mép mái làm việc không đeo dây an toàn, không có lưới che, gạch vữa rơi xuống "
    "ngõ. Đề nghị phường kiểm tra.",
]))
def test_a_wish_to_die_or_a_roof_edge_alone_is_no_jump(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency != "cong_an" and d.rule != "khan-dung-ngoai-lan-can-muon-chet", d.why


@pytest.mark.parametrize("text", each_way([
    "Một người đàn ông đang đứng ngoài lan can cầu Đen, nói là muốn chết, đề nghị công an đến ngay.",
]))
def test_someone_outside_a_bridge_railing_wanting_to_die_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Xin hỏi trong khu dân cư hộ gia đình được phép nuôi loại súc vật nào, nuôi lợn trong ngõ có bị cấm không?",
    "Tối qua ông Tư ở số 9 say rượu đứng trước cổng nhà tôi gọi vợ tôi là đồ súc vật, đề nghị công an phường nhắc nhở.",
]))
def test_livestock_and_an_insult_received_are_no_abuse(rules_alone, text):
    assert "abusive" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way(["Bà cụ nhà bên nằm gục ngoài sân, gọi không trả lời, cần người đến giúp ngay."]))
def test_an_old_woman_collapsed_stays_the_polices_danger(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Gia đình tôi thuộc diện hộ nghèo, nhà cấp bốn dột nát, tường nứt. Xin Ban công tác Mặt trận xem xét hỗ trợ xây "
    "nhà Đại đoàn kết.",
]))
def test_a_poor_household_asking_the_front_for_a_house_stays_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
