"""Negation and hypotheticals around dangers, urgency round 26 (r-3851..r-3880, rules/126 and exclusions in rules/12,
13, 44, 81): a line the power company has already cut is no live wire; a paused site feared for the next storm is an
inspection; a bank collapsing now, an old collective ceiling giving way, a knife chase at home are urgent; a
warehouse fire put out asks for a fire-safety inspection; people stopping traffic round a struck pole bring the
police. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

CUT_ALREADY = both([
    ("Cột điện đầu ngõ 5 bị giông làm nghiêng hẳn, điện lực đã xuống cắt điện rồi, không ai bị thương. Đề nghị phường "
     "báo điện lực dựng lại cột.", "ha_tang", "kt_hatang"),
    ("Dây điện hạ thế trước số 30 bị đứt rơi xuống vỉa hè, điện lực đã đến cắt điện rồi, người đi bộ phải bước qua. "
     "Nhờ phường báo thu dọn dây.", "ha_tang", "kt_hatang"),
])


@pytest.mark.parametrize("text,category,agency", CUT_ALREADY)
def test_a_line_the_power_company_has_cut_is_no_live_danger(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Bờ kênh sau dãy nhà 3 đến 9 ngõ 21 đang sạt lở, đất rơi xuống kênh từng mảng, nhà số 5 đã nghiêng. Không thể "
    "chờ được nữa, đề nghị phường xuống ngay.",
]))
def test_a_bank_collapsing_now_under_houses_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Trần nhà tôi ở khu tập thể B4 từ sáng kêu răng rắc, một mảng vữa rơi trúng giường, vết nứt đang lan rộng. Xin "
    "phường cho người xem gấp.",
]))
def test_an_old_collective_ceiling_giving_way_is_an_unsafe_building_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("dat_dai", "kt_hatang", True) and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà tầng trên khu tập thể A1 để bồn cầu rò, nước thấm xuống trần nhà tôi, vữa bong từng mảng. Nhờ tổ nói giúp.",
]))
def test_plaster_peeling_under_a_leak_from_above_is_no_danger(rules_alone, text):
    assert "urgent" not in rules_alone.classify(sub(text)).flags


@pytest.mark.parametrize("text", each_way([
    "Nhà bên cạnh, ông chồng say rượu đang cầm dao rượt vợ ra tới ngõ, chị ấy la cứu, hàng xóm không ai dám vào. Xin "
    "công an tới ngay.",
]))
def test_a_knife_chase_at_home_is_the_police_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Kho chứa sơn của cơ sở Minh Phát ở ngõ 40 cháy đêm qua, đã được dập tắt, không ai bị thương, không lan sang nhà "
    "dân. Đề nghị kiểm tra điều kiện phòng cháy chữa cháy của cơ sở này.",
]))
def test_a_warehouse_fire_put_out_asks_for_a_fire_safety_inspection(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("an_ninh", "cong_an", True) and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Giàn giáo công trình số 12 rách lưới che, thỉnh thoảng gạch vụn rơi xuống. Công trình đang tạm nghỉ, e là sắp "
    "tới mưa bão thì khó trụ. Đề nghị kiểm tra an toàn công trình.",
]))
def test_a_paused_site_feared_for_the_next_storm_is_an_inspection(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency, d.complex) == ("dat_dai", "kt_hatang", True) and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Xe tải tông cột điện trước số 8, cột nghiêng ra giữa đường, dây võng thấp, người dân đang đứng chặn xe. Đề nghị "
    "cho người đến ngay.",
]))
def test_people_stopping_traffic_round_a_struck_pole_bring_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why
    assert "cong_an" in d.co_agencies, d.why
