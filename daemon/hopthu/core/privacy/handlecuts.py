"""Where a display name after a network's name stops, or that it names a page, not a person (for `handles`).

Pure, no I/O, and it imports nothing of hopthu: it works on the handle's words folded (no marks, lower case).
- A pronoun inside the run is the sentence going on, not the name: "nick Nam Định Quê Tôi đăng tin" (the page's
  own "Tôi"), "hack nick … Em lên phường" (`cut_at_pronoun`).
- A run of three words or more opening with a province's name or a thing's name is a page or a business, not a
  person ("nick Nam Định Quê Tôi", "nick Thanh Nien Luu Kiem", "Nick Hoa Sen Vang"), while a two-word run may be a
  person's given name ("nick Thái Bình") and stays (`page_opening`).
"""

from __future__ import annotations

_PRONOUNS = frozenset("toi tui em minh".split())
# Provinces and cities (folded), then things' names a page or a shop takes ("thanh niên", "hoa sen").
PAGE_OPENINGS = frozenset(
    (
        "ha noi,hai phong,nam dinh,thai binh,ninh binh,ha nam,hung yen,hai duong,bac ninh,bac giang,quang ninh,"
        "thanh hoa,nghe an,ha tinh,quang binh,quang tri,quang nam,quang ngai,binh dinh,phu yen,khanh hoa,da nang,"
        "lang son,cao bang,ha giang,lao cai,yen bai,tuyen quang,thai nguyen,phu tho,vinh phuc,hoa binh,son la,"
        "dien bien,lai chau,gia lai,kon tum,dak lak,lam dong,binh phuoc,binh duong,dong nai,tay ninh,long an,"
        "tien giang,ben tre,tra vinh,vinh long,dong thap,an giang,kien giang,can tho,hau giang,soc trang,bac lieu,"
        "ca mau,sai gon,binh thuan,ninh thuan,vung tau,thanh nien,hoa sen"
    ).split(",")
)


def cut_at_pronoun(folded_words: list[str]) -> int:
    """How many of the run's words stand before a pronoun after its first word (all of them when none does)."""
    for k, word in enumerate(folded_words[1:], 1):
        if word in _PRONOUNS:
            return k
    return len(folded_words)


def page_opening(folded_words: list[str]) -> bool:
    """Whether the run (three words or more) opens with a province's or a thing's name."""
    return len(folded_words) > 2 and " ".join(folded_words[:2]) in PAGE_OPENINGS
