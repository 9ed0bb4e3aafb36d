"""Abuse and spam round 14, r-3791..r-3820 (rules/124, exclusions in rules/17 and 24): spam that passes for the
front's or a charity's own work (an appeal with an account number and a request to share it, a health-seminar
invitation with gifts, a survey with a prize, a front gift with a delivery fee, goods sold "for charity") and an
arson threat are flagged; the real letters beside them are not: a warning that a fake appeal in the front's name is
circulating, a question about the front's own account, a police officer who never came, a seminar that sold devices
to many elderly people, households who disown a sit-in and ask the front for a dialogue. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

SPAM = each_way([
    "Chung tay ủng hộ đồng bào vùng lũ! Mọi đóng góp xin chuyển về STK 0301 2288 4410 Sacombank, chủ tài khoản TRAN "
    "THI MY. Mong cô chú anh chị chia sẻ rộng rãi tin này.",
    "Ban vận động Quỹ Vì người nghèo đề nghị mỗi hộ đóng góp 300.000đ vào tài khoản 7711 0522 9093, chụp màn hình "
    "gửi Zalo 0977 110 235 để được ghi tên.",
    "Giấy mời: hội thảo chăm sóc sức khỏe người cao tuổi sáng thứ Bảy tại nhà hàng Sen Vàng, khách mời được tặng quà "
    "và đo tiểu đường miễn phí, giới thiệu sản phẩm máy massage Nhật Bản. Hotline 0901 447 122.",
    "Khảo sát mức độ hài lòng với dịch vụ công: 500 người đầu tiên nhận ngay 300.000đ, nhập số thẻ ngân hàng để "
    "nhận thưởng.",
    "Mặt trận tặng phần quà Tết cho hộ nghèo, đăng ký nhận quà tại qua-tet.example, người nhận chỉ trả phí vận "
    "chuyển 30.000đ.",
    "Mỗi hộp trà sâm quý khách mua, chúng tôi trích 20.000đ làm từ thiện cho trẻ em mồ côi. Đặt hàng qua Zalo "
    "0368 221 904, giao tận nơi.",
])


@pytest.mark.parametrize("text", SPAM)
def test_appeals_invitations_and_gifts_in_the_fronts_dress_are_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags and (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tao báo trước: tuần này không nạo vét cống thì tao mang can xăng qua đốt nhà thằng tổ trưởng.",
]))
def test_a_threat_to_bring_petrol_and_burn_a_house_is_abuse_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and "urgent" not in d.flags and d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Trên nhóm Zalo tổ 3 có tin \"Ủy ban MTTQ phường kêu gọi quyên góp ủng hộ lũ lụt\" nhưng số tài khoản đứng tên "
    "cá nhân, hỏi tổ trưởng thì Mặt trận không có thông báo này. Đề nghị công an phường kiểm tra để bà con khỏi bị lừa.",
    "Có một người đeo thẻ Mặt trận đi từng nhà xin tiền Quỹ Vì người nghèo, đưa biên lai tự in. Đề nghị công an "
    "phường kiểm tra người này.",
]))
def test_a_warning_about_a_fake_appeal_in_the_fronts_name_is_fraud(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "mttq" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi muốn ủng hộ đồng bào lũ lụt 2 triệu đồng nhưng trên mạng có nhiều số tài khoản cá nhân quá. Xin Mặt trận "
    "cho biết tài khoản chính thức của Ủy ban MTTQ phường để tiếp nhận tiền ủng hộ.",
]))
def test_asking_the_fronts_own_account_is_front_work(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đã gọi anh cảnh sát khu vực bốn lần về nhà bên hát karaoke đến 1 giờ sáng, lần nào anh cũng hứa nhưng không "
    "thấy ai xuống, lần cuối anh còn bảo đừng gọi nữa rồi cúp máy. Đề nghị Mặt trận có ý kiến.",
]))
def test_a_police_officer_who_never_came_is_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "cong_an" in d.co_agencies, d.why
    assert "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Bố tôi đi hội thảo sức khỏe ở nhà văn hóa, được tặng quà rồi ký mua máy 30 triệu, đặt cọc 4 triệu. Trong tổ "
    "nhiều cụ cũng ký mua như vậy. Đề nghị phường kiểm tra công ty và giúp các cụ lấy lại tiền cọc.",
]))
def test_a_seminar_that_sold_devices_to_many_elderly_is_a_complex_fraud(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.agency == "cong_an" and d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Khoảng 30 hộ bức xúc về giá đền bù, trên nhóm Zalo có người rủ kéo lên phường ngồi chặn cổng, chúng tôi không "
    "đồng tình. Đề nghị Mặt trận đứng ra tổ chức buổi đối thoại giữa bà con với lãnh đạo phường.",
]))
def test_households_who_disown_a_sit_in_and_ask_for_a_dialogue_are_no_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags and (d.category, d.agency) == ("mat_tran", "mttq"), d.why
    assert "kt_hatang" in d.co_agencies, d.why
