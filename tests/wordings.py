"""What the wording tests share (tests/test_routing_wordings*.py, tests/test_flags_mends_*.py): the shipped rules
alone (the fixture `rules_alone`; this module is a plugin of conftest.py), the flags the pipeline sets (the fixture
`pipeline_flags`), a letter by email or a Form answer, and each wording as written and with its diacritics
stripped."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import routing_eval  # noqa: E402
from hopthu.core.model import Channel, Submission  # noqa: E402
from hopthu.core.textnorm import afold  # noqa: E402


@pytest.fixture(scope="module")
def rules_alone():
    """The shipped rules without the learned model: the rules alone must route these wordings."""
    return routing_eval.load_ruleset(learned=False)


@pytest.fixture(scope="module")
def pipeline_flags():
    """The flags the pipeline sets for a text, ``of(text, subject="")``: the rules' and `core.flags`' cues, as
    `casework.classify` adds them (bench/flags_eval.py)."""
    import flags_eval
    from hopthu.core.flags import assess, combine
    from hopthu.core.model import FLAGS

    rules = flags_eval.ruleset()

    def of(text: str, subject: str = "") -> list[str]:
        return combine(rules.classify(sub(text, subject)).flags, assess(subject, text), FLAGS)
    return of


def sub(text: str, subject: str = "") -> Submission:
    return Submission(source_id="t", channel=Channel.EMAIL,
                      received_at=datetime(2026, 12, 1, 9, tzinfo=timezone(timedelta(hours=7))),
                      subject=subject, text=text)


def form(text: str, picked: str) -> Submission:
    """A Form answer whose citizen picked `picked` in the Form's category question."""
    return replace(sub(text), channel=Channel.FORM, picked_category=picked)


def both(cases: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
    """Each wording as written and with its diacritics stripped."""
    return [(t, cat, agency) for text, cat, agency in cases for t in (text, afold(text))]


def each_way(texts: list[str]) -> list[str]:
    """Each text as written and with its diacritics stripped (`both` for bare texts)."""
    return [t for text in texts for t in (text, afold(text))]
