"""Co-ordinating agencies 3, round r-4181..r-4210 (rules/137, exclusions in rules/13, 16, 57, 59, 80, 119): the works
office with the police (a sidewalk or market letter that asks the police about parked cars, a police letter that
asks the ward to clear a sidewalk, thanks to the urban-order team, night concreting), the social office with the
police (an elderly parent abused by a son, a wife's support once the violence is over, an adult who beats the
children he sends begging, a drug users' letter asking how to send a son to rehab) and look-alikes that need no
co-agency or no urgency. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

SIDEWALK_AND_PARKING = each_way([
    "Quán bia số 15 phố Lạc Trung kê bàn ghế kín vỉa hè, người đi bộ phải xuống lòng đường, đề nghị phường giải tỏa. "
    "Ngoài ra, tối nào khách của quán cũng đỗ ô tô hai bên đường, đề nghị công an phường xử lý việc đỗ xe này.",
])


@pytest.mark.parametrize("text", SIDEWALK_AND_PARKING)
def test_a_sidewalk_letter_asking_the_police_about_parked_cars_brings_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" in d.co_agencies, d.why


NOISE_AND_SIDEWALK = each_way([
    "Quán nhậu số 8 ngõ 40 tổ 5 tối nào cũng hát karaoke đến 2 giờ sáng, bức xúc nhất là tiếng ồn, đề nghị công an "
    "phường xử lý. Ngoài ra quán còn kê bàn ghế lấn chiếm vỉa hè, đề nghị phường giải tỏa.",
])


@pytest.mark.parametrize("text", NOISE_AND_SIDEWALK)
def test_a_noise_letter_asking_the_ward_to_clear_the_sidewalk_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cảm ơn phường đã cho đội trật tự đô thị giải tỏa hàng quán trên vỉa hè phố Lạc Trung, giờ đi lại thông thoáng.",
]))
def test_thanks_to_the_urban_order_team_bring_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "xd_chinh_quyen" and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Công trình nhà 5 tầng ở số 27 ngõ 90 đổ bê tông từ 11 giờ đêm đến 3 giờ sáng, máy bơm chạy ầm ầm, cả ngõ mất "
    "ngủ. Đề nghị phường cấm họ thi công ban đêm.",
]))
def test_night_concreting_that_keeps_the_lane_awake_is_the_polices_noise(rules_alone, text):
    d = rules_alone.classify(form(text, "Đất đai, xây dựng"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


ELDERLY_ABUSED = each_way([
    "Cụ bà Vương Thị Hoa 84 tuổi ở ngõ 7 bị con trai thường xuyên chửi mắng, xô đẩy cụ, có hôm cụ ngã. Đề nghị công an "
    "phường làm việc với anh ta, và đề nghị phường cho người khác nhận thay tiền trợ cấp của cụ.",
])


@pytest.mark.parametrize("text", ELDERLY_ABUSED)
def test_a_son_abusing_his_old_mother_is_the_polices_the_social_office_for_her_allowance(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Chị Lục Thị Thanh ở tổ 9 bị chồng đánh nhiều lần, công an đã xử phạt anh ta. Nay chị đã nộp đơn ly hôn, anh ta đã "
    "chuyển đi nơi khác. Chị không có việc làm, nuôi hai con nhỏ, đề nghị phường xem xét cho mẹ con chị vào hộ nghèo "
    "và miễn giảm học phí cho cháu.",
]))
def test_a_wifes_support_once_the_violence_is_over_is_the_social_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


@pytest.mark.parametrize("text", each_way([
    "Một người đàn ông thuê phòng trọ ở ngõ 3 sáng nào cũng chở bốn cháu nhỏ ra ngã tư xin tiền, tối về đánh cháu "
    "nào không đủ tiền. Đề nghị công an phường kiểm tra, làm rõ và bảo vệ các cháu.",
]))
def test_an_adult_beating_the_children_he_sends_begging_is_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cuối ngõ 14 tối nào cũng có mấy thanh niên tụ tập hút chích ma túy, đề nghị công an phường xử lý. Con trai tôi "
    "cũng nghiện, gia đình muốn cho cháu đi cai nghiện, nhờ phường hướng dẫn làm thủ tục.",
]))
def test_a_mother_asking_how_to_send_her_son_to_rehab_brings_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


NOT_URGENT = each_way([
    "Sáng nay tôi bị hai thanh niên đi xe máy giật mất điện thoại ở đầu phố. Tôi không bị thương. Nhờ công an phường "
    "trích xuất camera giúp.",
    "Gần một năm nay, cứ uống rượu say về là anh Tính nhà bên đánh vợ, đập phá đồ đạc, các cháu sợ hãi. Đề nghị công "
    "an phường răn đe, xử lý.",
])


@pytest.mark.parametrize("text", NOT_URGENT)
def test_a_snatching_that_is_over_and_a_recurring_beating_are_the_polices_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Giờ đón con buổi chiều, phụ huynh dừng đỗ xe kín lòng đường trước cổng trường tiểu học Hoa Mai, xe tắc dài. Đề "
    "nghị công an phường cử người phân luồng.",
]))
def test_parents_parking_at_the_school_gate_bring_no_school_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" not in d.co_agencies, d.why
