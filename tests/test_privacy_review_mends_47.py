"""What the review of merge-46's later privacy changes found (findings 1-9), each now a specification, with and
without diacritics where marks matter: a scornful word ending a line names nobody on the next; an official insulted
in his role keeps his given name, and a role after "chồng mụ là" is no name; a neighbour's bracketed house number is
the letter's site, only the writer's own is masked; the writer's signature under a confirmation heading is masked,
the official's kept; "cậu" written with marks is an uncle, not a bridge; "cô Toàn" is a woman, not a count; a room
of the ward's office is no home; a citizen quoting a notice's "tại đường link … sẽ bị dừng" is no phisher."""

from __future__ import annotations

import pytest

from hopthu.core.flags import spam_cues
from hopthu.core.textnorm import afold

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "con", "thằng" at a line's end: the next line's first word is no name
    ("Tôi là mẹ đơn thân nuôi hai con\nXin phường xem xét cho gia đình tôi được hưởng trợ cấp.", (), ("Xin phường",)),
    ("Nhà tôi có hai thằng\nHàng xóm nói chúng nó ồn nhưng các cháu còn nhỏ.", (), ("Hàng xóm",)),
    # on one line the scorned given name still goes
    ("Con Diệp nhà bên ngày nào cũng chửi bới cả xóm.", ("Diệp",), ("nhà bên",)),
]))
def test_a_scornful_word_ending_a_line_names_nobody_on_the_next(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Thằng Tuấn công an khu vực ngày nào cũng ngồi quán nước, không làm việc.", (), ("Tuấn công an khu vực",)),
    ("Cái thằng Hùng cán bộ địa chính phường hách dịch, hẹn tôi 3 lần không làm.", (), ("Hùng cán bộ địa chính",)),
    ("Thằng Hải tổ trưởng ăn chặn tiền hỗ trợ của dân.", (), ("Hải tổ trưởng",)),
    # no role after it: a neighbour, scorned, whose name goes
    ("Thằng Tuấn nhà bên ngày nào cũng hát karaoke đến 1 giờ sáng.", ("Tuấn",), ("nhà bên",)),
]))
def test_an_official_insulted_in_his_role_keeps_his_given_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Chồng mụ là Tổ trưởng nên mụ cậy thế lấn chiếm ngõ.", (), ("Chồng mụ là Tổ trưởng nên",)),
    ("Vợ hắn là Chủ tịch hội phụ nữ nên không ai dám nói.", (), ("Chủ tịch hội",)),
    # a name there still goes
    ("Chồng mụ là Hùng, ngày nào cũng đỗ xe chắn ngõ.", ("Hùng",), ("Chồng mụ là",)),
]))
def test_a_role_after_a_scorned_womans_kin_is_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the neighbour named with a TDP and a bracket: the bracket is the letter's site
    ("Bà Nguyễn Thị Lan tổ 5 (số 12) đổ rác ra đường hằng ngày.", ("Nguyễn Thị Lan",), ("(số 12)",)),
    ("Ông Trần Văn Bình tổ 4 (số 27) xây lấn ra ngõ 12 cả mét, đề nghị phường xử lý.", ("Trần Văn Bình",),
     ("(số 27)",)),
    ("Ông Trần Văn Bình, tổ 7 (số 45) nuôi chó thả rông, cắn người đi đường.", ("Trần Văn Bình",), ("(số 45)",)),
    # the writer speaking right after the bracket, or introduced before the name: the writer's home goes
    ("Chị Nguyễn Thị Lan tổ 10 (số nhà 33) phản ánh nhà bên cạnh số 35 nuôi chó sủa cả đêm.", ("Nguyễn Thị Lan",
     "số nhà 33"), ("số 35",)),
    ("Tôi là Nguyễn Thị Lan tổ 5 (số 12). Nhà bên cạnh đổ rác ra đường hằng ngày.", ("Nguyễn Thị Lan", "số 12"),
     ("đổ rác",)),
]))
def test_a_neighbours_bracketed_house_number_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


