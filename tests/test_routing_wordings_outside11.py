"""Outside the ward's competence and the look-alikes that are the ward's, round r-4601..r-4630 (rules/151, an
exclusion in rules/17): the fee level a city resolution sets, a city hospital and a matter at a relative's house in
another ward are outside; a caller posing as the power company is fraud for the police; a sidewalk dug up for cables
and left unrestored is the ward's road; a street lamp broken for the third time is an ordinary repair. Each with and
without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

CASES = both([
    ("Nghị quyết của thành phố năm nay tăng học phí cấp hai lên gần gấp đôi, đề nghị phường kiến nghị thành phố giữ "
     "mức cũ cho người lao động.", "ngoai_tham_quyen", None),
    ("Bố tôi đi khám ở bệnh viện lớn của thành phố, xếp hàng từ sáng đến trưa chưa tới lượt, mong bệnh viện sắp xếp "
     "lại.", "ngoai_tham_quyen", None),
    ("Bà tôi ở phường Định Công, nhà bên cạnh đổ nước thải sang sân nhà bà, nhờ phường mình cử người xuống nói giúp.",
     "ngoai_tham_quyen", None),
    ("Sáng nay có người gọi điện xưng là nhân viên điện lực, bảo nhà tôi nợ tiền điện phải chuyển khoản ngay, bố tôi "
     "chuyển 7 triệu rồi mới biết bị lừa. Đề nghị công an vào cuộc.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", CASES)
def test_outside_matters_and_their_ward_look_alikes(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Trường tiểu học của phường thu thêm tiền máy chiếu và quỹ lớp ngoài danh mục, đề nghị phường kiểm tra việc lạm "
    "thu."]))
def test_a_ward_school_collecting_extra_is_still_the_wards(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


@pytest.mark.parametrize("text", each_way([
    "Bệnh viện của thành phố có trạm y tế phường gửi giấy chuyển tuyến, tôi muốn hỏi trạm y tế phường cấp giấy "
    "chuyển tuyến mất mấy ngày?"]))
def test_the_health_station_is_no_city_hospital(rules_alone, text):
    assert rules_alone.classify(sub(text)).category != "ngoai_tham_quyen"


@pytest.mark.parametrize("text", each_way([
    "Bóng đèn đường đầu ngõ 14 hỏng lần thứ ba từ đầu năm, ngõ tối om, đề nghị phường thay bóng mới."]))
def test_a_lamp_broken_again_is_an_ordinary_repair(rules_alone, text):
    d = rules_alone.classify(sub(text, "Đèn đường hỏng lần thứ ba"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "complex" not in d.flags and not d.complex, d.why
