"""The detectors of core/privacy on the tuning items p-3600 … p-3629 (house numbers of private homes told in passing,
beside the numbers of problem sites): a Southern number with a digit after its letter ("45B1") is judged like "45B";
"nhà tôi là 15/31" is the writer's home; "mưa xuống" is rain falling, not a workshop ("xưởng") naming a site before a
relative's home; a house that "tự ý đổ bục …" (does it on its own accord) is the site even though "đổ" folds to "do"
(by). With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("nhà em ở số 45B1 hẻm 12, khúc cuối hẻm 12 ngập tới đầu gối.", ("45B1",), ("hẻm 12",)),
    ("Bà ngoại tôi ở số 12A2 hẻm 5 Lê Lợi, đi chợ phải lội nước ở đầu hẻm.", ("12A2",), ("hẻm 5",)),
]))
def test_a_home_number_with_a_digit_after_its_letter_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Quán karaoke ở số 45B1 hẻm 12 hát tới 1 giờ sáng.", (), ("số 45B1 hẻm 12",)),
    ("Mã hồ sơ G22.45B1 vẫn chưa có kết quả.", (), ("G22.45B1",)),
]))
def test_a_site_or_a_code_shaped_like_45B1_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cho tôi hỏi thủ tục xin phép sửa nhà, nhà tôi là 15/31 hẻm 15 muốn nâng nền.", ("15/31",), ("hẻm 15",)),
]))
def test_the_writers_home_after_nha_toi_la_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Quán nhậu nhà ông Tư là 12 hẻm 5, hát karaoke tới khuya.", (), ("12 hẻm 5",)),
]))
def test_a_nuisance_said_of_the_home_after_la_keeps_it(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mặt ngõ 40 có nhiều ổ gà, mưa xuống đọng nước, bố mẹ vợ tôi ở số 17 ngõ 40 đi xe đạp bị ngã.", ("số 17",),
     ("ngõ 40",)),
]))
def test_rain_falling_is_no_workshop_before_a_relatives_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà số 9 ngách 40/12 (chủ nhà là ông Triệu Văn Cảnh) tự ý đổ bục bê tông lấn ra lối đi chung.",
     ("Triệu Văn Cảnh",), ("số 9 ngách 40/12",)),
]))
def test_a_house_that_builds_on_its_own_accord_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)
