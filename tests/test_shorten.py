"""Excerpts in digests and escalations (core/safetext.shorten): cut between words, never inside a mask."""

from hopthu.core.safetext import shorten

TEXT = ("den duong hong o ngo 12 pho Tran Phu da hon 2 tuan chua ai sua. De nghi phuong som cho nguoi den "
        "thay bong. [họ tên] [số điện thoại]")


def test_a_short_text_is_kept_whole_with_its_spaces_made_single():
    assert shorten("Đèn   hỏng\n\nở ngõ 5", 100) == "Đèn hỏng ở ngõ 5"


def test_a_long_text_is_cut_between_words():
    out = shorten("Cây đổ chắn ngang đường, dây điện bị đứt, thỉnh thoảng có tia lửa", 56)
    assert out == "Cây đổ chắn ngang đường, dây điện bị đứt, thỉnh thoảng…" and len(out) <= 56


def test_a_cut_never_leaves_half_a_mask():
    for limit in range(len(TEXT) - 24, len(TEXT)):
        out = shorten(TEXT, limit)
        assert len(out) <= limit and out.endswith("…")
        assert out.count("[") == out.count("]"), out
