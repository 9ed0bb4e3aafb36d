"""Abuse round 17, r-4481..r-4510 (rules/147, exclusions in rules/13, 16, 22, 58, 60): a policy distorted with a call
to refuse, a call to dodge military service, "mày liệu hồn", fantastic crimes pinned on the police and VNeID
distorted are abuse; the same words reported by a citizen who received or found them are not. A construction
officer who looks away, a letter unanswered for months and a knife threat told in a formal report keep their own
bodies. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

DISTORTED = each_way([
    "Cái gọi là bồi thường giải phóng mặt bằng chỉ là Nhà nước cướp đất của dân, ai ký biên bản là tiếp tay cho bọn "
    "cướp.",
    "Dự án mở đường là để bọn quan chức chia nhau tiền, Đảng chỉ lo cho con cháu cán bộ, dân mất nhà thì mặc kệ.",
    "Các nhà có con trai đừng cho con đi khám nghĩa vụ quân sự, đi là làm bia đỡ đạn, giấy gọi đến thì xé đi.",
    "Cảnh báo bà con: VNeID là để Nhà nước theo dõi từng cuộc gọi, đọc tin nhắn của dân, ai cài rồi thì gỡ ngay.",
])


@pytest.mark.parametrize("text", DISTORTED)
def test_a_distorted_policy_with_a_call_to_refuse_is_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


THREATS = each_way([
    "Thằng cảnh sát khu vực phạt tao 3 triệu, mày liệu hồn, tao biết mày đi làm về lúc mấy giờ.",
    "Thứ Năm này bọn mày mà dám mang máy xúc vào phá nhà số 7 thì liệu hồn, anh em đã chuẩn bị sẵn xăng.",
    "Trưởng công an phường đã thủ tiêu hai người rồi vứt xác xuống hồ để bịt đầu mối, cả phường đều biết.",
])


@pytest.mark.parametrize("text", THREATS)
def test_the_writers_own_threat_or_a_fantastic_crime_is_abuse(rules_alone, text):
    assert "abusive" in rules_alone.classify(sub(text)).flags


REPORTED = each_way([
    "Bọn đòi nợ nhắn tin \"mày liệu hồn, tao biết nhà mày\" cho vợ tôi mấy ngày nay, đề nghị công an phường giúp đỡ.",
    "Sáng nay có người rải truyền đơn ở đầu ngõ 12 kêu gọi bà con tẩy chay bầu cử, tôi đã gom lại 8 tờ, đề nghị công "
    "an phường xuống thu giữ.",
])


@pytest.mark.parametrize("text", REPORTED)
def test_a_threat_or_leaflet_the_citizen_reports_goes_to_the_police_unflagged(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Có tin nhắn giả mạo VNeID bảo gỡ ngay ứng dụng cũ, đọc tin nhắn thấy lạ, đề nghị công an cảnh báo bà con.",
    "Con tôi nhận giấy gọi khám nghĩa vụ quân sự nhưng cháu đang điều trị bệnh, xin hỏi thủ tục tạm hoãn.",
]))
def test_a_fake_app_warning_or_a_deferral_question_is_no_abuse(rules_alone, text):
    assert "abusive" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Công trình số 88 được phép 4 tầng đã lên tầng 6. Tôi báo ba lần, cán bộ trật tự xây dựng phường đến rồi về, "
    "làm ngơ. Tôi có ảnh kèm ngày giờ. Đề nghị làm rõ trách nhiệm của anh ấy.",
]))
def test_a_construction_officer_who_looks_away_is_conduct_with_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text, "Cán bộ trật tự xây dựng làm ngơ công trình sai phép"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why
    assert "abusive" not in d.flags


@pytest.mark.parametrize("text", each_way([
    "Tôi gửi đơn lên UBND phường từ tháng 6 xin trả lời việc sửa cống, đến giờ 4 tháng rồi không ai trả lời. Đề nghị "
    "trả lời bằng văn bản.",
]))
def test_a_letter_no_one_answered_for_months_is_the_office_and_no_danger(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "ĐƠN TRÌNH BÁO\nTối 20/10 anh Bình nhà bên cầm dao chỉ vào mặt con tôi nói \"lần sau tao chém\". Mấy ngày nay anh "
    "ấy vẫn đứng trước cửa chửi. Đề nghị công an phường răn đe.",
]))
def test_a_knife_threat_told_in_a_formal_report_is_the_police_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "urgent" not in d.flags and "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Sáng nay ở cửa nhà văn hóa tổ 15 có ai đó rải vài chục tờ truyền đơn, nội dung kêu gọi dân tẩy chay bầu cử, kéo "
    "nhau ra phường biểu tình. Tôi đã gom được 12 tờ, đề nghị công an xuống thu giữ.",
]))
def test_leaflets_a_resident_found_are_no_abuse_for_the_pipeline_either(pipeline_flags, text):
    assert "abusive" not in pipeline_flags(text, "")


@pytest.mark.parametrize("text", each_way([
    "Bà con ơi, in truyền đơn ra phát khắp phường: Chủ nhật này tất cả kéo lên phường biểu tình, tẩy chay bầu cử!",
]))
def test_the_writers_own_call_to_print_leaflets_stays_abuse(pipeline_flags, text):
    assert "abusive" in pipeline_flags(text, "")
