"""The works office's dangers, present or not, round r-4451..r-4480 (urgency 30; rules/146, exclusions in rules/10,
13, 16 and 56): a manhole's sunken cover and a stairwell reeking of gas now are urgent, even after an opening courtesy
("Xin cảm ơn phường đã quan tâm đến …"); a fallen tree already cut up and cleared, a danger foreseen for next season
("bây giờ chưa sao"), telecom cables that are "không phải dây điện", a valve shut and replaced are not; a hall's
fallen ceiling plaster is the works office's repair; a power cut with a question for the power company is outside the
ward. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

HERE_NOW = both([
    ("Nắp hố ga trước số 12 ngõ 40 Tân Mai bị sụt nắp từ sáng nay, hở cả nửa miệng hố, trẻ con đi học vẫn qua đây. "
     "Đề nghị phường xử lý.", "ha_tang", "kt_hatang"),
    ("Xin cảm ơn phường đã đặt hòm thư ở sảnh. Hành lang tầng 5 nhà A1 đang nồng nặc mùi gas, gõ cửa phòng 502 không "
     "ai mở, đề nghị cho người đến ngay.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", HERE_NOW)
def test_a_danger_here_now_is_urgent_even_after_an_opening_thanks(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Xin cảm ơn phường đã quan tâm đến bà con tổ 6. Cột điện đầu ngõ 8 nghiêng từ năm ngoái, đến nay vẫn vậy, chưa "
    "thấy nguy hiểm gì, đề nghị phường nhờ điện lực kiểm tra.",
]))
def test_an_opening_courtesy_makes_no_thank_you_letter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why


NOT_NOW = each_way([
    # over: the tree cut up and cleared
    "Cây xà cừ đầu ngõ 15 đổ hôm thứ Bảy, công nhân đã cắt dọn xong ngay hôm sau. Đề nghị phường lấp hố gốc cây và lát "
    "lại vỉa hè.",
    # foreseen for next season
    "Hàng cây trên phố Kim Đồng vươn vào dây điện, bây giờ chưa sao nhưng sang năm mưa bão gió to thì dễ cháy nổ, đề "
    "nghị phường cắt tỉa.",
    # denied: cables, not a power line
    "Bó dây cáp internet ở ngõ 5 võng xuống ngang đầu người, đây là cáp viễn thông không phải dây điện nên không nguy "
    "hiểm ngay, đề nghị các nhà mạng bó gọn.",
    # over: a valve shut and replaced
    "Tối Chủ nhật cầu thang nhà C1 có mùi gas, hóa ra van bình nhà bên bị hở, con cháu đã khóa van và thay van mới. Đề "
    "nghị phường hướng dẫn bà con sử dụng gas an toàn.",
    # foreseen: nothing has happened yet
    "Trạm biến áp ngõ 80 nằm chỗ trũng, hiện chưa có gì xảy ra nhưng nếu mưa to nước ngập tới tủ điện thì người lội "
    "qua có thể bị điện giật. Đề nghị phường nâng bệ trạm.",
])


@pytest.mark.parametrize("text", NOT_NOW)
def test_a_danger_over_foreseen_or_denied_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Trong buổi họp tổ tuần trước một mảng vữa trần hội trường nhà văn hóa tổ 3 bong ra rơi xuống, không ai bị thương, "
    "tổ đã khóa cửa. Đề nghị phường sửa lại trần.",
]))
def test_a_halls_fallen_plaster_is_the_works_offices_repair(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Khu ngõ 130 mất điện cả ngày thứ Năm, dây điện không đứt, không thấy nguy hiểm gì. Tôi muốn hỏi điện lực có bồi "
    "thường thực phẩm hỏng không, sao không báo trước.",
]))
def test_a_power_cut_and_its_compensation_are_the_power_companys(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ngoai_tham_quyen" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cây phượng trước số 17 đang nghiêng hẳn vào ban công, rễ bật lên, đề nghị phường xuống ngay. Ngoài ra đèn đường "
    "hỏng cả tuần; và có con chó to không rọ mõm chạy rông đầu ngõ, đề nghị công an nhắc chủ nuôi.",
]))
def test_a_loose_dog_the_police_are_asked_about_brings_them_in(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang") and "cong_an" in d.co_agencies, d.why
