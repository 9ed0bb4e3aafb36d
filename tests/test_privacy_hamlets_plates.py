"""The detectors of core/privacy on the tuning items p-3480 … p-3509 (home addresses and licence plates of private
people): a hamlet named like a site ("xóm Bãi", "thôn Quán") before a citizen's number in minutes, a home's own
garage, an address line opening on a bare number under the signature's name, a plate the writer got a fine for, a
victim's bike with the vehicle that hit it named between, a vehicle the writer owns, a neighbour's car told by its
home. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a hamlet's name that is also a site's word ("bãi", "quán") is no business before the number
    ("- Ông Vi Văn Lợi (xóm Bãi, số nhà 17) phản ánh mương tưới đầu xóm Bãi bị vỡ bờ.", ("Vi Văn Lợi", "số nhà 17"),
     ("mương tưới đầu xóm Bãi", "xóm Bãi,")),
    ("Bà Mạc Thị Thoa (thôn Quán, số 8) đề nghị lắp đèn đường ra quốc lộ.", ("Mạc Thị Thoa", "số 8"), ("thôn Quán",)),
]))
def test_a_citizens_number_after_a_hamlet_named_like_a_site_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a person's hamlet, TDP or lane first in the brackets, then the number
    ("Bà Mạc Thị Thoa (thôn Đông, số 8) đề nghị lắp đèn đường ra quốc lộ.", ("Mạc Thị Thoa", "số 8"), ("thôn Đông",)),
    ("Ông Vi Văn Lợi (ngõ 5, số 8) đề nghị lắp đèn.", ("Vi Văn Lợi", "số 8"), ("ngõ 5",)),
]))
def test_a_number_after_the_hamlet_in_a_persons_brackets_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the writer's car in the home's own garage: the home goes
    ("Hôm đó xe tôi nằm trong gara ở nhà, số 102/7 Bùi Đình Túy, cả ngày không đi đâu.", ("số 102/7",),
     ("Bùi Đình Túy",)),
    # a garage that is a business and a car park at a number stay the site
    ("Gara ô tô ở số 12 ngõ 5 rửa xe xả nước ra ngõ.", (), ("số 12 ngõ 5",)),
    ("Bãi xe ở số 5 ngõ 8 đêm nào cũng nổ máy ầm ĩ.", (), ("số 5 ngõ 8",)),
]))
def test_a_homes_own_garage_is_no_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the address line right under the signature's name, opening on a bare number
    ("Kính thư,\nLê Minh Hoàng\n12B ngõ 35 Cát Linh, tổ 7", ("Lê Minh Hoàng", "12B"), ("ngõ 35 Cát Linh, tổ 7",)),
    ("Trân trọng,\nThái Văn Lộc,\n45/2 hẻm 120 Phan Xích Long", ("Thái Văn Lộc", "45/2"), ("hẻm 120 Phan Xích Long",)),
    # a line under the name with no address after its number stays
    ("Kính thư,\nLê Minh Hoàng\n12 giờ trưa ngày 5/12", ("Lê Minh Hoàng",), ("12 giờ trưa",)),
]))
def test_an_address_line_under_the_signature_loses_its_number(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a fine notice the writer received: the car is the writer's, whatever offence the notice names
    ("Tôi nhận được thông báo phạt nguội cho xe ô tô 51G 123.45 vượt đèn đỏ ngày 20/11.", ("51G 123.45",), ()),
    ("Tôi vừa nhận giấy phạt cho xe 30A-123.45 đỗ trên vỉa hè.", ("30A-123.45",), ()),
    # a request to fine an offender, or a message about one, keeps the plate
    ("Đề nghị phạt nguội xe 30A-123.45 vượt đèn đỏ ở ngã tư Sở.", (), ("30A-123.45",)),
    ("Tôi nhận được tin nhắn phản ánh xe 30A-123.45 đỗ chắn ngõ 5.", (), ("30A-123.45",)),
]))
def test_a_plate_the_writer_was_fined_for_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a victim's bike, the vehicle that hit it named between "bị" and the hit
    ("Tối qua em trai tôi là Lý Văn Quang đi xe máy biển 29-B1 678.90 bị một xe ben quệt ngã ở chân dốc cầu.",
     ("Lý Văn Quang", "29-B1 678.90"), ("chân dốc cầu",)),
]))
def test_a_victims_plate_goes_with_the_hitter_named_between(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a vehicle the writer owns
    ("Tôi có xe máy BKS 29A1-234.56, xin hỏi thủ tục đăng ký thẻ gửi xe tháng ở bãi xe chợ.", ("29A1-234.56",), ()),
    ("Gia đình tôi sở hữu ô tô 30A-222.33 nhưng ngõ quá hẹp.", ("30A-222.33",), ()),
]))
def test_a_vehicle_the_writer_owns_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the neighbour's car blocking the writer's gate: its plate stays, the neighbour's home goes
    ("Ô tô của nhà số 22 bên cạnh đỗ chắn cổng nhà tôi.", ("số 22",), ()),
    ("Hàng xóm ở số 16 cứ tối là đỗ chiếc Fortuner 30G-888.12 chắn ngang cổng nhà tôi trong ngõ 92.", ("số 16",),
     ("30G-888.12", "ngõ 92")),
    # what the house itself does keeps it the site
    ("Ô tô của nhà số 22 bên cạnh đổ vật liệu ra ngõ.", (), ("số 22",)),
]))
def test_a_neighbours_car_keeps_its_plate_and_loses_its_home(text, personal, keep):
    gone(text, *personal, keep=keep)
