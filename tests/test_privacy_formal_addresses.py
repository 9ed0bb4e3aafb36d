"""The detectors of core/privacy on the tuning items p-3930 … p-3959 (home addresses as formal letters and forms give
them): a number under a form's field for the site ("Vị trí công trình vi phạm: số 17 ngõ 42") stays, and so does the
respondent's "trú tại" the same number; a respondent's home leaks no more when the next field ("Nội dung: …") tells of a
nuisance; common words in capitals ("DIA CHI THUONG TRU", "CAU MANG DA VO NAT", "HÀNH VI BẠO LỰC GIA ĐÌNH") and an
estate's name ("khu đô thị Lưu Kiếm Xanh") are no names. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Người bị khiếu nại: ông Phạm Văn Lộc, trú tại số 17 ngõ 42 phố Hoàng Hoa Thám.\n"
     "Nội dung: ông Lộc xây tường bao lấn ra lối đi chung.\n"
     "Vị trí công trình vi phạm: số 17 ngõ 42 phố Hoàng Hoa Thám.",
     ("Phạm Văn Lộc",), ("số 17 ngõ 42 phố Hoàng Hoa Thám",)),
    ("Chủ công trình: bà Kiều Thị Hà, trú tại số 8 ngõ 5 phố Lê Lợi.\n"
     "Địa điểm xảy ra vụ việc: số 8 ngõ 5 phố Lê Lợi.",
     ("Kiều Thị Hà",), ("số 8 ngõ 5 phố Lê Lợi",)),
]))
def test_a_number_under_the_sites_field_stays_with_its_other_mentions(text, personal, keep):
    out = gone(text, *personal, keep=keep)
    assert "[số nhà]" not in out


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the complainant's home under the site field's number still goes
    ("Người khiếu nại: Trần Thị Hằng, trú tại số nhà 15 ngõ 42 phố Hoàng Hoa Thám.\n"
     "Vị trí công trình vi phạm: số 17 ngõ 42 phố Hoàng Hoa Thám.",
     ("Trần Thị Hằng", "số nhà 15"), ("số 17 ngõ 42 phố Hoàng Hoa Thám", "ngõ 42 phố Hoàng Hoa Thám")),
]))
def test_the_complainants_home_beside_the_sites_field_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a mail client's lines joined: the next field's nuisance is not done at the respondent's number
    ("Nguoi bi khieu nai: ong Lam Van Chien, tru tai so 14 ngo 27 pho Le Loi\n"
     "Noi dung: ong Chien nuoi 3 con cho to, tha rong ra khu vui choi dau ngo 25 pho Le Loi.",
     ("Lam Van Chien", "so 14"), ("ngo 27 pho Le Loi", "khu vui choi dau ngo 25 pho Le Loi")),
    ("Người bị khiếu nại: bà Lưu Thị Hoa, trú tại số 9 ngõ 3 phố Nguyễn Du\n"
     "Nội dung: bà Hoa nuôi gà thả ra sân chung nhà văn hóa.",
     ("Lưu Thị Hoa", "số 9"), ("ngõ 3 phố Nguyễn Du",)),
]))
def test_a_respondents_home_goes_though_the_next_field_tells_a_nuisance(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("TOI TEN LA LY VAN THANG, DIA CHI THUONG TRU: XOM 3 THON DONG, NHA SO 14. DOAN DUONG TU CONG THON DONG DEN "
     "CAU MANG DA VO NAT.", ("LY VAN THANG", "SO 14"), ("DIA CHI THUONG TRU", "CAU MANG DA VO NAT", "XOM 3 THON DONG")),
    ("ĐƠN TỐ CÁO HÀNH VI BẠO LỰC GIA ĐÌNH", (), ("HÀNH VI BẠO LỰC GIA ĐÌNH",)),
    ("DON TO CAO HANH VI BAO LUC GIA DINH", (), ("HANH VI BAO LUC GIA DINH",)),
    ("NUOC THAI XA THANG RA CONG CHUNG, MO DONG LAI, BOC MUI. NGUOI VIET: TRAN MINH QUAN",
     ("TRAN MINH QUAN",), ("RA CONG CHUNG", "MO DONG LAI")),
    # initials and letters spaced out are no run of words: as before
    ("Cây xà cừ trước số 80 phố Lê Lợi bị mục, gió to là đổ.\nN.T.H", (), ("trước số 80 phố Lê Lợi",)),
])
def test_common_words_in_capitals_are_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là Đinh Thị Kim Oanh, cư dân căn hộ 1207 tòa CT3 khu đô thị Lưu Kiếm Xanh. Thang máy số 2 hỏng.",
     ("Đinh Thị Kim Oanh", "căn hộ 1207 tòa CT3"), ("khu đô thị Lưu Kiếm Xanh", "Thang máy số 2")),
    ("Đường nội bộ khu dân cư Hòa Bình ngập sâu sau mưa. Người phản ánh: Lê Văn Nam.",
     ("Lê Văn Nam",), ("khu dân cư Hòa Bình",)),
]))
def test_an_estates_name_is_no_persons(text, personal, keep):
    gone(text, *personal, keep=keep)
