"""Nothing to route, or the front's own, round r-5141..r-5170 (rules/169; exclusions in rules/13, 46, 55, 57, 88): a
letter that says it asks for nothing is no matter of the front nor of the police it mentions; a request for an
officer's phone number and a thanks to everyone are nothing to route; joining the veterans' or the elderly association
is the front's; "tôi xin góp mấy ý" is an opinion, not a gift to a charity kitchen; a comment on a draft law or a draft
plan is no street or office matter; an unanswered land-title query is no one lying behind a door. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

NOTHING_ASKED = each_way([
    "Kính gửi Mặt trận phường. Xem thời sự thấy cả nước đang chung tay vì người nghèo, tôi rất xúc động. Tôi viết vài "
    "dòng tâm sự vậy thôi, không có đề nghị gì.",
    "Dạo này trên mạng nhiều tin lừa đảo quá, giá cả cũng tăng. Đây chỉ là vài lời tâm sự, không phải phản ánh việc gì "
    "ở phường.",
    "Tôi thấy phường nên quan tâm hơn đến người trẻ. Tôi không phản ánh việc gì cụ thể, chỉ góp ý chung.",
])


@pytest.mark.parametrize("text", NOTHING_ASKED)
def test_a_letter_that_asks_for_nothing_is_nothing_to_route(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi không có đề nghị gì về đèn, nhưng cột điện đầu ngõ 5 đang nghiêng hẳn về phía nhà dân, dây điện đang tóe "
    "lửa, đề nghị phường đến ngay.",
]))
def test_a_matter_told_after_but_still_decides(rules_alone, text):
    assert rules_alone.classify(sub(text)).category != "khac"


@pytest.mark.parametrize("text", each_way([
    "Cho tôi hỏi số điện thoại của anh công an khu vực tổ 4, tôi có chút việc cần liên hệ.",
    "Xin số điện thoại của cán bộ phụ trách tổ dân phố 10 với ạ.",
]))
def test_an_officers_phone_number_is_nothing_to_route(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("khac", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Cháu viết thư này để cảm ơn tất cả mọi người trong phường đã luôn giúp đỡ gia đình cháu. Cháu chúc mọi người luôn "
    "khỏe mạnh.",
]))
def test_a_thanks_to_everyone_is_nothing_to_route(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("khac", "mttq"), d.why


MEMBERS = both([
    ("Ông nhà tôi là cựu chiến binh mới chuyển hộ khẩu về, muốn sinh hoạt hội cựu chiến binh ở phường thì liên hệ ai?",
     "mat_tran", "mttq"),
    ("Mẹ tôi năm nay 70 tuổi, muốn tham gia hội người cao tuổi của tổ thì cần giấy tờ gì ạ?", "mat_tran", "mttq"),
])


@pytest.mark.parametrize("text,category,agency", MEMBERS)
def test_joining_a_member_association_is_the_fronts(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Đọc thông báo về Ngày hội văn hóa thể thao của phường, tôi xin góp mấy ý: nên có thêm giải cờ tướng cho các cụ và "
    "xếp lịch thi đấu vào cuối tuần.",
]))
def test_an_opinion_offered_is_no_gift_to_a_kitchen(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "mttq" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Thực hiện thông báo của Mặt trận về lấy ý kiến nhân dân đối với dự thảo luật, tôi xin góp ý: mức phạt vi phạm "
    "trật tự đô thị nên công khai trên cổng thông tin của phường.",
]))
def test_the_points_of_a_comment_on_a_draft_law_bring_no_body(rules_alone, text):
    d = rules_alone.classify(sub(text, "Góp ý dự thảo luật"))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đọc bản dự thảo quy hoạch chi tiết khu đô thị phía Nam niêm yết ở nhà văn hóa, xin góp ý nên dành một khu "
    "cho sân chơi trẻ em.",
]))
def test_a_comment_on_a_posted_draft_plan_is_the_planning_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Hồ sơ cấp sổ đỏ nhà tôi nộp từ năm 2020 đến giờ vẫn chưa được cấp, đi hỏi thì không ai trả lời rõ vướng ở đâu.",
]))
def test_an_unanswered_land_title_query_is_no_danger(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags
