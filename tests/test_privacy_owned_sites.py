"""The detectors of core/privacy on the tuning items p-3960 … p-3989 (private house numbers in running text and in
petitions, beside sites whose address stays): a home is the site though its nuisance is told a little away from its
number (`privacy/ownedsites.py`): after its owners' names, as a stock kept for sale, in the next sentence about "this
household", or as work on its wall right before it; a neighbour's home stays personal when the deed is done on an
empty lot later in the sentence; a name on the line under the writer's word, beside a phone ("… ạ. em\\nHương
[phone]", `privacy/closings.py`), goes. The writer's own home beside a site still goes. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà tôi ở số 4 ngõ 21 phố Kim Mã. Ngôi nhà số 9 ngõ 21 phố Kim Mã của ông bà Đỗ Văn Hải và Lê Thị Mai đang phá dỡ, "
     "bụi bay khắp ngõ.", ("số 4", "Đỗ Văn Hải", "Lê Thị Mai"), ("Ngôi nhà số 9 ngõ 21 phố Kim Mã",)),
    ("Căn nhà số 30 hẻm 5 đường Lê Lợi của gia đình anh Vũ Minh Tâm đang xây lấn ra hẻm.",
     ("Vũ Minh Tâm",), ("Căn nhà số 30 hẻm 5 đường Lê Lợi",)),
]))
def test_a_home_is_the_site_when_its_owners_stand_between_number_and_nuisance(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Gia đình tôi ở số 7 ngõ 12 phố Tây Sơn, đối diện nhà tôi, nhà số 10 ngõ 12 phố Tây Sơn đang chứa hàng trăm bình "
     "gas.", ("số 7",), ("nhà số 10 ngõ 12 phố Tây Sơn",)),
    ("Nhà số 18 ngõ 6 phố Chùa Láng tích trữ phế liệu để bán buôn, chuột bọ khắp ngõ.", (), ("Nhà số 18 ngõ 6 phố Chùa Láng",)),
]))
def test_a_home_keeping_a_stock_for_sale_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi ở số 12 ngõ 3 phố Vọng, sát vách hộ nhà số 14 ngõ 3 phố Vọng. Hộ này nuôi cả đàn gà trên sân thượng.",
     ("số 12",), ("hộ nhà số 14 ngõ 3 phố Vọng",)),
    ("Cạnh trường mầm non là nhà số 5 ngõ 8 phố Hồng Mai. Nhà đó mở loa hát đến nửa đêm.", (), ("nhà số 5 ngõ 8 phố Hồng Mai",)),
]))
def test_a_home_whose_nuisance_the_next_sentence_tells_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi thường trú tại số 20 ngõ 9 phố Vĩnh Tuy. Hộ ông Tạ Văn Lợi xây lại bức tường rào nhà số 22 ngõ 9 phố Vĩnh "
     "Tuy, lấn ra lối đi chung.", ("số 20", "Tạ Văn Lợi"), ("nhà số 22 ngõ 9 phố Vĩnh Tuy",)),
]))
def test_a_home_whose_wall_is_being_built_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà ông Đinh Văn Khoa ở nhà số 7 ngõ 15 phố Thanh Nhàn đốt rác, đốt cả nhựa mỗi chiều ở bãi đất trống cuối ngõ 15.",
     ("Đinh Văn Khoa", "số 7"), ("bãi đất trống cuối ngõ 15",)),
]))
def test_a_neighbours_home_goes_when_the_deed_is_done_on_a_lot_later_in_the_sentence(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the same shapes, the home suffering it: the home goes
    ("Nhà tôi ở số 6 ngõ 4 phố Lò Đúc, bị ông Hà Văn Quý xây lại bức tường rào nhà tôi lấn sang.", ("số 6", "Hà Văn Quý"), ()),
    ("Tôi ở nhà số 3 ngõ 2 phố Vân Hồ. Nhà này bị ngập mỗi khi mưa to.", ("số 3",), ("ngõ 2 phố Vân Hồ",)),
]))
def test_the_writers_home_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a mail client wrapped the line after the writer's word: the name opens the last line, the phone follows
    ("Phường cho người xuống dọn bãi đất trống đầu ngõ 8 giúp với ạ. em\nHương 0978 532 104",
     ("Hương", "0978 532 104"), ("bãi đất trống đầu ngõ 8",)),
    ("Nhờ công an phường tuần tra góc hẻm 3. cháu\nMinh Anh 0912 345 678", ("Minh Anh", "0912 345 678"), ("góc hẻm 3",)),
]))
def test_a_signature_under_the_writers_word_and_beside_a_phone_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
