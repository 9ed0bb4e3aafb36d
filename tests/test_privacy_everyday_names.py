"""The detectors of core/privacy on the writings of the tuning items p-3250 … p-3279 (private people's names in
everyday shapes): a given name opening a sentence before "nhà bên cạnh", a landlord or a builder by his trade, a
name after a bare "của" before "để", a father named by his child, a couple "Tấn - Nhung", a dog barking in a flat
(the flat is the site). Each case with and without diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe của Minh để trong nhà xe chung cư bị mất yên và gương.", ("Minh",), ("Xe của", "để trong nhà xe")),
    ("Vợ chồng Tấn - Nhung mở quán nhậu ở đầu ngõ 17, hát karaoke đến 1 giờ sáng.", ("Tấn", "Nhung"),
     ("ở đầu ngõ 17",)),
    ("Hai anh em Kha và Kiên nhà bên tranh chấp lối đi với nhà tôi.", ("Kha", "Kiên"), ("tranh chấp lối đi",)),
]))
def test_names_after_a_possessive_or_in_a_pair(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # written with marks (the trade words, "bố" and the opening's household are read as written)
    ("Hùng nhà bên cạnh tối nào cũng nẹt pô xe máy trong ngõ 22.", ("Hùng",), ("nhà bên cạnh", "ngõ 22")),
    ("Ông chủ trọ Lực thu tiền điện của chúng em 4 nghìn một số.", ("Lực",), ("thu tiền điện",)),
    ("Thợ xây tên Toàn làm cho nhà số 9 đổ cát chắn hết lối đi.", ("Toàn",), ("nhà số 9",)),
    ("Nhờ phường nhắc bố Tùng (bố của bạn cùng lớp con tôi) đừng đỗ ô tô chắn cổng trường.", ("Tùng",),
     ("(bố của bạn cùng lớp con tôi)",)),
    # what stays: a shop's sign after "chủ quán", places in a pair, "Bố Tôi"
    ("Chủ quán Bình Minh ở đầu ngõ mở nhạc to.", (), ("Bình Minh",)),
    ("Vợ chồng tôi đi Hà Nội và Huế Xanh tuần trước.", (), ("Hà Nội và Huế Xanh",)),
    ("Nhà văn hóa nhà bên cạnh trường.", (), ("Nhà văn hóa nhà bên cạnh",)),
])
def test_names_by_trade_by_child_or_opening_a_sentence(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi đã gặp anh Tommy (người nước ngoài thuê căn 1203) nhắc việc để chó sủa suốt đêm.", ("Tommy",),
     ("căn 1203",)),
]))
def test_a_flat_where_a_dog_barks_all_night_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)
