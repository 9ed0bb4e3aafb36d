"""Urgency wordings of round r-2531..r-2550 (rules/72, the "cứu với" of rules/10 and the comparison "hơn hôm qua"
of `cues.SINCE_CUES`): dangers happening now told in understatement, Southern words or at the end of a letter of
small matters (a child not home in Southern words, a tree leaning more than yesterday with its roots lifting, an
abandoned house's wall bulging over a lane), and the look-alikes that are over, imagined or a nightly nuisance
however loudly told. Each is tried with and without diacritics."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hopthu.core.model import Channel
from hopthu.core.textnorm import afold
from wordings import each_way, sub

URGENT_NOW = [
    "Cô chú ơi con nhỏ nhà tui đi học về tới giờ hổng thấy, kiếm quá trời mà hổng thấy, ai thấy bé gái 8 tuổi "
    "mặc áo đồng phục xanh thì báo giùm.",
    "Cây xà cừ trước số 40 hình như hơi nghiêng hơn hôm qua thì phải, gốc bật lên nứt cả mảng vỉa hè. Chắc tôi "
    "lo xa.",
    "Xe rác tuần này đến muộn. À còn một chuyện: bức tường gạch của ngôi nhà bỏ không số 12 đang ưỡn hẳn ra ngõ, "
    "sáng nay rơi mấy viên gạch xuống đúng lối các cháu đi học.",
]


@pytest.mark.parametrize("text", each_way(URGENT_NOW))
def test_an_understated_danger_happening_now_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


NOT_URGENT = [
    # "Cứu với!!!" over karaoke every night: a recurring nuisance
    "Cứu với các anh chị ơi!!! Nhà số 20 ngày nào cũng hát karaoke tới 11 giờ đêm, tôi mất ngủ cả tháng nay rồi.",
    # the tree fell yesterday and is cleared
    "Cây xà cừ trước số 40 bật gốc đổ hôm qua, nứt cả vỉa hè, công ty cây xanh đã dọn, cảm ơn phường.",
    # the child came home
    "Tuần trước con nhỏ nhà tui 8 tuổi đi học tới giờ hổng thấy về, nay đã tìm thấy rồi, cảm ơn công an.",
]


@pytest.mark.parametrize("text", each_way(NOT_URGENT))
def test_a_danger_over_or_a_nuisance_told_loudly_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


def test_a_child_not_home_in_southern_words_goes_to_the_police(rules_alone):
    """Whatever the Form's field the citizen picked (r-2534)."""
    text = "Con nhỏ nhà tui đi học tới giờ hổng thấy về, tui kiếm quá trời, ai thấy bé 7 tuổi báo giùm."
    for t in (text, afold(text)):
        form = replace(sub(t), channel=Channel.FORM, picked_category="Chính sách xã hội, y tế, giáo dục")
        d = rules_alone.classify(form)
        assert (d.category, d.agency, "urgent" in d.flags) == ("an_ninh", "cong_an", True), (t, d.why)


def test_a_bulging_wall_at_the_end_of_a_letter_is_an_unsafe_building(rules_alone):
    text = ("Tôi xin góp mấy việc. Xe rác đến muộn. Bức tường gạch nhà bỏ không số 12 đang ưỡn hẳn ra ngõ, sáng "
            "nay rơi mấy viên gạch xuống lối đi. Việc này là gấp nhất.")
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert (d.category, d.agency, d.complex, "urgent" in d.flags) == ("dat_dai", "kt_hatang", True, True), \
            (t, d.why)
