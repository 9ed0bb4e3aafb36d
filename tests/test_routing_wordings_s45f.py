"""Officials' conduct, not the procedure, round r-4871..r-4900 (rules/160, exclusions in rules/16, 17 and 94): a file
the ward lost, an official never at his desk, a desk that treats people as beggars are the official's conduct even
when the procedure is a land title or a residence registration; a letter to the committee nobody answered, Saturday
hours and decisions never posted are the office's; rudeness at the tax office is not the ward's; a first land title
asked about and an officer asking for money the fourth time are no long-running matter. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

LOST = each_way([
    "Tôi nộp bản gốc giấy chứng nhận quyền sử dụng đất cho cán bộ địa chính để đính chính, có phiếu tiếp nhận. Nay "
    "anh ấy nói không tìm thấy bản gốc, chắc thất lạc. Đề nghị làm rõ trách nhiệm người làm mất.",
])


@pytest.mark.parametrize("text", LOST)
def test_a_file_the_land_officer_lost_is_his_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text, "Mất bản gốc sổ đỏ đã nộp cho phường"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


ABSENT = each_way([
    "Tôi xin xác nhận nguồn gốc đất từ tháng 8, lên phường năm lần, lần nào công chức địa chính cũng không có mặt. "
    "Đề nghị phường xem lại tinh thần trách nhiệm của công chức địa chính.",
])


@pytest.mark.parametrize("text", ABSENT)
def test_an_official_never_at_his_desk_is_his_conduct_not_the_land(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


BEGGARS = each_way([
    "Tôi lên công an phường khai tạm trú cho người thuê trọ, anh cảnh sát tiếp tôi cứ như đi xin, hỏi gì cũng gạt đi. "
    "Đề nghị nhắc nhở thái độ làm việc của anh ấy.",
])


@pytest.mark.parametrize("text", BEGGARS)
def test_a_desk_that_treats_people_as_beggars_is_conduct_not_residence(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "cong_an" in d.co_agencies, d.why


OFFICE = both([
    ("Tháng 4 tôi gửi đơn vào hòm thư của Ủy ban về cột đèn đường hỏng trước ngõ. Đến nay không nhận được bất cứ "
     "trả lời nào, đèn thì bà con đã tự thay. Xin hỏi đơn gửi Ủy ban thì ai phải trả lời?", "xd_chinh_quyen", "vp_ubnd"),
    ("Góp ý: nếu bộ phận một cửa làm thêm sáng thứ bảy thì người đi làm không phải xin nghỉ để lên nộp giấy tờ.",
     "xd_chinh_quyen", "vp_ubnd"),
    ("Phường ra mấy quyết định xử phạt hộ kinh doanh mà bảng tin không đăng. Đề nghị niêm yết công khai các quyết "
     "định và cập nhật trang web của phường.", "xd_chinh_quyen", "vp_ubnd"),
])


@pytest.mark.parametrize("text,category,agency", OFFICE)
def test_unanswered_letters_saturday_hours_and_posted_decisions_are_the_office(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi lên chi cục thuế quyết toán thuế thu nhập cá nhân, chị cán bộ thuế nói năng cộc lốc, thái độ rất khó chịu. "
    "Đề nghị phường có ý kiến.",
]))
def test_rudeness_at_the_tax_office_is_not_the_wards(rules_alone, text):
    d = rules_alone.classify(sub(text, "Thái độ cán bộ thuế"))
    assert (d.category, d.agency) == ("ngoai_tham_quyen", None), d.why


PROCEDURE = both([
    ("Cho tôi hỏi chứng thực bản sao bằng tốt nghiệp ở phường lệ phí bao nhiêu, sáng thứ bảy có làm không ạ?",
     "thu_tuc", "hcc"),
    ("Phường có làm thêm sáng thứ bảy không ạ? Tôi muốn nộp hồ sơ khai sinh cho con.", "thu_tuc", "hcc"),
    ("Gia đình tôi ở thửa đất này từ năm 1995 đến nay chưa có giấy chứng nhận, không ai tranh chấp. Xin hỏi làm giấy "
     "chứng nhận lần đầu cần những giấy tờ gì?", "dat_dai", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", PROCEDURE)
def test_a_procedure_asked_about_stays_the_procedure_and_is_not_complex(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Cán bộ địa chính hẹn xuống đo ba lần không đến, lần thứ tư gọi điện bảo tôi gửi 2 triệu bồi dưỡng thì tuần sau có "
    "ngay. Đề nghị xem xét việc cán bộ đòi tiền.",
    "Nhà tôi chỉ thay mái tôn cũ, tôi không xây dựng gì vượt phép. Cán bộ trật tự xây dựng đòi tiền cà phê mới cho "
    "làm tiếp. Mong phường xem lại việc làm của cán bộ này.",
]))
def test_an_officer_asking_for_money_is_no_long_running_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi làm mất bản gốc giấy chứng nhận quyền sử dụng đất khi chuyển nhà, xin hỏi thủ tục xin cấp lại ở phường.",
]))
def test_a_title_the_writer_lost_himself_is_no_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "xd_chinh_quyen", d.why
