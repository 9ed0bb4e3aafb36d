"""Urgency wordings of round r-2641..r-2670 (rules/74, the "gãy gần lìa" of rules/44 and a pole's state of years in
rules/13): a man threatening to jump now, a branch broken nearly through hanging over a road, and a pole that has
leant for years with nothing broken. Each is tried with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

URGENT_NOW = [
    "Có một anh thanh niên đang ngồi vắt vẻo trên lan can sân thượng tòa nhà CT2, la hét đòi nhảy xuống, người dân "
    "đang đứng dưới đông lắm. Công an đến gấp!",
    "Một bà cụ đứng ngoài lan can cầu, dọa nhảy cầu, ai nói gì cũng không nghe.",
    "Cành cây sấu to trước số 80 phố Gia Quất bị gãy gần lìa, đang treo lơ lửng trên lòng đường sau cơn giông, xe "
    "cộ vẫn đi bên dưới.",
]


@pytest.mark.parametrize("text", each_way(URGENT_NOW))
def test_a_danger_happening_now_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


def test_a_man_threatening_to_jump_goes_to_the_police(rules_alone):
    for t in each_way(URGENT_NOW[:1]):
        d = rules_alone.classify(sub(t))
        assert (d.category, d.agency) == ("an_ninh", "cong_an"), (t, d.why)


NOT_URGENT = [
    # a pole that has leant for years, its wires as ever
    "Cột điện bê tông đầu ngõ 12 nghiêng nghiêng mấy năm nay rồi, dây vẫn bình thường, chưa thấy gì. Phường xem khi "
    "nào thay cột mới cho yên tâm.",
    # a rescue that is over, thanked
    "Cảm ơn các anh công an đã kịp thời cứu anh thanh niên đòi nhảy cầu tối qua, anh ấy đã được đưa về nhà an toàn.",
    # the branch already cut down
    "Cành cây gãy gần lìa trước số 80 hôm qua đã được cắt, đã dọn sạch, cảm ơn phường.",
]


@pytest.mark.parametrize("text", each_way(NOT_URGENT))
def test_a_state_of_years_or_a_danger_over_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why
