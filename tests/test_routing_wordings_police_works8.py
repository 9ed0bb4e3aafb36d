"""The ward police beside the works and social offices, both ways, round r-3701..r-3730 (rules/120, exclusions in
rules/10, 16, 17, 57, 73, 93): stolen manhole lids already replaced, a gang extorting parking fees on a pavement, a
husband beating his wife, a fake officer collecting "fees" for allowances, nightly racing after a thank-you are the
police's; an elderly person living alone asking for care is social affairs; stalls spilling onto the road are urban
order. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

POLICE = both([
    ("Khu tôi bị kẻ gian cạy nắp hố ga bằng gang mang đi bán phế liệu, phường đã thay nắp mới nên đi lại không còn "
     "nguy hiểm. Đề nghị công an điều tra, truy tìm kẻ trộm.", "an_ninh", "cong_an"),
    ("Một nhóm thanh niên chiếm vỉa hè trước chợ làm bãi giữ xe, ai đậu xe cũng bị thu tiền, các chủ quán phải đóng "
     "tiền bảo kê hằng tháng.", "an_ninh", "cong_an"),
    ("Chị hàng xóm bị chồng đánh mỗi lần anh ta say, tuần trước chị phải ra trạm y tế khâu vết thương. Nhờ công an "
     "khu vực xuống răn đe.", "an_ninh", "cong_an"),
    ("Cảm ơn phường đã trải nhựa đường Hòa Bình. Tuy nhiên đêm nào cũng có thanh niên tụ tập đua xe, nẹt pô đến 2 giờ "
     "sáng, đề nghị công an lập chốt.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", POLICE)
def test_theft_extortion_violence_and_racing_are_the_polices_though_works_or_health_words_appear(
        rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nắp hố ga đầu ngõ 12 bị trộm mất từ đêm qua, miệng hố hở ngay lối đi, trẻ con qua lại, đề nghị phường che "
    "chắn gấp."]))
def test_a_lid_still_missing_on_a_path_stays_the_works_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Có người tự xưng là cán bộ phường đến nhà các cụ làm hồ sơ tăng trợ cấp, thu mỗi cụ một triệu lệ phí rồi không "
    "liên lạc được; ít nhất 6 cụ đã nộp tiền."]))
def test_a_fake_officer_collecting_fees_for_allowances_is_fraud_and_many_victims_make_it_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("an_ninh", "cong_an", True), d.why


@pytest.mark.parametrize("text", each_way([
    "Bố tôi 84 tuổi sống một mình ở tổ 3, đi lại khó. Xin phường xét trợ cấp người cao tuổi và có người ghé thăm "
    "định kỳ."]))
def test_an_elderly_person_living_alone_asking_for_care_is_social_affairs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


STREET = both([
    ("Các hộ tiểu thương bày hàng tràn ra lòng đường trước cổng chợ, xe không đi được, đề nghị phường sắp xếp lại.",
     "ha_tang", "kt_hatang"),
    # parents' motorbikes spilling onto the road at a school gate stay traffic order
    ("Giờ tan học, phụ huynh dừng đỗ xe tràn ra lòng đường trước cổng trường tiểu học, ùn tắc kéo dài, đề nghị phường "
     "bố trí người phân luồng.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", STREET)
def test_stalls_on_the_road_are_urban_order_parked_motorbikes_traffic_order(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Một xe tải vừa tông vào cột đèn tín hiệu ở ngã tư rồi bỏ chạy, cột nghiêng ra lòng đường, đề nghị phường cho "
    "người tới rào chắn và phân luồng."]))
def test_a_hit_and_run_on_a_signal_pole_brings_the_police_beside_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Hai nhóm bán cá ở chợ lại ẩu đả, một người bị thương ở tay phải đi bệnh viện. Đây là lần thứ ba trong tháng, đề "
    "nghị công an xử lý nghiêm."]))
def test_a_fight_that_is_over_and_the_third_this_month_is_neither_urgent_nor_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" not in d.flags and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Có một người đàn ông đứng ở góc đường bắt hai bé đi xin tiền, bé nào xin được ít thì bị ông ta quát. Đề nghị "
    "công an vào cuộc.",
    "Dãy trọ 12 phòng kế nhà tôi có khoảng 25 người ở mà chủ trọ không đăng ký tạm trú cho ai, đề nghị công an khu vực "
    "kiểm tra.",
    "Anh hàng xóm đánh vợ, mấy lần trước chi hội phụ nữ đến hòa giải rồi mà không ăn thua, nhờ công an phường xuống "
    "làm việc."]))
def test_a_man_is_no_swarm_of_wasps_lodgers_no_large_group_a_past_mediation_no_task_for_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" not in d.flags and not d.complex and "mttq" not in d.co_agencies, d.why
