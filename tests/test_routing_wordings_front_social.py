"""The front's own work beside social affairs, round r-3191..r-3220 (rules/104, exclusions in rules/16, 17, 53, 57, 58,
90, 94): the people's inspection board is the front's; an official who misses appointments over an allowance is a
matter of conduct; a sponsorship thanked, an association's own funds are the front's; a funeral allowance, a
near-poor certificate stay social affairs without the front or a building case; a notice of the front's gift-giving is
nothing to route. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

BOARD = each_way([
    "Tiền trợ cấp người khuyết tật của mấy hộ ở tổ 7 chậm 3 tháng nay chưa chi trả. Tôi muốn nhờ Ban thanh tra nhân "
    "dân phường vào kiểm tra việc chi trả này, gửi đơn cho ai ạ?",
])


@pytest.mark.parametrize("text", BOARD)
def test_the_peoples_inspection_board_asked_to_check_allowances_is_the_fronts_with_social_affairs(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Xin hỏi Ban thanh tra nhân dân phường nhiệm kỳ này gồm những ai, liên hệ thế nào? Tôi muốn gửi kiến nghị nhờ ban "
    "kiểm tra việc thu chi quỹ khuyến học của tổ 4.",
]))
def test_the_peoples_inspection_board_itself_is_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi nộp hồ sơ xin trợ cấp xã hội cho mẹ ở bộ phận văn hóa - xã hội phường, chị cán bộ phụ trách hẹn tôi ba lần, "
    "lần nào đến cũng không có mặt, gọi điện thì nói gắt bảo đang bận. Đề nghị Mặt trận nhắc nhở cán bộ này.",
]))
def test_an_official_missing_appointments_over_an_allowance_is_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text, "Phản ánh cán bộ"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Gia đình tôi xin chân thành cảm ơn Mặt trận và Hội phụ nữ đã nhận đỡ đầu cháu Hân, mồ côi cả bố lẫn mẹ, và trao "
    "cho cháu sổ tiết kiệm 10 triệu đồng.",
]))
def test_thanks_for_a_sponsorship_is_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text, "Thư cảm ơn"))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi là chi hội trưởng chi hội người cao tuổi tổ 17. Hội viên của chi hội là cụ Sình, đang hưởng trợ cấp người "
    "cao tuổi, đã mất ngày 2/11. Gia đình cụ khó khăn, đề nghị phường làm thủ tục chi trả trợ cấp mai táng phí cho "
    "gia đình cụ.",
]))
def test_a_funeral_allowance_asked_by_an_association_is_social_affairs_alone(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "mttq" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Hội người cao tuổi tổ 14 năm nay có 11 cụ tròn 70, 80 tuổi, chi hội muốn tổ chức mừng thọ chung nhưng quỹ hội "
    "không đủ. Đề nghị Mặt trận phường hỗ trợ thêm kinh phí.",
]))
def test_an_associations_own_funds_are_the_fronts_and_its_members_no_group_harmed(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and not d.complex and not d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Năm nay buổi bình xét ở tổ đã đưa nhà tôi vào danh sách hộ cận nghèo, nhưng đến nay tôi vẫn chưa được cấp giấy "
    "chứng nhận hộ cận nghèo, nhà trường đòi giấy để miễn giảm học phí cho cháu.",
    "Nhà tôi là hộ cận nghèo có giấy chứng nhận rồi mà năm nay thẻ bảo hiểm y tế của cả nhà vẫn chưa được phát.",
]))
def test_a_near_poor_certificate_is_no_land_title(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Thông báo: Ban công tác Mặt trận tổ 5 trao quà Tết cho các hộ nghèo, cận nghèo và gia đình chính sách vào 8 giờ "
    "sáng chủ nhật 20/12 tại nhà văn hóa tổ. Đề nghị các hộ có tên mang theo căn cước khi đến nhận.",
]))
def test_a_notice_of_the_fronts_gift_giving_is_nothing_to_route(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi là Mông Thị Xuyến, 64 tuổi, ở tổ 31, thuộc hộ nghèo của phường từ năm 2022. Căn nhà cấp bốn tôi ở mái ngói "
    "vỡ, tường nứt, mưa là dột khắp nơi. Tôi làm đơn này xin Mặt trận xét hỗ trợ xây nhà Đại đoàn kết cho gia đình.",
]))
def test_a_certified_poor_household_asking_a_great_unity_house_is_the_fronts_alone(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and not d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Hồ sơ xin trợ cấp người khuyết tật cho con trai tôi nộp ở bộ phận một cửa từ tháng 6, đến nay đã 5 tháng chưa có "
    "quyết định. Đây là việc gia đình tôi mong giải quyết nhất.\nXin cảm ơn.",
]))
def test_a_closing_thanks_under_a_stuck_dossier_is_no_praise_of_the_desk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "hcc" not in d.co_agencies, d.why
