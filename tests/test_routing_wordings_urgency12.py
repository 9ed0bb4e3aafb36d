"""Urgency wordings of round r-2239..r-2298 (rules/68 and the narrowed signs of rules/12, 13): dangers happening
now that the rules alone must flag urgent (a billboard or a pole failing over people, water rising around a
bedridden person, a lost old person with dementia, a child locked in a car, people stuck in a lift, a chemical
spill making people ill, a person swept away, a fire now, a child fallen into a pit), the look-alikes that are
over, secured or habitual and must not be flagged, and the close fields these letters confuse. Each is tried with
and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold
from wordings import both, each_way, sub

URGENT_NOW = [
    "Tấm biển quảng cáo trên nóc nhà đầu chợ bị gió giật bung khung, đang đung đưa, phía dưới là người họp chợ.",
    "Cột điện bê tông bị xe tải tông gãy ngang, đang tựa vào mái nhà dân, dây xệ xuống mặt đường.",
    "Nước sông dâng nhanh quá, trong nhà ông Tám đã ngập tới thắt lưng, ông nằm liệt giường, không ai vào được.",
    "Mẹ tôi 79 tuổi bị lẫn, đi khỏi nhà từ trưa đến giờ vẫn chưa về, ai thấy xin báo giúp.",
    "Một cháu bé bị nhốt trong ô tô đỗ dưới nắng ở bãi xe, cửa khóa, cháu khóc lả rồi.",
    "Thang máy nhà A5 kẹt giữa tầng 4 và 5 hơn nửa tiếng, bên trong ngột ngạt, gọi ban quản lý không ai nghe.",
    "Một thùng hóa chất ở kho đầu ngõ bị đổ ra, chảy lênh láng xuống cống, người đi qua ho sặc sụa, cay mắt.",
    "Có một em học sinh đang bị nước cuốn ở đoạn mương cuối làng, em bám vào gốc cây, cần cứu ngay.",
    "Nhà bên cạnh đang cháy, lửa bùng ra từ tầng 2, khói đen, mọi người đang phá cửa cứu người bên trong.",
    "Một cháu nhỏ rơi xuống hố ga không nắp ở đầu ngõ, đang kêu khóc dưới đó, mọi người không kéo được.",
]


@pytest.mark.parametrize("text", each_way(URGENT_NOW))
def test_a_danger_happening_now_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


NOT_URGENT = [
    # the opening is already secured by the ward: a repair
    "Hố ga đầu ngõ 12 mất nắp từ hôm qua, phường đã cho người đặt tạm tấm tôn và rào chắn. Đề nghị lắp nắp mới.",
    # the billboard came down days ago
    "Biển quảng cáo trên nóc nhà đầu chợ bị gió làm bung hôm trước, nay chủ nhà đã tháo xuống rồi.",
    # an old person who wandered off in the past; an allowance question
    "Bố tôi bị lẫn, đã mấy lần đi lạc rồi được đưa về, tôi muốn hỏi có chế độ gì cho người cao tuổi không.",
    # a lift that often sticks: maintenance
    "Thang máy nhà tái định cư hay bị kẹt, tuần trước lại kẹt một lần. Đề nghị bảo trì định kỳ.",
    # a fire that is over
    "Đêm qua xe điện sạc ở hành lang bốc cháy, khói đen, may bà con dập tắt kịp, không ai bị thương.",
]


@pytest.mark.parametrize("text", each_way(NOT_URGENT))
def test_a_danger_over_secured_or_habitual_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


CLOSE_FIELDS = both([
    # a person swept away in a river: a rescue for the police, the procedure question is put aside
    ("Tôi định hỏi thủ tục đăng ký kết hôn, nhưng báo gấp: ở bãi sông có một cậu bé đang bị nước cuốn, bám vào "
     "bụi cây giữa dòng. Cần cứu hộ ngay!", "an_ninh", "cong_an"),
    # a fire now in a house: the police (fire prevention), not smoke as pollution
    ("Nhà bên cạnh đang cháy, lửa bùng ra cửa sổ tầng 3, khói đen kịt cả ngõ, trẻ con khóc trong nhà, cứu với.",
     "an_ninh", "cong_an"),
    # a poor-household certificate: the social office, even when asked as a procedure at the one-stop desk
    ("Em xin giấy xác nhận hộ nghèo để nộp trường miễn học phí, làm ở bộ phận một cửa hay gặp cán bộ nào ạ?",
     "chinh_sach", "vhxh"),
    # a certification of damage for insurance: a procedure; the fire is over
    ("Tối qua nhà tôi chập điện cháy tầng 2, lính cứu hỏa đã dập tắt kịp. Nay xin hỏi thủ tục xác nhận thiệt "
     "hại để làm hồ sơ bảo hiểm.", "thu_tuc", "hcc"),
    # a tin shed built out onto the shared lane: encroachment (land), not parking on the pavement
    ("Nhà bên dựng lán tôn lấn ra hẻm chung gần một mét làm chỗ để xe, hẻm hẹp lại. Xin phường xuống đo.",
     "dat_dai", "kt_hatang"),
    # thanks for a repair that is done: praise of the ward's work
    ("Dây điện bị đứt ở đầu ngõ hôm bão, điện lực đã nối lại xong từ sáng, cảm ơn phường đã báo kịp.",
     "xd_chinh_quyen", "mttq"),
])


@pytest.mark.parametrize("text,category,agency", CLOSE_FIELDS)
def test_close_fields_of_round_twelve(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


def test_a_bedridden_person_in_a_flooded_house_brings_the_police_in(rules_alone):
    """The flood leads (as r-1631); the police co-ordinate the rescue."""
    text = "Nước ngập tới đầu gối trong nhà, bà tôi nằm liệt giường không đi lại được, cứu với."
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert "urgent" in d.flags and "cong_an" in d.co_agencies, (t, d.why)
