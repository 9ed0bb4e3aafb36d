"""The engine's two ways of scoring a rule give one decision.

A plain keyword rule (any of its keywords, no exclusion, not a safety rule) is on the fast path: its weight
is counted per keyword present (`matching.RuleIndex._sum_counted`) instead of the rule being tried one by one.
Adding an exclusion to it, even one that never occurs, takes it off that path; neither that nor the order in
which the totals are summed may change a decision (category, agency, co-ordinating agencies, complex, flags).
r-2318 ("bán hàng rong" as the writer's trade) sat exactly on the co-ordinating ratio (0.84 = 0.7 × 1.20): the
counted sum came out one float bit lower, so the works office was a co-ordinating agency on one path only.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import routing_eval  # noqa: E402
from hopthu.core.rules import matching  # noqa: E402
from hopthu.core.rules.engine import RuleSet  # noqa: E402

RULE = "trat-tu-do-thi"
RULE_FILE = "55-trat-tu-do-thi.yaml"
# r-2318 and tuning items where rule 55's words occur (sidewalks, street markets, hawkers, banners), one multi-issue
IDS = ("r-2318", "r-054", "r-063", "r-898", "r-1236", "r-1643", "r-2026", "r-2230", "r-2587", "r-3362")
TEXTS = [  # (subject, text) of our own, rule 55's words beside another field's
    ("Hộ nghèo", "Tôi bán hàng rong nuôi con, năm nay bị đưa ra khỏi danh sách hộ cận nghèo. Xin xét lại."),
    ("", "Đầu ngõ 12 họp chợ cóc lấn chiếm lòng đường, tối qua có trộm xe máy ở đó. Đề nghị phường dẹp chợ."),
    ("Vỉa hè", "Quán nước lấn chiếm vỉa hè, mở nhạc to đến nửa đêm, con tôi ôn thi không được."),
    ("", "ban hang rong tren via he truoc truong hoc, tre con bang qua duong rat nguy hiem"),
]


def _key(ruleset: RuleSet, sub) -> tuple:
    d = ruleset.classify(sub)
    return d.category, d.agency, d.co_agencies, d.complex, d.flags


def _subs() -> list:
    wanted = set(IDS)
    items = [it for it in routing_eval.read_items("tuning") if it["id"] in wanted]
    assert "r-2318" in {it["id"] for it in items}
    subs = [routing_eval.submission(it) for it in items]
    subs += [routing_eval.submission({"id": f"t{i}", "channel": "email", "subject": s, "text": t})
             for i, (s, t) in enumerate(TEXTS)]
    return subs


def _on_fast_path(ruleset: RuleSet, name: str) -> bool:
    return any(f is not None and f[0].name == name for f in ruleset._fast)


@pytest.fixture(scope="module")
def plain() -> RuleSet:
    return routing_eval.load_ruleset(learned=False)


def test_an_exclusion_that_never_occurs_changes_no_decision(tmp_path, plain):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / RULE_FILE
    text = path.read_text(encoding="utf-8")
    assert '"mỹ quan đô thị"]\n    then:' in text
    path.write_text(text.replace('"mỹ quan đô thị"]\n    then:',
                                 '"mỹ quan đô thị"]\n    exclude: ["xyzzy không có"]\n    then:'), encoding="utf-8")
    excluded = routing_eval.load_ruleset(rules, learned=False)
    assert _on_fast_path(plain, RULE) and not _on_fast_path(excluded, RULE)
    for sub in _subs():
        assert _key(plain, sub) == _key(excluded, sub), sub.text[:80]


def test_every_rule_tried_one_by_one_decides_as_the_fast_path(monkeypatch, plain):
    class NotPlain:  # no rule's condition is a plain keyword list: none is counted
        pass

    monkeypatch.setattr(matching, "KeywordsCond", NotPlain)
    slow = routing_eval.load_ruleset(learned=False)
    assert not any(slow._fast) and any(plain._fast)
    subs = _subs() + [routing_eval.submission(it) for it in routing_eval.read_items("tuning")[::25]]
    for sub in subs:
        assert _key(plain, sub) == _key(slow, sub), sub.text[:80]


def test_the_totals_do_not_depend_on_the_path(plain, monkeypatch):
    """The same totals per agency and category, and the candidates in the same order (ties included)."""
    class NotPlain:
        pass

    monkeypatch.setattr(matching, "KeywordsCond", NotPlain)
    slow = routing_eval.load_ruleset(learned=False)
    for sub in _subs():
        fast_w, slow_w = plain.weigh(sub), slow.weigh(sub)
        assert [(c.agency, c.score, c.categories) for c in fast_w.candidates] == \
            [(c.agency, c.score, c.categories) for c in slow_w.candidates]
