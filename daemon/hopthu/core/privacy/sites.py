"""Homes that are the site of the problem by what stands before or right after their number (for `homes`).

Pure, no I/O; patterns on the folded text. GUIDE.md keeps the site of the complaint even when it is a home:
- a nuisance that belongs to the home, named right before it: its septic tank or drain ("Bể phốt nhà 31B ngõ 12 …
  rò rỉ"), its pigsty, its air-conditioner or loudspeaker: the home is where the problem is (`home_thing_before`);
- a flat where work or a trade goes on ("Căn 12 dãy C khu tập thể Kim Liên mở xưởng in", "Căn hộ 1208 tòa A …
  đang sửa chữa, thợ khoan đục …"), not the writer's own (`flat_works_after`);
- a home that is itself the problem, said right after its number: abandoned or about to fall down ("Nhà số 14 ngõ
  5 bỏ hoang", "Ngôi nhà ở số 21 ngõ 8 sắp sập"), a sign or awning over the lane, drugs or gambling suspected
  there ("Nhà số 10 ngõ 3 có người lạ ra vào, nghi buôn bán ma túy"), a trade opened, a tent put up over the lane
  for a wedding, a coal stove smoking, a lodging with no fire exit (`home_is_problem_after`);
- the front of a home ("Trước cửa nhà số 19 ngõ 4 có hố ga mất nắp") or a place of worship at a number ("Nhà thờ
  họ ở số 4 ngõ 10 mở loa", "chùa ở số 3"), a funeral held at a number ("Đám ma ở nhà số 20") (`site_before`).
And the other way: a site's word before a number that names no site, a hamlet called "xóm Bãi" or "thôn Quán", a
home's own garage ("xe tôi nằm trong gara ở nhà, số 102/7 …") (`names_no_site`).
"""

from __future__ import annotations

import re

_ANIMAL = r"(?:cho|meo|ga|lon|heo|ngan|vit|ngong|bo|de)"
# What belongs to a home and troubles the lane, right before "nhà" (the writer's own excepted: "nhà tôi"). Not the
# home's dog itself ("Chó nhà bà [họ tên] ở số 3 … cắn cháu": the owner's home goes, as p-434 and p-1143 label it).
_HOME_THING_BEFORE = re.compile(
    r"\b(?:chuong\s" + _ANIMAL + r"|be phot|ham cau|ham phan|be tu hoai|be nuoc thai|ong (?:xa|thai|khoi|nuoc thai)"
    r"|cuc nong|may lanh|dieu hoa|may phat dien|loa keo|loa thung)"
    r"\s(?:cua\s)?nha\b(?!\s(?:toi|tui|em|minh|chung toi|chung em)\b)[^,.;:()!?\n]{0,30}$"
)


def home_thing_before(before: str) -> bool:
    """Whether the folded clause before a number ends in a nuisance of that home."""
    return bool(_HOME_THING_BEFORE.search(before))


# Work or a trade going on in a flat, said in the clause right after it ("căn hộ 1307 … sửa nhà suốt 3 tháng");
# not a bare "sửa nhà": "căn 1005 của ông X sửa nhà vỡ ống nước" is a dispute between two homes.
_FLAT_WORKS = re.compile(
    r"\b(?:mo (?:xuong|quan|cua hang|tiem|lop|co so|kho)|xuong (?:in|may|go|moc|han|co khi)|kinh doanh|san xuat"
    r"|dang sua|sua chua|sua nha (?:suot|ca ngay|ca dem|lien tuc|tu sang)|cai tao|dap pha|duc pha|dang xay|dang thi cong"
    r"|cho thue (?:kho|lam)|may chay|am am"
    r"|ban hang|bay (?:hang|ban)|de rac|vut rac|xa rac|boc mui|hoi thoi)\b"
)
# ... but not the writer's flat: "căn hộ 1205 của tôi đang sửa", "tôi ở căn 15 đang sửa chữa".
_OWN_AFTER = re.compile(r"^\s?,?\s?(?:cua|nha)\s(?:toi|tui|em|minh|chung toi|gia dinh)\b")
_OWN_BEFORE = re.compile(r"\b(?:toi|tui|em|minh|chung toi|chung em|gia dinh toi|nha toi)\s(?:dang\s|hien\s|van\s)?"
                         r"(?:o|tai|thue|mua|song o)\s$")


