"""Urgency wordings of round r-2961..r-2990 (rules/96, with narrowed signs in rules/13 and 49): dangers told in a
hurry, by their signs or understated, on the ward's edge — a child fallen into a fast drain, an old man on the
railway, an excavation caving in, a meter box scorched on a pole, a lane swelling over a burst main, water at the
step of a wheelchair user, a lodger silent behind a door locked from inside, steel coils on a service road, a
market's awning sagging, hornets stinging pupils, a tower crane swinging, a discharge making children ill, a boat
adrift with people, a young woman on a roof's edge, a balcony shedding concrete, a transformer open to children, a
family poisoned by mushrooms, a foaming dog biting; and what is none of it: a main already welded, a bang with
nothing burning, a scare over, a crane's fall imagined, a mushroom poisoning over. Each with and without
diacritics."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

NOW = both([
    ("Có thằng bé vừa rơi xuống mương cạnh chợ, nước chảy xiết, không thấy đâu nữa, mọi người đang lội tìm.",
     "an_ninh", "cong_an"),
    ("Có bà cụ lẫn đang đi trên đường ray đoạn qua tổ 5, gọi không nghe, sắp tới giờ tàu.", "an_ninh", "cong_an"),
    ("Hố móng công trình cạnh nhà tôi đang sạt đất xuống từng mảng, tường nhà tôi nứt thêm, họ vẫn đang đào.",
     "dat_dai", "kt_hatang"),
    ("Hộp công tơ trên cột đầu ngõ 11 cứ kêu lụp bụp, lóe sáng, vỏ đã xém đen, trẻ con chơi ngay dưới.", "ha_tang",
     "kt_hatang"),
    ("Chị thuê phòng 205 từ hôm qua không thấy ra, chuông reo trong phòng mà không ai nghe, gõ cửa mãi không thưa.",
     "an_ninh", "cong_an"),
    ("Xe tải vừa rơi mấy thanh sắt xuống giữa làn đường gom, trời tối, xe máy phóng tới phải tránh.", "an_ninh",
     "cong_an"),
    ("Thuyền chở cát ở bến tổ 1 bị đứt dây neo, đang trôi về phía trụ cầu, trên thuyền còn một người đang vẫy gọi.",
     "an_ninh", "cong_an"),
    ("Trên sân thượng nhà trọ ngõ 12 có một bạn ngồi ở mép lan can, nói không muốn sống nữa.", "an_ninh", "cong_an"),
    ("Ban công tầng 4 nhà tập thể B2 võng xuống, rơi mảng bê tông xuống lối đi, lòi cả sắt.", "dat_dai",
     "kt_hatang"),
    ("Trạm biến áp cuối ngõ 7 cửa bị phá mở toang, mấy đứa nhỏ đang chui vào.", "ha_tang", "kt_hatang"),
    ("Con chó nhà đầu ngõ sùi bọt mép, đi loạng choạng, vừa đớp vào chân một cháu.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", NOW)
def test_a_danger_now_goes_to_its_body_and_is_urgent(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why
    assert "urgent" in d.flags, d.why


FLAG_ONLY = [
    "Từ chiều nghe tiếng nước chảy ào ào dưới mặt ngõ, mặt bê tông phồng lên rồi lún xuống, nước đục trào qua khe nứt.",
    "Nước cống trào lên tới bậc thềm nhà ông Tư, ông ngồi xe lăn, cứ mười phút lại lên một gang tay.",
    "Mái bạt che chợ tạm đọng nước võng xuống sát đầu người, cột sắt đã cong, người bán vẫn ngồi dưới.",
    "Tổ ong vò vẽ trên cây trong sân trường bay ra đốt học sinh, mấy cháu sưng vù mặt.",
    "Nước xả từ xưởng chảy ra mương, trẻ con tắm về bị ngứa rát, một cháu đang khó thở.",
    "Cả nhà tôi ăn nấm hái ngoài bãi, giờ nôn liên tục, ông tôi li bì gọi không tỉnh.",
]


@pytest.mark.parametrize("text", each_way(FLAG_ONLY))
def test_a_danger_told_by_its_signs_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags, d.why


def test_a_tower_crane_swinging_is_construction_complex_and_urgent(rules_alone):
    for text in each_way(["Cần cẩu tháp dự án đầu phố đang bị gió quật, xoay tự do, móc cẩu đung đưa trên đầu đường."]):
        d = rules_alone.classify(sub(text))
        assert (d.category, d.agency) == ("dat_dai", "kt_hatang"), d.why
        assert d.complex and "urgent" in d.flags, d.why


NOT_NOW = [
    "Sáng nay ống nước dưới ngõ 14 bị vỡ phun lên, công ty nước đã khóa van và hàn xong, đề nghị trả lại mặt ngõ.",
    "Tiếng nổ ở cụm công nghiệp chiều nay là do xe tải nổ lốp, không cháy gì. Đề nghị cấm xe tải đỗ trong ngõ.",
    "Hôm qua bà cụ số 7 gọi cửa không thưa, hóa ra bà về quê. Đề nghị Ban công tác Mặt trận tổ lập danh sách "
    "người thân của các cụ sống một mình.",
    "Lỡ mùa bão tới cần cẩu tháp của dự án đổ thì cả dãy nhà tôi tiêu. Đề nghị kiểm tra giấy phép và chằng chống.",
    "Hôm trước cả nhà tôi ăn nấm bị ngộ độc, đi viện 3 ngày giờ khỏe rồi. Phường nên tuyên truyền.",
    "Trạm biến áp đầu ngõ kêu ù ù suốt đêm, trẻ con không ngủ được, đề nghị kiểm tra.",
]


@pytest.mark.parametrize("text", each_way(NOT_NOW))
def test_a_danger_over_or_imagined_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Cần cẩu tháp dự án đầu phố vươn cần qua cả mái nhà dân. Đề nghị kiểm tra "
                                           "giấy phép và phương án chằng chống."]))
def test_a_tower_crane_over_homes_is_a_construction_matter(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and d.complex, d.why
