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


def _counting_searches(monkeypatch) -> list[str]:
    from hopthu.core.rules import safe_regex

    searched: list[str] = []
    inner = safe_regex.SafePattern.search

    def search(self, text):
        searched.append(self.pattern)
        return inner(self, text)

    monkeypatch.setattr(safe_regex.SafePattern, "search", search)
    return searched


def test_a_letter_without_the_literals_a_pattern_needs_is_not_searched_with_it(monkeypatch):
    """Each officer's pattern costs an NFA pass over the letter (the small RE2 budget): the literal
    strings it needs are looked for first, for all patterns at once, and a pattern whose literals are
    absent is not run at all (one shipped pattern needs no literal RE2 can name: it is always run)."""
    rs = default_rules()
    patterns = {p.pattern for r in rs.rules for p in r.when.regexes()}
    assert len(patterns) > 10
    searched = _counting_searches(monkeypatch)
    rs.classify(sub("Rác thải đổ bừa bãi ở đầu ngõ, bốc mùi khó chịu đã ba ngày nay, đề nghị phường thu gom"))
    assert len(set(searched)) <= 1, searched
    searched.clear()
    assert rs.classify(sub("Cái CỘT   ĐIỆN đầu ngõ 5 bị nghiêng")).category == "ha_tang"
    assert "(?i)cột\\s+(điện|đèn)" in searched
    # "cột điện … nghiêng" (a space matches any white space: tests/test_rules_regex_spaces.py) needs "cột điện",
    # which the letter has, three spaces apart: it is searched, and matches
    assert any(p.startswith("(?i)(?<!\\w)(?:cột điện|cot dien") for p in searched), searched
    assert len(set(searched)) <= 3, searched


@pytest.mark.parametrize("text", [
    "CỘT\u00a0ĐÈN nghiêng", "cột  điện", "Có hơn 30 HỘ dân bị ảnh hưởng", "ĐÉO ai làm", "xem tại WWW.example.com",
    "NẮP HỐ GA bị vỡ, đang có trẻ con qua lại", "Đang CHÁY lớn ở đầu ngõ", "http://x.xyz",
])
def test_the_prefilter_never_rules_out_a_pattern_that_matches(text):
    """Case, diacritics and odd spaces: whatever the literals' form in the letter, a pattern that matches
    is searched (RE2's prefilter folds case; the literal set it runs is case-insensitive)."""
    from hopthu.core.rules.safe_regex import Prefilter

    rs = default_rules()
    patterns = [p for r in rs.rules for p in r.when.regexes()]
    matching = [p for p in patterns if p.search(text)]
    assert matching, text
    assert not set(matching) & Prefilter(patterns).ruled_out(text)
