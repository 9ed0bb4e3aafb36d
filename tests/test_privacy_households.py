"""The detectors of core/privacy on the writings of the tuning items p-1910 … p-1979 (households listed with
nicknames, landlords and tenants, names that are also words, Form fields, unsafe lodgings as the site), each
case with and without diacritics: what goes, and what must stay."""

import pytest

from hopthu.core.flags import assess

from ward import gone

# -- homes -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,personal,keep", [
    # a quoted epithet between a household's name and its number
    ('Nước tràn vào các hộ: hộ bà Năm Lùn (số 5), hộ anh Tuấn "béo" (số 7) ở ngõ 6.',
     ("Năm Lùn", "số 5", "Tuấn", "số 7"), ("ngõ 6",)),
    ('nuoc tran vao cac ho: ho ba Nam Lun (so 5), ho anh Tuan "beo" (so 7) o ngo 6.',
     ("Nam Lun", "so 5", "Tuan", "so 7"), ("ngo 6",)),
    # the writer's home, told "nhà tui đối diện" before the number
    ("Xưởng mộc ở số 4 ngõ 9 kêu suốt ngày, nhà tui đối diện, số 7 ngõ 9.", ("số 7",), ("số 4 ngõ 9",)),
    ("xuong moc o so 4 ngo 9 keu suot ngay, nha tui doi dien, so 7 ngo 9.", ("so 7",), ("so 4 ngo 9",)),
])
def test_households_numbers_go_after_an_epithet_and_the_writers_own(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Họ tên: Mai Văn Tú. Địa chỉ: lô B3 khu tái định cư. Nội dung: đèn đường hỏng.", ("Mai Văn Tú", "lô B3"), ()),
    ("Ho ten: Chu Van Hoa. Dia chi: lo B7 khu do thi. Noi dung: cay do.", ("Chu Van Hoa", "Chu", "lo B7"), ()),
    ("tiếp bà Thu Hà (ở lô A5) và ông Lỗ Văn Phúc (lô A6)", ("lô A5", "lô A6", "Lỗ Văn Phúc"), ()),
    ("HO TEN: LE VAN AN. DIA CHI: PHONG 203 TANG 2 NHA TRO, NGO 4.", ("LE VAN AN", "PHONG 203 TANG 2"), ("NGO 4",)),
])
def test_lots_and_rooms_given_as_an_address_go(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,keep", [
    ("Dãy trọ số 9 ngõ 12 phố Vọng có dây điện câu mắc lộn xộn, rất dễ cháy.", "số 9 ngõ 12 phố Vọng"),
    ("De nghi kiem tra PCCC day tro so 25 ngo 70, day tro bi chay chap.", "so 25 ngo 70"),
    ("Địa chỉ nơi xảy ra: số 56 ngõ 31. Nội dung: thợ đục tường cả ngày.", "số 56 ngõ 31"),
    ("Ông ấy nuôi gà đá ngay trong nhà số 14/7 hẻm 14, gáy từ 3 giờ.", "số 14/7 hẻm 14"),
    ("ong ay nuoi ga da ngay trong nha so 14/7 hem 14, gay tu 3 gio.", "so 14/7 hem 14"),
])
def test_an_unsafe_lodging_a_sites_field_and_a_nuisance_at_home_keep_their_number(text, keep):
    gone(text, keep=(keep,))


def test_a_tenants_lodging_without_a_safety_problem_is_a_home():
    gone("Tôi ở phòng 3 nhà trọ số 9 ngõ 12 phố Vọng, xin hỏi thủ tục tạm trú.", "phòng 3", "số 9", keep=("ngõ 12 phố Vọng",))


def test_a_signed_list_numbers_its_items_not_houses():
    out = gone("Người ký: 1. Lò Thị Đông (phòng 3) 2. Vàng A Sình (phòng 5)", "Lò Thị Đông", "Vàng A Sình", "phòng 3")
    assert " 2. " in out, out


