"""Wordings of round r-2029..r-2098 (rules/63 and the aside and habit cues of core/rules/cues.py) that the rules
alone must route by the letter's content: water rising by a bedridden person, a leaning tree, a shop on fire, a
workshop's fire risk, two households asked to sit down together, VNeID data written wrong, a threat to burn the
ward office, a further point numbered in words. Each is tried with and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.textnorm import afold
from wordings import both, sub

ROUND_NINE = both([
    # water rising inside a house where someone cannot move: the infrastructure office, urgent
    ("Nước trong nhà bà Lan ngõ 4 đang dâng lên tới mép giường, bà nằm liệt không tự ra được.", "ha_tang",
     "kt_hatang"),
    # a shop on fire now is the police's, not smoke pollution
    ("Cửa hàng điện máy đầu ngõ 9 đang bốc khói đen mù mịt, nghe nổ lách tách, cửa cuốn khóa. Mau tới!",
     "an_ninh", "cong_an"),
    # a welding shop's gas cylinders by the houses: fire prevention, not the sidewalk
    ("Tiệm hàn xì số 12 để bình ô xy, bình ga sát nhà dân, không có bình chữa cháy.", "an_ninh", "cong_an"),
    # a workshop with one way out that the neighbours fear will burn
    ("Xưởng may trong ngõ 30 chỉ có một lối ra, vải chất đầy cầu thang, chúng tôi rất lo cháy.", "an_ninh",
     "cong_an"),
    # two households asked to sit down together: mediation, even about a kitchen fan's smoke
    ("Quạt hút khói bếp nhà bên thổi sang cửa sổ nhà tôi, mong hai nhà ngồi lại nói chuyện, nhờ các bác đứng ra.",
     "mat_tran", "mttq"),
    # a birth date written wrong in VNeID: the police, like a wrong identity card
    ("Năm sinh của mẹ tôi trên VNeID bị ghi sai, xin hỏi sửa ở đâu.", "thu_tuc", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", ROUND_NINE)
def test_round_nine_wordings(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency), d.why


@pytest.mark.parametrize("text, urgent", [
    ("Cây sấu trước số 58 đang nghiêng hẳn ra lòng đường, rễ bật lên, đất quanh gốc nứt toác.", True),
    ("Cây đổ tối qua đã được dọn sạch, cảm ơn phường. Nhưng cây bên cạnh giờ đang nghiêng hẳn, rễ bật lên.", True),
    # a habit told of a workshop is no danger of the next hours
    ("Tiệm hàn cửa sắt hàn tóe lửa cả ngày ngay vỉa hè, không thấy bình chữa cháy.", False),
    # flooding each heavy rain is a long matter
    ("Cứ mưa lớn là ngõ 52 ngập sâu, nước thải tràn vào nhà. Đề nghị làm lại cống.", False),
    # the scammers who no longer answer the phone are no one alone behind a door
    ("Nhiều cụ 70 tuổi bị lừa mua thực phẩm chức năng, nay họ không nghe máy nữa.", False),
])
def test_round_nine_dangers_now(rules_alone, text, urgent):
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert ("urgent" in d.flags) == urgent, (t, d.why)


def test_a_threat_to_burn_the_ward_office_is_abuse(rules_alone):
    text = "Tuần sau tao không có sổ thì tao mang can xăng lên đốt cả cái phường này."
    for t in (text, afold(text)):
        d = rules_alone.classify(sub(t))
        assert "abusive" in d.flags, d.why
    # a citizen reporting such a threat is no abuser
    d = rules_alone.classify(sub("Hàng xóm dọa sẽ đốt cả phường nếu không được cấp sổ, tôi xin trình báo."))
    assert "abusive" not in d.flags, d.why


def test_a_further_point_numbered_in_words_adds_its_body(rules_alone):
    text = ("Tôi có mấy việc xin trình bày:\nMột là, đèn đường ngõ 16 hỏng cả tháng.\n"
            "Hai là, chó nhà ai thả rông hay sang bới rác trước cửa.\n"
            "Ba là việc chính: trợ cấp thân nhân liệt sĩ hằng tháng của tôi chưa được chi trả. Xin phường giúp.")
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "cong_an" in d.co_agencies, d.why
