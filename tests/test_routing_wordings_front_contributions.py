"""The front's supervision of public works and residents' contributions, round r-4631..r-4660 (rules/152, exclusions
in rules/13, 16, 17, 83, 90, 91): the residents' contributions to a works project are the front's, with the works
office when the ward's share or the final accounts are asked; a lamp or a lane paid by the residents that now fails is
a repair; a letter sent "qua Mặt trận" is no gift of the front; an open pit left this morning is a danger. Each with
and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

CONTRIBUTIONS = each_way([
    "Ban công tác Mặt trận tổ 7 đi thu mỗi hộ 800 nghìn làm lại ngõ. Đề nghị Mặt trận cho biết khoản đóng góp này có "
    "bắt buộc không và tổ chức họp để bàn mức đóng góp cho các hộ khó khăn.",
    "Nhà tôi đã nộp tiền lắp đèn ngõ cho tổ từ tháng 3 mà không được phiếu thu, đề nghị Ban công tác Mặt trận đưa "
    "phiếu thu và dán sổ thu chi lên bảng tin.",
])


@pytest.mark.parametrize("text", CONTRIBUTIONS)
def test_residents_contributions_to_a_works_project_are_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Các hộ ngõ 40 đã góp tiền làm cống. Đề nghị Mặt trận phường công khai số tiền đã thu, và cho biết phần phường hỗ "
    "trợ bao nhiêu, quyết toán công trình là bao nhiêu.",
]))
def test_asking_the_wards_share_and_final_accounts_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Thay mặt các hộ ngõ 9, xin cảm ơn Ban công tác Mặt trận tổ đã vận động bà con góp tiền làm cống, nay mưa to "
    "ngõ không còn ngập.",
]))
def test_thanks_for_a_campaign_done_bring_no_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "mat_tran" and "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "(Tôi đã gửi qua Mặt trận phường một lần.) Cửa hàng ăn số 18 kê bàn ghế chiếm hết vỉa hè, người đi bộ phải "
    "xuống lòng đường, đề nghị phường lập lại trật tự vỉa hè.",
]))
def test_a_letter_sent_through_the_front_is_no_gift_of_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "mat_tran", d.why


@pytest.mark.parametrize("text", each_way([
    "Năm ngoái cả ngõ góp tiền lắp 5 bóng đèn năng lượng mặt trời, nay 2 bóng tắt hẳn, 1 bóng chỉ sáng lờ mờ. Đề "
    "nghị phường kiểm tra sửa chữa.",
    "Ngõ 12 làm bê tông năm 2020, hồi đó Mặt trận vận động bà con mỗi nhà góp một ít. Giờ mặt bê tông bị lún, xe máy "
    "đi qua hay bị xóc, đề nghị phường cho vá lại đoạn này.",
]))
def test_a_lamp_or_a_lane_the_residents_paid_for_that_fails_is_a_repair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà thầu làm ngõ đào hố ga sâu giữa ngõ rồi để hở, không rào, không đèn báo. Sáng nay hố vẫn để nguyên, học "
    "sinh đi qua rất đông.",
]))
def test_a_works_pit_left_open_this_morning_is_urgent(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Ban giám sát đầu tư của cộng đồng tổ 3 đề nghị Mặt trận cho ban giám sát việc bê tông hóa ngõ 8, 45 hộ trong "
    "ngõ đóng góp 40% kinh phí. Đề nghị phường gửi hồ sơ thiết kế, dự toán cho ban.",
]))
def test_supervising_a_project_many_households_paid_into_is_not_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi mang biên bản của ban giám sát lên phường, cán bộ phụ trách xây dựng nói không phải việc của các bác rồi bỏ "
    "ra ngoài. Đề nghị Mặt trận xem xét thái độ của cán bộ này.",
]))
def test_the_building_officer_who_turned_the_supervisors_away_brings_his_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why
