"""Harassment cues: a call to harass a person whose home or phone is given out, and sexual harassment of a person
addressed. Pure, no I/O.

One of the abuse cues (`core.abusive`), beside `core.threats` and `core.menace`. Each class is read with
diacritics when the text has them and folded when it has none, and none counts when the writer reports or
suffered it ("kẻ gian nhắn tin: …", "bị bọn đòi nợ gọi điện ngày đêm"):

* **a call to harass**: calling, texting or sending cash-on-delivery parcels to the person written about day and
  night or "for fun" ("ae gọi điện hỏi thăm nó ngày đêm", "đặt đồ ship cod về nhà nó cho vui");
* **sexual harassment**: a person's body appraised ("mông to ngực đẹp"), twice or with a come-on ("cho anh xin
  Zalo", "đi nhà nghỉ", "ngắm em");
* **stalking**: a woman addressed waited for at her gate, sought in her room, told not to block the writer, twice
  or with a come-on.
"""

from __future__ import annotations

import re

from hopthu.core.cuewords import Forms, Phrases
from hopthu.core.textnorm import fold

#: The person written about, or their home: not "đòi nợ" ("doi no" when folded), a debt.
_TARGET = r"(?<!đòi )(?<!trả )(?<!tiền )(?<!khoản )(?:nó|hắn|mụ|lão|nhà nó|nhà hắn|nhà mụ|nhà lão|con mụ đó|thằng đó)"
_HARASS = (r"(?:gọi điện|gọi|nhắn tin|nhắn|khủng bố|spam|đặt đồ|đặt hàng|ship|réo)(?:\s\w+){0,3}?\s" + _TARGET
           + r"(?:\s\w+){0,3}?\s(?:ngày đêm|ngày lẫn đêm|cả ngày lẫn đêm|suốt ngày|thâu đêm|cả đêm|cho vui|cho nó sợ"
           r"|cho nó chừa|cho bõ|cho nó hết|cho nó điên|liên tục)")
_HARASS_MARKED = re.compile(r"(?<!\w)" + _HARASS + r"(?!\w)")
_HARASS_PLAIN = re.compile(r"(?<!\w)" + fold(_HARASS) + r"(?!\w)")
#: The writer suffered it: "bị bọn đòi nợ gọi điện …" (folded, the 40 characters before).
_SUFFERED = re.compile(r"(?<!\w)bi(?!\w)")

#: A body appraised.
_BODY = Phrases(
    "mông to", "mông đẹp", "mông cong", "ngực to", "ngực đẹp", "ngực khủng", "vòng một khủng", "vòng 1 khủng",
    "body nóng bỏng", "body chuẩn", "dáng ngon", "nhìn ngon quá", "hàng khủng", "chân dài miên man",
)
#: A come-on.
_COME_ON = Phrases(
    "đi nhà nghỉ", "vào nhà nghỉ", "đi khách sạn", "qua đêm với anh", "ngủ với anh", "cho anh xin zalo",
    "cho anh xin số", "cho anh xin sđt", "làm việc riêng", "ngắm em", "em xinh quá", "xinh quá", "cho anh hôn",
    "đi với anh", "làm người yêu anh",
)

#: A woman addressed stalked: waited for at her gate, sought in her room, told not to block the writer ("tối nay anh
#: đứng đợi ở cổng nhà em, không ra thì anh tìm lên tận phòng ngủ. Đừng có chặn số anh nữa"). Two, or one with a
#: come-on or a body appraised.
_HER = r"(?:em|cô|chị|nàng)"
#: The stalker is the writer ("anh", "tao"), not someone the writer reports ("anh ta", "hắn ngày nào cũng đứng đợi …").
_STALKER = r"(?:anh|tao)(?! ta| ấy)(?: \w+){0,3}? "
_STALK = (_STALKER + r"(?:đứng |ngồi )?(?:đợi|chờ|rình)(?: " + _HER + r")? (?:ở |trước |ngoài )?"
          r"(?:cổng|cửa|ngõ|nhà|phòng) (?:nhà )?" + _HER
          + r"|" + _STALKER + r"(?:tìm|mò|đến|tới|vào|lên)(?: lên| đến| tới| vào)?(?: tận)?"
          r" (?:phòng ngủ|phòng riêng|giường)(?: " + _HER + r")?"
          r"|(?:đừng|không được|cấm|sao lại|sao)(?: có)? (?:chặn|block) (?:số|zalo|facebook|fb|nick|máy)(?: của)? anh")
_STALK_MARKED = re.compile(r"(?<!\w)" + _STALK + r"(?!\w)")
_STALK_PLAIN = re.compile(r"(?<!\w)" + fold(_STALK) + r"(?!\w)")


def harassment(forms: Forms, reported: re.Pattern[str], window: int) -> list[str]:
    """The calls to harass and the sexual harassment in `forms`; `reported` (folded, the `window` characters before a
    find) marks one the writer only reports."""
    folded = forms.folded
    read = forms.marked if forms.strict else folded
    found = [m.group(0) for m in (_HARASS_MARKED if forms.strict else _HARASS_PLAIN).finditer(read)
             if not reported.search(folded, max(0, m.start() - window), m.start())
             and not _SUFFERED.search(folded, max(0, m.start() - 40), m.start())]
    body = [span for span in _BODY.spans(forms) if not reported.search(folded, max(0, span[0] - window), span[0])]
    if len(body) >= 2 or body and _COME_ON.found(forms):
        found.append(forms.marked[body[0][0]:body[0][1]])
    stalk = [m.group(0) for m in (_STALK_MARKED if forms.strict else _STALK_PLAIN).finditer(read)
             if not reported.search(folded, max(0, m.start() - window), m.start())
             and not _SUFFERED.search(folded, max(0, m.start() - 40), m.start())]
    if len(stalk) >= 2 or stalk and (body or _COME_ON.found(forms)):
        found.append(stalk[0])
    return found
