"""Abuse flags for the wordings of batch p-2790 … p-2829 (written blind): a threat told as a warning ("tôi không chịu
trách nhiệm về những gì xảy ra"), a threat told as advice about a woman officer's way home, a policy said to be a
cover with a boycott of the ward, a police officer's home given out with people sent there. Each with and without
diacritics, beside the genuine letters that use the same words."""

from __future__ import annotations

import pytest

from hopthu.core.flags import abuse_cues


def _threat(text: str) -> bool:
    return any(w.startswith("đe dọa (") for w in abuse_cues("", text))


@pytest.mark.parametrize("text", [
    "Nếu tuần sau còn xuống cưỡng chế quán tôi thì cán bộ địa chính cứ chuẩn bị tinh thần, lúc đấy tôi không chịu "
    "trách nhiệm về những gì xảy ra đâu.",
    "con cuong che nha tui nua thi tui khong chiu trach nhiem ve nhung gi se xay ra dau nha",
])
def test_a_threat_told_as_a_warning_is_abuse(text):
    assert _threat(text)


@pytest.mark.parametrize("text", [
    "Chủ nhà trọ nhắn tin: 'tôi không chịu trách nhiệm về những gì xảy ra nếu cô không dọn đi'. Tôi rất sợ.",
    "chu quan do doa: toi khong chiu trach nhiem ve nhung gi xay ra. Toi bao phuong biet.",
    "Phường trả lời là phường không chịu trách nhiệm về những gì xảy ra trong nhà riêng, vậy tôi phải hỏi ai?",
])
def test_the_same_warning_received_or_said_of_the_ward_is_not_abuse(text):
    assert abuse_cues("", text) == []


@pytest.mark.parametrize("text", [
    "Khuyên thật lòng cô cán bộ tư pháp: đi làm về qua đường đê tối lắm, đừng có đi một mình, lỡ có chuyện gì thì "
    "tiếc lắm. Cô cứ làm khó giấy tờ nhà tôi nữa đi.",
    "khuyen that long co can bo mot cua: di lam ve qua doan duong vang, toi lam, dung di mot minh. Co cu ngam ho so "
    "nha toi nua di.",
])
def test_advice_about_an_officers_way_home_is_a_veiled_threat(text):
    assert any(w.startswith("đe dọa kín đáo") for w in abuse_cues("", text))


@pytest.mark.parametrize("text", [
    "Con gái tôi đi học về qua đường đê tối lắm, đi một mình rất sợ. Các ông nên lắp đèn sớm.",
    "con toi di hoc ve qua duong de toi lam, di mot minh rat so, cac ong nen lap den som",
    "Tôi khuyên các cháu đi học về đừng đi một mình qua đường đê, tối lắm. Đề nghị phường lắp đèn.",
])
def test_a_dark_road_feared_or_advice_to_children_is_not_abuse(text):
    assert abuse_cues("", text) == []


@pytest.mark.parametrize("text", [
    "Chính sách sáp nhập phường thực chất là để mấy ông cán bộ ăn tiền đất, bà con đừng ai nộp giấy tờ gì cho phường "
    "nữa, tẩy chay hết.",
    "chinh sach sap nhap phuong thuc chat la de may ong can bo an tien dat, ba con dung ai nop giay to gi cho phuong "
    "nua, tay chay het",
])
def test_a_policy_called_a_cover_with_a_boycott_is_distortion(text):
    assert any(w.startswith("xuyên tạc") for w in abuse_cues("", text))


@pytest.mark.parametrize("text", [
    "Xin hỏi chính sách sáp nhập phường thực chất là để làm gì, hồ sơ đất của tôi nộp ở đâu?",
    "Có kẻ gian giả danh cán bộ thu tiền, bà con đừng ai nộp tiền cho người lạ, đề nghị phường cảnh báo.",
    "co ke gian gia danh can bo thu tien, ba con dung ai nop tien cho nguoi la",
])
def test_a_question_about_a_policy_or_a_scam_warning_is_not_abuse(text):
    assert abuse_cues("", text) == []


@pytest.mark.parametrize("text", [
    "Đây là nhà riêng của thằng công an khu vực: số 14 ngõ 72, vợ nó bán hàng ở chợ. Anh em biết đường mà tìm đến "
    "tận nhà nói chuyện.",
    "day la nha rieng cua thang can bo dia chinh, so 9 ngo 4, anh em cu qua tan nha ma hoi",
])
def test_an_officials_home_given_out_with_people_sent_there_is_abuse(text):
    assert _threat(text)


@pytest.mark.parametrize("text", [
    "Nhà riêng của ông tổ trưởng ở ngay đầu ngõ, bà con đến nhà văn hóa họp lúc 19h.",
    "nha rieng cua ong to truong o dau ngo, ba con den nha van hoa hop luc 19h",
    "Có đối tượng đăng địa chỉ nhà riêng của cán bộ phường lên mạng, kêu gọi anh em đến tận nhà. Tôi báo để phường biết.",
])
def test_a_meeting_place_or_doxxing_reported_is_not_abuse(text):
    assert abuse_cues("", text) == []
