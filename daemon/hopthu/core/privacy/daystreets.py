"""Words `names` takes for a person's that are a day or a street here (for the pipeline's names).

Pure, no I/O, and it imports nothing of hopthu.
- "chủ nhật" (Sunday) written in lower case: after "chủ"/"chu", a lower-case "nhật"/"nhat" is the day ("ca chủ nhật
  cũng làm", "thu bay va chu nhat"), not uncle Nhật ("chú Nhật", capitalised, stays a name).
- a street right after the pavement it runs along: "đỗ trên vỉa hè Lê Văn Việt", "lan chiem via he Pham Van Dong".
  Streets are named after famous people in full; two to four capitalised words there are the street, not a person.
"""

from __future__ import annotations

import re

_SUNDAY_BEFORE = re.compile(r"(?<!\w)(?:chủ|chu|Chủ|Chu|CHỦ|CHU)\s\Z")
_PAVEMENT_BEFORE = re.compile(r"(?<!\w)(?:vỉa hè|via he|hè phố|he pho|lề đường|le duong)\s\Z", re.IGNORECASE)
_FULL_NAME = re.compile(r"[^\W\d_]{1,8}(?:\s[^\W\d_]{1,8}){1,3}")


def drop_days_and_streets(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less a lower-case "nhật" after "chủ" (Sunday) and a full name right after "vỉa hè" (a street)."""
    kept = []
    for s, e in spans:
        word = text[s:e]
        before = text[max(0, s - 12) : s]
        if word in ("nhật", "nhat") and _SUNDAY_BEFORE.search(before):
            continue
        if _FULL_NAME.fullmatch(word) and word[0].isupper() and _PAVEMENT_BEFORE.search(before):
            continue
        kept.append((s, e))
    return kept
