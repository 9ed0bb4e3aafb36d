"""Co-ordinating agencies 4, round r-4301..r-4330 (rules/141; exclusions in rules/13, 16, 57, 94): the social office
with the police, the works office with the social office and the front. A caller posing as the social officer who
asks for an OTP is a fraud for the police; a drunk man with a knife in the market and a disabled man held to work
unpaid are the police's, the social office co-ordinating; a ramp in a lane and a school's gate and toilets are
works; a request naming the social office's officers brings it; the front is asked to guide a group's fund-raising
but not to explain a procedure. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

POLICE_LEADS = both([
    ("Hôm qua có người gọi điện xưng là cán bộ chính sách phường, nói bố tôi được tăng trợ cấp người cao tuổi, bảo "
     "đọc mã OTP để nhận tiền. Bố tôi đọc mã xong thì bị lừa mất 12 triệu trong tài khoản. Đề nghị công an phường "
     "điều tra số điện thoại đó.", "an_ninh", "cong_an"),
    ("Kính gửi công an phường. Ở bãi xe cuối chợ có một người đàn ông vô gia cư, say rượu suốt, tối qua cầm dao đuổi "
     "chém mấy người bán hàng. Đề nghị công an xử lý. Ông ấy không có người thân, đề nghị Phòng Văn hóa - Xã hội "
     "đưa ông vào trung tâm bảo trợ xã hội.", "an_ninh", "cong_an"),
    ("Ở xưởng gỗ đầu ngõ có một cậu thanh niên khuyết tật bị bắt làm từ sáng đến tối, không được trả lương, "
     "tôi thấy chủ xưởng đánh đập cậu nhiều lần. Đề nghị công an phường giải cứu cậu.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", POLICE_LEADS)
def test_a_fraud_posing_as_the_social_officer_a_knife_and_forced_unpaid_work_are_the_polices(rules_alone, text,
                                                                                             category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Kính gửi: Công an phường. Mấy đêm nay một người say rượu la hét, đập phá ở hành lang chợ, có lúc cầm dao đuổi "
    "chém bảo vệ. Đề nghị công an phường xử lý. Ông ta vô gia cư, đề nghị Phòng Văn hóa - Xã hội phường đưa ông vào "
    "trung tâm bảo trợ xã hội.",
]))
def test_a_shelter_for_the_homeless_troublemaker_brings_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Ngõ 15 tổ 3 có 5 bậc tam cấp ở đầu ngõ, mẹ tôi ngồi xe lăn không tự ra được. Đề nghị phường làm lối dốc "
    "thoải cho xe lăn bên cạnh bậc tam cấp.",
]))
def test_a_ramp_beside_a_lanes_steps_is_works(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Cổng sắt Trường Tiểu học Lĩnh Nam gãy bản lề, nhà vệ sinh học sinh bồn cầu vỡ hai cái. Đề nghị phường sửa cổng "
    "và nhà vệ sinh cho các cháu, đồng thời cán bộ phụ trách giáo dục của phường nhắc nhà trường giữ vệ sinh.",
]))
def test_a_schools_broken_gate_and_toilets_are_works_the_education_officer_co_ordinating(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Ngách 9 tổ 21 thấp hơn đường chính, cứ mưa to là ngập vào nhà. Việc chính: đề nghị phường nâng cốt ngách và "
    "thay cống to hơn. Bà con đồng ý đóng góp một phần, đề nghị Mặt trận phường giám sát việc thu chi.",
]))
def test_raising_a_flooding_lane_is_works_though_the_front_is_asked_to_watch_the_money(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text,front", [(t, front) for text, front in [
    ("Nhà văn hóa tổ 4 mái dột, trần bong, đề nghị phường sửa. Ban công tác Mặt trận tổ muốn vận động bà con góp "
     "tiền mua bàn ghế, nhờ Mặt trận phường hướng dẫn cách làm cho đúng.", True),
    ("Tôi cần giấy xác nhận cư trú cho con nộp hồ sơ thi, không biết làm trên VNeID hay lên công an phường. "
     "Mong Mặt trận hướng dẫn giúp.", False),
] for t in each_way([text])])
def test_the_front_guides_a_groups_fund_raising_not_a_procedure(rules_alone, text, front):
    d = rules_alone.classify(sub(text))
    assert ("mttq" in d.co_agencies) is front, d.why


@pytest.mark.parametrize("text", each_way([
    "Ngõ 12 tổ 5 sắp làm lại theo hình thức nhân dân đóng góp. Tổ trưởng đã thu tiền mỗi hộ nhưng chưa công khai. "
    "Đề nghị Mặt trận phường giám sát việc thu chi, xem xét miễn, giảm cho hộ nghèo theo tinh thần tự nguyện.",
]))
def test_poor_households_let_off_a_lanes_contribution_add_no_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" not in d.co_agencies, d.why


@pytest.mark.parametrize("text,urgent", [(t, urgent) for text, urgent in [
    ("Chồng chị Hoa ở số 3 ngõ 8 tối nào say rượu cũng đánh vợ. Tối qua anh ta đánh chị chảy máu đầu, sáng nay chị "
     "bế con sang nhà tôi ở nhờ. Đề nghị công an phường xử lý.", False),
    ("Chồng chị Hoa ở số 3 ngõ 8 tối nào say rượu cũng đánh vợ, bây giờ anh ta đang đánh chị, chị kêu cứu. Đề nghị "
     "công an phường đến ngay.", True),
] for t in each_way([text])])
def test_a_wife_beaten_every_drunken_night_is_urgent_only_when_it_is_going_on(rules_alone, text, urgent):
    assert ("urgent" in rules_alone.classify(sub(text)).flags) is urgent


@pytest.mark.parametrize("text", each_way([
    "Tháng 5 vừa qua 38 hộ trong ngõ 20 đã đóng góp mỗi hộ 1 triệu đồng để đổ bê tông mặt ngõ. Mới được ba tháng "
    "mặt ngõ đã nứt, bong lớp mặt. Đề nghị phường kiểm tra, yêu cầu đơn vị thi công sửa trong thời gian bảo hành.",
]))
def test_the_households_who_paid_for_a_lane_are_no_group_harmed(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and not d.complex, d.why
