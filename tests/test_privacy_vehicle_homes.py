"""The detectors of core/privacy on the tuning items p-4230 … p-4259 (private vehicles' plates and homes in formal
letters and Form answers): "ô tô con" and "ô tô bán tải" name a kind of car, not the writer's child or friend, so an
offender's plate after them stays; a vehicle "đứng tên" a person, one stolen ("bị kẻ gian lấy trộm") and one whose fine
notice the family received are private; an unmarked "tháng" after a fee is no "thằng" before a name. With and without
diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Chiếc ô tô con màu bạc biển số 30K 215 48 thường xuyên đỗ qua đêm ở đầu ngõ 17 phố Hàng Chuối, chắn gần hết lối.",
     (), ("30K 215 48", "đầu ngõ 17 phố Hàng Chuối")),
    ("Một xe ô tô con biển 29A-774.10 đêm nào cũng đậu sát cổng trường Tiểu học Kim Đồng.",
     (), ("29A-774.10",)),
    ("Ông Khang ở số 40 ngõ 8 để chiếc ô tô bán tải biển 29D-313.62 chắn ngay lối vào ngách 8/2 suốt tuần.",
     ("Khang", "số 40"), ("29D-313.62", "ngách 8/2")),
]))
def test_an_offenders_plate_after_a_kind_of_car_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe đạp điện của con biển 29MĐ1-045.67 bị mấy thanh niên đạp ngã trước cổng trường.", ("29MĐ1-045.67",), ()),
    ("Xe máy của con tôi biển 29E1-556.20 bị quệt gãy gương ở đầu ngõ 12.", ("29E1-556.20",), ("đầu ngõ 12",)),
]))
def test_a_childs_vehicle_after_cua_con_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mẹ tôi là bà Trịnh Thị Oanh (đã mất) đứng tên chiếc ô tô 30G-402.81, nay xin hướng dẫn thủ tục thừa kế.",
     ("Trịnh Thị Oanh", "30G-402.81"), ()),
    ("Chồng tôi lấy chiếc xe máy 29P1-118.09 đứng tên chị gái tôi đi cầm đồ.", ("29P1-118.09",), ()),
]))
def test_a_vehicle_registered_to_a_person_is_private(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Gia đình em cảm ơn công an phường đã tìm lại chiếc xe máy biển 29H1-337.52 bị kẻ gian lấy trộm hôm 3/12.",
     ("29H1-337.52",), ()),
    ("Xe Wave biển 30Y5-210.46 của chú em bị một thanh niên lạ mặt lấy cắp ngay trước chợ Lưu Kiếm.",
     ("30Y5-210.46",), ("chợ Lưu Kiếm",)),
]))
def test_a_stolen_vehicle_told_later_in_the_sentence_is_private(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mẹ em nhận được tin nhắn báo xe ô tô biển 30A-581.26 bị phạt nguội lỗi vượt đèn đỏ, cho em hỏi nộp phạt ở đâu?",
     ("30A-581.26",), ()),
    ("Tôi vừa nhận thông báo xe máy 29B1-640.75 đã bị phạt nguội lỗi chạy quá tốc độ, xin hỏi thủ tục.",
     ("29B1-640.75",), ()),
]))
def test_a_fine_notice_the_family_received_makes_the_plate_private(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,keep", [
    ("nha toi da dong phi gui o to thang nhung ve la ham B2 het cho", ("thang nhung ve",)),
    ("em da mua ve thang nhung bao ve khong cho vao bai xe", ("ve thang nhung bao",)),
])
def test_an_unmarked_month_after_a_fee_is_no_title_before_a_name(text, keep):
    gone(text, keep=keep)
