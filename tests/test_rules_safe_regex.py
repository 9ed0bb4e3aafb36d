"""Finding 2 of issue 10, officers' side: `regex:` conditions run on RE2 (linear whatever the pattern);
what only a backtracking engine can run is refused at load with file:line."""

from __future__ import annotations

import time

import pytest

from hopthu.core.rules.safe_regex import UnsafePattern, compile_safe
from test_rules import default_rules, load, problems, sub


def test_a_nested_quantifier_runs_in_linear_time_on_a_1_mb_letter(tmp_path):
    rs = load(tmp_path, """
        - name: lap
          when: {regex: "(a+)+b"}
          then: {category: khac}
        """)
    start = time.perf_counter()
    decision = rs.classify(sub("a" * (1 << 20)))  # Python's re: exponential; RE2: one pass
    assert time.perf_counter() - start < 5
    assert decision.rule == ""


def test_the_shipped_whole_word_idiom_keeps_its_meaning_on_vietnamese_text():
    rs = default_rules()
    assert rs.classify(sub("Mấy ông cán bộ ĐÉO làm gì cả")).rule == "loi-le-tho-tuc"
    assert rs.classify(sub("Ông ấy đeo kính")).rule != "loi-le-tho-tuc"
    safe = compile_safe(r"(?i)(?<!\w)(đéo|đm)(?!\w)")
    assert safe.search("nói ĐÉO.") and safe.search("đm") and safe.search("(đéo)")
    assert not safe.search("đéoo") and not safe.search("xđm") and not safe.search("đeo kính")


@pytest.mark.parametrize("pattern,text,hit", [
    (r"\w+ phường", "Công an phường", True),        # \w is Unicode: "an" and "Công"
    (r"^\W*$", "   ...", True),
    (r"cột\s+điện", "cột\u00a0điện", True),          # a no-break space is a space, as in Python
    (r"[\w.]+@", "trần.hòa@", True),
    (r"\d{3}", "số ١٢٣", True),
    (r"(?i)CỘT", "cột", True),
])
def test_python_classes_mean_what_they_mean_in_python(pattern, text, hit):
    import re
    assert bool(re.search(pattern, text)) == hit
    assert bool(compile_safe(pattern).search(text)) == hit


@pytest.mark.parametrize("pattern", [r"(\w)\1", r"cột(?= điện)", r"(?<=ngõ )\d+", r"\bcột\b", r"a(?!b)c"])
def test_backtracking_only_constructs_are_refused(pattern):
    with pytest.raises(UnsafePattern):
        compile_safe(pattern)


def test_a_refused_pattern_is_reported_with_file_and_line(tmp_path):
    found = problems(tmp_path, """
        - name: lap
          when:
            regex: "(\\\\w)\\\\1"
          then: {category: khac}
        """)
    assert any("10-test.yaml:3" in p and "unsafe regex" in p for p in found), found


def test_a_pattern_too_large_for_the_small_memory_budget_still_compiles_and_matches():
    """Patterns run with a small RE2 budget (a DFA cache that would otherwise grow with every letter read);
    an officer's very long alternation, too large for it, gets RE2's default budget instead of an error."""
    import re2

    from hopthu.core.rules import safe_regex

    words = "|".join(f"ngõ{i} phố{i} số{i}" for i in range(20000))
    with pytest.raises(re2.error):
        re2.compile(f"(?:{words})", safe_regex._OPTIONS)
    pattern = compile_safe(f"(?i)(?<!\\w)(?:{words})(?!\\w)")
    assert pattern.search("Đèn hỏng ở NGÕ19999 PHỐ19999 SỐ19999 từ tháng trước")
    assert not pattern.search("ngõ19999 phố19999 số199990")
