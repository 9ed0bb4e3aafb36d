"""The detectors of core/privacy on the writings of the tuning items p-3130 … p-3159 (plates and flats in unusual
writings): a lot told right after "nhà tôi", a collective block's flat by its household number, the flat above
whose water seeps down (the site), and a home number said to stand right where the problem is. With and without
diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "Nhà tôi lô 12": the writer's lot, no "ở" needed
    ("Xe tải chở đất rơi vãi khắp đường. Nhà tôi lô 12 khu đấu giá Thạch Bàn cũng bị bụi bay vào.",
     ("lô 12",), ("khu đấu giá Thạch Bàn",)),
    # "Hộ 203 tập thể …": a flat of a collective block
    ("Hộ 203 tập thể Đức Giang chúng tôi bị nước dột từ tầng trên.", ("Hộ 203",), ("tập thể Đức Giang",)),
]))
def test_a_lot_or_a_collective_flat_of_the_writer_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the flat above whose water seeps down is where the problem comes from: it stays
    ("Căn hộ 1507 của tôi bị nước từ căn 1607 phía trên thấm xuống trần 2 tháng nay.",
     ("1507",), ("căn 1607 phía trên",)),
    # the writer's number said to stand right where the drain cover broke is the site's
    ("Xe công nông làm vỡ nắp cống. Nhà tôi số 11 ngõ 3, ngay chỗ nắp cống vỡ.", (),
     ("Nhà tôi số 11 ngõ 3, ngay chỗ nắp cống vỡ",)),
]))
def test_a_home_that_is_the_site_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
