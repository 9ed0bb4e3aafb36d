"""What agencies see: the problem and its place, never who wrote."""

from hopthu.core.redact import find_email, find_phone, redact


def test_phone_numbers_in_every_usual_writing_are_removed():
    for phone in ("0912 345 678", "0987.654.321", "+84 903 123 456", "0903123456", "024-3856-1234"):
        out = redact(f"Liên hệ {phone} nhé")
        assert phone not in out and "[số điện thoại]" in out, phone


def test_email_and_citizen_id_are_removed():
    out = redact("Email tôi: an.nguyen@gmail.example, CCCD 001085012345.")
    assert "an.nguyen" not in out and "001085012345" not in out


def test_the_submitters_name_is_removed_with_or_without_diacritics():
    out = redact("Tôi là Nguyễn Thị Hoa. Ký tên: NGUYEN THI HOA", names=["Nguyễn Thị Hoa"])
    assert "Hoa" not in out and "HOA" not in out


def test_the_home_address_goes_but_the_problems_place_stays():
    out = redact("Đèn đường hỏng ở đầu ngõ 12 phố Trần Phú. Nhà tôi ở số 15 ngõ 12 phố Trần Phú, rất tối.")
    assert "đầu ngõ 12 phố Trần Phú" in out
    assert "số 15" not in out


def test_a_tradesman_called_by_his_first_name_is_removed_but_the_trade_stays():
    out = redact("Nhận sửa điện nước tận nhà. Gọi thợ Đạt 0917 552 804.")
    assert "Đạt" not in out and "thợ" in out
    assert "thợ điện nước" in redact("Tôi gọi thợ điện nước đến sửa.")


def test_dates_and_house_counts_are_not_taken_for_phone_numbers():
    text = "Ngày 20/11/2026 có 300 hộ dân bị ảnh hưởng"
    assert redact(text) == text


def test_numbers_are_masked_only_when_they_stand_alone():
    assert redact("CMND 123 456 789 012 và 123456789") == "CMND [số giấy tờ] và [số giấy tờ]"
    # Inside longer numbers (a parcel code) nothing is a phone or an ID.
    for text in ("mã 1234567890123", "hồ sơ 5+0912345678", "số 10912345678"):
        assert redact(text) == text, text
    # An account number is personal whoever holds it; the cue stays.
    assert redact("tài khoản 90123456789012") == "tài khoản [số tài khoản]"
    assert redact("Gọi +84 912 345 678 hoặc 84912345678") == (
        "Gọi [số điện thoại] hoặc [số điện thoại]")
    # Only the house number goes: the lane and the rest of the sentence stay.
    assert redact("ĐỊA CHỈ: 15 ngõ 3. Đèn hỏng") == "ĐỊA CHỈ: [số nhà] ngõ 3. Đèn hỏng"


def test_contacts_are_found_in_a_form_field():
    assert find_email("Email: hoa.nguyen@gmail.example hoặc điện thoại") == "hoa.nguyen@gmail.example"
    assert find_phone("sđt 0912.345.678") == "0912345678"
    assert find_phone("+84 912 345 678") == "0912345678"


def test_log_lines_never_carry_addresses_or_phone_numbers():
    import logging

    from hopthu.core.redact import LogRedactor

    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "550 <%s> rejected, call %s", ("an@gmail.example", "0912 345 678"), None)
    assert LogRedactor().filter(record)
    assert record.getMessage() == "550 <[email]> rejected, call [số điện thoại]"
