"""Environment or infrastructure, round r-4751..r-4780 (rules/156, exclusions in rules/13, 58, 71): both belong to
the works office, the letter's request decides the category. Stagnant water in a pit breeding mosquitoes is
sanitation, spraying by the health station a secondary point; a dengue cluster whose request is spraying stays
health. A broken drain cover to be replaced is infrastructure, its smell a consequence; thanks for a replaced cover
are thanks. Water running by a sinkhole ("nuoc dang chay ... lot xuong") is no workshop on fire; a septic tank's
stench "không chịu nổi" is no neighbours' quarrel; a culvert to be mended "trước mùa mưa" is no danger now. Each with
and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

PITS = each_way([
    "Lô đất số 22 khu dân cư mới đào hố móng rồi bỏ đó, giờ thành vũng nước đọng đầy lăng quăng, muỗi cắn cả ngày. "
    "Trong xóm đã có một người bị sốt xuất huyết. Đề nghị phường buộc chủ lô đất bơm cạn, lấp hố. Ngoài ra nhờ trạm "
    "y tế phun thuốc diệt muỗi.",
])


@pytest.mark.parametrize("text", PITS)
def test_stagnant_water_breeding_mosquitoes_is_sanitation_spraying_brings_the_health_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tổ 31 tháng này đã có 7 người bị sốt xuất huyết. Quanh nhà nhiều lốp xe cũ đọng nước, nhiều lăng quăng. "
    "Đề nghị trạm y tế về phun thuốc diệt muỗi, hướng dẫn bà con diệt lăng quăng.",
]))
def test_a_dengue_cluster_whose_request_is_spraying_stays_health(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


COVERS = each_way([
    "Nắp hố ga đầu ngõ 14 bị nứt đôi, bốc mùi hôi, ruồi muỗi nhiều. Đề nghị phường thay nắp hố ga mới.",
    "Nắp cống trước chợ tổ 6 đã vỡ một mảng, nước bẩn bốc mùi. Xin phường cho thay nắp cống.",
])


@pytest.mark.parametrize("text", COVERS)
def test_a_broken_drain_cover_to_be_replaced_is_infrastructure_despite_the_smell(rules_alone, text):
    d = rules_alone.classify(form(text, "Môi trường, vệ sinh"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Tuần trước tôi báo nắp cống ngõ 9 bị vỡ, hôm qua đội duy tu đã thay nắp mới chắc chắn. Xin cảm ơn các anh đã "
    "làm nhanh và chu đáo.",
]))
def test_thanks_for_a_replaced_cover_are_thanks(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "ha_tang" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Mặt đường ngõ 88 vừa sụt một hố sâu cạnh đường ống, nước đang chảy ra, xe máy đi tối rất dễ lọt xuống. "
    "Cần phường cho người ra rào lại gấp.",
]))
def test_water_running_by_a_sinkhole_is_no_workshop_on_fire(rules_alone, text):
    d = rules_alone.classify(form(text, "Hạ tầng, giao thông, chiếu sáng"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" not in d.co_agencies, d.why
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Bể phốt nhà số 8 trong ngõ bị nứt, nước thải tràn ra ngõ chung, mùi hôi không chịu nổi. Chủ nhà hứa sửa mà "
    "chưa làm. Đề nghị phường kiểm tra.",
]))
def test_a_septic_tanks_stench_is_sanitation_not_a_quarrel(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang") and "mttq" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cống qua đường tổ 20 bị nứt, mặt đường phía trên đã võng xuống, xe tải vẫn đi qua hằng ngày. Đề nghị phường "
    "gia cố cống trước mùa mưa.",
]))
def test_a_culvert_to_mend_before_the_rains_is_no_danger_now(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cống qua đường tổ 20 bị nứt, mặt đường phía trên đang sụt dần, võng xuống, xe tải vẫn đi qua. Đề nghị phường "
    "cho người đến ngay, đừng để đến trước mùa mưa mới làm.",
]))
def test_a_culvert_failing_now_stays_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Xưởng gỗ cuối ngõ 3 đang cháy, khói đen bốc lên, lửa lan sang kho bên cạnh. Đề nghị gọi cứu hỏa đến ngay.",
]))
def test_a_workshop_on_fire_is_still_a_fire(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why
