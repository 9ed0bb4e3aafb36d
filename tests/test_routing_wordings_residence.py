"""Residence and identity (the police) beside civil status and certification (the one-stop desk), round
r-3341..r-3370 (rules/109): identity cards, VNeID, residence and lodgers are the police's; a certified copy of an
identity card is the desk's certification; a death registration or a civil status correction is the desk's, with the
police beside it when the residence or the identity card must follow. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

WHOSE = both([
    ("Xin hỏi làm căn cước cho cháu 10 tuổi thì làm ở đâu, có cần mang giấy khai sinh không?", "thu_tuc", "cong_an"),
    ("Tôi cần giấy xác nhận cư trú để bổ sung hồ sơ vay vốn, trên VNeID không hiện nơi thường trú.", "thu_tuc",
     "cong_an"),
    ("Tôi muốn chứng thực bản sao căn cước công dân 5 bản, phường làm buổi chiều không?", "thu_tuc", "hcc"),
    ("Tôi ở trọ tổ 3, đăng ký tạm trú xong rồi thì có được làm giấy khai sinh cho con ở phường này không?",
     "thu_tuc", "hcc"),
])


@pytest.mark.parametrize("text,category,agency", WHOSE)
def test_identity_and_residence_are_the_polices_certification_and_civil_status_the_desks(rules_alone, text,
                                                                                        category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Đề nghị phường cho biết khai tử cho bà nội mất ở bệnh viện thì cần giấy gì, có phải xóa đăng ký thường trú "
    "riêng không?",
    "Tôi cải chính họ tên trên giấy khai sinh thì căn cước có phải làm lại không, làm ở đâu trước?",
]))
def test_civil_status_first_with_the_police_beside_for_what_follows(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("thu_tuc", "hcc", ["cong_an"]), d.why
