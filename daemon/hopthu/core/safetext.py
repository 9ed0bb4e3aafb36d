"""Text a storage backend can hold, made at the boundary; the journal keeps the original.

openpyxl refuses C0 control characters other than tab, LF and CR (`IllegalCharacterError`), and a lone
surrogate (from a badly encoded letter) cannot be written as UTF-8 at all. A citizen's text with one of
them must still reach the register, so each is shown as a visible mark instead of being dropped: a
control character as its Unicode "control picture" (U+0001 → ␁, U+001B → ␛), a surrogate as U+FFFD.
Idempotent (clean(clean(x)) == clean(x)), so a value read back equals the value written. Pure.
"""

from __future__ import annotations

import re

# C0 controls but tab, LF and CR (what openpyxl's ILLEGAL_CHARACTERS_RE refuses), DEL, and lone surrogates.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _mark(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code == 0x7F:
        return "\u2421"  # ␡
    if code < 0x20:
        return chr(0x2400 + code)
    return "\ufffd"


def cell_text(text: str) -> str:
    """`text` with every character a spreadsheet cannot hold replaced by a visible mark."""
    if not text or _UNSTORABLE.search(text) is None:
        return text
    return _UNSTORABLE.sub(_mark, text)


def cell_value(value: object) -> object:
    """Like `cell_text` for strings; any other value (a date, None) as it is."""
    return cell_text(value) if isinstance(value, str) else value


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a space and never inside a mask such as "[họ tên]"
    (an agency reading "[họ t…" would wonder what was cut), with "…" where it was cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    opened = cut.rfind("[")
    if opened > cut.rfind("]") and opened > limit // 2:
        cut = cut[:opened]
    return cut.rstrip(" ,;:-–") + "…"
