"""What the review of merge-49's rounds rt-s46g … rt-s46i and mend-46m found (review 54c, findings 1-14), each now a
specification, with and without diacritics: an oath at an official's way of working, at a ward body by another name or
at an unnamed person is abuse, and so is the writer's own threat at "tụi nó"; a bedridden parent who "thở yếu", a
child drowning while 115 guides first aid, a tree about to fall after an unanswered call, a drunk neighbour, lodgers
without papers, a vaccination asked about, express post, a refuse firm, a son who fainted, lice, an expired health
card, a caller posing as the police and a damp ceiling each keep their own office, not the one a loose cue gave."""

from __future__ import annotations

import pytest

from hopthu.core.flags import assess
from wordings import each_way, sub


# finding 1: an oath at an official's way of working, a ward body by another name, an unnamed person
@pytest.mark.parametrize("text", each_way([
    "Đm cái kiểu làm việc của cán bộ phường, hồ sơ nộp 3 tháng không ai trả lời.",
    "Đm cái tổ dân phố này, thu tiền mà chả làm gì.",
    "Đm cái ban quản lý chợ, thu tiền ghế mà bẩn như chuồng lợn.",
    "Đm cái xã này.",
    "Đcm cái giống ăn bẩn ở phòng địa chính.",
    "Đm cái đứa nào đổ rác trước cửa nhà tao.",
    "Đm cái công ty môi trường, rác 3 ngày không thu.",
    "Đm cái khu này, cống tắc cả tháng không ai thông.",
]))
def test_an_oath_at_officials_a_ward_body_or_an_unnamed_person_is_abuse(pipeline_flags, text):
    assert "abusive" in pipeline_flags(text), text


@pytest.mark.parametrize("text", each_way([
    "Đ.m cái cống trước nhà tôi tắc cả tháng nay, mùi hôi không chịu nổi.",
    "Đm cái cống trước nhà tôi tắc cả tháng nay.",
]))
def test_an_oath_at_a_blocked_drain_stays_no_abuse_to_the_cues(text):
    # core.flags' own reading (the rules' bare "đm" and dotted "đ.m" cues flag these on their own, as before the mend)
    assert not assess("", text).abuse, text


# finding 2: "tụi nó" folds to "tui no", which is not the writer
@pytest.mark.parametrize("text", each_way([
    "Hàng xóm đe dọa tôi suốt, hôm nay tôi tuyên bố với cả tổ dân phố là nhà số 7 mà còn đổ rác sang sân nhà tôi thì "
    "tôi sẽ giết cả nhà tụi nó.",
]))
def test_the_writers_own_threat_at_them_is_abuse(pipeline_flags, text):
    assert "abusive" in pipeline_flags(text), text


