"""Outside the ward's competence or the ward's social office, round r-5201..r-5230 (rules/171, an exclusion in
rules/43): a hospital refusing a health-insurance card's rights, a water bill after the company's new meter and a
cancelled cable TV contract still billed are outside; a wrong entry in the residence database is the police's
procedure; a live wire just fallen is the works office's. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

HOSPITAL = each_way([
    "Bệnh viện quận không chấp nhận giấy chuyển tuyến của bố tôi, bắt tôi đóng toàn bộ tiền khám. Đề nghị phường can "
    "thiệp để được hưởng bảo hiểm y tế.",
    "Tôi đăng ký thẻ bảo hiểm y tế ở trạm y tế phường, nhưng lên bệnh viện thành phố thì họ bảo thuốc không nằm trong "
    "danh mục bảo hiểm, phải tự mua hết. Mong phường giải quyết.",
])


@pytest.mark.parametrize("text", HOSPITAL)
def test_a_hospital_refusing_the_insurance_cards_rights_is_outside(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ngoai_tham_quyen" and d.agency is None, d.why


@pytest.mark.parametrize("text", each_way([
    "Trạm y tế phường không cấp giấy chuyển tuyến cho mẹ tôi, bệnh viện bảo không được hưởng đúng tuyến. Đề nghị trạm "
    "y tế xem lại."]))
def test_the_health_station_refusing_a_referral_stays_the_wards(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


@pytest.mark.parametrize("text", each_way([
    "Công ty cấp nước thay đồng hồ nước mới cho nhà tôi, từ đó hóa đơn tiền nước tăng gấp ba, họ cứ bảo đồng hồ chạy "
    "đúng. Đề nghị phường xem xét."]))
def test_a_water_bill_after_the_companys_new_meter_is_outside_even_under_infrastructure(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert d.category == "ngoai_tham_quyen", d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi đã hủy hợp đồng truyền hình cáp, trả lại đầu thu từ tháng 5 mà công ty vẫn thu tiền hằng tháng. Đề nghị "
    "phường xử lý."]))
def test_a_cancelled_cable_contract_still_billed_is_outside(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ngoai_tham_quyen", d.why


@pytest.mark.parametrize("text,category,agency", both([
    ("Dây cáp quang của nhà mạng rũ xuống ngõ 5, chằng chịt, đề nghị phường yêu cầu nhà mạng thu dọn.", "ha_tang",
     "kt_hatang"),
]))
def test_sagging_cables_stay_the_works_offices(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Bảo hiểm xã hội không cấp lại thẻ bảo hiểm y tế cho bà tôi vì ngày sinh trong cơ sở dữ liệu dân cư sai, bảo phải "
    "ra công an phường điều chỉnh thông tin cư trú. Xin hỏi cần giấy tờ gì?"]))
def test_wrong_residence_data_is_the_polices_procedure_without_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "cong_an") and "vhxh" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Dây điện trước số 15 ngõ 8 vừa bị đứt, một đầu rơi xuống mặt ngõ, còn xẹt lửa. Đề nghị phường báo điện lực và "
    "cho người ra chắn lối."]))
def test_a_live_wire_just_fallen_is_the_works_offices_and_urgent_without_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why
    assert "cong_an" not in d.co_agencies, d.why
