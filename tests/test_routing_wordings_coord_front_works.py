"""Co-ordinating agencies, round r-3911..r-3940 (rules/128, exclusions in rules/13, 17, 64, 94, 125): the front's
own work that needs the social office, the works office's cases that need the police, and the reverse pairs. Each
wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

SCHOOL_FEES = each_way([
    "Trường tiểu học Lê Lợi đầu năm thu quỹ phụ huynh, tiền điều hòa, tiền nước uống mà không có biên lai. Tôi đề "
    "nghị Mặt trận phường giám sát việc thu các khoản này.",
])


@pytest.mark.parametrize("text", SCHOOL_FEES)
def test_the_front_asked_to_supervise_a_schools_fees_brings_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tổ 6 dự định tổ chức Ngày hội Đại đoàn kết, Ban công tác Mặt trận đã họp. Xin Mặt trận phường cho ý kiến, đồng "
    "thời nhờ bộ phận văn hóa phường cho mượn loa đài và phông.",
]))
def test_the_fronts_festival_that_borrows_from_the_culture_office_brings_it(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "mttq" and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà số 15 ngõ 40 đang xây, đổ cát và gạch chiếm gần hết lòng ngõ cả tháng nay, xe máy không qua được. Đề nghị "
    "phường buộc chủ nhà thu dọn vật liệu.",
]))
def test_building_materials_heaped_in_a_lane_are_urban_order_not_a_building_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("ha_tang", "kt_hatang", False), d.why


@pytest.mark.parametrize("text", each_way([
    "Hàng xóm xây tường rào lấn ra ngõ chung gần một mét. Đề nghị phường buộc tháo dỡ phần lấn chiếm, và đề nghị "
    "công an phường răn đe con trai ông ấy vì đã dọa đánh người.",
]))
def test_a_works_case_that_asks_the_police_to_warn_someone_brings_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tối nào ở sân nhà văn hóa tổ 3 cũng có nhóm thanh niên đánh bạc, có hôm đánh nhau. Đề nghị công an phường xử "
    "lý. Nhờ phường sửa giúp mấy bóng đèn sân bị hỏng.",
]))
def test_a_police_case_that_asks_for_a_repair_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Đầu ngõ 9 hai nhà đang đánh nhau vì cái lán lấn ra đất công, có người cầm xà beng, một người chảy máu. Đề nghị "
    "công an đến ngay.",
]))
def test_a_fight_in_progress_over_encroachment_is_the_polices_and_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên xây quá giấy phép, tường nhà tôi nứt từ tuần trước, hiện họ tạm dừng và vết nứt chưa to thêm. Đề nghị "
    "phường kiểm tra giấy phép.",
]))
def test_a_crack_that_is_not_growing_is_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Nhà số 21 đổ bê tông lấn ra hành lang thoát nước chung phía sau, chúng tôi chưa nhờ ai hòa giải. Đề nghị phường "
    "xác định phần đất công và buộc trả lại.",
]))
def test_encroachment_without_any_mediation_needs_no_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "dat_dai" and "mttq" not in d.co_agencies, d.why
