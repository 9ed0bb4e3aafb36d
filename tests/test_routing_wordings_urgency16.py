"""Urgency wordings of round r-2671..r-2700 (rules/81, with narrowed signs in rules/10, 57 and 94): a child fallen
into a lake and searched for, a man collapsed on a pavement, a burglar climbing in, a robbery struggled over, a
scaffold or a crane dropping things on a road, a hamlet cut off by water; and what is not a danger now (a swimming
class, a busy road without diacritics, a child locked in a car is no elderly person behind a door). Each is tried
with and without diacritics."""

from __future__ import annotations

import pytest

from wordings import each_way, form, sub

CHILD_IN_THE_LAKE = [
    "Có cháu bé chừng 7 tuổi vừa trượt chân rơi xuống hồ điều hòa cạnh nhà văn hóa tổ 5, mấy anh thanh niên đang "
    "lặn tìm mà chưa thấy. Xin hỗ trợ gấp!!!",
    "Một ông đi câu ngã xuống sông chỗ bến đò cũ, người ta đang lặn tìm.",
]


@pytest.mark.parametrize("text", each_way(CHILD_IN_THE_LAKE))
def test_someone_fallen_into_water_and_searched_for_is_the_polices_and_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "urgent" in d.flags, d.why


COLLAPSED = ("Trước hiệu thuốc số 120 phố Thanh Am có một ông cụ ngã gục trên vỉa hè, gọi lay mãi không tỉnh, người "
             "đi đường đã gọi cấp cứu nhưng 20 phút chưa thấy xe. Nhờ phường cho y tế xuống ngay giúp.")


@pytest.mark.parametrize("text", each_way([COLLAPSED]))
def test_a_man_collapsed_outside_is_the_polices_with_social_affairs_whatever_the_form_says(rules_alone, text):
    """The GUIDE's convention for a person who may be unconscious, over the Form's "y tế" field (r-2674)."""
    d = rules_alone.classify(form(text, "Chính sách xã hội, y tế, giáo dục"))
    assert (d.category, d.agency) == ("an_ninh", "cong_an"), d.why
    assert "vhxh" in d.co_agencies and "urgent" in d.flags, d.why


CRIME_IN_PROGRESS = [
    "Nhà số 41 bên cạnh cả nhà về quê từ hôm kia, vậy mà giờ tôi thấy 2 người lạ đang cạy cửa sổ tầng 1 trèo vào "
    "trong, một đứa đứng ngoài ngõ nổ máy xe chờ. Các anh công an đến nhanh giúp, tôi không dám ra.",
    "Có thằng cướp giật điện thoại của một chị ở cổng chợ, chị ấy giữ lại bị nó đấm, giờ hai người đang giằng co "
    "ngay cổng chợ. Công an ra ngay đi!",
]


@pytest.mark.parametrize("text", each_way(CRIME_IN_PROGRESS))
def test_a_burglary_or_a_robbery_in_progress_is_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "an_ninh" and "urgent" in d.flags, d.why


SITE_FAILING = [
    ("Giàn giáo sắp đổ ra vỉa hè", "Chiều nay gió to, giàn giáo công trình nhà 6 tầng ở số 9 phố Nguyễn Sơn bị quật "
     "nghiêng hẳn ra vỉa hè, mấy tấm tôn che đã rơi xuống lòng đường. Người đi bộ vẫn phải đi bên dưới."),
    ("", "Cẩu tháp công trình chung cư đầu phố Hồng Tiến đang cẩu sắt thép quay ngang ngay trên đầu đường, không rào "
     "chắn, vừa rơi một thanh sắt xuống sát chỗ một chị đi xe máy. Họ vẫn đang cẩu tiếp."),
]


@pytest.mark.parametrize("subject,text", [(s, t) for s0, t0 in SITE_FAILING
                                          for s, t in zip(each_way([s0]) if s0 else ["", ""], each_way([t0]))])
def test_a_building_site_dropping_things_on_a_road_is_construction_order_complex_and_urgent(rules_alone, subject,
                                                                                          text):
    """Not the pavement's or the road's: the site's (as r-1905)."""
    d = rules_alone.classify(sub(text, subject))
    assert (d.category, d.agency) == ("dat_dai", "kt_hatang"), d.why
    assert d.complex and "urgent" in d.flags, d.why


CUT_OFF = ("Nước sông lên nhanh quá, xóm Bãi giờ bị cô lập hết, nước ngập ngang hông người lớn, có mấy cụ già và trẻ "
           "nhỏ chưa ra được. Xin phường cho thuyền vào đón gấp trong tối nay.")


@pytest.mark.parametrize("text", each_way([CUT_OFF]))
def test_a_hamlet_cut_off_by_water_brings_the_police_to_the_rescue(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert d.category == "ha_tang" and "cong_an" in d.co_agencies and "urgent" in d.flags, d.why


def test_a_child_locked_in_a_car_is_the_polices_alone(rules_alone):
    for t in each_way(["Trong bãi xe siêu thị có chiếc ô tô trắng đỗ giữa nắng, bên trong có cháu bé khoảng 2 tuổi "
                       "đang khóc ré lên, cửa khóa hết, không thấy bố mẹ đâu. Mong công an phường đến hỗ trợ phá "
                       "cửa."]):
        d = rules_alone.classify(sub(t))
        assert d.agency == "cong_an" and "vhxh" not in d.co_agencies, (t, d.why)


def test_a_sinkhole_on_a_busy_road_without_diacritics_is_the_roads_not_the_fronts(rules_alone):
    """"vẫn đông xe" without diacritics reads "van dong", as "vận động" (a campaign) does (r-2690)."""
    d = rules_alone.classify(sub("giua duong Linh Nam truoc so 300 vua sut mot ho to, sau lam, mot xe may da lot "
                                 "xuong, nguoi bi thuong da dua di vien. duong van dong xe ma chua co ai rao chan."))
    assert d.category == "ha_tang" and "urgent" in d.flags, d.why


NOT_URGENT = [
    "Hè này phường có tổ chức lớp dạy bơi và sơ cứu đuối nước cho trẻ em không ạ? Nếu có thì đăng ký ở đâu?",
    "Cảm ơn công an phường đã giúp tìm được con gái tôi tối hôm kia, cháu đã về nhà an toàn.",
    "Đồi sau dãy nhà tổ 14 đất khá dốc, hiện chưa thấy sạt, nhưng nếu mưa to kéo dài như năm ngoái thì rất lo.",
]


@pytest.mark.parametrize("text", each_way(NOT_URGENT))
def test_a_class_a_search_over_or_a_worry_is_not_urgent(rules_alone, text):
    d = rules_alone.classify(sub(text))
    assert "urgent" not in d.flags, d.why
