"""A capitalised word that is a time of day before a date or a day word, not a given name: "Sáng 3/12 tôi đến …" in a
letter naming "ông Lò Văn Sáng" later, "Sáng nay", "Sáng hôm qua", "Sáng thứ hai". Also Sunday, the one place
that tells it (`is_sunday`): "chủ nhật", "hom chu nhat", "sáng chu nhat", "t7 cn", not "chú Nhật" nor "CN." (cử
nhân); and an unmarked "Chau" opening a thank-you ("Chau cam on.") in a letter signed "… Minh Chau": "Cháu" (the
writer's pronoun), not the given name "Châu".

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


# Folded: a day or a time right before Sunday ("hom chu nhat", "sang chu nhat", "thu bay va chu nhat", "t7 cn",
# "toi cn"), or a day word right after it ("chu nhat nay", "chu nhat tuan truoc"); a sentence may open with it too.
_DAY_BEFORE = re.compile(r"(?:(?<!\w)(?:hom|ngay|sang|chieu|toi|trua|dem|khuya|cac|moi|vao|tu|den|ca|cuoi tuan)"
                         r"|(?:(?<!\w)bay|\d)(?: va|,)?)\s?$")
_DAY_AFTER = re.compile(r"\s(?:nay|tuan|vua|hang tuan|nao)(?!\w)")
_OPENS = re.compile(r"[.!?:\n]\s?$")
_SUNDAY_TITLE = re.compile(r"(?<!\w)cn\.? ?")  # as "cn" in leadins.PRIVATE_TITLE


def is_sunday(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the word text[start:end] is Sunday, no person's name nor title: a lower-case "nhật"/"nhat" after
    "chủ" (with marks, always the day), or after an unmarked "chu" with a day or a time before it ("hom chu nhat",
    "thu bay va chu nhat"), a day word after it ("chu nhat nay") or opening a sentence ("Chu nhat con cho xe tai");
    or "cn" after a day or a time ("t7 cn", "tối cn"), not "CN." (cử nhân). A lower-case "nhat" after "chu" alone
    may be "chú Nhật" ("toi bi chu nhat hang xom danh"): it stays a name. `folded` is `text` folded, lower case,
    one character for one. The one place that tells Sunday (`names`, `__init__` ask it)."""
    word = folded[start:end]
    if word == "cn":
        return _DAY_BEFORE.search(folded, max(0, start - 14), start) is not None
    chu = start - 4
    if word != "nhat" or not text[start:end].islower() or chu < 0 or folded[chu:start] != "chu " \
            or folded[chu - 1 : chu].isalnum():
        return False
    if text[chu : chu + 3] in ("chủ", "Chủ", "CHỦ"):
        return True
    return text[chu : chu + 3] in ("chu", "Chu", "CHU") and (
        _DAY_BEFORE.search(folded, max(0, chu - 14), chu) is not None or _DAY_AFTER.match(folded, end) is not None
        or chu == 0 or _OPENS.search(text, max(0, chu - 2), chu) is not None)


def drop_sundays(text: str, fold: Callable[[str], str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less the ones that are Sunday (`is_sunday`)."""
    folded = fold(text)
    if "nhat" not in folded:
        return spans
    return [(s, e) for s, e in spans if not is_sunday(text, folded, s, e)]


def sunday_title_ends(folded: str) -> set[int]:
    """Where a "cn" that `leadins.PRIVATE_TITLE` reads as a title (cử nhân) ends when it is Sunday ("t7 cn"), and
    one further (a quote may follow it)."""
    if "cn" not in folded:
        return set()
    ends = {m.end() for m in _SUNDAY_TITLE.finditer(folded) if is_sunday(folded, folded, m.start(), m.start() + 2)}
    return ends | {e + 1 for e in ends}


# Unmarked, opening a sentence: "Chau cam on", "Chau xin chan thanh cam on", "Chau kinh mong".
_THANKS_PRONOUN = re.compile(r"Chau\s(?:xin\s)?(?:chan thanh\s)?(?:cam on|kinh|mong|rat mong|xin phep)(?!\w)")


def is_pronoun_opening(text: str, start: int) -> bool:
    """Whether the unmarked "Chau" at `start` opens a sentence as the writer's "Cháu" ("Chau cam on.")."""
    return (start == 0 or text[max(0, start - 2) : start].strip() in ("", ".", "!", ",")) \
        and _THANKS_PRONOUN.match(text, start) is not None


def not_given_here(text: str, start: int) -> bool:
    """Whether the word at `start`, spelled like a private person's given name, is a time of day or "Cháu" here."""
    return is_time_of_day(text, start) or is_pronoun_opening(text, start)
