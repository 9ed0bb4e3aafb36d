"""A place's name read as a person's after a word that is both a place's kind and a kinship word (for the pipeline).

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold and its test of a place.
Written without marks, "cau" is "cầu" (a bridge) and "cậu" (an uncle), "cho" is "chợ" (a market) and "cho" (for),
"den" is "đền" (a temple) and "đến" (to), "ho" is "hồ" (a lake) and "họ" (a surname, "they"): "doan tu cau Kim Nguu
den nga tu Lo Duc" reads "cậu Kim Nguu". When the same two to four capitalised words also stand elsewhere in the
text right after a place's word ("pho Kim Nguu"), they are that place's name here too, not a person's. One name
said only after the ambiguous word ("gui tien cho cau Minh Khoa") stays a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# Folded, right before the name: a place's kind whose folded spelling is also a kinship or common word.
_AMBIGUOUS_BEFORE = re.compile(r"(?:^|[^\w])(?:cau|cho|den|dinh|ho|ben|chua)[ \t]\Z")
# As written, the word before: a place's spelling ("cầu", "chợ", …), or bare in a text written without marks; in a text
# with marks a bare "cho" is "for" and "cậu", "đến", "họ" are no places: "cho cậu Thanh Xuân vay tiền".
_PLACE_WRITTEN = re.compile(r"(?i)(?:^|[^\w])(?:cầu|chợ|đền|đình|hồ|bến|chùa)[ \t]\Z")
_BARE_BEFORE = re.compile(r"(?i)(?:^|[^\w])(?:cau|cho|den|dinh|ho|ben|chua)[ \t]\Z")
_MARKED = re.compile(r"[À-ÖØ-öø-ỹ]")  # a letter with marks (Latin-1 and Vietnamese), not a dash or a quote
_RUN = re.compile(r"[^\W\d_]{1,10}(?:[ \t][^\W\d_]{1,10}){1,3}")


def _place_word_before(before: str, unmarked: bool) -> bool:
    """Whether `before` ends with a place's word as written ("cầu "), or a bare one ("cau ") in a text without marks."""
    return bool(_PLACE_WRITTEN.search(before) or unmarked and _BARE_BEFORE.search(before))


def drop_placed_again(text: str, spans: list[Span], fold: Callable[[str], str],
                      placed: Callable[[str, int, str], bool]) -> list[Span]:
    """`spans` less a capitalised run of two to four words after "cau"/"cho"/"den"/… that the text also places
    elsewhere ("pho Kim Nguu"); `placed(text, start, first_word)` tells whether a place's word stands before `start`."""
    if not spans:
        return spans
    folded = fold(text)
    unmarked = _MARKED.search(text) is None  # once per text, not once per name
    kept = []
    placed_at: dict[str, list[int]] = {}  # each run looked up once in the whole text, at most _LOOKUPS runs
    for start, end in spans:
        run = text[start:end]
        if _RUN.fullmatch(run) and all(w[0].isupper() for w in run.split()) \
                and _AMBIGUOUS_BEFORE.search(folded[max(0, start - 12) : start]) \
                and _place_word_before(text[max(0, start - 12) : start], unmarked) \
                and (run in placed_at or len(placed_at) < _LOOKUPS):
            if run not in placed_at:
                placed_at[run] = _placed_starts(text, run, placed)
            if any(at != start for at in placed_at[run]):
                continue
        kept.append((start, end))
    return kept


# A letter names a few such places; a text with more such runs keeps the rest as names (linear on any text).
_LOOKUPS = 16


def _placed_starts(text: str, run: str, placed: Callable[[str, int, str], bool]) -> list[int]:
    """Where `run` stands as whole words after a place's word."""
    first = run.split()[0]
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(run) + r"(?!\w)", text)
            if placed(text, m.start(), first)]
