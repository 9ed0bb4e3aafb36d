"""The detectors of core/privacy on the writings of the tuning items p-3070 … p-3099 (homes, plates and house
numbers in unusual forms), with and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a move home: the new address is a home like the old one ("vé số 88" stays a ticket)
    ("Trước đây gia đình tôi ở số 5 ngõ Gốc Đề, nay đã chuyển về số 88 phố Nguyễn Sơn từ tháng 10.",
     ("số 5", "số 88"), ("ngõ Gốc Đề", "phố Nguyễn Sơn")),
    ("Gia đình tôi mới dọn về số 12 ngõ 5 Gia Quất.", ("số 12",), ("ngõ 5 Gia Quất",)),
    ("Chú ấy bán vé số 88 ở đầu ngõ.", (), ("vé số 88", "đầu ngõ")),
]))
def test_a_home_moved_to_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "Em là sinh viên, đang ở …": the writer says what they are; the word after the pause is no name
    ("Em là sinh viên, đang ở trọ trong ngõ 118 Nguyễn Sơn.", (), ("sinh viên, đang ở trọ", "ngõ 118 Nguyễn Sơn")),
    # ... while a capitalised name after the pause still goes
    ("Em là sinh viên, Hoa, đang ở trọ.", ("Hoa",), ("sinh viên",)),
]))
def test_a_pause_after_what_the_writer_is(text, personal, keep):
    gone(text, *personal, keep=keep)
