"""The front's own work that needs another office, round r-4151..r-4180 (rules/136, an exclusion in rules/58): the
front or the community supervision board asked to supervise a works project brings the works office; a free bread
cupboard of the front's team is its own work, its spot on the sidewalk the works office's; a scholarship the front
awards and relief from its fund after a fire are its own work; a place in a social-protection centre is the social
office's, the front's visits a second point; an elderly allowance's papers are no procedure of the centre. Each with
and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub


@pytest.mark.parametrize("text", each_way([
    "Ban công tác Mặt trận tổ 6 muốn làm tủ bánh mì 0 đồng mỗi sáng chủ nhật cho người lao động nghèo, xin Mặt trận "
    "phường hướng dẫn vận động. Xin phường cho phép sử dụng tạm một phần vỉa hè trước nhà văn hóa.",
]))
def test_a_free_bread_cupboard_is_the_fronts_and_its_sidewalk_spot_the_works_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Con tôi được Mặt trận phường xét trao học bổng từ tháng 9 mà đến giờ vẫn chưa nhận được, xin hỏi bao giờ được "
    "nhận.",
]))
def test_a_scholarship_the_front_awards_is_its_own_work(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Vụ cháy nhà hai hộ ở ngõ 12 tuần trước đã dập tắt, không ai bị thương. Đề nghị Mặt trận phường trích quỹ cứu trợ, "
    "vận động các nhà hảo tâm giúp hai hộ sửa lại nhà.",
]))
def test_relief_from_the_fronts_fund_after_a_fire_that_is_over(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ông Tư 84 tuổi ở một mình, lẫn nhiều, hay đi lạc. Đề nghị phường làm thủ tục đưa ông vào cơ sở bảo trợ xã hội "
    "để nuôi dưỡng tập trung. Trong lúc chờ, nhờ Ban công tác Mặt trận tổ thường xuyên ghé thăm ông.",
]))
def test_a_place_in_a_social_protection_centre_is_the_social_offices(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "mttq" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Mặt trận phường có đi tặng quà Tết cho người già neo đơn mà bỏ sót tôi, đề nghị Mặt trận xem lại danh sách. "
    "Thêm một việc: tôi hơn 80 tuổi chưa được nhận trợ cấp người cao tuổi, không biết phải làm giấy tờ gì.",
]))
def test_the_elderly_allowances_papers_are_no_procedure_of_the_centre(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "hcc" not in d.co_agencies, d.why
