"""Too little or too much to route, round r-4811..r-4840 (rules/158): a Form or paper answer that is only "cho hỏi",
"góp ý cho phường" or an outburst waits for an officer whatever the drop-down says; general praise of the ward, a
letter only sharing thoughts, a poem and a community notice are "khác"; a plea "cho nhẹ lòng" or a promise of
photos with no matter waits for an officer; a matter named beside any of them still decides. Each with and
without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

NO_MATTER = [(t, picked) for text, picked in [
    ("Cho em hỏi với ạ", "Đất đai, xây dựng"),
    ("Tôi muốn hỏi chút việc", "Thủ tục hành chính"),
    ("Góp ý cho ủy ban", "Môi trường, vệ sinh"),
    ("phường làm việc kiểu gì thế", "Xây dựng chính quyền, cán bộ"),
] for t in each_way([text])]


@pytest.mark.parametrize("text,picked", NO_MATTER)
def test_a_one_line_answer_with_no_matter_waits_for_an_officer_whatever_the_drop_down(rules_alone, text, picked):
    d = rules_alone.classify(form(text, picked))
    assert (d.category, d.agency) == ("phan_loai", "mttq"), d.why


@pytest.mark.parametrize("text,category,agency", both([
    ("Cho hỏi làm giấy khai sinh cho con cần những gì", "thu_tuc", "hcc"),
]))
def test_a_short_answer_that_names_its_matter_is_routed(rules_alone, text, category, agency):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way(["Cán bộ một cửa làm việc kiểu gì vậy, bắt dân chờ cả buổi"]))
def test_an_outburst_that_names_an_official_is_not_held_as_empty(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert d.category != "phan_loai", d.why


@pytest.mark.parametrize("text", each_way(["Phường mình năm nay làm tốt quá, cảm ơn mọi người."]))
def test_general_praise_of_the_ward_is_nothing_to_route(rules_alone, text):
    d = rules_alone.classify(form(text, "Xây dựng chính quyền, cán bộ"))
    assert (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way(["Phường mình làm tốt lắm nhưng đèn đường ngõ 7 vẫn tắt cả tuần nay."]))
def test_praise_with_a_but_keeps_its_matter(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi ở tổ 8 đã hơn 20 năm, thấy bà con giờ sống tử tế, vui vẻ với nhau. Tôi chỉ muốn chia sẻ như vậy, không "
    "có kiến nghị gì.",
    "Tặng bài thơ cho phường:\nPhố nhỏ rợp bóng hàng me\nTình làng nghĩa xóm chan hòa bên nhau.",
    "THÔNG BÁO\nCâu lạc bộ cờ tướng tổ 4 sinh hoạt tối thứ Bảy tại nhà văn hóa, kính mời bà con yêu cờ đến giao lưu.",
]))
def test_sharing_a_poem_and_a_notice_are_nothing_to_route(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi viết mấy dòng cho nhẹ lòng, con cái ở xa, một mình buồn lắm, cũng không dám phiền ai.",
    "Tổ 9 có chuyện cần phường xử lý, tôi sẽ gửi ảnh sau.",
]))
def test_a_plea_or_a_promise_of_photos_with_no_matter_waits_for_an_officer(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("phan_loai", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Cống thoát nước ngõ 9 bị tắc, nước tràn ra đường, tôi sẽ gửi ảnh sau.",
    # the promise first, the matter after, in words no list of matters names
    "Tôi sẽ gửi ảnh sau, cống ngõ 3 vỡ nắp rất nguy hiểm.",
]))
def test_a_promise_of_photos_beside_a_matter_leaves_the_matter_to_decide(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "ha_tang"
