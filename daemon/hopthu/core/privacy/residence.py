"""Where a person lives, told by a building or a lot rather than by "nhà tôi" (for `homes`).

Pure, no I/O; patterns on the folded clause before a number or a unit. `homes` decides the rest (a site said after
the number still makes it the site's):
- the writer's room or flat, then the building's number: "Mình ở phòng 203 chung cư mini số 16 sát vách", "em thuê
  phòng 5 nhà trọ số 12", "tôi ở phòng 4 nhà số 9": the building's number points to the writer's home, as
  "Nhà mình ở phòng 402 chung cư mini số 5" does (`writer_in_building`);
- a lot after "nhà ở" following a person's name, a comma or a bracket: "Tôi là [họ tên], nhà ở lô B12-05 khu tái
  định cư …", "Ông [họ tên], nhà ở lô C3": the lot is that person's home (`lot_lived_in`); "Nhà ở lô B5 bỏ hoang"
  opening its sentence is the house the letter is about;
- the writer introduced by name, then "ở" and the number: "Tôi là [họ tên] ở số 5 ngách 12/4": the writer's home even
  when a later sentence makes another named person's home a site (`writer_named`);
- a lodging said to be unsafe, flooded or overcharging all its tenants for power: the lodging is the site, its
  number after its name (`lodging_unsafe`, `lodging_before`, asked by `homes`); not the landlord's home named after
  "chủ nhà trọ là bà X ở".
"""

from __future__ import annotations

import re

_WRITER = r"(?:toi|tui|em|minh|chung toi|chung em|gia dinh toi)"
# Private buildings only: a collective block or a tower by its number ("khu tập thể số 3", "tòa số 2") is a public name.
_BUILDING = r"(?:chung cu mini|ccmn|nha tro|day tro|khu tro|nha)"
# "mình ở phòng 203 chung cư mini số", "em thuê phòng 5, nhà trọ số", "tôi ở trọ phòng 11 dãy trọ số", "tôi ở P.305 nhà số"
_WRITER_IN_BUILDING = re.compile(
    r"\b" + _WRITER + r"\s(?:dang\s|hien\s|van\s)?(?:o|song o|thue|o tro|thue tro|o tro tai|o tai)\s(?:tro\s)?"
    r"(?:phong|can ho|can|p\.?)\s?(?:so\s)?[a-z0-9][a-z0-9.\-]{0,5}(?:\s(?:tang|day)\s[a-z0-9]{1,3})?"
    r"\s?,?\s(?:(?:o|tai|cua|thuoc)\s)?" + _BUILDING + r"\s$"
)


def writer_in_building(before: str, unsafe: bool = False) -> bool:
    """Whether the folded clause before a number ends in the writer's room or flat and the building's kind; not a
    lodging or a mini block the letter says is unsafe (`unsafe`, asked by `homes`): "Em thuê phòng 502 chung cư mini
    số 17 … mong phường kiểm tra phòng cháy chữa cháy" is about the building, its number is the site."""
    if unsafe and not before.endswith(" nha "):
        return False
    return bool(_WRITER_IN_BUILDING.search(before))


# "[họ tên], nhà ở lô", "…, nhà ở lô", "[họ tên] (nhà ở lô".
_LOT_LIVED_IN = re.compile(r"(?:,|\(|\[ho ten\])\s?(?:,\s?|\(\s?)?nha\s(?:o|tai)\s$")


def lot_lived_in(before: str) -> bool:
    """Whether the folded clause before a lot or stall says someone's home stands there ("…, nhà ở lô B12-05")."""
    return bool(_LOT_LIVED_IN.search(before))


# The writer introduced by name, then where they live: "Tôi là [họ tên] ở số 5 ngách 12/4", "em tên [họ tên], nhà số 9".
_WRITER_NAMED = re.compile(r"\b" + _WRITER + r"\s(?:la|ten la|ten)\s\[ho ten\]\s?,?\s?(?:nha\s|o\s|tai\s|o tai\s|nha o\s|song tai\s)$")


