"""Spam 19 and abuse 20 through the Form and on paper, round r-5111..r-5140 (rules/168, an exclusion in rules/106):
a land broker's advert promising "sổ đỏ riêng, bao sang tên, công chứng trong ngày" and a pharmacy's "ship COD toàn
quốc" are spam, and so is a news article pasted with its "(Nguồn: báo ...)"; keyboard mashing is a test entry, not
spam; a citizen plagued by sales calls who asks who leaked the number goes to the police; an oath at a blocked drain
in a real complaint is no abuse; a letter left unanswered that also asks for the drain to be cleared brings the
works office. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

ADVERTS = each_way([
    "Bán đất nền sổ đỏ riêng hẻm xe hơi đường Phan Huy Ích, 72m2, giá 2 tỷ 1 còn thương lượng, bao sang tên công "
    "chứng trong ngày. LH chính chủ 0907 111 222.",
    "Cần bán gấp lô đất 5x20 gần chợ, sổ hồng riêng, miễn trung gian, liên hệ Zalo 0938 000 111.",
    "Thuốc xương khớp gia truyền, tăng cường sinh lý, hàng chính hãng, ship COD toàn quốc, inbox zalo 0862 000 333.",
    "Giảm cân cấp tốc 7 ngày với thực phẩm chức năng nhập khẩu, kiểm tra hàng trước khi thanh toán.",
])


@pytest.mark.parametrize("text", ADVERTS)
def test_a_brokers_or_a_pharmacys_advert_in_the_form_is_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Đất đai, xây dựng"))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi muốn hỏi tờ rơi bán đất nền sổ đỏ riêng, bao sang tên dán ở cột điện đầu ngõ có phải lừa đảo không?",
    "Mẹ tôi đã mua thuốc xương khớp gia truyền ship COD toàn quốc, uống vào bị dị ứng, đề nghị phường xử lý người bán.",
]))
def test_a_citizen_asking_about_such_an_advert_is_no_spam(rules_alone, text):
    assert "spam" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Giá xăng giảm từ 15 giờ chiều nay, xăng RON 95 còn 21.000 đồng/lít theo điều hành của liên bộ. (Nguồn: báo "
    "Tuổi Trẻ)",
]))
def test_a_pasted_news_article_with_its_source_is_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert "spam" in d.flags and d.category == "khac", d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đọc báo thấy tin này: 'từ tháng sau phạt xe đỗ trong ngõ' (Nguồn: báo Dân trí). Cho hỏi phường mình có áp "
    "dụng không?",
]))
def test_a_news_item_with_a_question_is_a_citizens_letter(rules_alone, text):
    assert "spam" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", ["asdfghjkl ;;;;; jjjjjjj kkkkk", "qwertyuiop ... zzzz xxxx", "jjjjjj kkkkkk llll"])
def test_keyboard_mashing_is_a_test_entry_not_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert "spam" not in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Ngày nào tôi cũng bị gọi điện mời mua đất, vay tiền. Đề nghị kiểm tra xem ai làm lộ số điện thoại của dân khi "
    "tôi làm tạm trú ở phường.",
]))
def test_sales_calls_and_a_leaked_number_go_to_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "spam" not in d.flags, d.why


@pytest.mark.parametrize("text", [
    "Đ.m cái cống trước nhà tôi tắc cả tháng, mưa xuống nước thối tràn vào nhà, báo mấy lần không ai làm.",
    "D.m cai duong hem 12 o ga chi chit, xe may nga hoai ma phuong khong sua.",
])
def test_an_oath_at_a_drain_in_a_real_complaint_is_no_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags and d.agency == "kt_hatang", d.why


@pytest.mark.parametrize("text", ["Đ.m cái thằng cán bộ địa chính, ăn hại.", "D.m cai bon can bo phuong, an hai."])
def test_the_same_oath_at_an_official_stays_abuse(rules_alone, text):
    assert "abusive" in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Tôi gửi đơn lên phường hai lần về đoạn đường ngập, đến nay chưa được trả lời. Đề nghị phường trả lời bằng văn "
    "bản, đồng thời cho người xuống khơi thông cống trước mùa mưa.",
]))
def test_an_unanswered_letter_that_asks_to_clear_the_drain_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd") and "kt_hatang" in d.co_agencies, d.why
