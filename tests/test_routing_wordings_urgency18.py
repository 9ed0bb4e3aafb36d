"""Urgency wordings of round r-2846..r-2870 (rules/89, with narrowed signs in rules/16, 46 and 47 and
`core/threats.py`): a fire burning now (also in English, and after a thanks), an old woman fallen behind a locked
door, a child who swallowed a battery, a dyke seeping, a man with petrol at a door, a vulnerable young man not back,
an underground tank's cover broken, roof sheets flying off a public hall; and what is none of it: water "đang chảy"
(which folds as "đang cháy"), a fire put out, a threat that comes back when drunk. Each with and without diacritics
where the wording allows it."""

from __future__ import annotations

import pytest

from hopthu.core.flags import assess
from wordings import both, each_way, sub

NOW = both([
    ("Trên sân thượng chung cư mini số 8 ngõ 2 có khoảng 20 người đang ở trọ, cầu thang duy nhất đang đầy khói, "
     "không ai xuống được.", "an_ninh", "cong_an"),
    ("Ông bà già nhà đối diện bị ngã trong nhà tắm, bà không dậy được, cửa chính khóa trái, ông không ra mở được.",
     "an_ninh", "cong_an"),
    ("Đoạn đê qua tổ 20 đang rỉ nước ra chân đê thành dòng, nước sông đang cao, bà con lo vỡ đê.", "ha_tang",
     "kt_hatang"),
    ("Có một ông đang cầm chai xăng đứng trước cửa nhà số 14 ngõ 6 đòi đốt nhà vợ cũ, mọi người can không được.",
     "an_ninh", "cong_an"),
    ("Nắp bể nước ngầm của khu tập thể A3 bị vỡ, lỗ to, trẻ con hay ra chơi quanh đó, hôm nay lại có đứa suýt rơi "
     "xuống.", "ha_tang", "kt_hatang"),
    ("Mái nhà văn hóa tổ 16 sau cơn bão bị tốc một mảng, tôn đang bay phần phật, vài tấm đã rơi xuống sân.",
     "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", NOW)
def test_a_danger_now_goes_to_its_body_and_is_urgent(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
    assert "urgent" in d.flags and not d.complex, d.why


MARKED_ONLY = [
    "Sạp hàng ở chợ Long Biên khu B đang cháy, lửa to lắm, khói đen mù mịt, mọi người đang chạy ra.",
    "Hello, my neighbour's flat is on fire now, smoke in the corridor, alarm not working. Please send help!",
    "Trước hết xin cảm ơn Ban công tác Mặt trận đã tổ chức ngày hội. Nhân tiện báo gấp: bãi cỏ cạnh nhà văn hóa tổ 3 "
    "đang cháy lan, lửa đã bén sát hàng rào mấy nhà.",
]


@pytest.mark.parametrize("text", MARKED_ONLY)
def test_a_fire_burning_now_is_the_polices_and_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


def test_water_flowing_is_no_fire_without_diacritics(rules_alone):
    """Folded, "đang chảy" (flowing) is "đang cháy" (burning): the fire's words are read with their marks only."""
    d = rules_alone.classify(sub("ong nuoc may bi vo ngay dau ngo 12, nuoc phun ngap ca doan duong, dang chay vao cac "
                                 "nha thap, can xu ly gap"))
    assert d.category == "ha_tang", d.why


@pytest.mark.parametrize("text", each_way(["Bé nhà em 2 tuổi vừa nuốt phải viên pin cúc áo, đang khóc thét, em không "
                                           "biết làm gì."]))
def test_a_child_who_swallowed_something_is_urgent(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags


NOT_NOW = [
    "Tuần trước bãi cỏ cạnh nhà văn hóa tổ 3 bị cháy, đã dập tắt. Đề nghị phường cắt cỏ khô để tránh cháy lại.",
    "Trạm y tế phường có dạy sơ cứu cho phụ huynh khi trẻ nuốt dị vật không ạ?",
    "Đoạn đê qua tổ 20 mùa mưa năm ngoái có rỉ nước, năm nay đề nghị phường gia cố trước mùa lũ.",
    "Ông hàng xóm hay dọa đốt nhà vợ cũ mỗi khi say, tuần nào cũng vậy. Đề nghị công an răn đe.",
]


@pytest.mark.parametrize("text", each_way(NOT_NOW))
def test_a_fire_put_out_a_class_last_years_seepage_a_recurring_threat_are_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Có một ông đang cầm chai xăng đứng trước cửa nhà số 14 đòi đốt nhà vợ cũ."]))
def test_a_witness_telling_of_someones_threat_is_no_abuse(text):
    assert not assess("", text).abuse


@pytest.mark.parametrize("text", each_way(["Cứ đợi đấy, tao đốt nhà nó."]))
def test_the_writers_own_threat_still_is(text):
    assert assess("", text).abuse
