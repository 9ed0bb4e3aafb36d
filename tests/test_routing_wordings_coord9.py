"""Co-ordinating agencies 9, round r-4931..r-4960 (rules/162, exclusions in rules/54, 58, 128): one letter with a main
matter and a second one for another body. A road edge fallen into a ditch and not fenced is urgent; abandoned road
works and rain running back into homes after a road repair are the works office's; a tum over a neighbour's light
well and works cracking the house next door are building cases; a beer bar's singing and table-banging at night is
the police's; a household dropped from the near-poor list is the social office's. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


@pytest.mark.parametrize("text", each_way([
    "Đường bê tông nối tổ 29 sang tổ 30 có một đoạn sụt xuống mương sâu nửa mét, chưa ai rào lại, người đi xe máy "
    "rất dễ lao xuống.",
]))
def test_a_road_edge_fallen_into_a_ditch_and_not_fenced_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Đường Lê Lợi đào lên làm cống hơn một tháng, thi công bỏ dở, đề nghị phường đôn đốc nhà thầu hoàn trả mặt "
    "đường.",
    "Từ khi sửa đường xong, nước mưa chảy ngược vào nhà tôi và 5 nhà khác, đề nghị làm thêm rãnh thoát nước.",
]))
def test_abandoned_works_and_rain_running_back_are_the_works_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà hàng xóm làm thêm tầng tum và mái tôn che giếng trời, nhà tôi không còn ánh sáng. Đề nghị phường kiểm tra.",
]))
def test_a_tum_over_the_light_well_is_a_building_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("dat_dai", "kt_hatang", True), d.why


@pytest.mark.parametrize("text", each_way([
    "Quán nhậu đầu ngõ 15 khách hát hò, uống rượu, đập bàn đến 1 giờ sáng. Đề nghị kiểm tra xử lý.",
]))
def test_a_beer_bars_night_noise_is_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi thuộc diện cận nghèo năm ngoái nhưng năm nay bị đưa ra khỏi danh sách dù thu nhập không tăng, xin "
    "phường xem lại.",
]))
def test_a_household_dropped_from_the_near_poor_list_is_the_social_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


@pytest.mark.parametrize("text", each_way([
    "Quán nhậu ở góc ngõ khách hát hò, uống rượu, đập bàn đến 1 giờ sáng, nhiều hôm đánh nhau. Đề nghị công an "
    "kiểm tra xử lý. Ngoài ra loa phát thanh của phường ở đầu ngõ bị rè, nhờ phường sửa.",
]))
def test_the_ward_loudspeaker_brings_the_culture_office_not_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi bị đưa ra khỏi danh sách cử tri dù vẫn ở tổ 5, đề nghị phường kiểm tra lại.",
    "Con tôi bị loại khỏi danh sách học sinh được nhận học bổng của Mặt trận dù nhà thuộc diện hộ nghèo.",
]))
def test_another_list_than_the_poor_households_is_no_social_allowance(rules_alone, text):
    assert rules_alone.classify(sub(text)).category != "chinh_sach"


@pytest.mark.parametrize("text", each_way([
    "Nhà bên xây thêm tầng tum, tôi hỏi thủ tục xin phép xây thêm tầng tum cho nhà mình thế nào?",
]))
def test_a_question_about_ones_own_permit_stays_a_procedure(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc"), d.why
    assert "complex" not in d.flags, d.why
