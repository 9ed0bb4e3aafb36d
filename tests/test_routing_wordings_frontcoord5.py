"""The front's own work that needs the social office, round r-4391..r-4420 (rules/144, exclusions in rules/53, 83,
94, 96): the front's kitchen, gifts or blood drive with a request that the front work with the social office, the
policy desk or the health station is the front's, the social office co-ordinating; the front's own scholarship asked
about is the front's alone; relief after a fire that is out brings the social office when the ward is asked for
emergency help; water into a dozen houses and more is complex; the President's gift for people with merit, a person
over 80 without the allowance and a near-poor health-insurance card stay the social office's though the front's gift
is told beside them. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

WITH_THE_SOCIAL_OFFICE = each_way([
    "Bếp cơm nghĩa tình của tổ 8 phát 60 suất mỗi tuần, đề nghị Mặt trận phối hợp với phòng Văn hóa - Xã hội đối chiếu "
    "danh sách người nhận với danh sách hộ nghèo.",
    "Sắp đến đợt tặng quà Tết, đề nghị Mặt trận đối chiếu lại danh sách với bộ phận chính sách của phường vì tổ có 2 hộ "
    "mới được công nhận cận nghèo.",
    "Ban công tác Mặt trận tổ 3 muốn tổ chức một điểm hiến máu ở nhà văn hóa, kính đề nghị Mặt trận trao đổi với trạm y "
    "tế phường cử người khám sàng lọc.",
])


@pytest.mark.parametrize("text", WITH_THE_SOCIAL_OFFICE)
def test_the_fronts_programme_asked_to_work_with_the_social_office_is_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nghe nói Mặt trận phường có học bổng cho học sinh nghèo, xin hỏi cháu nhà tôi học lớp 9 thì có được xét không.",
]))
def test_a_question_about_the_fronts_scholarship_is_the_fronts_alone(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà anh Hùng ở ngõ 5 bị cháy đêm qua, đã dập tắt, không ai bị thương nhưng mất hết đồ đạc. Đề nghị Mặt trận vận "
    "động quyên góp và đề nghị phường xem xét hỗ trợ khẩn cấp cho gia đình.",
]))
def test_relief_after_a_fire_that_is_out_brings_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" in d.co_agencies, d.why
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Mưa lớn đêm thứ Bảy làm nước tràn vào 15 nhà ở ngõ 4, nay nước đã rút. Đề nghị Mặt trận vận động quyên góp giúp "
    "bà con.",
]))
def test_water_into_a_dozen_houses_and_more_is_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.complex and "urgent" not in d.flags, d.why


SOCIAL_OFFICE = each_way([
    "Quà Tết của Chủ tịch nước tặng người có công thì bố tôi chưa nhận được, còn quà của Mặt trận thì Ban công tác Mặt "
    "trận đã mang đến. Đề nghị phường kiểm tra lại danh sách.",
    "Ông tôi đã đủ 82 tuổi mà chưa được hưởng trợ cấp xã hội hằng tháng, Tết vừa rồi Mặt trận có đến thăm. Đề nghị "
    "phường xem xét.",
    "Thẻ bảo hiểm y tế hộ cận nghèo của nhà tôi hết hạn rồi, Tết vừa rồi nhà tôi vẫn được Mặt trận tặng quà. Tôi phải "
    "làm gì để được cấp lại thẻ?",
])


@pytest.mark.parametrize("text", SOCIAL_OFFICE)
def test_the_social_offices_matter_stays_its_own_beside_the_fronts_gift(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "mttq" not in d.co_agencies, d.why
