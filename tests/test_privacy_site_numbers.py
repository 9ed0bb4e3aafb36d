"""The detectors of core/privacy on the tuning items p-4650 … p-4679 (the problem is at a number: the site's number
stays; the homes of the writer, a relative or the owner elsewhere go): a business owner's own home told by "ở" right
after the name ("chủ tiệm là bà X ở số 140") goes; a house let out "cho một công ty thuê làm kho", a house "đang phá
tường" of a named owner, a mini-apartment block "xây … không phép" or "đang được xây lên 8 tầng" and "phần lấn chiếm
tại nhà số 17" are sites and stay; "ô tô nhà tôi (…)" is the writer's car and goes, "xe … của chủ tiệm" is the shop's
and stays when it is what the letter complains about; a couple named by "vợ chồng" and two given names goes. With and
without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Quán nhậu tại số 52 phố Tân Mai mở loa đến nửa đêm. Nghe nói chủ quán là ông Đào Văn Tiến ở số 118 phố Lĩnh Nam.",
     ("Đào Văn Tiến", "số 118"), ("Quán nhậu tại số 52 phố Tân Mai",)),
    ("Xưởng sơn ở số 9 ngõ 44 xả mùi sơn cả ngày, chủ xưởng là anh Lâm Quốc Bảo, hiện ở số 27 phố Kim Mã.",
     ("Lâm Quốc Bảo", "số 27"), ("Xưởng sơn ở số 9 ngõ 44",)),
    ("Người thuê làm kho là anh Tú, chủ nhà là bà Hà Thị Nguyệt ở số 6 ngõ 80.",
     ("Tú", "Hà Thị Nguyệt", "số 6"), ("ngõ 80",)),
]))
def test_a_business_owners_own_home_told_by_o_after_the_name_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà số 31 ngõ 90 (chủ nhà ở nơi khác) cho một xưởng thuê làm kho chứa sơn và dung môi, rất dễ cháy.",
     (), ("Nhà số 31 ngõ 90",)),
    ("Nhà số 12 ngõ 7 phố Tân Khai của ông Vương Văn Hậu đang phá tường cũ để xây lấn ra ngõ.",
     ("Vương Văn Hậu",), ("Nhà số 12 ngõ 7 phố Tân Khai",)),
    ("Đề nghị phường buộc ông Lò Văn Khải tháo dỡ phần lấn chiếm tại nhà số 23 ngõ 4.",
     ("Lò Văn Khải",), ("nhà số 23 ngõ 4",)),
]))
def test_a_home_let_out_as_a_warehouse_or_torn_down_to_encroach_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Phản ánh xây chung cư mini không phép tại số 15 ngõ 8 Hoàng Cầu", (), ("số 15 ngõ 8 Hoàng Cầu",)),
    ("Ngôi nhà số 44 ngõ 3 phố Vĩnh Hồ đang được xây lên 9 tầng, chia hơn 40 phòng cho thuê.",
     (), ("nhà số 44 ngõ 3 phố Vĩnh Hồ",)),
]))
def test_a_block_built_without_a_permit_or_raised_floor_by_floor_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe tải của xưởng biển 29C-771.20 đỗ chắn ngang ngõ, ô tô nhà tôi (30A-118.45) không ra được.",
     ("30A-118.45",), ("29C-771.20",)),
    ("Chiếc xe nhà tôi 30F-226.71 bị bụi gỗ phủ kín mỗi ngày.", ("30F-226.71",), ()),
]))
def test_the_writers_car_told_as_the_households_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe bán tải 30E-402.19 của chủ tiệm ngày nào cũng đỗ đè lên nắp cống trước cửa tiệm.", (), ("30E-402.19",)),
    ("Chiếc Innova 29A-335.60 của chủ quán đêm nào cũng chiếm hết vỉa hè.", (), ("29A-335.60",)),
]))
def test_the_shop_owners_car_in_the_complaint_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Người thuê là vợ chồng Út Hà, chiều nào cũng chất phế liệu ra ngõ.", ("Út Hà",), ()),
    ("Quán do vợ chồng Tuấn Lan đứng bán, tối nào cũng bày bàn ra lòng đường.", ("Tuấn Lan",), ()),
]))
def test_a_couple_named_by_their_given_names_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Vợ chồng Chủ tịch phường đã đến thăm các gia đình chính sách.", (), ("Chủ tịch phường",)),
    ("Vợ chồng tôi mới từ Hà Nội về, xin hỏi thủ tục đăng ký tạm trú.", (), ("Hà Nội",)),
]))
def test_a_role_or_a_place_after_vo_chong_is_no_couples_name(text, personal, keep):
    gone(text, *personal, keep=keep)
