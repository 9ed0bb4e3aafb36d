"""The front's own help or the social office's allowance, round r-4991..r-5020 (rules/164, exclusions in rules/10,
17, 85, 89, 127): siblings quarrelling over who keeps a parent's allowance go to mediation; an orphan's allowance is
the social office's even when the front is asked to find donors; a Great Unity house asked of the front is the
front's; a New Year greeting asks nothing; a fake welfare message asking for an OTP is junk, a citizen reporting one
is not; the front supervising how storm aid was shared brings the social office, and the storm is no danger now.
Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


@pytest.mark.parametrize("text", each_way([
    "Bố tôi 84 tuổi có tiền trợ cấp xã hội hằng tháng. Mấy anh em tôi cãi nhau mãi chuyện ai giữ tiền, ai nuôi bố. "
    "Nhờ tổ hòa giải xuống nói chuyện giúp gia đình.",
    "Anh chị em cãi nhau vì ai chăm mẹ, ai cầm tiền trợ cấp người cao tuổi của mẹ. Xin Ban công tác Mặt trận tổ đến "
    "khuyên giải.",
]))
def test_siblings_quarrelling_over_a_parents_allowance_go_to_mediation(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Đề nghị phường hướng dẫn làm hồ sơ trợ cấp xã hội cho cháu tôi là trẻ mồ côi cả cha lẫn mẹ. Nếu được, nhờ Mặt "
    "trận giới thiệu giúp nhà hảo tâm đỡ đầu cháu đi học.",
]))
def test_an_orphans_allowance_is_the_social_offices_and_the_donors_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "mttq" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi mái tôn thủng, tường nứt, tôi xin Mặt trận xét hỗ trợ sửa nhà theo chương trình nhà Đại đoàn kết.",
    "Chi hội Phụ nữ đề nghị Mặt trận đưa vào kế hoạch hỗ trợ xây nhà Đại đoàn kết cho chị Nhàn, mẹ đơn thân.",
]))
def test_a_great_unity_house_asked_of_the_front_is_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhân dịp năm mới, gia đình tôi kính chúc các cụ trong Hội Người cao tuổi và toàn thể bà con tổ 5 sức khỏe, "
    "hạnh phúc.",
]))
def test_a_new_year_greeting_asks_nothing(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "khac"


@pytest.mark.parametrize("text", each_way([
    "Hộ cận nghèo, người khuyết tật được nhận tiền hỗ trợ cuối năm. Đăng ký ngay, nhập số CCCD và mã OTP để nhận "
    "tiền trong 24h.",
]))
def test_a_fake_welfare_message_asking_for_an_otp_is_junk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" in d.flags and d.category == "khac", d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi nhận được tin nhắn: 'Đăng ký ngay, nhập số CCCD và mã OTP để nhận tiền trong 24h'. Tôi nghi lừa đảo, "
    "đề nghị công an phường cảnh báo bà con.",
]))
def test_a_citizen_reporting_such_a_message_is_no_junk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Sau bão, phường có tiền hỗ trợ các hộ bị tốc mái, đổ tường, nhưng danh sách nhận hỗ trợ ở tổ 4 có nhà không "
    "thiệt hại gì. Đề nghị Mặt trận phường giám sát việc phân bổ tiền hỗ trợ và công khai.",
]))
def test_the_front_supervising_storm_aid_brings_the_social_office_and_no_danger(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "vhxh" in d.co_agencies, d.why
    assert "urgent" not in d.flags and "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi được công nhận hộ cận nghèo từ tháng 5, giấy chứng nhận có rồi nhưng đến nay vẫn chưa được cấp thẻ bảo "
    "hiểm y tế. Nhờ phường kiểm tra danh sách.",
]))
def test_a_near_poor_household_waiting_for_its_cards_is_no_stuck_land_title(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("chinh_sach", "vhxh", False), d.why


@pytest.mark.parametrize("subject,text", [(s, t) for s, t in zip(
    each_way(["Hỏi hồ sơ trợ cấp khuyết tật"]),
    each_way(["Tôi lên phường hỏi hồ sơ trợ cấp cho con, cán bộ văn hóa - xã hội nói cộc, không hướng dẫn thiếu giấy "
              "gì. Đề nghị Mặt trận nhắc nhở cán bộ."]))])
def test_an_allowance_file_brings_no_one_stop_centre(rules_alone, subject, text):
    d = rules_alone.classify(sub(text, subject))
    assert d.agency == "mttq" and "vhxh" in d.co_agencies and "hcc" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đã gửi ba lá thư cho Ủy ban phường đề nghị xét trợ cấp xã hội cho mẹ tôi mà đến nay không nhận được văn bản "
    "trả lời nào. Đề nghị Ủy ban trả lời bằng văn bản.",
]))
def test_three_unanswered_letters_on_an_allowance_are_the_offices_and_long_running(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("xd_chinh_quyen", "vp_ubnd", True), d.why
