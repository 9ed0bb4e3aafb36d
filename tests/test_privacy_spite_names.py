"""The detectors of core/privacy on the tuning items p-4320 … p-4349 (names and contacts in spam, scam and abuse
items and in short Form answers): a given name scorned after "con"/"thằng" goes though a leader's role stands earlier
in the line, a name after a relative's word and a scornful pronoun ("Con gái mụ là X") goes, the person a message
sends the reader to on its hotline goes whatever role it claims, and the writer's own house number in brackets after
their name and TDP goes while the neighbour's home, the site, stays. With and without diacritics."""

import pytest

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Tổ trưởng ngu và con Diệp lắm mồm", ("Diệp",), ()),
    ("Ông tổ trưởng chỉ bênh thằng Khải, thằng Khải thì xả nước sang nhà tôi.", ("Khải",), ()),
]))
def test_a_given_name_scorned_after_con_or_thang_goes_despite_a_role_before(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("cái thằng Phạm Đức Lương trưởng công an phường đúng là đồ ăn hại", (), ("Phạm Đức Lương",)),
]))
def test_an_official_insulted_by_full_name_in_his_role_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Bà ta là đồ phù thủy. Con gái mụ là Hạnh Dung cũng đi học bùa.", ("Hạnh Dung",), ()),
    ("Lão ấy làm gián điệp, vợ hắn là Nhàn còn buôn hàng cấm.", ("Nhàn",), ()),
]))
def test_a_name_after_a_relative_and_a_scornful_pronoun_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("Cần hỗ trợ xin gọi hotline 0583 902 614 gặp chị Lê Thị Hằng, cán bộ một cửa.",
     ("0583 902 614", "Lê Thị Hằng"), ()),
    ("Mọi thắc mắc gọi đường dây nóng 0867 430 512 gặp anh Tùng, cán bộ phường.", ("0867 430 512", "Tùng"), ()),
]))
def test_the_person_to_ask_for_on_a_messages_hotline_goes(text, personal, keep):
    gone(text, *personal, keep=keep)


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    ("chị Mai tổ 10 (số nhà 33) phản ánh nhà bên cạnh số 35 ngõ 18 phố Trần Phú của ông Tiệp nuôi 4 con chó to,"
     " đêm nào cũng sủa.", ("số nhà 33", "Mai", "Tiệp"), ("số 35 ngõ 18 phố Trần Phú",)),
    ("Em Lan TDP 4 (SN 12) phản ánh quán nhậu số 20 ngõ 7 hát đến 1 giờ sáng.", ("SN 12", "Lan"), ("số 20 ngõ 7",)),
]))
def test_the_writers_bracketed_number_after_name_and_tdp_goes_the_site_stays(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_notice_as_the_ward_sending_citizens_to_a_link_is_spam():
    from hopthu.core.flags import spam_cues

    subject = "UBND phường Lưu Kiếm: cập nhật định danh mức 2 trước 10/12"
    text = ("UBND phường Lưu Kiếm đề nghị công dân cập nhật tài khoản định danh mức 2 tại đường link"
            " vneid-luukiem.example. Công dân chưa cập nhật sẽ bị dừng các dịch vụ công.")
    assert spam_cues(subject, text)
    # a citizen asking about the same update is no notice
    assert not spam_cues("", "Xin hỏi phường: em đã cập nhật tài khoản định danh mức 2 tại đường link"
                             " vneid-luukiem.example có đúng không, em sợ bị lừa.")
