"""The detectors of core/privacy on the writings of the tuning items p-2510 … p-2559 (written blind): health- and
social-insurance numbers, businesses whose sign is a person's name, numbered streets, residences "cư ngụ tại",
plates of a business's truck, of an assailant's car and of a stolen vehicle described after the theft, the writer
named after their kinship, display names in mail headers and on a scammer's account, a kinship word signing alone."""

import pytest

from hopthu.core.redact import redact

from ward import gone

# -- insurance numbers (privacy/insurance.py) ---------------------------------------------------------------


@pytest.mark.parametrize("text,code", [
    ("Mẹ tôi là bà X, thẻ BHYT số HT 3 01 0123456789 bị mất khi đi viện.", "HT 3 01 0123456789"),
    ("Cha tôi, thẻ BHYT số HT3797923456781, nằm viện 10 ngày.", "HT3797923456781"),
    ("so the bhyt GD 4 79 7912345678 het han 31/12", "GD 4 79 7912345678"),
    ("Trong ví có thẻ bảo hiểm y tế mã DN 4 01 0123987654.", "DN 4 01 0123987654"),
])
def test_a_health_insurance_card_code_goes_whole_as_an_id(text, code):
    out = gone(text, code, *code.split()[:1])
    assert "[số giấy tờ]" in out and "[số điện thoại]" not in out, out


@pytest.mark.parametrize("text,number", [
    ("Mã số BHXH của em là 7921345678, tiền về tài khoản tên em.", "7921345678"),  # no 0: no phone either
    ("Mã số BHXH của tôi: 0197 016 452. Từ tháng 9 không thấy tiền về.", "0197 016 452"),
    ("ma so bao hiem xa hoi cua bo em 0105023716 da nop ho so", "0105023716"),
])
def test_a_social_insurance_number_after_its_cue_goes_as_an_id(text, number):
    out = gone(text, number)
    assert "[số giấy tờ]" in out, out


def test_a_phone_after_an_unrelated_ten_digit_run_is_still_a_phone():
    out = gone("Gọi BHXH quận hỏi rồi, số tôi 0912 345 678, cảm ơn.", "0912 345 678")
    assert "0912" not in out, out


# -- businesses by their sign (privacy/signs.py) and a daycare's number (homes.py) ---------------------------


@pytest.mark.parametrize("text,sign", [
    ("Quán nhậu Hải Mập ở đầu ngõ 68 Triều Khúc kê bàn ra hết vỉa hè.", "Quán nhậu Hải Mập"),
    ("tiệm nail Kim Anh ở mặt tiền hẻm 76 Nguyễn Trãi xài sơn dầu, mùi nồng nặc.", "tiệm nail Kim Anh"),
    ("quan nhau Hai Map o dau ngo 68 Trieu Khuc ke ban ra het via he.", "quan nhau Hai Map"),
])
def test_a_business_whose_sign_is_a_persons_name_stays(text, sign):
    gone(text, keep=(sign,))


@pytest.mark.parametrize("text,owner", [
    ("Chủ tiệm Kim Anh nói 'có giỏi thì gọi phường'.", "Kim Anh"),
    ("Cửa hàng của chị Kim Anh bán hàng hết hạn.", "Kim Anh"),
])
def test_the_owner_named_as_a_person_still_goes(text, owner):
    gone(text, owner)


def test_a_private_daycare_is_the_site_with_its_number():
    gone("Con tôi là cháu Đỗ Bảo Anh, 3 tuổi, gửi ở nhóm trẻ Hoa Mai (số 9 ngõ 12 Khương Hạ) từ tháng 9.", "Đỗ Bảo Anh",
         keep=("nhóm trẻ Hoa Mai (số 9 ngõ 12 Khương Hạ)",))


# -- numbered streets and "cư ngụ tại" (homes.py) -------------------------------------------------------------


@pytest.mark.parametrize("text", ["nha em o so 12/7 hem 12 duong so 9. em la Vi.", "Nhà em ở số 12/7 hẻm 12 đường số 9."])
def test_a_numbered_street_is_no_house_number(text):
    out = redact(text)
    assert ("12/7" not in out) and ("duong so 9" in out or "đường số 9" in out), out


@pytest.mark.parametrize("text,home", [
    ("Tôi tên Lâm Văn Phước, CCCD 079072004518, cư ngụ tại lô B14 cùng khu.", "lô B14"),
    ("Toi ten Lam Van Phuoc, cu ngu tai lo B14 cung khu.", "lo B14"),
    ("Gia đình tôi, cư ngụ tại số 15 ngõ 3 Kim Hoa, xin phản ánh đèn ngõ hỏng.", "số 15"),
])
def test_a_home_after_cu_ngu_tai_goes(text, home):
    gone(text, home)


# -- plates (numbers.py) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,plate", [
    ("Cái xe tải chở đá của cơ sở vật liệu Tấn Phát biển 43C-215.77 chạy vô kiệt ban đêm, cán bể nắp cống.", "43C-215.77"),
    ("Ở ngã tư có ông lái xe hơi biển 51H-093.58 cự cãi rồi đánh anh xe ôm chảy máu mũi.", "51H-093.58"),
    ("o nga tu co ong lai xe hoi bien 51H-093.58 cu cai roi danh anh xe om chay mau mui.", "51H-093.58"),
])
def test_a_business_truck_or_an_assailants_car_keeps_its_plate(text, plate):
    gone(text, keep=(plate,))


