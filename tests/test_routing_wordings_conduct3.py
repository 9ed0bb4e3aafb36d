"""An official's conduct beside the one-stop desk's procedures, round r-3311..r-3340 (rules/108, exclusions in
rules/21, 58, 65 and 75): a behaviour told at the desk is the official's conduct, which the front takes up with the
desk beside it; a result put off, a procedure question or a network that fails is the desk's procedure; a request
that the front supervise how the desk handles procedures is the front's own work. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

CONDUCT = each_way([
    "Góp ý: hôm 28/11 một cán bộ nữ ở bộ phận một cửa nói chuyện điện thoại riêng 20 phút trong khi dân xếp hàng.",
    "Cán bộ một cửa nhận hồ sơ nhưng không viết giấy biên nhận, hỏi thì bảo cứ về đi, xong gọi.",
    "Cán bộ một cửa phường đòi 'phí dịch vụ' 200 nghìn mới làm nhanh giấy xác nhận tình trạng hôn nhân, không có "
    "biên lai. Vậy là sao?",
])


@pytest.mark.parametrize("text", CONDUCT)
def test_a_behaviour_told_at_the_desk_is_conduct_with_the_desk_beside(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "hcc" in d.co_agencies, d.why
    assert "spam" not in d.flags


@pytest.mark.parametrize("text", each_way([
    "Làm giấy khai sinh cho con mà cán bộ hẹn 3 lần vẫn chưa xong, lần nào cũng bảo thiếu giấy tờ khác nhau.",
]))
def test_a_different_paper_asked_each_time_is_conduct_on_the_form_too(rules_alone, text):
    d = rules_alone.classify(form(text, "Thủ tục hành chính"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "hcc" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Ông phó chủ tịch phường hẹn tiếp tôi sáng thứ 3 về việc giải phóng mặt bằng nhưng tôi đến thì văn phòng bảo "
    "ông đi họp, không ai báo trước.",
]))
def test_a_leader_missing_his_own_reception_is_conduct_not_the_land_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("xd_chinh_quyen", "mttq", ["vp_ubnd"]), d.why


PROCEDURE = both([
    ("Anh cán bộ một cửa rất nhiệt tình nhưng hệ thống mạng của phường hay bị lỗi, tôi phải chờ 2 tiếng mới in "
     "được kết quả. Đề nghị phường nâng cấp đường truyền.", "thu_tuc", "hcc"),
    ("Tôi bức xúc lắm: cán bộ một cửa hẹn 3 lần không trả kết quả đăng ký kết hôn, hỏi thì bảo chờ.", "thu_tuc",
     "hcc"),
])


@pytest.mark.parametrize("text,category,agency", PROCEDURE)
def test_a_result_put_off_or_a_failing_network_is_the_procedure(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
    assert "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đề nghị Mặt trận phường giám sát việc giải quyết thủ tục hành chính tại bộ phận một cửa, vì nhiều hồ sơ "
    "bị trễ hẹn mà không có phiếu xin lỗi.",
]))
def test_supervising_how_the_desk_handles_procedures_is_the_fronts_work(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", ["hcc"]), d.why


@pytest.mark.parametrize("text", each_way([
    "Hòm thư góp ý đặt ở bộ phận một cửa bị khóa, không bỏ thư vào được, mã QR bên cạnh bị rách.",
]))
def test_the_mailbox_at_the_desk_is_the_fronts_alone(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi gửi đơn về việc cấp giấy chứng nhận quyền sử dụng đất từ tháng 8, gửi thêm lần 2 tháng 10 mà chưa có văn "
    "bản trả lời nào.",
    "Việc chính là hồ sơ đăng ký biến động đất đai của gia đình tôi nộp từ tháng 9 đến nay đã quá hạn gần 2 tháng.",
]))
def test_a_land_title_stuck_for_long_is_complex(rules_alone, text):
    assert rules_alone.classify(sub(text)).complex
