"""Outside the ward's competence against look-alikes that are the ward's, round r-4031..r-4060 (rules/132,
exclusions in rules/17, 94 and 102): a city road project's timetable and compensation prices, the national pension
age and a city high school's fees are outside; a city project's contractor leaving a lane unrepaired, a primary
school's fees for a near-poor family, a certification of marital status for a court and a front meeting heard of on
the ward loudspeakers are the ward's. Each wording with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, form, sub

OUTSIDE = each_way([
    "Cho tôi hỏi dự án đường vành đai của thành phố qua khu tôi bao giờ thì triển khai, giá bồi thường bao nhiêu một "
    "mét, có được tái định cư tại chỗ không?",
    "Tôi thấy lộ trình tăng tuổi nghỉ hưu của Nhà nước không hợp lý với giáo viên nữ, đề nghị cho nghỉ hưu sớm mà "
    "không bị trừ tỷ lệ lương hưu.",
    "Trường THPT Lê Lợi (trường công lập của thành phố) thu mỗi học sinh lớp 10 một triệu tiền học thêm buổi chiều, "
    "đề nghị xem xét.",
])


@pytest.mark.parametrize("text", OUTSIDE)
def test_city_projects_national_policy_and_city_schools_are_outside(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ngoai_tham_quyen", None), d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đề nghị phường cho biết ngõ 12 có nằm trong kế hoạch giải phóng mặt bằng làm đường vành đai không, để gia "
    "đình tôi yên tâm sửa nhà."]))
def test_asking_whether_a_house_is_inside_the_plan_stays_land(rules_alone, text):
    assert rules_alone.classify(sub(text)).category == "dat_dai"


LOOK_ALIKES = both([
    ("Dự án cải tạo cống thoát nước của thành phố làm qua ngõ 218 xong rồi mà nhà thầu không hoàn trả mặt ngõ, chỉ "
     "đổ đá dăm, mưa là lầy lội. Đề nghị phường yêu cầu nhà thầu đổ lại bê tông.", "ha_tang", "kt_hatang"),
    ("Trường tiểu học của phường thu quỹ lớp, quỹ phụ huynh hơn 2 triệu một cháu, nhà tôi là hộ cận nghèo có 2 cháu "
     "học, cho hỏi có được miễn giảm không.", "chinh_sach", "vhxh"),
])


@pytest.mark.parametrize("text,category,agency", LOOK_ALIKES)
def test_the_ward_act_asked_for_keeps_a_look_alike_inside(rules_alone, text, category, agency):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Tòa án quận yêu cầu tôi bổ sung giấy xác nhận tình trạng hôn nhân trong thời gian cư trú tại phường từ năm 2015 "
    "đến nay. Xin hỏi cần giấy tờ gì và mấy ngày có kết quả?"]))
def test_a_certification_for_a_court_is_the_desks_and_not_long_running(rules_alone, text):
    d = rules_alone.classify(sub(text, "Xin xác nhận tình trạng hôn nhân"))
    assert (d.category, d.agency) == ("thu_tuc", "hcc") and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi nghe loa phường nói Ban công tác Mặt trận các tổ sẽ họp lấy ý kiến nhân dân về dự thảo nghị quyết của thành "
    "phố. Tổ 11 chưa thấy thông báo, xin hỏi khi nào tổ họp, ở đâu?"]))
def test_news_heard_on_the_loudspeakers_is_no_loudspeaker_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq"), d.why


@pytest.mark.parametrize("text", each_way([
    "Xưởng cơ khí cuối ngõ phun sơn ngoài sân, bụi sơn và mùi dung môi bay sang nhà dân. Chuyện công ty nợ lương công "
    "nhân tôi có nghe nhưng không phải việc của tôi, đề nghị phường kiểm tra việc xả bụi."]))
def test_workers_named_only_in_wage_hearsay_make_no_workshop_case(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "moi_truong" and not d.complex, d.why


@pytest.mark.parametrize("text", each_way([
    "Mẹ già 84 tuổi ở với chú út, ba anh em họp gia đình mấy lần đều cãi nhau rồi bỏ về. Tôi muốn nhờ tổ hòa giải "
    "của tổ dân phố đứng ra nói chuyện để anh em thống nhất cách chăm sóc mẹ."]))
def test_mediators_asked_for_the_first_time_after_family_meetings(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and not d.complex and not d.co_agencies, d.why
