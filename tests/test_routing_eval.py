"""Routing quality on the labelled evaluation set, pinned as floors, and the weighing rules behind it.

The floors are the figures `bench/routing_eval.py` printed when the rules were last tuned (on
tuning.jsonl only; heldout.jsonl is scored, never studied). A rules edit that lowers any of them
fails here: raise a floor when the figures improve, never lower one without saying why (in
tests/eval/routing/FLOORS.md, which tells how each floor came to be).
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import routing_eval  # noqa: E402
from hopthu.core.model import Channel, Submission  # noqa: E402
from hopthu.core.rules import RulesError, load_rules  # noqa: E402
from hopthu.core.rules.context import Context  # noqa: E402

FLOORS = {
    # tuning: how the figures came to be, batch by batch: tests/eval/routing/FLOORS.md
    "tuning": {
        # lead 0.981 before the rounds of 2026-12-06 (r-3551 … r-3880, eleven rounds written blind to the code)
        # 0.983 before the second wave of 2026-12-06's second session (r-4001 … r-4120, rules/131 … 134)
        # 0.984 before the rounds of 2026-12-06's third session (r-4121 … r-4240, rules/135 … 138)
        # 0.985 before r-4631 … r-4660 (rules/152)
        # 0.985 before r-4661 … r-4690 (rules/153)
        # 0.986 on merge-48 with r-4901 … r-4990 (rt-s45h alone: 0.987; the union holds r-4909, r-4986 wrong)
        # 0.986 before r-5081 … r-5110 (rules/167)
        # 0.986 before r-5141 … r-5170 (rules/169)
        "lead_agency_accuracy": 0.987,  # 0.977 before the sixth session of 2026-12-05 (r-3191 … r-3370)
        # 0.966 after r-3081 … r-3110 (r-3104, r-3110 left wrong), 0.967 after r-3141 … r-3170, 0.970 after r-3460
        # 0.975 before r-4001 … r-4120
        # 0.976 before r-4121 … r-4150 (rules/135)
        # 0.977 before r-4331 … r-4360 (rules/142)
        # 0.978 before r-4631 … r-4660 (rules/152)
        # 0.978 before r-4661 … r-4690 (rules/153)
        # 0.979 / complex F1 0.985 / co-agencies 0.931 / 0.916 / abuse R 0.937 before r-4721 … r-4900 (rules/155 … 160, merge-48)
        # category 0.980, co-agencies 0.934 / 0.920 before merge-49 (r-4991 … r-5170, rules/164 … 169)
        "category_accuracy": 0.981,  # 0.971 before the rounds of 2026-12-06; 0.970 before r-3491 … r-3520 (abuse round 12)
        # complex F1 0.986, co-agency recall 0.935 before r-5171 … r-5200 (rules/170)
        # complex F1 0.986, co-agencies 0.935 / 0.921 before r-5231 … r-5260 (rules/172)
        "complex_f1": 0.987,  # 0.983 before r-3911 … r-3940; 0.981 before the rounds of 2026-12-06; 0.977 before the sixth session of 2026-12-05
        "urgent_recall": 1.0,  # 0.994 until rules/14 knew a homeless person shivering in the cold now (r-1641)
        # urgent precision 0.984 before r-3461 … r-3490, 0.985 before the rounds of 2026-12-06
        # 0.986 before r-3971 … r-4000 (rules/130)
        # 0.987 before r-4361 … r-4390 (rules/143)
        # urgent precision 0.988 before r-4901 … r-4930 (rules/161); co-agency recall 0.934 / precision 0.919, spam
        # recall 0.987, abuse recall 0.938 before r-4901 … r-4990 (rules/161 … 163; 0.934 on the union, 0.935 on rt-s45h)
        # urgent precision 0.988 on merge-49 (0.989 before) until mend-46m: the union held r-5035 wrong (last night's
        # fight after "Kính gửi Công an phường." was urgent: the salutation's comma search cut the fight off its time
        # gone by; the clause cut off now still dates the rest of its sentence, `place.Place.earlier`)
        "urgent_precision": 0.989,  # 0.983 before r-3281 … r-3310; 0.972 before r-2531 … r-2550 and r-2611 … r-2640 (r-2545, nightly karaoke)
        # 0.881 before the sixth session of 2026-12-05 (r-3191 … r-3370); 0.882 before r-3171 … r-3190 (r-3181
        # left); 0.845 / 0.811 before the rounds of 2026-12-05's third session; 0.893 / 0.873 before 2026-12-06's;
        # 0.910 / 0.894 before the rounds of 2026-12-06's second session (r-3881 … r-4000, rules/127 … 130);
        # 0.913 / 0.898 before r-4001 … r-4120 (rules/131 … 134); 0.919 / 0.903 before r-4151 … r-4180 (rules/136)
        # co-agency recall 0.920 / precision 0.908 before r-4301 … r-4330 (rules/141)
        # 0.924 before r-4451 … r-4480 (rules/146)
        # co-agency recall 0.924 before r-4511 … r-4540 (rules/148)
        # co-agency recall 0.926 / precision 0.914 before r-4631 … r-4660 (rules/152)
        # 0.930 / 0.915 on merge-47: 0.931 / 0.918 were rt-s44j's own figures; merged with r-4661 … r-4690, whose seven
        # co-agency misses stay (r-4665, r-4669, r-4671, r-4679, r-4681, r-4685, r-4689), the larger set gives 0.9306 / 0.9158
        # 0.9318 on merge-47 with r-4661 … r-4720 (0.932 on rt-s44m alone)
        # co-agency recall 0.937, abuse recall 0.940 on merge-49 before mend-54a, 54b
        "co_agency_recall": 0.938,  # 0.923 on merge-46 until rules/136's first rule was dropped (it cost the fresh part)
        # co-agency recall 0.926 before r-4661 … r-4690 (rules/153)
        # co-agency recall 0.931 before r-4691 … r-4720 (rules/154)
        # co-agency recall 0.924 / precision 0.913 before r-4391 … r-4420 (rules/144)
        # 0.924 before r-4421 … r-4450 (rules/145)
        # co-agency recall 0.924 before r-4481 … r-4510 (rules/147)
        # co-agency recall 0.924 before r-4601 … r-4630 (rules/151)
        # co-agency recall 0.924 / precision 0.913 before r-4541 … r-4570 (rules/149)
        # 0.924 before r-4571 … r-4600 (rules/150)
        # 0.854 before the sixth session of 2026-12-05; r-2620, r-2622, r-2626, r-2650 keep an extra co-ordinator
        "co_agency_precision": 0.922,  # 0.903 before r-4121 … r-4150 (rules/135); 0.904 before merge-46
        # 0.914 (0.9171) until the signature block was context like the introduction (rt-s44l: r-4594's "Thay mat Chi
        # hoi nguoi cao tuoi to 19: ..." brings in no front); 0.918 on rt-s44l alone, 0.9162 on merge-47 with
        # r-4661 … r-4720 (their co-agency misses stay)
        # 0.911 until fast-s43: r-2318's works office stands exactly on routing.co_ratio (0.84 = 0.7 x 1.20), which
        # the per-keyword counted sum, one float bit low, had hidden (a co-ordinator on the one-by-one path only);
        # 0.910 on fast-s43, 0.912 since the runner-up needs evidence outside the writer's introduction (intro-s43:
        # r-2318's "bán hàng rong", r-013's "chi bộ")
        # spam recall 0.961 before rules/114 (r-3491 … r-3520); 0.952 before rules/97 (r-2991 … r-3020), 0.957 before
        # rules/106 (r-3251 … r-3280); 0.963 before rules/116 and 124 (r-3551 … r-3580, r-3791 … r-3820); 0.970
        # before rules/129 (r-3941 … r-3970); 0.971 before rules/133 (r-4061 … r-4090); 0.976 before rules/142
        # (r-4331 … r-4360); 0.986 before rules/148 (r-4511 … r-4540); 0.988 before rules/168 (r-5111 … r-5140)
        "spam_recall": 0.989,
        # abuse recall 0.884 before rules/114 (r-3491 … r-3520); 0.827 before rules/97 (r-2991 … r-3020), 0.852 before
        # rules/106 (r-3251 … r-3280); 0.903 before rules/116 and 124; 0.914 before rules/129 (r-3941 … r-3970);
        # 0.921 before r-4001 … r-4030 (r-4025, an arson threat without marks, caught)
        # 0.928 before rules/147 (r-4481 … r-4510)
        # 0.933 before rules/154 (r-4691 … r-4720)
        # 0.939 before rules/168 (r-5111 … r-5140)
        "abuse_recall": 0.941,  # 0.923 before rules/138 (r-4211 … r-4240)
        "abuse_precision": 1.0,  # 0.994 on the merge of 2026-12-06, before the flags' mends (r-3859, "Phan Quoc Dat")
    },
    # heldout: how the figures came to be, batch by batch: tests/eval/routing/FLOORS.md
    "heldout": {
        # lead 0.913, category 0.916 before 2026-12-06's fourth session (r-4391 … r-4720, merge-47; one aggregate run)
        "lead_agency_accuracy": 0.925,  # 0.925 before the model was retrained on 2004 items (FLOORS.md)
        "category_accuracy": 0.928,
        # 0.833 before rules/105, 107, 108 (2026-12-05, sixth session); 0.6 before complexity came from the signs of
        # rules/17 instead of land words
        "complex_f1": 0.869,
        "urgent_recall": 1.0,  # 0.571 / 0.571 before urgency needed a danger here and now
        "urgent_precision": 0.875,  # 0.777 before merge-49 (r-4991 … r-5260; one aggregate run)
        # co-agencies 0.52 / 0.684 before rules/69 and the 2216-item model; 0.48 / 0.666 with the 2074-item model;
        # recall 0.44 after r-707..r-746's co-ordination changes (one aggregate run)
        "co_agency_recall": 0.56,
        # 0.55 before r-747..r-800's rules, 0.578 before r-959..r-1038's (0.737 with the 2416-item model only)
        "co_agency_precision": 0.70,
        "abuse_recall": 1.0,  # 0.666 before rules/86 (r-2761 … r-2790: slander, fantastic crimes, agitation)
    },
    # fresh: how the figures came to be, batch by batch: tests/eval/routing/FLOORS.md
    "fresh": {
        # 1029 items since rf-130 … rf-1029 joined (2026-12-04, written blind, scored once); the 129 before:
        # lead 0.921, category 0.899, complex F1 0.889, urgent 0.929 / 0.812, co-agencies 0.654 / 0.739
        # lead 0.912, category 0.884, co precision 0.738 before the model was retrained on 2216 items (one item
        # moved; with the 2204-item model and the new rules, the figures are unchanged)
        # lead 0.911 before the 2296-item model, 0.914 before the 2436-item one, 0.919 before the fourth session,
        # 0.927 before the fifth (r-2871 … r-3110: the front's letters naming no matter held for triage)
        # 2026-12-06, third session (r-4121 … r-4330, rules/135 … 141, one aggregate run): lead 0.935 → 0.937,
        # category 0.916 → 0.917, complex F1 0.820 → 0.835, urgent precision 0.815 → 0.830, co-agencies 0.737 / 0.772
        # → 0.745 / 0.787 (floors were measured 0.9356, 0.9164, 0.8273, 0.8158, 0.7377 / 0.7725 before)
        # 2026-12-06, fourth session (r-4391 … r-4720, rules/144 … 154, the signature block, merge-47; one aggregate
        # run): lead 0.9376 → 0.9406, category 0.9184 → 0.9213, co-agencies 0.7459 / 0.7879 → 0.75 / 0.7957
        # 0.940 before merge-48 (r-4721 … r-4990)
        "lead_agency_accuracy": 0.943,  # 0.934 before the rounds of 2026-12-06; 0.931 before r-3461 … r-3550 (blind to the code)
        # category 0.894 before the fourth session of 2026-12-05; 0.883 before r-2531..r-2640's rules, 0.886 before
        # the third session's
        # 0.914 before the rounds of 2026-12-06; 0.911 before r-3461 … r-3550; 0.902 before the fifth session of
        # 2026-12-05, 0.910 before the sixth
        # 2026-12-06, sixth session (r-4991 … r-5170, rules/164 … 169, merge-49; one aggregate run): category 0.9242
        # → 0.9271, co-agencies 0.75 / 0.8026 → 0.7582 / 0.8043 (each branch measured alone first: rules/166's speed
        # bump rule and a salutation's end in core/rules/place.py cost one item each and were withdrawn)
        "category_accuracy": 0.927,  # 0.924 before merge-49; 0.921 before merge-48
        "complex_f1": 0.835,  # 0.803 before the fifth session, 0.806 before the sixth
        # 0.852 / 0.776 before the urgency round r-2239..r-2298; 0.872 / 0.780 before r-2611..r-2640
        "urgent_recall": 0.911,  # 0.901 before r-3461 … r-3490; 0.882 before r-3401 … r-3430 (urgency round 23, blind to the code)
        # 0.807 before r-3461 … r-3490; 0.782 before the third session's rounds of 2026-12-05, 0.796 before the sixth's
        "urgent_precision": 0.837,  # 0.830 before merge-48; 0.808 before the rounds of 2026-12-06
        # 0.721 before r-3461 … r-3550; 0.717 before r-3141..r-3170; 0.684 / 0.735 before r-2581..r-2640, 0.688 / 0.743 before the third session
        "co_agency_recall": 0.758,  # 0.75 before merge-49; 0.729 before the rounds of 2026-12-06
        # 0.764 before r-3111..r-3140: a fresh item held for triage before is routed, its category right, with a
        # co-ordinator more; 0.760 before r-3141..r-3170 (co-agency recall 0.717 → 0.721 with one more added wrongly)
        # 0.795 before merge-48; 0.763 before the rounds of 2026-12-06; 0.758 before r-3461 … r-3550
        "co_agency_precision": 0.804,  # 0.802 before merge-49
    },
}
# fresh 0.015 → 0.019 with the 2436-item model, which learned the tuning part's new triage items (r-2563 … r-2570):
# four more fresh items held for an officer, seven more put in their right category (FLOORS.md); 0.016 with the
# 2516-item model and the fourth session's rules of 2026-12-05
# tuning 0.024 → 0.029 by r-2821 … r-2845 alone, fifteen items labelled for triage (FLOORS.md)
# tuning 0.029 → 0.034: r-3081 … r-3110 label eighteen items for triage, and they go there; fresh 0.016 → 0.021: five
# more fresh items held for triage by the same round, and the fresh category accuracy rose by five (0.9038 → 0.9086);
# tuning 0.034 → 0.032 after the sixth session of 2026-12-05 (3146 items, the same items held)
# tuning 0.032 → 0.029 after the rounds of 2026-12-06 (3686 items)
# tuning 0.02486 on merge-48 (4706 items): r-4811 … r-4840 (rules/158) hold their twelve items labelled for triage
TRIAGE_CEILING = {"tuning": 0.025, "heldout": 0.036, "fresh": 0.021}  # tuning: the rules alone; the others: 0.072, 0.078 by them


@pytest.fixture(scope="module")
def ruleset():
    return routing_eval.load_ruleset()


@pytest.mark.parametrize("half", ["tuning", "heldout", "fresh"])
def test_routing_figures_stay_at_or_above_their_floors(ruleset, half):
    if half == "tuning":  # the shipped learned model was trained on these items: the rules alone are pinned
        # here, the learned evidence by its cross-validation on them (tests/test_learned.py)
        ruleset = routing_eval.load_ruleset(learned=False)
    r = routing_eval.evaluate(ruleset, routing_eval.read_items(half))
    for key, floor in FLOORS[half].items():
        assert r[key] is not None and r[key] >= floor - 1e-9, f"{half}: {key} {r[key]:.3f} < floor {floor}"
    assert r["triage_share"] <= TRIAGE_CEILING[half] + 1e-9, f"{half}: triage share {r['triage_share']:.3f}"


def test_the_bench_refuses_to_list_held_out_failures(capsys):
    with pytest.raises(SystemExit):
        routing_eval.main(["--half", "heldout", "--failures"])
    with pytest.raises(SystemExit):  # nor to score a slice of a held-out part
        routing_eval.main(["--half", "fresh", "--ids", "rf-001..rf-010"])


def test_the_bench_scores_a_batch_of_the_tuning_part(capsys):
    assert routing_eval.main(["--half", "tuning", "--ids", "r-517..r-546", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tuning"]["items"] == 30


# --------------------------------------------------------------------------- weighing

CATEGORIES = {
    "ha_tang": {"name": "Hạ tầng, giao thông, chiếu sáng", "agency": "kt_hatang"},
    "an_ninh": {"name": "An ninh, trật tự", "agency": "cong_an"},
    "chinh_sach": {"name": "Chính sách xã hội, y tế, giáo dục", "agency": "vhxh"},
    "khac": {"name": "Khác", "agency": "mttq"},
    "phan_loai": {"name": "Chờ phân loại", "agency": "mttq"},
}
AGENCIES = {a: {"name": a, "email": f"{a}@example.vn"} for a in ("kt_hatang", "cong_an", "vhxh", "mttq")}
RULES = """\
version: 2
rules:
  - name: via-he
    when: {keywords: ["vỉa hè", "ổ gà"]}
    then: {category: ha_tang}
  - name: trom-cap
    when: {keywords: ["trộm", "mất trộm"]}
    then: {category: an_ninh}
  - name: cay-do
    when: {keywords: ["cây đổ"]}
    exclude: ["đã dọn"]
    then: {flags: [urgent]}
    stop: false
  - name: quang-cao
    priority: 10
    when: {keywords: ["vay tiền nhanh"]}
    then: {category: khac, flags: [spam]}
