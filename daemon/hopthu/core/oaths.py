"""Oaths aimed at a thing: "Đ.m cái cống trước nhà tôi … tắc cả tháng nay" is an angry but real complaint
(tests/eval/routing/GUIDE.md), not abuse, while an oath at a person, an official or a body of the state stays one.
`unsworn` blanks the oaths of such a text before `core.abusive` reads it. Pure, no I/O."""

from __future__ import annotations

import re

from hopthu.core.cuewords import Forms

__all__ = ["unsworn"]


#: An oath's object, right after it: a thing ("đ.m cái cống trước nhà tôi … tắc cả tháng nay", r-5126), unless what
#: follows "cái" is a person, an official or a body of the state ("đm cái thằng tổ trưởng", "đm cái phường này")
#: (folded: a word that folds to a person's word is read as one).
_OATH_AT_THING = re.compile(
    r"\scai\s(?!(?:thang|thg|con|bon|lu|dam|bay|loai|thu|hang|tui|lao|mu|ong|ba|anh|chi|co|chu|bac|em|ten|do|may|nguoi"
    r"|mat|mom|mieng|phuong|uy ban|ubnd|ub|chinh quyen|chinh phu|nha nuoc|dang|che do|cong an|canh sat|can bo|cb|to truong"
    r"|chu tich|bi thu|giam doc|truong|pho|mat tran|mttq|hom thu|bo may|nganh|xa hoi|dat nuoc|he thong|gia dinh|ho|dong ho"
    r"|nha (?:no|han|mu|lao|ong|ba|may)"
    # a person unnamed, a way of working, a body of the ward or the state by another name ("đm cái đứa nào đổ rác",
    # "đm cái kiểu làm việc của cán bộ phường", "đm cái tổ dân phố", "đm cái ban quản lý", "đm cái xã này")
    r"|dua|kieu|cach|giong|quan|to|ban|hoi|xa|thon|khu|phong|so|doi|tram|cong ty|co quan|bo phan)(?!\w))\w")
#: The oaths (dotted or typed bare) that may be aimed at a thing.
_OATHS = re.compile(r"(?<!\w)(?:[đd]m{1,2}|[đd]cm{1,2}|[đd]km|[đd][.*]\s?m{1,2}|[đd][.*]c[.*]?m|[đd][.*]k[.*]?m)(?!\w)")


def unsworn(forms: Forms) -> Forms:
    """`forms` with its oaths blanked when every one is aimed at a thing (`_OATH_AT_THING`): an angry but real
    complaint (tests/eval/routing/GUIDE.md), whose other words the cues still read. An oath at a person or an
    official stays, and so do all the oaths of a text where one is."""
    oaths = list(_OATHS.finditer(forms.marked))
    if not oaths or not all(_OATH_AT_THING.match(forms.folded, m.end()) for m in oaths):
        return forms
    blanked = list(forms.marked)
    for m in oaths:
        blanked[m.start():m.end()] = " " * (m.end() - m.start())
    return Forms(forms.whole, "".join(blanked))
