"""Urgency round 22, r-3281..r-3310 (rules/107; exclusions in rules/10, 13, 44, 92, 94; "còn việc" as an aside cue):
a flooded underpass people still wade through, a big tree cracking over a school gate, dogs that have just bitten
children and still hold the lane, a small child outside a balcony's railing, a family that does not wake behind a
locked door are dangers now; a flooding that comes with every rain, a gas sensor suggested, a gas smell gone, an old
woman alone who answers her phone are not. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

UNDERPASS = each_way([
    "Hầm chui dân sinh dưới chân đê đang ngập ngang thắt lưng, xe máy vẫn cố lội qua, đề nghị phường cho người ra ngay.",
    "Hầm chui đường sắt ngõ 95 nước chảy mạnh qua lòng hầm, vẫn có người lội qua dắt theo trẻ con.",
])


@pytest.mark.parametrize("text", UNDERPASS)
def test_an_underpass_flooded_while_people_wade_is_urgent_and_the_police_help_close_it(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why
    assert "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Hầm chui dân sinh cuối ngõ 95 mỗi lần mưa to là ngập, người dân vẫn lội qua, đề nghị lắp biển cảnh báo.",
]))
def test_an_underpass_that_floods_with_every_rain_is_a_repair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cây xà cừ trước cổng trường tiểu học cứ kêu răng rắc, thân nứt một vệt dài, phụ huynh đứng đón con ngay dưới.",
    "Cây bàng to ở sân chơi khu tập thể tán ngả hẳn về phía lối đi, thân nứt, trẻ con đang chơi bên dưới.",
]))
def test_a_big_tree_cracking_over_people_is_the_trees_office_and_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Con chó dữ nhà đầu ngõ vừa xông ra cắn rách tay một cháu học sinh, giờ vẫn đứng chặn đầu ngõ sủa.",
]))
def test_a_dog_that_has_just_bitten_and_still_holds_the_lane_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tháng trước con chó nhà đầu ngõ đuổi cắn một cháu, giờ vẫn thả rông, đề nghị nhắc chủ nhà rọ mõm.",
]))
def test_a_dog_bite_of_last_month_is_no_danger_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Đứa bé khoảng 4 tuổi đang trèo ra ngoài lan can tầng 6 nhà C3, gọi mãi không thấy người lớn nào ra.",
]))
def test_a_child_outside_a_balcony_railing_is_the_polices_at_once(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why
    assert d.co_agencies == [], d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà anh Tùng đốt than trong phòng kín cả đêm, sáng nay gọi mãi không ai dậy, cửa vẫn khóa. Cần người đến ngay.",
]))
def test_a_family_that_does_not_wake_behind_a_locked_door_brings_social_affairs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text,subject", [(t, s) for text, s in [
    ("Đề nghị vận động các nhà lắp cảm biến báo rò rỉ gas ở cầu thang chung, vì người già khó phát hiện.",
     "Lắp cảm biến báo rò rỉ gas"),
    ("Chiều nay cầu thang nhà B1 có mùi gas, cứu hỏa đã đến khóa van, giờ hết mùi rồi. Đề nghị nhắc cư dân.",
     "Mùi gas ở B1"),
] for t in each_way([text])])
def test_a_gas_sensor_suggested_or_a_smell_gone_is_no_danger_now(rules_alone, text, subject):
    d = rules_alone.classify(sub(text, subject))
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Bà Tư ở một mình, mấy hôm không thấy ra ngõ, tôi gọi điện thì bà nghe máy, bà bị ốm nằm nhà. Nhờ phường xem bà "
    "có được hưởng trợ cấp người cao tuổi không.",
]))
def test_an_old_woman_alone_who_answers_her_phone_is_asking_for_an_allowance(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Hồ sơ cấp sổ đỏ của nhà tôi nộp từ tháng 6 đến giờ vẫn nằm đó, hỏi thì bảo chờ.",
]))
def test_a_land_title_that_lies_untouched_for_months_is_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Kính gửi phường, việc gấp bây giờ: ông Bảy nhà bên đang nằm gục ở sân, gọi mãi không trả lời, cổng khóa bên "
    "trong. Đề nghị phường cho người đến ngay.\nCòn việc đèn chiếu sáng đầu ngõ hỏng cả tháng nay xin phường sửa sau.",
]))
def test_a_matter_put_after_the_urgent_one_with_con_viec_co_ordinates(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why
    assert "kt_hatang" in d.co_agencies and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên cạnh đổ rác ra ngõ. Tôi không còn việc làm, xin phường xét trợ cấp hộ nghèo cho gia đình.",
]))
def test_no_longer_having_work_is_no_aside(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why
