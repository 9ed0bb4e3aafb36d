"""Urgency round 25, r-3581..r-3610 (rules/117, exclusions in rules/13 and 53): present danger told as citizens
write it, and the same danger told as over, as a fear or as a long state. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

LIVE_WIRE = each_way([
    "Sáng nay sợi dây điện trước cổng trường mầm non rớt xuống nằm trong vũng nước, còn xẹt xẹt, phụ huynh sắp đưa "
    "các cháu tới. Nhờ phường cho người tới.",
    "Dây điện hạ thế đầu chợ đứt rơi xuống, nằm trong vũng nước mưa, đang xẹt, học sinh tan trường đi ngang.",
])


@pytest.mark.parametrize("text", LIVE_WIRE)
def test_a_live_wire_in_a_puddle_by_a_school_is_the_roads_urgent_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Dây điện trước cổng trường tiểu học treo thấp, vỏ nhựa cũ, chưa đứt. Nếu mưa bão mà đứt rớt xuống vũng nước "
    "thì nguy hiểm, đề nghị phường báo điện lực treo cao lại."]))
def test_an_old_wire_hanging_low_is_a_road_matter_not_urgent(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Phòng trọ số 3, chị thuê ở một mình, từ tối hôm kia tới giờ không thấy ra vào, cửa khóa trong, gọi điện đổ "
    "chuông mà không ai bắt, có mùi lạ. Nhờ phường cho người tới mở cửa coi."]))
def test_a_lodger_behind_a_door_locked_from_inside_is_urgent(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Xin cảm ơn anh em công an phường và đội PCCC cơ sở tối qua tới rất nhanh, dập tắt đám cháy bếp nhà tôi khi lửa "
    "mới bén vào tủ. Cả nhà bình an."]))
def test_thanks_for_a_fire_put_out_is_praise_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "cong_an" in d.co_agencies, d.why
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ngõ 8 về đêm vắng, lỡ có kẻ gian cầm dao vào thì không biết gọi ai. Đề nghị phường lập tổ an ninh tự quản, "
    "cho dân phòng đi tuần buổi tối và lắp đèn cuối ngõ."]))
def test_a_request_for_night_patrols_is_police_work_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "kt_hatang" in d.co_agencies, d.why
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cột điện cuối ngõ nghiêng nhẹ cả chục năm nay, không thấy nghiêng thêm. Nếu có bão lớn thì sợ đổ, đề nghị "
    "phường có kế hoạch thay cột.",
    "Chiều qua thằng bé nhà tôi lạc ở chợ, công an phường đã tìm thấy cháu, cháu không sao. Đề nghị lắp camera ở "
    "cổng chợ.",
    "Tuần trước chó nhà bên cắn con tôi, cháu đã tiêm phòng dại đủ mũi, chó đã nhốt, có rọ mõm khi dắt đi. Xin "
    "phường nhắc chung việc thả rông chó."]))
def test_a_danger_that_is_a_long_state_or_over_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags and "vhxh" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Việc gấp: nắp cống trước nhà tôi bị mất, miệng cống để hở ngay lề đường. Thêm một việc không gấp: bố tôi 80 "
    "tuổi tháng này chưa nhận được tiền trợ cấp. Mong phường xử lý cái cống trước."]))
def test_an_allowance_not_received_told_apart_brings_vhxh(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "vhxh" in d.co_agencies, d.why