# finding 3: weak breath alone is no collapse
@pytest.mark.parametrize("text", each_way([
    "Mẹ tôi 82 tuổi nằm liệt giường, thở yếu, gia đình đang rất khó khăn. Xin phường xét hỗ trợ trợ cấp cho mẹ tôi.",
    "Bố tôi bị tai biến, nay thở yếu, đang điều trị ở nhà. Gia đình thuộc hộ cận nghèo, xin hỏi thủ tục hưởng trợ cấp "
    "người khuyết tật.",
]))
def test_a_bedridden_parent_breathing_weakly_asks_for_an_allowance(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Một người đàn ông ngã gục trước cửa hàng tạp hóa đầu ngõ 12, gọi không trả lời, thở rất yếu. Chúng tôi đã gọi 115 "
    "nhưng chưa thấy xe.",
]))
def test_a_man_collapsed_in_the_street_stays_the_polices_danger(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


# finding 4: 115 guiding first aid is no first-aid training
@pytest.mark.parametrize("text", each_way([
    "Có cháu bé bị đuối nước ở hồ điều hòa, người dân đã kéo lên, tổng đài 115 đang hướng dẫn sơ cứu qua điện thoại, "
    "xe cấp cứu chưa đến.",
]))
def test_a_child_drowning_while_115_guides_first_aid_is_the_polices_danger(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" in d.flags, d.why


# finding 5: an unanswered call is no missed appointment
@pytest.mark.parametrize("text", each_way([
    "Cây xà cừ trước nhà số 12 ngõ 5 nghiêng hẳn, rễ bật lên, sắp đổ vào nhà dân. Tôi gọi cho cán bộ phường mấy lần "
    "nhưng gọi điện không nghe máy. Đề nghị phường cho người xuống cắt ngay.",
]))
def test_a_tree_about_to_fall_stays_infrastructure_and_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" in d.flags, d.why


# finding 6: a drunk neighbour, lodgers without papers: no officer's conduct
@pytest.mark.parametrize("text", each_way([
    "Ông Tư ở số 9 tối nào cũng say rượu chửi tục, đập phá đồ đạc, cả xóm không ngủ được. Tôi đã báo cán bộ khu phố "
    "nhưng chưa được giải quyết. Đề nghị công an phường xử lý.",
    "Nhà trọ số 5 ngõ 18 có nhiều người lạ ra vào ban đêm, không xuất trình giấy tờ tùy thân, chủ trọ không khai báo "
    "tạm trú. Đề nghị cán bộ công an phường kiểm tra.",
]))
def test_a_drunk_neighbour_or_lodgers_without_papers_go_to_the_police(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and d.rule != "tac-phong-doa-phat-goi-y-tien", d.why


# finding 7: "có cần đăng ký trước không" alone is no question about the chair's reception
@pytest.mark.parametrize("text, agency", [(t, a) for text, a in [
    ("Tôi muốn tiêm vắc xin sởi cho con ở trạm y tế phường vào thứ bảy, có cần đăng ký trước không?", "vhxh"),
    ("Xin hỏi thủ tục đăng ký khai sinh cho con làm ở đâu, tiếp ở phòng nào và có cần đăng ký trước không?", "hcc"),
] for t in each_way([text])])
def test_a_vaccination_or_a_birth_registration_asked_about_keeps_its_office(rules_alone, text, agency):
    d = rules_alone.classify(sub(text))
    assert d.agency == agency, d.why


# finding 8: unaccented "chuyen phat nhanh" is express post, not a fine
@pytest.mark.parametrize("text", each_way([
    "Tôi gửi hồ sơ xin trợ cấp qua bưu điện chuyển phát nhanh từ tháng trước, cán bộ phường báo chưa nhận được. Đề "
    "nghị kiểm tra giúp.",
]))
def test_a_file_sent_by_express_post_is_no_fine_without_receipt(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh"), d.why


# finding 9: a refuse firm's "bên dịch vụ", a site "cố tình kéo dài": no file passed on to a service
@pytest.mark.parametrize("text", each_way([
    "Công ty môi trường bên dịch vụ thu gom rác không đến thu 5 ngày nay, rác chất đống đầu ngõ 7, cán bộ phường "
    "biết mà không xử lý.",
]))
def test_a_refuse_firm_that_does_not_come_is_the_environments(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang"), d.why


@pytest.mark.parametrize("text", each_way([
    "Công trình nhà số 15 ngõ 3 cố tình kéo dài thi công hơn một năm, vật liệu đổ tràn ra ngõ, làm nứt tường nhà tôi. "
    "Cán bộ phường xuống lập biên bản nhưng chủ nhà vẫn không khắc phục.",
]))
def test_a_building_site_dragging_on_brings_no_front(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "kt_hatang" and "mttq" not in d.co_agencies, d.why


# finding 10: a duty police officer who did not answer is no praise of the one-stop desk
@pytest.mark.parametrize("text", each_way([
    "Con trai tôi bị ngất ở nhà lúc 2 giờ sáng, tôi gọi cán bộ trực công an phường nhờ gọi xe cấp cứu giúp nhưng "
    "không ai nghe máy. Cảm ơn phường đã đọc thư.",
]))
def test_an_unanswered_duty_officer_is_no_praise(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and d.rule != "cam-on-can-bo-mot-cua-so-cuu", d.why


# finding 11: unaccented "con ran" with itching is lice
@pytest.mark.parametrize("text", each_way([
    "Nhà tôi có con rận trong nhà, cả nhà bị ngứa, trẻ con gãi suốt đêm, xin hỏi trạm y tế phường có thuốc trị không.",
]))
def test_lice_in_the_home_are_no_snake(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "urgent" not in d.flags, d.why


# finding 12: an expired card the ward has not replaced is the ward's
@pytest.mark.parametrize("text", each_way([
    "Tôi khám ở bệnh viện quận bị bắt đóng toàn bộ tiền khám vì thẻ bảo hiểm y tế hết hạn, trong khi tổ trưởng chưa "
    "phát thẻ mới cho gia đình tôi. Đề nghị phường kiểm tra việc cấp thẻ.",
]))
def test_an_expired_health_card_not_replaced_is_the_wards(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "outside" not in d.flags, d.why


# finding 13: a caller posing as the police is a scam, not a procedure
@pytest.mark.parametrize("text", each_way([
    "Có người mạo danh công an phường gọi điện yêu cầu tôi cập nhật thông tin cư trú qua một ứng dụng lạ, đòi số tài "
    "khoản ngân hàng. Đề nghị công an cảnh báo người dân.",
]))
def test_a_caller_posing_as_the_police_is_a_scam(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why


# finding 14: a damp sagging ceiling the landlord will not mend is no building about to collapse
@pytest.mark.parametrize("text", each_way([
    "Nhà tôi có trần thạch cao võng xuống do thấm nước từ mái, chủ nhà cho thuê không chịu sửa. Đề nghị phường can "
    "thiệp.",
]))
def test_a_damp_ceiling_is_no_collapsing_building(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category != "dat_dai" and not d.complex, d.why
