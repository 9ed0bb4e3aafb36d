"""Co-ordinating agencies, round r-3821..r-3850 (rules/125, exclusions in rules/13, 16, 17, 56): when a second body
is needed and when it is not, for the pairs citizens mix most. The front leads a request for its fund or a
fund-raising, the social office co-ordinating when eligibility must be checked (not for a family already approved);
the works office leads a road broken by a site's lorries or a lamp post hit by a car, the police co-ordinating when
asked for the driver or the lorries' speed; the social office leads a penniless old person's or a beaten child's
case, the police co-ordinating; what the police already handled brings no second body. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold
from wordings import each_way, form, sub

FUND_WITH_CHECK = each_way([
    "Tôi là tổ trưởng tổ 21. Nhà ông Lò Văn Tiến, 84 tuổi, sống một mình, mái nhà dột nát. Đề nghị Mặt trận phường "
    "xem xét hỗ trợ ông từ Quỹ Vì người nghèo để sửa nhà, đồng thời nhờ bên xã hội phường xác minh hoàn cảnh để xét "
    "trợ cấp hằng tháng cho ông.",
    "Ban công tác Mặt trận tổ 4 đề nghị Mặt trận phường phát động quyên góp giúp gia đình chị Hòa có con bị bệnh nặng, "
    "và đề nghị phường xem xét trợ cấp đột xuất cho gia đình.",
])


@pytest.mark.parametrize("text", FUND_WITH_CHECK)
def test_the_fronts_fund_leads_and_the_social_office_checks_eligibility(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and d.co_agencies == ["vhxh"], d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bà Tư đã được phường xét hộ nghèo rồi, không cần xét thêm. Đề nghị Mặt trận phường trích Quỹ Vì người nghèo "
    "hỗ trợ bà mua cái giường mới.",
]))
def test_a_family_already_approved_needs_no_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Cho mình hỏi Mặt trận đang vận động gì không, công ty mình muốn tặng 20 phần quà mà không biết nhà nào thật sự "
    "cần. Nhờ Mặt trận nhận giúp.",
]))
def test_a_donor_who_does_not_know_which_family_needs_it_is_no_lost_child(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Xe ben của công trình cuối đường số 5 chạy suốt ngày đêm làm nát mặt đường, ổ gà liên tiếp. Đề nghị phường buộc "
    "chủ đầu tư sửa lại mặt đường. Còn chuyện xe ben chạy quá tốc độ ban đêm thì nhờ công an phường xử lý.",
    "Đêm qua một xe tải tông gãy cột đèn đầu hẻm 8 rồi bỏ chạy, đèn tắt. Đề nghị phường thay cột đèn. Đề nghị công an "
    "phường trích xuất camera tìm người gây tai nạn.",
]))
def test_the_road_leads_and_the_police_take_the_driver(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and d.co_agencies == ["cong_an"], d.why


@pytest.mark.parametrize("text", each_way([
    "Tối thứ Bảy một người say rượu tông cong cột đèn đầu hẻm 8, công an phường đã lập biên bản, người đó đã ký cam "
    "kết bồi thường. Nhờ phường thay cột đèn giúp.",
]))
def test_a_crash_the_police_already_handled_leaves_only_the_lamp_post(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies, d.complex) == ("ha_tang", "kt_hatang", [], False), d.why


ONLY_THE_POLICE = each_way([
    "Xe ben công trình chạy ẩu qua khu dân cư ban đêm, bóp còi inh ỏi. Đường không hư hỏng gì, chỉ đề nghị công an "
    "phường kiểm tra tốc độ.",
])
FIRE_LANE = "Tối nào cũng có ô tô đậu qua đêm kín lối xe chữa cháy trong hẻm 12, có bảng cấm đậu mà không ai chấp hành. " \
            "Đề nghị công an phường xử lý."


@pytest.mark.parametrize("submission", [sub(t) for t in ONLY_THE_POLICE]
                         + [form(t, "Hạ tầng, giao thông, chiếu sáng") for t in (FIRE_LANE, afold(FIRE_LANE))])
def test_racing_lorries_on_a_sound_road_and_cars_in_a_fire_lane_are_the_polices_alone(rules_alone, submission):
    d = rules_alone.classify(submission)
    assert (d.category, d.agency, d.co_agencies) == ("an_ninh", "cong_an", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Ông Bảy tổ 3 bị kẻ gian lừa hết tiền dành dụm, giờ không còn tiền ăn. Xin phường xem xét trợ cấp đột xuất cho "
    "ông. Còn vụ lừa thì nhờ công an phường điều tra giúp.",
    "Bé Na 7 tuổi ở hẻm 30 thường bị cha dượng đánh đập, bỏ đói. Đề nghị cán bộ phụ trách trẻ em của phường đến xác "
    "minh và có biện pháp bảo vệ bé.",
]))
def test_the_social_office_leads_and_the_police_co_ordinate(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and d.co_agencies == ["cong_an"], d.why


@pytest.mark.parametrize("text", each_way([
    "Năm ngoái cháu tôi bị cha dượng đánh đập, người đó đã bị tòa xử và đang chấp hành án. Nay xin hỏi cháu có được "
    "trợ cấp trẻ em có hoàn cảnh đặc biệt không.",
]))
def test_an_abuse_already_tried_brings_no_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("chinh_sach", "vhxh", []), d.why


@pytest.mark.parametrize("subject", ["Cảm ơn trạm y tế phường", afold("Cảm ơn trạm y tế phường")])
def test_thanks_to_the_health_station_is_the_health_sectors_alone(rules_alone, subject):
    d = rules_alone.classify(sub("Gia đình tôi xin cảm ơn các bác sĩ đã sơ cứu tận tình cho mẹ tôi tối Chủ nhật.",
                                 subject))
    assert (d.category, d.agency, d.co_agencies) == ("chinh_sach", "vhxh", []), d.why
