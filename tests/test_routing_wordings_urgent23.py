"""Urgency round 23, r-3401..r-3430 (rules/111, exclusions in rules/10, 13, 57, 58): dangers now told in a hurry, by
their effects or buried in a long complaint, are urgent and go to the body that must act; the same words over,
ruled out or misread when folded are not. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

FIRE_BEHIND_A_DOOR = each_way([
    "Khói bay ra từ khe cửa nhà số 40, gõ cửa không ai mở, mùi khét lắm.",
    "khói đen bốc ra dưới khe cửa phòng trọ bên cạnh, bà cụ ở một mình, gọi không ai trả lời",
])


@pytest.mark.parametrize("text", FIRE_BEHIND_A_DOOR)
def test_smoke_under_a_closed_door_is_a_fire_now(rules_alone, text):
    d = rules_alone.classify(form(text, "Môi trường, vệ sinh"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà đối diện trẻ khóc từ trưa tới giờ, cửa khóa ngoài, không thấy người lớn đâu.",
]))
def test_a_child_crying_for_hours_behind_a_locked_door_brings_social_affairs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi hỏi việc tạm trú ở khu trọ. Mà giờ phòng bên anh chồng say đang đập vợ, chị ấy kêu cứu, không ai dám vào.",
]))
def test_a_wife_beaten_now_outweighs_the_lodging_question(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Trần lớp học tình thương ở nhà văn hóa đang rớt từng mảng vữa, mai các cháu vẫn học.",
]))
def test_a_public_ceiling_falling_in_chunks_is_the_works_offices_and_urgent(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


NOW = both([
    ("Ăn cưới xong hơn chục người trong xóm ói mửa, tiêu chảy, có cháu lừ đừ rồi.", "chinh_sach", "vhxh"),
    ("Trụ điện đầu hẻm xẹt lửa tưng chặp, một sợi dây đứt thòng xuống sát đất.", "ha_tang", "kt_hatang"),
    ("Ống nước to dưới hẻm bể, nước phun lên cao, tràn vô nhà tui rồi.", "ha_tang", "kt_hatang"),
    ("Nắp hố ga đầu kiệt mất đâu rồi, lỗ hở toang, con nít đi ngang.", "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", NOW)
def test_dangers_told_by_their_effects_are_urgent(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tường nhà tôi nứt thêm một đường từ sáng, nhà bên đào móng tầng hầm vẫn đào tiếp.",
]))
def test_a_crack_growing_while_the_digging_goes_on_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, "urgent" in d.flags) == ("dat_dai", True), d.why


NOT_NOW = both([
    ("Chiều nay ngửi như mùi gas, đã gọi cửa hàng gas kiểm tra, không phải xì gas mà là đống rác sau nhà bốc mùi, "
     "đề nghị dọn rác.", "moi_truong", "kt_hatang"),
    ("Trụ điện hẻm 9 xẹt lửa hồi trưa, điện lực thay dây xong rồi. Đề nghị dời cái trụ vô trong vì nó nằm giữa lề.",
     "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", NOT_NOW)
def test_a_danger_ruled_out_or_repaired_is_not_urgent(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Năm ngoái nhà bên đào móng làm nứt tường. Vết nứt tường do nhà bên xây đã đứng yên, đề nghị giải quyết bồi thường.",
]))
def test_a_crack_caused_by_a_neighbour_is_no_falling_wall(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text, "Vết nứt tường do nhà bên xây")).flags
