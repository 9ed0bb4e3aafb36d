"""The held-out ``fresh.jsonl`` sets of tests/eval/ are well formed and labelled by their GUIDE.md.

Only the format and the labels' consistency are checked here, never the scores (the benches print
those, as aggregates only). Failures name an item's id and the check, never its text or labels, so
that a failing run does not expose held-out items.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator

import pytest
import yaml

from ward import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import flags_eval
import privacy_eval
import routing_eval

EVAL = ROOT / "tests" / "eval"
CONFIG = yaml.safe_load((ROOT / "hopthu.example.yaml").read_text(encoding="utf-8"))

ROUTING_FIELDS = ["id", "channel", "subject", "text", "form_category", "tdp", "category", "lead_agency",
                  "co_agencies", "complex", "urgent", "spam", "abuse", "miss_class", "note"]
FORM_CATEGORIES = {"Môi trường, vệ sinh", "An ninh, trật tự", "Hạ tầng, giao thông, chiếu sáng", "Đất đai, xây dựng",
                   "Thủ tục hành chính", "Chính sách xã hội, y tế, giáo dục", "Xây dựng Đảng",
                   "Xây dựng chính quyền, cán bộ", "Công tác Mặt trận", "Khác"}
MISS_CLASSES = {"plain", "passing_mention", "negation", "hypothetical", "front_own_work",
                "neighbour_dispute_no_keyword", "multi_issue", "form_category", "no_diacritics",
                "outside_competence", "spam", "abuse", "thanks"}
CHANNELS = {"email", "form", "paper"}

PRIVACY_FIELDS = ["id", "channel", "subject", "text", "personal", "keep", "location", "spam", "abuse", "style", "note"]
KINDS = {"self_intro_name", "signature_name", "name", "phone", "email", "id_number", "passport", "bank_account",
         "plate", "house_number", "home_address"}
STYLES = {"formal", "colloquial", "no_diacritics", "long_multi", "form_answer", "spam", "abuse"}


def _lines(name: str) -> list[str]:
    return [line for line in (EVAL / name / "fresh.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _nfc(*texts: str) -> bool:
    return all(unicodedata.normalize("NFC", t) == t for t in texts)


def _records(name: str, fields: list[str], problems: list[str]) -> Iterator[tuple[dict, Callable[[str], None]]]:
    """Each item of ``name``'s fresh set with its fields in the guide's order, and a function that notes a
    failed check by the item's id; lines that are no JSON or have other fields are noted and skipped."""
    for n, line in enumerate(_lines(name), 1):
        try:
            r = json.loads(line)
        except ValueError:
            problems.append(f"line {n}: not JSON")
            continue
        rid = r.get("id", f"line {n}")

        def bad(check: str, rid: str = rid) -> None:
            problems.append(f"{rid}: {check}")

        if list(r) != fields:
            bad("fields or their order")
            continue
        yield r, bad


def test_fresh_routing_items_follow_the_guide():
    problems: list[str] = []
    items = []
    for r, bad in _records("routing", ROUTING_FIELDS, problems):
        items.append(r)
        if not re.fullmatch(r"rf-\d{3,4}", r["id"]):
            bad("id format")
        if r["channel"] not in CHANNELS:
            bad("channel")
        if not (isinstance(r["text"], str) and r["text"].strip() and _nfc(r["subject"], r["text"])):
            bad("text empty or not NFC")
        if r["channel"] == "form":
            if r["subject"] != "" or r["form_category"] not in FORM_CATEGORIES or not isinstance(r["tdp"], str):
                bad("form item: subject, form_category or tdp")
        elif r["form_category"] is not None:
            bad("form_category outside a form item")
        if r["channel"] == "email" and r["tdp"] is not None:
            bad("tdp on an email")
        if r["channel"] == "paper" and not isinstance(r["tdp"], str):
            bad("tdp of a paper item")
        if r["category"] not in CONFIG["categories"]:
            bad("category")
        lead = r["lead_agency"]
        if r["category"] == "ngoai_tham_quyen":
            if lead is not None or r["co_agencies"]:
                bad("outside competence has agencies")
        elif lead not in CONFIG["agencies"]:
            bad("lead agency")
        co = r["co_agencies"]
        if len(set(co)) != len(co) or lead in co or any(a not in CONFIG["agencies"] for a in co):
            bad("co_agencies")
        if not all(isinstance(r[k], bool) for k in ("complex", "urgent", "spam", "abuse")):
            bad("flags not booleans")
        if r["spam"] and (r["category"], lead) != ("khac", "mttq"):
            bad("spam is khac / mttq")
        if r["abuse"] and (r["category"], lead) != ("an_ninh", "cong_an"):
            bad("abuse is an_ninh / cong_an")
        if (r["spam"] or r["abuse"]) and r["urgent"]:
            bad("spam or abuse marked urgent")
        if r["miss_class"] not in MISS_CLASSES:
            bad("miss_class")
    ids = [r.get("id") for r in items]
    assert len(ids) == len(set(ids)), "duplicate ids in routing/fresh.jsonl"
    assert problems == []
    assert len(items) >= 90
    assert {r["category"] for r in items} == set(CONFIG["categories"])
    assert {r["lead_agency"] for r in items} - {None} == set(CONFIG["agencies"])
    assert {r["channel"] for r in items} == CHANNELS
    assert {r["miss_class"] for r in items} == MISS_CLASSES
    for flag in ("complex", "urgent", "spam", "abuse"):
        assert any(r[flag] for r in items) and not all(r[flag] for r in items), flag


