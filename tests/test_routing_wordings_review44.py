"""Review of merge-44, routing findings: rules added by the rounds r-4001 … r-4120 (rules/131 … 134) and their
exclusions flagged as spam the victims of the scams they describe and the front's own appeals, sent a ward matter
out of the ward, took the urgent flag from a danger of now, and a wasp nest to the Party committee. Narrowed; each
item they were written for still routes as labelled. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi thấy tin tuyển cộng tác viên làm việc tại nhà, nhận nhiệm vụ thả tim được trả tiền, bà đã chuyển 30 triệu"
    " giờ không rút được. Nhờ công an phường giúp gia đình.",
    "Bố tôi nhận tin nhắn hoàn thuế, làm theo hướng dẫn tải ứng dụng, đăng nhập bằng mật khẩu ngân hàng thì tài khoản"
    " bị rút hết 200 triệu. Đề nghị công an phường giúp.",
    "Ông nội tôi được người lạ gửi thông báo của phường bắt bấm vào đường link nộp lệ phí qua ví điện tử, nếu không sẽ"
    " bị xử phạt; ông đã nộp 2 triệu. Nhờ công an phường giúp.",
    "Vợ tôi được người quen mời đi hội thảo kinh doanh mạng lưới, thu nhập thụ động, phát vé mời, bắt nộp 15 triệu giữ"
    " chỗ. Nhờ công an phường kiểm tra nhóm này."]))
def test_the_victims_of_a_scam_are_no_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.agency == "cong_an", (d.flags, d.why)


@pytest.mark.parametrize("text", each_way([
    "Gia đình tôi ở tổ 3, con trai bị ung thư máu, hoàn cảnh rất khó khăn. Mong Mặt trận phường kêu gọi các mạnh"
    " thường quân giúp đỡ, số tài khoản của tôi là 0123456789 Vietcombank.",
    "Em trai tôi nghiện ma túy. Gia đình thấy quảng cáo trung tâm cai nghiện tư nhân cam kết cai dứt điểm, đón tận nhà,"
    " hotline 0909. Xin hỏi phường trung tâm này có được cấp phép không?",
    "Nhân viên tự xưng tư vấn viên bảo hiểm nhân thọ đến từng nhà người già trong tổ mời đăng ký ngay gói bảo hiểm chỉ"
    " 9.000 đồng/ngày, bảo vệ cả gia đình, nói là do Mặt trận phối hợp. Đề nghị phường kiểm tra."]))
def test_an_appeal_to_the_front_and_a_family_asking_about_an_advert_are_no_spam(rules_alone, text):
    assert "spam" not in rules_alone.classify(sub(text)).flags


def test_a_wasp_nest_by_a_party_members_house_is_for_the_police(rules_alone):
    for text in each_way(["Tôi là đảng viên chi bộ tổ 7. Nhà tôi có tổ ong đất rất to ngay cạnh lối đi, sáng nay cháu"
                          " tôi đi học bị ong đốt sưng mặt. Đề nghị phường cho người xuống xử lý gấp."]):
        d = rules_alone.classify(sub(text))
        assert d.agency == "cong_an" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", [
    "Nhà văn hóa tổ 5 mái đang võng xuống, vữa rơi xuống từng mảng. Tổ sắp họp ở đó, mong phường cho người xuống xem.",
    *each_way([
        "Tường ngăn tầng 2 của nhà văn hóa mới trát xong đã nứt toác, đang nghiêng về phía lối đi, gạch rơi xuống, trẻ"
        " em đang chơi bên dưới.",
        "Cột đèn đầu ngõ 3 bị xe tải đâm nghiêng, đang tựa vào tường nhà tôi, dây đèn lủng lẳng. Đề nghị phường báo thay"
        " cột mới."])])
def test_a_danger_of_now_stays_urgent_beside_a_meeting_new_plaster_or_a_new_pole(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Gia đình tôi bị thu hồi đất làm đường vành đai 3, cán bộ phường đo đạc sai diện tích, thiếu 12 mét. Chúng tôi xin"
    " tái định cư tại chỗ và đề nghị phường đo lại.",
    "Bảo vệ trường THPT Trần Phú thu tiền gửi xe của phụ huynh ngay trên vỉa hè ngõ 10, chiếm hết lối đi của dân. Đề"
    " nghị phường xử lý lấn chiếm vỉa hè.",
    "Mẹ tôi năm nay 57 tuổi, chưa đến tuổi nghỉ hưu thì bị công ty cho nghỉ việc, không có thu nhập. Xin phường xét cho"
    " gia đình vào hộ cận nghèo."]))
def test_a_ward_matter_beside_a_city_project_a_city_school_or_pension_age_stays_in_the_ward(rules_alone, text):
    assert rules_alone.classify(sub(text)).category != "ngoai_tham_quyen"


def test_a_workshops_noise_is_no_child_labour(rules_alone):
    for text in each_way(["Xưởng mộc trong ngõ 15 làm cả ngày, tiếng cưa máy ồn không chịu nổi, trẻ em trong ngõ không"
                          " học bài được. Đề nghị phường kiểm tra."]):
        d = rules_alone.classify(sub(text))
        assert not d.complex and "cong_an" not in d.co_agencies, d.why


def test_a_matter_raised_the_third_time_by_the_group_is_complex(rules_alone):
    for text in each_way(["Đây là lần thứ 3 anh em tổ dân phố chúng tôi kiến nghị việc cống ngõ 5 tắc, nước thải tràn"
                          " ra đường mà phường vẫn chưa xử lý."]):
        assert rules_alone.classify(sub(text)).complex
