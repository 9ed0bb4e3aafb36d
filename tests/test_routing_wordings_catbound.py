"""Category-boundary wordings of round r-2299..r-2318 (rules/73 and the exclusions it brought to rules/13, 17, 20,
53, 54, 56 and 75): two fields of the same body where the Form's drop-down pulls the wrong way (a drain cover
taken is the road's hole, rubbish thrown into a drain is sanitation), a procedure complaint whose writer says the
officials were polite, a land officer met "the third time" (his conduct, not a long-running case), a group leader
reported for calling residents names (not misuse of the mailbox), cracks that are not widening while the works
are paused, a lane said to need no repair, and a thank-you in passing in a letter naming its most pressing
grievance. Each is tried with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

DRAIN_COVER_TAKEN = [
    "Nắp ga thoát nước ở đầu ngõ 46 bị ai lấy mất từ tối qua, giờ chỉ còn cái hố sâu hoắm, nước bẩn bốc mùi thối "
    "lên. Sáng nay có bác đi xe đạp suýt sa bánh xuống, trẻ con đi học qua đây nhiều lắm.",
    "Nắp cống cuối ngõ 9 bị trộm, miệng cống hở, bốc mùi hôi. Tôi tạm để cái ghế nhựa đánh dấu.",
]


@pytest.mark.parametrize("text", each_way(DRAIN_COVER_TAKEN))
def test_a_drain_cover_taken_is_the_roads_hole_not_the_smell(rules_alone, text):
    """Whatever the Form's field (r-2299): the open hole on the lane, urgent; the smell comes with it."""
    d = rules_alone.classify(form(text, "Môi trường, vệ sinh"))
    assert (d.category, d.agency, "urgent" in d.flags) == ("ha_tang", "kt_hatang", True), d.why


RUBBISH_INTO_DRAIN = [
    "Mấy hàng rau ở chợ cóc đầu ngõ 12 chiều nào dọn hàng cũng hắt hết lá rau thối, túi ni lông xuống cái rãnh "
    "thoát nước cạnh đường. Rãnh thì vẫn tốt, chỉ là rác ùn lên bốc mùi. Đề nghị phường xử phạt.",
    "Quán bún đầu ngõ tối nào cũng vứt túi rác xuống cống thoát nước trước cửa, ruồi nhặng bâu đầy.",
]