def test_fresh_privacy_items_follow_the_guide():
    problems: list[str] = []
    items = []
    for r, bad in _records("privacy", PRIVACY_FIELDS, problems):
        items.append(r)
        if not re.fullmatch(r"pf-\d{3,4}", r["id"]):
            bad("id format")
        if r["channel"] not in CHANNELS or (r["channel"] == "form" and r["subject"]):
            bad("channel or form subject")
        if r["style"] not in STYLES:
            bad("style")
        if not all(isinstance(r[k], bool) for k in ("spam", "abuse")):
            bad("flags not booleans")
        whole = r["subject"] + "\n" + r["text"]
        strings = [p.get("s", "") for p in r["personal"]] + r["keep"] + ([r["location"]] if r["location"] else [])
        if not _nfc(whole, *strings):
            bad("not NFC")
        seen = set()
        for p in r["personal"]:
            if set(p) != {"s", "kind"} or p["kind"] not in KINDS:
                bad("personal entry")
                continue
            if (p["s"], p["kind"]) in seen:
                bad("personal entry listed twice")
            seen.add((p["s"], p["kind"]))
            spans = privacy_eval.occurrences(whole, p["s"])
            if not p["s"].strip() or not spans:
                bad("personal string not in the text")
            for a, b in spans:
                if (a and whole[a - 1].isalnum()) or (b < len(whole) and whole[b].isalnum()):
                    bad("personal string inside a longer word")
        if any(not k or k not in whole for k in r["keep"]):
            bad("keep string not in the text")
        if r["location"] is not None and (r["location"] not in whole or r["location"] not in r["keep"]):
            bad("location not in the text or not kept")
        kept = [s for k in r["keep"] for s in privacy_eval.occurrences(whole, k)]
        for p in r["personal"]:
            for a, b in privacy_eval.occurrences(whole, p.get("s", "")):
                if any(a < d and c < b for c, d in kept):
                    bad("personal string overlaps a keep string")
    ids = [r.get("id") for r in items]
    assert len(ids) == len(set(ids)), "duplicate ids in privacy/fresh.jsonl"
    assert problems == []
    assert len(items) >= 70
    assert {p["kind"] for r in items for p in r["personal"]} == KINDS
    assert {r["channel"] for r in items} == CHANNELS
    assert {r["style"] for r in items} == STYLES
    assert sum(r["spam"] for r in items) >= 8 and sum(r["abuse"] for r in items) >= 8


def test_the_benches_score_the_fresh_parts_and_refuse_to_show_their_items():
    assert "fresh" in routing_eval.HALVES and "fresh" in privacy_eval.PARTS and "fresh" in flags_eval.HALVES
    with pytest.raises(SystemExit):
        routing_eval.main(["--half", "fresh", "--failures"])
    with pytest.raises(SystemExit):
        routing_eval.main(["--failures"])  # the default includes the held-out parts
    with pytest.raises(SystemExit):
        privacy_eval.main(["--part", "fresh", "--misses"])
    with pytest.raises(SystemExit):
        privacy_eval.main(["--part", "heldout", "--misses"])
