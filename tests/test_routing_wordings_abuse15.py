"""Abuse and spam, round 15 (r-3941..r-3970, rules/129, an exclusion in rules/16): short Form answers and paper
letters. The writer's own arson or killing threat, "ngu như bò" with a threat, a teacher's slander with a call to
sack her and a call to smash the ward office are abusive, but not when the writer reports what someone else said or
posted; a "thông báo khẩn" asking for the OTP is spam, but not when a citizen asks about such a text; a clerk's
"phải đưa … thì mới ký" and a police officer's "mày tao" are an official's conduct; a debt collector ("thu hồi nợ") is
no land recovery. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

ABUSIVE = each_way([
    "Lần này mà tổ trưởng còn gạch tên nhà tôi khỏi danh sách hỗ trợ thì tôi sẽ đốt cả nhà ông ta, nói là làm.",
    "Thằng nhà bên mà còn xả nước sang sân nhà tao thì tao chém chết nó, phường không xử thì đừng trách.",
    "Ông tổ trưởng ngu như bò, báo mãi không làm, đừng để tao gặp ngoài đường.",
    "Cô giáo lớp 4B là con đồ đĩ, ngủ với phụ huynh để lấy tiền, đề nghị phường đuổi việc ngay.",
    "Bà con ơi, chủ nhật này tất cả kéo lên trụ sở phường đập phá cho bọn nó sợ!",
])


@pytest.mark.parametrize("text", ABUSIVE)
def test_the_writers_own_threats_and_slander_are_abuse(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert "abusive" in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "urgent" not in d.flags and not d.co_agencies, d.why


REPORTED = each_way([
    "Hàng xóm chửi tôi \"tao đốt nhà mày\" rồi cầm gậy đứng trước cửa. Đề nghị công an phường mời anh ta lên làm việc.",
    "Sáng nay có tờ rơi rủ bà con kéo lên trụ sở phường đập phá, dán khắp ngõ. Đề nghị công an tìm người rải.",
])


@pytest.mark.parametrize("text", REPORTED)
def test_a_threat_or_a_call_reported_by_the_citizen_is_no_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags and d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "[THÔNG BÁO KHẨN] Tài khoản định danh của bạn sẽ bị khóa. Bấm vào link vneid-xacthuc.top, nhập số CCCD và mã OTP "
    "để cập nhật ngay."]))
def test_an_urgent_notice_asking_for_the_otp_is_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi vừa nhận tin nhắn bảo bấm vào link nhập mã OTP kẻo tài khoản bị khóa, có phải lừa đảo không? Đề nghị "
    "công an phường cảnh báo bà con."]))
def test_a_citizen_asking_about_such_a_text_is_no_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Kính gửi Mặt trận phường. Cán bộ địa chính xuống đo đất nói phải đưa 3 triệu thì mới ký biên bản, không đưa thì "
    "để đó. Đề nghị Mặt trận xem xét giúp."]))
def test_a_land_officer_asking_money_to_sign_is_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why
    assert "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Anh cảnh sát khu vực nói năng mày tao với bố tôi, còn dọa đưa về đồn dù giấy tờ đủ. Gia đình rất bức xúc, đề "
    "nghị phường chấn chỉnh."]))
def test_a_police_officers_rude_words_are_conduct(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "cong_an" in d.co_agencies, d.why
    assert "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Mấy hôm nay nhân viên thu hồi nợ gọi điện chửi bới, dọa đến nhà tôi tạt sơn vì khoản vay của người khác. Đề "
    "nghị công an phường xác minh."]))
def test_a_debt_collector_is_no_land_recovery(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and not d.complex and "abusive" not in d.flags, d.why
