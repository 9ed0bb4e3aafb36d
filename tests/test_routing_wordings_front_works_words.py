"""The front's own matters told with roads, drains and lamps, round r-4721..r-4750 (rules/155; exclusions in
rules/12, 13, 16, 75, 83, 91, 152): two houses quarrelling over a pipe they share go to mediation; registering a
lane in the front's "ngõ sáng - xanh - sạch" movement, thanking the group's front team for a clean-up and asking
for the campaign's account are the front's, with no works office; a voters' petition left unanswered is the office's;
a campaign for lamps that asks how to connect them brings the works office; "Ban cong tac" typed bare is no
blocked drain; a lighting cabinet only heard of, nobody come yet after a flood, a dry day before the rains are no
danger now. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

SHARED_PIPE = each_way([
    "Nhà tôi và nhà bên dùng chung một đường ống thoát nước sau nhà, ống tắc, tôi thuê thợ thông rồi sang nói chia "
    "đôi tiền thì họ không chịu, nhờ các bác trong tổ nói chuyện giúp.",
])


@pytest.mark.parametrize("text", SHARED_PIPE)
def test_two_houses_quarrelling_over_a_pipe_they_share_go_to_mediation(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


MOVEMENT = each_way([
    "Tổ 11 muốn đăng ký xây dựng tuyến ngõ sáng - xanh - sạch năm nay, bà con đã góp tiền lắp đèn năng lượng mặt "
    "trời và trồng cây. Xin hỏi Mặt trận cần hồ sơ gì?",
])


@pytest.mark.parametrize("text", MOVEMENT)
def test_registering_a_lane_in_the_fronts_movement_is_the_fronts_alone(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


# Trees planted in such a movement, now to prune, are the works office's (r-3186)
@pytest.mark.parametrize("text", each_way([
    "Cây xanh trồng theo phong trào của Mặt trận dọc đường Thạch Bàn nay cao quá, chạm dây điện, đề nghị cắt tỉa."]))
def test_trees_of_a_past_movement_to_prune_stay_the_works_offices(rules_alone, text):
    assert rules_alone.classify(sub(text)).agency == "kt_hatang"


THANKS = each_way([
    "Tôi xin cảm ơn Ban công tác Mặt trận tổ 4. Chủ nhật vừa rồi các bác đã đứng ra vận động hơn 40 người cùng nạo "
    "vét rãnh thoát nước ngõ 15, nay rãnh thông, ngõ sạch.",
])


@pytest.mark.parametrize("text", THANKS)
def test_thanks_to_the_fronts_team_for_a_clean_up_is_the_fronts_and_no_large_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies, d.complex) == ("mat_tran", "mttq", [], False), d.why


ACCOUNT = each_way([
    "Em ở xa, nghe mẹ nói Ban công tác Mặt trận tổ đang vận động bà con đóng góp để đổ bê tông ngõ. Cho em xin số "
    "tài khoản của ban vận động để chuyển khoản góp 2 triệu.",
])


@pytest.mark.parametrize("text", ACCOUNT)
def test_asking_the_campaigns_account_brings_no_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("mat_tran", "mttq", []), d.why


PETITION = each_way([
    "Tại buổi tiếp xúc cử tri tháng 7, cử tri tổ 2 đã kiến nghị về con mương thoát nước bị lấp, mưa là ngập. Đến nay "
    "chưa nhận được văn bản trả lời. Đề nghị cho biết kiến nghị của cử tri tổ 2 đã được trả lời chưa.",
])


@pytest.mark.parametrize("text", PETITION)
def test_an_unanswered_voters_petition_is_the_offices_not_the_drains(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("xd_chinh_quyen", "vp_ubnd", []), d.why


LAMP_CAMPAIGN = each_way([
    "Chi hội người cao tuổi muốn cùng Ban công tác Mặt trận phát động cuộc vận động nhân dân góp tiền lắp 8 cột đèn "
    "vào nhà văn hóa. Đề nghị phường hướng dẫn kỹ thuật, vị trí cột, cách đấu nối.",
])


@pytest.mark.parametrize("text", LAMP_CAMPAIGN)
def test_a_lamp_campaign_asking_how_to_connect_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies, d.why


NO_DANGER_NOW = each_way([
    "Cả tuyến đèn đường không sáng đã hơn một tuần, nghe nói tủ điện chiếu sáng bị chập. Trẻ con đi học về tối, nhờ "
    "phường sửa gấp.",
    "Rãnh thoát nước trước dãy nhà bị tắc, mấy trận mưa vừa rồi nước tràn vào sân 4 nhà. Tôi đã báo tổ nhưng chưa "
    "thấy ai xuống. Đề nghị phường nạo vét.",
])


@pytest.mark.parametrize("text", NO_DANGER_NOW)
def test_a_cabinet_heard_of_and_nobody_come_yet_are_no_danger_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "urgent" not in d.flags, d.why


# A cabinet sparking now stays a danger though the letter also says nobody has come yet
@pytest.mark.parametrize("text", each_way([
    "Tủ điện chiếu sáng đầu ngõ bị bung cửa, dây điện đang tóe lửa, trẻ con đứng gần. Đã báo mà chưa thấy ai xuống."]))
def test_a_cabinet_sparking_now_stays_urgent(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags
