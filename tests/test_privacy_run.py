"""A run over the demo and over the privacy set leaves no personal string in the outbox (but for emails to
the citizen themself), the register, `cases --json`, the export, the monthly report or the log, beyond what
the redactor alone misses on the item's text (tests/privacyrun.py; bench/privacy_run.py runs every part)."""

from __future__ import annotations

import pytest

import privacyrun
from privacyrun import PLACES, PrivacyRun, found


def test_the_demo_leaves_no_senders_name_or_contact_anywhere(tmp_path):
    figures = PrivacyRun(tmp_path)
    result = figures.run()
    assert result.cases == result.items == len(figures.items) and result.personal >= 20
    assert result.emails_scanned >= result.cases  # each routed, none held back
    assert not result.leaks, result.table(names=True)


def test_the_privacy_set_leaves_nothing_the_redactor_itself_does_not_miss(tmp_path):
    items = privacyrun.read_items("tuning")[::8]  # every channel and style, about 220 items
    assert {i["channel"] for i in items} == {"email", "form", "paper"}
    result = PrivacyRun(tmp_path, items).run()
    assert result.cases == len(items) and not result.unmatched
    assert not result.pipeline_leaks, result.table(names=True)


def test_the_rig_finds_a_string_in_every_place_a_case_goes(tmp_path):
    """It can fail: a 'personal' string no detector removes (the problem itself) is found in every place."""
    item = {"id": "p-probe", "channel": "email", "subject": "Đèn đường hỏng",
            "text": "Đèn đường đầu ngõ 9 phố Lê Lợi không sáng, ông Khuất Văn Đạt ở số 14 ngõ 9 hay bị ngã.",
            "personal": [{"s": "Đèn đường đầu ngõ 9 phố Lê Lợi", "kind": "probe"},
                         {"s": "Khuất Văn Đạt", "kind": "name"}]}
    result = PrivacyRun(tmp_path, [item]).run()
    probe = [x for x in result.leaks if x.kind == "probe"]
    assert {x.place for x in probe} == set(PLACES) - {"log"} and all(x.redactor_too for x in probe)
    assert not [x for x in result.leaks if x.kind == "name"]


@pytest.mark.parametrize("s,text,expected", [
    ("Khuất Văn Đạt", "… [họ tên] và Khuất Văn Đạt …", True),       # long: anywhere, as a whole word
    ("Khuất Văn Đạt", "… Khuất Văn Đạtx …", False),
    ("An", "Lĩnh vực: An ninh, trật tự", False),                    # short: only with the letter's own context
    ("An", "lấy trộm xe. Chị An nhà [số nhà] thấy", True),
    ("số 9", "TDP số 9", False),
    ("số 9", "hộ [họ tên] (số 9) và hộ", True),
])
def test_a_short_string_counts_only_with_the_letters_words_beside_it(s, text, expected):
    item = {"subject": "", "text": "Có người lấy trộm xe. Chị An nhà số 47 thấy. Hộ ông Đạt (số 9) và hộ bà Lụa."
                                   " Khuất Văn Đạt"}
    assert found(s, item, text) is expected
