"""What the review of merge-47's later privacy changes found (review 50p, findings 1-4), each now a specification, with
and without diacritics: "mở loa" makes a number the problem site only with a nuisance right after it (not the ward's
loudspeaker, nor one the resident hears or asks for); "nhà bà Em" (a person named Em) is no relative's home, while
"nhà mẹ tôi" still is; a place, a shop, a month or a street named after a famous person before "(ngõ N)" at a letter's
end is no signature, while a writer's name there still goes; the head of the ward's order team after a vendor's name
and a comma names the team that came to the vendor, unless the clause ends there."""

from __future__ import annotations

import pytest

from ward import each_way_cases, gone


# Finding 1: homes._SITE_AFTER "mở loa"
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi ở số 12 ngõ 5 đề nghị phường mở loa thông báo lịch tiêm phòng dại cho chó mèo.", ("số 12",),
     ("ngõ 5", "mở loa thông báo")),
    ("Gia đình tôi ở số 20 ngõ 4 xin phường mở loa đọc thông báo sớm hơn.", ("số 20",), ("ngõ 4",)),
    ("Em sống ở số 40 ngõ 7 nhưng loa phường không mở loa nên em không biết lịch họp.", ("số 40",), ("ngõ 7",)),
    ("Tôi tên Hà ở số 10 ngõ 3 sáng nay tổ dân phố mở loa kêu gọi ủng hộ bão lụt.", ("số 10",), ("ngõ 3",)),
    # the sufferer's home, a third party's
    ("Bà Lan ở số 7 ngõ 3 phàn nàn hàng xóm mở loa cả đêm.", ("số 7",), ("ngõ 3",)),
    ("Ông Tư ở số 33 ngõ 2 nhờ tôi phản ánh việc quán bia đầu ngõ mở loa quá to.", ("số 33",), ("ngõ 2",)),
    ("Cô giáo của cháu ở số 9 ngõ 6 kể lại là lớp bên cạnh mở loa.", ("số 9",), ("ngõ 6",)),
]))
def test_a_loudspeaker_heard_or_asked_for_makes_no_site_of_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà số 45 ngõ 12 mở loa kẹo kéo hát đến khuya.", (), ("số 45",)),
    ("Nhà số 45 ngõ 12 tối nào cũng mở loa to, hàng xóm không ngủ được.", (), ("số 45",)),
    ("Nhà số 45 ngõ 12 mở loa hết cỡ đến 2h sáng.", (), ("số 45",)),
    ("Quán nhậu ở số 2 ngõ 64 vẫn mở loa tới 1h sáng.", (), ("số 2 ngõ 64",)),
    ("Ông Tư ở số 33 ngõ 2 hay mở loa to vào buổi trưa.", ("Tư",), ("số 33",)),
    ("Anh Nam ở số 27 ngõ 8 là người hay mở loa karaoke.", ("Nam",), ("số 27",)),
]))
def test_a_loudspeaker_played_as_a_nuisance_still_makes_the_number_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


# Finding 2: the writer's or a relative's home right before the number (sitecues.own_home_before)
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà bà Em ở số 8 ngõ 4 lấn chiếm vỉa hè bày bán hàng.", (), ("số 8",)),
    ("Nhà bà Em ở số 8 ngõ 4 nuôi 30 con lợn bốc mùi.", (), ("số 8",)),
    ("Nhà ông Em ở số 8 ngõ 4 xây nhà lấn ra ngõ.", (), ("số 8",)),
]))
def test_a_person_named_em_is_no_relative_of_the_writer(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà mẹ tôi ở số 20 ngõ 5 bị bên cạnh xây lấn.", ("số 20",), ("ngõ 5",)),
    ("Xưởng gỗ ở số 12 chạy cả đêm, nhà mẹ tôi ở số 14 ngày nào cũng hít bụi bay sang.", ("số 14",), ("số 12",)),
    ("Quán karaoke ở số 18, nhà bố tôi ở số 20 đêm nào cũng nghe hát đến 1 giờ.", ("số 20",), ("số 18",)),
    ("Nhà bố tôi ở số 20 sát quán karaoke đêm nào cũng mất ngủ.", ("số 20",), ("quán karaoke",)),
    ("Nhà bố mẹ tôi ở số 12 ngõ 40 phố Kim Giang, tôi muốn hỏi thủ tục tách hộ.", ("số 12",), ("ngõ 40",)),
]))
def test_a_relatives_home_told_by_the_writer_still_loses_its_number(text, personal, keep):
    gone(text, *personal, keep=keep)


