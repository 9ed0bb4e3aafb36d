"""The detectors of core/privacy on the tuning items p-4350 … p-4379 (house numbers inside sentences, in lower case,
with and without diacritics): an estate's name after "khu đất dịch vụ", "khu liền kề" or "khu phân lô" is a public
place, not a person's name, so it stays (and with it the site named after it elsewhere in the letter) while the
writer's plot, row house or relative's house goes; homes written mid-sentence in two words or one ("nhà 15a",
"số12", "căn 9 dãy liền kề C2", "phòng 305 nhà B4", "số nhà 6/2") go beside the sites and lanes that stay. With and
without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Gia đình tôi ở lô 12 khu đất dịch vụ Đồng Mai. Bãi đất trống cạnh trạm biến áp Đồng Mai 3 bị đổ trộm phế thải.",
     ("lô 12",), ("khu đất dịch vụ Đồng Mai", "trạm biến áp Đồng Mai 3")),
    ("Nhà mình ở căn 14 dãy B khu liền kề Đồng Mai, có xác chó chết trôi trên kênh Lưu Kiếm đoạn cầu Đồng Mai.",
     ("căn 14 dãy B",), ("khu liền kề Đồng Mai", "đoạn cầu Đồng Mai")),
    ("Tôi hay gửi xe ở bãi xe tự phát dưới gầm cầu Đồng Mai khi sang thăm bác tôi ở căn 16 khu phân lô Đồng Mai.",
     ("căn 16",), ("gầm cầu Đồng Mai", "khu phân lô Đồng Mai")),
]))
def test_an_estates_name_after_its_kind_is_a_place(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Bố mẹ tôi ở nhà 15a ngách 15/8 ngõ 15 phố Kim Ngưu. Nhà số 19 cùng ngách nuôi 2 con chó thả rông.",
     ("15a",), ("ngách 15/8 ngõ 15 phố Kim Ngưu", "Nhà số 19 cùng ngách")),
    ("cho em hỏi, nhà em ở số12 ngõ 5 phố Kim Ngưu, sửa mái nhà có cần xin giấy phép không ạ",
     ("số12",), ("ngõ 5 phố Kim Ngưu",)),
    ("Con gái tôi đang thuê phòng 305 nhà B4 khu tập thể Lưu Kiếm; chân cầu thang nhà B6 có người vứt rác.",
     ("phòng 305",), ("khu tập thể Lưu Kiếm", "chân cầu thang nhà B6")),
]))
def test_a_home_written_in_one_or_two_words_mid_sentence_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("nhà em ở số 7 ngõ 3 Lưu Kiếm, công trình xây nhà ở số 21 ngõ 3 đổ cát ra giữa ngõ.",
     ("số 7",), ("công trình xây nhà ở số 21 ngõ 3",)),
    ("Quán karaoke ở nhà số 5 ngõ 31 phố Hoàng Hoa Thám hát đến 2h sáng. Nhà tôi số 9 cùng ngõ, cả nhà mất ngủ.",
     ("số 9",), ("Quán karaoke ở nhà số 5 ngõ 31 phố Hoàng Hoa Thám",)),
    ("Tôi ở cùng con trai tại số 14B ngõ 88, cây bàng trên vỉa hè trước số 80 phố Hoàng Hoa Thám có cành khô.",
     ("số 14B",), ("vỉa hè trước số 80 phố Hoàng Hoa Thám",)),
]))
def test_the_writers_home_goes_and_the_sites_number_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("bac toi o can 16 khu phan lo Dong Mai, bai xe duoi gam cau Dong Mai thu 30.000 dong/luot", ("can 16",),
     ("khu phan lo Dong Mai",)),
    ("em thue can 9 day lien ke C2, diem rac o dau day C5 de 3 ngay chua cho", ("can 9",), ("dau day C5",)),
])
def test_an_unaccented_flat_after_o_or_thue_is_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text", [
    "con cho nha ben can 2 chau nho o ngo 5, de nghi phuong xu ly",
    "cho tha rong ra ngo can 2 nguoi di tap the duc",
])
def test_an_unaccented_bite_is_still_no_flat(text):
    gone(text, keep=("can 2",))
