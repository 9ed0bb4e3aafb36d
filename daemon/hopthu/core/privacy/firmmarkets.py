"""A firm's or a market's name made of a person's name: no private person (for the pipeline).

Pure, no I/O, and it imports nothing of hopthu: `privacy/__init__.py` hands it the fold and the name spans.
- A company by its registered name, its legal form and trade words between "công ty" and the name: "Công ty TNHH
  Xây dựng Quang Minh", "Cty CP Thương mại và Dịch vụ Hùng Cường". `signs` already keeps "công ty Quang Minh";
  the trade words put the name out of its reach. Its director or site manager named as a person still goes.
- A market named after a person ("chợ Nguyễn Công Trứ"), typed without marks: "cho" is also "cho" (for, to) and
  "chỗ" (someone's place), so only after a word that places it inside or around the market ("trong cho Nguyen Cong
  Tru", "quanh cho …", "khu cho …", as `elderplaces` reads "goc cho Ba Chieu"); once so placed, the same words after
  "cho" elsewhere in the text are the market too ("o cho Nguyen Cong Tru"). "chuyen tien cho Nguyen Van An" stays
  a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]  # as base.Span; no imports from the package (the import chain stays short)

# Folded: the firm's word, then one to six words of legal form or trade, right before the name.
_FORM = (r"tnhh|mtv|mot thanh vien|co phan|cp|tm|dv|xd|hop danh|thuong mai|dich vu|xay dung|dau tu|van tai|san xuat"
         r"|ky thuat|cong nghe|moi truong|bat dong san|noi that|vat lieu|xuat nhap khau|phat trien|tu van|thiet ke|co khi"
         r"|dien|dien tu|bao ve|ve sinh|thuc pham|may mac|du lich|quang cao|xang dau|va")
_FIRM_BEFORE = re.compile(r"(?<!\w)(?:cong ty|cty|tap doan|hop tac xa|htx)(?: (?:" + _FORM + r")){1,6}(?<! va) $")  # not "công ty xây dựng và X"
# Folded: a word that puts the market around the name ("trong chợ", "quanh chợ", "góc chợ", "khu chợ").
_MARKET_BEFORE = re.compile(r"(?<!\w)(?:khu vuc|khu|goc|dau|cuoi|trong|ngoai|quanh|giua) cho $")
# Unmarked, the market said again: "cho" after a word of going or being somewhere ("o cho X", "ra cho X"), not after
# a giving verb ("chuyen tien cho X", "vay cho X"); marked, only "chợ" itself ("cho X" is "for X").
_MARKET_AGAIN_UNMARKED = re.compile(r"(?<!\w)(?:o|tai|ra|vao|den|toi|di|qua|khu vuc|khu|goc|dau|cuoi|trong|ngoai|quanh|giua) cho $")
_MARKED = re.compile(r"[À-ÖØ-öø-ỹ]")


def drop_firms_and_markets(text: str, fold: Callable[[str], str], spans: list[Span]) -> list[Span]:
    """`spans` less the names that are a firm's registered name or a placed market's name (see the module's text)."""
    if not spans:
        return spans
    folded = fold(text)
    markets = {folded[s:e] for s, e in spans
               if e - s > 3 and _MARKET_BEFORE.search(folded, max(0, s - 20), s) and " " in text[s:e]}
    marked = bool(_MARKED.search(text))
    firms = {(s, e) for s, e in spans if _FIRM_BEFORE.search(folded[max(0, s - 80) : s])}
    # a person's name said as a person elsewhere in the text is that person's, in the firm's name too (GUIDE rule 8)
    people = {folded[s:e] for s, e in spans if (s, e) not in firms}
    kept = []
    for start, end in spans:
        if (start, end) in firms and folded[start:end] not in people:
            continue  # "Công ty TNHH Xây dựng Quang Minh"
        if folded[start:end] in markets and (text[max(0, start - 4) : start].lower() == "chợ " if marked
                                             else _MARKET_AGAIN_UNMARKED.search(folded, max(0, start - 20), start)):
            continue  # "trong cho Nguyen Cong Tru" and "o cho Nguyen Cong Tru" again
        kept.append((start, end))
    return kept
