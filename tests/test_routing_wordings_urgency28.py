"""Urgency round 28, r-4121..r-4150 (rules/135, exclusions in rules/13, 56, 71, 83, 117): a danger here now stays
urgent when the letter closes politely ("Xin cảm ơn."), while a danger denied, imagined or over does not become one;
a missing manhole cover near a kindergarten, an open trench at nightfall, an empty house's cracked shared wall, an
unanswered letter to the committee's office and a gas fire put out last month. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

HERE_NOW_POLITE = each_way([
    "Dây điện hạ thế đứt rơi xuống giữa ngõ 8, đang tóe lửa, trẻ con đang đi học về. Đề nghị phường cho người xuống "
    "ngay. Xin trân trọng cảm ơn.",
    "Hành lang tầng 3 nhà A1 đang có mùi gas rất nồng từ một căn hộ khóa cửa, đề nghị công an phường đến ngay. Cảm ơn "
    "nhiều.",
    "Ngay lúc này trước quán nước đầu ngõ có mấy thanh niên đang cầm dao chém nhau, đề nghị công an phường đến ngay. "
    "Xin cảm ơn.",
])


@pytest.mark.parametrize("text", HERE_NOW_POLITE)
def test_a_danger_here_now_stays_urgent_when_the_letter_closes_with_thanks(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


OVER_OR_THANKED = each_way([
    "Hôm qua có vụ cãi nhau, một người bị chảy máu đầu, đang điều trị ở bệnh viện. Đề nghị công an xử lý nghiêm. Xin "
    "cảm ơn.",
    "Tối qua bếp nhà tôi bốc khói đen, các anh dân phòng đến ngay giúp dập lửa. Gia đình tôi xin cảm ơn các anh rất "
    "nhiều.",
])


@pytest.mark.parametrize("text", OVER_OR_THANKED)
def test_a_danger_over_or_thanked_for_is_not_urgent_however_politely_told(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Hố ga trên đường vào trường mầm non Sơn Ca bị mất nắp từ chiều qua, chỉ còn cái lỗ sâu, sáng nay phụ huynh đưa "
    "con đi học phải vòng qua. Đề nghị phường cho người đến đậy nắp ngay hôm nay. Xin cảm ơn."]))
def test_a_missing_manhole_cover_by_a_kindergarten_is_the_works_office_now(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Bên thi công ống nước đào một rãnh sâu hơn 2 m sát mép vỉa hè, từ chiều nay công nhân về hết mà không rào chắn, "
    "không có đèn cảnh báo. Nhờ phường cho người ra rào chắn ngay tối nay."]))
def test_an_open_trench_without_a_barrier_at_nightfall_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà số 43 bên cạnh là nhà cấp bốn bỏ trống đã lâu, bức tường chung với nhà tôi đã nứt dọc từ mái xuống, nghiêng "
    "sang phía nhà tôi. Tôi lo nếu mưa to thì tường đổ. Đề nghị phường kiểm tra, xử lý."]))
def test_an_empty_houses_cracked_shared_wall_is_an_unsafe_building_not_yet_falling(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("dat_dai", "kt_hatang", True) and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ngày 12/9 tôi đã gửi thư qua hòm thư điện tử của phường phản ánh cột điện đầu ngõ bị nghiêng. Đến nay vẫn chưa "
    "nhận được phản hồi. Cột vẫn nghiêng như cũ, không nguy hiểm gì ngay, nhưng tôi muốn biết bao giờ được giải quyết."]))
def test_an_unanswered_letter_to_the_office_is_the_offices_and_the_pole_is_no_emergency(rules_alone, text):
    d = rules_alone.classify(sub(text, "Thư gửi phường chưa được trả lời"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd") and "kt_hatang" in d.co_agencies, d.why
    assert "urgent" not in d.flags


@pytest.mark.parametrize("text", each_way([
    "Ngõ 68 có 6 quán ăn để bình gas sát lối đi. Tháng trước quán lẩu số 15 bị rò rỉ gas, bốc cháy ở dây dẫn; may mà "
    "chủ quán dập kịp, không ai bị thương. Đề nghị phường kiểm tra điều kiện phòng cháy chữa cháy của các quán này."]))
def test_a_gas_fire_put_out_last_month_asks_an_inspection_not_a_duty_officer(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("an_ninh", "cong_an", True) and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Đêm qua tiệm sửa xe máy số 14 bị cháy, người dân và công an phường đã dập tắt, không ai bị thương. Tiệm vẫn để "
    "hàng chục can xăng trong nhà. Đề nghị phường nhắc nhở chủ tiệm sắp xếp lại cho an toàn phòng cháy. Cảm ơn."]))
def test_a_fire_safety_reminder_closing_with_thanks_is_no_praise(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" not in d.flags, d.why
