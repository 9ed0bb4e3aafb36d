"""The detectors of core/privacy on the writings of the tuning items p-4020 … p-4049 (homes of the writer and of
third parties in formal letters and Form answers, private plates beside offenders'): a motorbike's model after
"xe … là con/chiếc" and before its plate is no person's name, a wrapped line that ends in a kinship word goes on
with the name it announces, and the homes told by "thường trú tại", "hiện cư ngụ tại", "Hộ khẩu thường trú:",
"tạm trú tại" go while the problem's site stays. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tối qua em sập ổ gà trước cổng chợ Lưu Kiếm, ngã xe. Xe em là con Vision biển 29H1-702.35 vỡ hết đầu đèn.",
     ("29H1-702.35",), ("con Vision biển", "trước cổng chợ Lưu Kiếm")),
    ("Xe nhà tôi là chiếc Air Blade màu đỏ, biển 29B2-915.40, bị mất ở bãi gửi xe chợ Lưu Kiếm.",
     ("29B2-915.40",), ("chiếc Air Blade màu đỏ", "bãi gửi xe chợ Lưu Kiếm")),
]))
def test_a_motorbike_model_before_its_plate_is_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "con Hùng" after "của" is a child: the name goes, model or not
    ("Xe của con Hùng biển số 29H1-702.35 bị mất trộm trước cổng chợ Lưu Kiếm.", ("Hùng", "29H1-702.35"),
     ("trước cổng chợ Lưu Kiếm",)),
]))
def test_a_child_whose_motorbike_it_is_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_wrapped_line_ending_in_a_kinship_word_goes_on_with_the_name():
    from hopthu.core.textnorm import unwrap

    long = "Em xin phường với công an can thiệp giúp mà đừng nói là em báo. Em"
    assert unwrap(f"{long}\nHạnh 0352 871 960") == f"{long} Hạnh 0352 871 960"
    gone(f"{long}\nHạnh 0352 871 960", "Hạnh", "0352 871 960")
    bare = "Em xin phuong voi cong an can thiep giup ma dung noi la em bao nhe. Em"
    gone(f"{bare}\nHanh 0352 871 960", "Hanh", "0352 871 960")
    # a signature after a long line that ends otherwise still stands on its own; bare "ba" is three, not "bà"
    signed = "Đề nghị phường kiểm tra và xử lý dứt điểm, đây là lần thứ ba"
    assert unwrap(f"{signed}\nNgày 5/12") == f"{signed}\nNgày 5/12"


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là Phùng Văn Khải, thường trú tại số 37 ngõ 12 phố Hoàng Hoa Thám, tổ dân phố 4. Xưởng cơ khí tại số 41 "
     "ngõ 12 phố Hoàng Hoa Thám mài sắt từ 5 giờ sáng.",
     ("Phùng Văn Khải", "số 37"), ("Xưởng cơ khí tại số 41 ngõ 12 phố Hoàng Hoa Thám", "tổ dân phố 4")),
    ("Tôi tên là Doãn Thị Hồng, hiện cư ngụ tại số 24 ngõ 9 phố Hoàng Hoa Thám. Hộ ông Giáp Văn Tài tại số 26 ngõ 9 "
     "phố Hoàng Hoa Thám nuôi khoảng 200 con gà trên sân thượng.",
     ("Doãn Thị Hồng", "số 24", "Giáp Văn Tài"), ("số 26 ngõ 9 phố Hoàng Hoa Thám",)),
    ("Tôi tên: Hà Minh Tuệ\nHộ khẩu thường trú: số nhà 22, ngách 15/8, tổ dân phố 7\nCửa hàng vật liệu ở đầu ngách "
     "15/8 để cát đá tràn ra vỉa hè, xe tải biển số 29C-512.48 đỗ bốc hàng cả ngày.",
     ("Hà Minh Tuệ", "số nhà 22"), ("Cửa hàng vật liệu ở đầu ngách 15/8", "29C-512.48", "tổ dân phố 7")),
]))
def test_the_writers_home_goes_and_the_site_next_door_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the writer's own flat goes, the flat where the karaoke plays is the site
    ("Tôi hiện đang sinh sống tại căn hộ 1812 tòa B, chung cư Hoàng Gia. Căn hộ 1810 tòa B mở karaoke đến 12 giờ đêm.",
     ("căn hộ 1812 tòa B",), ("Căn hộ 1810 tòa B", "chung cư Hoàng Gia")),
    # the writer's room goes, the lodging block without extinguishers stays
    ("Tôi tạm trú tại phòng 5, dãy trọ số 18 ngách 20/3 ngõ 20 phố Nguyễn Trãi. Dãy trọ có 14 phòng mà không có bình "
     "chữa cháy.", ("phòng 5",), ("dãy trọ số 18 ngách 20/3 ngõ 20 phố Nguyễn Trãi",)),
]))
def test_a_flat_or_room_of_the_writer_goes_beside_one_that_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the blocking car stays, the writer's blocked car goes
    ("Xe Fortuner biển 30H-552.19 đêm nào cũng đỗ chắn ngang đầu ngõ 64, sáng ra xe của tôi biển 30F-087.63 không "
     "ra được.", ("30F-087.63",), ("30H-552.19", "đầu ngõ 64")),
    # the dumping truck stays, the car the writer followed it in goes
    ("Tôi chứng kiến một xe ben biển số 29E-208.91 đổ trộm phế thải xuống bãi đất trống cạnh kênh Lưu Kiếm. Lúc đó tôi "
     "lái ô tô của tôi (biển 30K-617.04) bám theo.", ("30K-617.04",), ("29E-208.91", "bãi đất trống cạnh kênh Lưu Kiếm")),
]))
def test_a_private_plate_goes_beside_the_offenders_plate(text, personal, keep):
    gone(text, *personal, keep=keep)
