"""Spam dressed as the front or the ward, round r-4061..r-4090 (rules/133, exclusions in rules/56, 57, 124): charity
appeals to a personal account, network-marketing invitations, tax refunds through an app, fake ward notices asking
for a fee through an e-wallet, online "tasks", life insurance "with the front" and English sales mail are spam; a
citizen asking whether a message in the front's name is real, a fraud suffered through a fake police call and a
question whether the group's fund drive is real are not. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

SPAM = each_way([
    "Quỹ Hy Vọng khẩn thiết kêu gọi các mạnh thường quân chung tay cứu bé Minh. Mọi đóng góp xin chuyển về tài khoản "
    "cá nhân của chị Lan, số 0123 4567 8899. Xin chia sẻ thư này để lan tỏa yêu thương.",
    "Trân trọng kính mời anh chị dự hội thảo kinh doanh mạng lưới, thu nhập thụ động 40 triệu mỗi tháng, hoa hồng "
    "trọn đời. Đăng ký giữ chỗ qua Zalo 0912 000 111.",
    "Quý vị có khoản hoàn thuế 2.150.000 đồng. Vui lòng tải ứng dụng tại đường dẫn và đăng nhập bằng mật khẩu ngân "
    "hàng, quá hạn sẽ bị hủy.",
    "Tuyển cộng tác viên làm việc tại nhà, mỗi ngày thả tim, đánh giá sản phẩm, nhận lương ngay trong ngày, không cần "
    "kinh nghiệm.",
    "Gói bảo hiểm nhân thọ chỉ 8.000đ/ngày, bảo vệ cả gia đình, hoàn tiền 100% khi đáo hạn. Đăng ký với tư vấn viên "
    "Thu 0966 000 222 để được tặng thêm quà.",
])


@pytest.mark.parametrize("text", SPAM)
def test_appeals_invitations_refunds_tasks_and_insurance_in_borrowed_names_are_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "THÔNG BÁO CỦA PHƯỜNG: hộ chưa khai báo sẽ bị xử phạt 2 triệu đồng. Truy cập đường link để khai báo ngay, nộp lệ "
    "phí 30.000đ qua ví điện tử.",
]))
def test_a_fake_ward_notice_asking_a_fee_through_an_e_wallet_is_spam_whatever_the_form_says(rules_alone, text):
    d = rules_alone.classify(form(text, "Thủ tục hành chính"))
    assert "spam" in d.flags and d.category == "khac", d.why


def test_english_sales_mail_is_spam(rules_alone):
    d = rules_alone.classify(sub("Dear Sir/Madam, we offer banners and gifts with free shipping. Contact our sales "
                                 "team on WhatsApp for a free quote. Best regards"))
    assert "spam" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi nhận được tin nhắn Zalo tên Mặt trận phường nói được tặng 1 triệu, bấm vào đường link và nhập mã OTP. "
    "Xin hỏi Mặt trận có chương trình này không? Nếu là lừa đảo xin báo công an.",
]))
def test_asking_whether_a_message_in_the_fronts_name_is_real_is_a_fraud_report(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Có người gọi điện xưng là cán bộ công an phường, bảo tài khoản VNeID của tôi sai thông tin, bắt cài ứng dụng. "
    "Sau đó tài khoản ngân hàng của tôi bị rút mất 30 triệu. Đề nghị công an phường điều tra.",
]))
def test_money_taken_after_a_fake_police_call_is_fraud_not_a_vneid_procedure(rules_alone, text):
    d = rules_alone.classify(form(text, "Thủ tục hành chính"))
    assert "spam" not in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Có hai người đến từng nhà nói là Ban công tác Mặt trận tổ 4 thu tiền ủng hộ đồng bào lũ lụt. Nhờ Mặt trận phường "
    "xác nhận đợt vận động này có thật không, nếu đúng thì nộp tiền ở đâu.",
]))
def test_asking_the_front_whether_the_groups_drive_is_real_is_the_fronts_work(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert "spam" not in d.flags and (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Trang Facebook giả mạo Mặt trận phường đăng bài kêu gọi ủng hộ cháu bé bị bệnh tim, ghi số tài khoản cá nhân, "
    "nhiều người đã chuyển tiền. Đề nghị công an phường xác minh.",
]))
def test_a_reported_fake_appeal_is_not_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.agency == "cong_an", d.why
