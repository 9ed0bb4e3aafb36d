"""An abuse flag mended on merge-47 (r-4664), as the pipeline sets it: typed without diacritics, "de tien" is "để
tiện" (so as to) or "để tiền" (to leave money) as often as "đê tiện" (vile), and "thang" is "tháng" (month) as often as
"thằng": "từ tháng trước để tiện chăm sóc bà" is a family note, no insult. Each with and without diacritics where
the words fold alike, beside the insult that stays flagged."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold


@pytest.mark.parametrize("text", [
    "Mẹ chồng em ở quê mới ra ở với vợ chồng em từ tháng trước để tiện chăm sóc vì bà bị tai biến nhẹ. Em muốn đăng"
    " ký tạm trú cho bà thì cần giấy tờ gì?",
    "Tháng này em gửi tiền về để tiện liên lạc với bà, xin hỏi thủ tục nhận lương hưu thay.",
    "Từ tháng sau nhà em chuyển sang để tiện đi học cho con, cần đăng ký tạm trú ở đâu ạ?",
])
def test_so_as_to_after_a_month_is_no_insult(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" not in pipeline_flags(t, ""), t


@pytest.mark.parametrize("text", [
    "Thằng tổ trưởng đê tiện đó ăn chặn tiền hỗ trợ của dân.",
    "Bọn cán bộ đê tiện, ăn hại của dân.",
])
def test_vile_said_of_officers_stays_abuse(pipeline_flags, text):
    for t in (text, afold(text)):
        assert "abusive" in pipeline_flags(t, ""), t


@pytest.mark.parametrize("text", [
    "Cụ ông Giáp Văn Thu (89 tuổi, ở cùng con gái là chị Giáp Thị Loan, sđt chị Loan 0852 671 304) hỏi về chế độ mừng"
    " thọ 90 tuổi năm 2027 và thủ tục nhận quà.",
    "Bà Loan tổ 5 hỏi khi nào phường phát quà Tết, nhà bà được nhận quà không, liên hệ 0912 345 678.",
])
def test_a_woman_named_loan_is_no_loan_offer(pipeline_flags, text):
    # "Loan" is a given name; a bare English "loan" no longer counts as an offer (p-4514)
    for t in (text, afold(text)):
        assert "spam" not in pipeline_flags(t, ""), t


def test_an_english_loan_offer_stays_spam(pipeline_flags):
    text = "Instant loan approval in 10 minutes, guaranteed, no documents. Contact us on Telegram @fastcash_vn"
    assert "spam" in pipeline_flags(text, "")
