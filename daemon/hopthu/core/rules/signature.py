"""The writer's signature block at a letter's end: who signs, no matter of the letter.

Owns: finding the last sentences of a text that only sign the letter off ("Trân trọng.", "Thay mặt Chi hội người
cao tuổi tổ 19: Trần Văn Kỳ, 0904 716 328", "TM. Ban công tác Mặt trận khu dân cư số 3", "Người làm đơn:
Nguyễn Văn An", "(đã ký)", a name, an address or a phone line after them). Like the writer's introduction
("Tôi là ...", `Place.intro`), the signer's organisation names who writes: a body named there ("Chi hội người
cao tuổi", "Hội phụ nữ tổ 5") is no second matter for that body.

A block is anchored by a sign-off word opening a short sentence, or a short sentence holding a phone number;
the short lines after the first anchor (a name, "Tổ dân phố 7") belong to it; a short closing thanks anchors
it only when a line follows. Read from the end, at most
`REACH` characters back, so the cost is bounded whatever the letter's length. Never the whole letter: a
sentence with something else must stand before the block (a letter that is only a sign-off keeps its words).
Pure text arithmetic on the ``fold_case`` text, diacritics or not (`textnorm.afold`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from hopthu.core.textnorm import afold, written_with_marks

REACH = 320  # characters from the end a signature block may start at
SHORT = 60  # a line of a signature block after its anchor: a name, an organisation, an address, a phone
ANCHOR_MAX = 100  # a sign-off sentence ("Thay mặt Chi hội người cao tuổi tổ 19: Trần Văn Kỳ, 0904 716 328"); "Đại
# diện ..." only as short as a line of the block ("Đại diện công ty điện lực đã hẹn mà không đến" is a matter)
_TRIM = " -–•*()[]\"'.,:;!?"
# A sign-off word opening its sentence (accent-free: the text folded by `afold`).
_SIGN_OFF = re.compile(r"(?:thay mat|tm|t/m|dai dien|nguoi (?:viet(?: thu| don)?|lam don|gui(?: thu| don)?|phan anh"
                       r"|kien nghi|de nghi|bao tin|ky)|ky ten|da ky|ky va ghi ro ho ten|kinh thu|tran trong"
                       r"|than ai|xac nhan cua)(?!\w)")
_ASKING = ("nguoi kien nghi", "nguoi de nghi")  # sign-off words a request cue stands in
# A line that goes on with the letter, not its sign-off: a postscript ("P/S: ...", "P.S." split at its dot, "TB"), a
# Form's content field, a further point ("Còn việc ...", "Ngoài ra ..."), an urgent call: the block ends before it
_GOES_ON = re.compile(r"(?:p ?[/.]? ?s|tb|t/b|noi dung|con (?:viec|chuyen|vu|nua|co|them)|ngoai ra|them nua|nhan tien"
                      r"|luu y|chu y|bo sung|gap|khan|cap cuu|cuu (?:voi|toi|em|giup))(?!\w)|p$")
# A short line that tells something (what happened, is happening, was not done: "Nhà em còn bị trộm mất xe máy
# đêm qua", "Con tôi bị bại não 12 tuổi"): no name, organisation, address nor phone of a signer. Read with the
# letter's marks, as names share the bare forms ("Nguyễn Văn Hùng", "Đặng", "Lại", "Đà Nẵng"); "(đã ký)" signs
_TELLS = re.compile(r"(?<!\w)(?:đã(?! ký)|đang|không|chưa|vẫn|sẽ|rồi|bị|vừa)(?!\w)")
_TELLS_BARE = re.compile(r"(?<!\w)(?:khong|chua|roi|bi)(?!\w)")
# A short closing thanks of its own ("Xin chân thành cảm ơn!"), not a thanks for a deed; an anchor only with a line
# after it ("Xin cảm ơn!\nHội phụ nữ tổ 5"): a thank-you letter's last "Cảm ơn phường." may be its very matter
_THANKS = re.compile(r"(?:xin |chan thanh |rat |tran trong |kinh )*cam on(?: (?:nhieu|rat nhieu|anh chi|cac anh chi"
                     r"|phuong|quy co quan|ban))?")
_PHONE = re.compile(r"(?<!\d)(?:\+84|0)\d{2,3}(?:[ .]?\d){6,8}(?!\d)")


def signature(value: str, starts: Sequence[int], request: Set[int], main: Set[int], skip: Set[int]) -> set[int]:
    """Indexes (of `starts`, in the ``fold_case`` `value`) of the sentences of the letter's signature block:
    from its first anchor to the end; none when no anchor, or when nothing but `skip` (the salutation) and
    empty sentences stands before it. A sentence holding a request (`request`, but for "Người đề nghị: ...")
    or naming the main issue (`main`) ends the search: what the letter asks is no sign-off."""
    n = len(starts)
    first: int | None = None
    last: int | None = None  # the last sentence that says something
    tells = _TELLS if written_with_marks(value[-REACH:]) else _TELLS_BARE
    si = n - 1
    while si >= 0 and len(value) - starts[si] <= REACH:
        end = starts[si + 1] if si + 1 < n else len(value)
        said = afold(value[starts[si]:end]).strip(_TRIM)
        if said:
            last = si if last is None else last
            if si in main:
                break
            m = _SIGN_OFF.match(said)
            told = tells.search(value[starts[si]:end])
            if _GOES_ON.match(said) or not m and told:
                break  # what follows it is the letter's, and a block before it ends there
            if m and m.group() == "dai dien" and told:
                m = None  # "Đại diện công ty điện lực đã hẹn mà không đến": a matter, no signer
            if m and len(said) <= (SHORT if m.group() == "dai dien" else ANCHOR_MAX) \
                    and (si not in request or m.group().startswith(_ASKING)) \
                    or len(said) <= SHORT and (si not in request and _PHONE.search(said)  # "xin" asks nothing here
                                               or si < last and _THANKS.fullmatch(said)):
                first = si
            elif len(said) > SHORT or si in request:
                break
        si -= 1
    if first is None:
        return set()
    ends = [*starts[1:], len(value)]
    if not any(value[starts[i]:ends[i]].strip(_TRIM) for i in range(first) if i not in skip):
        return set()  # only a sign-off (after a salutation at most): its words are all the letter says
    return set(range(first, n))
