"""Abuse flags mended after the labelled items of merge-43 (r-3927, p-851), as the pipeline sets them (the rules'
flags and `core.flags`' cues): "bọn chúng" naming the people a letter complains about is no insult, and a citizen
who passes on someone's call to smash the ward office is no caller. Each with and without diacritics, beside the
wordings that stay flagged."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold


@pytest.fixture(scope="module")
def flags(pipeline_flags):
    return pipeline_flags


def each_way(text: str) -> tuple[str, str]:
    return text, afold(text)


@pytest.mark.parametrize("subject, text", [
    # drug users at night on a vacant lot (r-3927): "bọn chúng" is who they are, "ma túy" what they do
    ("Tụ tập sử dụng ma túy ở bãi đất trống", "Buổi tối thường có một nhóm thanh niên tụ tập hút chích, đã có hai lần"
     " bọn chúng đánh nhau gây náo loạn lúc nửa đêm. Đề nghị công an phường tăng cường tuần tra."),
    ("", "Mấy thanh niên lạ mặt đêm nào cũng đến gầm cầu, bọn chúng để lại kim tiêm, nghi là nghiện ma túy."),
    # a citizen passes a call on to the ward and the police (p-851)
    ("", "Tôi thấy trên nhóm Zalo của TDP 4 có người đăng bài kêu gọi 'kéo lên phường đập phá', lời lẽ kích động. Tôi"
         " gửi để phường và công an biết, có biện pháp ngăn chặn."),
])
def test_a_letter_about_others_is_no_abuse(flags, subject, text):
    for s, t in zip(each_way(subject), each_way(text)):
        assert "abusive" not in flags(t, s), t


@pytest.mark.parametrize("text", [
    "Bọn chúng nó là lũ ăn hại, cán bộ phường toàn bọn chúng, chỉ biết ăn tiền của dân.",
    "Bà con tổ 5 sáng mai kéo lên phường đập phá cho chúng nó sợ, ai cản thì xử luôn.",
])
def test_the_insult_and_the_call_themselves_stay_abuse(flags, text):
    for t in each_way(text):
        assert "abusive" in flags(t), t


def test_an_email_address_holds_no_swear_word(flags):
    """"dm" is a swear word typed short; inside "khoa.dm@…" it is part of an address (r-4032)."""
    text = ("Tôi muốn hỏi cần mang giấy tờ gì để xin xác nhận tình trạng hôn nhân.\nTrân trọng,\nĐặng Minh Khoa\n"
            "khoa.dm@thumau.example")
    for t in each_way(text):
        assert "abusive" not in flags(t), t
    assert "abusive" in flags("dm cái phường này, gửi mãi không ai trả lời")


def test_a_refund_of_social_insurance_by_an_app_is_spam(flags):
    """The tax refund's phishing in the name of social insurance (p-4100), beside the victim who reports it."""
    notice = ("Cơ quan Bảo hiểm xã hội thông báo: ông/bà thuộc diện được hoàn trả 4.860.000đ tiền đóng BHXH tự nguyện"
              " năm 2025. Để nhận tiền, đề nghị ông/bà cài đặt ứng dụng theo đường dẫn http://bhxh-hoantra.example/app,"
              " quá hạn khoản tiền sẽ bị hủy.")
    for t in each_way(notice):
        assert "spam" in flags(t), t
    victim = ("Bố tôi nhận tin nhắn báo thuộc diện được hoàn trả tiền đóng BHXH, cài đặt ứng dụng theo đường dẫn thì"
              " tài khoản bị rút hết 30 triệu. Nhờ công an phường giúp.")
    for t in each_way(victim):
        assert "spam" not in flags(t), t
