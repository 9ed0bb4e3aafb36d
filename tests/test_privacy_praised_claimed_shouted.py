"""The detectors of core/privacy on the writings of the tuning items p-3160 … p-3189 (private people's names in
unusual forms): a boy praised ("biểu dương em …", which is no street), a scammer's name before the role he
claims, the words after a claimed official's name, a short name in a text written in capitals, a pole before a
named woman's home (her name goes, the number locates the pole), a couple's home after their names and next-door
neighbours' home in brackets. Each case with and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # praise of a private person: "biểu dương", "tuyên dương" hold "dương", which folds like "đường" (a street)
    ("Đề nghị biểu dương em Lò Văn Sinh (tổ 20) đã nhặt được túi tiền 15 triệu và trả lại người mất.",
     ("Lò Văn Sinh",), ("Đề nghị biểu dương em", "(tổ 20) đã nhặt được túi tiền")),
    ("Xin tuyên dương anh Đặng Quốc Hưng đã cứu cháu bé rơi xuống hồ.", ("Đặng Quốc Hưng",),
     ("Xin tuyên dương anh", "đã cứu cháu bé")),
    # a street after "đường" is still a street
    ("Đường Nguyễn Văn Cừ đoạn trước chợ ngập sâu.", (), ("Đường Nguyễn Văn Cừ",)),
]))
def test_a_praised_private_person_goes_a_street_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the claimed name first, the claimed role after it
    ("Sáng 2/12 tôi bị một người tự xưng là Hoàng, nhân viên điện lực, lừa chuyển 4 triệu đồng.", ("Hoàng",),
     ("tự xưng là", ", nhân viên điện lực, lừa chuyển")),
    ("Có người giả danh anh Tuấn, cán bộ địa chính phường, gọi điện đòi tiền đo đạc.", ("Tuấn",),
     ("giả danh anh", ", cán bộ địa chính phường, gọi điện")),
    # the words after a claimed official's name are no part of it ("đến", "đòi" begin with a lower-case mark)
    ("Có kẻ tự xưng là cán bộ phường tên Lạc Văn Tùng đến thu tiền rác.", ("Lạc Văn Tùng",), ("đến thu tiền rác",)),
]))
def test_a_claimed_officials_name_goes_and_nothing_after_it(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # a shouted text: "BI" (bị) ends "SEN" at once
    ("LOA PHUONG MO TO QUA, BA SEN BI TANG HUYET AP KHONG CHIU NOI.", ("SEN",), ("BI TANG HUYET AP",)),
    ("LOA PHƯỜNG MỞ TO QUÁ, BÀ SEN BỊ TĂNG HUYẾT ÁP KHÔNG CHỊU NỔI.", ("SEN",), ("BỊ TĂNG HUYẾT ÁP",)),
    ("ONG TU O NGO 5 HAY SAY XIN.", ("TU",), ("O NGO 5",)),
])
def test_a_short_name_in_capitals_ends_at_a_common_word(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the pole before her home: the number locates the pole; her name goes
    ("Loa phường đặt trên cột điện trước nhà bà Đinh Thị Sen số 7 ngõ 40 mở to quá.", ("Đinh Thị Sen",),
     ("số 7 ngõ 40",)),
    # a couple fighting in their own home: the home goes (the GUIDE's exception for protection)
    ("Chị Lài với anh Nghĩa ở nhà 12 (vợ chồng) cãi nhau đánh nhau suốt, con nhỏ khóc cả đêm.",
     ("Lài", "Nghĩa", "nhà 12"), ("(vợ chồng) cãi nhau",)),
    # next-door neighbours in a private dispute, their number in brackets
    ("Hai anh em Kha và Kiên nhà bên (số 18) tranh chấp lối đi chung với nhà tôi.", ("Kha", "Kiên", "số 18"),
     ("tranh chấp lối đi chung",)),
    # ... but a nuisance said after the bracket makes their home the site
    ("Anh Kha nhà bên (số 18) nuôi chó thả rông cắn người.", ("Kha",), ("số 18",)),
]))
def test_homes_beside_named_people(text, personal, keep):
    gone(text, *personal, keep=keep)
