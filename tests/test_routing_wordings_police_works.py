"""The ward police beside the works office, round r-3221..r-3250 (rules/105, exclusions in rules/13 and rules/16): a
site whose permit is in order but which pours concrete past midnight is noise at night, the police's, while a site
without a permit stays construction order; customers' motorbikes filling a lane are parking order, a house's sand and
bricks over half the lane are urban order; a rider fallen into a hole "still not patched" brings the works office
beside the police, and so does a lighting cable cut by thieves with the lamps asked back; a drunk man gone home to
sleep and a fall only feared ("giờ mà có ai ...") are no present danger; "khu đất công trình" is a place, not public
land. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

NIGHT_WORKS = both([
    ("Công trình ở số 40 phố Sài Đồng có giấy phép đầy đủ, tôi không phản đối việc xây. Nhưng đêm nào họ cũng đổ bê "
     "tông, xe bồn chạy đến 2 giờ sáng, cả xóm mất ngủ. Đề nghị phường yêu cầu họ dừng máy sau 22 giờ.",
     "an_ninh", "cong_an"),
    ("Nhà số 5 ngõ 3 xây 5 tầng mà không có giấy phép, đổ bê tông đến nửa đêm, tường nhà tôi đã nứt. Đề nghị phường "
     "kiểm tra.", "dat_dai", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", NIGHT_WORKS)
def test_night_works_are_noise_unless_the_permit_is_in_question(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
    assert d.complex == (category == "dat_dai"), d.why


LANES = both([
    ("Quán bia đầu ngõ 12 tối nào cũng cho khách dựng xe máy kín lòng ngõ, người trong ngõ không về được nhà.",
     "an_ninh", "cong_an"),
    ("Nhà số 7 ngõ 30 đang sửa, đổ cát đá chiếm nửa ngõ cả tuần nay, xe máy phải lách sát tường. Nhờ phường nhắc "
     "họ dọn.", "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", LANES)
def test_parked_motorbikes_are_parking_order_and_building_sand_is_urban_order(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


THE_ROADS_OFFICE_BESIDE = each_way([
    "Vừa có người đi xe máy sập ổ gà ở đầu ngõ 8, ngã nằm bất động giữa đường. Đề nghị công an phường ra phân luồng "
    "ngay. Ổ gà này tổ báo mãi mà chưa vá.",
    "Đêm qua tôi thấy hai người cắt trộm dây cáp chiếu sáng ở cột đầu ngõ 20 rồi chở đi bằng xe máy. Đề nghị công an "
    "phường truy tìm, và phường cho nối lại dây đèn vì ngõ tối.",
])


@pytest.mark.parametrize("text", THE_ROADS_OFFICE_BESIDE)
def test_an_open_hole_or_lost_lamps_bring_the_works_office_beside_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "kt_hatang" in d.co_agencies, d.why


NO_DANGER_NOW = each_way([
    "Tối qua ông hàng xóm say rượu đập phá đèn đường, giờ ông ấy đã về nhà ngủ. Đề nghị công an mời làm việc và "
    "phường thay bóng đèn vì ngõ đang tối.",
    "Ngõ 92 toàn ổ gà cả năm nay. Giờ mà có ai sập hố ngã gãy chân thì ai chịu trách nhiệm? Đề nghị sửa ngay.",
])


@pytest.mark.parametrize("text", NO_DANGER_NOW)
def test_vandalism_over_and_a_feared_fall_are_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way(["Đang có hai nhóm thanh niên đánh nhau bằng gậy ở khu đất công trình bỏ "
                                           "hoang cuối đường, có người chảy máu. Công an đến ngay giúp."]))
def test_a_building_plot_named_as_a_place_is_no_land_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, "urgent" in d.flags, d.complex) == ("an_ninh", True, False), d.why
