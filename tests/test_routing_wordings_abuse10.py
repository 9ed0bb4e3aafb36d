"""Abuse, spam and their look-alikes, round r-2991..r-3020 (rules/97, with narrowed signs in `core/threats.py` and
`core/unmask.py`): veiled threats ("đi đêm có ngày gặp ma", "tao có mấy thằng đệ"), an arson threat dressed as a
reminder with a dare, a call to gather at the office and block its gate, slander about an official's nights in a
hotel, fantastic crimes laid on an officer, a fake prize, a chain letter, a forwarded advert, English advance-fee
spam; and what is none of them: a threat or an insult the writer received and reports, a question whether a message
is a scam, a lane where one must "coi chừng" the potholes at night, a group's notice. Each wording with and without
diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.flags import assess
from wordings import each_way, sub

ABUSE = [
    "Bà tổ trưởng tổ 3 liệu mà ăn ở cho tử tế, cứ bênh nhà kia thì coi chừng đó, đi đêm có ngày gặp ma.",
    "Nói cho tụi cán bộ phường biết, tao có mấy thằng đệ ngoài bến xe, còn tới dẹp hàng của tao nữa thì đừng trách "
    "tao ác.",
    "Nhà ông cán bộ địa chính toàn đồ gỗ, dễ bắt lửa lắm, một đêm nào đó cháy rụi thì đừng hỏi. Cứ đo lại đất nhà "
    "tôi nữa thử xem.",
    "Bà con ơi thứ Bảy này kéo ra trụ sở UBND phường, mang băng rôn, chặn cổng không cho cán bộ ra vào, ai không "
    "đi là hèn.",
    "Tiểu thương chợ ơi, mai nghỉ bán, kéo lên phường biểu tình cho tụi nó biết sức mạnh của dân!",
    "Ông chủ tịch phường tuần nào cũng vào nhà nghỉ với cô kế toán, vợ con ở nhà không biết gì.",
    "Ông trưởng công an phường giết người rồi giấu xác, nhà còn cả vali tiền bảo kê.",
]


@pytest.mark.parametrize("text", each_way(ABUSE))
def test_veiled_threats_gatherings_slander_and_fantastic_crimes_are_abuse_for_the_chair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and "urgent" not in d.flags and d.category == "an_ninh", d.why


SPAM = [
    ("", "Chúc mừng số điện thoại của bạn đã trúng giải nhất, truy cập trang web và nhập số CCCD để nhận thưởng."),
    ("", "Hãy gửi tin này cho 10 người bạn, ai không gửi sẽ gặp xui xẻo cả năm."),
    ("Fwd: Khuyến mãi", "Nồi chiên không dầu giảm 50%, tặng kèm bộ dao, giao hàng tận nơi, gọi hotline 1900 1234."),
    ("Business proposal", "I am a banker with 8 million US dollars left by a client with no next of kin. Reply "
                          "with your bank account to receive 40%."),
]


@pytest.mark.parametrize("subject,text", [(s, t) for s, t0 in SPAM for t in each_way([t0])])
def test_prizes_chain_letters_forwarded_adverts_and_advance_fee_mail_are_spam(rules_alone, subject, text):
    d = rules_alone.classify(sub(text, subject))
    assert "spam" in d.flags and d.category == "khac", d.why


NEITHER = [
    ("Bọn cho vay nhắn tin dọa tôi 'biết nhà mày ở đâu rồi, coi chừng đấy'. Đề nghị công an phường giúp.", "an_ninh"),
    ("Tôi nhận được tin nhắn chúc mừng đã trúng giải nhất, bảo nhập số CCCD để nhận thưởng, có phải lừa đảo không?",
     "an_ninh"),
    ("Đèn ngõ 5 tắt cả tuần, đi đêm phải coi chừng vì ổ gà, đề nghị phường sửa đèn.", "ha_tang"),
    ("Thông báo: nhà văn hóa tổ 4 cho bà con mượn bàn ghế làm đám giỗ, liên hệ tổ trưởng.", "khac"),
]


@pytest.mark.parametrize("text,category", [(t, c) for t0, c in NEITHER for t in each_way([t0])])
def test_a_threat_reported_a_scam_asked_about_a_dark_lane_and_a_notice_are_neither(rules_alone, text, category):
    d = rules_alone.classify(sub(text))
    assert not {"spam", "abusive"} & set(d.flags), d.why
    assert d.category == category, d.why
    assert not assess("", text).abuse and not assess("", text).spam


@pytest.mark.parametrize("text", each_way(["Đi đêm qua ngõ 12 phải coi chừng hố ga mất nắp."]))
def test_care_on_a_dangerous_path_is_no_threat(text):
    assert not assess("", text).abuse


@pytest.mark.parametrize("text", each_way(["Mày coi chừng đấy, đi đêm có ngày gặp ma."]))
def test_a_bare_coi_chung_at_someone_is_still_a_threat(text):
    assert assess("", text).abuse


def test_an_insult_an_official_shouted_at_the_writer_is_reported_not_made():
    text = "Anh cán bộ địa chính gắt lên 'đồ ngu, không biết đọc à'. Đề nghị Mặt trận xem xét thái độ."
    assert not assess("", text).abuse


RULES_97 = ("loi-dung-di-dem-gap-ma", "loi-dung-dan-em-biet-mat", "loi-dung-thach-dot-nha-can-bo",
            "loi-dung-keo-len-phuong-bieu-tinh", "loi-dung-khach-san-doi-tu-can-bo", "loi-dung-giau-xac-vali-tien",
            "thu-rac-trung-giai-nhap-cccd", "thu-rac-thu-day-chuyen-tai-uong", "thu-rac-quang-cao-chuyen-tiep",
            "thu-rac-tieng-anh-chuyen-tien", "khac-thong-bao-dau-thu")
RULES_NEITHER = [
    "Ông tổ trưởng nhắc tôi coi chừng đấy, chó nhà số 5 hay cắn người.",
    "Xin hỏi nhà tôi lợp mái tôn, bên dưới đồ gỗ dễ bắt lửa, cứ để vậy thử xem có sao không?",
    "Sáng nay một nhóm người kéo đến trụ sở phường chặn cổng, căng băng rôn, đề nghị công an xử lý.",
    "Nó chửi tôi là thằng chó đẻ trước mặt cả xóm.",
    "Cửa hàng điện máy đầu ngõ mở khuyến mãi, xe giao hàng đỗ chắn hết lối đi.",
    "Thông báo: tổ 5 mất điện từ sáng đến giờ chưa có.",
]


@pytest.mark.parametrize("text", each_way(RULES_NEITHER))
def test_rules_97_leave_reports_questions_and_complaints_alone(rules_alone, text):
    """Advice passed on, a question, a gathering reported, an insult received, a shop's lorry in the way and a cut
    reported as "Thông báo:": rules/97 raises no flag and does not make the letter a notice."""
    d = rules_alone.classify(sub(text))
    assert not {"spam", "abusive"} & set(d.flags) and d.category != "khac", d.why
    assert not any(f'"{name}"' in d.why for name in RULES_97), d.why
