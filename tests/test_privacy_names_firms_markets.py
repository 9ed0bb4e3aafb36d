"""The detectors of core/privacy on the tuning items p-4380 … p-4409 (private people's names: three-word names
mid-sentence and one-word given names without diacritics, beside officials, streets, schools, markets, pagodas and
firms named after people): a relative's bare given name after "<kinship> <honorific> X là" goes; a firm's registered
name with trade words ("Công ty TNHH Xây dựng Quang Minh") and a market placed by "trong/quanh/khu chợ" stay; an
unaccented handle opening with a given name ("Zalo Khai So Do") goes; "quan tâm" is no shop ("quán") making a home a
site; a house being built ("xây nhà bốn tầng tại số 21") is the site. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Hỏi thì anh Quân bảo đã nói với phường, em trai anh Quân là Thọ còn quát người đi đường.", ("Quân", "Thọ"), ()),
    ("Ông Bảy cho thuê trọ, vợ ông Bảy tên là Lành hay đổ rác ra đầu ngõ 40.", ("Bảy", "Lành"), ("ngõ 40",)),
]))
def test_a_relatives_bare_given_name_after_kinship_and_a_named_person_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Con trai ông Tư là Chủ tịch phường nên không ai dám nói.", (), ("Chủ tịch phường",)),
]))
def test_a_role_after_la_is_no_name(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Công trình do Công ty TNHH Xây dựng Quang Minh thi công ban đêm, chỉ huy trưởng là ông Lại Đức Toản.",
     ("Lại Đức Toản",), ("Công ty TNHH Xây dựng Quang Minh",)),
    ("Xe tải của Cty CP Thương mại và Dịch vụ Hùng Cường đỗ chắn phố Hàng Chuối.", (),
     ("Cty CP Thương mại và Dịch vụ Hùng Cường", "phố Hàng Chuối")),
]))
def test_a_firms_registered_name_with_trade_words_stays_and_its_manager_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em mua thịt ở quầy chị Dung trong chợ Nguyễn Công Trứ, đề nghị kiểm tra ở chợ Nguyễn Công Trứ.",
     ("Dung",), ("chợ Nguyễn Công Trứ",)),
]))
def test_a_market_named_after_a_person_placed_by_trong_cho_stays_wherever_said_again(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em đã chuyển tiền cho Nguyễn Văn An rồi mà chưa nhận được hàng.", ("Nguyễn Văn An",), ()),
]))
def test_a_name_after_cho_with_no_market_word_still_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", [
    ("Liên hệ anh Khải 0911 846 205 hoặc Zalo Khai So Do, email khaisodo@mail.example.", ("Khải", "Khai So Do"), ()),
    ("Lien he anh Khai 0911 846 205 hoac Zalo Khai So Do, email khaisodo@mail.example.", ("Khai So Do", "anh Khai"), ()),
])
def test_an_unaccented_handle_opening_with_a_given_name_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Nhờ phường quan tâm bà Sáu ở số 3 ngách 8/2 ngõ 25 phố Nguyễn Siêu, bà 87 tuổi sống một mình.",
     ("Sáu", "số 3"), ("ngách 8/2 ngõ 25 phố Nguyễn Siêu",)),
]))
def test_quan_tam_is_no_shop_so_the_cared_for_persons_home_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Quán nhậu ở số 3 ngõ 25 mở nhạc to đến nửa đêm.", (), ("số 3 ngõ 25",)),
]))
def test_a_shop_before_the_number_still_makes_it_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi ở số 14 ngõ 27. Gia đình ông Phạm Quang Vinh xây nhà bốn tầng tại số 21 ngõ 27, cát gạch chiếm lòng ngõ.",
     ("số 14", "Phạm Quang Vinh"), ("số 21 ngõ 27",)),
]))
def test_a_house_being_built_is_the_site_and_the_writers_home_goes(text, personal, keep):
    gone(text, *personal, keep=keep)