"""


def _load(tmp_path, text=RULES, **routing):
    (tmp_path / "10-r.yaml").write_text(text, encoding="utf-8")
    return load_rules(tmp_path, categories=CATEGORIES, agencies=AGENCIES, routing=routing or None)


def _sub(text, subject="", picked=""):
    return Submission(source_id="t", channel=Channel.FORM if picked else Channel.EMAIL,
                      received_at=datetime(2026, 11, 20, 9, tzinfo=timezone(timedelta(hours=7))),
                      subject=subject, text=text, picked_category=picked)


def test_a_passing_mention_later_loses_to_the_request(tmp_path):
    rs = _load(tmp_path)
    text = ("Đề nghị phường sửa vỉa hè ngõ 9 bị vỡ, ổ gà khắp nơi, xe đạp của con tôi hay bị trượt ngã. " * 3
            + "Năm ngoái ở đây có trộm nhưng giờ thì đã hết.")
    d = rs.classify(_sub(text))
    assert (d.category, d.agency, d.co_agencies) == ("ha_tang", "kt_hatang", [])


def test_negated_and_hypothetical_danger_raises_no_flag(tmp_path):
    rs = _load(tmp_path)
    assert "urgent" in rs.classify(_sub("Cây đổ chắn ngang vỉa hè ngõ 5.")).flags
    assert "urgent" not in rs.classify(_sub("Vỉa hè ngõ 5 có cây to, nếu bão về thì cây đổ mất.")).flags
    assert "urgent" not in rs.classify(_sub("Vỉa hè ngõ 5 không có cây đổ nào, chỉ lá rụng nhiều.")).flags
    assert "urgent" not in rs.classify(_sub("Cây đổ ở vỉa hè hôm bão, phường đã dọn.")).flags


def test_two_agencies_with_equal_evidence_go_to_triage_naming_both(tmp_path):
    rs = _load(tmp_path, close_ratio=0.8)
    d = rs.classify(_sub("Vỉa hè. Trộm."))  # 1.2 against 1.0: within 80 %
    assert d.category == "phan_loai" and d.rule == ""
    assert "kt_hatang" in d.why and "cong_an" in d.why and "chờ cán bộ phân loại" in d.why


def test_a_strong_runner_up_becomes_a_co_ordinating_agency(tmp_path):
    rs = _load(tmp_path, co_ratio=0.3)
    d = rs.classify(_sub("Vỉa hè vỡ nhiều chỗ, ổ gà sâu. Gần đó có trộm.", subject="Vỉa hè ngõ 9"))
    assert (d.agency, d.co_agencies) == ("kt_hatang", ["cong_an"])
    assert "phối hợp: cong_an" in d.why


def test_a_further_point_for_another_body_makes_it_co_ordinate_even_far_behind(tmp_path):
    rs = _load(tmp_path)  # co_ratio 0.7: "trộm" alone is far behind three pavement sentences
    main = "Đề nghị sửa vỉa hè ngõ 9. Vỉa hè vỡ nhiều chỗ, ổ gà sâu. Vỉa hè bị chiếm hết, ổ gà đầy nước."
    assert rs.classify(_sub(main + " Gần đó có trộm.")).co_agencies == []
    d = rs.classify(_sub(main + " Ngoài ra, gần đó có trộm, đề nghị công an lưu ý."))
    assert (d.agency, d.co_agencies) == ("kt_hatang", ["cong_an"]) and "phối hợp: cong_an" in d.why
    # a further point that is over is a passing mention: no co-ordinating agency
    assert rs.classify(_sub(main + " Ngoài ra, năm ngoái ở đây có trộm.")).co_agencies == []


def test_numbered_points_after_the_main_one_co_ordinate_and_an_introduction_does_not(tmp_path):
    rs = _load(tmp_path)
    main = "Tôi xin phản ánh:\n1. Quan trọng nhất: vỉa hè ngõ 9 vỡ, ổ gà sâu, đề nghị sửa."
    assert rs.classify(_sub(main + "\n2. Gần đó có trộm.")).co_agencies == ["cong_an"]
    assert rs.classify(_sub(main + " Gần đó có trộm.")).co_agencies == []
    d = rs.classify(_sub("Tôi là tổ trưởng tổ có trộm. Vỉa hè ngõ 9 vỡ, ổ gà sâu, đề nghị sửa."))
    assert (d.agency, d.co_agencies) == ("kt_hatang", [])  # the writer's introduction is context


def test_a_main_point_named_last_a_bare_salutation_and_an_opening_courtesy(tmp_path):
    rs = _load(tmp_path)  # the items before a main point named last are further points too
    for text in ("Ba việc:\n1. Gần đó hay mất trộm.\n2. Quan trọng nhất: vỉa hè ngõ 9 vỡ, ổ gà sâu, đề nghị sửa.",
                 "Ba viec:\n1. Gan do hay mat trom.\n2. Quan trong nhat: via he ngo 9 vo, o ga sau, de nghi sua."):
        assert rs.classify(_sub(text)).co_agencies == ["cong_an"]
    for text in ("Gửi tổ chống trộm phường: tôi có ý kiến.", "Gui to chong trom phuong: toi co y kien."):
        assert "trong lời chào" in rs.classify(_sub(text)).why  # "Gửi X:" opening a letter salutes
    assert "trong lời chào" not in rs.classify(_sub("Vỉa hè vỡ. Tôi gửi tổ chống trộm phường ý kiến.")).why
    d = rs.classify(_sub("Trước hết xin cảm ơn tổ bắt trộm. Vỉa hè ngõ 9 vỡ, ổ gà sâu, đề nghị sửa."))
    assert "việc chính" not in d.why and (d.agency, d.co_agencies) == ("kt_hatang", [])


def test_the_learned_guess_and_the_forms_choice_make_no_co_ordinating_agency(tmp_path):
    import json as _json

    from hopthu.core.rules.learned import dump

    labels = [("ha_tang", "kt_hatang"), ("an_ninh", "cong_an")]
    (tmp_path / "learned").mkdir()
    (tmp_path / "learned" / "routing.json").write_text(  # a model sure that every letter is a theft
        dump(labels, ["via", "he"], [-1.0, 1.0, -1.0, 1.0], [-1.0, 1.0], trained_on="test", min_known=1),
        encoding="utf-8")
    text = "Vỉa hè vỡ, ổ gà sâu."
    rs = _load(tmp_path, learned_weight=1.0, co_ratio=0.3)
    w = rs.weigh(_sub(text, subject="Vỉa hè"))
    assert [c.agency for c in w.candidates[:2]] == ["kt_hatang", "cong_an"] and w.candidates[1].score > 0.3
    assert w.decision.co_agencies == []  # cong_an's only evidence is the model's guess
    alone = _load(tmp_path, learned_weight=0, co_ratio=0.3)  # nor the citizen's pick on the Form
    assert alone.classify(_sub(text, picked="An ninh, trật tự")).co_agencies == []
    assert _json.loads((tmp_path / "learned" / "routing.json").read_text(encoding="utf-8"))["format"] == 2


def test_a_danger_in_a_sentence_opened_by_a_time_gone_by_is_over_however_long_the_sentence(tmp_path):
    rs = _load(tmp_path)
    far = "Tuần trước ở đoạn vỉa hè trước cửa hàng tạp hóa số 14 ngõ 9 phố Trần Phú cây đổ, đè bẹp hai xe máy."
    assert "urgent" not in rs.classify(_sub(far)).flags
    # unless the sentence then says it is now
    now = "Tuần trước ở đoạn vỉa hè trước cửa hàng tạp hóa số 14 ngõ 9 phố Trần Phú nứt gốc, sáng nay cây đổ."
    assert "urgent" in rs.classify(_sub(now)).flags


def test_weak_evidence_goes_to_triage_with_the_threshold_configurable(tmp_path):
    assert _load(tmp_path, threshold=5.0).classify(_sub("Vỉa hè vỡ.")).category == "phan_loai"
    assert _load(tmp_path).classify(_sub("Vỉa hè vỡ.")).category == "ha_tang"


def test_the_forms_category_counts_as_a_citizens_guess(tmp_path):
    rs = _load(tmp_path)
    assert rs.classify(_sub("Xin hỏi việc này.", picked="An ninh, trật tự")).category == "an_ninh"
    # the text outweighs the guess
    assert rs.classify(_sub("Vỉa hè vỡ, ổ gà sâu.", subject="", picked="An ninh, trật tự")).category == "ha_tang"


def test_a_priority_rule_decides_whatever_else_matches(tmp_path):
    d = _load(tmp_path).classify(_sub("Vay tiền nhanh, vỉa hè, trộm, ổ gà", subject="vỉa hè"))
    assert (d.category, d.flags, d.rule) == ("khac", ["spam"], "quang-cao")


def test_old_list_files_and_version_2_files_load_together(tmp_path):
    (tmp_path / "05-cu.yaml").write_text(
        '- name: cu\n  when: {keywords: ["đèn đường"]}\n  then: {category: ha_tang}\n', encoding="utf-8")
    rs = _load(tmp_path)
    assert rs.classify(_sub("Đèn đường hỏng")).rule == "cu"


@pytest.mark.parametrize("text, message", [
    ("version: 7\nrules: []\n", "unknown rule format version"),
    ('- name: a\n  weight: -1\n  when: {keywords: [x]}\n  then: {category: khac}\n', '"weight" must be'),
    ('- name: a\n  priority: high\n  when: {keywords: [x]}\n  then: {category: khac}\n', '"priority" must be'),
])
def test_bad_version_weight_or_priority_is_reported_with_its_line(tmp_path, text, message):
    with pytest.raises(RulesError) as exc:
        _load(tmp_path, text)
    assert any(message in p and "10-r.yaml:" in p for p in exc.value.problems), exc.value.problems


def test_a_past_event_weighs_less_than_the_present_one(tmp_path):
    rs = _load(tmp_path)
    w = rs.weigh(_sub("Tháng trước nhà tôi mất trộm. Nay vỉa hè ngõ 9 lại vỡ."))
    assert w.decision.agency == "kt_hatang"
    past = next(c for c in w.candidates if c.agency == "cong_an")
    assert "việc đã qua" in past.matches[0].describe()


def test_every_matching_rule_counts_and_the_fast_paths_agree_with_the_conditions(tmp_path):
    """Hundreds of rules that all match and none stops: each one's evidence is in the totals, scored
    from the keywords present exactly as from its hits; "why" names a few and counts the rest."""
    words = ["vỉa hè", "ổ gà", "hang xom", "hàng xóm", "trộm", "cây đổ", "đèn đường"]
    rng = random.Random(7)
    rules = []
    for i in range(300):
        kws = rng.sample(words, rng.randint(1, 3))
        if i % 3 == 0:
            rules.append({"name": f"them-{i}", "when": {"keywords": kws}, "then": {"flags": ["urgent"]},
                          "stop": False})
        elif i % 3 == 1:
            rules.append({"name": f"loai-{i}", "when": {"keywords": kws}, "exclude": ["không hề"],
                          "then": {"category": rng.choice(["ha_tang", "an_ninh"])}})
        else:
            rules.append({"name": f"ca-{i}", "when": {"all": [{"keywords": kws[:1]}, {"not": {"keywords": ["xyz"]}}]},
                          "then": {"category": rng.choice(["ha_tang", "an_ninh"])}})
    rs = _load(tmp_path, yaml.safe_dump(rules, allow_unicode=True))
    text = "Đề nghị sửa vỉa hè, ổ gà. Hàng xóm báo có trộm, cây đổ tối qua, đèn đường hỏng."
    w = rs.weigh(_sub(text, subject="Vỉa hè"))
    deciding = [r for r in rs.rules if r.stop and r.when.holds(Context(_sub(text, "Vỉa hè"), rs._matcher))]
    assert sum(len(c.raw) for c in w.candidates) == len(deciding)
    assert len(w.additions) == sum(1 for r in rs.rules if not r.stop)
    where = w.additions[0]._where
    for c in w.candidates:
        for m in c.matches:  # the score the engine found = the score from the rule's own hits
            assert m.score == pytest.approx(where.hits_score(m.hits, m.rule.weight))
    assert "urgent" in w.decision.flags
    assert "quy tắc bổ sung khác" in w.decision.why and w.decision.why.count("them-") <= 3


def test_the_salutation_ends_at_its_comma_and_the_business_that_follows_counts(tmp_path):
    """Newlines fold to spaces: "Kính gửi X,\\n<the letter>" used to be one salutation sentence up to
    the first full stop, so the letter's own business weighed 0.2 and went to triage."""
    rs = _load(tmp_path)
    d = rs.classify(_sub("Kính gửi UBND phường,\nVỉa hè trước số 5 vỡ nát, ổ gà khắp nơi"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang")
    assert "trong lời chào" not in d.why
    assert "trong lời chào" in rs.classify(_sub("Kính gửi tổ vỉa hè phường, tôi xin có ý kiến.")).why


def test_the_writers_introduction_is_context_unless_it_holds_the_request(tmp_path):
    rs = _load(tmp_path)
    d = rs.classify(_sub("Tôi là người bị mất trộm xe năm kia. Vỉa hè ngõ 9 vỡ, ổ gà nhiều"))
    assert (d.category, d.agency) == ("ha_tang", "kt_hatang")
    assert "việc phụ" in rs.classify(_sub("Tôi là tổ trưởng tổ có trộm.")).why
    assert "việc phụ" not in rs.classify(_sub("Tôi là nạn nhân vụ trộm, đề nghị điều tra.")).why


@pytest.mark.parametrize("text, category, agency, urgent", [
    # words that collide once diacritics are gone: "kẻ gian" is not "gián", "cong an" is not "cống"
    ("Dem qua ke gian cay cua lay mat hai dien thoai. Nho cong an xem camera giup.", "an_ninh", "cong_an", False),
    ("Bo toi bi lua chuyen 2 trieu phi nhan giai thuong. Nho cong an xem co lay lai duoc khong.",
     "an_ninh", "cong_an", False),
    # "nhà văn hóa", "hàng xóm" as places: the danger decides
    ("Đang có 2 nhóm cầm dao rựa đuổi chém nhau sau nhà văn hóa tổ 15, ai tới giùm với!", "an_ninh", "cong_an",
     True),
    ("Mùi ga nồng nặc bốc ra từ căn hộ 504, gõ cửa không ai mở. Hàng xóm đang sợ. Xin tới ngay.", "an_ninh",
     "cong_an", True),
    # over, recurring or imagined: not urgent
    ("Đợt mưa tuần rồi ngập đến đầu gối, giờ nước rút hết nhưng mương vẫn đầy bùn. Đề nghị nạo vét.",
     "ha_tang", "kt_hatang", False),
    ("Cứ mỗi lần mưa to là ngõ 55 ngập đến đầu gối. Đề nghị nâng cốt ngõ trước mùa mưa năm sau.",
     "ha_tang", "kt_hatang", False),
    ("Đêm qua có đám cháy nhỏ ở bãi rác đầu ngõ nhưng bà con đã tự dập tắt ngay. Xin phường dọn bãi rác.",
     "moi_truong", "kt_hatang", False),
    # present danger in words no rule had before
    ("Ngay lúc này có mấy thanh niên say xỉn đang đập phá quán nước đầu chợ, bà chủ bị thương.", "an_ninh",
     "cong_an", True),
    ("Nhà tôi nứt dọc sau khi công trình bên cạnh ép cọc, đã báo 3 lần nhưng họ vẫn ép tiếp.", "dat_dai",
     "kt_hatang", True),
    # round r-1339..r-1398: an elderly person alone and ill now, a fight in Southern words; a habit is no danger
    ("Bà cụ bên cạnh sống một mình, chiều nay nằm trên nền nhà, sốt hầm hập, không tự dậy được.", "chinh_sach",
     "vhxh", True),
    ("ba cu ke nha song mot minh, tu sang toi gio non oi lien tuc, nho tram y te toi gap", "chinh_sach", "vhxh", True),
    ("o san bong to 4 dang co 2 nhom oanh nhau, cam ca vo chai. cuu voi", "an_ninh", "cong_an", True),
    ("Rãnh ngõ 27 bị lấp, cứ mưa là nước tràn vào nhà các hộ đầu ngõ. Đề nghị nạo vét.", "ha_tang", "kt_hatang",
     False),
    ("rac ngo 44 tran ra duong, 4-5 ngay moi thu mot lan, mong phuong sap xep xe thu", "moi_truong", "kt_hatang", False),
    # a building-permit question is a procedure, not a construction dispute
    ("Hỏi: nhà tôi muốn sửa lại mái tôn, có phải xin phép không?", "thu_tuc", "hcc", False),
    # a land dispute that went through mediation is still about land
    ("Mảnh đất 60m2 của bố mẹ tôi bị nhà bên rào vào làm sân. Tổ hòa giải xử 3 lần không xong.", "dat_dai",
     "kt_hatang", False),
    # a crack that no longer widens once the digging is done: construction, not urgent
    ("Công trình bên cạnh đào móng làm tường nhà tôi nứt. Nay đã đào xong, vết nứt không rộng thêm.", "dat_dai",
     "kt_hatang", False),
    # abuse without swear words (rules/23): a veiled arson threat, a call not to vote
    ("Quán của nhà ông trưởng khu phố mà còn mở nhạc thâu đêm thì một ngày đẹp trời nó bốc cháy cũng chẳng ai "
     "ngạc nhiên.", "an_ninh", "cong_an", False),
    ("Bầu cử kỳ này chỉ là diễn kịch, bà con đừng đi bỏ phiếu làm gì.", "an_ninh", "cong_an", False),
    # rules/49: school staff's conduct, a broken road sign, an old woman alone behind a door nobody answers
    ("Cô hiệu trưởng trường mầm non quát mắng phụ huynh, thái độ hống hách.", "chinh_sach", "vhxh", False),
    ("Co hieu truong truong mam non quat mang phu huynh, thai do hong hach.", "chinh_sach", "vhxh", False),
    ("Biển báo cấm đỗ đầu ngõ 9 bị gãy, nằm dưới đất cả tháng. Đề nghị dựng lại.", "ha_tang", "kt_hatang", False),
    ("Bà cụ 85 tuổi sống một mình từ sáng đến giờ không mở cửa, gọi mãi không thưa.", "an_ninh", "cong_an", True),
    ("ba cu 85 tuoi song mot minh tu sang den gio khong mo cua, goi mai khong thua.", "an_ninh", "cong_an", True),
])
def test_default_rules_on_new_wordings(ruleset, text, category, agency, urgent):
    d = ruleset.classify(_sub(text))
    assert (d.category, d.agency, "urgent" in d.flags) == (category, agency, urgent), d.why


DECAY_RULES = RULES + """\
  - name: bhyt-1
    when: {keywords: ["bhyt"]}
    then: {category: chinh_sach}
  - name: bhyt-2
    when: {keywords: ["bhyt"]}
    then: {category: chinh_sach}
  - name: lua-dao
    when: {keywords: ["bị lừa chuyển tiền"]}
    then: {category: an_ninh}
"""


def test_an_agencys_repeated_rules_count_less_than_another_agencys_one_clear_rule(tmp_path):
    """The same word in two rule files of one agency (1.0 + 1.0) used to outweigh another agency's one
    specific phrase (1.6); with the decay the second rule counts half (1.5)."""
    text = "Tôi bị lừa chuyển tiền cho người xưng cán bộ BHYT."
    assert _load(tmp_path, DECAY_RULES, overlap_decay=1.0).classify(_sub(text)).agency == "vhxh"
    d = _load(tmp_path, DECAY_RULES).classify(_sub(text))
    assert (d.category, d.agency) == ("an_ninh", "cong_an")


def test_a_request_naming_an_agency_is_evidence_for_it_a_mere_mention_is_not(ruleset):
    d = ruleset.classify(_sub("Nhóm người lạ mặt hay đứng trước cửa nhà tôi. Đề nghị công an phường kiểm tra giúp."))
    assert d.agency == "cong_an" and "neu-ten-cong-an" in d.why
    d = ruleset.classify(_sub("Nhờ anh chị địa chính xuống xem giúp cái mốc giới nhà tôi."))
    assert d.agency == "kt_hatang" and "neu-ten-dia-chinh" in d.why
    d = ruleset.classify(_sub("Hôm qua tôi lên công an phường nộp hồ sơ, cán bộ rất nhiệt tình."))
    assert "neu-ten-cong-an" not in d.why


def test_present_danger_is_recognised_by_its_verb_not_by_the_letters_phrase(ruleset):
    for text in ("Bếp nhà số 12 ngõ 4 đang bốc khói mù mịt, gọi cửa không ai ra.",
                 "Giữa ngõ 40 tự nhiên sụt một cái hố to, xe máy suýt lao xuống.",
                 "Bức tường rào cũ trước cổng trường sắp đổ sập xuống vỉa hè."):
        assert "urgent" in ruleset.classify(_sub(text)).flags, text
    for text in ("Tháng trước ngõ 40 sụt một cái hố to, nay đã được lấp phẳng, cảm ơn phường.",
                 "Nếu bức tường rào cũ sắp đổ thì nguy hiểm, đề nghị phường kiểm tra định kỳ."):
        assert "urgent" not in ruleset.classify(_sub(text)).flags, text


def test_a_second_matter_after_the_request_co_ordinates_without_an_aside_word(tmp_path):
    rs = _load(tmp_path)  # co_ratio 0.7: the theft is far behind three pavement sentences
    main = "Đề nghị sửa vỉa hè ngõ 9. Vỉa hè vỡ nhiều chỗ, ổ gà sâu. Vỉa hè bị chiếm hết, ổ gà đầy nước."
    d = rs.classify(_sub(main + "\n\nCuối ngõ tối nào cũng có kẻ rình trộm, nhà bà Tư mới mất trộm cái xe đạp."))
    assert (d.agency, d.co_agencies) == ("kt_hatang", ["cong_an"])
    # over, or before the request (the main issue's detail), it is no second matter
    assert rs.classify(_sub(main + "\n\nNăm ngoái ở đây có trộm, mất trộm mấy cái xe đạp.")).co_agencies == []
    d = rs.classify(_sub("Nhà bà Tư mới mất trộm, kẻ trộm đi qua vỉa hè ngõ 9. " + main))
    assert d.co_agencies == []


def test_an_aside_word_counts_only_where_it_opens_its_sentence(tmp_path):
    rs = _load(tmp_path)
    main = "Đề nghị sửa vỉa hè ngõ 9. Vỉa hè vỡ nhiều chỗ, ổ gà sâu. Vỉa hè bị chiếm hết, ổ gà đầy nước."
    assert rs.classify(_sub(main + " Thêm nữa, gần đó có trộm.")).co_agencies == ["cong_an"]
    assert rs.classify(_sub(main + " Thêm một việc nữa: gần đó có trộm.")).co_agencies == ["cong_an"]
    assert rs.classify(_sub(main + " Cũng xin báo là gần đó có trộm.")).co_agencies == ["cong_an"]
    # "không rộng thêm nữa" (no wider any more) opens no further point
    assert rs.classify(_sub(main + " Ổ gà không rộng thêm nữa nhưng gần đó có trộm.")).co_agencies == []


def _decided(ruleset, text: str) -> tuple:
    d = ruleset.classify(_sub(text))
    return d.category, d.agency, tuple(d.co_agencies), tuple(d.flags), d.complex


def test_mediation_tried_twice_co_ordinates_the_ward_committee(ruleset):
    for text in ("Ông Kiên để bao xi măng chắn lối cầu thang chung. Ban hòa giải đã ngồi nói chuyện hai nhà hai lần, "
                 "ông ấy hứa rồi lại thôi. Đề nghị phường giải quyết.",
                 "ong Hai no 4 thang tien nha, to hoa giai moi len noi 2 lan, ong hua roi lai thoi. xin phuong giup"):
        d = ruleset.classify(_sub(text))
        assert (d.agency, d.co_agencies, d.complex) == ("mttq", ["vp_ubnd"], True), d.why


def test_a_letter_wrapped_by_a_mail_client_is_routed_as_the_same_letter_unwrapped(ruleset):
    """Mail clients wrap plain text at about 72 characters (hard, or format=flowed with a trailing space): a line
    break inside a sentence joins its words again for patterns ("Mặt\\ntrận"), the model's word pairs and the
    letter's paragraphs. Every long one-paragraph letter of the tuning part is decided alike wrapped."""
    import textwrap

    letters = [i["text"] for i in routing_eval.read_items("tuning") if "\n" not in i["text"] and len(i["text"]) > 150]
    assert len(letters) > 300
    for text in letters:
        for wrapped in (textwrap.fill(text, 72), textwrap.fill(text, 66).replace("\n", " \n")):
            assert _decided(ruleset, wrapped) == _decided(ruleset, text), wrapped


def test_unwrapping_keeps_the_length_and_the_paragraphs():
    from hopthu.core.rules.paragraphs import paragraph_starts
    from hopthu.core.textnorm import fold_case, unwrap

    long = "Đèn đường ở ngõ 5 phố Lò Sũ đã hỏng từ tuần trước, đề nghị phường cho thay bóng"
    text = f"{long}\nmới giúp bà con.\nCuối ngõ tối nào cũng có nhóm thanh niên tụ tập\nđến khuya.\n\nTrân trọng"
    joined = unwrap(text)
    assert len(joined) == len(text)
    assert joined == (f"{long} mới giúp bà con.\nCuối ngõ tối nào cũng có nhóm thanh niên tụ tập\nđến khuya.\n\n"
                      "Trân trọng")
    # short lines and a blank line end paragraphs, the wrapped one does not (each start: the joining space)
    assert [fold_case(text)[at:at + 5] for at in paragraph_starts(text)] == [" cuối", " đến ", " trân"]
    signed = f"{long}\nNguyễn Văn An"  # a line standing on its own after a long one: a signature, kept apart
    assert unwrap(signed) == signed and unwrap(f"{long}\nAn nữa.") == f"{long} An nữa."
    # a full line ending its sentence, then lower case: the same paragraph goes on (an unmarked Form answer)
    bare = "nha toi co con nho 2 tuoi, dem nao cung bi cho sua lam giat minh ca dem."
    assert unwrap(f"{bare}\ntoi da gui tin nhan cho to truong") == f"{bare} toi da gui tin nhan cho to truong"
    assert unwrap(f"{bare}\nToi da gui tin nhan cho to truong") == f"{bare}\nToi da gui tin nhan cho to truong"
