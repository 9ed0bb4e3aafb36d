"""A capitalised word that is a time of day before a date or a day word, not a given name: "Sáng 3/12 tôi đến …" in a
letter naming "ông Lò Văn Sáng" later, "Sáng nay", "Sáng hôm qua", "Sáng thứ hai".

Pure, no I/O, and it imports nothing of hopthu (`names` asks it before it takes a given name found once again alone).
Only "Sáng" is both a given name and a time of day among the words a letter opens a sentence with; a digit or a day
word must follow, so "Sáng bảo tôi …" (the man himself) is still a name.
"""

from __future__ import annotations

import re

_TIME_THEN_DAY = re.compile(r"(?:Sáng|SÁNG)\s(?:\d|nay|qua|mai|hôm|ngày|thứ|chủ nhật|mùng|mồng|sớm)(?!\w)")


def is_time_of_day(text: str, start: int) -> bool:
    """Whether the word at `start` is "Sáng" (morning) before a date, a time or a day word."""
    return _TIME_THEN_DAY.match(text, start) is not None
