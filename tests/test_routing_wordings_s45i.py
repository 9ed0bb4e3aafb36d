"""Spam and abuse by email, and the citizens beside them, round r-4961..r-4990 (rules/163): a get-rich course with a
sign-up is spam; a citizen asking whether a fee notice that wants a transfer to a personal account is the ward's goes
to the police; thanks to the mailbox for a scam warning is the front's own work; fantastic slander of an official is
abuse, but an insult told by the child's parent who received it is not. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub


@pytest.mark.parametrize("text", each_way([
    "KHÓA HỌC LÀM GIÀU - kiếm tiền online 30 triệu/tháng tại nhà. Đăng ký ngay hôm nay nhận mã giảm giá 50%.",
]))
def test_a_get_rich_course_with_a_sign_up_is_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi nhận được thông báo thu phí vệ sinh bảo chuyển vào tài khoản cá nhân, có phải của phường không ạ?",
]))
def test_a_fee_notice_asking_for_a_personal_account_goes_to_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "spam" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Em cảm ơn hòm thư số đã cảnh báo về tin nhắn giả danh phường thu phí. Nhờ vậy bà nội em không bị lừa. Mong "
    "Mặt trận tiếp tục cảnh báo các chiêu lừa mới.",
]))
def test_thanks_for_a_scam_warning_is_the_fronts_own_work(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Cảm ơn Mặt trận đã cảnh báo, nhưng mẹ tôi vẫn đã bị lừa mất 20 triệu qua tin nhắn giả danh, đề nghị điều tra.",
]))
def test_a_loss_told_after_the_thanks_is_still_the_polices(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Con tôi bị bạn cùng lớp chửi là 'đồ súc vật' ở cổng trường, đề nghị nhà trường và phường can thiệp.",
]))
def test_an_insult_told_by_the_one_who_received_it_is_no_abuse(rules_alone, text):
    assert "abusive" not in rules_alone.classify(sub(text)).flags
