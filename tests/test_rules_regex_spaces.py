"""A space written in a rule's regex matches any run of white space, a line break included: a letter wrapped by a
mail client (hard at 72 characters, or format=flowed with a trailing space, which `textnorm.unwrap` joins into two
spaces) is matched as the same letter unwrapped (rules/125's "đồng thời", found by the wrapped-letter test of
tests/test_routing_eval.py). The rewrite is `safe_regex.widen_spaces`, applied where rule regexes are compiled."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from hopthu.core.model import Channel
from hopthu.core.rules.safe_regex import compile_safe, widen_spaces
from test_rules import default_rules, load, sub

S = r"\s+"
TUNING = Path(__file__).resolve().parent / "eval" / "routing" / "tuning.jsonl"


@pytest.mark.parametrize("written,run", [
    ("đồng thời", f"đồng{S}thời"),
    ("(?:[1-9]|1[0-2]) (?:tuổi|tuoi)", f"(?:[1-9]|1[0-2]){S}(?:tuổi|tuoi)"),
    ("cột   điện", f"cột{S}điện"),  # a run of spaces is one \s+
    ("(?:chuyển|chuyen)(?: tin này)? cho", f"(?:chuyển|chuyen)(?:{S}tin{S}này)?{S}cho"),  # at a group's edges too
    ("(?i)(?<!\\w)mua ngay(?!\\w)", f"(?i)(?<!\\w)mua{S}ngay(?!\\w)"),
])
def test_a_literal_space_between_words_becomes_any_run_of_white_space(written, run):
    assert widen_spaces(written) == run


@pytest.mark.parametrize("written", [
    r"cột\s+điện",                 # already written as white space
    r"(?i)(?<!\w)cột\s+(điện|đèn)(?!\w)",
    r"đồng\ thời",                 # an escaped space means one space, as written
    "[^ .!?]{1,10}",               # inside a class: a space among other characters
    "[] ]x",                       # a leading "]" is in the class, so is the space after it
    "[^] ]x",
    "a ?b", "a +b", "a *b", "a {2}b", "a {1,3}b", "a {2,}b",  # a quantified space says how many itself
    "a  ?b",                       # the run it ends is kept whole
    "(?x) a b",                    # verbose mode: spaces mean nothing there
    "(?ix:a b)",
    "đồngthời",
])
def test_escaped_classed_and_quantified_spaces_are_left_as_written(written):
    assert widen_spaces(written) == written


def test_a_brace_that_is_no_quantifier_is_a_literal_after_a_widened_space():
    assert widen_spaces("a {x}") == f"a{S}{{x}}"
    assert widen_spaces("a {,3}") == f"a{S}{{,3}}"  # no quantifier on RE2
    assert widen_spaces("[ ]a b") == f"[ ]a{S}b"  # the class ends, the space after it is widened
    assert widen_spaces(r"\[a b\]") == rf"\[a{S}b\]"  # an escaped bracket opens no class


@pytest.mark.parametrize("text,hit", [
    ("đồng thời", True), ("ĐỒNG\nTHỜI", True), ("đồng  thời", True), ("đồng \nthời", True),
    ("đồng\u00a0thời", True), ("đồng\tthời", True), ("đồngthời", False), ("đồng-thời", False),
])
def test_a_compiled_rule_pattern_matches_its_words_apart_by_any_white_space(text, hit):
    pattern = compile_safe("(?i)(?<!\\w)đồng thời(?!\\w)")
    assert pattern.pattern == "(?i)(?<!\\w)đồng thời(?!\\w)"  # evidence names the pattern as the officer wrote it
    assert bool(pattern.search(text)) == hit


RULE = """
    - name: dong-thoi-cong-an
      when:
        regex: "(?i)(?<!\\\\w)(?:đồng thời|dong thoi) (?:đề nghị|de nghi) (?:công an|cong an) (?:phường|phuong)(?!\\\\w)"
      then: {category: an_ninh}
    - name: tre-nho
      when:
        regex: "(?i)(?<!\\\\w)(?:[1-9]|1[0-2]) (?:tuổi|tuoi)(?!\\\\w)"
      then: {category: khac}
    """

LETTERS = [
    ("Nhóm thanh niên tụ tập uống rượu, hát karaoke đến 2 giờ sáng ở đầu ngõ 14 phố Lò Đúc, gây mất trật tự. "
     "Chúng tôi đã nhắc nhiều lần không được, đồng thời đề nghị công an phường xuống kiểm tra, xử lý dứt điểm.",
     "dong-thoi-cong-an", "đồng thời đề nghị công an phường"),
    ("Nhom thanh nien tu tap uong ruou, hat karaoke den 2 gio sang o dau ngo 14 pho Lo Duc, gay mat trat tu. "
     "Chung toi da nhac nhieu lan khong duoc, dong thoi de nghi cong an phuong xuong kiem tra, xu ly dut diem.",
     "dong-thoi-cong-an", "dong thoi de nghi cong an phuong"),
    ("Kính gửi phường, chiều qua ở sân chơi khu tập thể có một cái hố sâu không rào chắn, một cháu bé 3 tuổi "
     "suýt ngã xuống, đề nghị phường cho người rào lại.", "tre-nho", "3 tuổi"),
]


def _wrapped(text: str) -> list[str]:
    """The letter as mail clients send it: hard-wrapped at 72, and format=flowed at 66 (a trailing space)."""
    return [textwrap.fill(text, 72), textwrap.fill(text, 66).replace("\n", " \n")]


@pytest.mark.parametrize("letter,rule,phrase", LETTERS)
def test_a_letter_wrapped_by_a_mail_client_matches_the_spaced_regex_as_it_does_unwrapped(tmp_path, letter, rule,
                                                                                         phrase):
    rs = load(tmp_path, RULE)
    assert rs.classify(sub(letter, channel=Channel.EMAIL)).rule == rule
    split = 0
    for pad in range(12):  # the phrase falls across a line break at some padding or other
        text = "Dạ " * pad + letter
        for wrapped in _wrapped(text):
            split += phrase not in wrapped
            assert rs.classify(sub(wrapped, channel=Channel.EMAIL)).rule == rule, wrapped
    assert split, "no wrapping put a line break inside the phrase"


def test_the_shipped_rules_regexes_with_spaces_are_widened_and_still_run_on_the_safe_engine():
    """Some hundred shipped patterns have a space between words; each is widened, compiles on RE2 (a pattern that
    would not was refused when the rules loaded) and keeps the pattern as written for evidence."""
    patterns = {p for r in default_rules().rules for p in r.when.regexes()}
    spaced = [p for p in patterns if " " in p.pattern]
    assert len(spaced) > 100
    for p in spaced:
        widened = widen_spaces(p.pattern)
        assert widened != p.pattern, p.pattern
        assert widen_spaces(widened) == widened  # once: nothing left to widen
        assert compile_safe(p.pattern).pattern == p.pattern


@pytest.mark.parametrize("written,loose", [
    ("cột điện", "cột điện"),            # between two letters: a literal the prefilter looks for
    ("tổ 5", "tổ 5"),
    ("a (?:b)? c", "a(?s:.)+(?:b)?(?s:.)+c"),  # next to a group: "a  c" would be no literal of "a\nc"
    (r"\d 5", r"\d(?s:.)+5"),            # an escape's letter is no letter
    ("a ?b", "a(?s:.)?b"),
])
def test_for_the_prefilter_a_widened_space_between_letters_stays_a_literal_space(written, loose):
    """The prefilter looks for the literals a pattern needs in the letter with its runs of white space made single
    spaces: "cột điện" is looked for whole, not "cột" and "điện" (short words alone rule out nothing)."""
    assert widen_spaces(written, loose=True) == loose


@pytest.mark.parametrize("pattern,text", [
    ("(?i)cột điện", "CỘT \n  ĐIỆN"), ("(?i)cột điện", "cột\u00a0điện"), ("a (?:b)? c", "a \n c"),
    (r"a\x20\x20b", "a  b"), (r"a\ \ b", "a  b"), ("a[ ,][ ,]b", "a  b"), ("a {2}b", "a  b"), ("a\tb", "a\tb"),
    ("a\\tb", "a\tb"), (r"a\n\nb", "a\n\nb"), (r"a\040\040b", "a  b"), (r"a\x{20}\x{20}b", "a  b"),
])
def test_the_prefilter_never_rules_out_a_pattern_matching_across_odd_white_space(pattern, text):
    from hopthu.core.rules.safe_regex import Prefilter

    compiled = compile_safe(pattern)
    assert compiled.search(text), (pattern, text)
    assert compiled not in Prefilter([compiled, compile_safe("zzz qqq")]).ruled_out(text)


def test_white_space_for_the_prefilter_is_what_a_pattern_calls_white_space():
    import re

    from hopthu.core.rules.safe_regex import SPACE

    spaced = compile_safe(f"^[{SPACE}]$")
    for code in range(0x3100):
        assert bool(spaced.search(chr(code))) == bool(re.fullmatch(r"\s", chr(code))), hex(code)


def test_the_prefilter_never_rules_out_a_shipped_pattern_matching_a_wrapped_letter():
    """The tuning part's longest one-paragraph letters, wrapped as mail clients do (the routing tuning part only)."""
    from hopthu.core.rules.safe_regex import Prefilter

    items = [json.loads(line) for line in TUNING.read_text(encoding="utf-8").splitlines() if line.strip()]
    letters = sorted((i["text"] for i in items if "\n" not in i["text"]), key=len)[-120:]
    patterns = list({p for r in default_rules().rules for p in r.when.regexes()})
    prefilter = Prefilter(patterns)
    for text in letters:
        for wrapped in _wrapped(text):
            out = prefilter.ruled_out(wrapped)
            assert not [p.pattern for p in out if p.search(wrapped)], wrapped
