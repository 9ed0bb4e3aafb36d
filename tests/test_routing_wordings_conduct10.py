"""An official's conduct beside the one-stop desk's procedures and land, round r-3731..r-3760 (rules/122, exclusions
in rules/53 and 94): a clerk who asks for a "fee to go faster", insults or turns a citizen away, or is not at the
desk is the official's conduct (the front), with the desk or the culture-social office co-ordinating; a question
about a late birth registration, a lost birth extract or a death registration is the desk's procedure even after a
thanks to a clerk; the chairman's reception schedule is the office's; an unanswered letter about a land title brings
the land office. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

CONDUCT = each_way([
    "Anh cán bộ nhận hồ sơ chứng thực nói muốn lấy trong ngày thì đưa anh 150 nghìn phí làm nhanh. Đề nghị Mặt trận "
    "xác minh.",
    "Cán bộ địa chính giữ hồ sơ tách thửa của tôi ba tháng, nói phải có chi phí thì mới chạy. Đề nghị làm rõ.",
    "Chị cán bộ tiếp nhận hồ sơ đăng ký kết hôn nói với tôi 'loại người như anh' rồi đuổi tôi ra ngoài. Đề nghị xem "
    "xét.",
])


@pytest.mark.parametrize("text", CONDUCT)
def test_a_clerk_asking_money_or_insulting_is_the_officials_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Cán bộ quầy hộ tịch hay bỏ đi uống cà phê trong giờ làm việc, tôi chờ nửa tiếng ở bộ phận một cửa mà hộ tịch "
    "không có ai. Đề nghị nhắc nhở cán bộ ngồi đúng giờ.",
]))
def test_a_clerk_away_from_the_desk_is_conduct_with_the_desk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "hcc" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi làm hồ sơ trợ cấp cho mẹ, lên phòng cán bộ văn hóa - xã hội ba lần không lần nào gặp, nghe nói chị ngồi "
    "quán cà phê. Đề nghị nhắc cán bộ có mặt đúng giờ.",
]))
def test_an_absent_culture_officer_is_conduct_with_her_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Chị cán bộ bắt tôi đi lại ba lần mới xác nhận tình trạng hôn nhân, không nói một lần cho xong, tôi thấy cố tình "
    "làm khó dân. Đề nghị Mặt trận nhắc nhở.",
]))
def test_a_clerk_sending_a_citizen_back_brings_the_desk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "hcc" in d.co_agencies, d.why


PROCEDURES = each_way([
    "Con tôi được 4 tháng mà chưa làm khai sinh, quá hạn rồi thì cần giấy tờ gì, có bị phạt bao nhiêu không ạ? "
    "Anh cán bộ tư pháp bảo tôi hỏi lại.",
    "Giấy khai sinh của tôi bị mất khi chuyển nhà, xin cấp bản sao trích lục khai sinh thì làm thế nào ạ?",
    "Em cảm ơn anh ở bộ phận một cửa đã hướng dẫn tận tình. Cho em hỏi đăng ký khai tử cho ông em mất ở quê thì làm "
    "ở đâu ạ?",
])


@pytest.mark.parametrize("text", PROCEDURES)
def test_a_civil_status_question_is_the_desks_procedure(rules_alone, text):
    d = rules_alone.classify(form(text, "Xây dựng chính quyền, cán bộ"))
    assert (d.category, d.agency) == ("thu_tuc", "hcc") and "mttq" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Đề nghị phường niêm yết đúng lịch tiếp công dân của Chủ tịch. Tôi lên thứ Sáu như trên bảng tin thì được bảo "
    "lịch đã đổi sang thứ Hai.",
]))
def test_the_chairmans_reception_schedule_is_the_office(rules_alone, text):
    d = rules_alone.classify(form(text, "Thủ tục hành chính"))
    assert (d.category, d.agency, d.co_agencies) == ("xd_chinh_quyen", "vp_ubnd", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đã gửi hai lá đơn hỏi về hồ sơ cấp sổ đỏ từ năm ngoái mà không được trả lời. Đề nghị UBND phường trả lời "
    "bằng văn bản và cho biết tình trạng hồ sơ của tôi.",
]))
def test_an_unanswered_letter_about_a_land_title_brings_the_land_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Con tôi vừa làm khai sinh ở bộ phận một cửa, rất nhanh, cảm ơn các chị. Giờ tôi muốn đăng ký thường trú cho "
    "cháu thì cần giấy tờ gì?",
]))
def test_a_passing_thanks_before_a_residence_question_brings_no_desk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "cong_an") and "hcc" not in d.co_agencies, d.why
