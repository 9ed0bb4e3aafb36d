"""A violence the writer's child suffered, told with the attackers named at length ("bị bạn cùng lớp là … cùng hai bạn
khác chặn đánh", p-3100), is a complaint, not a threat the writer makes. With and without diacritics."""

from __future__ import annotations

import pytest

from hopthu.core.flags import abuse_cues
from hopthu.core.textnorm import afold


@pytest.mark.parametrize("text", [
    "Con trai tôi chiều thứ năm bị bạn cùng lớp là Lò Văn Tủn cùng hai bạn khác chặn đánh ở cổng sau trường.",
])
def test_an_attack_suffered_is_no_threat(text):
    for t in (text, afold(text)):
        assert not abuse_cues("", t), t


@pytest.mark.parametrize("text", [
    # the same words as the writer's own threat
    "Thằng Tủn mà còn bắt nạt con tao thì tao cho người chặn đánh nó ở cổng trường.",
])
def test_the_same_words_as_a_threat_made_are_abuse(text):
    for t in (text, afold(text)):
        assert abuse_cues("", t), t
