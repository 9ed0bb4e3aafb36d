"""Wordings of round r-2509..r-2528 (an official's conduct or the procedure, second part: rules/76's behaviour words,
the office clerk's missing receipt, praise at a desk, and the conventions of rules/94 and 46): a behaviour named
("nhũng nhiễu", "hạch sách", "ngâm hồ sơ", "đùn đẩy", "vô cảm", "xấc xược", "quát tháo", "cố tình không giải
quyết", a fee "cao hơn quy định") makes the letter about the officer, whatever procedure it tells; the procedure or
its rule alone stays the procedure. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

# (text, category, lead, co-ordinating agencies)
CASES = [
    ("Cán bộ tiếp nhận hồ sơ chứng thực ở bộ phận một cửa có biểu hiện nhũng nhiễu, gây phiền hà cho người dân: hồ sơ "
     "đủ mà cứ kêu thiếu. Đề nghị Mặt trận giám sát.", "xd_chinh_quyen", "mttq", ["hcc"]),
    ("Hồ sơ sang tên sổ đỏ của tôi nộp từ tháng 8, cán bộ địa chính cứ ngâm, hỏi thì đùn đẩy sang bộ phận khác. Đề "
     "nghị Mặt trận can thiệp.", "xd_chinh_quyen", "mttq", ["kt_hatang"]),
    ("Cô cán bộ lao động - thương binh xã hội phường ăn nói xấc xược với mẹ tôi 75 tuổi khi bà lên hỏi tiền trợ cấp.",
     "xd_chinh_quyen", "mttq", ["vhxh"]),
    ("Tôi xin khiếu nại việc cán bộ công an phường cố tình không giải quyết đăng ký thường trú cho con dâu tôi, dù hồ "
     "sơ đầy đủ.", "xd_chinh_quyen", "mttq", ["cong_an"]),
    ("Anh cán bộ văn phòng UBND nhận đơn của tôi mà không ghi giấy biên nhận, bảo cứ về đi. 2 tháng rồi không ai "
     "gọi.", "xd_chinh_quyen", "mttq", ["vp_ubnd"]),
    ("Chị Thủy ở quầy hộ tịch rất chu đáo, hướng dẫn tôi từng bước đăng ký kết hôn trên mạng. Cảm ơn chị.",
     "xd_chinh_quyen", "mttq", ["hcc"]),
]


@pytest.mark.parametrize("text,category,agency,co", [(t, *rest) for text, *rest in CASES for t in each_way([text])])
def test_a_behaviour_named_makes_the_letter_about_the_officer(rules_alone, text, category, agency, co):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, sorted(d.co_agencies)) == (category, agency, sorted(co)), d.why


@pytest.mark.parametrize("text,category,agency", [(t, *rest) for text, *rest in [
    # the procedure asked about, or its rule complained of: no officer's behaviour
    ("Bố tôi mất ngày 28/11 tại nhà. Xin hỏi đăng ký khai tử cần những giấy tờ gì và làm ở đâu?", "thu_tuc", "hcc"),
    ("Thủ tục đăng ký khai sinh bây giờ rườm rà quá, phải khai đi khai lại trên mạng mấy lần, đề nghị phường đơn "
     "giản hóa.", "thu_tuc", "hcc"),
    ("Bộ phận một cửa phường không có chỗ ngồi chờ, người già phải đứng cả buổi. Đề nghị bố trí thêm ghế.", "thu_tuc",
     "hcc"),
] for t in each_way([text])])
def test_the_procedure_alone_stays_the_procedure(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
