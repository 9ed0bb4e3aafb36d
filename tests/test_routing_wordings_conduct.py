"""Wordings of round r-2479..r-2508 (an official's conduct or the procedure itself: rules/76, the conventions of
rules/94 and 46, the health-insurance card of rules/80): a letter about how an officer behaves goes to the front
with the officer's body co-ordinating; a letter about the procedure goes to the body that runs it. Each is tried
with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

# (text, category, lead, co-ordinating agencies)
CASES = [
    # money taken at the desk without a receipt: conduct, the one-stop desk co-ordinates
    ("Chứng thực bản sao có 3 trang mà quầy thu của tôi 50 nghìn, hỏi biên lai thì chị ấy bảo không có. Thu như vậy "
     "có đúng không?", "xd_chinh_quyen", "mttq", ["hcc"]),
    # an officer's no-shows at the desk
    ("Chị cán bộ hộ tịch hẹn tôi 3 lần lên lấy trích lục khai sinh, lần nào đến cũng không có mặt ở quầy, người khác "
     "bảo chị đi việc riêng. Đề nghị Mặt trận nhắc nhở.", "xd_chinh_quyen", "mttq", ["hcc"]),
    # a culture officer idling in working hours
    ("Mấy lần tôi lên phường đều thấy anh cán bộ văn hóa ngồi chơi điện thoại, xem phim trong giờ làm việc, hỏi việc "
     "thì bảo để mai. Đề nghị Mặt trận giám sát.", "xd_chinh_quyen", "mttq", ["vhxh"]),
    # the ward office's guard shouting at an old woman
    ("Chú bảo vệ trụ sở UBND phường quát mắng mẹ tôi 78 tuổi chỉ vì bà dựng xe đạp sai chỗ. Mong phường nhắc nhở.",
     "xd_chinh_quyen", "mttq", ["vp_ubnd"]),
    # a justice officer throwing a dossier back
    ("Cán bộ tư pháp phường xem hồ sơ xong ném trả lại lên bàn, nói \"thiếu thì về mà bổ sung, hỏi lắm\". Tôi mong cán "
     "bộ có thái độ tôn trọng người dân hơn.", "xd_chinh_quyen", "mttq", ["hcc"]),
    # a police officer on duty asking for money
    ("Khi tôi làm thủ tục tạm vắng cho con, anh cán bộ trực ban công an phường nói phải có \"tiền bồi dưỡng anh em\" "
     "thì mới làm trong ngày. Đề nghị Mặt trận làm rõ.", "xd_chinh_quyen", "mttq", ["cong_an"]),
    # a land officer collecting a "fee" without a receipt
    ("Cán bộ địa chính phường đến đo đạc đã thu 3 triệu đồng gọi là \"phí đo đạc\", không có biên lai. Đề nghị Mặt "
     "trận xác minh.", "xd_chinh_quyen", "mttq", ["kt_hatang"]),
    # praise of an officer, the body co-ordinates
    ("Tôi xin khen em Hạnh ở bộ phận một cửa hôm thứ sáu đã ở lại quá giờ để giúp tôi hoàn tất hồ sơ, rất tận tình.",
     "xd_chinh_quyen", "mttq", ["hcc"]),
    ("Tôi đánh rơi ví ở chợ, được anh công an khu vực nhặt được và mang đến tận nhà trả lại. Xin cảm ơn và đề nghị "
     "phường khen ngợi anh ấy.", "xd_chinh_quyen", "mttq", ["cong_an"]),
    # the ward office closed in its posted hours: the office's own matter
    ("Trên bảng ở cổng UBND phường ghi sáng thứ bảy có làm việc, vậy mà tôi đến 8 giờ sáng thứ bảy cổng khóa, không "
     "ai trực.", "xd_chinh_quyen", "vp_ubnd", []),
    # a child's health-insurance card not had yet: the card is what is asked for
    ("Con tôi 2 tuổi chưa có thẻ bảo hiểm y tế, làm ở đâu và có mất tiền không ạ?", "chinh_sach", "vhxh", []),
]


@pytest.mark.parametrize("text,category,agency,co", [(t, *rest) for text, *rest in CASES for t in each_way([text])])
def test_conduct_goes_to_the_front_and_the_procedure_to_its_body(rules_alone, text, category, agency, co):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, sorted(d.co_agencies)) == (category, agency, sorted(co)), d.why


@pytest.mark.parametrize("text", each_way([
    # waiting at the desk is the service, no officer's conduct
    "Sáng thứ hai tôi đến bộ phận một cửa làm chứng thực, chỉ mở có một quầy, tôi đợi gần 2 tiếng mới đến lượt. Đề "
    "nghị phường mở thêm quầy vào đầu tuần.",
]))
def test_a_wait_at_the_desk_is_the_procedure(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc"), d.why
