"""Spam 17 in the QR Form, round r-4511..r-4540 (rules/148): a cosmetics advert with free shipping, one word with a
link, a fake notice that an account is locked until one "xác thực tài khoản" at a link and a lucky chain message
are spam; a resident who bought such cream and reports it, or asks whether a locked-account message is real, is
not; a keyboard test ("asdf", "qwerty", "test 123") is nothing to route, not spam; a first answer that tests the
Form and asks how long an answer takes is about the front's mailbox, while a real matter after the test still
leads. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

COSMETICS = each_way([
    "Kem dưỡng trắng da collagen Hàn Quốc chính hãng, sale 50% chỉ còn 299k, freeship toàn quốc, inbox page để "
    "đặt hàng nhé chị em.",
    "Kem trộn trắng da cấp tốc sau 7 ngày, ship toàn quốc, ib shop nhận ưu đãi.",
])


@pytest.mark.parametrize("text", COSMETICS)
def test_a_cosmetics_advert_with_free_shipping_is_spam_whatever_the_form_says(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi mua kem trắng da trên mạng, freeship, dùng bị dị ứng sưng cả mặt, đề nghị phường kiểm tra cửa hàng.",
]))
def test_a_resident_harmed_by_such_cream_is_no_advert(rules_alone, text):
    assert "spam" not in rules_alone.classify(form(text, "Khác")).flags


@pytest.mark.parametrize("text", ["Xem https://tinyurl.com/4hx8vd2p", "Hot!!! https://abc-xyz.example/p?id=3",
                                  "Tham khảo: www.vay-nhanh.example", "Vào đây bit.ly/3kQz7Rm"])
def test_one_word_and_a_link_is_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert "spam" in d.flags and d.category == "khac", d.why


PHISHING = each_way([
    "Thông báo từ Ngân hàng: tài khoản của quý khách đã bị tạm khóa do đăng nhập bất thường. Vui lòng xác thực tài "
    "khoản trong 12h tại http://vcb-xacthuc.example để tránh bị khóa vĩnh viễn.",
])


@pytest.mark.parametrize("text", PHISHING)
def test_a_locked_account_to_verify_at_a_link_is_spam_not_a_bank_matter(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi nhận tin tài khoản bị tạm khóa, phải xác thực tài khoản tại http://vcb-xacthuc.example. Xin hỏi có "
    "phải lừa đảo không?",
]))
def test_a_resident_asking_about_such_a_message_is_not_spam(rules_alone, text):
    assert "spam" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Tin nhắn may mắn, ai nhận được hãy gửi cho 9 người trong vòng 1 ngày sẽ gặp tài lộc. Ai bỏ qua sẽ gặp xui xẻo "
    "3 năm!",
]))
def test_a_lucky_chain_message_is_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert "spam" in d.flags and d.category == "khac", d.why


@pytest.mark.parametrize("text", ["asdf asdf", "qwerty", "test 123", "asdfgh"])
def test_a_keyboard_test_is_nothing_to_route_and_no_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Môi trường, vệ sinh"))
    assert (d.category, d.agency) == ("khac", "mttq") and "spam" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Thử gửi xem có được không. Nếu gửi góp ý qua đây thì bao lâu mới có trả lời, trả lời qua điện thoại hay phải "
    "lên phường?",
]))
def test_testing_the_form_and_asking_how_long_an_answer_takes_is_the_fronts_mailbox(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Thử gửi qua đây xem bao lâu có trả lời. Đèn đường ngõ 12 Minh Khai tắt cả tuần nay, đề nghị phường cho sửa.",
]))
def test_a_real_matter_after_the_test_still_leads(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "mttq" not in d.co_agencies, d.why
