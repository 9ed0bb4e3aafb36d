"""The writer's introduction names no co-ordinating agency (intro-s43).

"Tôi là Ngô Thị Lan, 58 tuổi, bán hàng rong, ..." says who writes: a trade or a home told there is context, like
the story told before the letter's business, not a second matter for another body. The runner-up close to the
winner co-ordinates only with evidence outside the introduction (`RuleMatch.context`, the sentences `Place.intro`
marks), as the further points and the matters told apart already did (`coagencies._told_apart`, `_further`). The
same words raised as a further point of the letter still bring their body in. Each wording with and without
diacritics.
"""

from __future__ import annotations

import pytest

import routing_eval
from wordings import each_way, sub

# the main matter: a household dropped from the near-poor list (the social office), asked about, weakly told
DROPPED = "Năm nay bình xét lại thì nhà tôi không còn là hộ cận nghèo."
ASKED = "Năm nay bình xét lại thì nhà tôi không còn là hộ cận nghèo, đề nghị phường xét lại cho gia đình tôi."
UNSURE = "Tôi không biết phải hỏi ai nên viết thư này."

TRADE_IN_INTRO = each_way([f"Tôi là Ngô Thị Lan, 58 tuổi, bán hàng rong, nuôi một con đang học. {DROPPED} {UNSURE}"])
HOME_IN_INTRO = each_way([
    f"Tôi là Vũ Thị Hoa, 70 tuổi, sống một mình trong khu nhà trọ ven kênh thoát nước. {DROPPED} {UNSURE}",
])
TRADE_AS_A_MATTER = each_way([f"{DROPPED} Ngoài ra, tôi bán hàng rong mà hay bị đuổi, xin phường cho một chỗ bán."])
HOME_AS_A_MATTER = each_way([
    f"{ASKED} Ngoài ra, khu nhà trọ ven kênh thoát nước chỗ tôi ở hay bị ngập, đề nghị phường xem.",
])


@pytest.mark.parametrize("text", TRADE_IN_INTRO)
def test_a_hawker_introducing_herself_brings_in_no_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("chinh_sach", "vhxh", []), d.why


@pytest.mark.parametrize("text", HOME_IN_INTRO)
def test_a_home_named_in_the_introduction_brings_in_no_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("chinh_sach", "vhxh", []), d.why


@pytest.mark.parametrize("text", TRADE_AS_A_MATTER)
def test_the_same_trade_raised_as_a_further_point_still_brings_in_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("chinh_sach", "vhxh", ["kt_hatang"]), d.why


@pytest.mark.parametrize("text", HOME_AS_A_MATTER)
def test_the_same_home_raised_as_a_further_point_still_brings_in_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("chinh_sach", "vhxh", ["kt_hatang"]), d.why


def test_r_2318_the_hawker_dropped_from_the_near_poor_list_needs_the_social_office_alone(rules_alone):
    (item,) = [it for it in routing_eval.read_items("tuning") if it["id"] == "r-2318"]
    d = rules_alone.classify(routing_eval.submission(item))
    assert (d.category, d.agency, d.co_agencies) == ("chinh_sach", "vhxh", []), d.why
