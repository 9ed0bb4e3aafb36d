"""The detectors of core/privacy on the tuning items p-3570 … p-3599 (how letters end and where writers say they
live): the submitter's contact line keeps no role for them ("Người liên hệ: Trưởng ban X"), a flat in brackets after
a signed name goes ("(p.1204)"), a house number that ends an address told in pieces goes ("tôi ở tổ 6, ngõ 12 phố
Đội Cấn, nhà số 7."), and a martyr proposed as a lane's name stays. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the board's head is the submitter's contact: no official, whatever the role
    ("Xe lạ đỗ chắn lối thoát hiểm sau chung cư Sông Hồng Park.\nTrân trọng,\nBan quản trị chung cư Sông Hồng Park\n"
     "Người liên hệ: Trưởng ban Tạ Quang Huy, ĐT 024 3876 1120", ("Tạ Quang Huy", "024 3876 1120"),
     ("Ban quản trị chung cư Sông Hồng Park",)),
    ("Nhà văn hóa dột nát.\nNgười phản ánh: tổ trưởng Lê Thị Hằng Nga", ("Lê Thị Hằng Nga",), ("Nhà văn hóa",)),
]))
def test_a_role_on_the_submitters_contact_line_keeps_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # officials named in the letter's body still stay
    ("Tôi đã gặp Trưởng ban công tác Mặt trận TDP 5 Lê Văn Cường nhưng chưa được trả lời.\nNgười phản ánh: Kiều Thị Vân",
     ("Kiều Thị Vân",), ("Lê Văn Cường",)),
]))
def test_an_official_in_the_body_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "p." is "phòng" after the signed name; a ward "P.12" in an address stays
    ("Thang máy số 2 tòa A2 hỏng cả tuần.\nThanks ạ\nTuấn Anh (p.1204)", ("Tuấn Anh", "p.1204"), ("tòa A2",)),
    ("Thang máy hỏng.\nCảm ơn,\nHoàng Mai Anh (P. 805)", ("Hoàng Mai Anh", "P. 805"), ()),
]))
def test_a_flat_in_brackets_after_a_signature_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_ward_number_in_brackets_is_no_flat():
    gone("Hẻm 12 đường Lê Văn Sỹ ngập nặng (P.12, Q.3).", keep=("P.12", "Hẻm 12 đường Lê Văn Sỹ"))


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the writer's residence, then the group, the lane and the street, then the number that ends the clause
    ("Tôi tên Hứa Văn Lộc, ở tổ 6, ngõ 12 phố Đội Cấn, nhà số 7. Chó thả rông trong ngõ 12 phố Đội Cấn.",
     ("Hứa Văn Lộc", "số 7"), ("ngõ 12 phố Đội Cấn", "tổ 6")),
    ("Em ở tổ 3, ngách 5/2, số nhà 14. Đèn đầu ngách hỏng.", ("số nhà 14",), ("ngách 5/2",)),
]))
def test_a_house_number_ending_an_address_in_pieces_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the number opening what happens there is the site
    ("Tôi ở tổ 6, ngõ 12, số 7 ngõ này có người đánh bạc.", (), ("số 7 ngõ này",)),
]))
def test_a_number_the_sentence_goes_on_about_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a martyr proposed as the lane's name is no private person; a neighbour sharing a famous name still is
    ("Ngõ mới chưa có tên. Đề nghị đặt tên ngõ theo tên liệt sĩ của địa phương là:\n\"Liệt sĩ Hoàng Văn Thụ\"",
     (), ("Hoàng Văn Thụ",)),
    ("Ông Hoàng Văn Thụ ở tổ 2 (trùng tên phố) đổ rác ra gốc cây đầu ngõ 4.", ("Hoàng Văn Thụ",), ("ngõ 4",)),
]))
def test_a_martyr_proposed_as_a_lanes_name_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
