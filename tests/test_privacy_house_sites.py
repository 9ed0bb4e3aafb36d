"""The detectors of core/privacy on house numbers of the tuning items p-3510 … p-3539 (homes and problem sites
numbered in the same letters): a sentence opening "ngay số 7" on the site, an address named first as where the
writer lives and then as the unsafe site, "SN" before a number, with and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "ngay số 7" (right at no. 7) places the problem, as "trước số 7" does; the writer's own number still goes
    ("Ngay số 7 ngõ 91 Nguyễn Chí Thanh có ổ gà sâu lắm. Em ở số 3 ngõ này, xin phường cho lấp sớm ạ.",
     ("số 3",), ("số 7 ngõ 91 Nguyễn Chí Thanh",)),
    ("Cống ngay số 12 ngõ 5 bị tắc mấy hôm nay, nhà tôi số 14.", ("số 14",), ("ngay số 12 ngõ 5",)),
]))
def test_right_at_a_number_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # ... but a person living "right at" a number lives there
    ("Tôi ở ngay số 7 ngõ 91, xin phường xem giúp.", ("số 7",), ("ngõ 91",)),
    ("Bà Lan ở ngay số 9 ngõ 3 bị ngã vì ổ gà đầu ngõ.", ("số 9",), ("ngõ 3",)),
    ("Nhà tôi ngay số 7 ngõ 91, xin phường xem.", ("số 7",), ("ngõ 91",)),
]))
def test_living_right_at_a_number_is_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the writer lives in the lodging the letter says is unsafe: both mentions are the site (GUIDE: the site stays)
    ("Tôi thuê phòng trọ ở số 14 ngõ 31 Trần Bình, chủ trọ là bà Thu ở số 88 Hồ Tùng Mậu. Dãy trọ số 14 ngõ 31 có 12 "
     "phòng mà chỉ có một bình chữa cháy đã hết hạn.", ("số 88",), ("số 14 ngõ 31 Trần Bình", "Dãy trọ số 14 ngõ 31")),
]))
def test_an_address_said_as_home_and_as_site_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the same number in another lane is another house: the writer's home goes
    ("Nhà tôi ở số 12 ngõ 3 Kim Mã, quán số 12 ngõ 7 mở karaoke đến khuya.", ("số 12 ngõ 3",), ("quán số 12 ngõ 7",)),
    # a household in danger: its home goes even where the text makes it the site (GUIDE's exception)
    ("Tôi ở số 6 ngõ 18. Nhà số 6 ngõ 18 anh Toàn đánh vợ suốt.", ("số 6",), ("ngõ 18",)),
]))
def test_another_lane_or_a_household_in_danger_keeps_the_home_gone(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "SN" before a number is the house number's marker, not a name after "Nhà em"
    ("Trước SN 42 ngõ 1 Văn Chương có bồn cây chắn lối. Nhà em SN 44 ngay bên cạnh.",
     ("SN 44",), ("Trước SN 42 ngõ 1 Văn Chương", "Nhà em")),
]))
def test_sn_before_a_number_is_no_name(text, personal, keep):
    out = gone(text, *personal, keep=keep)
    assert "[họ tên]" not in out, out