# -- names -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,personal,keep", [
    ("khu dân cư Đồng Me có nhiều chuột, khu tái định cư Vĩnh Lộc cũng vậy.", (), ("Đồng Me", "Vĩnh Lộc")),
    ("khu dan cu Dong Me co nhieu chuot, khu tai dinh cu Vinh Loc cung vay.", (), ("Dong Me", "Vinh Loc")),
    ("nha tro chua co binh chua chay, khong co binh cuu hoa.", (), ("binh chua chay",)),
    ("TOI DI LAM CA VE RAT SO.", (), ("LAM CA VE",)),
    ("Em là cháu ngoại, tên Yến ạ.", ("Yến",), ("cháu ngoại",)),
    ("Mẹ tôi nằm viện Bạch Mai, chú Hải bán sim thấy rõ.", ("Hải",), ("Bạch Mai",)),
    ("me toi nam vien Bach Mai, chu Hai ban sim thay ro.", ("Hai",), ("Bach Mai",)),
    ("Tối qua ở cổng chợ Đồng Xuân có vụ giật túi.", (), ("Đồng Xuân",)),
    ("toi qua o bai xe truoc cong cho Dong Xuan co vu giat tui.", (), ("Dong Xuan",)),
    ("Chúng tôi ở dãy nhà sát mương thoát nước Ba Xã, TDP 9.", (), ("Ba Xã",)),
])
def test_words_and_places_that_look_like_titles_and_names_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # the role's holder receives the person named next
    ("Ông Cao Văn Xuân, Phó Chủ tịch UBND phường, tiếp bà Tôn Nữ Thu Hà. Bà Hà phản ánh.",
     ("Tôn Nữ Thu Hà", "Hà"), ("Cao Văn Xuân",)),
    ("Ong Cao Van Xuan, Pho Chu tich UBND phuong, tiep ba Ton Nu Thu Ha. Ba Ha phan anh.",
     ("Ton Nu Thu Ha",), ("Cao Van Xuan",)),
    # a builders' team leader is no official; the TDP leader is
    ("Tổ trưởng đội thợ là anh Kiên, tôi đã báo tổ trưởng TDP 23 là bà Hằng.", ("Kiên",), ("Hằng",)),
    ("to truong doi tho la anh Kien, toi da bao to truong TDP 23 la ba Hang.", ("Kien",), ("Hang",)),
    # the place's name before the official's
    ("Kính gửi ông Chủ tịch UBND phường Lưu Kiếm Trịnh Xuân Bình. Mong ông Bình chỉ đạo.", (), ("Trịnh Xuân Bình", "ông Bình chỉ đạo")),
])
def test_officials_and_private_roles(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal", [
    ("Ông Ba Khía (tên thiệt là Lộc) đốt rác mỗi chiều.", ("Ba Khía", "Lộc")),
    ("ong Ba Khia (ten that la Loc) dot rac moi chieu.", ("Loc",)),
    ('Tôi nghe chúng gọi nhau là "Long Cao" và "Hùng Tí".', ("Long Cao", "Hùng Tí")),
    ('Toi nghe chung goi nhau la "Long Cao" va "Hung Ti".', ("Long Cao", "Hung Ti")),
    ("Xin phường tăng cường an ninh ngõ 47. Em - Lợi, 0983 227 150.", ("Lợi", "0983 227 150")),
    ("Xin phuong tang cuong an ninh ngo 47. Em - Loi, 0983 227 150.", ("Loi", "0983 227 150")),
    ("Người phản ánh: Vàng Seo Páo, công nhân.", ("Vàng Seo Páo",)),
])
def test_real_names_quoted_nicknames_and_a_signature_after_a_dash_go(text, personal):
    gone(text, *personal)


# -- plates and flags --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,plate", [
    ("Xe tải biển 29C-112.45 lùi vào va chạm xe máy của mẹ tôi ở cổng chợ.", "29C-112.45"),
    ("xe tai bien 29C-112.45 lui vao va cham xe may cua me toi o cong cho.", "29C-112.45"),
])
def test_the_plate_of_the_vehicle_that_hit_stays_beside_the_victims(text, plate):
    gone(text, keep=(plate,))


def test_a_man_named_nong_is_no_nude_photo_threat():
    cues = assess("", "Gia dinh chi Ha (so 10/2 hem 10) co chong la anh Nong Van An bi tai nan lao dong.")
    assert not cues.abuse, cues.why
    assert assess("", "Tao có ảnh nóng của con Hạnh, tung lên cho cả chợ xem.").abuse
