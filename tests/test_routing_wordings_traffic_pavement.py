"""Traffic and the pavement, the police or the works office, round r-5051..r-5080 (rules/166, exclusions in rules/10,
17, 80): trucks running through a lane at night are the police's traffic order; a convex mirror, a speed bump, a
"go slow" sign are the road's; a site's hoarding taking half the road is urban order, no building case, and a hoarding
blown down across the road or an oil slick felling riders now is urgent with the police to divert traffic; racing
youths revving ("ro ga") are no gas leak. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

TRUCKS = each_way([
    "Mấy tuần nay xe ben chở đất của công trình cuối ngõ chạy suốt đêm, nhà tôi rung cả cửa, đề nghị công an phường "
    "xử lý.",
    "Đầu ngõ có biển cấm xe tải trên 2,5 tấn mà xe vẫn vào, chở gạch ầm ầm từ 22 giờ, xin phường kiểm tra.",
])


@pytest.mark.parametrize("text", TRUCKS)
def test_trucks_running_at_night_or_against_the_ban_are_the_polices_traffic_order(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


ROAD_FURNITURE = both([
    ("Khúc cua ngõ 12 khuất tầm nhìn, cái gương cầu lồi bị vỡ từ lâu, tuần nào cũng suýt đâm nhau, xin lắp lại.",
     "ha_tang", "kt_hatang"),
    ("Đoạn đường trước nhà văn hóa xe chạy rất nhanh, các cụ đi tập buổi sáng rất sợ, đề nghị làm gờ giảm tốc và "
     "cắm biển đi chậm.", "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", ROAD_FURNITURE)
def test_a_mirror_a_speed_bump_or_a_sign_are_the_roads(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way(["Góc ngõ 5 và ngõ 9 bị tường cao che khuất, gương cầu lồi gãy chỉ còn cột, "
                                           "hôm trước hai xe máy suýt đâm nhau. Đề nghị lắp gương mới."]))
def test_a_mirror_is_the_roads_even_when_the_form_says_security(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Công trình nhà số 60 quây tôn ra giữa đường, chiếm gần nửa lòng đường đã 3 tháng, ô tô tránh nhau không được. "
    "Đề nghị phường buộc chủ nhà thu hẹp hàng rào tôn, trả lại lòng đường."]))
def test_a_sites_hoarding_on_the_road_is_urban_order_and_no_building_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("ha_tang", "kt_hatang", False), d.why


HAZARDS_NOW = each_way([
    "Gió to vừa làm cả mảng hàng rào tôn công trình đổ ra giữa đường, mấy tấm còn lại lung lay chực đổ, xin phường "
    "cho người ra ngay.",
    "Có vệt dầu loang dài trên dốc cầu, đã có hai người đi xe máy bị ngã trượt, xe vẫn đang chạy qua, nhờ phường rắc "
    "cát gấp.",
])


@pytest.mark.parametrize("text", HAZARDS_NOW)
def test_a_fallen_hoarding_or_an_oil_slick_now_is_urgent_with_the_police_to_divert(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" in d.co_agencies, d.why
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Vệt dầu trên dốc cầu hôm qua làm hai người ngã trượt, nay đã được dọn sạch, "
                                           "xin phường cho kiểm tra thường xuyên hơn."]))
def test_an_oil_slick_already_cleaned_is_no_emergency(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", [
    "Toi thu bay nao cung co nhom thanh nien tu tap, ro ga, net po, boc dau xe tren duong de, de nghi cong an phuong "
    "tuan tra."])
def test_revving_racers_are_no_gas_leak(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Sáng qua một cháu học sinh bị xe máy đâm ở ngã ba đầu ngõ, may đã về nhà. Ngã ba không có biển báo, đề nghị "
    "phường cắm biển cảnh báo và kẻ vạch dừng xe."]))
def test_a_pupil_knocked_down_brings_no_school_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "vhxh" not in d.co_agencies, d.why
