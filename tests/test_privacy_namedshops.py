"""The detectors of core/privacy on the tuning items p-4590 … p-4619 (names that stay and names that go, side by
side): a shop's sign name after its named owner and a trade that names a sign only after a head ("cô Hoa chủ tiệm
may Mai Phương", "bà Hường chủ hiệu sách Thu Hà"), a gold shop, a joinery and an official beside private people. With
and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cô Hoa chủ tiệm may Mai Phương ngõ 5 phố Lương Định Của nợ tiền công em 3 tháng.",
     ("Hoa",), ("tiệm may Mai Phương", "ngõ 5 phố Lương Định Của")),
    ("Bà Hường chủ hiệu sách Thu Hà trên phố Chùa Bộc bán sách giáo khoa in sai.",
     ("Hường",), ("hiệu sách Thu Hà",)),
]))
def test_a_shop_sign_after_its_named_owner_and_a_trade_stays_and_the_owner_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tiệm vàng Kim Hoa ở số 42 phố Hàng Bạc kê tủ kính ra vỉa hè. Bà chủ tiệm là bà Lương Thị Nguyệt.",
     ("Lương Thị Nguyệt",), ("Tiệm vàng Kim Hoa ở số 42 phố Hàng Bạc",)),
    ("Xưởng mộc Hùng Cường tại số 14 ngõ 88 phố Hùng Vương chạy máy cưa đến 22h. Tôi đã báo anh Tuấn công an khu "
     "vực.", (), ("Xưởng mộc Hùng Cường", "phố Hùng Vương", "Tuấn")),
]))
def test_signs_and_officials_stay_beside_private_people(text, personal, keep):
    gone(text, *personal, keep=keep)
