"""The detectors of core/privacy on the writings of the tuning items p-2932 … p-2951 (homes in unusual forms beside
the sites that stay: a lot after "nhà ở", the writer's room then its mini-block's number; "ở đó" written without
diacritics), with and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a lot after the writer's name and "nhà ở": the writer's home goes, the empty lot the letter is about stays
    ("Tôi là Lương Thị Thanh Hương, nhà ở lô B12-05 khu tái định cư Đền Lừ. Lô đất trống B12-08 cùng dãy bỏ hoang.",
     ("lô B12-05", "Lương Thị Thanh Hương"), ("Lô đất trống B12-08", "khu tái định cư Đền Lừ")),
    # a neighbour's lot after his name and a comma
    ("Ông Nguyễn Văn Bảy, nhà ở lô A7, hay đổ rác ra kênh Lưu Kiếm.", ("lô A7", "Nguyễn Văn Bảy"), ("kênh Lưu Kiếm",)),
]))
def test_a_lot_lived_in_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the house at the lot is itself the problem: the site stays
    ("Ông Nguyễn Văn Bảy, nhà ở lô A7 bỏ hoang, cỏ mọc um tùm.", ("Nguyễn Văn Bảy",), ("lô A7",)),
    # "Nhà ở lô B5" opening the sentence is the house the letter tells of, not someone's home named
    ("Nhà ở lô B5 khu giãn dân bỏ hoang, cỏ mọc um tùm.", (), ("lô B5",)),
]))
def test_a_lot_that_is_the_site_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the writer's room, then the mini-block's number: both point to the writer's home
    ("Nhà số 14 hẻm 7 Bùi Xương Trạch mở xưởng in túi nilon trong nhà. Mình ở phòng 203 chung cư mini số 16 sát vách, "
     "con nhỏ ho suốt.", ("phòng 203", "số 16"), ("Nhà số 14 hẻm 7 Bùi Xương Trạch",)),
    ("Em ở phòng 5 nhà trọ số 12 sát bãi rác ngõ 40, ruồi bay vào phòng.", ("phòng 5", "số 12"), ("bãi rác ngõ 40",)),
    # a collective block by its number is a public name, not a private building's number
    ("Tôi ở phòng 7 khu tập thể số 3, cầu thang khu tập thể số 3 hỏng đèn.", ("phòng 7",), ("cầu thang khu tập thể số 3",)),
]))
def test_the_writers_building_number_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_mini_block_where_the_problem_is_stays():
    """The block's number after the writer's room stays when the clause says what is wrong there."""
    gone("Tôi ở phòng 203 chung cư mini số 16 xây trái phép 9 tầng, đề nghị kiểm tra.", "phòng 203", keep=("số 16",))


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "o do hong ca thang" is "ở đó hỏng cả tháng", not a woman named Đỗ Hồng Ca
    ("Đèn tín hiệu ở đó hỏng cả tháng rồi mà chưa ai sửa.", (), ("ở đó hỏng cả tháng",)),
    ("Lúc đó hỏng cả đèn lẫn camera.", (), ("Lúc đó hỏng cả đèn",)),
]))
def test_there_is_no_surname(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_lower_case_full_name_after_a_title_still_goes():
    gone("ong do van hung o so 5 ngo 3 bi mat xe may.", "do van hung")

