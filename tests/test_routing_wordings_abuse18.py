"""Abuse inside long complaints and insults typed without diacritics, round r-4691..r-4720 (rules/154, exclusions
in rules/13, 21, 47 and 68): fantastic tales about a named official, a writer's own threat against a neighbour and a
call to besiege the ward are abuse; a citizen reporting a leaflet, a call to gather or a threat she received is not;
police officers drinking in uniform are conduct; an allowance that has not arrived is no missing person and a letter
nobody answered is no emergency. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


def _abusive(d) -> bool:
    return "abusive" in d.flags


@pytest.mark.parametrize("text", each_way([
    "Ngõ 12 ngập mỗi khi mưa. Còn ông chủ tịch phường Lê Minh Hào thì ai cũng biết có két vàng chôn dưới nền nhà, "
    "loại người đó không xứng làm cán bộ.",
]))
def test_a_fantastic_tale_about_a_named_official_is_abuse_beside_a_real_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert _abusive(d) and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà bên xây lấn sang tường nhà tôi. Phường không cho dừng thì tôi sẽ tự xử, thằng thợ nào trèo sang tôi sẽ "
    "chặt tay, tôi nói là làm.",
]))
def test_the_writers_own_threat_against_a_neighbour_is_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert _abusive(d) and d.category == "an_ninh", d.why


@pytest.mark.parametrize("text", each_way([
    "Dự án thu hồi đất chưa có tái định cư. Tôi kêu gọi toàn thể bà con ngày 20 mang băng rôn kéo lên phường, nằm "
    "chặn cổng công trường cho chính quyền sợ.",
]))
def test_a_call_to_besiege_the_ward_is_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert _abusive(d) and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Sáng nay tôi thấy truyền đơn trong hộp thư nhà, kêu gọi bà con không đi bầu cử. Tôi gửi ảnh để công an biết.",
    "Tôi được thêm vào một nhóm Zalo có người đăng bài rủ bà con kéo lên phường chặn đường. Tôi không tham gia, "
    "báo để công an nắm.",
]))
def test_a_citizen_reporting_a_leaflet_or_a_call_to_gather_is_police_work_not_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert not _abusive(d) and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Thằng con nhà bên hôm qua nhắn tin 'tao sẽ giết mày' vì tôi không cho mua chịu. Đề nghị công an xử lý.",
]))
def test_a_threat_received_by_text_message_is_reported_not_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert not _abusive(d) and d.category == "an_ninh", d.why


@pytest.mark.parametrize("text", each_way([
    "Tối qua hai cán bộ công an phường mặc sắc phục ngồi uống bia ở quán nhậu đầu ngõ gần một tiếng. Mong Mặt trận "
    "giám sát việc này.",
]))
def test_police_officers_drinking_in_uniform_are_conduct_with_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi 80 tuổi, tiền trợ cấp người cao tuổi của tôi từ tháng 6 đến giờ không thấy về. Đề nghị phường kiểm tra.",
]))
def test_an_allowance_that_has_not_arrived_is_no_missing_person(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "chinh_sach" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Làm giấy khai sinh cho con hẹn 3 lần rồi vẫn chưa xong, chậm như rùa. Đề nghị cho biết khi nào lấy được.",
]))
def test_a_slow_birth_registration_is_the_procedure_not_conduct(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc"), d.why