def writer_named(before: str) -> bool:
    """Whether the folded clause before a number ends in the writer's self-introduction and "ở": the writer's home,
    whatever a later sentence says of someone else's ("Nhà ông [họ tên] cùng ngách nuôi 2 con chó": not the writer's)."""
    return bool(_WRITER_NAMED.search(before))


# A lodging charging power above the regulated price, told of all its tenants: "Bọn em là người thuê trọ ở dãy trọ số
# 88 … tính điện 4.500đ/số", "thu tiền điện 4.500đ/kWh … Cả dãy 12 phòng đều bị vậy": the lodging is what the letter
# is about (its number the site's). One tenant asking for themselves ("Mình thuê trọ … cho hỏi") names their home.
_LODGING = re.compile(r"\b(?:day|khu) tro\b")
_OVERCHARGED = re.compile(r"\b(?:tinh|thu) (?:tien\s)?dien \d")
_ALL_TENANTS = re.compile(r"\b(?:ca day|ca khu|cac phong|bon em|chung em|chung toi|tat ca nguoi thue)\b")


def lodging_overcharged(folded: str) -> bool:
    """Whether the folded text tells of a lodging overcharging power and says all its tenants suffer it."""
    return bool(_LODGING.search(folded) and _OVERCHARGED.search(folded) and _ALL_TENANTS.search(folded))


# A lodging house said to be unsafe or flooded, its number after its name ("dãy trọ số 14 … Dãy trọ có đường dây
# điện câu mắc", "khu trọ của ông X ở số 19 …, điện câu"): the site, not a tenant's home.
LODGING_BEFORE = re.compile(r"\b(?:(?:day|nha|khu|khu nha) tro|chung cu mini)\b(?!\s(?:cua\s)?(?:toi|tui|em|minh))[^.;:\n]{0,70}$")
# ... but not its landlord's own home, told after the title "chủ nhà trọ" and the name: "Chủ nhà trọ là bà [họ tên] ở
# số 33 phố Tây Sơn" (p-4465): the lodging is elsewhere; that number is a private home.
_LANDLORD_HOME = re.compile(r"\bchu (?:(?:day|nha|khu|khu nha) tro|chung cu mini|tro)\s(?:la\s)?(?:ong|ba|co|chu|anh|chi|bac|di)\s"
                            r"\[ho ten\]\s?,?\s(?:o|tai|nha o|nha rieng o)\s(?:nha\s)?$")


def lodging_before(clause: str) -> bool:
    """Whether the folded `clause` before a number names a lodging house whose number it is (not its landlord's home)."""
    return bool(LODGING_BEFORE.search(clause)) and not _LANDLORD_HOME.search(clause)
_LODGING_UNSAFE = re.compile(
    r"\b(?:(?:day|nha|khu|khu nha) tro|chung cu mini)\b[^.;!?\n]{0,120}\b(?:dien cau|cau mac|chap chay|chap dien|bi chay"
    r"|pccc|thoat hiem|binh chua chay|ngap nuoc|nut tuong|sap|(?:1|mot) cau thang"  # one stairway
    # e-bikes charged inside; not a tenant asking about a phone's or a public charging point ("xin hỏi chỗ sạc xe
    # điện công cộng", "sạc điện thoại")
    r"|sac (?:dien|xe)(?! (?:dien )?(?:thoai|cong cong|khong|o dau)))\b"
    r"|\b(?:pccc|phong chay)[^.;!?\n]{0,20}\b(?:day|nha|khu) tro\b|\bchung cu mini\b[^!?]{0,300}\b(?:pccc|phong chay|thoat hiem)\b"
)


def lodging_unsafe(folded: str) -> bool:
    """Whether the folded text says a lodging house is unsafe, flooded or overcharging all its tenants."""
    return bool(_LODGING_UNSAFE.search(folded)) or lodging_overcharged(folded)
