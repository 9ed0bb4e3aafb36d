"""The front's competence beside infrastructure, round r-3521..r-3550 (rules/115; exclusions in rules/16, 53, 80, 91,
94): praise of the ward's infrastructure officer brings the works office; a group's notice to residents has nothing
to route; registering for the Great Unity day is the front's; a lane sunk into a pool is the road's though the
letter is sent to the front; a shared passage nobody claims and a damp wall that has not cracked are mediation, not
complex; thanks for a campaign brings no works office; "Mặt trận giám sát giùm:" followed by a defect is the defect.
Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

PRAISE = each_way([
    "Chỉ hai ngày sau anh Tuấn, cán bộ phụ trách hạ tầng của phường, đã xuống tận nơi gọi đội công trình nạo vét cống. "
    "Bà con xin cảm ơn anh và mong phường biểu dương.",
])


@pytest.mark.parametrize("text", PRAISE)
def test_praise_of_the_infrastructure_officer_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text, "Cảm ơn anh cán bộ phụ trách hạ tầng"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


CASES = both([
    ("Kính gửi bà con tổ 7, Ban điều hành tổ 7 thông báo: đơn vị thi công sẽ đổ bê tông mặt hẻm 19 từ ngày 10 đến "
     "12/12, đề nghị bà con dời xe máy ra đầu hẻm.", "khac", "mttq"),
    ("Cho tôi hỏi Ngày hội Đại đoàn kết của khu dân cư năm nay tổ chức ngày nào ở nhà văn hóa tổ 4, câu lạc bộ người "
     "cao tuổi muốn đăng ký một tiết mục múa quạt.", "mat_tran", "mttq"),
    ("Kính gửi Ban Thường trực Mặt trận phường, mặt hẻm 25 đoạn giữa số 10 và số 16 bị lún thành một vũng dài chừng "
     "3m, mưa xuống đọng nước, xe máy té hoài. Đề nghị phường cho san lấp.\nCảm ơn các anh chị.", "ha_tang",
     "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", CASES)
def test_what_the_letter_is_about_decides(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


NOT_COMPLEX = each_way([
    "Nhà tôi và nhà ông Bảy xài chung một lối đi nhỏ phía sau, ai cũng công nhận là lối chung, không ai đòi đất gì. "
    "Con trai ông Bảy để xe máy và lu nước chắn hết, tôi nói mấy lần mà không nghe. Nhờ tổ dân phố nói chuyện giúp "
    "hai nhà.",
    "Nhà tắm của bà Hạnh nằm sát vách, nước thấm qua, tường nhà tôi ẩm mốc, sơn bong từng mảng. Tường không nứt, tôi "
    "chỉ muốn bà chống thấm lại. Nhờ tổ dân phố đứng ra nói giúp cho hai nhà.",
])


@pytest.mark.parametrize("text", NOT_COMPLEX)
def test_a_shared_passage_nobody_claims_and_a_damp_wall_are_plain_mediation(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("mat_tran", "mttq", False), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi xin gửi lời cảm ơn Ban công tác Mặt trận tổ 9 đã đi từng nhà vận động bà con góp tiền làm 12 bóng đèn năng "
    "lượng mặt trời cho hẻm 71. Giờ con nít đi học thêm về cũng yên tâm.",
]))
def test_thanks_for_a_lighting_campaign_is_the_fronts_alone(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhờ Mặt trận giám sát giùm: dây cáp internet ở đầu hẻm 77 chằng chịt, võng xuống ngang đầu người. Đề nghị phường "
    "yêu cầu các nhà mạng bó gọn, treo cao lại.",
]))
def test_supervise_said_loosely_before_a_defect_is_the_defect(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "mttq" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Hẻm 61/4 là hẻm công cộng. Nhà số 7 làm mái tôn lấn hẻm, Ban công tác Mặt trận và tổ hòa giải đã mời hai nhà "
    "ngồi lại, nhà số 7 nói họ làm trên phần đất của họ, hòa giải không được. Đề nghị phường đo đạc lại.",
]))
def test_a_failed_mediation_over_a_lane_built_on_is_a_land_case_with_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "mttq" in d.co_agencies and "vp_ubnd" not in d.co_agencies, d.why
