"""Abuse and spam round 12, r-3491..r-3520 (rules/114, exclusions in rules/13 and 22): slander about a neighbour's
private life with a call to expose it, a veiled threat against an official's child, an arson threat against the
ward office, a call not to vote, a call to lie across the office's gate, fantastic crimes pinned on a group leader
and a land broker's flyer are flagged; a sober complaint naming an officer "Phan Quốc …", a rude desk officer quoted
as evidence and water coming in "every time it rains" are not. Each with and without diacritics, except the name."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

ABUSIVE = each_way([
    "Cô Đặng Thị Hoa số nhà 9 là gái bao, hai đứa con không phải con chồng. Đề nghị phường đuổi cô ta ra khỏi tổ và "
    "thông báo trên loa cho mọi người tránh xa.",
    "Anh ký hay không thì tùy anh. Nhưng anh nhớ con gái anh học lớp 4 trường Lê Lợi, về qua hẻm sau chợ, lỡ có "
    "chuyện gì thì đừng trách ai.",
    "Phường cưỡng chế nhà tôi thì tôi sẽ đốt trụ sở phường, xăng tôi chuẩn bị sẵn rồi.",
    "Bà con tổ 5 ơi, đợt bầu cử tới đừng ai đi bầu hết, ai đi bầu là tiếp tay cho lũ ăn cướp.",
    "Sáng thứ Hai tất cả kéo lên trụ sở phường, nằm chặn cổng, không cho chủ tịch về nhà. Càng đông càng tốt.",
    "Tổ trưởng tổ 8 là gián điệp, ban đêm ra bờ sông nói chuyện với người ngoài hành tinh, phải bắt ngay.",
    "Nói với thằng phó công an phường: mày phạt xe em tao thì mày nhớ mặt tao, anh em tao sẽ xử đẹp mày.",
])


@pytest.mark.parametrize("text", ABUSIVE)
def test_slander_threats_and_calls_to_gather_are_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "CƠ HỘI ĐẦU TƯ! Bán đất nền sổ hồng riêng, chỉ từ 1,2 tỷ/nền, ngân hàng hỗ trợ 70%. Liên hệ chính chủ anh Tài "
    "0934 771 052 (miễn trung gian).",
    "Nhận ký gửi mua bán nhà đất khu vực phường, định giá miễn phí, bán nhanh trong 7 ngày. Liên hệ Hùng 0962 118 740.",
]))
def test_a_land_brokers_flyer_is_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


def test_an_officer_named_phan_quoc_is_no_traitor(rules_alone):
    # with diacritics only: written bare, "Phan Quoc" is also "phản quốc"
    d = rules_alone.classify(sub("Ngày 25/11 anh Phan Quốc Dũng, cán bộ địa chính, tới đo và nói nếu muốn có kết quả "
                                 "trong tuần thì gửi anh 3 triệu. Đề nghị Mặt trận nhắc nhở cán bộ làm đúng quy định."))
    assert "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Sáng 2/12 tôi đến bộ phận một cửa nộp hồ sơ chứng thực, chị cán bộ quầy số 2 quát tôi: 'đồ ngu, cút ra ngoài "
    "đợi'. Tôi chưa bao giờ bị xúc phạm như vậy. Đề nghị Mặt trận làm rõ và yêu cầu cán bộ xin lỗi.",
]))
def test_a_rude_officer_quoted_as_evidence_is_a_conduct_complaint(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Lần thứ 4 tôi gửi phản ánh về con mương hẻm 62 bị tắc. Từ tháng 7 đến giờ mỗi lần mưa là nước tràn vào nhà. "
    "Yêu cầu nạo vét mương trước Tết.",
]))
def test_water_coming_in_every_time_it_rains_is_no_emergency(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi phản ánh có trùm đường dây cho vay nặng lãi đang hoạt động ở tổ 5, đề nghị công an phường xử lý gấp.",
    "Nước lên nhanh quá, đề nghị công an và bộ đội cứu hộ bằng trực thăng cho mấy hộ ở bãi giữa.",
    "Hộ ông Tư nuôi bò thả rông, đề nghị đọc trên loa nhắc nhở bà con tránh xa.",
]))
def test_a_tip_off_a_rescue_or_cattle_is_no_abuse(rules_alone, text):
    assert "abusive" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Tôi muốn hỏi thủ tục công chứng hợp đồng mua bán nhà đất chính chủ, liên hệ số nào ạ?",
]))
def test_a_question_about_a_house_sale_is_no_broker_advert(rules_alone, text):
    assert "spam" not in rules_alone.classify(sub(text)).flags
