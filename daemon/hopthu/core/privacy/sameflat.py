"""One flat said twice, once as the site and once with no cue (for `homes`' flats).

Pure, no I/O. A letter about the flat upstairs names it first with what happens there, then as the thing to check:
"căn hộ 1506 tòa B ngay phía trên thuê thợ đục phá tường … Đề nghị phường kiểm tra việc cải tạo sai phép tại căn hộ
1506 tòa B" (p-3828). The first mention is the site (`homes._flat_is_site`) and stays; the second, judged alone, reads
as a home after "tại". GUIDE.md: the site stays even when it is a home, so every mention of a flat that stays once
stays everywhere. Only flats ("căn hộ", three digits or more): "phòng 5" may be a lodger's room in one sentence and an
office in the next, and a short "căn 2" is no flat's number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

_FLAT = re.compile(r"^can ho\s(?:so\s)?[a-z]{0,2}[\-.]?\d{3}")
# A mention that stays for another reason than being the site: a size or a floor right after it ("căn hộ 120 m2").
_NOT_A_MENTION = re.compile(r"\s?,?\s?(?:\(|-)?\s?(?:tang|phong ngu|m2)\b")


def _key(fold: Callable[[str], str], text: str, span: Span) -> str | None:
    folded = fold(text[span[0] : span[1]]).lower()
    return " ".join(folded.split()) if _FLAT.match(folded) else None


def flats_said_as_site(text: str, homes: list[Span], mentions: Iterable[Span], fold: Callable[[str], str]) -> list[Span]:
    """`homes` less the flats that also stand, among `mentions` (every flat-shaped match of the text), at a mention
    not taken as a home. `fold` folds one character for one (`base.fold_same_length`, handed in)."""
    taken = set(homes)
    sites = {key for span in mentions if span not in taken and (key := _key(fold, text, span)) is not None
             and not _NOT_A_MENTION.match(fold(text[span[1] : span[1] + 20]))}
    if not sites:
        return homes
    return [span for span in homes if _key(fold, text, span) not in sites]
