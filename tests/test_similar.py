"""How alike two complaints are (core/similar.py): the score, and numbers telling two places apart."""

from hopthu.core.similar import other_numbers, similarity

LAMP = "Đèn đường ngõ {n} phố Lê Lợi hỏng đã hai tuần, buổi tối đi lại rất nguy hiểm"


def test_the_same_letter_with_other_punctuation_and_accents_is_near_identical():
    a = LAMP.format(n=18)
    b = "den duong ngo 18 pho Le Loi hong da hai tuan; buoi toi di lai rat nguy hiem!"
    assert similarity(a, b) >= 0.85 and not other_numbers(a, b)


def test_the_same_words_about_another_lane_are_alike_but_name_other_numbers():
    a, b = LAMP.format(n=5), LAMP.format(n=7)
    assert similarity(a, b) >= 0.85  # alike: proposed to the officers, never merged
    assert other_numbers(a, b)
    assert not other_numbers(a, LAMP.format(n=5) + " Tôi đã báo ngày 20/11.")  # a number in common
    assert not other_numbers(a, "Đèn đường ở phố Lê Lợi hỏng đã lâu")  # only one names a number


def test_personal_data_masks_are_not_numbers():
    assert not other_numbers("Ngõ 5 mất điện, gọi [số điện thoại]", "Ngõ 5 mất điện từ sáng")
