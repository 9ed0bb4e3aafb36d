"""Urgency wordings of round r-3051..r-3080 (`core/rules/evidence.py` with `cues.BACK_CUES`, rules/99, a question
excluded in rules/13): a danger told with words of the past that goes on till now ("Tối qua … đổ, đến giờ vẫn …"), a
pole leaning "hơn hôm qua", a wall shedding bricks, a sheet of roofing hanging over a path, people cut off by a rising
river, a live wire shocking a dog; and what is none of it: a tree cleared this morning, a bruise seen today after last
night's beating, a question what to do. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

NOW = both([
    ("Tối qua gió to làm đổ cây sấu ở đầu ngõ 8, đến giờ cây vẫn nằm chắn ngang đường, dây điện vẫn vướng trong cành, "
     "chưa ai đến xử lý.", "ha_tang", "kt_hatang"),
    ("Hôm qua em đã báo rồi mà chưa ai đến: cột điện đầu ngõ 44 nghiêng hơn hôm qua, giờ dây điện sà xuống ngang đầu "
     "người.", "ha_tang", "kt_hatang"),
    ("Có ai đến xem giúp không ạ? Bức tường rào trường mầm non Hoa Sen phía ngõ 4 nứt toác, nghiêng ra phía ngõ, sáng nay "
     "lại rơi mấy viên gạch, phụ huynh đưa đón vẫn đi qua.", "ha_tang", "kt_hatang"),
    ("Như tôi đã báo tuần trước, mái tôn nhà xe chung cư CT3 bị gió lật. Nay tình hình nặng hơn: một tấm tôn đang treo "
     "lủng lẳng trên lối đi, cư dân vẫn dắt xe qua.", "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", NOW)
def test_a_danger_that_goes_on_till_now_is_urgent(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nước sông lên nhanh quá, bãi giữa có mấy nhà trồng rau chưa kịp vào bờ, thuyền thì không có. Nếu đêm nay nước lên "
    "nữa thì không biết thế nào."]))
def test_people_cut_off_by_a_rising_river_bring_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Đèn đường ngõ 9 hỏng lâu rồi, nhưng việc gấp là: dưới gốc cột đèn có đoạn dây bị chuột cắn tróc vỏ, trời mưa nước "
    "đọng quanh, chó đi qua bị giật kêu ăng ẳng."]))
def test_a_live_wire_shocking_an_animal_is_urgent(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags


NOT_NOW = [
    "Tối qua gió to làm đổ cây sấu ở đầu ngõ 8, sáng nay công ty cây xanh đã cắt dọn xong. Đề nghị trồng cây mới.",
    "Xin hỏi khi thấy cột điện nghiêng, dây điện sà thấp thì gọi số nào của điện lực ạ?",
    "Anh chồng hay uống rượu, tuần nào cũng đánh vợ, tối qua tôi lại nghe tiếng chị ấy khóc, sáng nay thấy mặt chị bầm "
    "tím. Đề nghị công an răn đe.",
    "Tháng trước cầu thang khu B có mùi gas, thợ đã kiểm tra không thấy rò rỉ. Đề nghị tuyên truyền dùng gas an toàn.",
]


@pytest.mark.parametrize("text", each_way(NOT_NOW))
def test_what_is_over_or_only_asked_is_not_urgent(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way(["Tủ điện ở sân chơi khu tập thể C2 đã được khóa lại, nhưng nên dời ra chỗ "
                                           "khác, lỡ sau này trẻ con trèo lên."]))
def test_a_public_electrical_cabinet_is_infrastructure(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why