@pytest.mark.parametrize("text,plate", [
    ("Anh công an giúp ba em tìm lại chiếc xe bị lấy ở chợ. Ba em bán vé số, xe là Cub 50 biển 59-X3 441.09 cũ lắm.",
     "59-X3 441.09"),
    ("Nhà tôi bị mất trộm xe máy đêm 2/12. Xe là Honda Vision màu trắng, biển 29X1-234.56.", "29X1-234.56"),
])
def test_a_vehicle_described_after_its_theft_loses_its_plate(text, plate):
    gone(text, plate)


# -- names (intros.py, claimed.py, handles.py, closings.py) ---------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("Mong phường xử lý. Em là cháu bà Tư, Phương Uyên.", "Phương Uyên"),
    ("Xin cảm ơn. Tôi là con gái của ông Ba, Trần Thu Hà.", "Trần Thu Hà"),
])
def test_the_writer_named_after_their_kinship_goes(text, name):
    gone(text, name)


@pytest.mark.parametrize("text,name,keep", [
    ("Đề nghị phường cảnh báo cho các cụ trong tổ. Long, con bà Tâm tổ 5", "Long", "Đề nghị phường"),
    ("de nghi phuong canh bao cho cac cu trong to. Long, con ba Tam to 5", "Long", "de nghi phuong"),
    ("Xin phường xem giúp. Em Thảo, cháu ông Bảy đầu ngõ", "Thảo", "Em"),  # the title stays
])
def test_a_signature_saying_whose_kin_the_writer_is_goes_without_brackets(text, name, keep):
    """After the last sentence: "Long, con bà Tâm tổ 5" signs as "(Long, con bà Tâm)" does (p-2588)."""
    gone(text, name, keep=(keep,))


@pytest.mark.parametrize("text", ["em la tuong vi, zalo 0367 229 814.", "toi la thanh cong. nha o to 5."])
def test_a_lower_case_self_introduction_ending_in_a_function_word_goes(text):
    out = redact(text)
    assert "tuong vi" not in out and "thanh cong" not in out, out


def test_a_scammers_account_wearing_a_role_loses_its_name():
    gone("Mẹ em bị một tài khoản Zalo tên 'Cán bộ Phường - Minh Hoàng' gọi bảo cập nhật định danh.", "Minh Hoàng")


@pytest.mark.parametrize("text", [
    "Cảm ơn.\n\nFrom: Lan Hương <lan.h@mail.example>\nSent: Monday\n\nĐèn ngõ 8 hỏng.",
    "Cảm ơn.\n\nOn Fri, Nov 27, 2026 at 9:31 PM Lan Hương <lan.h@mail.example> wrote:\n> Đèn ngõ 8 hỏng",
    "Cảm ơn.\n\nVào 08:15 ngày 21/11/2026, Lan Hương <lan.h@mail.example> đã viết:\n> Đèn ngõ 8 hỏng",
])
def test_a_display_name_before_a_mail_address_goes(text):
    out = gone(text, "Lan Hương")
    assert "On Fri" in out or "On Fri" not in text, out


def test_an_official_greeted_by_role_stays_in_the_quote_header_and_an_office_box_too():
    text = ("Kính gửi đồng chí Phó Chủ tịch UBND phường Hoàng Minh Tiến,\nXe tải vẫn đỗ chắn ngõ.\n\n"
            "Vào 16:40, Hoàng Minh Tiến <tien@phuong.example> đã viết:\n> Đã giao công an kiểm tra.")
    gone(text, keep=("Hoàng Minh Tiến <",))
    gone("To: Hộp thư Góp Ý <gopy@phuong.example>", keep=("Góp Ý",))


@pytest.mark.parametrize("text", ["Thảo ơi gửi phường giúp mẹ: loa karaoke rung cả cửa kính.\nMẹ",
                                  "Con gửi giúp bố, đèn ngõ 8 hỏng cả tuần rồi. Bố"])
def test_a_kinship_word_signing_alone_is_no_name(text):
    out = redact(text)
    assert out.rstrip().endswith(("Mẹ", "Bố")), out


@pytest.mark.parametrize("header", [
    "On Fri, Nov 27, 2026 at 9:31 PM Nguyễn Minh Châu\n<chau@mail.example> wrote:",  # the client wrapped it
    "-----Original Message-----\nFrom: chau@mail.example\nSent: Friday, November 27, 2026",
    "Vào 21:31 Th 6, 27 thg 11, 2026, chau@mail.example đã viết:",
])
def test_a_signature_above_a_long_quoted_message_goes(header):
    text = ("Nước vẫn có mùi tanh, hôm nay còn có cặn đen.\nMinh Châu (căn 2212 HH2)\n84 966 201 775\n\n" + header
            + "\n> Em ở tòa HH2, nước mấy hôm nay có mùi tanh.\n> Mong phường kiểm tra.\n> Cảm ơn.")
    gone(text, "Minh Châu")
