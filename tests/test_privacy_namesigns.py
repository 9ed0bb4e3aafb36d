"""The detectors of core/privacy on the writings of the tuning items p-3330 … p-3359 (private people's names and
signatures in shapes the name detector had no cue for): a given name with a quoted epithet or the trade people know
it by, a given name with who that is right after it, "thím" before a name, the signature under "(đã ký)", a name in
lower case closing the text after a thanks, a full name split over two lines, the team column of a signatories'
table, "gọi Điện lực". Each case with and without diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Hùng 'xe ôm' hay đậu xe ở ngã ba chợ Kim Liên, tối qua say rượu.", ("Hùng",), ("'xe ôm'", "chợ Kim Liên")),
    ("Tối qua có đánh nhau với Lan bánh mì ngay trước cổng chợ.", ("Lan",), ("bánh mì", "trước cổng chợ")),
    ("Hôm qua Tâm xe ôm đầu ngõ bị giật ví.", ("Tâm",), ("xe ôm đầu ngõ",)),
]))
def test_a_given_name_known_by_a_trade_or_an_epithet_in_quotes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi đã báo cho Thư con gái tôi chụp ảnh gửi lên phường.", ("Thư",), ("con gái tôi",)),
    ("Mình có nhắn Tùng, em trai mình, ra xem giúp.", ("Tùng",), ("em trai mình",)),
]))
def test_a_given_name_with_the_writers_kinship_after_it(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("thím Ba với dượng Sáu ở hẻm 7 bị nhóm cho vay nặng lãi ném mắm tôm vào cửa.", ("Ba", "Sáu"), ("hẻm 7",)),
    ("thim Ba voi duong Sau o hem 7 duong Le Quang Dinh bi nhom cho vay nang lai doa.", ("Ba", "Sau"),
     ("hem 7 duong Le Quang Dinh",)),
])
def test_an_aunt_by_marriage_before_her_birth_order_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đề nghị phường xuống đo đạc.\nNgười làm đơn\n(đã ký)\nĐinh Công Lý", ("Đinh Công Lý",), ("Người làm đơn",)),
    ("Rác không được thu gom ở ngõ 15 phố Đông Tác. Cảm ơn phường. ngọc anh", ("ngọc anh",), ("ngõ 15 phố Đông Tác",)),
    ("Chiều qua con chó của nhà ông Lương\nVăn Bảy ở cùng ngõ cắn cháu.", ("Lương", "Văn Bảy"), ("ở cùng ngõ",)),
]))
def test_signatures_under_a_signed_mark_after_a_thanks_or_split_over_lines(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # the team column of a signatories' table is no home number
    ("Các hộ dưới đây đề nghị lắp đèn.\nSTT | Họ tên | Tổ\n1 | Lương Thị Bé | 3\n2 | Quàng Văn Sính | 3",
     ("Lương Thị Bé", "Quàng Văn Sính"), ("| 3",)),
    # the power company after "gọi", places before a kinship and a trade, a shop's sign
    ("Tôi đã gọi Điện lực nhưng chưa ai đến.", (), ("Điện lực",)),
    ("Toi da goi Dien luc nhung chua ai den.", (), ("Dien luc",)),
    ("Tết này về Huế con tôi mới được nghỉ.", (), ("Huế",)),
    ("Đi qua phố Lan bánh mì bán đầy vỉa hè.", (), ("phố Lan",)),
    ("Quán bia Hải Xồm ở đầu ngõ 52 phố Tô Hiệu để khách ngồi tràn ra đường.", (), ("Quán bia Hải Xồm",)),
])
def test_what_stays_a_team_column_a_body_a_place_and_a_sign(text, personal, keep):
    gone(text, *personal, keep=keep)



@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Quán bún chả ở số 27 phố Tôn Thất Tùng đốt than tổ ong trên vỉa hè.", (), ("Quán bún chả",)),
    ("Tiệm tạp hóa đầu ngõ bán rượu cho trẻ con.", (), ("Tiệm tạp hóa",)),
]))
def test_a_shop_before_its_trade_is_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi mua ở tiệm Hòa bánh mì đầu ngõ.", (), ("tiệm Hòa bánh mì",)),
    ("Về Huế con tôi mới được nghỉ.", (), ("Huế",)),
]))
def test_a_shop_or_a_place_before_a_trade_or_kin_is_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)