@pytest.mark.parametrize("text", each_way(RUBBISH_INTO_DRAIN))
def test_rubbish_thrown_into_a_drain_is_sanitation(rules_alone, text):
    """Whatever the Form's field (r-2300)."""
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Người ta vứt rác xuống cống nên cống tắc, mưa là ngập cả ngõ, đề nghị phường nạo vét cống.",
]))
def test_a_drain_blocked_and_the_lane_flooded_stays_the_drains_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Ô tô đỗ qua đêm cả hai bên ngõ 60, xe máy đi còn không lọt. Mặt đường ngõ thì mới làm lại rất tốt, không "
    "có gì phải sửa. Đề nghị công an phường xử lý xe đỗ sai quy định.",
]))
def test_a_lane_said_to_need_no_repair_adds_no_road_body(rules_alone, text):
    """r-2303: parking order is the police's; the road is only said to be fine."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("an_ninh", "cong_an", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên cạnh được cấp phép 4 tầng nhưng đã đổ đến sàn tầng 6. Từ khi họ ép cọc, tường nhà tôi nứt nhiều vết, "
    "nền bếp lún. Hiện công trình đang tạm dừng vì mưa, các vết nứt không thấy to thêm nhưng tôi rất lo. Đề nghị "
    "phường kiểm tra việc xây vượt phép.",
]))
def test_cracks_not_widening_while_the_works_are_paused_are_complex_not_urgent(rules_alone, text):
    """r-2306."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.complex, "urgent" in d.flags) == ("dat_dai", True, False), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên cạnh đang ép cọc, tường nhà tôi có vết nứt mỗi ngày một to thêm mà họ vẫn ép tiếp.",
]))
def test_cracks_widening_while_the_piling_goes_on_stay_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đi chứng thực hợp đồng tặng cho xe máy phải đi lại 3 lần vì mỗi lần lại báo thiếu một giấy tờ khác. Cán "
    "bộ tiếp nhận vẫn nhẹ nhàng, lịch sự, tôi không phàn nàn gì về thái độ. Chỉ đề nghị phường niêm yết danh mục "
    "giấy tờ và hướng dẫn một lần cho đủ.",
]))
def test_a_procedure_complaint_whose_writer_says_the_officials_were_polite_is_the_procedure(rules_alone, text):
    """r-2309: the one-stop centre's procedure, not the officials' conduct."""
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đi chứng thực phải đi lại 3 lần, cán bộ mỗi lần một kiểu, không chịu hướng dẫn một lần cho đủ, thái độ "
    "rất khó chịu.",
]))
def test_officials_making_people_come_back_rudely_stay_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi nộp hồ sơ cấp sổ đỏ, được hẹn cán bộ địa chính phường xuống đo. Đã hẹn 2 lần mà anh ấy không đến. Lần thứ "
    "ba gặp ở phường thì anh ấy nói muốn nhanh thì phải có tí bồi dưỡng. Đề nghị xem xét thái độ của cán bộ này.",
]))
def test_the_third_meeting_with_an_official_is_his_conduct_not_a_long_running_case(rules_alone, text):
    """r-2310: conduct, the land body co-ordinating; not complex."""
    d = rules_alone.classify(form(text, "Thủ tục hành chính"))
    assert (d.category, d.agency, d.co_agencies, d.complex) == ("xd_chinh_quyen", "mttq", ["kt_hatang"], False), \
        d.why


@pytest.mark.parametrize("text", each_way([
    "Ông tổ trưởng tổ 22 là đảng viên, họp tổ nào cũng uống rượu trước rồi mới lên nói, ai góp ý là ông quát tháo, "
    "họp tháng 10 vừa rồi còn chửi bà con là bọn ăn hại. Đề nghị chi bộ và đảng ủy phường nhắc nhở ông.",
]))
def test_a_party_member_reported_for_calling_residents_names_is_no_misuse(rules_alone, text):
    """r-2311: the writer reports the insult; the Party member's conduct goes to the Party committee."""
    d = rules_alone.classify(form(text, "Xây dựng chính quyền, cán bộ"))
    assert (d.category, d.agency, "abusive" in d.flags) == ("xd_dang", "dang_uy", False), d.why


@pytest.mark.parametrize("text", each_way([
    "Mấy ông cán bộ phường toàn là bọn ăn hại, ngồi mát ăn bát vàng.",
]))
def test_calling_the_officials_names_oneself_stays_misuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" in d.flags, d.why


def test_a_thank_you_in_passing_in_a_grievance_letter_adds_no_front(rules_alone):
    """r-2316: the karaoke at night is the matter, the grill smoke a second one; the thanks for a street light
    replaced last month is a passing mention."""
    text = ("Tôi xin phản ánh mấy việc:\n\n1. Việc bức xúc nhất: quán karaoke ở số 52 tối nào cũng mở đến 1 giờ "
            "sáng, loa rất to, khách say xỉn hò hét ra tận ngõ.\n\n2. Mấy hàng nướng trên vỉa hè đầu ngõ từ 5 giờ "
            "chiều đốt than, khói bay thẳng vào nhà.\n\nĐèn đường trong ngõ hỏng tháng trước thì phường đã cho "
            "thay rồi, cảm ơn phường.\n\nĐề nghị phường xử lý dứt điểm quán karaoke.")
    for t in each_way([text]):
        d = rules_alone.classify(sub(t, "Phản ánh tiếng ồn karaoke và khói nướng ban đêm"))
        assert (d.category, d.agency, "mttq" in d.co_agencies) == ("an_ninh", "cong_an", False), (t, d.why)
