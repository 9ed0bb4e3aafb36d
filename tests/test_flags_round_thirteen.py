"""Abuse flags for the wordings of batch p-2970 … p-2999 (written blind): the mailbox called a trap for the police
("để công an theo dõi, bắt bớ người dân nói thật. Đừng ai quét mã"). Each with and without diacritics, beside the
genuine letters that use the same words; and the homes a burning of votive paper makes the site (privacy)."""

from __future__ import annotations

import pytest

from hopthu.core.flags import abuse_cues
from hopthu.core.textnorm import afold

from ward import gone


@pytest.mark.parametrize("text", [
    "Mọi người cảnh giác: cái hòm thư số này là để công an theo dõi, bắt bớ người dân nói thật. Đừng ai quét mã.",
    "Hòm thư góp ý dán ở nhà văn hóa thực ra để theo dõi, bắt bớ ai dám nói, bà con đừng ai quét mã.",
])
def test_the_mailbox_called_a_police_trap_is_abuse(text):
    for t in (text, afold(text)):
        assert abuse_cues("", t), t


@pytest.mark.parametrize("text", [
    # a citizen unsure how to use the code is asking, not warning others off
    "Tôi quét mã QR ở nhà văn hóa mà không mở được, xin hướng dẫn cách gửi góp ý.",
    # a camera the police set up at a crossroads is a real place's question
    "Camera công an lắp ở ngã tư để theo dõi giao thông có ghi lại được vụ va chạm tối qua không?",
])
def test_the_same_words_in_a_genuine_letter_are_no_abuse(text):
    for t in (text, afold(text)):
        assert not abuse_cues("", t), t


@pytest.mark.parametrize("text,personal,keep", [
    # burning votive paper at a home makes the home the site: its number stays
    ("Nhà số 8 ngõ 5 tối nào cũng đốt vàng mã, đốt rác ngay trước cửa, khói bay đen cả ngõ.", (), ("Nhà số 8 ngõ 5",)),
    ("Nha so 8 ngo 5 toi nao cung dot vang ma, dot rac ngay truoc cua, khoi bay den ca ngo.", (), ("Nha so 8 ngo 5",)),
    # ... but the writer's own home beside it goes
    ("Nhà tôi số 10 ngõ 5, nhà bên cạnh đốt vàng mã suốt.", ("số 10",), ("ngõ 5",)),
    ("Nha toi so 10 ngo 5, nha ben canh dot vang ma suot.", ("so 10",), ("ngo 5",)),
])
def test_a_home_burning_votive_paper_is_the_site(text, personal, keep):
    gone(text, *personal, keep=keep)
