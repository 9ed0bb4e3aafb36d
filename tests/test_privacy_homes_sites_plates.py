"""The detectors of core/privacy on the writings of the tuning items p-2690 … p-2739 (homes in every form beside
the site of the problem, written blind): a witness's bare number before "đối diện", a workshop opened in a home, a
number where scrap dealers park, "phòng 205, sợ lắm", waste dumped onto the writer's own land; a plate followed by
the next sentence's "Nhà tôi", a vehicle bought; "ở K12/5 Hoàng Diệu" and "gần cầu Lạc Long" as places; and the
scrap-buying advert rule that a complaint about scrap dealers must not trip. With and without diacritics."""

from __future__ import annotations

import sys

import pytest

from ward import ROOT, gone

sys.path.insert(0, str(ROOT / "bench"))
import flags_eval

# -- homes and sites -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,personal,keep", [
    # a witness's home as a bare number after "nhà", before "đối diện" / "bên cạnh" / "kế bên"
    ("toi bi mat xe dap o truoc cong cho Hom. ba Hoa o nha 12B doi dien cong cho thay het.", ("12B",),
     ("truoc cong cho Hom",)),
    ("Tôi bị mất xe đạp ở trước cổng chợ Hôm. Bà Hoa ở nhà 12B đối diện cổng chợ thấy hết.", ("12B",),
     ("trước cổng chợ Hôm",)),
    ("Chú Tám ở nhà 27/4 kế bên bãi xe thấy người lấy trộm.", ("27/4",), ("bãi xe",)),
    ("chu Tam o nha 27/4 ke ben bai xe thay nguoi lay trom.", ("27/4",), ("bai xe",)),
    # a workshop opened in a home is the site; the writer's home two doors away goes
    ("Ông Khuê ở số 40 ngõ 61 Lạc Trung mở xưởng sơn trong nhà, mùi sơn nồng nặc. Nhà em là nhà số 44.",
     ("số 44",), ("số 40 ngõ 61 Lạc Trung",)),
    ("ong Khue o so 40 ngo 61 Lac Trung mo xuong son trong nha, mui son nong nac. nha em la nha so 44.",
     ("so 44",), ("so 40 ngo 61 Lac Trung",)),
    # scrap dealers parking and sorting at a number: that number is the site
    ("mấy ông thu mua phế liệu đậu xe ba gác ở số 3 ngõ Trạm cả ngày, chiếm hết lối đi. nhà em số 1 đầu ngõ.",
     ("số 1",), ("số 3 ngõ Trạm",)),
    ("may ong thu mua phe lieu dau xe ba gac o so 3 ngo Tram ca ngay, chiem het loi di. nha em so 1 dau ngo.",
     ("so 1",), ("so 3 ngo Tram",)),
    # waste dumped onto the writer's own land: a private dispute, the neighbour's number goes
    ("Nhà hàng xóm số nhà 21 cứ đổ rác sang mảnh đất trống của tôi, báo phường ba lần rồi.", ("số nhà 21",), ()),
    ("nha hang xom so nha 21 cu do rac sang manh dat trong cua toi, bao phuong ba lan roi.", ("so nha 21",), ()),
])
def test_homes_go_and_sites_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,room", [
    # "sợ lắm" after the room folds to "so lam": fear, not a department ("Sở")
    ("co be o phong 203 bi danh. toi la hang xom phong 205, so lam.", "phong 205"),
    ("Cô bé ở phòng 203 bị đánh. Tôi là hàng xóm phòng 205, sợ lắm.", "phòng 205"),
])
def test_a_room_before_fear_is_a_home(text, room):
    gone(text, room)


def test_a_room_of_a_department_still_stays():
    gone("Tôi đã nộp hồ sơ ở phòng 205, Sở Tư pháp mà chưa có kết quả.", keep=("phòng 205",))


# -- places that look like names -----------------------------------------------------------------------------


