"""The detectors of core/privacy on the tuning items p-3780 … p-3809 (what must be kept: officials in role, places,
businesses and landmarks named like people, sites, hotlines beside them): a language centre's sign name after
"tiếng Anh", an urban-order officer named before his team, Sunday typed without diacritics, a market, temple or
pagoda named after a lady typed without diacritics, and "Đại diện:" heading a signature stay; an eight-digit service
line goes like any phone. With and without diacritics where the writing allows it."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Xe đưa đón của Trung tâm tiếng Anh Ngôi Sao đỗ trước cổng trường. Em là phụ huynh bé Bống.",
     ("Bống",), ("Trung tâm tiếng Anh Ngôi Sao",)),
]))
def test_a_centre_named_after_the_english_language_keeps_its_sign(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Bà chủ sạp tên Tám chắn lối. Anh Lâm Quốc Trung bên trật tự đô thị phường xuống nhắc rồi.",
     ("Tám",), ("Lâm Quốc Trung",)),
    ("Chị Đỗ Thu Trang đội quản lý đô thị phường đã lập biên bản.", (), ("Đỗ Thu Trang",)),
]))
def test_an_urban_order_officer_named_before_the_team_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em có gọi tổng đài 1900 9095 hỏi lịch thì toàn máy bận.", ("1900 9095",), ()),
    ("Hotline 1800.1234 không ai nghe.", ("1800.1234",), ()),
]))
def test_an_eight_digit_service_line_goes_like_any_phone(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_year_or_an_amount_is_no_service_line():
    gone("Ngôi đình xây từ năm 1900, tu bổ hết 1.800.000 đồng.", keep=("1900", "1.800.000"))


def test_sunday_without_diacritics_is_no_uncle():
    gone("Sang chu nhat con cho xe tai dung do hang 8h sang.", keep=("Sang chu nhat con cho xe tai",))
    gone("Chu nhat nao ho cung hat karaoke.", keep=("Chu nhat nao",))


def test_an_uncle_called_nhat_with_a_capital_still_goes():
    gone("Xe cua chu Nhat do chan ngo.", "Nhat")


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhà tôi ở góc chợ Bà Chiểu, xe bị mất trước nhà thuốc.", (), ("chợ Bà Chiểu",)),
    ("Rác đổ cạnh đền Bà Kiệu rất bẩn, hàng rong chiếm vỉa hè chùa Bà Đá.", (), ("đền Bà Kiệu", "chùa Bà Đá")),
]) + [("Nhà tôi ở gần chợ Bà Chiểu, xe bị mất trước nhà thuốc.", (), ("chợ Bà Chiểu",))])  # unmarked "gan cho": see
# test_privacy_review_mends_42 ("gán cho", "gần chỗ": a market only after a part of it, or placed so elsewhere)
def test_a_place_named_after_a_lady_stays_with_or_without_diacritics(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_money_given_to_a_lady_keeps_her_name_private():
    gone("toi da dua tien cho Ba Lan roi ma chua thay sua.", "Lan")


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Đường ống ngõ 8 bị rò.\n\nThay mặt các hộ dân ngõ 8,\nĐại diện: Kha Văn Lộc\n", ("Kha Văn Lộc",), ("Đại diện",)),
]))
def test_on_behalf_heading_a_signature_stays_and_the_signatory_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
