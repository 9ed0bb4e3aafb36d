"""The ward police and their look-alikes, round r-3431..r-3460 (rules/112, exclusions in rules/16, 53 and 94, two
cues): a caller who pretends to be a ward officer and asks for money to release an allowance is a fraud for the
police, not an allowance; the front asked to supervise a fund for security cameras tied to the police brings the police; being sent away from
the one-stop desk is no thanks to it; the undeclared lodgers of one house are no large group harmed; a point the
writer puts off ("việc đó để sau") and an office that said "it is not ours" add no co-ordinator. Each with and
without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

IMPOSTORS = each_way([
    "Bố tôi đang hưởng trợ cấp người có công, hôm qua có người gọi xưng là cán bộ phường bảo chuyển khoản 1,5 triệu "
    "phí hồ sơ thì tháng sau mới được nhận tiền trợ cấp. Đề nghị công an xác minh số máy này.",
    "Có kẻ tự xưng là cán bộ chính sách gọi cho các cụ trong tổ, bảo chuyển tiền vào tài khoản để được tăng trợ cấp. "
    "Mong phường cảnh báo và điều tra.",
])


@pytest.mark.parametrize("text", IMPOSTORS)
def test_an_impostor_of_a_ward_officer_asking_money_is_a_fraud_for_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "vhxh" not in d.co_agencies, d.why


CAMERAS = each_way([
    "Đề nghị Mặt trận phường giám sát khoản tiền bà con góp lắp hệ thống camera an ninh kết nối với công an phường ở "
    "tổ 8: thu 25 triệu mà 3 mắt camera hỏng cả năm nay, không ai công khai thu chi.",
])


@pytest.mark.parametrize("text", CAMERAS)
def test_the_front_supervising_a_security_camera_fund_brings_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi bị mất căn cước công dân, ra bộ phận một cửa thì được bảo không làm ở đó. Đề nghị hướng dẫn tôi làm lại "
    "căn cước. Xin cảm ơn.",
]))
def test_being_sent_away_from_the_desk_is_no_thanks_to_it(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "cong_an") and "hcc" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Nhà trọ cuối ngõ 19 có khoảng 20 người thuê mà chủ nhà không khai báo tạm trú, đề nghị kiểm tra.",
]))
def test_the_undeclared_lodgers_of_one_house_are_no_large_group(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Ngõ 17 mất 3 xe máy trong tháng, đề nghị công an phường tăng tuần tra ban đêm. Nhân tiện, cổng trường mầm non "
    "đầu ngõ sáng nào cũng tắc nhưng việc đó để sau.",
]))
def test_a_point_put_off_adds_no_co_ordinator(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "vhxh" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cho hỏi xin giấy xác nhận tình trạng hôn nhân nộp ở đâu? Tôi đã hỏi công an khu vực thì họ bảo không phải việc "
    "của họ.",
]))
def test_an_office_already_asked_that_said_not_ours_is_no_co_ordinator(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("thu_tuc", "hcc") and "cong_an" not in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đã hỏi tổ trưởng, dây điện đứt đang bốc cháy trước cửa nhà số 5 ngõ 3, đề nghị cắt điện ngay.",
]))
def test_an_office_already_asked_does_not_make_a_danger_past(rules_alone, text):
    assert "urgent" in rules_alone.classify(sub(text)).flags
