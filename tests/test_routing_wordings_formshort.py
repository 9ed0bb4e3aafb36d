"""Form answers and short letters typed without diacritics, with the citizen's guessed category, round r-4241..r-4270
(rules/139, an exclusion in rules/22): an officer who shouts at a citizen's mother or speaks curtly, and the citizen
asks the ward to remind them, is the officers' conduct (the front), whichever Form category was picked, with the
one-stop centre co-ordinating for its desk; asking what a building permit needs is a procedure of the one-stop centre,
a neighbour building beyond his permit is not; a tree rotten through ("mục ruỗng") is no slur on the state. Each with
and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

RUDE_AT_THE_DESK = each_way([
    "Cb ở bp một cửa hôm nay quát mẹ em, đề nghị phường nhắc nhở.",
    "Chị cán bộ ở phòng một cửa nói năng cộc cằn với bố em, bố em 75 tuổi rồi, đề nghị phường nhắc nhở thái độ.",
])


@pytest.mark.parametrize("text", RUDE_AT_THE_DESK)
@pytest.mark.parametrize("picked", ["Thủ tục hành chính", "Khác", "Chính sách xã hội, y tế, giáo dục"])
def test_an_officer_shouting_at_the_desk_is_conduct_the_desk_co_ordinating(rules_alone, text, picked):
    d = rules_alone.classify(form(text, picked))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "hcc" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way(["Anh cán bộ tư pháp phường nói năng khó nghe với bà em, đề nghị phường "
                                           "xem lại thái độ của cán bộ."]))
def test_any_ward_officers_curt_words_are_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq"), d.why


@pytest.mark.parametrize("text", each_way(["Cô giáo chủ nhiệm lớp 3A nói năng khó nghe với con em, đề nghị nhà trường "
                                           "nhắc nhở."]))
def test_a_teachers_words_stay_with_the_school(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


PERMIT_QUESTIONS = both([
    ("Nhà em muốn xin giấy phép xây nhà 3 tầng thì cần hồ sơ gì ạ?", "thu_tuc", "hcc"),
    ("Cho em hỏi xin phép xây nhà ở riêng lẻ nộp ở đâu, bao lâu thì có ạ.", "thu_tuc", "hcc"),
    ("Nhà bên cạnh xây vượt phép 2 tầng, giấy phép xây dựng chỉ có 3 tầng, đề nghị phường kiểm tra.", "dat_dai",
     "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", PERMIT_QUESTIONS)
def test_asking_what_a_permit_needs_is_a_procedure_building_beyond_it_is_not(rules_alone, text, category, agency):
    d = rules_alone.classify(form(text, "Đất đai, xây dựng"))
    assert (d.category, d.agency) == (category, agency), d.why


ROTTEN_TREE = each_way([
    "Cây xà cừ trước số 45 đường Lê Lợi bị sâu mục ruỗng, thân nghiêng hẳn ra đường, gió to nghe kêu răng rắc, gốc bắt "
    "đầu trồi lên. Đề nghị phường cho người cắt hạ gấp.",
])


@pytest.mark.parametrize("text", ROTTEN_TREE)
def test_a_rotten_tree_about_to_fall_is_urgent_infrastructure_no_insult(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why
    assert "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Bọn bù nhìn ở phường, chế độ này mục ruỗng rồi, đừng đi bầu cho chúng nó."]))
def test_calling_the_state_rotten_is_still_abuse(rules_alone, text):
    assert "abusive" in rules_alone.classify(sub(text)).flags
