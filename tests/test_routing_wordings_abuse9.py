"""Abuse, spam and their look-alikes, round r-2761..r-2790 (rules/86, with narrowed signs in rules/10, 26 and 94 and
`core/threats.py`): slander about an official's private life, fantastic crimes laid on a body, "dân oan" called to
gather, a service flyer; and what is none of them: a citizen asking whether a prize message is a scam, a group's
notice, anger with a real matter, "cho người đến xử lý" (send someone to handle it). Each wording with and without
diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.flags import assess
from wordings import each_way, sub

ABUSE = [
    "Chủ tịch phường Đinh Quang Vũ có 3 vợ bé, mỗi cô một căn chung cư, tiền ở đâu ra thì ai cũng biết.",
    "Công an phường đã đánh chết 3 người trong trụ sở năm ngoái rồi phi tang xác xuống sông, tôi sẽ tung lên mạng.",
    "Bác sĩ trạm trưởng trạm y tế phường buôn bán nội tạng bệnh nhân, mọi người cẩn thận.",
    "Dân oan tất cả hãy đứng lên, ngày 20 tập trung trước UBND phường, không giải quyết thì không về, chính quyền "
    "này phải sụp đổ!",
]


@pytest.mark.parametrize("text", each_way(ABUSE))
def test_slander_fantastic_crimes_and_agitation_are_abuse_for_the_chair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["THÔNG CỐNG NGHẸT - HÚT BỂ PHỐT GIÁ RẺ 24/7. Không hiệu quả không lấy "
                                           "tiền. Gọi ngay."]))
def test_a_service_flyer_is_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags and d.category == "khac", d.why


NEITHER = [
    ("Tôi nhận được tin nhắn trúng thưởng xe máy SH, bảo nộp phí 2 triệu để nhận. Có phải lừa đảo không ạ? Báo để "
     "phường cảnh báo.", None),
    ("Tổ dân phố 6 thông báo: chủ nhật này tổng vệ sinh ngõ xóm, mỗi hộ cử một người tham gia.", "khac"),
    ("Có người nói ông tổ trưởng cặp bồ, tôi thấy đó là bịa đặt, đề nghị phường làm rõ để tránh ảnh hưởng.", None),
]


@pytest.mark.parametrize("text,category", [(t, c) for t0, c in NEITHER for t in each_way([t0])])
def test_a_scam_asked_about_a_notice_or_a_rumour_denied_is_neither_spam_nor_abuse(rules_alone, text, category):
    d = rules_alone.classify(sub(text))
    assert not {"spam", "abusive"} & set(d.flags), d.why
    assert category is None or d.category == category, d.why


@pytest.mark.parametrize("text", each_way(["Kính gửi phường, cây đổ chắn ngang đường. Đề nghị phường cho người đến xử "
                                           "lý gấp."]))
def test_sending_someone_to_handle_it_is_no_threat(text):
    assert not assess("", text).abuse


@pytest.mark.parametrize("text", each_way(["Còn dám phạt xe tao nữa thì tao cho người đến xử, nói trước rồi đó."]))
def test_sending_people_to_deal_with_someone_is_a_threat(text):
    assert assess("", text).abuse


def test_an_unrepaired_leak_reported_three_times_is_no_emergency(rules_alone):
    for t in each_way(["Cái ống nước vỡ ở ngõ 9 báo 3 lần rồi mà vẫn để đó, nước chảy lênh láng!"]):
        d = rules_alone.classify(sub(t))
        assert "urgent" not in d.flags, (t, d.why)
