"""Abuse, spam and their look-alikes, round r-3251..r-3280 (rules/106, with new signs in `core/menace.py` and
`core/abusive.py`): insults spaced or dotted letter by letter ("đ ồ  n g u", "đ.m"), teen-code abbreviations aimed
at someone ("dm mày", "trả lời như l"), a slur in sarcasm ("loại óc lợn như ông"), threats dressed as wishes
("chúc ông ra đường bình an … ai biết trước được", with a dare) or as proverbs ("gieo gió thì gặt bão" with a dare
and the official's child), self-harm threatened to force the ward's hand; USDT offers with a daily profit and
"gửi tin nhắn này" chain messages; and what is none of them: a threat received by text message and reported, a
New Year wish beside a real hazard, a real dog, rats to kill, teen-code praise, a relative's despair reported, strong
but polite anger. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.flags import assess
from wordings import each_way, sub

ABUSE = [
    "Mấy ông cán bộ phường đúng là đ ồ  n g u, hỏi cái gì cũng không biết.",
    "Phường làm việc kiểu gì thế, d.m, hỏi mãi không ai trả lời.",
    "Tổ trưởng trả lời như l, dm mày ngồi đó làm gì.",
    "Xin chúc mừng bà phó chủ tịch, loại óc lợn như bà mà cũng được khen thưởng.",
    "Chúc ông tổ trưởng năm mới ra đường bình an, tai nạn ai biết trước được. Cứ ký giấy cho nhà kia lấn ngõ đi rồi "
    "xem.",
    "Ông cán bộ địa chính nhớ cho, gieo gió thì gặt bão. Ông cứ đo sai đất nhà tôi tiếp đi, ông còn con gái đi học "
    "về một mình đấy.",
    "Nếu phường không trả tiền đền bù, tôi sẽ lên trụ sở phường tự thiêu cho cả phường biết.",
    "Tôi nói trước, tôi sẽ mang thuốc sâu ra phòng tiếp dân uống nếu hồ sơ nhà tôi còn bị trả lại.",
]


@pytest.mark.parametrize("text", each_way(ABUSE))
def test_disguised_insults_wished_threats_and_self_harm_as_pressure_are_abuse_for_the_chair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and "urgent" not in d.flags and d.category == "an_ninh", d.why
    assert "complex" not in d.flags, d.why


WISHES_AND_SELF_HARM = ABUSE[4:]


@pytest.mark.parametrize("text", each_way(WISHES_AND_SELF_HARM))
def test_the_cues_see_wished_and_proverbial_threats_and_self_harm_on_their_own(text):
    """The flags' own opinion (`core.menace`), beside the rules."""
    assert assess("", text).abuse, text


SPAM = [
    "Đầu tư USDT cùng chuyên gia, lợi nhuận 4%/ngày, rút về tài khoản bất cứ lúc nào, đăng ký ngay.",
    "Gửi tin nhắn này cho 7 người trong ngày, bạn sẽ gặp may mắn cả năm; xóa đi sẽ gặp hạn.",
]


@pytest.mark.parametrize("text", each_way(SPAM))
def test_usdt_with_a_daily_profit_and_a_chain_message_are_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags and d.category == "khac", d.why


NEITHER = [
    ("Tôi liên tục nhận tin nhắn từ số lạ: 'vcl mày, liệu hồn đấy'. Đề nghị công an phường tìm người nhắn.", "an_ninh"),
    ("Chúc anh chị cán bộ phường năm mới bình an. Đèn đường ngõ 5 hỏng cả tháng, tối om, tai nạn ai mà biết trước "
     "được, đề nghị phường thay bóng đèn.", "ha_tang"),
    ("Bãi rác đầu ngõ nhiều chuột, đề nghị phường đặt bả giết chuột và dọn rác.", "moi_truong"),
    ("Anh CSKV tổ 4 nhiệt tình vl, nửa đêm vẫn xuống giúp bà cụ lạc đường, cảm ơn anh nhiều.", "xd_chinh_quyen"),
]


@pytest.mark.parametrize("text,category", [(t, c) for t0, c in NEITHER for t in each_way([t0])])
def test_a_threat_received_a_wish_beside_a_hazard_rats_and_teen_code_praise_are_neither(rules_alone, text, category):
    d = rules_alone.classify(sub(text))
    assert not {"spam", "abusive"} & set(d.flags), d.why
    assert d.category == category, d.why
    assert not assess("", text).abuse and not assess("", text).spam


@pytest.mark.parametrize("text", each_way([
    "Bố tôi nói nếu phường không giải quyết thì ông sẽ uống thuốc sâu, mong phường cử người đến nói chuyện với ông.",
    "Tôi vô cùng bức xúc, đã gửi ba lá đơn về cống tắc ngõ 9 mà phường chưa ai xuống xem, đề nghị thông cống.",
]))
def test_a_relatives_despair_reported_and_polite_anger_raise_no_flag(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert not {"spam", "abusive"} & set(d.flags), d.why
    assert not assess("", text).abuse


@pytest.mark.parametrize("text", each_way([
    "Tôi vô cùng bức xúc, đã gửi ba lá đơn về cống tắc ngõ 9 mà phường chưa ai xuống xem, đề nghị thông cống.",
]))
def test_three_letters_sent_on_one_matter_make_it_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and d.complex, d.why
