"""Wordings of round r-2359..r-2388 (co-ordinating agencies and complexity: rules/73, the exclusions of rules/10,
13 and 64, the business's further point of `cues.ASIDE_CUES`): which matter of a letter leads, which body
co-ordinates, and what is no danger now. Each is tried with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

# (text, category, lead, co-ordinating agencies, complex)
CASES = [
    # night noise leads; the same café's tables on the pavement are urban order's further point
    ("Quán cafe có hát karaoke ở đầu ngõ 5 mở loa đến 1h sáng hôm nào cũng vậy, người già trẻ nhỏ không ngủ "
     "được. Quán còn kê bàn ghế kín vỉa hè, đi bộ phải xuống lòng đường. Xin phường cho người xuống xử lý giúp.",
     "an_ninh", "cong_an", ["kt_hatang"], False),
    # a workshop's smell of paint leads; fire safety and its workers' residence bring the police; a joint inspection
    ("Xưởng sơn đồ gỗ ở số 14 ngõ Thịnh Hào hoạt động từ 6 giờ sáng đến 10 giờ đêm, mùi sơn, dung môi nồng nặc "
     "khắp ngõ, nhiều cháu nhỏ bị ho. Trong xưởng chứa hàng chục thùng sơn, không thấy bình chữa cháy. Xưởng còn "
     "có mười công nhân ngủ lại trong xưởng, không biết đã khai báo tạm trú chưa. Đề nghị phường tổ chức đoàn "
     "kiểm tra liên ngành về môi trường, phòng cháy chữa cháy và tạm trú đối với xưởng này.",
     "moi_truong", "kt_hatang", ["cong_an"], True),
    # land recovered for a road: the compensation dispute leads, the front supervises
    ("Chúng tôi gồm 20 hộ dân có đất bị thu hồi để mở rộng đường. Phương án bồi thường vừa niêm yết áp giá đất "
     "thấp hơn nhiều so với giá thị trường. Đề nghị UBND phường tổ chức đối thoại, xem xét lại nguồn gốc đất "
     "từng hộ, và đề nghị Mặt trận tham gia giám sát quá trình này.",
     "dat_dai", "kt_hatang", ["mttq"], True),
    # the allowance not received after a move: the residence registered is background
    ("Mẹ tôi là người khuyết tật nặng, trước hưởng trợ cấp ở phường cũ. Tháng 7 gia đình chuyển về đây, đã "
     "đăng ký thường trú xong ở phường rồi nhưng đến nay 4 tháng vẫn chưa nhận được trợ cấp.",
     "chinh_sach", "vhxh", [], False),
    # a police officer hinting at coffee money: his conduct, not the residence procedure
    ("Đầu tháng tôi đã đưa các cháu sinh viên lên đăng ký tạm trú nhưng hơn 2 tuần anh cảnh sát khu vực vẫn "
     "chưa giải quyết. Lần gần nhất anh ấy nói \"chủ nhà biết điều thì nhanh thôi\", ý là muốn tiền cà phê. Đề "
     "nghị Mặt trận phản ánh về thái độ của cán bộ này.",
     "xd_chinh_quyen", "mttq", ["cong_an"], False),
    # a broken sewer leads; spraying against dengue is the health station's further point
    ("Đường ống nước thải chung của khu tập thể C4 bị vỡ từ tuần trước, nước bẩn tràn ra sân chơi của trẻ con, "
     "muỗi rất nhiều, đã có 2 cháu bị sốt xuất huyết. Đề nghị phường cho sửa ống và nhờ trạm y tế xuống phun "
     "thuốc diệt muỗi.",
     "ha_tang", "kt_hatang", ["vhxh"], False),
    # domestic violence: the women's union asked to help is the front's
    ("Người chồng nhà hàng xóm thường xuyên say rượu về đánh vợ, tối hôm kia chị vợ chạy sang nhà tôi trốn. Đề "
     "nghị công an phường can thiệp, và đề nghị Hội Phụ nữ phường đến hỗ trợ, tư vấn cho chị ấy.",
     "an_ninh", "cong_an", ["mttq"], False),
    # a Party member building on public land: the Party leads, the land office co-ordinates, complex
    ("Ông tổ trưởng, đồng thời là đảng viên chi bộ số 6, đã tự ý xây một dãy ki ốt trên phần đất công cạnh nhà "
     "văn hóa tổ để cho thuê. Đề nghị Đảng ủy xem xét tư cách đảng viên của ông ấy và đề nghị phường kiểm tra, "
     "thu hồi phần đất công bị lấn chiếm.",
     "xd_dang", "dang_uy", ["kt_hatang"], True),
    # a karaoke bar's fire safety and karaoke licence inspected: complex, the culture officer co-ordinates
    ("Quán karaoke ở số 102 đường Ngọc Lâm nằm dưới một nhà ở 5 tầng, chỉ có một cầu thang bộ, không có lối "
     "thoát hiểm. Đề nghị phường kiểm tra điều kiện phòng cháy chữa cháy của quán, đồng thời kiểm tra quán đã có "
     "giấy phép kinh doanh karaoke chưa.",
     "an_ninh", "cong_an", ["vhxh"], True),
]


@pytest.mark.parametrize("text,category,agency,co,complex_", [
    (t, *rest) for text, *rest in CASES for t in each_way([text])])
def test_the_main_matter_leads_and_the_further_ones_co_ordinate(rules_alone, text, category, agency, co, complex_):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, sorted(d.co_agencies), d.complex) == (category, agency, sorted(co), complex_), d.why


NOT_URGENT = [
    # the cracks no longer widen: damage to repair, no danger now
    "Công trình bên cạnh đào móng làm tường nhà tôi xuất hiện nhiều vết nứt. Hiện phần móng đã đổ bê tông xong, "
    "các vết nứt không thấy rộng thêm. Đề nghị phường yêu cầu chủ đầu tư bồi thường.",
    # a home burnt down last week, the family sheltered elsewhere: relief
    "Đêm 24/11 nhà anh ấy bị cháy do chập điện, toàn bộ đồ đạc bị thiêu rụi. Gia đình đang ở nhờ nhà người thân. "
    "Đề nghị Mặt trận vận động ủng hộ giúp gia đình.",
]


@pytest.mark.parametrize("text", each_way(NOT_URGENT))
def test_damage_that_is_over_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


def test_all_day_long_without_diacritics_is_no_call_for_now(rules_alone):
    """"suot ngay" is "suốt ngày" (all day long), not "ngay" (at once): a dog that bit a child yesterday."""
    d = rules_alone.classify(sub("con cho nha so 19 suot ngay tha rong, hom qua no lao ra can chau be nha toi bi "
                                 "thuong o chan. de nghi cong an xu ly."))
    assert "urgent" not in d.flags, d.why
