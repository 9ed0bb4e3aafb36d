"""Review 53a of merge-48's rounds rt-s45a and rt-s45c (rules/13, 155, 157 and core/rules/cues.py), findings 1-6: a
broken power line hanging at head height lost urgent once the writer said they had reported it "từ sáng" and nobody
had come; a victim of a "trọn gói" permit service asking the police to investigate was flagged spam; a complaint
about an encroached sidewalk that closes with "Xin cảm ơn" went to the front as praise of the urban-order team; a
gang collecting protection money while that team looks away went to the front as an officer's conduct; "không phải
chuyện chính quyền có thể làm ngơ" set the letter's main matter aside; a complaint about a street with the "tuyến
phố văn minh" title went to the front. Narrowed; what the rounds meant to catch (the advert, the thanks, an officer
collecting a fee, a registration for the title) still routes as it did. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

# Finding 1: a danger still present is urgent even when it was reported and nobody has come yet.

@pytest.mark.parametrize("text", each_way([
    "Dây điện hạ thế bị đứt, rủ xuống sát đầu người đi đường ở đầu ngõ 7. Tôi đã báo tổ trưởng từ sáng nhưng chưa"
    " thấy ai xuống.",
]))
def test_a_hanging_power_line_reported_this_morning_is_still_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


# Finding 2: a victim of a permit service asking the police for help is no spam; the advert is.

@pytest.mark.parametrize("text", each_way([
    "Tháng trước có người phát tờ rơi nhận làm trọn gói giấy phép xây dựng, cam kết hoàn tiền nếu không ra phép."
    " Tôi đã chuyển 15 triệu, nay họ chặn số, liên hệ Zalo không được. Kính nhờ công an phường điều tra giúp.",
]))
def test_a_victim_of_a_permit_service_is_no_spam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "spam" not in d.flags and d.category != "khac" and "cong_an" in (d.agency, *d.co_agencies), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhận làm trọn gói giấy phép sử dụng tạm thời vỉa hè, cam kết có giấy phép trong 7 ngày, không cần đi lại, liên"
    " hệ Zalo 09xx để được tư vấn miễn phí.",
]))
def test_the_permit_service_advert_stays_spam(rules_alone, text):
    assert "spam" in rules_alone.classify(sub(text)).flags


# Finding 3: "Xin cảm ơn" closing a complaint about an encroached sidewalk is no praise of the team.

@pytest.mark.parametrize("text", each_way([
    "Vỉa hè trước chợ bị hàng quán lấn chiếm hết, người đi bộ phải xuống lòng đường. Rất mong đội trật tự đô thị"
    " xuống giải tỏa để vỉa hè thông thoáng. Xin cảm ơn.",
]))
def test_a_polite_complaint_about_an_encroached_sidewalk_goes_to_the_works(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Xin cảm ơn đội trật tự đô thị phường tuần qua đã xuống làm việc, vỉa hè phố Hàng Than nay đã thông thoáng,"
    " người đi bộ rất phấn khởi.",
]))
def test_thanks_to_the_urban_order_team_stays_with_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq"), d.why


# Finding 4: a gang's protection money is the police's, even if the team looks away; an officer's fee is conduct.

@pytest.mark.parametrize("text", each_way([
    "Một nhóm thanh niên xăm trổ tối nào cũng đến chợ đêm thu tiền bảo kê của từng sạp, ai không nộp là bị đập"
    " phá hàng. Đội trật tự đô thị phường đi qua cũng làm ngơ. Đề nghị công an phường xử lý.",
]))
def test_a_gang_collecting_protection_money_goes_to_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi bán rau ở đầu chợ, anh Hùng ở đội trật tự đô thị phường tháng nào cũng thu mỗi hộ 200 nghìn gọi là phí"
    " giữ chỗ, không có biên lai. Đề nghị phường làm rõ.",
]))
def test_an_urban_order_officer_collecting_a_fee_stays_an_officers_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq"), d.why


# Finding 5: "không phải chuyện chính quyền có thể làm ngơ" does not set the main matter aside.

@pytest.mark.parametrize("text", each_way([
    "Đèn đường ngõ 5 hỏng mấy hôm nay. Nghiêm trọng hơn là nhóm thanh niên tụ tập hút chích, đánh bạc ở cuối ngõ"
    " mỗi tối, đây không phải chuyện chính quyền có thể làm ngơ, đề nghị phường xử lý dứt điểm.",
]))
def test_what_the_authorities_cannot_ignore_stays_the_main_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà số 14 xây lấn sang đất nhà tôi gần nửa mét, làm đơn kiện hàng xóm không phải chuyện tôi muốn, nhưng tôi"
    " đề nghị phường đo đạc lại ranh giới.",
]))
def test_a_reluctant_complaint_about_encroaching_land_stays_land(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang"), d.why


# Finding 6: a complaint about a "tuyến phố văn minh" is the works'; a registration for the title is the front's.

@pytest.mark.parametrize("text", each_way([
    "Tuyến phố văn minh Lê Lợi nay vỉa hè bị hàng quán lấn chiếm hết, xe máy đỗ tràn xuống lòng đường, đề nghị"
    " phường xử lý.",
]))
def test_a_complaint_about_a_titled_street_is_not_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and d.category != "mat_tran", d.why


@pytest.mark.parametrize("text", each_way([
    "Tuyến ngõ văn minh: tổ 5 xin đăng ký xây dựng tuyến ngõ sáng - xanh - sạch năm nay, đề nghị Mặt trận hướng"
    " dẫn hồ sơ.",
]))
def test_registering_for_the_civilised_lane_title_stays_with_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
