"""The detectors of core/privacy on the writings of the tuning items p-3010 … p-3039 (homes beside the site of the
problem: a landlord's home told in brackets inside the site's clause, a row of lodgings by its number, a theft in
a home's yard, a dog owner's home on another lane than the one the dog roams; a writer who signs with their role
on the next line), with and without diacritics."""

import pytest

from hopthu.core.textnorm import afold

from ward import each_way_cases, gone


@pytest.mark.parametrize("text,personal,keep", each_way_cases([
    # the landlord's home in brackets goes; the row of lodgings, whose drain the letter is about, stays
    ("Dãy phòng trọ số 12 ngách 5 (chủ là bà Khúc Thị Dung, nhà ở số 8 phố Huế) xả nước thải thẳng ra rãnh chung, hôi cả xóm.",
     ("số 8", "Khúc Thị Dung"), ("Dãy phòng trọ số 12 ngách 5",)),
    # a motorbike stolen from a home's yard: the home is where it happened
    ("Xe Air Blade của bố tôi bị kẻ trộm dắt mất lúc 3h sáng ngay trong sân nhà số 40 ngõ 18, camera còn ghi lại.",
     (), ("sân nhà số 40 ngõ 18",)),
    # a dog let out onto another lane than its owner's: the owner's home goes
    ("Bà Loan ở số 17A ngõ 9 chiều nào cũng thả chó ra ngõ 11 phóng uế, trẻ con chơi ở đó sợ lắm.",
     ("số 17A", "Loan"), ("ngõ 11",)),
]))
def test_homes_go_and_sites_stay(text, personal, keep):
    gone(text, *personal, keep=keep)


def test_a_dog_let_out_onto_its_owners_own_lane_still_makes_the_home_the_site():
    """The older convention stands: a dog let out onto the lane its home stands on makes the home the site."""
    gone("Nhà số 5 ngõ 9 thả chó ra ngõ 9 cắn người.", keep=("số 5",))


@pytest.mark.parametrize("closing", ["Tổ trưởng tổ dân phố số 10", "Bí thư chi bộ tổ 4", "Trưởng ban công tác Mặt trận"])
def test_a_writer_signing_with_a_role_below_stays_confidential(closing):
    text = f"Rãnh thoát nước ngõ 208 bị sụt nắp, đề nghị sửa sớm.\nTrân trọng,\nHồ Sĩ Tuấn\n{closing}"
    for t in (text, afold(text)):
        gone(t, afold("Hồ Sĩ Tuấn") if t != text else "Hồ Sĩ Tuấn")


def test_an_official_named_with_a_role_on_the_same_line_stays():
    gone("Xin cảm ơn tổ trưởng Lò Văn Pao đã đến tận nơi kiểm tra rãnh nước ngõ 208.", keep=("Lò Văn Pao",))
