"""A capitalised word that is a time of day before a date or a day word, not a given name: "Sáng 3/12 tôi đến …" in a
letter naming "ông Lò Văn Sáng" later, "Sáng nay", "Sáng hôm qua", "Sáng thứ hai". Also "chu nhat" without marks
after a day word ("hom chu nhat", "sáng chu nhat"): Sunday, not "chú Nhật"; and an unmarked "Chau" opening a thank-you
("Chau cam on.") in a letter signed "… Minh Chau": "Cháu" (the writer's pronoun), not the given name "Châu".

Pure, no I/O, and it imports nothing of hopthu (`names` asks it before it takes a given name found once again alone).
Only "Sáng" is both a given name and a time of day among the words a letter opens a sentence with; a digit or a day
word must follow, so "Sáng bảo tôi …" (the man himself) is still a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_TIME_THEN_DAY = re.compile(r"(?:Sáng|SÁNG)\s(?:\d|nay|qua|mai|hôm|ngày|thứ|chủ nhật|mùng|mồng|sớm)(?!\w)")


def is_time_of_day(text: str, start: int) -> bool:
    """Whether the word at `start` is "Sáng" (morning) before a date, a time or a day word."""
    return _TIME_THEN_DAY.match(text, start) is not None


# Folded: a day word right before "chu nhat" (not "chú Nhật", an uncle called Nhật).
_DAY_BEFORE = re.compile(r"(?<!\w)(?:hom|ngay|sang|chieu|toi|trua|dem|khuya|cac|moi|vao|tu|den|cuoi tuan|bay va|bay,)\s?chu\s$")


def drop_sundays(text: str, fold: Callable[[str], str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less a lower-case "nhat" after "hom chu", "ngay chu", "sang chu" …: "hom chu nhat" is Sunday."""
    if "nhat" not in text:
        return spans
    return [(s, e) for s, e in spans
            if not (text[s:e] == "nhat" and _DAY_BEFORE.search(fold(text[max(0, s - 16) : s]).lower()))]


# Unmarked, opening a sentence: "Chau cam on", "Chau xin chan thanh cam on", "Chau kinh mong".
_THANKS_PRONOUN = re.compile(r"Chau\s(?:xin\s)?(?:chan thanh\s)?(?:cam on|kinh|mong|rat mong|xin phep)(?!\w)")


def is_pronoun_opening(text: str, start: int) -> bool:
    """Whether the unmarked "Chau" at `start` opens a sentence as the writer's "Cháu" ("Chau cam on.")."""
    return (start == 0 or text[max(0, start - 2) : start].strip() in ("", ".", "!", ",")) \
        and _THANKS_PRONOUN.match(text, start) is not None


def not_given_here(text: str, start: int) -> bool:
    """Whether the word at `start`, spelled like a private person's given name, is a time of day or "Cháu" here."""
    return is_time_of_day(text, start) or is_pronoun_opening(text, start)