@pytest.mark.parametrize("text,personal,keep", [
    # a Đà Nẵng kiệt number before a street named after a person
    ("nha em o K12/5 Hoang Dieu, kiet 12 Hoang Dieu den duong hu het 3 thang roi.", ("K12/5",),
     ("kiet 12 Hoang Dieu",)),
    ("Nhà em ở K12/5 Hoàng Diệu, kiệt 12 Hoàng Diệu đèn đường hư hết 3 tháng rồi.", ("K12/5",),
     ("kiệt 12 Hoàng Diệu",)),
    # a bridge "gần cầu" written without diacritics is no uncle ("cậu")
    ("xe tai do trom dat xuong ven song Tam Bac doan gan cau Lac Long.", (), ("gan cau Lac Long",)),
    ("Xe tải đổ trộm đất xuống ven sông Tam Bạc đoạn gần cầu Lạc Long.", (), ("gần cầu Lạc Long",)),
])
def test_places_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


# -- plates --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Công trình ở số 5 đổ bê tông đến 3h sáng, xe bồn biển 29C-318.66 nổ máy suốt đêm. Nhà tôi là số 7, sát bên.",
    "cong trinh o so 5 do be tong den 3h sang, xe bon bien 29C-318.66 no may suot dem. nha toi la so 7, sat ben.",
])
def test_a_plate_is_not_the_writers_for_what_the_next_sentence_says(text):
    gone(text, keep=("29C-318.66",))


@pytest.mark.parametrize("text", [
    "Tôi bị lừa mua chiếc xe máy cũ biển 29D1-552.07 qua Facebook, chuyển khoản rồi mà không được giao xe.",
    "toi bi lua mua chiec xe may cu bien 29D1-552.07 qua Facebook, chuyen khoan roi ma khong duoc giao xe.",
])
def test_a_vehicle_bought_is_a_private_one(text):
    gone(text, "29D1-552.07")


# -- the scrap-buying advert rule ----------------------------------------------------------------------------


@pytest.mark.parametrize("text,flags", [
    ("mấy ông thu mua phế liệu đậu xe ba gác ở số 3 ngõ Trạm cả ngày, chiếm hết lối đi.", []),
    ("may ong thu mua phe lieu dau xe ba gac o so 3 ngo Tram ca ngay, chiem het loi di.", []),
    ("Thu mua phế liệu giá cao tận nơi, có mặt sau 15 phút. Gọi 0912 345 678.", ["spam"]),
    ("thu mua phe lieu gia cao tan noi, co mat sau 15 phut. goi 0912 345 678.", ["spam"]),
])
def test_scrap_dealers_blocking_a_path_are_no_advert(text, flags):
    rules = flags_eval.ruleset()
    assert flags_eval.flags_of(rules, {"id": "t", "channel": "form", "subject": "", "text": text}) == flags


# -- probes beyond the batch: the same classes in other wordings ----------------------------------------------