# Finding 3: closings._LANE_TRAILING, "Name (ngõ N)" at a letter's end
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đèn đường hỏng cả tuần nay. Chùa Hà (ngõ 5)", (), ("Chùa Hà (ngõ 5)",)),
    ("Karaoke hát tới 2 giờ sáng. Karaoke Hoàng Gia (ngõ 91)", (), ("Karaoke Hoàng Gia (ngõ 91)",)),
    ("Quán ồn quá. Phở Thìn (ngõ 13)", (), ("Phở Thìn (ngõ 13)",)),
    ("Nhờ phường xem giúp. Gara Minh Tuấn (ngõ 12)", (), ("Gara Minh Tuấn (ngõ 12)",)),
    ("Biển quảng cáo sắp rơi. Tiệm Vàng Kim Thành (ngõ 15)", (), ("Tiệm Vàng Kim Thành (ngõ 15)",)),
    # streets named after famous people
    ("Ổ gà rất sâu, xe máy ngã liên tục. Lê Thanh Nghị (ngõ 91)", (), ("Lê Thanh Nghị (ngõ 91)",)),
    ("Đoạn này ngập nặng nhất. Nguyễn Trãi (ngõ 175)", (), ("Nguyễn Trãi (ngõ 175)",)),
    ("Dây điện võng thấp. Tô Hiến Thành (ngõ 5)", (), ("Tô Hiến Thành (ngõ 5)",)),
]))
def test_a_place_or_a_street_before_the_lane_at_the_end_is_no_signature(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Nước ngập sâu trước cổng. Trường Tô Hoàng (ngõ 12)", (), ("Trường Tô Hoàng (ngõ 12)",)),
    ("Quán mở loa tới khuya. Quán Bà Béo (ngõ 91)", (), ("Quán Bà Béo (ngõ 91)",)),
    ("Nhờ phường kiểm tra giúp. Cầu Giấy (ngõ 12)", (), ("Cầu Giấy (ngõ 12)",)),
    ("Mong phường sớm xử lý. Tháng Mười (ngõ 8)", (), ("Tháng Mười (ngõ 8)",)),
    ("Quán ồn quá. Bánh Mì Phượng (ngõ 2)", (), ("Bánh Mì Phượng (ngõ 2)",)),
    ("Bãi rác tự phát lại xuất hiện. Hồ Ba Mẫu (ngõ 3)", (), ("Hồ Ba Mẫu (ngõ 3)",)),
    # without marks "Truong", "Quan", "Cau", "Thang", "Banh", "Ho" are also surnames or given names: still a signature
    ("Nuoc ngap sau truoc cong. Truong To Hoang (ngo 12)", ("Truong To Hoang",), ("(ngo 12)",)),
    ("Quan mo loa toi khuya. Quan Ba Beo (ngo 91)", ("Quan Ba Beo",), ("(ngo 91)",)),
    ("Nho phuong kiem tra giup. Cau Giay (ngo 12)", ("Cau Giay",), ("(ngo 12)",)),
    ("Mong phuong som xu ly. Thang Muoi (ngo 8)", ("Thang Muoi",), ("(ngo 8)",)),
])
def test_a_place_told_by_its_marked_first_word_before_the_lane_is_no_signature(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cảm ơn phường. Linh Chi (ngõ 91)", ("Linh Chi",), ("(ngõ 91)",)),
    ("Cảm ơn phường. Thu Hà (ngách 15/8)", ("Thu Hà",), ("(ngách 15/8)",)),
    ("Cảm ơn phường. Nguyễn Lan (ngõ 5)", ("Nguyễn Lan",), ("(ngõ 5)",)),
    ("Cảm ơn phường. Hồ Thu Trang (ngõ 5)", ("Hồ Thu Trang",), ("(ngõ 5)",)),
    ("Cảm ơn phường. Trương Mai (ngõ 5)", ("Trương Mai",), ("(ngõ 5)",)),
    ("Nhờ phường xem giúp. Chợ Lưu Kiếm (ngõ 91)", (), ("Chợ Lưu Kiếm (ngõ 91)",)),
]))
def test_the_writers_name_before_the_lane_at_the_end_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


# Finding 4: leadins.ROLE_AFTER, the head of the order team
@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Bà Nguyễn Thị Lan, đội trưởng đội trật tự đô thị phường đến tịch thu hết hàng của bà.", ("Nguyễn Thị Lan",),
     ("đội trưởng đội trật tự đô thị",)),
    ("Chị Lan, đội trưởng đội trật tự đô thị đến tịch thu hàng của chị ấy.", ("Lan",), ("đội trưởng",)),
    ("Bà Tư - đội trưởng trật tự đô thị đã thu hết xe của bà.", ("Tư",), ("đội trưởng",)),
    ("Bà bán nước chè Trần Thị Sen, đội trưởng đội trật tự đô thị phạt bà 2 triệu.", ("Trần Thị Sen",),
     ("bán nước chè",)),
]))
def test_a_vendor_named_before_the_team_head_who_came_still_loses_her_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Báo cáo phường, ông Kim Văn Hòa, đội trưởng đội trật tự đô thị phường, ông Hòa hẹn sẽ xử lý.", (),
     ("Kim Văn Hòa",)),
    ("Tôi đã gặp anh Lê Văn Tài, phó đội trưởng đội quản lý đô thị, anh Tài nói sẽ kiểm tra.", (), ("Lê Văn Tài",)),
    ("Vợ anh Hùng, đội trưởng đội trật tự đô thị, bán hàng lấn chiếm vỉa hè.", (), ("anh Hùng",)),
    ("Em gái anh Hùng đội trưởng đội trật tự đô thị bán hàng lấn chiếm vỉa hè.", (), ("anh Hùng",)),
    # the writer who is the head still goes
    ("Tôi là Trần Văn Hùng, đội trưởng đội trật tự đô thị phường, xin phản ánh việc lấn chiếm vỉa hè.",
     ("Trần Văn Hùng",), ("đội trưởng",)),
]))
def test_the_team_head_named_in_a_clause_of_his_own_keeps_his_name(text, personal, keep):
    gone(text, *personal, keep=keep)
