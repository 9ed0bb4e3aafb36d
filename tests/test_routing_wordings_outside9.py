"""Items that must not be routed confidently and their look-alikes, round r-3671..r-3700 (rules/121, an exclusion in
rules/56): a plea to settle "my family's matter" or a hint at "something not normal" the writer will not spell out
waits for an officer even when the Form's drop-down names a field; asking the State to amend a decree, a school in
another district and a street the writer says is another ward's are outside the ward; general opinions on the
ward's development route nowhere, while a concrete request among them (the ward loudspeakers) and a lane on this
ward's side of a border are the ward's; "cảm ơn phường đã đọc thư" closing a request praises nobody. Each with and
without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

VAGUE = each_way([
    "Đề nghị phường giải quyết dứt điểm việc của gia đình tôi, tôi đã lên phường mấy lần mà lần nào cũng hẹn.",
    "Ở cuối ngõ 5 có chuyện bất thường lâu rồi, tôi không tiện nêu cụ thể qua thư, mong phường xuống tìm hiểu.",
])


@pytest.mark.parametrize("text", VAGUE)
def test_a_matter_never_named_waits_for_an_officer_whatever_the_drop_down(rules_alone, text):
    d = rules_alone.classify(form(text, "Đất đai, xây dựng"))
    assert (d.category, d.agency) == ("phan_loai", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đề nghị Nhà nước xem xét lại mức lệ phí trước bạ ô tô, quá cao so với thu nhập của người dân.",
    "Mức phạt nồng độ cồn quá nặng với người lao động, tôi kiến nghị Nhà nước sửa đổi nghị định theo hướng nhẹ hơn.",
]))
def test_asking_the_state_to_amend_a_decree_is_outside_the_ward(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ngoai_tham_quyen", None), d.why


SCHOOLS = both([
    ("Cháu tôi học lớp 3 trường tiểu học bên quận Long Biên, cô chủ nhiệm bắt cả lớp đi học thêm ở nhà cô, đề nghị "
     "xem xét.", "ngoai_tham_quyen", None),
    ("Trường tiểu học của phường bắt học sinh học thêm buổi chiều, thu 600 nghìn mỗi tháng, đề nghị phường kiểm tra.",
     "chinh_sach", "vhxh"),
])


@pytest.mark.parametrize("text,category,agency", SCHOOLS)
def test_a_school_in_another_district_is_outside_the_wards_own_is_not(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


WARDS = both([
    ("Đoạn đường trước chợ đầu mối có nhiều ổ gà sâu, tôi biết đoạn này thuộc phường khác nhưng nhà tôi ở phường "
     "mình nên gửi đây, đề nghị sửa.", "ngoai_tham_quyen", None),
    ("Ngõ 14 giáp phường bên, phía bên này thuộc tổ 6 phường mình, có người đổ trộm rác ở góc ngõ, nhờ phường dọn.",
     "moi_truong", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", WARDS)
def test_a_street_of_another_ward_is_outside_this_wards_side_of_a_border_is_not(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


OPINIONS = both([
    ("Tôi xin góp vài ý kiến chung: phường cần có tầm nhìn phát triển lâu dài, cán bộ gần dân hơn, người dân có ý "
     "thức hơn.", "khac", "mttq"),
    ("Tôi xin góp vài ý kiến chung cho phường: loa phát thanh tổ 3 bật lúc 5 giờ sáng quá sớm, đề nghị dời sang 6 giờ.",
     "chinh_sach", "vhxh"),
])


@pytest.mark.parametrize("text,category,agency", OPINIONS)
def test_general_opinions_route_nowhere_a_concrete_request_among_them_does(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Bóng đèn đường đầu ngõ 22 cháy từ tuần trước, tối đi rất tối, nhờ phường thay giúp. Cảm ơn phường đã đọc thư "
    "của tôi.",
]))
def test_thanking_the_ward_for_reading_the_letter_praises_nobody(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why
