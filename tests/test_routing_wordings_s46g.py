"""Officials' conduct in land and building matters, round r-5171..r-5200 (rules/170, exclusions in rules/16, 17, 43,
56, 108): what an official did is the matter even where a plot, a title or a permit is named (public land handed to
the chair's relative, a land officer who never came to measure, who stalls a file to push a paid broker, a fine
taken without a receipt); the land case itself stays land when it is the request. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

FAVOURED = each_way([
    "Thửa đất công xen kẹt cạnh nhà văn hóa tổ 4 đã được giao cho em vợ ông chủ tịch phường, không niêm yết, không "
    "đấu giá. Đề nghị làm rõ việc ưu ái người nhà.",
])


@pytest.mark.parametrize("text", FAVOURED)
def test_public_land_handed_to_a_leaders_relative_is_the_officials_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why
    assert not d.complex, d.why


NO_SHOW = each_way([
    "Tôi hẹn cán bộ địa chính xuống đo đạc lại ranh giới thửa đất để làm sổ, hẹn 3 lần nhưng anh không đến, gọi điện "
    "không nghe, cũng không báo lại. Đề nghị phường nhắc nhở.",
])


@pytest.mark.parametrize("text", NO_SHOW)
def test_a_land_officer_who_never_comes_to_measure_is_conduct_not_a_boundary_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and not d.complex, d.why


BROKER = each_way([
    "Hồ sơ chuyển mục đích sử dụng đất của tôi nộp từ tháng 5, cán bộ địa chính bảo tự làm thì lâu, cứ đưa qua anh Hải "
    "bên dịch vụ 25 triệu là xong. Có phải cán bộ cố tình làm chậm không?",
    "Cán bộ địa chính bắt buộc tôi phải thuê công ty đo đạc của vợ anh ấy mới nhận hồ sơ tách thửa, như vậy là lợi "
    "dụng chức vụ.",
])


@pytest.mark.parametrize("text", BROKER)
def test_a_land_officer_pushing_a_paid_service_is_conduct_with_the_land_office(rules_alone, text):
    d = rules_alone.classify(form(text, "Đất đai, xây dựng"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi để tạm cát gạch sửa nhà trên vỉa hè, một anh công an phường bảo nộp tiền phạt nhanh 1 triệu thì khỏi lập "
    "biên bản, không có biên lai. Làm vậy có đúng không?",
]))
def test_a_fine_taken_without_a_receipt_is_conduct_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "cong_an" in d.co_agencies, d.why
    assert not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Sáng nào cũng có mấy thanh niên xăm trổ đi thu tiền bảo kê của người bán rau, không có biên lai, ai không nộp thì "
    "bị dọa đánh.",
]))
def test_racketeers_taking_money_without_a_receipt_stay_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Anh cán bộ trật tự xây dựng đến nhà tôi khi thợ đang lát lại sân (sửa chữa nhỏ, không phải xin phép), dọa lập "
    "biên bản phạt 20 triệu rồi bảo gửi anh em 5 triệu cho nhanh.",
]))
def test_an_officer_threatening_a_fine_for_money_is_conduct_not_a_permit_question(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Hồ sơ cấp giấy chứng nhận của tôi bị thất lạc giữa một cửa và địa chính, gần một năm nay tôi đi lại hơn chục lần, "
    "giờ bảo nộp lại từ đầu. Đề nghị làm rõ trách nhiệm cán bộ làm mất hồ sơ.",
]))
def test_a_file_lost_for_a_year_is_conduct_and_long_running(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Khi mở rộng ngõ, nhà tôi bị thu hồi 20 m² đất nhưng phương án bồi thường chỉ tính 12 m². Đề nghị kiểm tra lại hồ "
    "sơ đo đạc và tính lại bồi thường. Ngoài ra anh cán bộ đo đạc hôm đó nói năng khó nghe, mong Mặt trận nhắc nhở.",
]))
def test_the_compensation_asked_first_stays_land_beside_a_word_on_the_officer(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Gia đình tôi có đất bị thu hồi để mở rộng ngõ, tôi muốn gặp Chủ tịch phường để trình bày về bồi thường. Xin cho "
    "tôi biết lịch tiếp công dân định kỳ của Chủ tịch, tiếp ở phòng nào?",
]))
def test_asking_the_chairs_reception_schedule_is_the_offices_and_no_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd") and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Cho tôi hỏi xin giấy phép xây dựng cần những giấy tờ gì, nộp ở đâu? Nhà tôi muốn xây lại 3 tầng.",
]))
def test_what_a_building_permit_needs_is_the_desks_procedure(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc"), d.why