@pytest.mark.parametrize("text,personal,keep", [
    # a lot's code in a new urban area, the writer's or their parents' (a public lot of that code stays)
    ("Nhà em liền kề LK3-12 khu đô thị Văn Quán, đường nội bộ ngập.", ("LK3-12",), ("khu đô thị Văn Quán",)),
    ("nha em lien ke LK3-12 khu do thi Van Quan, duong noi bo ngap.", ("LK3-12",), ("khu do thi Van Quan",)),
    ("Bố mẹ tôi ở biệt thự BT5-12 khu Linh Đàm, cây đổ chắn đường nội bộ.", ("BT5-12",), ()),
    ("bo me toi o biet thu BT5-12 khu Linh Dam, cay do chan duong noi bo.", ("BT5-12",), ()),
    ("Nhà tôi ở căn góc lô 9 khu đấu giá Vạn Phúc.", ("lô 9",), ("khu đấu giá Vạn Phúc",)),
    ("nha toi o can goc lo 9 khu dau gia Van Phuc.", ("lo 9",), ("khu dau gia Van Phuc",)),
    ("Lô LK3-12 khu đô thị Văn Quán bỏ hoang, cỏ mọc cao.", (), ("Lô LK3-12 khu đô thị Văn Quán",)),
    ("lo LK3-12 khu do thi Van Quan bo hoang, co moc cao.", (), ("lo LK3-12 khu do thi Van Quan",)),
    # the writer's home after a comma, the site in the clause before it
    ("Kho hàng tại số 140 Kim Giang để hóa chất, tôi ở số 142.", ("số 142",), ("Kho hàng tại số 140 Kim Giang",)),
    ("kho hang tai so 140 Kim Giang de hoa chat, toi o so 142.", ("so 142",), ("kho hang tai so 140 Kim Giang",)),
    # "trước cửa nhà số 56" locates the manhole, as "trước số 80" does
    ("Trước cửa nhà số 56 Trần Phú có hố ga hở nắp.", (), ("Trước cửa nhà số 56 Trần Phú",)),
    ("truoc cua nha so 56 Tran Phu co ho ga ho nap.", (), ("truoc cua nha so 56 Tran Phu",)),
    # a flat let out as an office or a store, a room crammed with lodgers: the site
    ("Căn hộ 1203 tòa A2 cho thuê làm văn phòng, người ra vào ồn ào cả đêm.", (), ("Căn hộ 1203 tòa A2",)),
    ("can ho 1203 toa A2 cho thue lam kho chua hang, nguoi ra vao on ao ca dem.", (), ("can ho 1203 toa A2",)),
    ("Phòng 305 dãy trọ bà Tư cho 10 người ở, không đăng ký tạm trú.", (), ("Phòng 305",)),
    ("phong 305 day tro ba Tu cho 10 nguoi o, khong dang ky tam tru.", (), ("phong 305",)),
])
def test_lots_flats_and_homes_in_other_wordings(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text", [
    "Tôi muốn đăng ký sang tên xe máy biển 29H1-777.88 mua lại của người quen.",
    "toi muon dang ky sang ten xe may bien 29H1-777.88 mua lai cua nguoi quen.",
])
def test_a_vehicle_changing_hands_is_a_private_one(text):
    gone(text, "29H1-777.88")


@pytest.mark.parametrize("text,plate", [
    # a driver for hire beaten: the victim's vehicle
    ("Chồng tôi chạy Grab, xe 59X2-456.78, bị nhóm xe ôm truyền thống đánh ở bến xe Miền Đông.", "59X2-456.78"),
    ("chong toi chay Grab, xe 59X2-456.78, bi nhom xe om truyen thong danh o ben xe Mien Dong.", "59X2-456.78"),
    # the writer parked it before a gate: still the writer's
    ("Tôi đỗ xe ô tô biển 30A-555.44 trước cổng chợ thì bị phạt.", "30A-555.44"),
    ("toi do xe o to bien 30A-555.44 truoc cong cho thi bi phat.", "30A-555.44"),
])
def test_victims_and_writers_plates_go(text, plate):
    gone(text, plate)


@pytest.mark.parametrize("text", [
    "Xe ô tô biển 30E-456.12 đỗ trước cổng nhà tôi cả tuần không di chuyển, không biết của ai.",
    "xe o to bien 30E-456.12 dau truoc cong nha toi ca tuan khong di chuyen, khong biet cua ai.",
])
def test_a_car_left_before_a_gate_is_the_subject(text):
    gone(text, keep=("30E-456.12",))


@pytest.mark.parametrize("text,number", [
    ("đ/c số 7 ngõ 1 Láng", "số 7"),
    ("d/c so 7 ngo 1 Lang", "so 7"),
])
def test_an_address_abbreviated_without_colon(text, number):
    gone(text, number, keep=("ngõ 1 Láng" if "õ" in text else "ngo 1 Lang",))


