"""The front's own work beside infrastructure, round r-3171..r-3190 (rules/103, an exclusion in rules/10): a Great
Unity house badly built and works the front is asked to supervise bring the works office; solar lamps that fail are
the road's office's whoever put them; a hall's leaking roof and peeling ceiling are wear, not a danger. Each with and
without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

SUPERVISED = each_way([
    "Nhà Đại đoàn kết của bà Lụa tổ 9 xây xong được 3 tháng mà tường đã nứt, mái dột, đề nghị Mặt trận kiểm tra lại "
    "đơn vị thi công.",
    "Công trình cải tạo mương thoát nước tổ 17 chậm tiến độ 2 tháng, nhà thầu bỏ dở. Tôi đề nghị Mặt trận thực hiện "
    "giám sát và báo kết quả cho bà con.",
])


@pytest.mark.parametrize("text", SUPERVISED)
def test_the_fronts_building_work_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies, d.why


LAMPS = both([("Đèn năng lượng mặt trời do Mặt trận vận động lắp ở ngõ 7 hỏng 4 bóng, đề nghị phường thay.", "ha_tang",
               "kt_hatang")])


@pytest.mark.parametrize("text,category,agency", LAMPS)
def test_failed_lamps_are_the_roads_office_whoever_put_them(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way(["Nhà văn hóa tổ 12 mái dột, trần bong, đề nghị phường sửa trước Ngày hội Đại "
                                           "đoàn kết."]))
def test_a_halls_wear_is_no_danger(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags
