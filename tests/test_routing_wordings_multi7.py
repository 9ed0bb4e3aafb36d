"""Long letters with several matters, round r-3641..r-3670 (rules/119, exclusions in rules/13, 16, 41, 53, 57, 65,
92, 94): the main matter decides the lead, a secondary matter for another body brings it in as a co-ordinator, and a
matter only mentioned in passing brings nobody. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

SMOULDERING = each_way([
    "Bãi rác cuối hẻm 40 bị ai đốt từ trưa, giờ bên trong vẫn âm ỉ, khói bay vô nhà trọ. Nhờ phường báo công an "
    "xuống dập giùm, rồi cho xe tới dọn bãi rác luôn.",
])


@pytest.mark.parametrize("text", SMOULDERING)
def test_a_rubbish_fire_still_smouldering_is_a_fire_now_and_the_dump_is_cleared_after(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why
    assert "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tối qua bãi rác sau chợ bị ai đốt, bà con xách nước ra thì dập tắt, sáng nay không còn khói. Đề nghị phường "
    "dọn sạch bãi rác và rào lại.",
]))
def test_a_rubbish_fire_put_out_by_the_residents_is_no_danger_now(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


LEADS = both([
    ("Căn nhà bỏ hoang cuối ngõ 12 tối nào cũng có mấy thanh niên chui vào tụ tập chích hút, sáng ra kim tiêm vứt "
     "đầy. Đề nghị công an phường kiểm tra.", "an_ninh", "cong_an"),
    ("Ram dốc và bậc tam cấp nhà số 9 đổ bê tông lấn ra hẻm gần một mét, đề nghị phường buộc tháo dỡ.", "dat_dai",
     "kt_hatang"),
    ("Từ khi chợ chính sửa, chợ tạm họp hai bên đường, sạp lấn ra lòng đường, xe chỉ còn một làn. Đề nghị phường "
     "sắp xếp lại chợ tạm cho gọn.", "ha_tang", "kt_hatang"),
    ("Ban công tác Mặt trận tổ 22 đề xuất gia đình anh Sơn vào danh sách hỗ trợ xây nhà Đại đoàn kết từ Quỹ Vì "
     "người nghèo năm tới, nhà tôn vách ván mục, mưa là dột.", "mat_tran", "mttq"),
])


@pytest.mark.parametrize("text,category,agency", LEADS)
def test_the_main_matter_decides_the_lead(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhóm tự xưng trung tâm sức khỏe thuê hội trường nhà văn hóa làm hội thảo sức khỏe, bán máy điện sinh học cho "
    "các cụ, bảo đặt cọc trước, giờ gọi không ai nghe. Đề nghị công an điều tra; phường cho biết ai đã cho nhóm "
    "này thuê hội trường.",
]))
def test_a_health_seminar_selling_to_the_elderly_is_fraud_and_the_hall_brings_culture(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("an_ninh", "cong_an", True), d.why
    assert "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bà Mến 81 tuổi xây từ năm 1970, tường nứt một vệt dài, xà gỗ mối ăn, tổ đã chống tạm. Đề nghị phường kiểm "
    "tra mức độ an toàn của căn nhà; bà cũng chưa có hồ sơ trợ cấp.",
]))
def test_an_unsafe_old_house_is_a_building_case_and_the_allowance_brings_social_affairs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("dat_dai", "kt_hatang", True), d.why
    assert "vhxh" in d.co_agencies, d.why


SECONDARY = [
    ("Hầm cầu dãy trọ số 9 bị đầy, nước thải tràn ra hẻm hôi thối. Ngoài ra tôi nghĩ chủ trọ không khai báo tạm trú "
     "cho người thuê.", "cong_an"),
    ("Giờ tan học phụ huynh đỗ xe tràn ra lòng đường trước cổng trường, đề nghị công an phân luồng. Ngoài ra mấy xe "
     "đẩy bán đồ ăn vặt không nhãn mác cho học sinh.", "vhxh"),
    ("Xin hỏi đăng ký tạm trú cho cả nhà cần giấy tờ gì. Cháu lớn chưa có chỗ học vì trường đòi xác nhận cư trú, "
     "phường có giúp xin cho cháu vào lớp 1 không?", "vhxh"),
    ("Quán karaoke hát tới 2 giờ sáng, không ai ngủ được. Thứ ba, quán dựng thêm một tầng trên sân thượng, không rõ "
     "có giấy phép xây dựng không.", "kt_hatang"),
]


@pytest.mark.parametrize("text,co", [(t, co) for text, co in SECONDARY for t in each_way([text])])
def test_a_secondary_matter_for_another_body_brings_it_in(rules_alone, text, co):
    assert co in rules_alone.classify(sub(text)).co_agencies


PASSING = each_way([
    "Đua xe và chó thả rông trên đường nối dài: tối thứ Bảy cả chục xe rú ga, bầy chó đuổi theo xe, con tôi bị "
    "đuổi té trầy chân, may không bị cắn. Đề nghị công an tuần tra.",
    "Mẹ tôi 84 tuổi chuyển về ở cùng, chưa nhận trợ cấp xã hội tháng 10, 11. Tiện đây tôi cũng cảm ơn bộ phận một "
    "cửa đã chứng thực cho tôi trong ngày. Đề nghị phường xem giúp để cụ được nhận lại trợ cấp.",
    "Xin hỏi nếu tôi muốn xây thêm một tầng trên nhà cấp bốn thì có phải xin giấy phép xây dựng không?",
])


@pytest.mark.parametrize("text", PASSING)
def test_a_matter_mentioned_in_passing_brings_nobody(rules_alone, text):
    assert rules_alone.classify(sub(text)).co_agencies == []


@pytest.mark.parametrize("text,category", [(t, c) for text, c in [
    ("Xưởng mộc sát vách chạy máy từ 7 giờ sáng đến 7 giờ tối, tiếng máy bào rít, bụi gỗ mùn cưa phủ trắng sân, mùi "
     "sơn nồng nặc. Đề nghị phường kiểm tra ô nhiễm.", "moi_truong"),
    ("Xưởng cơ khí cắt sắt từ 6 giờ sáng đến 11 giờ đêm, tiếng máy mài rít lên không ai ngủ nổi.", "an_ninh"),
] for t in each_way([text])])
def test_a_workshop_by_day_is_pollution_and_by_night_noise(rules_alone, text, category):
    assert rules_alone.classify(sub(text)).category == category
