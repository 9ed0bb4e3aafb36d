"""Nothing to route yet beside vague openings that tell their matter, round r-2821..r-2845 (rules/88, with narrowed
signs in rules/13 and 90): a cry for help to the front, a meeting asked to tell "a private matter", a complaint
whose details come later, "my case" to the front without diacritics, a mistaken sending go to an officer; the same
openings with a matter go where the matter belongs; a voters' petition unanswered is the office's. Each wording with
and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

TRIAGE = [
    "Mặt trận ơi cứu gia đình tôi với, không biết kêu ai nữa.",
    "Tôi muốn gặp trực tiếp Ban công tác Mặt trận tổ 7 để trình bày một việc riêng, không tiện viết ở đây.",
    "Tôi khiếu nại việc phường giải quyết không đúng. Chi tiết tôi sẽ bổ sung sau.",
    "Vụ việc nhà tôi đến giờ vẫn chưa xong, đề nghị Mặt trận vào cuộc.",
    "Tôi có thông tin quan trọng muốn báo cho Mặt trận, đề nghị liên hệ lại qua số điện thoại tôi đã để trong form.",
    "Em xin lỗi em gửi nhầm, em gửi lại sau ạ.",
]


@pytest.mark.parametrize("text", each_way(TRIAGE))
def test_a_plea_without_its_matter_waits_for_an_officer(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "phan_loai" and "urgent" not in d.flags, d.why


WITH_A_MATTER = both([
    ("Nhờ Ban công tác Mặt trận tổ giúp đỡ gia đình tôi: chồng tôi mất, hai con nhỏ, tôi muốn làm hồ sơ hộ cận "
     "nghèo.", "chinh_sach", "vhxh"),
    ("Mặt trận ơi, nhà tôi bị ngập sau mỗi trận mưa vì cống ngõ 5 tắc, nói mãi không ai làm.", "ha_tang",
     "kt_hatang"),
    ("Ý kiến tôi đã phát biểu ở buổi tiếp xúc cử tri: đường ngõ 12 bị ngập, đề nghị nâng cốt. Đến nay chưa thấy trả "
     "lời.", "xd_chinh_quyen", "vp_ubnd"),
])


@pytest.mark.parametrize("text,category,agency", WITH_A_MATTER)
def test_the_same_openings_with_a_matter_go_where_it_belongs(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
    assert "mttq" not in d.co_agencies, d.why
