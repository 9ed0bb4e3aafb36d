"""The detectors of core/privacy on the tuning items p-3420 … p-3449 (house numbers of private homes beside the sites
that stay): a house number written in words after a bare "số" with a lane after it, the business owner's own home
told after the owner, the home the writer shares told by "nhà nó", and a street right after a home's number in a
form's "Địa chỉ nhà:" field. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà tôi ở số mười bảy ngõ 8 Thợ Nhuộm. Cống giữa ngõ bị tắc từ đầu tháng.", ("số mười bảy",), ("ngõ 8 Thợ Nhuộm",)),
    ("Nhà mình số hai mươi mốt hẻm 9 Nguyễn Văn Cừ, mấy bữa nay nước ngập tới đầu gối đoạn giữa hẻm 9.",
     ("số hai mươi mốt",), ("giữa hẻm 9",)),
]))
def test_a_home_number_in_words_goes_after_a_bare_so(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # in words or in digits, a number where the nuisance is made stays
    ("Nhà số hai mươi ngõ Văn Chương nuôi chim bồ câu cả trăm con. Nhà tôi số 24 cùng ngõ.", ("số 24",),
     ("Nhà số hai mươi ngõ Văn Chương",)),
    # "số một" with no lane after it is no house
    ("Đây là việc ưu tiên số một của tổ dân phố, nhà tôi ở ngõ 3 cũng đồng tình.", (), ("ưu tiên số một",)),
]))
def test_a_site_in_words_and_a_number_that_is_no_house_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xưởng in bao bì ở số 7 ngõ 15 Thụy Khuê chạy máy cả đêm. Chủ xưởng là bà Hoa, nhà riêng của bà ấy ở số 120 "
     "Lạc Long Quân nên bà không phải chịu.", ("Hoa", "số 120"), ("số 7 ngõ 15 Thụy Khuê", "Lạc Long Quân")),
    ("Xưởng mộc tại số 22 ngõ 14 làm ồn cả đêm, chủ xưởng là ông Đức, nhà ông ấy ở số 33 phố Kim Mã.",
     ("Đức", "số 33"), ("số 22 ngõ 14", "phố Kim Mã")),
    ("Dãy trọ ở ngõ 8 điện câu chằng chịt. Chủ nhà trọ là ông Tâm, nhà ở số 40 ngõ 3.", ("Tâm", "số 40"), ("ngõ 8",)),
]))
def test_the_owners_own_home_elsewhere_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the business itself at the number, or a nuisance made at the owner's home, stays
    ("Chủ quán là ông Nam, quán ở số 5 ngõ 3 lấn chiếm vỉa hè.", ("Nam",), ("số 5 ngõ 3",)),
    ("Chủ quán là ông Nam, nhà ở số 5 ngõ 3 mở karaoke đến khuya.", ("Nam",), ("số 5 ngõ 3",)),
]))
def test_the_owners_site_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tui ở với con gái, nhà nó 17 hẻm 5 Bến Vân Đồn. Đầu hẻm 5 có bãi rác tự phát.", ("17",), ("Đầu hẻm 5",)),
    ("Em ở nhờ nhà anh trai, nhà anh ấy 25 ngõ 4 Kim Mã. Đèn đầu ngõ 4 hỏng cả tháng.", ("25",), ("đầu ngõ 4",)),
]))
def test_the_home_the_writer_shares_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_the_nuisances_home_told_by_nha_no_still_stays():
    out = gone("Con trai bà Tư mở nhạc to cả đêm, nhà nó là nhà số 15 ngõ 23.", "Tư", keep=("số 15 ngõ 23",))
    assert "[họ tên]" in out


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "Địa chỉ nhà:" then the number: the street after it is a place, not a person's name
    ("Địa chỉ nhà: 56/12 Phan Đăng Lưu, P.7\nNội dung: Trụ đèn ở ngã ba Phan Đăng Lưu - Đinh Tiên Hoàng bị chập điện.",
     ("56/12",), ("ngã ba Phan Đăng Lưu - Đinh Tiên Hoàng", "Phan Đăng Lưu, P.7")),
]))
def test_a_street_after_the_home_in_an_address_field_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
