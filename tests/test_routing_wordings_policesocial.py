"""The ward police and the social office side by side, round r-4091..r-4120 (rules/134, exclusions in rules/40, 62,
80, 102): a lost old man who cannot say where he lives is the police's to bring home, with the social office; a
workshop keeping 13-year-olds at the machines is child protection with the police at the inspection; a begging ring
the police are asked to investigate is the police's; a mother asking for her addicted son's compulsory rehab is the
police's; a rehab centre's advert is spam; the front asked to raise gifts and scholarships is the front's own work;
a family quarrel where "nobody hits anybody" is mediation, not violence. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

LOST = each_way([
    "Có một bà cụ chừng 85 tuổi đứng ở đầu ngõ 40 từ trưa, bà nói lẫn lộn, không nhớ nhà ở đâu, trời rét mà bà chỉ "
    "mặc áo mỏng. Đề nghị phường cho người đến giúp tìm người nhà cho bà.",
])


@pytest.mark.parametrize("text", LOST)
def test_a_lost_old_person_is_brought_home_by_the_police_with_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


WORKSHOP = each_way([
    "Xưởng may trong ngõ 15 thuê mấy đứa trẻ 13 tuổi ở quê lên, làm từ 7h sáng đến tối, ăn ngủ luôn trong xưởng, "
    "không cho đi học. Đề nghị phường kiểm tra.",
])


@pytest.mark.parametrize("text", WORKSHOP)
def test_children_kept_at_a_workshops_machines_are_child_protection_with_the_police(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "cong_an" in d.co_agencies and d.complex, d.why


RING = each_way([
    "Tối nào cũng có người chở mấy cháu nhỏ đến chợ đêm xin tiền, khuya quay lại thu tiền, cháu nào nộp ít bị quát. "
    "Tôi nghi có đường dây. Đề nghị công an phường điều tra, còn các cháu thì nhờ phường lo chỗ ăn học.",
])


@pytest.mark.parametrize("text", RING)
def test_a_begging_ring_the_police_are_asked_to_investigate_is_theirs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Con tôi nghiện ma túy, lấy trộm tiền và đập phá đồ trong nhà. Tôi đề nghị công an phường lập hồ sơ đưa cháu đi "
    "cai nghiện bắt buộc.",
]))
def test_compulsory_rehab_for_a_son_who_steals_is_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Cơ sở cai nghiện tư nhân Bình An: cam kết cai dứt điểm sau 21 ngày, không tái nghiện. Đón tận nhà, hotline "
    "0931 000 111.",
]))
def test_a_rehab_centres_advert_is_spam(rules_alone, text):
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert "spam" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ban công tác Mặt trận tổ 6 đề xuất Mặt trận phường phát động vận động ủng hộ để tặng quà, học bổng cho các cháu "
    "có hoàn cảnh khó khăn dịp Tết.",
]))
def test_gifts_and_scholarships_raised_by_the_front_are_its_own_work(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên cạnh tối nào cũng cãi nhau to, nhưng không ai đánh ai cả, chỉ là mấy anh em cãi nhau chuyện ai nuôi mẹ "
    "già. Đề nghị tổ hòa giải giúp gia đình ngồi lại với nhau.",
]))
def test_a_quarrel_where_nobody_hits_anybody_is_mediation_without_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "cong_an" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà số 5 bên cạnh đang đánh con, cháu bé gào khóc xin tha mãi không thôi. Đề nghị công an đến ngay.",
]))
def test_a_child_beaten_now_is_the_polices_emergency_with_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags and "vhxh" in d.co_agencies, d.why
