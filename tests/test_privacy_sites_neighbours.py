"""The detectors of core/privacy on the tuning items p-3360 … p-3389 (the problem's site and private homes side by
side): a house an officer is asked to remind is the site; the homes around a site, a house next door with nothing done
there and the writer's home after a self-introduction go. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the house to be reminded is where the problem is; the parents' house next to it is a home
    ("Nhờ phường nhắc nhà số 41 ngõ 8 không để xe máy chắn lối đi chung, nhà số 39 của bố mẹ tôi không dắt xe ra được.",
     ("số 39",), ("số 41 ngõ 8",)),
    ("Đề nghị phường nhắc nhở nhà số 7 ngõ 12 không đổ nước ra ngõ.", (), ("số 7 ngõ 12",)),
]))
def test_a_house_to_be_reminded_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the homes around the site, in brackets
    ("Nhà ông Hồ Văn Nghi ở số 14 ngõ 3 nuôi 20 con chó, đêm sủa cả xóm không ngủ được. Mấy nhà quanh đó (số 12, số 16) "
     "đều đã góp ý mà ông không nghe.", ("Hồ Văn Nghi", "số 12", "số 16"), ("số 14 ngõ 3",)),
    # a house next door whose camera saw the theft: no problem there
    ("Đêm 2/12 nhà tôi ở ngách 15/8 ngõ 15 bị trộm cạy cửa lấy xe máy. Camera nhà số 8 bên cạnh có quay được.",
     ("số 8",), ("ngách 15/8 ngõ 15",)),
    # the writer introduced as a parent, then the home
    ("Tiệm net số 9 ngõ Thổ Quan mở thâu đêm, trẻ con vào chơi đến sáng. Tôi là mẹ cháu Khang lớp 7, nhà số 11.",
     ("Khang", "số 11"), ("Tiệm net số 9 ngõ Thổ Quan",)),
]))
def test_homes_around_the_site_go(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the house next door that does the harm is the site
    ("Nhà số 12B ngõ 4 của tôi bị nhà số 14 bên cạnh xây lấn sang 20 phân.", ("số 12B",), ("nhà số 14 bên cạnh",)),
    # a landmark: "cạnh nhà số 70" locates a vacant lot
    ("Bãi đất trống cạnh nhà số 70 ngõ 189 bị đổ phế thải xây dựng, cao cả mét.", (),
     ("Bãi đất trống cạnh nhà số 70 ngõ 189",)),
]))
def test_a_neighbour_doing_the_harm_and_a_landmark_stay(text, personal, keep):
    gone(text, *personal, keep=keep)
