"""A home that is the letter's site though its nuisance is told a little away from its number (for `homes`).

Pure, no I/O; patterns on the folded text around a house number. `homes` looks for what happens at a number in
the 60 characters after it; these shapes tell it further on, or before the number:
- the owners named between the address and the nuisance: "ngôi nhà số 6 ngách 15/4 ngõ 15 phố Đội Cấn của ông bà
  [họ tên] và [họ tên] đang phá dỡ" (the house being torn down is the site, the owners' names go);
- a stock kept there for sale: "nhà số 22 ngõ 40 … đang chứa hàng trăm bình gas để bán buôn";
- the nuisance in the next sentence, told of "this household": "sát vách hộ nhà số 31 hẻm 9 …. Hộ này nuôi cả trăm
  con chim bồ câu";
- work on the home's wall or gate right before its number: "hộ ông [họ tên] xây lại bức tường rào nhà số 15 ngõ 7 …,
  lấn ra lối đi chung" (not when the writer does the work: "Gia đình em định làm lại cổng nhà số 15 …").
None when the writer or their kin opens the sentence ("Mẹ tôi ở số 8 ngõ 4 đang chứa vài bình gas để bán").
And the other way (`done_away`): the nuisance said right after a person's home but carried out on an empty lot later
in the sentence ("Ông [họ tên] ở nhà số 7 ngõ 101 đốt rác, đốt cả nhựa … ở bãi đất trống cuối ngõ 101"): the site
is the lot, the number is where the person lives.
"""

from __future__ import annotations

import re

_PERSON = r"(?:ong|ba|anh|chi|co|chu|bac|cu|vo chong|gia dinh|ho)"
# "của ông bà [họ tên] và [họ tên] ", "của gia đình anh [họ tên] "
_OWNERS = re.compile(r"^[^,.;:\n]{0,60}?\bcua\s(?:" + _PERSON + r"\s){0,2}\[ho ten\]"
                     r"(?:\s(?:va|voi)\s(?:" + _PERSON + r"\s)?\[ho ten\])?\s")
_STOCK = re.compile(r"\b(?:chua|tich tru|tap ket)\s(?:\w+\s){0,3}(?:binh gas|gas|hoa chat|xang|phao|phe lieu)\b"
                    r"|\bsang chiet\b")  # not "bán buôn" alone: "nhà số 22 … chuyên bán buôn hoa quả" is a trade
# "Hộ này …", "Nhà đó …", "Gia đình này …" opening the next sentence.
_THIS_HOUSE = re.compile(r"^[^.;!?\n]{0,40}\.\s?(?:ho|nha|gia dinh|can nha|ngoi nha)\s(?:nay|do|ay|kia)\s")
_WALL_WORK = re.compile(r"\b(?:xay|no|dung|lam)\s(?:lai\s|moi\s|them\s)?(?:buc\s)?(?:tuong rao|tuong bao|tuong|cong"
                        r"|mai che|mai ton|bac tam cap|ban cong)\s(?:cua\s)?nha\s$")
# The writer or their kin opening the number's clause as the subject ("Tôi là [họ tên], nhà số 22 …", "Mẹ tôi ở số 8 …",
# "Gia đình em định làm lại cổng nhà số 15 …"): their own home, not a site; "Em xin phản ánh hộ …" tells of another's.
_WRITER_SUBJECT = re.compile(
    r"^\s?(?:toi|tui|em|minh|chung toi|(?:gia dinh|nha|bo|me|ba|ong|vo|chong|con|anh|chi|co|chu|bac|di|cau)\s"
    r"(?:toi|tui|em|minh))\s(?!xin\b|phan anh|bao\b|to cao|kien nghi|de nghi|thay\b|nghe\b|thac mac)"
)
_OWN_SUBJECT = re.compile(r"(?:^|\s)(?:toi|tui|em|minh|chung toi|gia dinh (?:toi|tui|em|minh))\s(?:\S+\s){0,3}$")
_OWN = re.compile(r"^\s?(?:\S+\s){0,8}?cua\s(?:toi|tui|em|minh|chung toi|gia dinh toi)\b")
_SUFFERS = re.compile(r"\b(?:bi|do|vi)\b")
# An empty lot or a dump where the deed is done, later in the same sentence.
_LOT = re.compile(r"\b(?:o|tai)\s(?:bai dat|bai trong|khu dat|dat trong|bai rac)\b")


def _said(rest: str, site: re.Pattern[str]) -> bool:
    m = site.search(rest)
    return bool(m and not _SUFFERS.search(rest, 0, m.start()))


def site_beyond(before: str, rest: str, site: re.Pattern[str]) -> bool:
    """Whether the number is the site by one of the shapes in the module's doc. `before` is the folded clause before
    the number, `rest` the folded text after it (about 200 characters), `site` what happens at a site (`homes`)."""
    if _WRITER_SUBJECT.match(before.rsplit(",", 1)[-1]):
        return False  # not "Tôi ở [nơi ở] hẻm 9, sát vách hộ nhà số 31 …. Hộ này nuôi …": the writer's clause ended
    clause = re.split(r"[,.;:\n]", rest, maxsplit=1)[0]
    owners = _OWNERS.match(clause)
    if owners and _said(clause[owners.end() : owners.end() + 40], site):
        return True
    stock = _STOCK.search(clause)
    if stock and not _SUFFERS.search(clause, 0, stock.start()):
        return True
    this = _THIS_HOUSE.match(rest)
    if this and _said(re.split(r"[.;!?\n]", rest[this.end() :], maxsplit=1)[0][:60], site):
        return True
    wall = _WALL_WORK.search(before)
    return bool(wall and not _OWN_SUBJECT.search(before, 0, wall.start()) and not _OWN.match(clause))


def done_away(rest: str) -> bool:
    """Whether the folded text after a number's first comma, to the sentence's end, puts the deed on an empty lot."""
    sentence = re.split(r"[.;!?\n]", rest, maxsplit=1)[0]
    parts = sentence.split(",", 1)
    return len(parts) > 1 and done_on_lot(parts[1])


def done_on_lot(clause: str) -> bool:
    """Whether the folded clause puts the deed on an empty lot, no other home named before the lot."""
    lot = _LOT.search(clause)
    return bool(lot and not re.search(r"\bnha\b", clause[: lot.start()]))
