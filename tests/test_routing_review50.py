"""Review of merge-47's routing round r-4631..r-4660 (rules/152 and the exclusions added to rules/13, 16, 17, 83 and
91), findings 1-8: any contribution letter beside "dự toán" or "đưa vào kế hoạch" (a school's, the study fund's, a
festival's; unmarked "ban ve" is "bàn về") brought the works office (rules/152); an open cabinet with bare live wires
lost urgent once the writer guessed the cabinet was broken (rules/13); unmarked "cong nhan xuong" ("công nhân
xưởng", the workshop's own workers) took complex from a workshop people live in (rules/17); households who pooled
money and lost it to a swindler were no longer a group harmed (rules/16); a polite thank-you to the front's team
took the works office from a works that has failed (rules/83, 91); a complaint that the front's Tết gift never came
left the front once the writer said she had told the front (rules/83); a traffic light or a lamp at home out
became a lane-lamp repair, and a pit covered this morning stayed urgent (rules/152). Narrowed; what the round meant
to catch (a lane's works and the ward's share, lights out from a guessed cabinet fault, workers sent down to clear a
drain, households who paid for a works, thanks alone, a letter passed on through the front, a lane lamp out, a pit
still open) still routes as it did. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

# Finding 1: the works office joins a contribution letter only when the money is for a works project.

@pytest.mark.parametrize("text", each_way([
    "Tổ dân phố họp bàn về việc đóng góp quỹ khuyến học năm nay, đề nghị đưa vào kế hoạch của tổ.",
    "Tổ dân phố họp bàn về việc đóng góp quỹ vì người nghèo, mỗi hộ 50 nghìn. Xin hỏi có bắt buộc không?",
    "Tổ dân phố thu tiền đóng góp tổ chức Trung thu cho các cháu, mỗi hộ 100 nghìn, nhưng không công khai dự toán"
    " chi. Đề nghị Mặt trận xem xét.",
]))
def test_a_contribution_to_a_fund_or_a_festival_is_the_fronts_without_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
    assert "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Trường mầm non thu tiền đóng góp xây dựng cơ sở vật chất, không công khai dự toán. Đề nghị phường kiểm tra.",
    "Trường tiểu học thu tiền đóng góp của phụ huynh để mua điều hòa, ban phụ huynh họp bàn về việc chia tiền, không"
    " công khai dự toán. Đề nghị phường kiểm tra.",
]))
def test_a_schools_contribution_is_the_social_offices_without_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why
    assert "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Ngõ 12 làm đường theo kiểu Nhà nước và nhân dân cùng làm, dân góp 50%, xin hỏi phần phường hỗ trợ bao nhiêu,"
    " dự toán bao nhiêu? Đề nghị công khai.",
]))
def test_a_lanes_works_asking_the_wards_share_still_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "mttq" and "kt_hatang" in d.co_agencies, d.why


# Finding 2: a cabinet guessed broken is no danger by itself, but an open cabinet with bare or sparking wires is.

@pytest.mark.parametrize("text", each_way([
    "Tủ điện đầu ngõ 7 bị bung cửa, dây điện hở ra, trẻ con đang chơi ngay bên cạnh. Có lẽ hỏng tủ điện từ hôm mưa."
    " Đề nghị điện lực xuống ngay.",
    "Đèn ngõ tắt hết, do hỏng tủ điện, dây điện trong tủ hở ra lòe xòe, các cháu học sinh đi qua rất nguy hiểm. Đề"
    " nghị xử lý ngay.",
]))
def test_an_open_cabinet_with_bare_wires_is_urgent_even_when_the_fault_is_guessed(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Từ tối Chủ nhật cả dãy đèn chiếu sáng ngõ 40 tắt hết, có lẽ hỏng tủ điện đầu ngõ, cả ngõ tối om. Đề nghị phường"
    " cho sửa.",
]))
def test_lane_lights_out_from_a_guessed_cabinet_fault_is_a_repair_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "urgent" not in d.flags, d.why


# Finding 3: unmarked "cong nhan xuong" is also "công nhân xưởng"; only workers sent down to a job are no workshop.

@pytest.mark.parametrize("text", each_way([
    "Xưởng tái chế nhựa trong ngõ 9 chạy suốt đêm, khói và mùi khét nồng nặc, công nhân xưởng ở luôn trong đó, không"
    " ai kiểm tra phòng cháy.",
]))
def test_a_workshop_its_workers_live_in_is_complex(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Rãnh thoát nước ngõ 14 tắc mấy tháng nay, nước thải ứ lại bốc mùi. Đề nghị phường cho công nhân xuống thông"
    " rãnh.",
]))
def test_workers_sent_down_to_clear_a_drain_make_no_workshop(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and not d.complex, d.why


# Finding 4: households who paid for a lane's works are not a group harmed; households who lost pooled money are.

@pytest.mark.parametrize("text", each_way([
    "Hơn 30 hộ góp tiền chơi hụi với bà Lan ở tổ 5, nay bà ấy bỏ trốn, mất hết tiền. Đề nghị công an vào cuộc.",
    "Hơn 30 hộ góp tiền cho ông Tuấn vay lãi, nay ông ấy bỏ trốn, mỗi hộ mất vài chục triệu. Đề nghị công an điều"
    " tra.",
]))
def test_households_who_lost_pooled_money_to_a_swindler_are_a_complex_police_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi xin cảm ơn Ban công tác Mặt trận tổ 18 đã vận động 52 hộ góp tiền lắp 9 cột đèn chiếu sáng cho ngõ. Từ tuần"
    " trước ngõ đã sáng, sổ thu chi đã dán công khai ở nhà văn hóa.",
]))
def test_households_who_paid_for_a_lanes_lamps_are_no_group_harmed(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "mttq" and not d.complex, d.why


# Finding 5: thanking the front's team first does not take the works office from a works that has failed.

@pytest.mark.parametrize("text", each_way([
    "Cảm ơn ban công tác Mặt trận đã vận động bà con góp tiền làm đường ngõ 15. Tuy nhiên đường mới làm một tháng đã"
    " nứt nhiều chỗ, đề nghị phường kiểm tra chất lượng nhà thầu.",
    "Cảm ơn ban công tác Mặt trận đã vận động bà con góp tiền làm đường ngõ 15. Tuy nhiên đường mới làm một tháng đã"
    " bị nứt nhiều chỗ, đề nghị phường kiểm tra chất lượng nhà thầu.",
]))
def test_thanks_before_a_failed_works_still_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies, d.why


# Finding 6: a letter passed on through the front is no gift of the front, but a gift that never came still is.

@pytest.mark.parametrize("text", each_way([
    "Tôi đã báo qua Mặt trận về việc gia đình tôi là hộ nghèo mà Tết vừa rồi không được nhận quà của Mặt trận, trong"
    " khi nhà khác khá giả lại được.",
    "Tôi đã phản ánh qua Mặt trận việc nhà tôi hộ nghèo mà Tết nay không được nhận quà của Mặt trận phường, nhà khác"
    " khá giả lại được.",
]))
def test_the_fronts_tet_gift_that_never_came_stays_the_fronts_after_telling_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Đơn này tôi đã gửi qua Mặt trận phường một lần nhưng chưa có kết quả. Quán cà phê số 44 kê bàn ghế, để xe máy"
    " chiếm hết vỉa hè, người đi bộ phải xuống lòng đường. Đề nghị phường lập lại trật tự vỉa hè.",
]))
def test_a_pavement_letter_passed_on_through_the_front_is_no_gift_of_the_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "mat_tran" and d.agency != "mttq", d.why


# Finding 7: a traffic light out is the police's; a lamp at home out is a power cut; a lane lamp out is a repair.

@pytest.mark.parametrize("text", each_way([
    "Cột đèn tín hiệu giao thông ở ngã tư trước chợ tắt hẳn từ sáng, xe cộ đi lộn xộn, suýt đâm nhau mấy lần.",
]))
def test_a_traffic_light_out_at_a_crossroads_is_police_work_not_a_lane_lamp(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "kt_hatang" not in d.co_agencies and "den-dan-gop" not in d.rule, d.why


@pytest.mark.parametrize("text", each_way([
    "Cả khu phố mất điện từ chiều, bóng đèn trong nhà tắt hẳn, tủ lạnh không chạy, gọi điện lực không ai nghe.",
]))
def test_the_lamps_at_home_out_in_a_power_cut_are_no_lane_lamp_repair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "ha_tang" and "den-dan-gop" not in d.rule, d.why


@pytest.mark.parametrize("text", each_way([
    "Bóng đèn cột đèn đầu ngõ 5 tắt hẳn ba hôm nay, cả ngõ tối om. Đề nghị phường cho thay bóng.",
]))
def test_a_lane_lamp_out_is_a_lighting_repair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


# Finding 8: a pit covered this morning, told in the passive, is no danger now; a pit still open is. (Unmarked
# "ho ga" also reads "hở ga", a gas leak, urgent by rules/13 on main already: the unmarked wording is a "hố đào".)

@pytest.mark.parametrize("text", [
    "Hố ga trước nhà số 5 ngõ 3 để hở không rào mấy hôm, sáng nay đã được che chắn cẩn thận.",
    "Hố đào trước nhà số 7 ngõ 3 để hở không rào mấy hôm, sáng nay đã được rào lại cẩn thận.",
    "Ho dao truoc nha so 7 ngo 3 de ho khong rao may hom, sang nay da duoc rao lai can than.",
])
def test_a_pit_covered_this_morning_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Hố đào trước nhà số 7 ngõ 3 để hở không rào mấy hôm, sáng nay vẫn để nguyên, tối không có đèn báo.",
]))
def test_a_pit_still_open_this_morning_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why
