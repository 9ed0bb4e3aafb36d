"""Category boundaries of round r-2931..r-2960 (rules/95, with phrases added to rules/88): an official's conduct told
with the procedure it happened in is a conduct case; a restaurant pouring its washing water into the gutter is
pollution, a road's surface coming off is the road; a meeting asked for, or "my family's matter" never named, waits
for triage. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import both, sub

CONDUCT = both([
    ("Sáng 3/12 tôi đến Trung tâm phục vụ hành chính công phường chứng thực bản sao sổ đỏ. Chị cán bộ ở quầy số 2 vừa "
     "xem giấy vừa nói chuyện điện thoại, tôi hỏi lại thì chị gắt, rồi ném tập giấy ra ngoài. Hồ sơ thì cuối cùng cũng "
     "xong. Tôi đề nghị Mặt trận nhắc nhở thái độ của cán bộ này.", "xd_chinh_quyen", "hcc"),
    ("Khi tôi làm hồ sơ xin trợ cấp cho mẹ tôi (người cao tuổi), cán bộ văn hóa - xã hội phường gợi ý \"gửi chút cà "
     "phê\" thì hồ sơ sẽ nhanh hơn. Tôi không đưa, đến nay hồ sơ vẫn chưa được xét.", "xd_chinh_quyen", "vhxh"),
])


@pytest.mark.parametrize("text,category,co", CONDUCT)
def test_an_officials_conduct_leads_over_the_procedure_it_happened_in(rules_alone, text, category, co):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, "mttq"), d.why
    assert co in d.co_agencies, d.why  # the body where the official works


FIELDS = both([
    ("Nhà hàng lẩu ở số 22 phố Gia Quất xả thẳng nước rửa, dầu mỡ ra rãnh thoát nước trước cửa, mùi tanh hôi cả đoạn "
     "phố.", "moi_truong", "kt_hatang"),
    ("Mặt đường ngõ 9 Ngọc Lâm bong hết nhựa, đá dăm văng ra, trời nắng bụi, xe đi xóc. Đề nghị trải lại.", "ha_tang",
     "kt_hatang"),
    ("Gia đình tôi đang có việc rất khó khăn, muốn được gặp trực tiếp cán bộ Mặt trận để trình bày. Mong được hẹn "
     "lịch.", "phan_loai", "mttq"),
    ("Vấn đề nhà tôi đã nói với tổ trưởng rồi mà chưa thấy gì, đề nghị Mặt trận vào cuộc.", "phan_loai", "mttq"),
])


@pytest.mark.parametrize("text,category,agency", FIELDS)
def test_pollution_the_road_and_nothing_named_yet(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


def test_a_desk_official_thanked_is_praise_not_a_complaint(rules_alone):
    d = rules_alone.classify(sub("Tôi xin cảm ơn chị Hạnh ở bộ phận một cửa đã hướng dẫn rất tận tình, làm giúp tôi thủ "
                                 "tục đăng ký khai tử cho bố tôi trong một buổi sáng. Mong phường khen ngợi chị."))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "hcc" in d.co_agencies, d.why


def test_a_meeting_asked_about_a_named_matter_goes_to_that_matter(rules_alone):
    d = rules_alone.classify(sub("Tôi muốn được gặp trực tiếp cán bộ để trình bày việc cống ngõ 5 bị tắc, mưa xuống là "
                                 "ngập vào nhà."))
    assert d.category == "ha_tang", d.why
