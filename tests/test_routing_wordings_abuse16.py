"""Abuse round 16 (r-4211..r-4240, rules/138, exclusions in rules/13, 16, 58, 60 and a reported-threat cue in
core/threats.py): distortion, defamation, threats and insults. The writer's own "tao sẽ cho mày biết tay" or "coi
chừng đấy", insults of a group leader and fantastic crimes pinned on the chairman are abusive, but not when a
citizen reports or quotes a threat or an insult; an officer taking "tiền bồi dưỡng" or "chi phí" with a date and a
name is an official's conduct, however angry the letter; letters to the ward with "không có một văn bản trả lời" are
the office's; a knife threat of last night that neighbours broke up is no emergency; a chat group's two hundred
members are no group harmed; the plots named in a request to check an asset declaration add no land office; a threat
said by someone who "chỉ mặt tôi" is reported, not made, for the pipeline's own cues too. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

ABUSIVE = each_way([
    "Thằng cán bộ xây dựng phường nghe đây, hồ sơ nhà tao mà còn ngâm thêm tuần nữa thì tao sẽ cho mày biết tay.",
    "Gửi con mụ tổ trưởng tổ 5: tao nói trước, mày còn bớt gạo cứu trợ của nhà tao thì coi chừng đấy.",
    "Con mụ tổ trưởng tổ 31 là đồ ăn cháo đá bát, ngữ ấy mà cũng đòi làm tổ trưởng, phường cho nó nghỉ ngay.",
    "Chủ tịch phường là kẻ đại gian ác, cả lũ cán bộ là lũ sâu mọt hút máu dân, sắp bán cả phường cho người ngoài.",
    "Phó chủ tịch UBND phường đã ôm tiền đền bù, có vé bay rồi, chỉ chờ ngày trốn. Bà con hãy tự cứu lấy mình.",
])


@pytest.mark.parametrize("text", ABUSIVE)
def test_the_writers_own_threats_insults_and_fantastic_slander_are_abuse(rules_alone, text):
    d = rules_alone.classify(form(text, "Xây dựng chính quyền, cán bộ"))
    assert "abusive" in d.flags and (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "urgent" not in d.flags and not d.co_agencies, d.why


REPORTED = each_way([
    "Ông hàng xóm say rượu đứng trước cổng chỉ mặt tôi nói 'tao sẽ cho mày biết tay'. Đề nghị công an phường mời ông ấy "
    "lên làm việc.",
    "Mấy hôm nay có số lạ nhắn tin dọa \"coi chừng đấy\" vì tôi phản ánh quán nhậu. Đề nghị công an phường xác minh.",
    "Bà bán hàng đầu ngõ cứ thấy tôi là chửi 'đồ ăn cháo đá bát, đồ mặt dày', còn nói xấu tôi với tổ trưởng. Đề nghị công "
    "an phường can thiệp.",
])


@pytest.mark.parametrize("text", REPORTED)
def test_a_threat_or_an_insult_reported_by_the_citizen_is_no_abuse(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "abusive" not in d.flags and d.agency == "cong_an", d.why


@pytest.mark.parametrize("text", each_way([
    "Chị cán bộ ở bộ phận một cửa bảo muốn có kết quả chứng thực trong ngày thì gửi 300 nghìn tiền bồi dưỡng, không "
    "viết biên lai. Ăn tiền của dân như thế là không được, đề nghị Mặt trận làm rõ."]))
def test_a_desk_officers_tip_is_conduct_with_the_one_stop_desk(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "hcc" in d.co_agencies, d.why
    assert "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ông công chức địa chính nói hồ sơ tách thửa của tôi phải có chi phí mới nhanh được, tôi đã chuyển 2 triệu mà 4 "
    "tháng chưa có kết quả. Đề nghị Mặt trận kiểm tra."]))
def test_a_land_officers_fee_is_conduct_with_the_works_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tôi đã gửi đơn hai lần về đèn đường ngõ 14 bị hỏng nhưng không có một văn bản trả lời nào. Nếu phường tiếp tục im "
    "lặng tôi sẽ gửi lên thành phố."]))
def test_letters_left_without_an_answer_are_the_offices(rules_alone, text):
    d = rules_alone.classify(sub(text, "Đơn gửi phường mà không được trả lời"))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "vp_ubnd"), d.why
    assert "kt_hatang" in d.co_agencies and "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Tối qua ông hàng xóm cầm dao ra dọa chém tôi vì chuyện để xe, hàng xóm can ra, không ai bị thương. Từ sáng nay cả "
    "nhà tôi không dám ra đường. Đề nghị công an phường làm việc với ông ấy."]))
def test_last_nights_knife_threat_broken_up_is_no_emergency(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" not in d.flags and "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Một người trong tổ đăng lên nhóm Zalo của tổ (hơn 300 người) vu cho tôi ăn cắp, kèm ảnh nhà tôi. Đề nghị công an "
    "phường xử lý hành vi xúc phạm danh dự."]))
def test_a_chat_groups_members_are_no_group_harmed(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and not d.complex and "abusive" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Đề nghị Đảng ủy xem xét việc kê khai tài sản của đồng chí bí thư chi bộ tổ 9: năm nay gia đình đồng chí mua thêm "
    "một lô đất ở khu tái định cư và một xe ô tô."]))
def test_the_plots_in_an_asset_declaration_add_no_land_office(rules_alone, text):
    d = rules_alone.classify(sub(text, "Kê khai tài sản của đảng viên"))
    assert (d.category, d.agency) == ("xd_dang", "dang_uy") and not d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Tối qua chủ quán karaoke ra chỉ mặt tôi nói \"ông còn báo phường nữa thì coi chừng, tôi cho người xử ông\". Đề "
    "nghị công an phường làm việc với chủ quán."]))
def test_a_threat_pointed_at_the_writer_and_reported_raises_no_flag(pipeline_flags, text):
    assert "abusive" not in pipeline_flags(text)


@pytest.mark.parametrize("text", each_way(["Thằng chủ quán kia nghe cho rõ, mày còn mở nhạc to thì coi chừng cái thân."]))
def test_the_writers_own_coi_chung_still_raises_the_flag(pipeline_flags, text):
    assert "abusive" in pipeline_flags(text)
