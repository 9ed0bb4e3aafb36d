"""The detectors of core/privacy on the tuning items p-4110 … p-4139 (homes of the writer, a relative or a neighbour
told colloquially, as citizens type them on a phone: "sn 45", "nhà e ở 27/3", "căn hộ 1203 tòa B", "phòng trọ số 6",
beside the site whose address stays). The round was scored 100 % blind, so no detector changed: these tests pin
what the redactor already does with those wordings. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà em ở sn 45 ngõ 27 phố Minh Khai. Cái bể phốt nhà số 41 ngõ 27 bị vỡ, nước thải tràn ra ngõ.",
     ("sn 45",), ("bể phốt nhà số 41 ngõ 27", "phố Minh Khai")),
    ("Em ở SN 9 ngõ 4 tổ 7. Mương thoát nước chạy dọc ngõ 4 tổ 7 bị tắc cả tuần.",
     ("SN 9",), ("Mương thoát nước chạy dọc ngõ 4 tổ 7",)),
]))
def test_the_writers_sn_number_goes_beside_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà e ở 27/3 đường Lê Lợi, kế bên là cái xưởng hàn sắt 27/5 làm từ 6h sáng đến 10h đêm, tiếng ồn đinh tai.",
     ("27/3",), ("xưởng hàn sắt 27/5", "đường Lê Lợi")),
    ("Nhà e ở 118/7 đường Lý Thường Kiệt. Bãi đất trống đầu hẻm 118 bị người ta đổ rác rồi đốt.",
     ("118/7",), ("Bãi đất trống đầu hẻm 118",)),
]))
def test_a_bare_slashed_number_after_nha_e_o_is_the_writers_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi ở căn hộ 1203 tòa B chung cư Hồng Hà Tower. Thang máy số 2 tòa B tháng này hỏng 4 lần, một cụ bà ở căn hộ "
     "1205 bị kẹt bên trong.", ("căn hộ 1203 tòa B", "căn hộ 1205"), ("Thang máy số 2 tòa B", "chung cư Hồng Hà Tower")),
    ("Em ở căn 905 tòa CT1 khu đô thị Linh Đàm. Hầm B1 tòa CT2 cứ mưa to là ngập.",
     ("căn 905 tòa CT1",), ("Hầm B1 tòa CT2", "khu đô thị Linh Đàm")),
]))
def test_flats_of_the_writer_and_a_neighbour_go_while_the_buildings_lift_or_basement_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("E là sinh viên, ở phòng trọ số 6 xóm trọ ngõ 91 Tam Trinh. Trước cổng ngõ 91 Tam Trinh có bãi xe tự phát "
     "chiếm hết vỉa hè.", ("phòng trọ số 6",), ("Trước cổng ngõ 91 Tam Trinh",)),
    ("Thằng em họ e ở phòng trọ số 4 dãy trọ bà Tám ngay cạnh bãi đất trống cuối ngõ 73 phố Lĩnh Nam, tối nào cũng "
     "có người lạ tụ tập.", ("phòng trọ số 4", "Tám"), ("bãi đất trống cuối ngõ 73 phố Lĩnh Nam",)),
]))
def test_a_lodging_room_goes_beside_a_public_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà hàng xóm ở sn 31 ngõ 9 phố Tân Mai đêm nào cũng hát karaoke. Nhà cháu ở sn 33 sát vách, ông nội cháu mất "
     "ngủ.", ("sn 33",), ("Nhà hàng xóm ở sn 31 ngõ 9 phố Tân Mai",)),
    ("Nhà số 14 ngõ 3 phố Kim Hoa nuôi 5 con chó thả rông, sáng nào cũng phóng uế trước cửa nhà bà Liên số 16 và nhà "
     "tôi số 18.", ("Liên", "số 16", "số 18"), ("Nhà số 14 ngõ 3 phố Kim Hoa",)),
]))
def test_the_neighbour_causing_the_nuisance_keeps_its_number_the_ones_suffering_it_lose_theirs(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cây xà cừ trước số 80 đường Trần Cung bị nghiêng. Nhà mẹ tôi ở nhà số 5 ngõ 120 Trần Cung ngay đối diện.",
     ("số 5",), ("Cây xà cừ trước số 80 đường Trần Cung", "ngõ 120 Trần Cung")),
    ("Ổ gà lớn ở đầu ngõ 35 phố Khương Hạ, bố tôi ở số 11 ngõ 35 đi xe máy sập ổ gà ngã.",
     ("số 11",), ("Ổ gà lớn ở đầu ngõ 35 phố Khương Hạ",)),
]))
def test_a_relatives_home_goes_beside_a_site_on_the_street(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà số 30 ngõ 6 phố Đại Từ được chủ nhà là ông Vượng cho thuê làm kho chứa bình gas. Ông Vượng nay ở căn hộ "
     "2104 tòa HH2 khu Đại Kim. Nhà tôi ở số 28 sát vách.",
     ("Vượng", "căn hộ 2104 tòa HH2", "số 28"), ("Nhà số 30 ngõ 6 phố Đại Từ", "khu Đại Kim")),
]))
def test_an_absent_owners_flat_elsewhere_goes_while_the_rented_site_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
