"""Homes named aside from the letter's site: the owner's private home, the home the writer shares (for `homes`).

Pure, no I/O; patterns on the folded text before a number, back to the start of its sentence. `homes` still makes
the number the site's when a nuisance made there is said right after it:
- the owner of the business the letter is about, then their own home: "Chủ xưởng là bà [họ tên], nhà riêng của bà
  ấy ở số 120 Lạc Long Quân" (the workshop is elsewhere; GUIDE.md: "chủ nhà là ông Đức ở số 33 phố khác" goes);
  not the business's own number ("Chủ quán là ông X, quán ở số 5": no home named); also told by "ở" right after the
  owner's name, no "nhà" ("chủ tiệm là bà [họ tên] ở số 140", "chủ nhà là bà [họ tên] ở số 4": p-4667, p-4677);
- the home of someone the writer lives with, told by "nhà nó", "nhà nó là": "tui ở với con gái, nhà nó 17 hẻm 5"
  ("nhà nó là nhà số 15" after a nuisance is the nuisance's home: the writer lives there, not the offender).
"""

from __future__ import annotations

import re

_PERSON = r"(?:ong|ba|anh|chi|co|chu|bac|cu)"
# "chủ xưởng là bà [họ tên], nhà riêng của bà ấy ở ", "chủ quán là ông [họ tên], nhà ở ", "chủ nhà trọ, ông [họ tên] (nhà ở "
_OWNER_HOME = re.compile(
    r"\bchu\s(?:xuong|quan|tiem|cua hang|co so|cong trinh|kho|bai xe|gara|nha hang|nha tro|day tro|khu tro|nha xuong)\b"
    r"[^.;!?\n]{0,30}\[ho ten\][^.;!?\n\[]{0,12}?[,(]?\s?(?:con\s)?"
    r"nha(?:\s(?:rieng|o|rieng thi|o thi))?(?:\s(?:cua\s)?" + _PERSON + r"\s(?:ay|ta|\[ho ten\]))?"
    r"\s(?:(?:lai\s)?(?:o|tai|la)\s)?(?:nha\s)?$"
    # ... or the owner's home said by "ở" right after the name: "chủ tiệm là bà [họ tên] ở ", "chủ nhà là bà [họ tên] ở "
    r"|\bchu\s(?:xuong|quan|tiem|cua hang|co so|kho|gara|nha hang|nha|dau tu)\b[^.;!?\n]{0,12}\[ho ten\],?\s"
    r"(?:(?:ba|ong|anh|chi|co|chu)\s(?:ay|ta)\s)?(?:(?:hien|dang|van)\s){0,2}(?:o|song o|song tai|o tai)\s$"
)
# "tui ở với con gái, nhà nó ", "tôi ở nhờ nhà em trai, nhà nó là ", "em sống cùng ông bà, nhà ông bà ở "
_SHARED_HOME = re.compile(
    r"\b(?:toi|tui|em|minh|chung toi)\s(?:dang\s|hien\s|van\s|hien dang\s)?(?:o|song)\s(?:voi|cung|nho|chung voi)\s"
    r"(?:\w+\s){0,3}\w+\s?,\s?nha\s(?:no|ho|chung no|(?:ong|ba|anh|chi|co|chu|bac)(?:\s(?:ay|ba))?)\s(?:(?:o|tai|la)\s)?(?:nha\s)?$"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
# The business runs in that home, said later in the sentence: "…, nhà ở số 15 ngõ 4, quán mở ngay tại nhà" (the site).
_RUN_AT_HOME = re.compile(r"\b(?:ngay\s)?tai nha\b|\bo nha luon\b|\bngay trong nha\b")
# ... or the business is the next clause's subject, doing its nuisance there: "Chủ xưởng gỗ là ông [họ tên] ở số 12 ngõ 3,
# xưởng chạy máy cưa suốt đêm" (not "…, xưởng thì ở số 5", "…, quán ở số 5": the business told elsewhere).
_BUSINESS_AGAIN = re.compile(r"^[^,;]{0,40}[,;]\s(?:(?:cai|con)\s)?(?:xuong|quan|tiem|cua hang|co so|gara|nha hang)\b"
                             r"(?!\s(?:\w+\s)?(?:thi|lai|o|tai|nam|con|cua)\b)")


def aside_home(window: str, rest: str = "") -> bool:
    """Whether the folded `window` before a number, cut at its last sentence end, ends on a home named aside from
    the site: a business owner's own home or the home the writer shares (see the module's doc). `rest`, the folded
    text after the number, may show the business runs in that home: then it is the site."""
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    sentence = window[ends[-1] :] if ends else window
    if _OWNER_HOME.search(sentence):
        first = _SENTENCE_END.split(rest, maxsplit=1)[0]
        return not _RUN_AT_HOME.search(first) and not _BUSINESS_AGAIN.search(first)
    if "nha" not in sentence:
        return False
    return bool(_SHARED_HOME.search(sentence))
