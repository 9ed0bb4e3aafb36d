"""The detectors of core/privacy on the tuning items p-3900 … p-3929 (petitions, complaints, denunciations, mediation
requests and minutes full of names): the writer named after the petition's own label is private whatever role follows
("Người kiến nghị: X – Trưởng ban đại diện cha mẹ học sinh"), while the respondent's label names no one by itself; a
co-signer whose surname is "Đậu" (written with its marks) goes; "dang thi cong" without marks is "đang thi công", not
Mrs Đặng Thị Công, and "di dau thi kien" is "đi đâu thì kiện", not aunt Đậu Thị Kiên. With and without diacritics where
the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đề nghị phường sớm vá đường trước cổng trường.\nNgười kiến nghị: Tăng Thị Kim Oanh – Trưởng ban đại diện cha mẹ "
     "học sinh lớp 7A\nĐT: 0945 118 306", ("Tăng Thị Kim Oanh", "0945 118 306"), ("Trưởng ban đại diện",)),
    ("Tổ hòa giải chưa hòa giải được.\nNgười đề nghị: Ninh Văn Trọng, Tổ trưởng TDP số 11", ("Ninh Văn Trọng",),
     ("TDP số 11",)),
    ("NGƯỜI KHIẾU NẠI: PHÙNG THỊ NGỌC BÍCH, SINH NĂM 1979.\nQuán nhậu lấn vỉa hè số 40 phố Hàng Bông.",
     ("PHÙNG THỊ NGỌC BÍCH",), ("số 40 phố Hàng Bông",)),
]))
def test_the_writer_after_the_petitions_own_label_goes_whatever_role_follows(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Người bị khiếu nại: bà Lò Thị Hiên, công chức Văn hóa – Xã hội phường, hẹn 15 ngày mà chưa trả kết quả.", (),
     ("Lò Thị Hiên",)),
]))
def test_the_respondents_label_alone_does_not_take_an_officials_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Các hộ ký tên:\n1. Nghiêm Văn Khoa – số 3 ngõ 19 – (đã ký)\n2. Đậu Thị Hương – số 5 ngõ 19 – (đã ký)",
     ("Nghiêm Văn Khoa", "Đậu Thị Hương", "số 5"), ("ngõ 19",)),
])
def test_a_cosigner_named_dau_with_its_marks_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Cong ty TNHH Xay dung Phat Dat, giam doc la ong Vu Manh Cuong, dang thi cong nha 7 tang tai so 45 ngo 120 pho "
     "Tran Duy Hung.", ("Vu Manh Cuong",), ("dang thi cong", "so 45 ngo 120 pho Tran Duy Hung")),
    ("Toi goi cho ong Cuong, ong Cuong noi 'cu kien di dau thi kien'.", ("Cuong",), ("di dau thi kien",)),
    ("Đầu ngõ có bà Đặng Thị Công bán nước, dì Đậu Thị Kiên bán rau.", ("Đặng Thị Công", "Đậu Thị Kiên"), ("Đầu ngõ",)),
])
def test_dang_thi_cong_and_di_dau_thi_without_marks_are_no_names(text, personal, keep):
    gone(text, *personal, keep=keep)
