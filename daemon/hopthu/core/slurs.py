"""Slurs against a people: a region, a province or an ethnic group run down as a whole. Pure, no I/O.

One of the abuse cues (`core.abusive`). No swear word is needed: a group named by where it comes from
("dân miền Trung", "người dân tộc", "dân xứ Thanh", "bọn Bắc Kỳ") with, in the same text, what it is said
to be by nature ("bản chất đã gian", "cái giống đó", "chỉ giỏi …") or a call to drive it out ("đuổi hết về
quê", "dồn ra một khu riêng"); or a slur that needs no group beside it ("mọi rợ"). A complaint that only says
where someone comes from ("chủ trọ người Thanh Hóa thu tiền điện cao") has neither.
"""

from __future__ import annotations

import re

from hopthu.core.cuewords import Forms, Phrases

#: A people named by its origin. Not "dân nghệ" ("dân nghe"), "dân trung" ("dân trúng"): they fold to common turns.
_GROUP = Phrases(
    "dân miền trung", "người miền trung", "từ miền trung", "dân miền bắc", "người miền bắc", "từ miền bắc",
    "dân miền nam", "người miền nam", "dân miền tây", "người miền tây", "dân bắc", "dân nam",
    "dân xứ thanh", "dân xứ nghệ", "dân thanh hóa", "người thanh hóa", "dân nghệ an", "người nghệ an",
    "dân hà tĩnh", "dân quảng bình", "dân xứ đó", "dân xứ này", "dân ngụ cư", "người ngụ cư",
    "dân ngoại tỉnh", "người ngoại tỉnh", "bọn ngoại tỉnh", "dân tỉnh lẻ", "dân nhà quê",
    "người dân tộc", "dân tộc thiểu số", "người thiểu số", "người hoa", "dân tộc dưới núi", "dân tộc trên núi",
    "bắc kỳ", "nam kỳ", "trung kỳ", "parky",
    # a faith: "cái nhóm theo đạo …", "bọn công giáo" (not "tôn giáo": a noise complaint names a religious group so)
    # foreigners by their colour or as such: "bọn foreigner … toàn lũ da đen"
    "foreigner", "foreigners", "bọn tây", "lũ tây", "tụi tây", "bọn nước ngoài", "lũ nước ngoài", "bọn da đen",
    "lũ da đen", "tụi da đen", "người da đen", "dân da đen", "bọn da màu", "lũ da màu",
    "theo đạo", "dân đạo", "bọn đạo", "lũ đạo", "đạo tin lành", "người công giáo", "bọn công giáo", "người hồi giáo",
)
#: What the group is said to be by birth.
_NATURE = Phrases(
    "bản chất", "bản tính", "cái giống", "giống đó", "giống người", "đứa nào cũng", "không tin được đứa nào",
    "chỉ giỏi", "gian manh", "gian xảo", "lạc hậu", "không biết vệ sinh", "đã gian", "vốn gian", "thấp kém",
    "hạ đẳng", "rặt một lũ", "phản quốc", "tay sai", "dụ dỗ hết", "cả nước ai chẳng biết", "cả nước ai chả biết", "ai chẳng biết", "ai chả biết",
)
#: A call to drive the group out.
_EXPEL = Phrases(
    "đuổi hết", "đuổi về quê", "về quê hết", "khu riêng", "dồn ra", "dồn bọn", "đừng cho bọn", "tống khứ",
    "tống cổ", "cấm cho thuê", "đừng cho thuê", "đuổi về nước", "về nước hết",
)
#: Slurs that need no group beside them. "Nam Kỳ" alone is also a street ("Nam Kỳ Khởi Nghĩa"): only in `_GROUP`;
#: not "đồ mọi", whose folded form "đó mọi" would hide a "mọi rợ" right after it.
_SLUR = Phrases("bỏ ông bỏ bà", "mọi rợ", "bọn mọi", "lũ mọi", "bọn nhà quê", "đám nhà quê", "lũ nhà quê", "đồ nhà quê",
                "bắc kỳ chó", "nam kỳ chó", "parky", "tàu khựa", "bọn khựa", "lũ khựa", "dirty monkey",
                "dirty monkeys")


#: "mọi" that is "every" after "lũ", "bọn" ("lũ mọi" is "lắc lư mọi lần" typed bare: "lac lu moi lan", r-3876;
#: "bọn mọi người"): the noun it counts follows (folded, from right after "mọi").
#: Not "cho" (chỗ / cho), "noi" (nơi / nói), "sang" (sáng / sang), "nha que": folded, they are also the words a slur
#: goes on with ("lũ mọi cho về rừng", "bọn mọi nói tiếng gì", "lũ mọi sang đây").
_EVERY = re.compile(r" (?:lan|luc|khi|nguoi|thu|nha(?! que)|ngay|dem|toi|nam|thang|tuan|hom|buoi|nguon|viec"
                    r"|chuyen|van de|cach|ho|gia dinh|ben|phia|nganh|cap)(?!\w)")
#: "lắc lư" typed bare before it: "lac lu moi" (folded, ending where the slur starts).
_SWAYING = re.compile(r"(?<!\w)lac $")


def _every(forms: Forms, start: int, end: int) -> bool:
    """The "lũ mọi" / "bọn mọi" at `start`..`end` is "every …" or "lắc lư mọi …", no slur."""
    folded = forms.folded
    return (forms.folded[start:end].endswith(" moi") and bool(_EVERY.match(folded, end))
            or not forms.strict and bool(_SWAYING.search(folded, max(0, start - 4), start)))


def slurs(forms: Forms) -> list[str]:
    """The slurs against a people in the text (its forms), or []."""
    slur = list(dict.fromkeys(forms.marked[a:b] for a, b in _SLUR.spans(forms) if not _every(forms, a, b)))
    group = _GROUP.found(forms)
    if slur or (group and (_NATURE.found(forms) or _EXPEL.found(forms))):
        return list(dict.fromkeys(slur + group))
    return []
