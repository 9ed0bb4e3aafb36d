"""The detectors of core/privacy on the tuning items p-3870 … p-3899 (spam, scams and abusive letters, and citizens'
letters about them): a name after "xưng là" / "tự giới thiệu là" goes whether a role follows or not; a private firm's
"trưởng phòng nhân sự" or "trợ lý" is no official; a phishing message's "cán bộ phụ trách" goes, a real letter's
officer stays; a given name opening a chat display name in quotes goes; the writer's given name alone on the last line
goes when the self-introduction ended with it; a TDP leader named right after "vợ ông tổ trưởng …" stays while his wife
goes. With and without diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Người đòi nợ xưng là Quân, gọi từ số lạ, bắt chuyển tiền vào tài khoản.", ("Quân",), ()),
    ("Một người tự giới thiệu là Quách Văn Bình, phó chủ tịch hội, đưa biên lai photo không có dấu.",
     ("Quách Văn Bình",), ()),
    ("Có người tự xưng là Công an phường gọi cho bà tôi, bảo bà chuyển tiền.", (), ("Công an phường",)),
]))
def test_a_name_after_a_claim_goes_with_or_without_a_role(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Kết bạn Zalo với trưởng phòng nhân sự Mai Phương Thảo để nhận việc làm tại nhà.", ("Mai Phương Thảo",), ()),
    ("Đăng ký giữ chỗ qua Zalo (trợ lý Hà Vy) trước thứ Bảy.", ("Hà Vy",), ()),
]))
def test_a_private_firms_title_is_no_public_role(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Kê khai số CCCD tại https://hotro.example/dangky. Cán bộ phụ trách: Đoàn Thị Yến – cán bộ LĐTBXH phường.",
     ("Đoàn Thị Yến",), ()),
    ("Truy cập đường link để nhập mã OTP. Mọi vướng mắc liên hệ: Cán bộ Nguyễn Văn Hùng, Công an phường.",
     ("Nguyễn Văn Hùng",), ("Công an phường",)),
]))
def test_the_officer_a_phishing_message_names_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi đã hỏi chị Nguyễn Thu Trang, cán bộ văn hóa – xã hội phường, thì được biết phường không thu tiền tận nhà.",
     (), ("Nguyễn Thu Trang",)),
    ("Tôi gọi hỏi thì chị Giang Thu Hiền, chủ tịch Hội Chữ thập đỏ phường, nói hội không cử ai đi xin ở chợ.",
     (), ("Giang Thu Hiền",)),
]))
def test_a_real_officer_in_a_letter_about_a_scam_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Bố tôi liên hệ người tên Tuấn (Zalo \"Tuấn Đất Nền Lưu Kiếm\") để xem đất.", ("Tuấn",), ("Lưu Kiếm",)),
]))
def test_a_given_name_opening_a_chat_display_name_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em là Trương Quốc Bảo, nhà ở ngõ 5 phố Vọng Hà. Bà nội em bị lừa 2 triệu, anh Khánh bảo phường không thu.\nBảo",
     ("Bảo",), ("ngõ 5 phố Vọng Hà", "bảo phường")),
]))
def test_the_writers_given_name_alone_on_the_last_line_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Vợ ông tổ trưởng TDP 7 Hà Văn Long là mụ Kiều bán hàng ở chợ, còn bỏ bùa cho ông Long.", ("Kiều",),
     ("Hà Văn Long", "ông Long")),
]))
def test_a_leader_named_after_his_wifes_kinship_word_stays(text, personal, keep):
    gone(text, *personal, keep=keep)
