"""Urgency round 24, r-3461..r-3490 (rules/113, exclusions in rules/41, 58, 65, 94): a bedridden person in a house
the water is flooding now is a rescue the police help with, not a lonely person behind a locked door; the ward
office's own lift is its premises, not a resettlement block's lift; people trapped in a block's lift now stay
infrastructure with the police for the rescue. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

BEDRIDDEN_IN_A_FLOOD = each_way([
    "Nước sông lên nhanh quá, nước vô nhà tôi tới ngang đầu gối mà vẫn đang lên. Mẹ tôi nằm liệt giường không di "
    "chuyển được, tôi một mình không bế nổi. Gọi mãi không được, có ai tới giúp với.",
])


@pytest.mark.parametrize("text", BEDRIDDEN_IN_A_FLOOD)
def test_a_bedridden_mother_in_a_flooding_house_is_urgent_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why
    assert "cong_an" in d.co_agencies and "vhxh" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Thang máy trụ sở phường kẹt giữa chừng 20 phút tuần rồi, bảo vệ mở được, không ai bị sao. "
    "Đề nghị bảo trì thang máy.",
]))
def test_the_ward_offices_lift_is_its_premises(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đưa mẹ lên tầng 3 bộ phận một cửa thì thang máy trụ sở kẹt khoảng 20 phút. Đề nghị phường cho bảo trì.",
]))
def test_the_desk_the_lift_was_going_to_is_only_a_place(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "vp_ubnd" and "hcc" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Thang máy nhà CT2 khu tái định cư đang kẹt giữa tầng 6 và 7 gần 30 phút, bên trong có bà cụ khó thở, "
    "ban quản lý gọi không ai nghe.",
]))
def test_people_trapped_in_a_blocks_lift_now_are_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why
    assert "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Bà Sáu nhà số 23 ở một mình, từ sáng gọi cửa không ai thưa, nhìn qua khe cửa thấy bà nằm dưới nền, "
    "cửa khóa trong. Nhờ phường cho người tới ngay.",
]))
def test_an_old_woman_lying_behind_a_locked_door_still_brings_social_affairs(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why
    assert "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Hôm qua mưa lớn chợ ngập, điện lực đã cắt điện khu sạp cá, nước rút hết từ tối qua, không ai bị điện giật. "
    "Đề nghị nạo vét cống quanh chợ.",
]))
def test_a_market_flood_that_receded_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Mỗi lần mưa là nước tràn vào nhà, giờ nước đang dâng ngập giường, bà cụ nằm liệt trong nhà.",
]))
def test_water_rising_now_on_a_bedridden_person_is_urgent_though_it_floods_with_every_rain(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Cứ mưa là nước vào nhà ngang đầu gối, mẹ tôi nằm liệt, chúng tôi phải bế mẹ lên gác mỗi lần.",
]))
def test_the_same_flood_told_as_a_habit_is_not(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Cứ mưa là ngập, giờ dây điện rơi xuống nước trước nhà đang tóe lửa, trẻ con đi học qua đây, mong phường đến ngay.",
    "Nuoc vao nha ngang dau goi roi, ong toi bi liet, toi lo qua, cuu voi",
]))
def test_a_danger_now_stays_urgent_beside_a_habit_or_a_worry(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Cháu tôi bị liệt hai chân, năm nay đang lên lớp 6, xin hỏi chế độ trợ cấp, mong phường giúp với.",
]))
def test_a_school_year_going_up_is_no_water_rising(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags
