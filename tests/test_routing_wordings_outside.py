"""Wordings of round r-2551..r-2580 (outside the ward's competence, triage and nothing to route: rules/77 and a live
wire's words in rules/10): a city hospital's billing and a web shop's refund are no ward matter; a short letter that
only asks to settle "vụ việc của gia đình tôi" waits for an officer; a short wish to everyone is nothing to route;
a live wire down and sparking is urgent however the power company is mentioned. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

CASES = [
    ("Mẹ tôi điều trị ở Bệnh viện Đa khoa Đức Giang, bệnh viện bắt tự mua một loại thuốc ngoài danh mục, không được "
     "bảo hiểm y tế thanh toán, hết 4 triệu.", "ngoai_tham_quyen", None),
    ("Tôi mua máy hút bụi trên một trang bán hàng online, hàng lỗi mà shop không chịu đổi trả, chặn tin nhắn của tôi.",
     "ngoai_tham_quyen", None),
    ("Đề nghị Mặt trận giải quyết dứt điểm vụ việc của gia đình tôi, đã kéo dài quá lâu rồi.", "phan_loai", "mttq"),
    ("Nhờ phường xem lại việc hôm trước giúp tôi với.", "phan_loai", "mttq"),
    ("Chúc mọi người một tuần làm việc vui vẻ!", "khac", "mttq"),
]


@pytest.mark.parametrize("text,category,agency", [(t, *rest) for text, *rest in CASES for t in each_way([text])])
def test_outside_triage_and_nothing_to_route(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text,category", [(t, c) for text, c in [
    # fraud through a web shop is the police's, however the goods were bought
    ("Tôi mua hàng online, chuyển khoản trước 5 triệu rồi bị lừa, shop không giao hàng, chặn liên lạc.", "an_ninh"),
    # a wish closing a letter about a real matter does not make it nothing
    ("Đèn đường ngõ 5 hỏng cả tuần nay, đề nghị phường thay. Chúc mọi người sức khỏe.", "ha_tang"),
] for t in each_way([text])])
def test_the_same_words_around_a_real_matter(rules_alone, text, category):
    d = rules_alone.classify(sub(text))
    assert d.category == category, d.why


@pytest.mark.parametrize("text", each_way([
    "Dây điện hạ thế trước số 9 ngõ 22 bị đứt rơi xuống đường từ tối, vẫn còn xẹt lửa, gọi điện lực không được.",
]))
def test_a_live_wire_down_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags and d.category == "ha_tang", d.why
