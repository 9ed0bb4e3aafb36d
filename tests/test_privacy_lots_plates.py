"""The detectors of core/privacy on the tuning items p-3630 … p-3659 (private homes told by flat, room, lot or plot, and
private vehicles' plates beside offenders'): a family's land lot or parcel goes (`landlots`), and the bare lot told
again or built on; a village plot after "nhà"/"ở" goes; a plot that is the letter's site stays; a relative's car
wrongly fined and the vehicle a truck hit keep their plates private, the hitter's plate stays. With and without
diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cha tôi để lại lô đất số 47 khu dân cư Bàu Mạc cho ba anh em chưa chia.", ("lô đất số 47",), ("khu dân cư Bàu Mạc",)),
    ("Mẹ tôi đứng tên thửa đất số 215, tờ bản đồ số 12, hồ sơ cấp giấy nộp từ tháng 3.",
     ("thửa đất số 215, tờ bản đồ số 12",), ()),
    ("Nhà chú tôi trên thửa 88 tờ bản đồ 5, xin hỏi thủ tục cấp đổi sổ đỏ.", ("thửa 88 tờ bản đồ 5",), ()),
    ("Thửa đất số 215 tờ bản đồ số 12 của gia đình tôi bị cấp sổ trùng.", ("Thửa đất số 215 tờ bản đồ số 12",), ()),
]))
def test_a_familys_land_lot_or_parcel_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cha tôi để lại lô đất số 47. Nay anh em thống nhất chia lô 47 làm ba phần.", ("lô đất số 47", "lô 47"), ()),
    ("Em gái tôi hiện ở trong căn nhà cấp 4 trên lô 46 liền kề.", ("lô 46",), ()),
]))
def test_a_bare_lot_told_again_or_built_on_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Lô đất số 5 khu đấu giá bỏ hoang, người ta đổ rác cả tháng nay.", (), ("Lô đất số 5",)),
    ("Thửa đất số 12, tờ bản đồ số 3 đang xây trái phép ba tầng.", (), ("Thửa đất số 12, tờ bản đồ số 3",)),
]))
def test_a_plot_that_is_the_letters_site_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # with marks only: unmarked "o" is "ở", "ô" and too many other words
    ("nhà em ở ô số 9 khu giãn dân thôn Hạ, mương thoát nước bị lấp.", ("ô số 9",), ("khu giãn dân thôn Hạ",)),
    ("bà hàng xóm nhà ô 11 cũng bị ngập bếp.", ("ô 11",), ()),
    # a parking slot is no home: its "ô" stays (the number is the house-number detector's to judge)
    ("xe tôi đỗ ở ô số 3 bãi xe chợ thì bị xước.", (), ("đỗ ở ô ",)),
])
def test_a_village_plot_after_a_home_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


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
