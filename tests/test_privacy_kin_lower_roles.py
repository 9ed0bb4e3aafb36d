"""The detectors of core/privacy on the tuning items p-3690 … p-3719 (names of private people as citizens write them):
a relative's name in lower case after "<relative> tôi là" goes (`kinlower`), the verb after a four-word lower-case
name stays; an official named right after "vợ ông Tổ trưởng …" is the role holder and stays, a relative named after
"là" goes (`leadins`); a person after "mà"/"nhưng" when the role before already had its full name is private
(`joinedprivate`); "trường TH X" is a school. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("con chó cắn vào chân cháu nội tôi là bé minh khôi 5 tuổi, phải đi tiêm", ("minh khôi",), ("5 tuổi",)),
    ("con gái tôi là bảo ngọc, học lớp 3 trường bên cạnh", ("bảo ngọc",), ("học lớp 3",)),
    ("con tôi là bé na, 4 tuổi, bị ngã ở cầu thang", (" na,",), ("4 tuổi",)),
]))
def test_a_relatives_lower_case_name_after_toi_la_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("con tôi là công nhân ở khu công nghiệp, ca đêm mới về", (), ("công nhân",)),
    ("mẹ tôi là người cao tuổi, sống một mình", (), ("người cao tuổi",)),
    ("vợ tôi là giáo viên", (), ("giáo viên",)),
    ("Tôi là giáo viên", (), ("giáo viên",)),
]))
def test_a_job_or_a_state_after_toi_la_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("con toi la chau pham gia bao dang on thi vao lop 10", ("pham gia bao",), ("dang on thi",)),
    ("ong xa toi la pham van duc lam ca dem ve khong ngu duoc", ("pham van duc",), ("lam ca dem",)),
]))
def test_the_verb_after_a_lower_case_full_name_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà văn hóa TDP 7 bị bà Mến, vợ ông Tổ trưởng TDP 7 Lê Văn Sang, dùng làm kho. Bà con ý kiến nhưng ông Sang nói "
     "là tạm thời.", ("Mến",), ("Lê Văn Sang", "ông Sang")),
    ("Vợ ông Chủ tịch phường là bà Thoa mở quán lấn vỉa hè.", ("Thoa",), ("Chủ tịch phường",)),
]))
def test_an_official_named_after_his_relatives_word_stays_the_relative_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đã báo ông tổ trưởng Trần Văn Bình mấy lần mà bà Thoa nhà đầu ngõ 17 vẫn đổ rác.", ("Thoa",),
     ("Trần Văn Bình", "ngõ 17")),
    ("da bao ong to truong tran van binh may lan ma ba thoa nha dau ngo 17 van do rac. ong binh noi da nhac roi.",
     ("thoa",), ("tran van binh", "ong binh")),
    ("Tổ trưởng TDP 5 ông Trần Văn Bình nhiệt tình nhưng ông Bình bận.", (), ("Trần Văn Bình", "ông Bình")),
]))
def test_a_person_after_but_is_private_once_the_role_had_its_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Con tôi học lớp 5B trường TH Lê Ngọc Hân, cổng trường ngập.", (), ("trường TH Lê Ngọc Hân",)),
    ("Cháu học trường MN Hoa Sen từ năm ngoái.", (), ("trường MN Hoa Sen",)),
]))
def test_a_school_abbreviated_th_or_mn_keeps_its_name(text, personal, keep):
    gone(text, *personal, keep=keep)
