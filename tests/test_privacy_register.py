"""The detectors of core/privacy on the tuning items p-4500 … p-4529 (paper items an officer typed into the register:
"Công dân Trần B. (CCCD …) hỏi", "chuyển đơn của CD X", "Đ/c X, Bí thư chi bộ TDP 6, thay mặt bà con phản ánh"):
a citizen named after the register's "Công dân" or "CD" goes, an initial with its dot too; a submitter who opens the
summary with "Đ/c", a role and a reporting verb goes, whatever role they hold; an official after "đ/c" who is not the
one reporting stays; a stretch of lane "từ số 10 tới số 30" stays. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Công dân Trần B. (CCCD 001087034521) hỏi thủ tục tách thửa.", ("Trần B", "001087034521"), ("tách thửa",)),
    ("Công dân Lê Thị H. hỏi lịch tiêm chủng tại trạm y tế phường.", ("Lê Thị H",), ("trạm y tế phường",)),
]))
def test_a_citizen_with_an_initial_after_cong_dan_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đ/c Tổ trưởng TDP 10 chuyển đơn của CD Dương Thị Thơm, 72 tuổi, đề nghị hỗ trợ sửa nhà.",
     ("Dương Thị Thơm",), ("TDP 10",)),
    ("CD Thái Văn Mười phản ánh bãi rác tạm ở cuối ngõ 35 phố Đông Các.", ("Thái Văn Mười",),
     ("bãi rác tạm ở cuối ngõ 35 phố Đông Các",)),
]))
def test_a_citizen_after_the_registers_cd_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đ/c Hoàng Văn Lợi, Bí thư chi bộ TDP 6, thay mặt bà con phản ánh: mương thoát nước sau trạm biến áp bốc mùi.",
     ("Hoàng Văn Lợi",), ("mương thoát nước sau trạm biến áp", "TDP 6")),
    ("Phiếu số 3\nĐ/c Nông Văn Khải, Trưởng ban công tác Mặt trận TDP 2, kiến nghị sửa đèn đường ngõ 30.",
     ("Nông Văn Khải",), ("đèn đường ngõ 30",)),
]))
def test_a_submitter_opening_the_summary_with_dc_and_a_role_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Ý kiến của đ/c Ngô Thanh Bình: giao đ/c Khánh, cán bộ địa chính, kiểm tra.", (), ("Ngô Thanh Bình", "Khánh")),
    ("Đ/c Lý Thu Trang, công chức địa chính, đã hướng dẫn miệng ngày 20/11.", (), ("Lý Thu Trang",)),
]))
def test_an_official_after_dc_who_is_not_reporting_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đoạn hẻm 52 từ số 10 tới số 30 đang đào đường mà không rào chắn.", (), ("từ số 10 tới số 30",)),
]))
def test_a_stretch_of_lane_from_one_number_to_another_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà tôi ở số 12 ngõ 3, xưởng cơ khí cuối ngõ 3 chạy máy tới 23h.", ("số 12",), ("xưởng cơ khí cuối ngõ 3",)),
]))
def test_tới_alone_does_not_make_a_home_a_stretch(text, personal, keep):
    gone(text, *personal, keep=keep)
