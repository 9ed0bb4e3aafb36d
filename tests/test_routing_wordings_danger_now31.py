"""Danger now or over, round r-4901..r-4930 (rules/161): a person standing outside a bridge's railing or on the edge
of a roof saying they want to die is the police's, urgent; the same told as yesterday's rescue is not urgent. Each
with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

NOW = each_way([
    "Có một người đàn ông đang đứng vắt vào lan can cầu đi bộ, nói là muốn chết, đã 15 phút rồi. Nhờ công an đến gấp.",
    "Một cô gái đang đứng ngoài lan can cầu sắt đầu phường, khóc và bảo là muốn chết. Xin cho người đến ngay.",
])


@pytest.mark.parametrize("text", NOW)
def test_a_person_outside_a_railing_wanting_to_die_is_urgent_for_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


OVER = each_way([
    "Chiều hôm qua có một chị đứng ngoài lan can cầu, may mà người đi đường kịp kéo vào. Đề nghị phường lắp thêm "
    "lưới chắn ở đoạn lan can thấp.",
])


@pytest.mark.parametrize("text", OVER)
def test_yesterdays_rescue_is_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags
