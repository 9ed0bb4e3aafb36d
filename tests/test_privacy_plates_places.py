"""The detectors of core/privacy on the tuning items p-3390 … p-3419 (licence plates and home addresses where real
letters put them): the writer's plate in a Form's vehicle field or in a list of the household's vehicles goes, and so
does a vehicle kept in a parking; the offender's plate beside it stays; "Phượng" signing a letter is a name, not the
ward; a home told by its place in a lane ("căn cuối hẻm 77/9") goes. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a Form's field for the writer's vehicle, the offender's plate in the complaint below it
    ("Họ và tên: Trịnh Thu Trang\nBiển số xe (nếu có): 30H-097.63\nNội dung phản ánh: Cổng ra vào hầm B1 thường xuyên "
     "bị ô tô biển 30E-412.70 đỗ chắn.", ("Trịnh Thu Trang", "30H-097.63"), ("30E-412.70",)),
    ("BKS: 29A-135.79\nNội dung: xin hỏi thủ tục đăng ký thẻ gửi xe tháng.", ("29A-135.79",), ()),
]))
def test_the_writers_vehicle_field_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a list of the household's vehicles under its heading
    ("Gia đình tôi có 2 xe cần đăng ký thẻ gửi dưới tầng hầm:\n- Xe máy Honda Vision BKS 29G1-803.56\n"
     "- Ô tô Kia Morning BKS 30F-921.04\nĐề nghị Ban quản trị giải trình mức phí.", ("29G1-803.56", "30F-921.04"), ()),
]))
def test_a_list_of_the_households_vehicles_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a list of offenders under a heading that says what they did stays
    ("Các xe đỗ chắn lối thoát hiểm tối qua:\n- 30A-975.31\n- 30G-554.09", (), ("30A-975.31", "30G-554.09")),
]))
def test_a_list_of_offenders_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a relative's motorbike kept in the building's parking
    ("Bố tôi có xe máy 29B2-701.38 vẫn gửi ở nhà xe của B7 nhưng nhà xe dột nát, mưa là ướt hết.", ("29B2-701.38",), ()),
]))
def test_a_vehicle_kept_in_a_parking_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # "Phượng" folds like "phường" but is a given name (without diacritics a lone "Phuong" may be the ward: not here)
    ("Cái mương đầu kiệt 27 hở hoác. Em là Phượng.", ("Phượng",), ("kiệt 27",)),
    ("Tôi là Phượng, ở tổ 3. Hoa phượng trước phường nở rồi.", ("Phượng",), ("Hoa phượng trước phường",)),
])
def test_phuong_with_the_heavy_tone_is_a_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the writer's home by its place in a sub-lane
    ("Đèn đầu hẻm 77 Bùi Đình Túy hư cả tháng. Nhà tui căn cuối hẻm 77/9.", ("căn cuối hẻm 77/9",),
     ("hẻm 77 Bùi Đình Túy",)),
    ("Nhà em ở căn thứ ba trong ngõ 4 phố Huế, ngõ này mất điện từ sáng.", ("căn thứ ba trong ngõ 4",), ("phố Huế",)),
]))
def test_a_home_told_by_its_place_in_a_lane_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the same words opening a sentence are the site
    ("Căn cuối hẻm 5 bị cháy, khói bay khắp hẻm.", (), ("Căn cuối hẻm 5",)),
]))
def test_a_house_in_a_lane_with_no_one_home_before_it_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a Southern slash number with a letter on the address line; the street after it is named after a person
    ("Họ tên: Lâm Ngọc Hân\nĐịa chỉ: 128/3A Phan Đăng Lưu, phường Bình Thạnh\nNội dung: Đèn đường trước chợ Bà Chiểu "
     "tắt cả tuần.", ("Lâm Ngọc Hân", "128/3A"), ("Phan Đăng Lưu", "Đèn đường trước chợ Bà Chiểu")),
]))
def test_an_address_line_number_goes_and_its_street_stays(text, personal, keep):
    out = gone(text, *personal, keep=keep)
    assert "[số nhà] " in out and "]A " not in out, out  # the whole "128/3A", not "128/3" and a stray "A"


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "xe nhà tôi là" then the model and the plate: the model is no name
    ("Ô tô biển 30E-888.21 đỗ chắn ngang ngõ 72 suốt đêm. Xe nhà tôi là Innova 30A-113.47 phải để ngoài đường.",
     ("30A-113.47",), ("30E-888.21", "Innova")),
    # a person after "xe của tôi là" with no plate after is still a name
    ("Người đâm xe của tôi là Tuấn, 25 tuổi, rồi bỏ chạy.", ("Tuấn",), ()),
]))
def test_a_vehicles_model_before_its_plate_is_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)
