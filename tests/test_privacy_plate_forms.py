"""The detectors of core/privacy on the tuning items p-4710 … p-4739 (plates in every form: "29A-123.45", "30E1 234 56",
"bks 29-B1 567.89", "BKS: 98B3-123.45", "29a12345", split over a line; offenders' plates stay, private people's go,
beside numbers that are no plates): the writer introduced as "chủ xe" owns the car; a vehicle towed away right
before its plate is the family's, and so is the home before which it was parked; "nút giao X – Y" names two streets;
an unmarked "Duong X" followed by "doan truoc/gan/…" is a street's stretch, not Mr Dương; a plate wrapped onto the
next line after "(BKS:" is read with its lead-in. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi tên là Đặng Văn Toàn, chủ xe ô tô biển 30E-518.27. Tôi nhận được thông báo phạt nguội nhưng hôm đó xe "
     "đang ở xưởng.", ("Đặng Văn Toàn", "30E-518.27"), ()),
    ("Em là Vũ Thị Hằng, chủ xe máy BKS 29-F1 380.55, xin hỏi thủ tục cấp lại giấy đăng ký xe.",
     ("Vũ Thị Hằng", "29-F1 380.55"), ()),
]))
def test_the_writer_introduced_as_the_vehicles_owner_loses_its_plate(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Sáng 02/12 mẹ em để xe máy ở trước cổng nhà số 23 ngõ 5 phố Hoàng Quốc Việt thì bị đội trật tự kéo đi, xe biển "
     "29E1 402.77, không ai báo trước.", ("29E1 402.77", "số 23"), ("ngõ 5 phố Hoàng Quốc Việt",)),
    ("Bố tôi đỗ ô tô trước cửa nhà số 8 ngõ 12 phố Chùa Láng một lúc thì bị cẩu đi, xe 30L-264.81.",
     ("30L-264.81", "số 8"), ("ngõ 12 phố Chùa Láng",)),
]))
def test_a_family_vehicle_towed_from_before_its_home_loses_plate_and_number(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe máy của tôi đỗ đúng chỗ nhưng bị đội trật tự cẩu đi, trong khi chiếc ô tô biển 30L-555.66 đỗ trên vạch cấm "
     "ngay cổng chợ Mơ thì không ai xử lý.", (), ("30L-555.66",)),
    ("Ô tô biển 30K-482.17 đỗ chắn ngang ngõ 58 phố Trần Cung cả đêm, sáng nay đã bị cẩu đi, xe 30K-482.17 lại quay "
     "về đỗ.", (), ("30K-482.17", "ngõ 58 phố Trần Cung")),
]))
def test_an_offenders_plate_stays_beside_a_towing(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Ô tô con biển 29a12345 sáng nào cũng đỗ ở điểm dừng xe buýt tuyến 32, xe buýt phải dừng giữa đường.",
     (), ("29a12345", "tuyến 32")),
    ("Xe ô tô con màu trắng biển 30A-\n567.12 đỗ trên vỉa hè trước số 45 phố Nguyễn Khang cả tuần nay.",
     (), ("30A-\n567.12", "trước số 45 phố Nguyễn Khang")),
    ("Đêm 30/11 có 2 xe đua, 1 xe bks 29-B1 567.89 và 1 xe 29X3 04521, chạy trên 100km/h trên QL1A.",
     (), ("29-B1 567.89", "29X3 04521", "QL1A")),
]))
def test_offenders_plates_stay_in_every_writing(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi đang dừng đèn đỏ ở nút giao Nguyễn Trãi – Khuất Duy Tiến thì thấy xe khách vượt đèn.", (),
     ("nút giao Nguyễn Trãi – Khuất Duy Tiến",)),
    ("Va chạm ở nút giao Láng - Trần Đăng Khoa lúc 7h45, xe tôi biển 29K1-221.09 bị quệt.", ("29K1-221.09",),
     ("nút giao Láng - Trần Đăng Khoa",)),
]))
def test_the_second_street_of_a_nut_giao_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("1. Đường Chiến Thắng đoạn trước hồ Văn Quán đêm nào cũng có đua xe.", (), ("Đường Chiến Thắng",)),
    ("2. Đường Lê Đức Thọ đoạn gần sân vận động Mỹ Đình hỏng đèn.", (), ("Đường Lê Đức Thọ",)),
    ("Ông Dương Văn Hải đoàn kết với xóm, nhờ phường khen thưởng.", ("Dương Văn Hải",), ()),
]))
def test_an_unmarked_duong_before_a_stretch_is_a_street(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Khoảng 17h15 ngày 01/12/2026, tôi đi xe máy trên phố Xuân Thủy (BKS:\n98B3-123.45) thì bị một ô tô quệt vào.",
     ("98B3-123.45",), ("phố Xuân Thủy",)),
]))
def test_the_writers_plate_wrapped_after_its_lead_in_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_an_offenders_field_on_its_own_line_keeps_its_plate():
    gone("Biển số xe vi phạm:\n30A-123.45\nĐịa điểm: đầu ngõ 58 phố Trần Cung", keep=("30A-123.45",))
