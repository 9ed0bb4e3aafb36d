"""Outside the ward's competence and the ward's look-alikes, round r-4841..r-4870 (rules/159, exclusions in rules/16
and 17): a city or provincial hospital's service, wages owed by a builder or a company and an accident at work the
employer will not pay for are outside; the ward's health station, an accident at work told as the background of an
allowance, a child left off the ward's fee-exemption list and tangled telecom cables in a lane are the ward's, and
neither of the last two is a complex case. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

OUTSIDE = each_way([
    "Bệnh viện thành phố bắt bệnh nhân bảo hiểm y tế mua thuốc ngoài, bác sĩ thái độ khó chịu.",
    "Bệnh viện đa khoa thành phố bắt người bệnh chờ 5 tiếng mới được khám, nhân viên quát tháo.",
    "Công ty xây dựng nợ tiền công thợ 6 tháng không trả, đề nghị phường can thiệp.",
    "Con trai tôi làm công nhân bị tai nạn lao động, công ty không trả chế độ bảo hiểm.",
])


@pytest.mark.parametrize("text", OUTSIDE)
def test_a_city_hospital_and_an_employer_are_outside_the_ward(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ngoai_tham_quyen", None), d.why
    assert "complex" not in d.flags, d.why


WARD = both([
    ("Con tôi 9 tháng, tôi không muốn đưa lên bệnh viện thành phố vì đông, trạm y tế phường có tiêm sởi không?",
     "chinh_sach", "vhxh"),
    ("Tôi bị liệt hai chân sau tai nạn lao động năm ngoái, đã có giấy xác định mức độ khuyết tật nặng. Xin hỏi tôi có "
     "được hưởng trợ cấp hằng tháng không.", "chinh_sach", "vhxh"),
])


@pytest.mark.parametrize("text,category,agency", WARD)
def test_the_health_station_and_an_allowance_stay_the_wards(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi là hộ cận nghèo có giấy chứng nhận, nhưng danh sách miễn giảm học phí phường niêm yết không có tên con "
    "tôi. Đề nghị phường bổ sung cháu vào danh sách.",
]))
def test_a_child_left_off_the_fee_exemption_list_is_no_land_title(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "complex" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Dây cáp viễn thông của mấy nhà mạng trong ngõ 46 chằng chịt, võng thấp ngang đầu người. Đề nghị phường yêu cầu "
    "các nhà mạng bó gọn, thu hồi dây không dùng.",
]))
def test_telecom_cables_taken_down_are_no_land_recovery(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "complex" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Khu tổ 9 tuần này bị cắt điện 3 lần, không có thông báo lịch cắt điện trước. Đề nghị điện lực thông báo trước.",
]))
def test_power_cuts_are_the_companys_whatever_the_form_says(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert d.category == "ngoai_tham_quyen", d.why
