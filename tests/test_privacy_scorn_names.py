"""The detectors of core/privacy on the tuning items p-3540 … p-3569 (names of private people that go and names that
stay, as residents write them): a lower-case given name after "thằng"/"con mụ" goes, the words after "thằng" that are
no names stay; a child's nickname before "học"; a landlord after "chu nha tro" written without marks; "Sáng 3/12" is
the morning beside a man called Sáng; "tối 2/12" after "về nhà" is an evening, not "nhà tôi 2/12"; a neighbour joined
by "và" to a police officer in one clause is no official. With and without diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("con mụ thảo bán rau đầu chợ Hôm bày hàng chiếm hết lối đi.", ("thảo",), ("chợ Hôm",)),
    ("con mụ dung bán tạp hóa ở đầu ngõ 9 phố Lê Lợi bán thuốc lá điện tử cho học sinh.", ("dung",), ("phố Lê Lợi",)),
    ("em trai tôi là thằng tuấn anh nghiện, về nhà đập phá đồ đạc.", ("tuấn anh",), ()),
]))
def test_a_lower_case_given_name_after_a_scornful_word_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # with marks only: without them "bom" is a bomb and "thang" a month or a ladder
    ("tôi thấy cả thằng bờm con nhà chị Thắm lớp 7 mua thuốc lá điện tử.", ("bờm",), ()),
    ("thang cam dau la thang tit con nha ong Bay ban tap hoa.", ("tit",), ()),
    ("co thang cuong sep va thang long beo hay cam dau, hat karaoke loa keo.", ("cuong sep",), ()),
])
def test_a_nickname_after_a_scornful_word_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("mấy thằng thanh niên tụ tập ở cuối hẻm 12 đến 2h sáng.", (), ("thằng thanh niên",)),
    ("Tổ trưởng TDP số 7 là thằng tham nhũng, ăn chặn tiền hỗ trợ hộ nghèo.", (), ("thằng tham nhũng",)),
    ("Quán karaoke ở số 88 phố Tôn Đức Thắng vẫn hát đến 1h sáng.", (), ("Tôn Đức Thắng vẫn hát",)),
    ("tháng tư năm nay cống ngõ 5 tắc, tháng sau lại tắc.", (), ("tháng tư năm nay", "tháng sau lại")),
    ("thằng thu tiền gửi xe ở chợ quát cả người già.", (), ("thằng thu tiền",)),
    ("thằng tuấn chủ tịch phường nhận tiền của chủ công trình.", (), ("tuấn chủ tịch phường",)),
]))
def test_words_after_a_scornful_word_that_are_no_names_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("chau nha em la be na va be bin hoc lop 2 bi may dua lon lop tren chan duong xin tien.", ("bin",), ()),
]))
def test_a_childs_nickname_before_hoc_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("to cao ong chu nha tro Tam thu tien dien gia cao", ("Tam",), ()),
])
def test_a_landlord_after_chu_nha_tro_without_marks_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # "Sáng" is a given name and the morning; with marks only ("Sang" is also "sang", to go over)
    ("Sáng 3/12 tôi đến bộ phận một cửa. Ông Lò Văn Sáng đứng sau tôi cũng bị trả hồ sơ.", ("Lò Văn Sáng",),
     ("Sáng 3/12",)),
    # "tối" folds to "tôi": "về nhà tối 2/12" is no "nhà tôi 2/12"
    ("Anh ấy đã giúp đưa bố tôi bị lạc đường về nhà tối 2/12.", (), ("tối 2/12",)),
])
def test_a_time_of_day_before_a_date_is_no_name_and_no_house(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi xin cảm ơn đồng chí Lê Quang Vinh, cảnh sát khu vực TDP 7, và anh Tô Văn Bằng hàng xóm đã giúp bố tôi. "
     "Mong phường biểu dương anh Vinh và anh Bằng.", ("Tô Văn Bằng", "Bằng"), ("Lê Quang Vinh", "anh Vinh")),
]))
def test_a_neighbour_joined_to_an_official_by_va_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
