"""The detectors of core/privacy on the tuning items p-4140 … p-4169 (signatures and self-introductions in formal
letters and petitions): an official who signs the "Xác nhận của …" block under a petition acts in that role and stays;
the writer named in that block, the writer signing under their own role and the co-signatories go; the writer's
parent named after the self-introduction goes whatever role follows; a co-signatory's household number in the bracket
after their signature goes. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Kính gửi: UBND phường Lưu Kiếm\nTôi là Trần Thị Mỹ Dung, ở ngõ 4 phố Kim Đồng, đề nghị xác nhận nơi cư trú.\n"
     "Người làm đơn\nTrần Thị Mỹ Dung\n\nXÁC NHẬN CỦA TỔ TRƯỞNG TỔ DÂN PHỐ SỐ 3\n"
     "Xác nhận bà Trần Thị Mỹ Dung cư trú tại địa chỉ trên là đúng.\nTổ trưởng TDP số 3\nNguyễn Hữu Phước",
     ("Trần Thị Mỹ Dung",), ("Nguyễn Hữu Phước", "ngõ 4 phố Kim Đồng")),
    ("Kính gửi UBND phường\nTôi tên là Lò Văn Quyết, đề nghị xét hộ cận nghèo.\nNgười viết đơn\nLò Văn Quyết\n\n"
     "Xác nhận của tổ trưởng TDP số 9:\nHoàn cảnh gia đình ông Quyết đúng như trình bày.\nTổ trưởng\n(đã ký)\nĐoàn Văn Khiêm",
     ("Lò Văn Quyết",), ("Đoàn Văn Khiêm", "TDP số 9")),
    ("Người làm đơn\nVũ Thị Hiền\n\nÝ kiến của Ban đại diện TDP số 4:\nĐề nghị phường xem xét.\n"
     "TM. Ban đại diện\nTổ trưởng\nKhổng Văn Thạch",
     ("Vũ Thị Hiền",), ("Khổng Văn Thạch",)),
]))
def test_the_official_who_signs_the_confirmation_under_a_petition_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đèn đường ngõ 8 phố Trần Phú hỏng đã lâu, đề nghị phường cho thay.\nTrân trọng,\nTổ trưởng TDP số 2\nLê Quang Vịnh",
     ("Lê Quang Vịnh",), ("ngõ 8 phố Trần Phú",)),
]))
def test_a_role_line_above_a_signature_without_a_confirmation_block_is_the_writers_own(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là Mạc Thị Loan, con gái ông Mạc Văn Hòe là tổ trưởng TDP số 7, nhưng viết với tư cách người dân: "
     "cống ngõ 15 phố Yên Lạc bị tắc.",
     ("Mạc Thị Loan", "Mạc Văn Hòe"), ("TDP số 7", "ngõ 15 phố Yên Lạc")),
    ("Em là Đỗ Minh Quân, con trai bà Đỗ Thị Nhàn, tổ phó TDP số 12. Vỉa hè đường Nguyễn Trãi bị lấn chiếm.",
     ("Đỗ Minh Quân", "Đỗ Thị Nhàn"), ("TDP số 12", "đường Nguyễn Trãi")),
]))
def test_the_writers_parent_named_after_the_self_introduction_goes_whatever_role_follows(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_an_official_named_with_a_role_and_no_kinship_to_the_writer_still_stays():
    gone("Tôi là Mạc Thị Loan, đã báo ông Mạc Văn Hòe là tổ trưởng TDP số 7 về cống ngõ 15 bị tắc.",
         "Mạc Thị Loan", keep=("Mạc Văn Hòe",))


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đề nghị phường kiểm tra xưởng mộc tại số 22 ngõ 5 phố Hàng Chuối.\nĐại diện các hộ ký tên\n"
     "Bạch Văn Toản (tổ trưởng TDP số 5, ký với tư cách hộ dân số 31)\nLục Thị Hoa",
     ("Bạch Văn Toản", "Lục Thị Hoa", "số 31"), ("số 22 ngõ 5 phố Hàng Chuối", "TDP số 5")),
    ("Đại diện các hộ\nTừ Văn Nghị (hộ gia đình số 14B)\nLưu Thị Gấm (hộ số 16)",
     ("Từ Văn Nghị", "Lưu Thị Gấm", "số 14B", "số 16"), ()),
]))
def test_a_co_signatorys_household_number_in_the_bracket_after_the_signature_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
