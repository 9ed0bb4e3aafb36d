"""The detectors of core/privacy on the homes of the tuning items p-3300 … p-3329 (home addresses and house numbers
in unusual forms: a form's field for where the writer lives with words between the field and the number, a
signature line giving the home after a dash, a flat in brackets after a citizen in minutes, a landmark house
number before the problem's place), with and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a field for where the writer lives: the number goes whatever comes between the field's name and it
    ("Chỗ ở: nhà thuê, số 15 hẻm 42 Võ Văn Tần (ở chung với chủ nhà)\nPhản ánh: Xe rác đổ rác rơi vãi dọc hẻm 42.",
     ("số 15",), ("dọc hẻm 42",)),
    ("Chỗ ở hiện nay: P.402 nhà B, số 8 ngõ 190 Lê Trọng Tấn.\nEm cần giấy xác nhận cư trú.",
     ("P.402 nhà B", "số 8"), ("ngõ 190 Lê Trọng Tấn",)),
    ("Địa chỉ liên hệ: nhà bố mẹ vợ, số 41 tổ 6 | Nội dung: Cầu tạm qua kênh gần tổ 6 bị gãy ván.",
     ("số 41",), ("tổ 6",)),
    # ... a lot in a resettlement area; the area's name stays
    ("Họ tên: Lò Văn Sính\nNơi ở hiện nay: Lô B12 khu tái định cư Đồng Tàu\nNội dung: Đường nội bộ khu tái định cư "
     "Đồng Tàu chưa có đèn.", ("Lô B12",), ("Đường nội bộ khu tái định cư Đồng Tàu",)),
    ("Tạm trú: lô C7 khu giãn dân Yên Nghĩa | Nội dung: cống khu giãn dân bị tắc.",
     ("lô C7",), ("khu giãn dân Yên Nghĩa",)),
]))
def test_a_field_for_where_the_writer_lives_gives_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a field for the problem's place is no home's field
    ("Địa điểm: số 27 ngõ 45 phố Hoàng Hoa Thám\nNội dung: quán karaoke hát đến 2 giờ sáng.",
     (), ("số 27 ngõ 45 phố Hoàng Hoa Thám",)),
    # the field ends with its sentence: the site told after it stays
    ("Địa chỉ: số 5 ngõ 3 Kim Giang. Quán karaoke số 7 ngõ 3 Kim Giang hát suốt đêm.",
     ("số 5",), ("Quán karaoke số 7 ngõ 3 Kim Giang",)),
]))
def test_the_problems_place_stays_beside_an_address_field(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a signature line: the name, a dash, the home, a dash, the phone
    ("Đèn đường ở đầu ngõ 3 Phan Phù Tiên chập chờn cả tuần.\nEm Thủy - 14 ngõ 3 Phan Phù Tiên - 0349 226 871",
     ("Thủy", "14", "0349 226 871"), ("Đèn đường ở đầu ngõ 3 Phan Phù Tiên",)),
    ("Hố ga ngõ 12 Đại La mất nắp.\nChị Nguyễn Thị Hằng – 27B ngõ 12 Đại La", ("Nguyễn Thị Hằng", "27B"),
     ("Hố ga ngõ 12 Đại La",)),
]))
def test_a_home_after_a_signed_name_and_a_dash_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # minutes: the citizen's flat in brackets is her home; what she reports after the bracket is elsewhere
    ("Bà Cù Thị Duyên (căn 3 dãy C khu tập thể Bưu điện) phản ánh rãnh nước sau chợ Xanh bốc mùi.",
     ("Cù Thị Duyên", "căn 3 dãy C"), ("khu tập thể Bưu điện", "rãnh nước sau chợ Xanh")),
    ("Ông Kim Văn Lộc (phòng 12 nhà B4) đề nghị sửa cầu thang nhà B4 bị sụt bậc.",
     ("Kim Văn Lộc", "phòng 12 nhà B4"), ("cầu thang nhà B4",)),
]))
def test_a_flat_in_brackets_after_a_person_is_their_home(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_flat_told_inside_a_bracket_about_its_tenant_can_still_be_the_site():
    # p-3257's shape: the bracket says who rents the flat; the dog barking there makes it the site
    gone("Tôi đã gặp anh Tom (người nước ngoài thuê căn 1203) nhắc việc để chó sủa suốt đêm.", keep=("căn 1203",))


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "trước số nhà 15" locates the pothole on the public street: kept; the writer's own number goes
    ("Ổ gà trước số nhà 15 đường Nguyễn An Ninh to như cái chậu.", (), ("Ổ gà trước số nhà 15 đường Nguyễn An Ninh",)),
    ("Ổ gà trước số nhà 15 đường Tam Trinh sâu hơn 20cm, nhà tôi ở số nhà 21 cùng đường.", ("số nhà 21",),
     ("Ổ gà trước số nhà 15 đường Tam Trinh",)),
    ("Cột điện trước số nhà 88 Nguyễn Lương Bằng bị xe tải đâm nghiêng. Nhà tôi cách đó hai nhà (số nhà 92).",
     ("số nhà 92",), ("Cột điện trước số nhà 88 Nguyễn Lương Bằng",)),
]))
def test_a_house_number_as_a_landmark_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
