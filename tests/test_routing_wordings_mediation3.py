"""Mediation and the front's own work, round r-3021..r-3050 (rules/98, with exclusions in rules/90): a mediation
already tried over a neighbour's waste water is still the front's, not pollution; the front asked to pass a matter on,
or its team having reported it, leaves the matter to its office. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

FAILED = each_way([
    "Đã hòa giải ở tổ 2 lần việc nhà bên để nước thải máy giặt chảy sang sân nhà tôi mà họ vẫn không sửa đường ống. Đề "
    "nghị phường giải quyết tiếp.",
])


@pytest.mark.parametrize("text", FAILED)
def test_a_mediation_tried_over_a_neighbours_water_stays_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
    assert "vp_ubnd" in d.co_agencies and d.complex, d.why  # the committee takes the next step


@pytest.mark.parametrize("text", each_way([
    "Đã hòa giải ở tổ 2 lần mà nhà bên vẫn xây tường lấn sang đất nhà tôi 30 phân."]))
def test_a_boundary_is_land_even_after_mediation(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "dat_dai"


PASSED_ON = both([
    ("Nhờ Mặt trận chuyển giúp ý kiến: đèn chiếu sáng ngõ 25 hỏng cả tháng, tối đi rất sợ.", "ha_tang", "kt_hatang"),
    ("Ban công tác Mặt trận tổ 7 đã báo lên phường việc cống ngõ 3 bị tắc từ tháng trước nhưng vẫn chưa ai đến thông.",
     "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", PASSED_ON)
def test_a_matter_the_front_passes_on_goes_to_its_office(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "mttq" not in d.co_agencies, d.why
