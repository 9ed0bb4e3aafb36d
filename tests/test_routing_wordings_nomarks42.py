"""Letters typed without diacritics for every agency, round r-4001..r-4030 (rules/131, exclusions in rules/13, 16,
17, 43, 93, 107): youths inhaling laughing gas are the police's; a matter complained of many times since last year is
long-running; new plaster peeling on works under way, a meeting "sắp có", a pole already replaced "ko còn nguy hiểm"
are no danger; an official's missed appointments and hinted bribe are his conduct; a poor household's own house asked
of the front's fund is the front's; "Ông Đạt" without marks is no ground wasp. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

LAUGHING_GAS = each_way([
    "Tối nào cũng có nhóm thanh niên tụ tập ở bãi đất trống cuối ngõ 12 hít bóng cười, vứt vỏ bình xuống rãnh, đề "
    "nghị công an phường kiểm tra.",
    "Đầu ngõ 30 có mấy cậu tụ tập hít khí cười đến khuya, vỏ bình vứt đầy ra rãnh nước.",
])


@pytest.mark.parametrize("text", LAUGHING_GAS)
def test_youths_inhaling_laughing_gas_are_the_polices_not_rubbish(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Xưởng cơ khí ở số 15 chạy máy đến 11 giờ đêm. Từ năm ngoái bà con đã phản ánh nhiều lần, lần nào kiểm tra "
    "xong được vài hôm lại đâu vào đấy. Đề nghị phường xử lý dứt điểm.",
]))
def test_a_matter_complained_of_many_times_since_last_year_is_long_running(rules_alone, text):
    assert rules_alone.classify(sub(text)).complex


@pytest.mark.parametrize("text", each_way([
    "Đề nghị Mặt trận giám sát việc sửa nhà văn hóa tổ 4: công trình vẫn đang làm dở, tường mới trát đã bong từng "
    "mảng, dân đóng góp mà chưa công khai chi tiêu.",
]))
def test_new_plaster_peeling_on_works_under_way_is_no_danger_nor_building_case(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert "urgent" not in d.flags and not d.complex, d.why


@pytest.mark.parametrize("text", [
    "to dan pho 9 nghe noi sap co hoi nghi tiep xuc cu tri nhung chua thay thong bao thoi gian, de nghi mat tran bao "
    "som.",
])
def test_a_meeting_about_to_be_held_is_no_collapse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "mat_tran" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cột điện đầu ngõ 20 bị ô tô đâm nghiêng, điện lực đã thay cột mới rồi, ko còn nguy hiểm, nhưng dây cũ vẫn vứt "
    "trên vỉa hè, đề nghị phường nhắc dọn.",
]))
def test_a_pole_already_replaced_is_no_danger(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cán bộ địa chính hẹn 3 lần xuống đo đất nhà tôi mà không đến. Lần thứ 4 anh ấy nói muốn nhanh thì gửi anh cà "
    "phê, tôi không đồng ý nên hồ sơ cấp giấy chứng nhận nằm im đến nay. Đề nghị Mặt trận xem xét.",
]))
def test_an_officials_no_shows_and_hinted_bribe_are_his_conduct_not_a_long_case(rules_alone, text):
    d = rules_alone.classify(sub(text, "phan anh can bo dia chinh"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tôi là hộ cận nghèo, mái tôn rỉ, tường nứt. Nghe nói Mặt trận có chương trình hỗ trợ sửa nhà đại đoàn kết "
    "từ quỹ Vì người nghèo, nhà tôi có được đăng ký không?",
]))
def test_a_poor_households_own_house_asked_of_the_front_is_the_fronts(rules_alone, text):
    d = rules_alone.classify(sub(text, "hỏi về nhà đại đoàn kết"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Ông Đạt là đảng viên chi bộ khu dân cư số 2, thu tiền làm đường của các hộ mà không báo cáo thu chi. Đề nghị "
    "Đảng ủy kiểm tra.",
]))
def test_mr_dat_without_marks_is_no_ground_wasp(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_dang", "dang_uy") and "cong_an" not in d.co_agencies, d.why
