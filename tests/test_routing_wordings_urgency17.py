"""Urgency wordings of round r-2791..r-2820 (rules/87, with narrowed signs in rules/58 and 80): smoke in a car park
with the fire alarm ringing, an old man moaning behind a locked door, a gas pipe broken by works, a child on a
high balcony's rail, a wall or a market roof failing now with people under it, water rising into homes, people
drugged by a stranger, a drunk lying in a dark bend, a woman held and beaten, a lost child at a bus stop, a
footbridge's floor holed, an oil tanker overturned; and what is no danger now. Each is tried with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

NOW = both([
    ("Tầng hầm để xe chung cư CT4 đang có khói bốc lên nghi ngút, mùi khét, chuông báo cháy kêu mà ban quản lý chưa "
     "thấy ai.", "an_ninh", "cong_an"),
    ("Ông cụ nhà bên 90 tuổi sống một mình, sáng giờ nghe tiếng rên trong nhà mà cửa khóa, gọi không mở.",
     "an_ninh", "cong_an"),
    ("Công nhân đào đường ở ngõ 33 vừa làm vỡ đường ống dẫn ga của nhà hàng, mùi ga nồng nặc cả ngõ.",
     "an_ninh", "cong_an"),
    ("Cháu bé nhà hàng xóm khoảng 3 tuổi đang đứng trên lan can tầng 4 khu tập thể C2, bố mẹ không có nhà.",
     "an_ninh", "cong_an"),
    ("Mái tôn khu hàng cá chợ Gia Thụy vừa sập một nửa do mưa to, có 2 người bị kẹt bên dưới.", "ha_tang",
     "kt_hatang"),
    ("Bé trai khoảng 5 tuổi đứng khóc một mình ở bến xe buýt cổng chợ nửa tiếng nay, hỏi không biết nhà ở đâu.",
     "an_ninh", "cong_an"),
    ("Trên cầu đi bộ qua đường Nguyễn Văn Cừ có mấy tấm sắt sàn bị bung, thủng một lỗ to, học sinh đi qua suýt lọt "
     "chân.", "ha_tang", "kt_hatang"),
    ("Xe bồn chở dầu bị lật ở dốc cầu Đông Trù, dầu chảy lênh láng ra đường, xe máy đang trượt ngã liên tục.",
     "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", NOW)
def test_a_danger_now_goes_to_its_body_and_is_urgent(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
    assert "urgent" in d.flags, d.why


URGENT_ONLY = [
    "Tường rào trường mầm non Hoa Mai vừa đổ một mảng ra vỉa hè sau mưa, phần còn lại đang nghiêng, sáng mai phụ "
    "huynh đưa con qua đây.",
    "Có người đàn ông say rượu nằm giữa đường Ngọc Thụy đoạn khúc cua, trời tối, xe cộ lao qua suýt cán.",
    "Em gái tôi bị người yêu cũ nhốt trong phòng trọ ở ngõ 18, vừa nhắn tin cầu cứu, nói nó đang đánh.",
]


@pytest.mark.parametrize("text", each_way(URGENT_ONLY))
def test_a_wall_failing_a_man_in_the_road_a_woman_held_are_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


CO = [
    ("Nước sông đang dâng rất nhanh, đã vào tới sân các nhà cuối xóm Bãi, nhà có mẹ tôi 85 tuổi đi lại khó khăn. Xin "
     "phường hỗ trợ di dời ngay tối nay.", "ha_tang", "cong_an"),
    ("Mấy bà cụ ở tổ 9 vừa ăn bánh của một người lạ mời ở công viên thì bị chóng mặt, có cụ ngất xỉu. Đề nghị công "
     "an đến ngay.", "an_ninh", "vhxh"),
]


@pytest.mark.parametrize("text,category,co", [(t, c, o) for t0, c, o in CO for t in each_way([t0])])
def test_rescue_or_care_brings_its_co_ordinator(rules_alone, text, category, co):
    d = rules_alone.classify(sub(text))
    assert d.category == category and co in d.co_agencies, d.why


NOT_NOW = [
    "Chuông báo cháy tòa CT4 tuần này kêu nhầm 3 lần lúc nửa đêm. Đề nghị kiểm tra lại hệ thống.",
    "Mùa lũ năm ngoái nước vào tận sân các nhà cuối xóm Bãi. Năm nay đề nghị phường chuẩn bị sẵn thuyền và phương "
    "án di dời.",
    "Đêm nào ở đường Ngọc Thụy đoạn khúc cua cũng có người say nằm giữa đường, đề nghị công an tuần tra nhiều hơn.",
    "Sáng nay trên dốc cầu có vệt dầu loang từ hôm qua, công nhân đã rắc cát, xe đi lại bình thường.",
]


@pytest.mark.parametrize("text", each_way(NOT_NOW))
def test_false_alarms_plans_recurring_nuisances_and_spills_cleaned_are_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


def test_a_flood_plan_is_no_land_matter(rules_alone):
    for t in each_way([NOT_NOW[1]]):
        assert rules_alone.classify(sub(t)).category == "ha_tang", t
