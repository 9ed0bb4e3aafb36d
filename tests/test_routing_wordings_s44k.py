"""Long letters typed without diacritics, several matters, round r-4661..r-4690 (rules/153; exclusions in rules/10, 13,
17, 58, 111): a loose dog that bit a child is the police's beside its droppings; a paint workshop's fumes lead over
its fire risk; a caller "liên quan vụ rửa tiền" asking for a "tài khoản tạm giữ" is fraud beside a loudspeaker
request; a land-splitting file stuck "chưa có kết quả" is land beside a certification question; a request that the
Party committee discipline a group leader is Party work; an old woman living alone who needs a place to stay brings
the social office. Words that read like danger only without marks raise no flag. Each with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, sub

LEADS = [
    ("Nhà ông Tư số 12 thả chó ra đường suốt ngày, thứ Bảy vừa rồi con chó cắn vào chân một cháu đi học, cháu phải đi "
     "tiêm phòng dại. Chó còn đi vệ sinh khắp ngõ. Đề nghị phường buộc ông xích chó lại.", "an_ninh", "cong_an"),
    ("Xưởng phun sơn trong ngõ 40 ngày nào cũng sơn ngoài sân, hơi sơn và mùi dung môi bay khắp ngõ, trẻ con ho "
     "suốt. Xưởng chứa nhiều thùng sơn. Đề nghị phường kiểm tra.", "moi_truong", "kt_hatang"),
    ("Bố tôi nhận cuộc gọi của người nói là cán bộ điều tra, bảo bố liên quan vụ rửa tiền, bắt chuyển 80 triệu vào "
     "tài khoản tạm giữ. Tôi cũng mong phường phát loa phường nhắc các cụ cao tuổi.", "an_ninh", "cong_an"),
    ("Nhà tôi nộp hồ sơ tách thửa và cấp sổ từ năm ngoái, đến giờ chưa có kết quả, hỏi thì bảo đang vướng quy hoạch. "
     "Tiện hỏi chứng thực chữ ký trên giấy ủy quyền làm ở bộ phận một cửa được không.", "dat_dai", "kt_hatang"),
    ("Ông tổ trưởng tổ 8 là đảng viên, họp tổ hay say rượu chửi bới bà con. Đề nghị Đảng ủy kiểm điểm ông.",
     "xd_dang", "dang_uy"),
]


@pytest.mark.parametrize("text,category,agency",
                         [(t, c, a) for text, c, a in LEADS for t in each_way([text])])
def test_the_main_matter_of_a_long_letter_leads(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text", each_way([
    "Cành cây phượng đầu ngõ 5 gãy đè lên mái nhà bà Hoa, đề nghị phường cho người cắt dọn cành cây. Bà Hoa 85 tuổi "
    "sống một mình, nhờ phường hỗ trợ bà chỗ ở tạm mấy hôm.",
]))
def test_an_old_woman_living_alone_without_a_roof_brings_the_social_office(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "vhxh" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Thẻ bảo hiểm y tế của mẹ tôi sắp hết hạn, đến giờ vẫn đang chờ, xin hướng dẫn gia hạn.",
    "Đề nghị phường buộc nhà bên tháo dỡ tường xây chắn lối đi chung, trả lại lối đi cho nhà tôi.",
    "Quán đổ nước rửa bát xuống miệng cống trước cửa, nhờ phường nhắc họ hoặc kiểm tra giúp.",
]))
def test_words_that_only_look_like_danger_raise_no_flag(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Cán bộ địa chính hẹn xuống đo đất ba lần đều không đến. Lần thứ 4 anh Tú nói thẳng muốn nhanh thì bồi dưỡng "
    "anh em 5 triệu. Đề nghị Mặt trận làm rõ.",
]))
def test_an_official_named_at_the_fourth_appointment_is_no_long_running_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("xd_chinh_quyen", "mttq") and "complex" not in d.flags, d.why
