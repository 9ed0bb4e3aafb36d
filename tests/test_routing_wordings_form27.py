"""Short Form answers typed on a phone, round r-3881..r-3910 (rules/127, an exclusion in rules/16): the citizen's
drop-down choice is a guess the text overrules; an old man lying curled up in the cold in a thin shirt is a danger
now; the front asked to supervise sidewalk works brings the works office; letters sent again and again since last
year make a long-running case; new paving tiles that peel off are no unsafe house. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

COLD = each_way([
    "Có ông cụ chừng 70 tuổi nằm co ro ở mái che trạm xe buýt trước chợ từ tối qua, trời rét lắm mà chỉ mặc áo "
    "mỏng, gọi không thấy trả lời rõ. Nhờ phường tới coi liền.",
    "Bà cụ nằm co ro dưới hiên nhà văn hóa tổ 4 từ đêm qua, trời lạnh lắm, gọi không trả lời, mong phường cho người "
    "tới.",
])


@pytest.mark.parametrize("text", COLD)
def test_an_elder_curled_up_in_the_cold_is_a_danger_now(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "urgent" in d.flags, d.why
    assert "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Cám ơn phường đã đưa ông cụ nằm co ro ở trạm xe buýt trước chợ đi sưởi ấm tối qua, trời rét lắm mà ông chỉ mặc "
    "áo mỏng."]))
def test_a_rescue_thanked_for_is_no_danger(rules_alone, text):
    assert "urgent" not in rules_alone.classify(form(text, "Khác")).flags


SIDEWALK = each_way([
    "de nghi mat tran giam sat viec lam lai via he duong Hai Ba Trung, lam 3 thang chua xong, gach moi lat da bong "
    "tung mang",
    "Nhờ Mặt trận giám sát việc lát gạch vỉa hè đường Lý Thường Kiệt, làm ẩu, gạch mới lát đã bong từng mảng.",
])


@pytest.mark.parametrize("text", SIDEWALK)
def test_the_front_supervising_sidewalk_works_brings_the_works_office(rules_alone, text):
    d = rules_alone.classify(form(text, "Công tác Mặt trận"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and "kt_hatang" in d.co_agencies, d.why


@pytest.mark.parametrize("text", SIDEWALK)
def test_new_tiles_peeling_off_are_no_building_case(rules_alone, text):
    assert not rules_alone.classify(form(text, "Công tác Mặt trận")).complex


@pytest.mark.parametrize("text", each_way([
    "Kính gửi Mặt trận phường. Quán karaoke số 88 Trần Phú hát tới 1 2 giờ sáng, đêm nào cũng vậy. Tôi đã gửi đơn 3 "
    "lần từ năm ngoái tới giờ mà quán vẫn hát.",
    "Xưởng mộc cuối ngõ 12 chạy máy cưa cả ngày, bụi bay vào nhà. Tôi đã viết đơn nhiều lần từ năm ngoái mà vẫn vậy.",
]))
def test_letters_sent_again_and_again_since_last_year_make_a_long_case(rules_alone, text):
    assert rules_alone.classify(sub(text)).complex


@pytest.mark.parametrize("text", each_way([
    "sao quét mã QR gửi góp ý 2 lần rồi mà không thấy ai trả lời, hòm thư này có ai đọc không vậy"]))
def test_two_unanswered_notes_to_the_mailbox_are_the_fronts_and_no_long_case(rules_alone, text):
    d = rules_alone.classify(form(text, "Khác"))
    assert (d.category, d.agency) == ("mat_tran", "mttq") and not d.complex, d.why


PICKED_WRONG = [
    ("cột đèn đầu hẻm 14 tắt cả tuần nay rồi, tối đi làm về tối om, mong p. cho người xuống thay bóng",
     "An ninh, trật tự", "ha_tang", "kt_hatang"),
    ("Loa phát thanh của tổ gắn ngay cửa sổ nhà tôi, 5h sáng đã mở rất to. Xin dời loa ra chỗ khác.",
     "Thủ tục hành chính", "chinh_sach", "vhxh"),
    ("Mình ở trọ trong phường, công ty cũ nợ lương 2 tháng rồi đóng cửa luôn, phường can thiệp giúp được không",
     "Môi trường, vệ sinh", "ngoai_tham_quyen", None),
    ("Hỏi cách làm căn cước cho bà nội 80 tuổi nằm 1 chỗ không đi lại được, công an có xuống nhà làm không ạ",
     "Chính sách xã hội, y tế, giáo dục", "thu_tuc", "cong_an"),
]


@pytest.mark.parametrize("text,picked,category,agency",
                         [(t, p, c, a) for text, p, c, a in PICKED_WRONG for t in each_way([text])])
def test_the_text_overrules_a_wrong_drop_down_choice(rules_alone, text, picked, category, agency):
    d = rules_alone.classify(form(text, picked))
    assert (d.category, d.agency) == (category, agency), d.why