def flat_works_after(clause_after: str, rest_after: str, before: str) -> bool:
    """Whether the flat is a site by the work said in its clause (folded); not when it is the writer's own."""
    site = _FLAT_WORKS.search(clause_after)
    return bool(site and not re.search(r"\b(?:bi|do|vi)\b", clause_after[: site.start()])
                and not _OWN_AFTER.match(rest_after) and not _OWN_BEFORE.search(before))


# What the home itself is or has become, said after its number (folded); not suffered ("bị", "do", "vì" before it).
_HOME_IS_PROBLEM = re.compile(
    r"\b(?:bo hoang|sap sap|sap do|nguy co sap|co the sap|xuong cap nang|nut toac|lap (?:bien|mai|bat|ong)"
    r"|bien quang cao|coi noi|lan chiem|nguoi la ra vao|(?:buon ban|ban|chua|tang tru) ma tuy|hut chich|tiem chich|mai dam|danh de|lo de|ca do"
    r"|chua chap|tang tru"
    # a trade opened, a wedding or a funeral with its tent over the lane, a coal stove's smoke, a crowded lodging
    r"|mo (?:xuong|tiem|cua hang|co so|lo)|to chuc (?:dam|tiec)|dung (?:rap|leu|lan)|dot than|(?:dun|bep) (?:bep\s)?than"
    r"|than to ong|loi thoat hiem"
    # someone living alone not seen for days: the home is where help must go ("… ở số 4 ngõ 8 mấy hôm nay không thấy mở cửa")
    r"|khong thay (?:ai\s)?(?:mo cua|ra vao|bat den)|khong (?:ai\s)?ra mo cua)\b"
)


def home_is_problem_after(clause: str) -> bool:
    """Whether the folded clause right after a number says the home itself is the problem."""
    m = _HOME_IS_PROBLEM.search(clause)
    return bool(m and not re.search(r"\b(?:bi|do|vi)\b", clause[: m.start()]))


# "Trước cửa nhà số 19", "trước cổng nhà 7", "cạnh cửa nhà số 5": the pavement or lane before a home (folded).
# Also before a home named by its owner: "cột điện trước nhà bà [họ tên] số 7 ngõ 40" (the pole stands there; her
# name goes, the number locates the pole), or by the writer.
_FRONT_OF = re.compile(r"\b(?:truoc|canh|doi dien|sat)\s(?:cua|cong|ngo)\snha\s$"
                       r"|\b(?:cot dien|cot|loa|cay|ho ga|nap cong|cong)\s(?:\w+\s){0,3}truoc\s(?:(?:cua|cong)\s)?nha\s"
                       r"(?:ong|ba|anh|chi|co|chu|bac|cu)\s\[ho ten\]\s$"
                       # ... or before the writer's own: "Cột điện hạ thế trước nhà tôi, số 40 ngõ 10 …" (p-3673)
                       r"|\b(?:cot dien|cot|loa|cay|ho ga|nap cong|cong)\s(?:\w+\s){0,3}truoc\s(?:(?:cua|cong)\s)?nha\s"
                       r"(?:toi|tui|em|minh|chung toi)\s?,?\s(?:nha\s)?$")
