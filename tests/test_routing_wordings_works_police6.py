"""The works office with or without the police, round r-4421..r-4450 (rules/145; exclusions in rules/10, 14, 16, 86,
94, 122): a building site the ward is asked to check for its permit stays construction order though a resident was
beaten; a pavement car park the ward is asked to clear stays urban order, the police co-ordinating for the gang (but a
letter that calls it extortion and asks only the police is theirs); a request that the police deal with someone adds
them (and a tipper's rubbish point stays hygiene without diacritics too); the police named in passing add nothing;
worn sidewalk tiles and a dated fight that is over are no emergency; "tham gia để" without diacritics is no insult.
Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

SITE = each_way([
    "Công trình nhà số 8 ngõ 17 đổ bê tông đến 2 giờ sáng, cát đá vương khắp ngõ. Tối qua anh Bình sang nhắc thì bị "
    "thợ đánh. Đề nghị phường kiểm tra giấy phép của công trình, đề nghị công an phường xử lý người đánh anh Bình.",
])


@pytest.mark.parametrize("text", SITE)
def test_a_site_to_check_for_its_permit_is_construction_order_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("dat_dai", "kt_hatang", True), d.why
    assert "cong_an" in d.co_agencies, d.why


CAR_PARK = each_way([
    "Vỉa hè trước chợ Hôm bị một nhóm người chiếm làm bãi giữ xe, thu 15 nghìn một lượt, ai không trả là bị quát. "
    "Đề nghị phường giải tỏa, trả lại vỉa hè cho người đi bộ; đề nghị công an điều tra nhóm thu tiền.",
])


@pytest.mark.parametrize("text", CAR_PARK)
def test_a_pavement_car_park_the_ward_must_clear_is_urban_order_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" in d.co_agencies, d.why


EXTORTION = both([("Một nhóm thanh niên chiếm vỉa hè làm bãi giữ xe, thu tiền bảo kê của các quán. Đây không phải "
                   "chuyện lấn chiếm vỉa hè bình thường mà là cưỡng đoạt, đề nghị công an phường làm rõ.",
                   "an_ninh", "cong_an")])


@pytest.mark.parametrize("text,category,agency", EXTORTION)
def test_extortion_the_writer_asks_only_the_police_about_stays_theirs(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Cứ tối là có người chở rác đổ trộm ở đầu ngõ 12, tối thứ Sáu bác tổ trưởng ra nhắc thì bị ném đá. Đề nghị "
    "phường dọn sạch điểm rác này và công an phường xác minh người ném đá.",
]))
def test_a_request_that_the_police_deal_with_someone_adds_them(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Như công an phường đã nhắc ở buổi họp tổ, quán nước số 5 phố Lò Đúc bày bàn ghế kín vỉa hè. Đề nghị phường cho "
    "đội trật tự đô thị xuống nhắc quán dọn vào.",
]))
def test_the_police_named_in_passing_add_nothing(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and not d.co_agencies, d.why


@pytest.mark.parametrize("text,subject", [
    (t, s) for t, s in zip(each_way([
        "Gạch vỉa hè đoạn từ số 10 đến số 30 phố Hàng Chuối gạch vỡ vụn, nhiều chỗ sụt thành hố nông, người đi bộ bị "
        "vấp. Đề nghị phường lát lại.",
        "Sáng 2/12 hai nhóm bán hàng đánh nhau ở cổng chợ, có người bị thương ở đầu. Đề nghị phường sắp xếp lại chỗ "
        "bán, không cho bày dưới lòng đường.",
    ]), ["Vỉa hè sụt lún", "Vỉa hè sụt lún", "Chợ lấn lòng đường", "Chợ lấn lòng đường"])
])
def test_worn_tiles_and_a_dated_fight_that_is_over_are_no_emergency(rules_alone, text, subject):
    assert "urgent" not in rules_alone.classify(sub(text, subject)).flags


@pytest.mark.parametrize("text", each_way([
    "Đề nghị phường cưỡng chế ki ốt lấn chiếm đất công ở đầu ngõ, và đề nghị công an tham gia để bảo vệ đoàn kiểm tra.",
]))
def test_taking_part_without_diacritics_is_no_insult(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags and d.agency == "kt_hatang", d.why
