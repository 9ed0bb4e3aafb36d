"""The redactor's figures on the labelled privacy set can only improve (bench/privacy_eval.py).

Floors measured on 2026-12-01: tuning 315/315 personal strings removed, 99.9 % of other words kept,
69/69 locations survive; after the abuse and spam items were added (p-401…p-454), tuning 334/338 (the
four misses are names in abusive items and a report of threats: "Bà Ngô Thị Nga" opening a sentence,
"thg Hiếu", "con mẹ Liên", "Ông Bùi Văn Tùng"), 99.8 % kept, 80/80 locations; held-out (run once, never
looked into) 159/167 removed, 99.8 % kept, 33/33 locations. Raise a floor when the figures improve; never lower one to make a change pass.
"""

from __future__ import annotations

import sys

import pytest

from ward import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import privacy_eval

FLOORS = {
    # part: (personal strings removed, of, share of other words kept, locations kept, of)
    "tuning": (334, 338, 0.998, 80, 80),
    "heldout": (159, 167, 0.998, 33, 33),
}


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_privacy_figures_never_fall_below_their_floor(part):
    removed, personal, kept, located, locations = FLOORS[part]
    fig = privacy_eval.evaluate(privacy_eval.PARTS[part])
    assert fig.personal == personal, "the set changed: measure again and set new floors"
    assert fig.removed >= removed, f"{part}: recall fell to {fig.removed}/{fig.personal}"
    assert fig.kept >= kept, f"{part}: words kept fell to {fig.kept:.2%}"
    assert fig.located == locations and fig.location_kept >= located, f"{part}: locations lost {fig.lost_locations}"
