"""Environment against works and police, round r-5021..r-5050 (rules/165; exclusions in rules/13, 17, 42, 53; the
salutation and the disowned point in core/rules/place.py, cues.py): a car wash's dirty water, a building site's dust
and rubbish burnt beside a school are the environment's even when a lane, a site or a school is named; rubbish burnt
by habit is no danger now; a salutation ends at its full stop, so last night's fight told after it is over; a point
the writer calls small and a group's sweeping done bring no co-ordinator. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

POLLUTION = both([
    ("Tiệm rửa xe ở đầu hẻm ngày nào cũng xả nước rửa xe lẫn dầu nhớt ra giữa hẻm, trơn trượt, đề nghị phường kiểm "
     "tra.", "moi_truong", "kt_hatang"),
    ("Nhà bên cạnh đang xây, không che lưới chắn bụi, bụi xi măng bay sang đầy nhà tôi. Nhà tôi không bị nứt, chỉ xin "
     "phường nhắc họ che chắn.", "moi_truong", "kt_hatang"),
    ("Hộ đầu ngõ cứ cuối tuần lại đốt rác, lá cây sát hàng rào trường mầm non, khói bay vào lớp học, phụ huynh rất lo. "
     "Đề nghị phường cấm đốt rác.", "moi_truong", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", POLLUTION)
def test_pollution_is_the_environments_whatever_place_is_named(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Công trình bên cạnh ép cọc làm tường nhà tôi bị nứt dọc, lại không che lưới chắn bụi. Đề nghị phường kiểm tra "
    "và buộc bồi thường.",
]))
def test_a_site_that_cracks_the_house_stays_a_construction_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Chiều nào cũng có người đốt đống rác ở bãi đất trống cuối hẻm, khói đen mù mịt, mùi nhựa cháy khét lẹt, trẻ con "
    "ho sặc sụa. Đề nghị phường cấm đốt rác.",
    "Mấy hộ quanh bãi đất trống thường gom rác, lá cây lại đốt ngay sát chân cột điện. Hôm nay thì đã tắt rồi, nhưng "
    "lỡ có hôm gió to lửa bén lên dây điện thì cháy lan. Đề nghị phường nhắc nhở.",
]))
def test_rubbish_burnt_by_habit_is_no_danger_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "moi_truong" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Đống rác cuối hẻm chiều nào cũng bị đốt, bây giờ lửa đang cháy lan sang nhà kho bên cạnh, khói đen mù mịt, đề "
    "nghị phường cho người đến ngay.",
]))
def test_a_rubbish_fire_spreading_now_stays_urgent(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Tối nào cũng có đám người tụ tập sau nhà văn hóa tổ 2 đánh bài ăn tiền, cãi nhau to tiếng đến khuya. Sáng ra để "
    "lại rác và vỏ chai nhưng chuyện đó nhỏ. Đề nghị công an phường kiểm tra, giải tán.",
]))
def test_litter_the_writer_calls_small_brings_no_co_ordinator(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and not d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Đây là lần thứ ba tôi gửi thư về lò giết mổ gà vịt trong hẻm 36. Phường đã xuống kiểm tra hai lần, lập biên bản "
    "nhưng đâu lại vào đấy, nước thải, lông gà chảy ra hẻm. Đề nghị xử lý dứt điểm.",
]))
def test_a_third_letter_answered_by_inspections_is_no_unanswered_letter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "moi_truong" and "vp_ubnd" not in d.co_agencies and d.complex, d.why
