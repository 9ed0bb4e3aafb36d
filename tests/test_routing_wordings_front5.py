"""The front's own competence written the ways citizens write it, round r-3371..r-3400 (rules/110, an exclusion in
rules/75): a long plea that never names its matter waits for an officer; siblings who cannot agree who cares for a
parent go to mediation, the parent's allowance being only told; a neighbour rebuilding whose foundations spill over
and crack the wall is construction order, the front sitting in; an inheritance already before a court is outside the
ward; a greeting wishing the officials "công tác tốt" is no blocked drain. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

PLEAS = each_way([
    "Gia đình tôi đã chịu đựng nhiều năm, đi khắp nơi, ai cũng hứa rồi để đấy. Tôi không biết phải làm sao nữa, chỉ xin "
    "các đồng chí giải quyết dứt điểm cho gia đình tôi.",
    "Kính gửi lãnh đạo phường, tôi gửi đơn mấy lần rồi. Xin giải quyết dứt điểm cho gia đình tôi để được sống yên ổn "
    "những năm cuối đời.",
])


@pytest.mark.parametrize("text", PLEAS)
def test_a_plea_that_never_names_its_matter_waits_for_an_officer(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("phan_loai", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Đã ba năm nay ai cũng hứa rồi để đấy, ngõ nhà tôi cứ mưa là ngập đến đầu gối, xin giải quyết dứt điểm cho gia "
    "đình tôi.",
]))
def test_a_plea_that_names_its_matter_goes_to_that_matter(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "ha_tang"


CARE = each_way([
    "Ba anh em chúng tôi không thống nhất được ai trông mẹ, chị hai bảo mẹ có tiền trợ cấp người cao tuổi thì ai nuôi "
    "người ấy hưởng. Xin Ban công tác Mặt trận mời anh em lên phân xử giúp cho êm cửa êm nhà.",
    "Bố tôi 85 tuổi, các con cãi nhau mãi chuyện ai nuôi bố, gặp nhau là to tiếng. Nhờ tổ dân phố phân xử giúp.",
])


@pytest.mark.parametrize("text", CARE)
def test_siblings_who_cannot_agree_on_a_parents_care_go_to_mediation(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


SPILLED = each_way([
    "Nhà bên tháo nhà cũ xây lại, khi đổ móng họ đổ lấn sang phần nhà tôi, giờ tường nhà tôi có vết nứt chân chim. "
    "Mong Mặt trận đứng ra nói chuyện giúp.",
])


@pytest.mark.parametrize("text", SPILLED)
def test_foundations_spilling_over_are_construction_order_with_the_front_sitting_in(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("dat_dai", "kt_hatang", True), d.why
    assert "mttq" in d.co_agencies, d.why


COURT = both([
    ("Bố mẹ mất không để di chúc, anh cả đã nộp đơn ra tòa chia thừa kế, tòa đã thụ lý. Mặt trận phường có can thiệp "
     "được không?", "ngoai_tham_quyen", None),
])


@pytest.mark.parametrize("text,category,agency", COURT)
def test_an_inheritance_before_a_court_is_outside_the_ward(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhân dịp cuối năm, chúc các cô chú cán bộ phường một năm mới mạnh khỏe, công tác tốt.",
]))
def test_wishing_the_officials_well_is_no_blocked_drain(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert d.category == "khac" and "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way(["Cống đầu ngõ 15 bị tắc, mưa xuống là ngập nửa bánh xe, đề nghị phường nạo vét."]))
def test_a_blocked_drain_is_still_the_roads_office(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why
