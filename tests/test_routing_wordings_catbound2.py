"""Category-boundary wordings of round r-2389..r-2408 (rules/79, the exclusion in rules/56, the desk's words in
rules/94): a dossier lost at the desk and the citizen blamed (conduct, though the letter names the procedure and
asks which papers are needed) beside the same papers asked about plainly; short letters that only point to a
meeting or to pages sent with them (an officer must look, though they are addressed to the front) beside a plain
request for mediation; an unanswered opinion sent through the mailbox (the front's own work) beside a letter to
the committee never answered; waste water poured onto the pavement (pollution) beside a broken sewer; a travel
company keeping a deposit (outside) beside a swindle. Each is tried with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub


@pytest.mark.parametrize("text", each_way([
    "Tôi nộp hồ sơ chứng thực ở bộ phận một cửa, đến hẹn lên lấy thì cán bộ bảo không thấy, chắc tôi chưa nộp, "
    "bắt làm lại từ đầu, không một lời xin lỗi. Đề nghị phường xem lại tinh thần trách nhiệm của cán bộ này.",
    "Cán bộ hộ tịch làm thất lạc hồ sơ đăng ký khai sinh của con tôi rồi đổ lỗi cho tôi nộp thiếu.",
]))
def test_a_dossier_lost_and_the_citizen_blamed_is_conduct(rules_alone, text):
    """r-2389: whatever the Form's field, the officer's conduct; the one-stop centre co-ordinates."""
    d = rules_alone.classify(form(text, "Thủ tục hành chính"))
    assert (d.category, d.agency, d.co_agencies) == ("xd_chinh_quyen", "mttq", ["hcc"]), d.why


@pytest.mark.parametrize("text", each_way([
    "Con tôi sinh năm 2023 giờ mới đăng ký khai sinh quá hạn. Lần nào cán bộ hộ tịch cũng bắt bổ sung thêm một thứ "
    "giấy khác, tôi đề nghị ghi ra giấy thì không ghi. Đề nghị Mặt trận xem xét cách làm việc của cán bộ này, và "
    "chỉ giúp tôi cần những giấy tờ gì.",
]))
def test_a_review_of_how_an_officer_works_is_conduct_beside_the_papers_asked(rules_alone, text):
    """r-2392."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi cần bản sao trích lục khai sinh của con. Xin hỏi cần mang những giấy tờ gì, lệ phí bao nhiêu, ông bà "
    "có lấy hộ được không?",
]))
def test_the_papers_asked_about_plainly_stay_the_procedure(rules_alone, text):
    """r-2390."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc"), d.why


@pytest.mark.parametrize("text", each_way([
    "Kính gửi Mặt trận phường. Việc của nhà tôi như đã nói với chị Hà ở buổi họp tổ hôm chủ nhật, mong Mặt trận "
    "quan tâm giải quyết sớm giúp. Cảm ơn.",
    "Như đã kể với cô cán bộ hôm trước, mong phường xem giúp gia đình tôi.",
]))
def test_a_short_letter_pointing_to_a_conversation_waits_for_an_officer(rules_alone, text):
    """r-2395: though addressed to the front and filed under its work."""
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("phan_loai", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Kính gửi: Ủy ban MTTQ phường. Tôi xin gửi kèm theo đây bộ hồ sơ gồm 5 trang trình bày sự việc của gia đình "
    "tôi. Kính mong Mặt trận xem xét, bảo vệ quyền lợi chính đáng cho gia đình tôi.",
]))
def test_pages_sent_with_the_letter_wait_for_an_officer(rules_alone, text):
    """r-2398: "hồ sơ" here is no procedure."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("phan_loai", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi với nhà sát vách dạo này có chút xích mích chuyện con cái, người lớn to tiếng. Không có đánh nhau, "
    "không liên quan đất đai. Mong Ban công tác Mặt trận đứng ra mời hai nhà ngồi lại nói chuyện.",
]))
def test_a_plain_request_for_mediation_is_the_fronts_work_not_triage(rules_alone, text):
    """r-2396."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Ngày 3/11 tôi gửi góp ý qua hòm thư số (quét mã QR ở nhà văn hóa), đã hơn 7 ngày làm việc mà chưa nhận được "
    "phản hồi, cũng không biết tra cứu ở đâu.",
]))
def test_an_unanswered_mailbox_opinion_is_the_fronts_own_work(rules_alone, text):
    """r-2397: even under a subject saying it was not answered."""
    d = rules_alone.classify(sub(text, subject="Chưa nhận được trả lời góp ý"))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tháng 8 tôi gửi đơn đến UBND phường về cái cống, đến nay chưa nhận được trả lời.",
]))
def test_a_letter_to_the_committee_never_answered_stays_the_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd"), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà hàng lẩu tối nào rửa bát xong cũng xả nước thải lẫn mỡ ra thẳng vỉa hè, chảy ra lòng đường, mùi tanh, "
    "vỉa hè trơn. Vỉa hè thì mới lát lại, không hư hỏng gì.",
]))
def test_waste_water_poured_onto_the_pavement_is_pollution(rules_alone, text):
    """r-2404: whatever the Form's field."""
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Đường ống cống ngầm dưới ngõ 17 bị vỡ, mặt ngõ lún, nước thải rỉ lên mặt đường, mùi hôi. Đề nghị thay ống.",
]))
def test_a_broken_sewer_stays_infrastructure(rules_alone, text):
    """r-2401: whatever the Form's field."""
    d = rules_alone.classify(form(text, "Môi trường, vệ sinh"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đặt cọc 12 triệu cho một công ty du lịch, nay công ty tự hủy tour mà chưa hoàn cọc. Nhờ Mặt trận đứng "
    "ra can thiệp giúp.",
]))
def test_a_travel_company_keeping_a_deposit_is_outside(rules_alone, text):
    """r-2407: a contract with a private company, though the front is asked."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ngoai_tham_quyen", None), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi chuyển 12 triệu tiền cọc cho một công ty du lịch trên mạng, sau đó họ chặn số, trang web biến mất, tôi "
    "bị lừa rồi. Nhờ công an phường giúp.",
]))
def test_a_travel_swindle_stays_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
