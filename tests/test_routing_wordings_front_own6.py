"""The front's own work told with other offices' words, and look-alikes, round r-3611..r-3640 (rules/118; exclusions
in rules/10, 16, 59, 83, 94, 104): the community investment supervision board left without the project's file and
the review of cultural families in the front's campaign are the front's; the few who came to a voters' meeting are
no large group; potholes raised at a voters' meeting and to be patched now are the road's; a relief list drawn up by
the ward that leaves households out, an allowance asked after the front's gift and a near-poor review are social
policy; a member of the people's inspection board reporting a building beyond its permit is construction order;
"nhờ Mặt trận giám sát giúp, nhưng quan trọng là đề nghị phường..." is the ward's work. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

BOARD = each_way([
    "Tôi là thành viên Ban giám sát đầu tư của cộng đồng, theo dõi công trình nâng cấp đường tổ 5. Đã hai lần đề "
    "nghị mà chủ đầu tư chưa cung cấp bản vẽ và dự toán cho Ban, đề nghị Mặt trận có ý kiến.",
])


@pytest.mark.parametrize("text", BOARD)
def test_the_supervision_board_without_the_projects_file_is_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies, d.why


CAMPAIGN = each_way([
    "Tổ tôi bình xét gia đình văn hóa năm nay không họp dân. Xin hỏi trong cuộc vận động Toàn dân đoàn kết xây dựng "
    "đời sống văn hóa thì tiêu chí là gì, đề nghị Mặt trận cho bình xét lại.",
])


@pytest.mark.parametrize("text", CAMPAIGN)
def test_cultural_families_in_the_fronts_campaign_are_the_fronts(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Buổi tiếp xúc cử tri tối qua thông báo quá trễ, hội trường chỉ có khoảng 20 người. Đề nghị lần sau Mặt trận "
    "thông báo trước ba ngày.",
]))
def test_the_few_who_came_to_a_voters_meeting_are_no_large_group(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "mat_tran" and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Tại buổi tiếp xúc cử tri tôi đã nêu đường số 8 nhiều ổ gà, nay càng hư nặng. Đề nghị phường cho vá ngay các ổ "
    "gà, trong lúc chờ thì rào lại mấy ổ sâu.",
]))
def test_potholes_raised_at_a_voters_meeting_are_the_roads(rules_alone, text):
    d = rules_alone.classify(sub(text, "Kiến nghị từ buổi tiếp xúc cử tri"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "vp_ubnd" not in d.co_agencies, d.why


SOCIAL = both([
    ("Đợt lũ vừa rồi UBND phường phát gạo và tiền hỗ trợ cho các hộ bị ngập, nhưng hơn 20 hộ ngập nặng ở tổ 3 không "
     "có tên. Đề nghị phường rà soát lại danh sách hỗ trợ lũ.", "chinh_sach", "vhxh"),
    ("Nhà tôi không có tên trong danh sách hộ cận nghèo năm nay dù thu nhập rất thấp. Xin hỏi đợt rà soát hộ nghèo "
     "cuối năm tôi làm đơn gửi ai để được xem xét.", "chinh_sach", "vhxh"),
])


@pytest.mark.parametrize("text,category,agency", SOCIAL)
def test_relief_lists_and_the_near_poor_review_are_social_policy(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tết rồi Mặt trận tặng quà cho con tôi, gia đình rất cảm ơn. Nay tôi muốn hỏi thủ tục làm hồ sơ xin trợ cấp "
    "hàng tháng cho cháu bị khuyết tật nặng.",
]))
def test_an_allowance_asked_after_the_fronts_gift_is_social_policy(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi là thành viên Ban thanh tra nhân dân phường. Nhà số 4 hẻm 20 có giấy phép 3 tầng mà đang xây lên tầng 5, "
    "xây sai phép rõ ràng. Đề nghị phường kiểm tra và xử lý.",
]))
def test_an_inspection_board_member_reporting_a_building_is_construction_order(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Bãi đất trống cuối hẻm 30 bị đổ xà bần và rác, bốc mùi. Nhờ Mặt trận giám sát giúp nhưng quan trọng là đề nghị "
    "phường cho dọn sạch và đặt biển cấm đổ rác.",
]))
def test_a_word_of_supervision_before_the_wards_work_is_the_wards(rules_alone, text):
    d = rules_alone.classify(sub(text, "Đề nghị Mặt trận giám sát bãi đất trống"))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang") and "mttq" not in d.co_agencies, d.why
