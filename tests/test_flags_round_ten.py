"""Abuse flags for the wordings of batch p-2650 … p-2689 (written blind): a woman officer stalked, a fire foretold
for a home named with contempt; and the near misses that stay genuine: a swear word an officer shouted, quoted by
the citizen, and teen-code that only intensifies praise. Each fix is asserted where it was made (the rules alone,
or the cues alone)."""

from __future__ import annotations

import sys
from datetime import datetime, timezone

import pytest

from hopthu.core.flags import abuse_cues
from hopthu.core.model import Channel, Submission

from ward import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import flags_eval


@pytest.fixture(scope="module")
def rules():
    return flags_eval.ruleset()


def _rule_flags(rules, text: str, subject: str = "") -> list[str]:
    """The flags of the rules alone (no cues)."""
    sub = Submission(source_id="t", channel=Channel.FORM, received_at=datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc),
                     subject=subject, text=text)
    return rules.classify(sub).flags


@pytest.mark.parametrize("text", [
    "Sáng 3/12 tôi lên bộ phận một cửa hỏi hồ sơ, anh cán bộ quát 'đm, hỏi lắm thế, về đi' trước mặt bao nhiêu "
    "người. Đề nghị Mặt trận nhắc nhở thái độ của cán bộ này.",
    "Ông bảo vệ nói \"đm, cút ra ngoài\" với mẹ tôi khi mẹ tôi hỏi chỗ gửi xe. Đề nghị phường xem lại.",
])
def test_a_swear_word_quoted_after_a_verb_of_speech_is_not_flagged_by_the_rules(rules, text):
    assert "abusive" not in _rule_flags(rules, text)
    assert abuse_cues("", text) == []


def test_a_swear_word_the_writer_uses_is_still_flagged_by_the_rules(rules):
    assert "abusive" in _rule_flags(rules, "Cán bộ một cửa đm, hỏi có tờ giấy mà bắt đi lại năm lần.")


@pytest.mark.parametrize("text", [
    "Cảm ơn anh CSKV hôm qua giúp bà cụ lạc đường về tận nhà, đỉnh vkl luôn ạ.",
    "Cô giáo trường mầm non phường dạy các cháu hát hay vcl, phụ huynh ai cũng khen.",
    "cam on chi can bo mot cua, lam ho so nhanh, nhiet tinh vkl",
])
def test_teencode_that_intensifies_praise_is_not_abuse(rules, text):
    assert "abusive" not in _rule_flags(rules, text)
    assert abuse_cues("", text) == []


@pytest.mark.parametrize("text", [
    "Cán bộ phường làm ăn vkl, hỏi gì cũng không biết.",
    "bon can bo phuong vkl, ngoi choi ca ngay",
])
def test_teencode_aimed_at_officials_is_still_abuse(rules, text):
    assert "abusive" in _rule_flags(rules, text)
    assert abuse_cues("", text)


@pytest.mark.parametrize("text", [
    "Gửi em cán bộ văn hóa phường: tối nay anh đứng đợi ở cổng nhà em, không ra thì anh tìm lên tận phòng ngủ.",
    "Em xinh quá, tối nay anh chờ trước cổng nhà em nhé.",
    "gui em can bo mot cua: toi nay anh cho o cong nha em, dung co chan so anh nua",
])
def test_a_woman_officer_stalked_is_abuse(text):
    assert any(w.startswith("quấy rối") for w in abuse_cues("", text))


@pytest.mark.parametrize("text", [
    "Người yêu cũ của em ngày nào cũng đứng đợi ở cổng nhà em, em chặn số thì anh ta lại tìm lên tận phòng trọ. "
    "Em xin hỏi trình báo ở đâu?",
    "Anh ta đứng đợi ở cổng nhà em, rồi còn bảo sẽ tìm lên tận phòng ngủ em. Em rất sợ.",
    "Mẹ tôi đứng đợi ở cổng nhà em gái tôi cả buổi chiều vì không ai mở cửa.",
])
def test_a_stalker_reported_or_a_wait_at_a_gate_is_not_abuse(text):
    assert abuse_cues("", text) == []


@pytest.mark.parametrize("text", [
    "Nhắn lão Tiến ở ngõ chợ: nhà lão có xăng có lửa cả, cẩn thận một đêm nào đó cháy không kịp chạy đâu.",
    "nha con mu do nhieu do go lam, mot dem nao do chay rui thi dung hoi tai sao",
])
def test_a_fire_foretold_for_a_home_named_with_contempt_is_abuse(text):
    assert any(w.startswith("đe dọa trá hình") for w in abuse_cues("", text))


@pytest.mark.parametrize("text", [
    "Khu trọ ở ngõ 99 Tân Mai đấu điện câu móc, hôm qua cháy một ổ điện. Tôi sợ có ngày cháy lớn không kịp chạy.",
    "Nhà ông Tư đấu điện câu móc chằng chịt, có ngày cháy rụi cả dãy, đề nghị phường kiểm tra.",
])
def test_a_fire_risk_warned_of_is_not_abuse(text):
    assert abuse_cues("", text) == []
