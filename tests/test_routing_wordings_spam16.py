"""Spam 16: adverts, loans, jobs, links and chain messages, round r-4331..r-4360 (rules/142, an exclusion in
rules/49): chain messages that ask to share with ten groups, folk-medicine adverts, fake notices that lock an
account or cancel a file unless one follows a link within hours, sales letters to the ward (in Vietnamese or
English) and cheap-with-warranty adverts are spam; a resident asking whether such a message is true is not; the
front's work group asking for the fund's appeal letter is the front's work; a "health seminar" that sold
supplements to many elderly people is fraud for the police, complex and not urgent. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

CHAIN = each_way([
    "Tin nóng: từ tháng sau mọi cuộc gọi Zalo sẽ bị ghi âm và thu phí. Hãy chia sẻ tin này cho 10 nhóm để bà con "
    "cùng biết, ai không chia sẻ sẽ gặp xui cả năm.",
    "Bé Minh Anh 6 tuổi cần mổ tim gấp, xin chuyển khoản giúp vào tài khoản 0451 0009 2231 và chuyển tiếp bài này "
    "tới ít nhất 10 nhóm, mỗi lượt chia sẻ là một cơ hội sống!",
])


@pytest.mark.parametrize("text", CHAIN)
def test_a_message_that_asks_to_be_shared_with_ten_groups_is_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Thuốc xương khớp gia truyền Bảo Linh, hết đau nhức sau 5 ngày, mua 2 hộp tặng 1, giao hàng tận nhà thu tiền "
    "sau, gọi ngay 0867 220 914.",
]))
def test_a_folk_medicine_advert_is_spam_whatever_the_form_says(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert "spam" in d.flags and d.category == "khac", d.why


PHISHING = each_way([
    "Tài khoản định danh điện tử của bạn sẽ bị khóa sau 48 giờ do chưa xác thực. Vui lòng truy cập "
    "vneid-xacthuc.example để cập nhật.",
    "Hồ sơ trực tuyến của Ông/Bà bị trả lại do thiếu lệ phí, vui lòng thanh toán qua đường dẫn "
    "dvc-lephi.example trong vòng 24 giờ.",
])


@pytest.mark.parametrize("text", PHISHING)
def test_a_notice_that_locks_an_account_unless_one_follows_a_link_within_hours_is_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags and d.category == "khac" and "urgent" not in d.flags, d.why


SALES = [
    ("Thư chào hàng dịch vụ vệ sinh công nghiệp",
     "Kính gửi Ủy ban nhân dân phường, công ty chúng tôi trân trọng giới thiệu dịch vụ vệ sinh công nghiệp, "
     "diệt côn trùng cho trường học, trụ sở. Báo giá ưu đãi khi ký hợp đồng cả năm, hotline 0904 118 265."),
    ("Partnership offer", "Dear Sir/Madam, we are a manufacturer of outdoor LED lighting. Please see our catalogue "
     "and ask for a free sample. Best regards, Anna Lee"),
    ("", "Lắp điều hòa giá rẻ chỉ từ 350k, bảo hành 12 tháng, lắp đặt miễn phí trong ngày, liên hệ 0357 410 682."),
]


@pytest.mark.parametrize("subject,text", [(s, t) for s, text in SALES for t in each_way([text])])
def test_sales_letters_and_cheap_with_warranty_adverts_are_spam(rules_alone, subject, text):
    d = rules_alone.classify(sub(text, subject))
    assert "spam" in d.flags and d.category == "khac", d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi nhận được tin nhắn bảo tài khoản VNeID sẽ bị khóa sau 48 giờ, phải truy cập đường link để xác thực. "
    "Xin hỏi đây có phải lừa đảo không, đề nghị công an phường cảnh báo bà con.",
]))
def test_a_resident_asking_whether_such_a_message_is_true_is_not_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.category != "khac", d.why


@pytest.mark.parametrize("text", each_way([
    "Ban công tác Mặt trận tổ 6 đề nghị Mặt trận phường gửi thư kêu gọi ủng hộ Quỹ Vì người nghèo kèm số tài khoản "
    "chính thức, vì có tin nhắn giả danh xin tiền nên bà con còn e ngại.",
]))
def test_the_work_group_asking_for_the_funds_appeal_letter_is_the_fronts_work(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "spam" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Công ty nào đó mở hội thảo sức khỏe ở nhà văn hóa, bán thực phẩm chức năng và máy massage, nhiều cụ trong tổ "
    "đã mua từ 8 đến 20 triệu mà không có tác dụng, giờ công ty không nghe máy. Đề nghị phường kiểm tra.",
]))
def test_a_health_seminar_that_sold_to_many_elderly_is_complex_fraud_not_an_emergency(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and d.complex and "urgent" not in d.flags, d.why
