"""The police and the social office, both ways, round r-4571..r-4600 (rules/150): a dropout in a knife gang, an old
person conned out of the savings, a mentally ill man throwing bricks are the police's, with the social office when
the child, the old person or the patient needs its help; a newborn just abandoned is the social office's, urgent,
with the police; a person with dementia whose family asks for care is the social office's, unless missing now; the
writer's own child out of school asking for training is the social office's. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

GANG = each_way([
    "Kính gửi công an phường, cháu tôi 16 tuổi bỏ học từ năm ngoái, theo nhóm thanh niên ở bãi xe, tuần trước cả nhóm "
    "mang dao đi đánh nhau ở gầm cầu. Nhờ công an gọi cháu lên răn đe, và mong phường giúp cháu đi học lại.",
])


@pytest.mark.parametrize("text", GANG)
def test_a_dropout_in_a_knife_gang_is_the_polices_with_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


CONNED = each_way([
    "Bố tôi 82 tuổi bị kẻ gian gọi điện xưng công an, lừa chuyển hết 120 triệu tiền tiết kiệm. Đề nghị công an "
    "phường điều tra lấy lại tiền. Nay bố tôi không còn đồng nào, mong phường trợ giúp đột xuất.",
])


@pytest.mark.parametrize("text", CONNED)
def test_an_old_person_conned_out_of_savings_is_the_polices_with_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Anh Quân ở dãy trọ số 8 bị tâm thần, mấy hôm nay cầm gạch ném vào người đi chợ. Đề nghị công an phường có biện "
    "pháp quản lý, và giúp gia đình đưa anh đi điều trị.",
]))
def test_a_mentally_ill_man_throwing_bricks_is_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Vừa phát hiện một bé sơ sinh bị bỏ rơi ở gốc cây đầu ngõ 12, bé người lạnh, khóc yếu. Xin phường cho người "
    "đến ngay.",
]))
def test_a_newborn_just_abandoned_is_the_social_offices_urgent_with_the_police(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "cong_an" in d.co_agencies, d.why
    assert "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi nhặt được một bé sơ sinh bị bỏ rơi từ tháng trước, công an đã lập biên bản. Nay tôi xin nhận nuôi và làm "
    "đăng ký khai sinh cho cháu.",
]))
def test_a_foundlings_birth_registration_is_no_emergency(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags and d.category != "chinh_sach", d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi 79 tuổi bị Alzheimer, hay đi lạc. Nhà đi làm cả ngày, xin phường cho biết có nơi nào nhận chăm sóc ban "
    "ngày cho người già không.",
]))
def test_care_for_a_person_with_dementia_is_the_social_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


@pytest.mark.parametrize("text", each_way([
    "Bố tôi bị Alzheimer đi khỏi nhà từ 7 giờ sáng đến giờ chưa về, cả nhà đang đi tìm. Xin công an phường giúp "
    "tìm ngay.",
]))
def test_a_person_with_dementia_missing_now_is_the_polices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Con tôi 15 tuổi nghỉ học từ đầu năm vì chán học. Xin hỏi phường có chương trình hỗ trợ cho cháu học nghề không.",
]))
def test_ones_own_child_out_of_school_asking_training_is_the_social_offices(rules_alone, text):
    d = rules_alone.classify(form(text, "An ninh, trật tự"))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


@pytest.mark.parametrize("text", each_way([
    "Chồng chị Lan ở số 4 ngõ 9 say rượu đánh vợ phải đi viện, hai cháu 5 tuổi và 2 tuổi ở nhà không có người lớn. "
    "Đề nghị công an xử lý anh ta và phường cử người chăm sóc các cháu.",
]))
def test_domestic_violence_leaving_children_alone_brings_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" in d.co_agencies, d.why
