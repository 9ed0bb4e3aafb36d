"""Urgency wordings of round r-2901..r-2930 (rules/93, with a narrowed sign in rules/56): a wasp swarm stinging
children, a dog that may be rabid, fumes making children cough, chlorine in English, a person collapsed or drowsy
(social affairs co-ordinate), a water tank failing on a lodging's roof; and what is none of it: a nest that has
stung no one, smoke that comes every evening, a safety campaign asked. Each with and without diacritics where the
wording allows it."""

from __future__ import annotations

import pytest

from wordings import both, each_way, sub

WASPS = both([
    ("Tổ ong vò vẽ to bằng cái thúng trên cây nhãn ở sân nhà văn hóa tổ 4, chiều nay bị bọn trẻ ném đá, ong bay ra "
     "đốt mấy cháu, có cháu đang nằm li bì.", "an_ninh", "cong_an"),
])


@pytest.mark.parametrize("text,category,agency", WASPS)
def test_wasps_stinging_children_now_are_the_rescue_polices_and_urgent(rules_alone, text, category, agency):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == (category, agency) and "urgent" in d.flags, d.why
    assert "vhxh" in d.co_agencies, d.why  # a child lying drowsy: health co-ordinates


@pytest.mark.parametrize("text", each_way(["Trên cây nhãn ở sân nhà văn hóa tổ 4 có tổ ong vò vẽ, chưa đốt ai nhưng "
                                           "bọn trẻ hay ra chơi, đề nghị cho người đến gỡ."]))
def test_a_nest_that_has_stung_no_one_is_removed_without_hurry(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an") and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Ở sân chung cư CT5 có một con chó to không rõ của ai đi loạng choạng, chảy dãi, vừa đớp vào chân một bác đi tập "
    "thể dục, giờ đang nằm ở gốc cây cạnh chỗ trẻ con chơi."]))
def test_a_dog_that_may_be_rabid_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Răng mà khói xanh bốc lên từ cái xưởng nhựa cuối kiệt ni dữ rứa, mùi hắc nồng, mấy đứa nhỏ nhà tui ho sặc sụa, "
    "mắt đỏ hết. Cán bộ xuống coi liền giùm."]))
def test_fumes_making_children_cough_now_are_urgent_with_the_police(rules_alone, text):
    """Central speech ("răng", "rứa", "tui"): the shop's fumes are urgent, the police co-ordinate."""
    d = rules_alone.classify(sub(text))
    assert "urgent" in d.flags and "cong_an" in d.co_agencies, d.why


def test_chlorine_making_swimmers_ill_in_english(rules_alone):
    d = rules_alone.classify(sub(
        "Since about an hour ago there is a very strong chlorine smell coming from the swimming pool plant room at "
        "Sunshine Garden, block B. Several children who were swimming are coughing and vomiting.",
        subject="Urgent - chemical smell"))
    assert (d.category, d.agency) == ("moi_truong", "kt_hatang"), d.why
    assert "urgent" in d.flags and "cong_an" in d.co_agencies, d.why


@pytest.mark.parametrize("text", each_way([
    "Có cụ ông ngã gục ngay trạm xe buýt đối diện chợ, không cử động, người đi đường đang vây quanh, đã gọi 115 chưa "
    "thấy tới.",
    "Nhà ông Tuấn số 3 ngõ 12 chạy máy phát điện trong nhà từ tối qua vì mất điện, sáng nay cả nhà 4 người ngủ li bì "
    "gọi không dậy, hàng xóm phá cửa vào thấy họ như ngất."]))
def test_a_person_collapsed_or_overcome_brings_the_police_with_social_affairs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.agency == "cong_an" and "vhxh" in d.co_agencies and "urgent" in d.flags, d.why


@pytest.mark.parametrize("text", each_way([
    "Sáng nay bể chứa nước inox 3 khối đặt trên mái dãy trọ bị nghiêng hẳn một bên, chân đỡ bằng sắt gỉ đã gãy một "
    "chân, bên dưới là lối đi chung của 12 phòng trọ. Đề nghị cho người đến xử lý ngay trong ngày."]))
def test_a_water_tank_failing_over_a_path_is_urgent_building_safety_not_an_encroachment(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang") and "urgent" in d.flags, d.why
    assert not d.complex, d.why


NOT_NOW = [
    "Xưởng nhựa cuối kiệt thỉnh thoảng đốt phế liệu, mùi khét lắm, chiều nào cũng vậy. Đề nghị kiểm tra giấy phép.",
    "Chiều nào ruộng rau bên kia đê cũng đốt rơm rạ, khói bay mù mịt sang khu dân cư, mùi khét khó thở.",
]


@pytest.mark.parametrize("text", each_way(NOT_NOW))
def test_smoke_that_comes_every_evening_is_no_emergency(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "moi_truong" and "urgent" not in d.flags, d.why


@pytest.mark.parametrize("text", each_way(["Mùa đông nhiều nhà dùng máy phát điện, than tổ ong trong phòng kín rất "
                                           "nguy hiểm. Đề nghị tổ dân phố tuyên truyền cho bà con."]))
def test_a_campaign_against_fumes_indoors_is_social_affairs(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("chinh_sach", "vhxh") and "urgent" not in d.flags, d.why
