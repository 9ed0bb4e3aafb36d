"""The detectors of core/privacy on the writings of the tuning items p-3100 … p-3129 (private people's names in every
writing): names listed after an official whose role closes a bracket, a private clinic's doctor, a lower-case given
name that is also a common word. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the bracket closed on the group leader's role: the names listed after it are citizens'
    ("Dự họp có: ông Bạch Văn Tâm (tổ trưởng), bà Kiều Thị Ngân, anh Phí Văn Hào và 34 hộ dân.",
     ("Kiều Thị Ngân", "Phí Văn Hào"), ("Bạch Văn Tâm",)),
    # ... while a role said right before a name is still that name's
    ("Tổ trưởng TDP 5 ông Lê Văn Cường đã xuống ghi nhận.", (), ("Lê Văn Cường",)),
]))
def test_names_listed_after_a_bracketed_role(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # a private clinic's doctor holds no public office; the health station's does
    ("Phòng khám tư của bác sĩ Lưu Văn Quang ở số 7 ngõ 2 vứt kim tiêm vào thùng rác chung.",
     ("Lưu Văn Quang",), ("số 7 ngõ 2",)),
    ("Trạm y tế phường, bác sĩ Lưu Văn Quang trực hôm đó rất nhiệt tình.", (), ("Lưu Văn Quang",)),
]))
def test_a_private_clinics_doctor_is_a_private_person(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # "bà lợi": a given name in lower case after a kinship word; "lợi dụng", "lợi ích" stay words
    ("hôm qua thằng tùng con nhà bà lợi đầu ngõ lại rú ga.", ("tùng", "lợi"), ("đầu ngõ",)),
    ("Bà lợi dụng lúc vắng người lấy đồ.", (), ("lợi dụng",)),
])
def test_a_lower_case_given_name_that_is_also_a_word(text, personal, keep):
    """Only as written with its marks: without them "loi" is also "lỗi", "lối", "lời" (the Form's name column and the
    email's display name still reach it, `redact(names=…)`)."""
    gone(text, *personal, keep=keep)
