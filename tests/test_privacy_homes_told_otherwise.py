"""The detectors of core/privacy on the tuning items p-4530 … p-4559 (homes given without "nhà tôi" or "địa chỉ":
"hiện cư trú tại", "HKTT:", "hiện trú tại lô …", "Hộ khẩu thường trú:" in a contact block, beside the sites that
stay): a contact block's next field is its own line even under a full line; "HKTT:" is a residence field; a lot
with its row after "trú tại" is the writer's; the household a loose dog comes from, told by where it stands and
numbered in brackets, is the site; a flat "bị cho thuê làm homestay" is the site. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Người viết: Cù Đức Kỳ\nChỗ ở hiện nay: phòng 2 tầng 3 nhà B, khu tập thể Văn Chương\n"
     "Hộ khẩu thường trú: số 71 phố Lưu Kiếm\nĐiện thoại: 0917 063 285",
     ("Cù Đức Kỳ", "phòng 2 tầng 3", "số 71", "0917 063 285"), ("khu tập thể Văn Chương", "phố Lưu Kiếm")),
    ("Người gửi: Lạc Văn Thịnh, nhà văn hóa TDP 3 phố Hoàng Hoa Thám phường Lưu Kiếm\nHKTT: số 58 ngõ 4 phố Đông Các",
     ("số 58",), ("nhà văn hóa TDP 3", "ngõ 4 phố Đông Các")),
]))
def test_a_contact_blocks_next_field_stands_on_its_own_line(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_unwrap_keeps_the_line_break_before_a_field():
    from hopthu.core.textnorm import unwrap

    line = "Chỗ ở hiện nay: phòng 2 tầng 3 nhà B, khu tập thể Văn Chương"
    assert len(line) >= 60
    for field in ("Hộ khẩu thường trú: số 71", "HKTT: số 45", "ĐC: số 9 ngõ 2", "Điện thoại: 0917 063 285",
                  "Ho khau thuong tru: so 71"):
        assert unwrap(line + "\n" + field) == line + "\n" + field
    wrapped = "Tôi xin phản ánh việc đèn chiếu sáng trong ngõ 16 phố Đông Các đã hỏng từ lâu mà\nchưa ai sửa."
    assert "\n" not in unwrap(wrapped)  # a wrapped sentence still reads as one


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Kính gửi: UBND phường Lưu Kiếm (số 2 phố Đông Các)\nTôi tên: Phùng Văn Sáng\nHKTT: số 45 ngõ 8 phố Lưu Kiếm, TDP 2",
     ("Phùng Văn Sáng", "số 45"), ("số 2 phố Đông Các", "ngõ 8 phố Lưu Kiếm", "TDP 2")),
    ("Họ tên: Đào Minh Khôi\nHKTT: 17 ngõ 6 phố Đông Các\nXin hỏi thủ tục đổi CCCD.", ("Đào Minh Khôi", "17"), ("ngõ 6 phố Đông Các",)),
]))
def test_hktt_is_a_residence_field(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi tên là Mã Văn Thuận, sinh năm 1971, hiện trú tại lô 24 dãy LK3 khu tái định cư Đồng Xa. Xe của tôi bị mất ở "
     "bãi gửi xe chợ Lưu Kiếm.", ("Mã Văn Thuận", "lô 24 dãy LK3"), ("khu tái định cư Đồng Xa", "bãi gửi xe chợ Lưu Kiếm")),
    ("Bà tôi trú tại lô C5 khu tái định cư Đồng Xa, đi lại rất khó vì đường vào khu bị ngập.",
     ("lô C5",), ("khu tái định cư Đồng Xa",)),
]))
def test_a_lot_and_its_row_after_tru_tai_is_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mẹ em sống ở số 14 ngõ 5 phố Đông Các, sáng qua bà đi chợ bị con chó của nhà cuối ngõ (nhà số 30 ngõ 5) thả rông "
     "lao ra cắn vào bắp chân.", ("số 14",), ("nhà số 30 ngõ 5", "ngõ 5 phố Đông Các")),
    ("Con chó to của nhà đầu ngõ (số 2 ngõ 11) thả chó ra đường cả ngày, trẻ con không dám đi học.",
     (), ("số 2 ngõ 11",)),
]))
def test_the_household_a_loose_dog_comes_from_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Căn hộ 705 tòa B chung cư Thành Công bị cho thuê làm homestay theo ngày, khách ra vào cả đêm. Tôi ở căn 702 ngay "
     "đối diện, SĐT 0705 118 624.", ("căn 702", "0705 118 624"), ("Căn hộ 705 tòa B", "chung cư Thành Công")),
]))
def test_a_flat_let_out_as_a_homestay_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là Hoàng Thị Bích Ngọc, hiện cư trú tại số 21 ngõ 16 phố Đông Các, TDP 4. Đèn trong ngõ hỏng đã lâu.",
     ("Hoàng Thị Bích Ngọc", "số 21"), ("ngõ 16 phố Đông Các", "TDP 4")),
    ("Bố mẹ tôi sống ở số 5 ngõ 27 phố Đông Các. Quán lẩu ở đầu ngõ 27 phố Đông Các đổ dầu mỡ xuống cống.",
     ("số 5",), ("đầu ngõ 27 phố Đông Các",)),
    ("Cây xà cừ trên vỉa hè trước số 60 phố Hoàng Hoa Thám bị nghiêng.\nNơi thường trú: số 58 phố Hoàng Hoa Thám",
     ("số 58",), ("vỉa hè trước số 60 phố Hoàng Hoa Thám",)),
]))
def test_homes_told_by_residence_words_go_and_sites_stay(text, personal, keep):
    gone(text, *personal, keep=keep)
