"""Urgency round 29, r-4361..r-4390 (rules/143, exclusions in rules/13, 58, 94): dangers here now told in plain
words, most typed on a phone without diacritics (a toddler on a balcony railing, a dog still biting in the lane, a
tree resting on a wire after last night's storm, a crack widening while the digger works on, a homeless woman
shivering tonight, water rising around a bedridden man), against the same dangers over, denied or explained away
(a fight the police broke up, a dog that bit last month, a "gas" smell that was a dead rat, an old man's fall already
handled). Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

BALCONY = each_way([
    "Căn hộ tầng 5 nhà B3 có bé gái chừng 4 tuổi đang đứng trên lan can ban công, bố mẹ khóa cửa đi vắng, gọi mãi "
    "không thấy người lớn. Nhờ phường cho người đến.",
    "Ban công tầng 3 số 21 ngõ 40 có đứa bé ngồi vắt vẻo trên lan can, chân thò ra ngoài, nhà khóa cửa không ai ở nhà.",
])


@pytest.mark.parametrize("text", BALCONY)
def test_a_toddler_alone_on_a_balcony_railing_is_a_rescue_for_the_police_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why
    assert "kt_hatang" not in d.co_agencies, d.why  # a balcony's railing is no sidewalk


@pytest.mark.parametrize("text", each_way([
    "Một con chó lạ màu đen chạy rông ở chợ tạm ngõ 12 từ sáng đến giờ, đã cắn vào tay 3 người, miệng chảy dãi. "
    "Đề nghị phường cho người đến bắt.",
]))
def test_a_dog_that_has_bitten_and_is_still_loose_is_urgent_for_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


OVER = each_way([
    "Tháng trước chó nhà số 7 cắn một cháu bé bị thương nhẹ, gia đình đã lo tiêm phòng. Từ đó chủ nhà xích chó lại, "
    "nó không cắn thêm ai. Đề nghị nhắc các hộ dắt chó có rọ mõm, trẻ con trong ngõ rất sợ.",
    "Tối qua hai nhóm thanh niên cầm gậy đánh nhau ở đầu ngõ 9, công an đã đến giải tán, không ai bị thương nặng, "
    "sáng nay ngõ đã yên. Mong công an phường tuần tra thêm.",
])


@pytest.mark.parametrize("text", OVER)
def test_a_bite_or_a_fight_that_is_over_stays_with_the_police_but_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Sau trận giông chiều qua cây xà cừ trước số 12 ngõ 5 bị nghiêng, ngọn tựa vào dây điện, thỉnh thoảng tóe lửa. "
    "Xe máy vẫn đi bên dưới. Nhờ phường báo điện lực cắt điện.",
]))
def test_a_tree_resting_on_a_wire_since_last_nights_storm_is_urgent_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cây sấu nghiêng đè lên dây điện từ hôm trước, sáng nay điện lực đã đến cắt điện, cưa hạ cây rồi, không còn "
    "nguy hiểm. Nhờ phường cho xe dọn cành lá trên vỉa hè.",
]))
def test_a_tree_on_a_wire_already_cut_down_leaves_only_the_debris(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên đang đào tầng hầm, tường bếp nhà tôi nứt to dần, hôm qua mới bằng sợi chỉ, sáng nay đã lọt ngón tay. "
    "Máy xúc vẫn làm từ sáng. Đề nghị phường cho dừng ngay.",
]))
def test_a_crack_widening_while_the_digger_works_on_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and d.complex and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Có một cụ bà áo mỏng nằm trên tấm bìa carton dưới mái hiên chợ Mơ, người run cầm cập, đêm nay trời rét. Nhờ "
    "phường đưa cụ vào chỗ ấm.",
]))
def test_a_homeless_woman_shivering_tonight_is_urgent_for_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "cong_an" in d.co_agencies, d.why
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nước vào nhà ông Tám số 4 ngõ 7, giờ ngang đầu gối và vẫn đang lên, ông bị liệt nằm trên giường, bà cụ không "
    "đưa ông ra được. Nhờ phường cử người đến chuyển ông ra chỗ khô.",
]))
def test_water_still_rising_around_a_bedridden_man_is_flooding_with_the_police_helping(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" in d.co_agencies, d.why
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cầu thang tầng 2 nhà C1 có mùi lạ, tưởng là gas nhưng kiểm tra thì không phải gas, bếp các nhà đều tắt. Hóa ra "
    "là con chuột chết trong hộp kỹ thuật. Nhờ phường cho người dọn.",
]))
def test_a_gas_smell_that_was_a_dead_rat_is_hygiene(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Sáng thứ Ba ông Lâm 80 tuổi bị ngã nằm ở đầu ngõ, công an khu vực đã gọi xe đưa ông đi viện, nay ông đã về. "
    "Ông sống một mình, đề nghị phường xem xét trợ cấp người cao tuổi cho ông.",
]))
def test_an_old_mans_fall_already_handled_by_the_police_adds_no_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "cong_an" not in d.co_agencies, d.why
    assert "urgent" not in d.flags, d.why