_REQUEST = ("ĐƠN XIN XÁC NHẬN HOÀN CẢNH KHÓ KHĂN\nKính gửi: UBND phường Lưu Kiếm\nTôi tên là Nguyễn Thị Hoa, sinh năm"
            " 1968, ở tổ 4.\nXác nhận của Tổ trưởng TDP số 4\n\n")


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the writer's signature under the heading: "Người xin xác nhận", "Người khai", "Kính đơn" over "(ký …)"
    (_REQUEST + "Người xin xác nhận\n(ký, ghi rõ họ tên)\nNguyễn Thị Hoa", ("Nguyễn Thị Hoa",), ("Người xin xác nhận",)),
    (_REQUEST + "Người khai\n(ký, ghi rõ họ tên)\nNguyễn Thị Hoa", ("Nguyễn Thị Hoa",), ("Người khai",)),
    (_REQUEST.replace("TDP số 4\n", "TDP số 4:\n") + "Kính đơn\n(đã ký)\nNguyễn Thị Hoa", ("Nguyễn Thị Hoa",),
     ("Kính đơn",)),
    # the name the writer gave in "Tôi là …" signs again under the heading: the writer's
    ("ĐƠN ĐỀ NGHỊ\nTôi là Phạm Văn Long, ở tổ 4.\nÝ kiến của tổ trưởng tổ dân phố\n(ký, ghi rõ họ tên)\nPhạm Văn Long",
     ("Phạm Văn Long",), ("Ý kiến của tổ trưởng",)),
]))
def test_the_writers_signature_under_a_confirmation_heading_is_masked(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    (_REQUEST + "Bà Nguyễn Thị Hoa có hoàn cảnh đúng như trình bày.\n(đã ký)\nTạ Quang Vinh", ("Nguyễn Thị Hoa",),
     ("Tạ Quang Vinh",)),
    (_REQUEST + "Bà Nguyễn Thị Hoa có hoàn cảnh đúng như trình bày.\nNgười xác nhận\n(ký, ghi rõ họ tên)\nTạ Quang Vinh",
     ("Nguyễn Thị Hoa",), ("Tạ Quang Vinh",)),
]))
def test_the_officials_own_signature_under_a_confirmation_heading_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    # written with marks, "cậu" is an uncle: his name goes though a district bears it
    ("Tôi cho cậu Thanh Xuân vay 50 triệu, cậu ở quận Thanh Xuân nhưng giờ bỏ trốn.", ("cậu Thanh Xuân vay",),
     ("quận Thanh Xuân",)),
    ("Tôi cho cậu Minh Khai vay 30 triệu từ năm ngoái, cậu ở phố Minh Khai nhưng giờ không trả.", ("cậu Minh Khai vay",),
     ("phố Minh Khai",)),
    # a bridge written as such, or bare in a text without marks, is the place named again
    *each_way_cases([("Đoạn từ cầu Kim Ngưu đến ngã tư phố Kim Ngưu ngập sâu mỗi khi mưa.", (),
                      ("cầu Kim Ngưu", "phố Kim Ngưu"))]),
])
def test_an_uncle_written_with_marks_is_no_bridge(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # "cô Toàn" (folded "co toan") is a woman driving her car, not "có toàn" (there are only)
    ("Cô Toàn lái xe ô tô biển 30A-123.45 chở mẹ tôi đi khám, đến đầu ngõ 7 thì bị xe tải đỗ chặn lối.",
     ("30A-123.45",), ("ngõ 7",)),
    ("Cô Bốn đi xe máy biển 29B1-234.56 chở cháu đi học thì bị xe tải quệt ngã ở đầu ngõ.", ("29B1-234.56",), ()),
    # "có một nhóm thanh niên": unknown riders, the subject, keep their plate
    ("Tối qua có một nhóm thanh niên đi xe máy biển 29B1-234.56 rú ga trong ngõ 7.", (), ("29B1-234.56",)),
]))
def test_a_woman_named_toan_is_no_count_of_riders(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Phòng tiếp công dân ở p.102 nhà a1 ubnd phường, sáng thứ 5 không có ai trực.", (), ("p.102 nhà a1 ubnd",)),
    ("Bộ phận một cửa ở p.105 nhà b UBND phường đóng cửa sớm.", (), ("p.105",)),
    # a flat typed on a phone stays the writer's home
    ("dc: p.502 ct1b, nhà em bị thấm nước từ tầng trên.", ("p.502",), ("thấm nước",)),
]))
def test_a_room_of_the_wards_office_is_no_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text", [
    "em dang ky tam tru tai duong link https://dichvucong.gov.vn ma bao loi hoai, phuong chi giup em voi",
    "Nhà tôi nhận thông báo nếu không đóng tiền nước tại đường link https://capnuoc.example sẽ bị dừng cấp nước,"
    " tôi đã đóng rồi mà vẫn nhận.",
    "Thong bao cua to truong: ho nao chua cap nhat thong tin tai duong link https://forms.gle/xyz se bi dung ho tro."
    " Xin phuong xac nhan giup.",
])
def test_a_citizen_quoting_a_notices_deadline_is_no_phisher(text):
    for t in (text, afold(text)):
        assert spam_cues("", t) == [], t


@pytest.mark.parametrize("text", [
    # the ward's voice, no citizen writing (p-4335)
    "Thực hiện chỉ đạo của cấp trên, UBND phường Lưu Kiếm đề nghị công dân cập nhật tài khoản định danh mức 2 tại"
    " đường link vneid-phuong.example. Công dân chưa cập nhật sẽ bị dừng các dịch vụ công.",
    "Thông báo: hộ dân chưa cập nhật sinh trắc học tại đường link https://vneid-phuong.example sẽ bị dừng các dịch vụ"
    " công từ ngày 15/12.",
    # "tới" and "xác minh" are no writer: "tôi", "mình" are held to their marks
    "Trong thời gian tới, hộ dân chưa xác minh tại đường link https://vneid-phuong.example sẽ bị dừng trợ cấp.",
])
def test_a_notice_in_the_wards_voice_with_its_deadline_stays_phishing(text):
    for t in (text, afold(text)) if "tới" not in text else (text,):
        assert spam_cues("", t), t
