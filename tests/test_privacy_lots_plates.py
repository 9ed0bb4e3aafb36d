"""The detectors of core/privacy on the tuning items p-3630 … p-3659 (private homes told by flat, room, lot or plot, and
private vehicles' plates beside offenders'): a relative's car wrongly fined and the vehicle a truck hit keep their
plates private, the hitter's plate stays. With and without diacritics where the writing allows it. (The round's
detector of land lots was left out at the merge: on the fresh part it hid more words, a kept string and a location
and removed no more personal strings.)"""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Bố tôi là ông Nguyễn Văn Lâm nhận thông báo phạt nguội xe 29A-886.21 vượt đèn đỏ, nhưng hôm đó xe nằm trong gara.",
     ("29A-886.21",), ()),
]))
def test_a_relatives_car_wrongly_fined_keeps_its_plate_private(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe container biển 61C-345.67 rẽ ẩu tông vào xe máy của một chị bán rau biển số 60B4-112.09 rồi bỏ chạy.",
     ("60B4-112.09",), ("61C-345.67",)),
]))
def test_the_vehicle_that_was_hit_keeps_its_plate_private_and_the_hitters_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
