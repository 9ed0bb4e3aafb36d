"""Urgency wordings of round r-2611..r-2640 (rules/71 and the narrowed signs of rules/10, 13, 68): dangers happening
now that the rules alone must flag urgent and route (smoke and a burnt smell from a locked store, a workshop on
fire beside a school, a toxic gas leak making people ill, a child lost at a market, water up to the bed of someone
who cannot move, a child left in a car in the sun), the look-alikes that are over, secured or unbroken and must
not be flagged, and a thanks to the police that is no police case. Each is tried with and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold
from wordings import both, each_way, sub

URGENT_NOW = both([
    ("Có mùi khét, khói bốc ra từ khe cửa cuốn của kho giấy cuối ngõ 15, không có ai trong kho, nhờ phường báo gấp.",
     "an_ninh", "cong_an"),
    ("Kho sơn sau chợ đang cháy lớn, khói đen bay sang khu nhà trọ, mọi người đang chạy ra.", "an_ninh", "cong_an"),
    ("Bình khí clo của bể bơi khu đô thị đang xì ra, mấy cháu đang bơi bị cay mắt, khó thở.", "moi_truong", "kt_hatang"),
    ("Con tôi 6 tuổi bị lạc ở hội chợ nhà văn hóa tổ 2 từ nãy, áo xanh, ai thấy báo giúp.", "an_ninh", "cong_an"),
    ("Mưa to từ đêm, nước đã lên ngang giường, bố tôi bị liệt, tôi không bế nổi, xin tới giúp.", "ha_tang", "kt_hatang"),
    ("Có em bé bị nhốt trong ô tô đỗ ngoài nắng trước cổng trường, em đang khóc, không thấy người lớn.",
     "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", URGENT_NOW)
def test_a_danger_happening_now_is_urgent_and_routed(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, (text, d.why)
    assert (d.category, d.agency) == (category, agency), (text, d.why)


NOT_NOW = [
    # a sinkhole the police already fenced
    "Hố sụt trên vỉa hè trước trường mầm non đã được công an phường rào chắn tạm, đề nghị sửa sớm.",
    # the injured already taken away, the road open again
    "Trưa nay có vụ va chạm ở ngã tư đầu ngõ 20, người bị thương đã được đưa đi viện, đường đã thông. Đề nghị kẻ vạch.",
    # a diseased tree with nothing broken yet
    "Cây sấu trước nhà văn hóa bị mối, cành khô nhiều nhưng chưa gãy cành nào, đề nghị cắt tỉa.",
]


@pytest.mark.parametrize("text", each_way(NOT_NOW))
def test_a_danger_over_secured_or_not_yet_there_is_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


def test_thanks_to_the_police_is_praise_with_the_police_co_ordinating(rules_alone):
    text = "Cảm ơn các anh công an phường đã tìm giúp cháu bé đi lạc ở chợ tối qua, gia đình rất biết ơn."
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert (d.category, d.agency, d.co_agencies) == ("xd_chinh_quyen", "mttq", ["cong_an"]), (t, d.why)
        assert "urgent" not in d.flags, (t, d.why)