@pytest.mark.parametrize("text,number", [
    # a relative's home said by "của chú tôi" after the number, damaged by a building site next door
    ("Căn nhà số 12 của chú tôi ở hẻm 8 bị nứt do công trình bên cạnh.", "số 12"),
    ("can nha so 12 cua chu toi o hem 8 bi nut do cong trinh ben canh.", "so 12"),
    ("Nhà số 40 của bà ngoại em bị nước ngập.", "số 40"),
    ("nha so 40 cua ba ngoai em bi nuoc ngap.", "so 40"),
])
def test_a_relatives_home_named_after_the_number(text, number):
    gone(text, number)


@pytest.mark.parametrize("text,personal,keep", [
    # a sentence opening on the place it tells of: the number is the site
    ("Tại số 5 ngõ 7 có người bán ma túy, đề nghị công an kiểm tra.", (), ("số 5 ngõ 7",)),
    ("tai so 5 ngo 7 co nguoi ban ma tuy, de nghi cong an kiem tra.", (), ("so 5 ngo 7",)),
    ("Ở số 24 ngách 6 có đám cưới dựng rạp chiếm hết ngách.", (), ("số 24 ngách 6",)),
    ("o so 24 ngach 6 co dam cuoi dung rap chiem het ngach.", (), ("so 24 ngach 6",)),
    # ... unless it says it is the writer's home
    ("Ở số 5 ngõ 7 là nhà tôi, đèn ngõ 7 hỏng.", ("số 5",), ("ngõ 7",)),
    ("o so 5 ngo 7 la nha toi, den ngo 7 hong.", ("so 5",), ("ngo 7",)),
    # a home let out as a workshop is the site
    ("Em ở gần đó, thấy nhà số 22 ngõ 3 cho thuê làm xưởng may, máy chạy cả đêm.", (), ("nhà số 22 ngõ 3",)),
    ("em o gan do, thay nha so 22 ngo 3 cho thue lam xuong may, may chay ca dem.", (), ("nha so 22 ngo 3",)),
])
def test_a_sentence_opening_on_a_number_tells_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,number", [
    # a residence field without "Nơi" / "Địa chỉ" before it
    ("Hộ khẩu: số 5 tổ 7 phường Yên Sở", "số 5"),
    ("ho khau: so 5 to 7 phuong Yen So", "so 5"),
    ("Thường trú: 112/4 Nguyễn Văn Cừ, Q5", "112/4"),
    ("thuong tru: 112/4 Nguyen Van Cu, Q5", "112/4"),
])
def test_a_residence_field_holds_a_home(text, number):
    gone(text, number)


def test_a_household_register_spoken_of_holds_no_number():
    gone("Sổ hộ khẩu có 4 người, tôi cần tách hộ khẩu.", keep=("4 người",))


@pytest.mark.parametrize("text,keep", [
    # numbers of a bus line, a map sheet and a project's lot are no homes, even after "tôi ở"
    ("Tôi ở gần bến xe buýt số 32, xe buýt số 32 bỏ bến.", "xe buýt số 32"),
    ("toi o gan ben xe buyt so 32, xe buyt so 32 bo ben.", "xe buyt so 32"),
    # (a family's parcel, "Thửa đất số 215 tờ bản đồ số 12 của gia đình tôi", is a home address since p-3646: `landlots`)
    ("Thửa đất số 215 tờ bản đồ số 12 bỏ hoang, cỏ mọc um tùm.", "tờ bản đồ số 12"),
    ("thua dat so 215 to ban do so 12 bo hoang, co moc um tum.", "to ban do so 12"),
    ("Nhà tôi ở khu 3, lô đất số 7 dự án công viên bị bỏ hoang.", "lô đất số 7 dự án công viên"),
    ("nha toi o khu 3, lo dat so 7 du an cong vien bi bo hoang.", "lo dat so 7 du an cong vien"),
])
def test_numbers_of_bus_lines_maps_and_public_lots_stay(text, keep):
    gone(text, keep=(keep,))
