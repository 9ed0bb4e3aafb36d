"""Finding 2 of issue 10: every regular expression that runs on citizen text is linear.

Each of hopthu's own patterns (found by walking the package) and each function that runs patterns on
citizen text is run over 1 MB adversarial strings: long runs of the characters a match may be made of,
with the one character that would complete it missing. A backtracking pattern is quadratic there
(100,000 characters without "@" took 7 s in the email pattern); a linear one takes milliseconds.
A 16 kB probe over every run runs first, so a quadratic pattern fails in a fraction of a second instead of hours."""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import hopthu

MB = 1 << 20
PROBE = 16 << 10
PROBE_LIMIT = 0.3   # seconds for 16 kB: linear patterns take ~1-10 ms, quadratic ones about a second
FULL_LIMIT = 4.0    # seconds for 1 MB on a busy shared machine

# Runs a backtracking pattern could be made to retry at every position.
UNITS = [
    "a", "a.", "a-", "a_", "a%", "a+", "0", "0 ", "0.", "0-", " ", "\n", "\n ", " \n", "\t", "-", "_", ".",
    "@a", "a@", "a@a", "a@a.", "@", ">", "<", "<a", "=", "=?", "(", ")", "ab:", "nhà tôi ", "địa chỉ ",
    "số nhà ", "tdp ", "vào ", "từ: ", "from: a\n", "-- ", "> ", "==", "\r\n", "ồ", "đ", "84", "+84 ",
    "0912", "09 12 ", "a\n\n", "x=y ", "spf=", "message-id: <", "final-recipient: a;",
    "Ông Ba ở số 12 ngõ 3. ",  # a house number after a person, each one asking about the rest of the text
    "cảnh báo: ",  # headings opening a message, each also a complaint cue asking whether it is one
]


# The 1 MB runs: one of each kind of character class the patterns are made of.
UNITS_1MB = ["a", "a.", "0 ", "\n ", "-", "@a", "<a", "(", "ồ", "nhà tôi ", "a@a.", "Ông Ba ở số 12 ngõ 3. ", "cảnh báo: "]


