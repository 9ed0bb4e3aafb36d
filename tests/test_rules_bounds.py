"""The rules read a letter's opening: its subject's first 1,000 characters and its text's first 20,000
(`core.rules.bounds`). A letter states its business there; a monster letter (a pasted thread, a 'sentence' of
thousands of time words) is decided by the same opening and cannot hold up the letters behind it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hopthu.core.model import Channel, Submission
from hopthu.core.rules.bounds import ROUTED_CHARS, SUBJECT_CHARS, routed

WHEN = datetime(2026, 12, 1, 9, tzinfo=timezone(timedelta(hours=7)))


def letter(text: str, subject: str = "") -> Submission:
    return Submission(source_id="t", channel=Channel.EMAIL, received_at=WHEN, subject=subject, text=text)


def test_a_letter_within_the_bounds_is_read_whole():
    sub = letter("Đèn đường ngõ 5 hỏng đã hai tuần.", "Đèn hỏng")
    assert routed(sub) is sub


def test_a_longer_letter_is_read_to_the_bounds_and_kept_whole():
    sub = letter("x" * (ROUTED_CHARS + 5), "y" * (SUBJECT_CHARS + 5))
    cut = routed(sub)
    assert (len(cut.text), len(cut.subject)) == (ROUTED_CHARS, SUBJECT_CHARS)
    assert len(sub.text) == ROUTED_CHARS + 5  # the letter itself is not touched: it is kept and redacted whole


def test_a_pasted_thread_after_the_business_does_not_change_the_decision(rules_alone):
    opening = "Kính gửi phường, đèn đường đầu ngõ 5 phố Lê Lợi hỏng đã hai tuần, tối đi lại rất nguy hiểm. Đề nghị sửa.\n"
    thread = "> Về việc họp tổ dân phố tháng trước, bà con góp ý về quỹ khuyến học và lịch dọn vệ sinh.\n" * 12_000
    short, long = rules_alone.classify(letter(opening)), rules_alone.classify(letter(opening + thread))
    assert (long.category, long.agency) == (short.category, short.agency) == ("ha_tang", "kt_hatang")


def test_what_lies_beyond_the_opening_does_not_count(rules_alone):
    filler = "> Thư cũ: tổ dân phố họp bàn lịch dọn vệ sinh chung và quỹ khuyến học cuối năm.\n" * 300
    assert len(filler) > ROUTED_CHARS
    late = rules_alone.classify(letter(filler + "Dây điện đứt đang bốc cháy trước cửa nhà, đề nghị cắt điện ngay."))
    assert "urgent" not in late.flags  # the danger stands past the first 20,000 characters: not read
    early = rules_alone.classify(letter("Dây điện đứt đang bốc cháy trước cửa nhà, đề nghị cắt điện ngay. " + filler))
    assert "urgent" in early.flags


def test_a_monster_sentence_is_decided_as_its_opening(rules_alone):
    text = "đang cháy tuần trước " * 50_000  # 1 MB, one 'sentence': weighed whole it would take minutes
    whole = rules_alone.classify(letter(text))
    opening = rules_alone.classify(letter(text[:ROUTED_CHARS]))
    assert (whole.category, whole.agency, whole.flags) == (opening.category, opening.agency, opening.flags)
