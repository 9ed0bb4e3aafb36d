"""The detectors of core/privacy on the writings of the tuning items p-3450 … p-3479 (private people's names in forms
the redactor missed: a given name last in a list after "với"/"và", a name after "cho cháu" where "cảnh cho" folds
like "cạnh chợ", a household's name before what the household does, a signature under a closing with a dash, the
writer's companion, children named after "mấy đứa", nicknames standing alone, the writer's name heading the subject,
a lower-case birth-order name with its given name) and the words and places that stay. Each case with and without
diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi phải gọi Tùng, Hậu với Nga ra đuổi con chó ở ngõ 12.", ("Tùng", "Hậu", "Nga"), ("ngõ 12",)),
    ("Sáng nay tôi gọi Khoa và Quyên (hai phụ huynh cùng lớp) đứng chắn.", ("Khoa", "Quyên"), ("hai phụ huynh",)),
    ("Tôi rủ Hạnh với Phúc đi báo công an phường.", ("Hạnh", "Phúc"), ("công an phường",)),
]))
def test_the_last_given_name_of_a_list_after_va_or_voi(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Đơn đề nghị xác nhận hoàn cảnh cho cháu Phạm Gia Huy", ("Phạm Gia Huy",), ("hoàn cảnh",)),
    ("Xin hỗ trợ tiền thuốc cho bà Lê Thị Hòa", ("Lê Thị Hòa",), ("tiền thuốc",)),
    # "cạnh chợ" written without marks is still a market before a place's name
    ("Đèn đường canh cho Ba Chieu hỏng", (), ("Ba Chieu",)),
    ("Rác đổ cạnh chợ Bà Chiểu", (), ("chợ Bà Chiểu",)),
])
def test_cho_without_marks_after_a_marked_word_is_for_not_a_market(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Chó nhà Thắng nuôi sủa suốt đêm ở ngõ 7 TDP 12.", ("Thắng",), ("ngõ 7 TDP 12",)),
    ("Thư của Hòa gửi phường về ngõ 4.", ("Hòa",), ("ngõ 4",)),
    ("Tôi với Hạnh đã lên phường hai lần.", ("Hạnh",), ("lên phường",)),
    ("tôi cùng Tùng ra xem thì thấy cống vỡ.", ("Tùng",), ("cống vỡ",)),
]))
def test_a_households_name_and_the_writers_companion(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("tôi và Thanh tra phường đã xuống", (), ("Thanh tra phường",)),
    ("tôi với Hà Nội mới lên đây", (), ("Hà Nội",)),
    ("gặp chị Lan và Bảo hiểm xã hội quận", ("Lan",), ("Bảo hiểm xã hội",)),
])
def test_what_stays_beside_a_companion_or_a_list(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mấy đứa Tí, Tèo, Bin hay tắm sông ở bến đò cũ.", ("Tí", "Tèo", "Bin"), ("bến đò cũ",)),
    ("Hai đứa nhỏ Bi với Bo chạy sang nhà tôi trốn.", ("Bi", "Bo"), ("chạy sang",)),
]))
def test_children_named_after_may_dua(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Hôm qua Tèo bị ngã ở hố ga đầu ngõ.", ("Tèo",), ("hố ga đầu ngõ",)),
    ("Tí với Tèo hay ra bến đò tắm.", ("Tí", "Tèo"), ("bến đò",)),
    ("Bin, Na, Tít đều bị ho vì khói đốt rác.", ("Bin", "Na", "Tít"), ("khói đốt rác",)),
    ("Tí, con bà Lan, bị ngã xe.", ("Tí", "Lan"), ("ngã xe",)),
    ("Hom qua Teo bi nga o ho ga dau ngo.", ("Teo",), ("ho ga dau ngo",)),
])
def test_a_childs_nickname_standing_alone(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text", [
    "Tí nữa tôi ra phường nộp đơn.",
    "Cháu sinh năm Tý, nay đi học lớp 1.",
    "Quán Tèo bán bia tới khuya.",
    "Na chín rồi mà chưa ai hái.",
    "Đi ra huyện Na Hang mất nửa ngày.",
    "Mấy thanh niên chơi Bi a ở quán đầu ngõ.",
])
def test_nicknames_that_are_words_here_stay(text):
    assert gone(text) == text


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tâm - phản ánh rác ở ngõ 5 phố Vọng", ("Tâm",), ("ngõ 5 phố Vọng",)),
    ("Lộc (TDP 3) hỏi về thẻ bảo hiểm y tế", ("Lộc",), ("TDP 3",)),
]))
def test_the_writers_given_name_heading_the_subject(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text", [
    "An ninh - phản ánh về trộm chó",
    "Hà Nội - phản ánh ngập",
    "Thanh Xuân - phản ánh ngập",
])
def test_a_subject_headed_by_a_word_or_a_place_stays(text):
    assert gone(text) == text


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Kính gửi phường,\nĐèn ngõ 5 hỏng đã lâu.\nTrân trọng\n- Lộc", ("Lộc",), ("Trân trọng",)),
    ("Kính gửi phường,\nĐèn ngõ 5 hỏng đã lâu.\nCảm ơn\n— Hùng", ("Hùng",), ("Cảm ơn",)),
    ("chau ten la hoa a, chau o to 5", ("hoa",), ("to 5",)),
]) + [("Cô hạnh tổ 5 hay đổ rác ra ngõ.", ("hạnh",), ("ra ngõ",))])  # "to" without marks is also "big"
def test_a_signature_under_a_closing_a_lower_case_name_before_a_team_or_a_particle(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Quán bà ba hường kê bàn ghế lấn hết lối đi.", ("ba hường",), ("lối đi",)),
    ("ông sáu tâm bán vé số ở đầu hẻm 9.", ("sáu tâm",), ("đầu hẻm 9",)),
])
def test_a_lower_case_birth_order_name_with_its_given_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text", [
    "Mặc áo bà ba đi lễ chùa.",
    "Chị hai thu tiền điện của cả xóm.",
    "Cô năm ngoái đã lên phường.",
])
def test_a_garment_and_numbers_after_an_honorific_stay(text):
    assert gone(text) == text
