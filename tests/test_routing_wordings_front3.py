"""The front's own work beside the ward's offices, round r-2871..r-2900 (rules/91, with narrowed signs in rules/16,
40, 53, 57, 84 and 94): the front's team asked to "đứng ra vận động" for lamps brings the works office; a paper the
ward gives for a grade-10 exam is no city matter; a helmet fine behind the 'gia đình văn hóa' title brings no police;
a gypsum ceiling under a holed roof is a repair; a month written without marks is no "thằng"; the front supervising a
group leader's collection for paving brings no works office; asking whether to go to the desk or the police is no
thanks to the desk. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


@pytest.mark.parametrize("text", each_way([
    "Ngõ 5 tổ 12 tối quá, các hộ thống nhất mỗi hộ góp 200 nghìn để lắp đèn chiếu sáng. Đề nghị Ban công tác Mặt "
    "trận tổ đứng ra vận động và giữ tiền cho minh bạch.",
]))
def test_the_fronts_team_asked_to_campaign_for_lamps_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
    assert "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cháu nhà tôi sắp thi vào lớp 10, nhà trường bảo nộp giấy xác nhận cư trú. Xin hỏi tôi làm giấy này ở đâu, mất "
    "mấy ngày?",
]))
def test_a_residence_paper_for_an_exam_is_the_police_procedure(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "cong_an"), d.why


@pytest.mark.parametrize("text", each_way([
    "Năm nay nhà tôi không được bình xét gia đình văn hóa chỉ vì chồng tôi bị phạt lỗi không đội mũ bảo hiểm. "
    "Tôi thấy chưa thỏa đáng, đề nghị xem xét lại.",
]))
def test_a_helmet_fine_behind_the_cultural_family_title_brings_no_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why
    assert "cong_an" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Mái nhà văn hóa tổ 3 bị dột, trần thạch cao ngấm nước bong từng mảng. Đề nghị phường cho sửa trước Tết.",
]))
def test_a_soaked_ceiling_under_a_leaking_roof_is_a_repair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and not d.complex, d.why


def test_a_month_without_marks_is_no_thang(rules_alone):
    d = rules_alone.classify(sub(
        "Chong toi nam vien tu thang 9, nha khong con thu nhap. Toi xin Mat tran ho tro tu Quy Vi nguoi ngheo.\n\n"
        "Ngoai ra the bao hiem y te cua toi het han tu thang 11, khong biet gia han o dau."))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
    assert "cong_an" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tổ trưởng tổ 30 thu mỗi hộ 1 triệu để đổ bê tông ngõ từ đầu năm, đến nay chưa làm, cũng không công khai. Đề "
    "nghị Mặt trận phường giám sát việc thu chi số tiền này.",
]))
def test_supervising_a_group_leaders_collection_brings_no_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why
    assert "kt_hatang" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi cần giấy xác nhận thông tin cư trú cho con, không biết phải lên bộ phận một cửa hay lên công an phường. "
    "Cảm ơn.",
]))
def test_asking_desk_or_police_is_no_thanks_to_the_desk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "cong_an"), d.why
    assert "hcc" not in d.co_agencies, d.why
