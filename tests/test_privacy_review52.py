"""What the review of merge-47's register-summary names and the "từ … tới số" stretch cue found (review 52p, findings
1-6), each now a specification, with and without diacritics: a province, a district or a famous person after "công
dân" or "CD" is no citizen, nor is the official chairing "tiếp công dân" or the college typed "trường CD"; an official
opening a line with "Đ/c" who received, answered, heard or is accused by a report, or whom the line greets, keeps the
name, while a submitter with a front or party role still goes; every occurrence of every registered name goes in one
pass; a home reached "từ chợ tới số 25" is no stretch of street; a middle initial before a given name masks the whole
name, while a sentence starting after a final initial keeps its first words."""

from __future__ import annotations

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi là công dân Hà Nội, đang sống tại phường Lưu Kiếm, Hà Nội. Đường phố Hà Nội ngập rác.", (),
     ("công dân Hà Nội", "Kiếm, Hà Nội.", "Đường phố Hà Nội")),
    ("Tôi là công dân Hà Nam, hiện tạm trú tại phường, quê Hà Nam.", (), ("công dân Hà Nam", "quê Hà Nam")),
    ("Công dân Cao Bằng đến làm thủ tục, nhà ở Cao Bằng.", (), ("Công dân Cao Bằng", "ở Cao Bằng")),
    ("Trụ sở Tiếp công dân Hoàng Mai ở quận Hoàng Mai nên xem lại việc tiếp dân.", (),
     ("công dân Hoàng Mai", "quận Hoàng Mai")),
]))
def test_a_province_or_a_district_after_cong_dan_is_no_citizen(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tiếp công dân Nguyễn Văn Hùng, Phó Chủ tịch UBND phường, chủ trì buổi tiếp dân.", (), ("Nguyễn Văn Hùng",)),
    ("Buổi tiếp công dân Trần Văn Nam (Chủ tịch UBND phường) chủ trì có 12 hộ dự.", (), ("Trần Văn Nam",)),
    # the citizen of a register summary still goes
    ("Người phản ánh là công dân Nguyễn Văn An, TDP 5, cần phường trả lời.", ("Nguyễn Văn An",), ("TDP 5",)),
    ("Chuyển đơn của CD Dương Thị Thơm, 72 tuổi. CD Dương Thị Thơm đề nghị hỗ trợ.", ("Dương Thị Thơm",), ()),
]))
def test_the_official_chairing_a_citizens_reception_keeps_the_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Con tôi học trường CD Lý Tự Trọng, trên đường Lý Tự Trọng có quán nhậu mở loa suốt đêm.", (),
     ("trường CD Lý Tự Trọng", "đường Lý Tự Trọng")),
    ("Sinh viên trường CD Nguyễn Tất Thành phản ánh quán nhậu trước cổng trường trên đường Nguyễn Tất Thành.", (),
     ("CD Nguyễn Tất Thành", "đường Nguyễn Tất Thành")),
]))
def test_a_college_typed_cd_and_its_street_keep_their_famous_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đ/c Nguyễn Văn Hùng, CSKV phường, đã xuống kiểm tra và tiếp nhận phản ánh của bà con về quán karaoke.", (),
     ("Nguyễn Văn Hùng",)),
    ("Đ/c Trần Văn Nam, Chủ tịch UBND phường, đã trả lời kiến nghị của cử tri TDP 5 về đường ngõ 12.", (),
     ("Trần Văn Nam",)),
    ("Đ/c Phạm Văn Đức, Trưởng Công an phường, trình báo lên Công an quận về vụ trộm xe.", (), ("Phạm Văn Đức",)),
    ("Đ/c Lê Thị Hoa, cán bộ địa chính, đã giải quyết đơn khiếu nại của hộ gia đình ngõ 5.", (), ("Lê Thị Hoa",)),
    ("Đ/c Nguyễn Văn Hùng, CSKV phường, không xử lý phản ánh của chúng tôi về quán karaoke.", (),
     ("Nguyễn Văn Hùng",)),
    ("Đ/c Trần Văn Nam, Chủ tịch UBND phường, bị nhiều hộ dân tố cáo về việc cấp phép xây dựng.", (),
     ("Trần Văn Nam",)),
    ("Đ/c Trần Văn Nam, Chủ tịch UBND phường, cháu là học sinh xin kiến nghị về đèn đường ngõ 12.", (),
     ("Trần Văn Nam",)),
    ("Đ/c Vũ Hồng Phong, phó chủ tịch UBND phường, đã về tổ 14 nghe dân phản ánh việc mở ngõ.", (),
     ("Vũ Hồng Phong",)),
    ("Đ/c Lê Văn Cường, Tổ trưởng TDP 5, đã ghi nhận kiến nghị của các hộ ngõ 8.", (), ("Lê Văn Cường",)),
    ("Đ/c Lê Văn Cường, Tổ trưởng TDP 5, đã về họp nghe bà con phản ánh về đường ngõ 8.", (), ("Lê Văn Cường",)),
]))
def test_an_official_opening_the_line_who_handles_the_report_keeps_the_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đ/c Hoàng Văn Lợi, Bí thư chi bộ TDP 6, thay mặt bà con phản ánh: đường ngõ 8 ngập.", ("Hoàng Văn Lợi",),
     ("Bí thư chi bộ TDP 6",)),
    ("Đ/c Nông Văn Khải, Trưởng ban công tác Mặt trận TDP 2, kiến nghị sửa đèn đường ngõ 30.", ("Nông Văn Khải",),
     ("Mặt trận TDP 2",)),
    ("Phiếu số 3\nĐ/c Nông Văn Khải, Trưởng ban công tác Mặt trận TDP 2, kiến nghị sửa đèn đường ngõ 30.",
     ("Nông Văn Khải",), ("Mặt trận TDP 2",)),
    ("Đ/c Lê Văn Cường, Tổ trưởng TDP 5, thay mặt các hộ dân kiến nghị sửa đường.", ("Lê Văn Cường",),
     ("Tổ trưởng TDP 5",)),
]))
def test_a_submitter_opening_the_line_with_a_role_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_every_registered_name_goes_in_one_pass_the_longest_first():
    from hopthu.core.privacy.base import fold_same_length
    from hopthu.core.privacy.namewords import SURNAMES
    from hopthu.core.privacy.registered import registered_names

    text = "CD Nguyễn Văn An hỏi. CD Nguyễn Văn Anh hỏi. Sau đó Nguyễn Văn Anh và Nguyễn Văn An nộp hồ sơ."
    spans = registered_names(text, fold_same_length, SURNAMES)
    assert sorted(text[a:b] for a, b in spans) == ["Nguyễn Văn An"] * 2 + ["Nguyễn Văn Anh"] * 2
    assert registered_names("Công dân đến hỏi.", fold_same_length, SURNAMES) == []
    words = "An Bình Cường Dũng Giang Hà Hải Hùng Khánh Lan Linh Long Mai Minh Nam Nga Ngọc Phong Phúc Quang".split()
    register = "\n".join(f"CD Nguyễn {a} {b} hỏi thủ tục." for a in words for b in words)
    assert len(registered_names(register, fold_same_length, SURNAMES)) == len(words) ** 2


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Hàng ngày cháu đi bộ từ chợ tới số 25 ngõ 8 là nhà ông bà ngoại, đường tối không có đèn.", ("số 25",),
     ("từ chợ tới", "ngõ 8")),
    ("Bảo vệ dân phố từ chợ tới số 25 ngõ 8 là nhà bà ngoại cháu.", ("số 25",), ("ngõ 8",)),
    # a stretch of street between two numbers keeps them
    ("Ống nước vỡ từ số 5 tới số 40 ngõ 12.", (), ("từ số 5 tới số 40 ngõ 12",)),
    ("Đoạn hẻm 52 từ số 10 tới số 30 đang đào đường mà không rào chắn.", (), ("từ số 10 tới số 30",)),
]))
def test_a_home_reached_from_a_place_is_no_stretch_of_street(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Công dân Nguyễn V. Hùng (CCCD 001088012345) hỏi về cấp đổi sổ đỏ.", ("Nguyễn V.", "Hùng"),
     ("hỏi về cấp đổi sổ đỏ",)),
    ("Công dân Nguyễn V. Hùng hỏi về cấp đổi sổ đỏ.", ("Nguyễn V.", "Hùng"), ("hỏi về cấp đổi sổ đỏ",)),
    # a sentence starting after a final initial keeps its first words
    ("Công dân Trần B. Đề nghị phường cấp lại giấy xác nhận.", ("Trần B",), ("Đề nghị phường",)),
    ("Công dân Trần B. Hỏi về thủ tục.", ("Trần B",), ("Hỏi về thủ tục",)),
    ("Công dân Trần B. Trình bày về việc cấp đổi sổ đỏ.", ("Trần B",), ("Trình bày về việc",)),
    ("Công dân Trần B. Kiến nghị sửa đường.", ("Trần B",), ("Kiến nghị sửa đường",)),
    ("Công dân Trần B. (CCCD 001088012345) hỏi về thủ tục.", ("Trần B",), ("hỏi về thủ tục",)),
]))
def test_a_middle_initial_masks_the_given_name_after_it(text, personal, keep):
    gone(text, *personal, keep=keep)
