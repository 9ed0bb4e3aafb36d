"""Nothing to route and outside the ward's competence, round r-3111..r-3140 (rules/101, an exclusion in rules/53): a
lost wallet or a stray dog's owner sought, an invitation, greetings, good news, a poem, an email address asked are
nothing to route; a university's fees, a national exam's marking, a life insurer are outside; a greeting or a notice
with a request, a thing returned with thanks, a theft reported go to their matter. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

NOTHING = each_way([
    "Ai nhặt được ví da màu nâu trong có căn cước và thẻ ngân hàng đánh rơi ở chợ sáng nay xin liên hệ, hậu tạ.",
    "Tìm chủ con chó lông vàng đeo vòng cổ đỏ đi lạc vào nhà tôi ở ngõ 7 từ tối qua, ai là chủ xin đến nhận.",
    "Kính mời bà con tổ 3 đến dự buổi sinh hoạt câu lạc bộ dưỡng sinh sáng thứ bảy, có thầy hướng dẫn miễn phí.",
    "Chào các anh chị, con gái tôi ở tổ 5 vừa đỗ thủ khoa kỳ thi học sinh giỏi thành phố, gia đình xin chia vui cùng "
    "bà con tổ dân phố.",
    "Xin gửi mấy câu thơ vui tặng các cán bộ phường nhân dịp cuối năm.",
    "cho em xin email cua phong van hoa xa hoi phuong voi a",
])


@pytest.mark.parametrize("text", NOTHING)
def test_notices_greetings_lost_things_and_contacts_are_nothing_to_route(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("khac", "mttq"), d.why


def test_greetings_in_english_are_nothing_to_route(rules_alone):
    d = rules_alone.classify(sub("Dear ward officers, Happy New Year 2027! Thank you for your kind help this year."))
    assert d.category == "khac", d.why


OUTSIDE = each_way([
    "Con tôi học đại học năm 3 bị trường thu học phí tăng gấp đôi giữa năm học, phường có can thiệp được không?",
    "Con tôi thi tốt nghiệp THPT bị chấm sai điểm môn Văn, tôi muốn phúc khảo thì gửi đơn ở đâu?",
    "Công ty bảo hiểm nhân thọ không trả tiền khi mẹ tôi nằm viện, đề nghị phường giúp đòi quyền lợi.",
])


@pytest.mark.parametrize("text", OUTSIDE)
def test_a_university_an_exam_and_a_life_insurer_are_outside(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ngoai_tham_quyen" and d.agency is None, d.why


MATTERS = both([
    ("Nhân dịp năm mới kính chúc phường mạnh khỏe. Nhân tiện xin đề nghị phường lắp thêm đèn đường ở ngõ 19, tối rất "
     "tối.", "ha_tang", "kt_hatang"),
    ("Tôi đánh rơi ví ở chợ, được anh công an khu vực nhặt được và mang đến tận nhà trả lại. Xin cảm ơn và đề nghị "
     "phường khen ngợi anh ấy.", "xd_chinh_quyen", "mttq"),
    ("Ai nhặt được chiếc xe đạp điện màu xanh bị mất trước cổng trường THCS chiều qua xin báo giúp, tôi đã trình báo "
     "công an phường.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", MATTERS)
def test_a_greeting_or_a_notice_with_a_matter_goes_to_the_matter(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
