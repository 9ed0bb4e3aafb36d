"""Abuse flags for the wordings of batch p-3040 … p-3069 (written blind): a death wished as a blessing ("cầu cho …
chết sớm cho dân nhờ") and a call to keep the ward office from working ("chặn cổng không cho ai làm việc", "không
đi là hèn"). Each with and without diacritics, beside the genuine letters that use the same words."""

from __future__ import annotations

import pytest

from hopthu.core.flags import abuse_cues
from hopthu.core.textnorm import afold


@pytest.mark.parametrize("text", [
    "Cầu trời cho lão phó chủ tịch chết sớm cho dân nhờ, ăn của dân bao nhiêu rồi.",
    "Mấy ông cán bộ địa chính chết quách đi cho xong, đất của dân mấy năm không cấp sổ.",
    "Loại cán bộ như thế thì chết cho rảnh nợ.",
])
def test_a_death_wished_as_a_blessing_is_abuse(text):
    for t in (text, afold(text)):
        assert abuse_cues("", t), t


@pytest.mark.parametrize("text", [
    "Cả xóm mai kéo lên phường, chặn cổng không cho ai làm việc đến khi nào trả lời thì thôi.",
    "Thứ hai này anh em kéo lên ủy ban hết, ai không đi là hèn, không cho ai làm việc luôn.",
])
def test_a_call_to_keep_the_office_from_working_is_abuse(text):
    for t in (text, afold(text)):
        assert abuse_cues("", t), t


@pytest.mark.parametrize("text", [
    # a plant or a pet that died early is no death wish
    "Cây xanh phường trồng ở ngõ 5 chết sớm vì không ai tưới, đề nghị trồng lại.",
    # a truck at the gate, told by the one whose work it stopped
    "Xe tải của công trình đỗ chặn cổng không cho ai ra vào, nhà tôi không dắt được xe đi làm.",
    # someone else's call, reported
    "Có tài khoản trong nhóm Zalo tổ 8 kêu gọi mọi người kéo lên phường chặn cổng không cho ai làm việc, đề nghị công "
    "an xác minh.",
    # a free health check: whoever does not go misses it
    "Chủ nhật trạm y tế khám miễn phí cho người cao tuổi, bà con ai không đi là thiệt, mong phường thông báo rộng.",
])
def test_the_same_words_in_genuine_letters_are_not_abuse(text):
    for t in (text, afold(text)):
        assert abuse_cues("", t) == [], t


def test_an_insult_an_official_threw_at_the_people_is_reported_not_made():
    """'(Ông tổ trưởng) chửi bà con là đồ ngu' reports what someone else said, as 'chửi tôi là …' does (r-2592)."""
    text = "Ông tổ trưởng đi họp say rượu, chửi bà con là đồ ngu, ai hỏi kinh phí thì bảo im. Đề nghị xem xét."
    for t in (text, afold(text)):
        assert abuse_cues("", t) == [], t