def adversarial(size: int, *, variants: bool = True) -> list[str]:
    out = []
    for unit in UNITS if variants else UNITS_1MB:
        run = (unit * (size // len(unit) + 1))[:size]
        out.append(run)
        if variants:
            out.append(run[: size - 1] + "!")  # no closing character at the end
    return out


def _hopthu_patterns() -> list[tuple[str, re.Pattern]]:
    found = []
    for info in pkgutil.walk_packages(hopthu.__path__, "hopthu."):
        if info.name.endswith("__main__"):  # runs a command when imported
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:  # an optional backend's module without its package: its patterns never run
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{info.name}.{name}", value))
    unique = {id(p): (n, p) for n, p in sorted(found, key=lambda item: item[0], reverse=True)}
    return sorted(unique.values(), key=lambda item: item[0])


def _took(call, text) -> float:
    start = time.perf_counter()
    call(text)
    return time.perf_counter() - start


def _budget(call, text, limit, what):
    """Within `limit` on the better of two runs: a pause of a shared CI machine (0.31 s once for a call
    that takes 5 ms) is not a slow pattern, and a quadratic pattern is slow both times."""
    took = _took(call, text)
    if took >= limit:
        took = min(took, _took(call, text))
    assert took < limit, f"{what}: {took:.2f} s on {len(text):,} characters starting {text[:12]!r}"


def _scales_linearly(call, big, what):
    """1 MB within FULL_LIMIT, or, on a machine too busy for that, no worse than linear: an eighth of
    the text takes at least a sixteenth of the time (a quadratic pattern would take a 64th)."""
    took = _took(call, big)
    if took < FULL_LIMIT:
        return
    small = big[: len(big) // 8]
    part = _took(call, small)
    assert took < 16 * max(part, 1e-3), (
        f"{what}: {took:.2f} s on {len(big):,} characters, {part:.2f} s on an eighth of them, "
        f"starting {big[:12]!r}: worse than linear")


def _run_all(what, call, *, binary=False):
    def form(text):
        return text.encode("utf-8", "surrogateescape")[:len(text)] if binary else text

    for text in adversarial(PROBE, variants=True):
        _budget(call, form(text), PROBE_LIMIT, what)
    for text in adversarial(MB, variants=False):
        _scales_linearly(call, form(text), what)


PATTERNS = _hopthu_patterns()


def test_the_package_has_patterns_to_check():
    names = [n for n, _ in PATTERNS]
    assert "hopthu.core.redact.EMAIL" in names and "hopthu.core.redact.PHONE" in names


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_each_module_pattern_is_linear(name, pattern):
    empty = b"" if isinstance(pattern.pattern, bytes) else ""
    _run_all(name, lambda text: pattern.subn(empty, text), binary=isinstance(pattern.pattern, bytes))


def _functions():
    import logging

    from hopthu.core import redact, replies
    from hopthu.core.flags import abuse_cues, spam_cues
    from hopthu.core.intake import find_tdp
    from hopthu.core.parsing import _tags_closed
    from hopthu.core.suggest import phrases_of
    from hopthu.core.tdp import TdpList
    from hopthu.core.unmask import unmask
    from hopthu.mail.smtp import _masked
    from hopthu.outbox.queue import header_safe

    def log_line(text):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s", (text,), None)
        redact.LogRedactor().filter(record)

    return {
        "redact": lambda t: redact.redact(t, names=["Nguyễn Thị Hòa"]),
        "find_email": redact.find_email,
        "find_phone": redact.find_phone,
        "log_redactor": log_line,
        "own_text": replies.own_text,
        "mask_addresses": replies.mask_addresses,
        "agency_intent": replies.agency_intent,
        "find_tdp": find_tdp,
        "tdp_from_text": TdpList.build([("Khu tập thể Dệt", ["KTT Dệt"])]).from_text,
        "tdp_normalise": TdpList().normalise,
        "suggest_phrases": phrases_of,
        "smtp_masked": _masked,
        "header_safe": lambda t: header_safe(t, 10**7),
        "bounce_details": lambda t: replies.bounce_details(b"Subject: x\n\n" + t.encode("utf-8", "surrogateescape")),
        "auth_verdict": lambda t: replies.auth_verdict(
            b"Authentication-Results: mx; spf=pass " + t.encode("utf-8", "surrogateescape")[:200_000] + b"\n\n",
            "a@b.vn"),
        "html_tags_closed": _tags_closed,
        "abuse_cues": lambda t: abuse_cues("", t),
        "spam_cues": lambda t: spam_cues("", t),
        "unmask": unmask,
    }


FUNCTIONS = _functions()


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_each_function_on_citizen_text_is_linear(name):
    _run_all(name, FUNCTIONS[name])


def test_html_with_unclosed_tags_converts_in_linear_time():
    """The standard library's HTML parser rescanned to the end for each unclosed "<" (16 kB of "<a": 2 s,
    64 kB: about 35 s). html2text stays slow per tag (~0.1 ms), but linear; the parse budget bounds it."""
    from hopthu.core.parsing import _html_to_text

    start = time.perf_counter()
    text = _html_to_text("<a" * 32_000)
    assert time.perf_counter() - start < 15
    assert text.startswith("<a<a")


def test_closing_stray_tags_keeps_real_html_and_comments():
    from hopthu.core.parsing import _html_to_text

    html = '<p>Đèn <b>hỏng</b> &amp; 3 < 5</p><!--[if mso]><xml>x</xml><![endif]--><p>ngõ 12</p>'
    text = _html_to_text(html)
    assert "Đèn hỏng & 3 < 5" in text and "ngõ 12" in text and "xml" not in text