# A place of worship or a clan hall before the number, as written (the folded "chua", "den" are also "chưa", "đến";
# "gia đình" is a family, not a communal house; "căn nhà từ đường" is a family's house kept for the ancestors, a home
# parents leave to their children: "để lại căn nhà từ đường ở số 5 …", p-3685).
_WORSHIP = re.compile(r"(?i)(?<!\w)(?:nhà thờ(?: họ)?|chùa|(?<!gia )đình|đền|miếu|(?<!căn nhà )(?<!ngôi nhà )từ đường)(?!\w)"
                      r"[^,.;:()\n]{0,30}\s(?:ở|tại)\s(?:nhà\s)?$"
                      r"|(?<!\w)(?:nha tho(?: ho)?|(?<!can nha )(?<!ngoi nha )tu duong)(?!\w)[^,.;:()\n]{0,30}\s(?:o|tai)\s(?:nha\s)?$")


# A wedding or a funeral held at the number: "Đám ma ở nhà số 20 ngõ 6 dựng rạp …".
_EVENT_AT = re.compile(r"\b(?:dam (?:ma|cuoi|tang|gio|hieu|hy)|tiec cuoi)\b[^,.;:()\n]{0,20}\s(?:o|tai)\s(?:nha\s)?$")


# A theft or a break-in in a home's yard or porch: "bị lấy mất lúc 2h sáng ngay trong sân nhà số 23 ngõ 66".
_CRIME_IN_YARD = re.compile(r"\b(?:trom|lay mat|mat xe|dot nhap|ke gian|be khoa|cay cua|bi lay)\b[^,.;:()\n]{0,50}"
                            r"\btrong\s(?:san|hien|gara|nha xe)\s(?:cua\s)?nha\s$")


# The shared parking of a block of many households: "xe để ở nhà xe chung cư mini số 8 … bị bẻ gương" (a common
# area, where the theft or the damage happened; the writer's own flat in it goes by its unit).
_SHARED_PARKING = re.compile(r"\b(?:nha xe|bai xe|ham xe|ham gui xe|tang ham)\s(?:cua\s)?(?:chung cu mini|ccmn|chung cu"
                             r"|toa nha|khu tro|day tro|nha tro)\s$")


def site_before(before: str, raw_before: str) -> bool:
    """Whether the clause before a number (folded, and as written) makes it a site: a nuisance of that home
    (`home_thing_before`), a home's front, a place of worship, a wedding or a funeral held there, a theft in its yard,
    a block's shared parking."""
    return bool(home_thing_before(before) or _FRONT_OF.search(before) or _WORSHIP.search(raw_before) or _EVENT_AT.search(before)
                or _CRIME_IN_YARD.search(before) or _SHARED_PARKING.search(before))


# A site's word that is a name here: a hamlet or village called after it ("xóm Bãi", "thôn Quán", "làng Chợ", "ấp
# Kho"), or a home's own garage ("xe tôi nằm trong gara ở nhà, số 102/7 …"): no business stands before the number.
_HAMLET_BEFORE = re.compile(r"\b(?:xom|thon|lang|ap)\s$")
# (not "Gara của nhà ông Tùng ở số 45 … sửa xe": a business run by a household)
_HOME_GARAGE = re.compile(r"\s(?:o|trong)\snha\b(?!\s(?:so|hang|van hoa|ong|ba|anh|chi|co|chu|bac)\b)")


def names_no_site(before: str, start: int, end: int) -> bool:
    """Whether the site's word found at `start`..`end` of the folded clause is a hamlet's name or a home's garage."""
    word = before[start:end]
    return bool(_HAMLET_BEFORE.search(before, max(0, start - 6), start)
                or (word.startswith("gara") and _HOME_GARAGE.match(before, end)))


# Where the clause after a house number ends (folded): a full stop, a semicolon, a line break, or a form's next field
# ("… trú tại số 14 ngõ 27 phố Lê Lợi Nội dung: ông X nuôi chó …" once a mail client's wrapped lines are joined): what
# the next field tells is not done at that number (p-3949).
CLAUSE_END = re.compile(r"[.;\n]|\s(?:noi dung|nguoi (?:bi )?(?:khieu nai|to cao|kien nghi|phan anh|lam chung|lam don)"
                        r"|(?:so )?dien thoai|de nghi|ly do|su viec)\s?:", re.IGNORECASE)
