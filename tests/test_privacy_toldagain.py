"""The detectors of core/privacy on the tuning items p-3840 … p-3869 (names in stories of disputes and wrongdoing):
a private person named once and then told again by a bare given name after a word opening the sentence ("Giờ Huy
chặn zalo em", "Vợ Mẫn là …"), by a name they only claim ("tự xưng là Tuấn"), in lower case opening a sentence, or by
a display name made of their name's words; an official's wife named right after his role; a gold shop's sign after
its named owner; a lodging "in" a lane; a street that reads like a nuisance ("Cầu Diễn", "câu điện"); the surname
Vy. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em cho anh Đặng Quốc Huy ở cùng xóm trọ vay 35 triệu. Giờ Huy chặn zalo em, nhắn thì không trả lời.",
     ("Đặng Quốc Huy", "Huy"), ()),
    ("Gia đình Lưu Văn Mẫn cho nước thải chảy sang sân nhà tôi. Vợ Mẫn là Khúc Thị Ngọt còn chửi mẹ tôi.",
     ("Lưu Văn Mẫn", "Mẫn", "Khúc Thị Ngọt"), ()),
]))
def test_a_given_name_again_after_a_word_opening_the_sentence_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Anh Trần Văn Hà ở cùng ngõ nợ tôi 20 triệu. Giờ Hà Nội mưa to, tôi chưa lên đòi được.",
     ("Trần Văn Hà",), ("Hà Nội",)),
]))
def test_a_given_name_that_opens_a_place_stays_with_the_place(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_morning_is_no_given_name_told_again():
    gone("Sáng 3/12 tôi gặp ông Lò Văn Sáng ở chợ, ông ấy hứa trả nợ.", "Lò Văn Sáng", keep=("Sáng 3/12",))


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Thằng cầm đầu tự xưng là Tuấn, nó gọi em chửi bới suốt. Hôm đó Tuấn cầm gạch đập vỡ kính xe em.",
     ("Tuấn",), ()),
    ("Một người tự xưng là Công an phường gọi điện đòi tôi chuyển tiền.", (), ("Công an phường gọi",)),
]))
def test_a_name_someone_only_claims_goes_and_a_claimed_office_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tháng 2 ông Vương Đình Hiếu, cán bộ địa chính phường, cùng vợ là bà Tôn Nữ Hoa vay của tôi 200 triệu. "
     "Tôi đến đòi thì bà Hoa đuổi về.", ("Tôn Nữ Hoa", "Hoa"), ("Vương Đình Hiếu",)),
]))
def test_an_officials_wife_named_after_his_role_goes_and_he_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Mẹ nó là chị Vũ Thị Hiền, tôi đã nhắn qua zalo Hiền Vũ nhưng chị ấy chặn tôi.", ("Vũ Thị Hiền", "Hiền Vũ"), ()),
]))
def test_a_display_name_made_of_a_found_names_words_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_given_name_in_lower_case_opening_a_sentence_goes():
    gone("May thang nay chau bi bat nat, cam dau la Vu Tuan Kiet. kiet bat chau nop 20 nghin moi sang.",
         "Vu Tuan Kiet", "kiet")


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Năm nay chú Toản rao bán đất, người mua là bà Hường chủ hiệu vàng Kim Thành đã đặt cọc.",
     ("Toản", "Hường"), ("hiệu vàng Kim Thành",)),
]))
def test_a_gold_shops_sign_after_its_named_owner_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Em trước thuê phòng 204 dãy trọ ở ngách 3/15 Phú Diễn, chủ trọ giữ 4 triệu tiền cọc.",
     ("phòng 204",), ("ngách 3/15 Phú Diễn",)),
    ("Em ở phòng 7 dãy trọ cô Sáu cuối ngõ 33, chủ trọ tăng tiền điện.", ("phòng 7 dãy trọ cô Sáu",), ("ngõ 33",)),
]))
def test_a_lodging_in_a_lane_leaves_the_lane(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Ông Trần Văn Thọ, nhà ở số 41 ngõ 102 Cầu Diễn, đêm nào cũng say rượu đứng giữa ngõ chửi bới cả xóm.",
     ("Trần Văn Thọ", "số 41"), ("ngõ 102 Cầu Diễn",)),
]))
def test_a_street_called_cau_dien_is_no_wiring_at_a_home(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tôi xin gửi danh sách người chứng kiến:\nVy Văn Khoa, thợ xây đang làm nhà bên cạnh;\nông Thịnh chặt cây xong "
     "chở gỗ đi bằng xe ba gác.\nTôi đã nộp đơn tại bộ phận một cửa.\nMong phường xử lý sớm.\nXin cảm ơn.\nTrân trọng.",
     ("Vy Văn Khoa", "Thịnh"), ("bộ phận một cửa",)),
]))
def test_the_surname_vy_opens_a_full_name(text, personal, keep):
    gone(text, *personal, keep=keep)
