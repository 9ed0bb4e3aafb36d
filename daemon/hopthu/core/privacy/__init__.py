"""Redaction as a pipeline of named detectors: what each removes, why, and the marker left in its place.

`DETECTORS` is the one list of what hopthu removes from a citizen's text before an agency, the
shared register, a report, a digest or a log sees it. They run in this order, each on the text the
previous ones left, so a later one can read an earlier one's marker. Pure, no I/O.
"""

from __future__ import annotations

from hopthu.core.privacy.alonenames import find_alone_nicknames, find_heading_name
from hopthu.core.privacy.base import Detector, Span, fold_same_length, forget_fold, merge
from hopthu.core.privacy.bracketsites import drop_bracketed_sites
from hopthu.core.privacy.buildingsites import drop_building_addresses
from hopthu.core.privacy.claimed import find_claimed_officials
from hopthu.core.privacy.confirmers import drop_confirming_officials, signed_household_numbers, writer_parent_names
from hopthu.core.privacy.contacts import find_emails, find_phones
from hopthu.core.privacy.couplenames import couple_names
from hopthu.core.privacy.daystreets import drop_pavement_streets
from hopthu.core.privacy.dwellings import HOME_ADDRESS
from hopthu.core.privacy.elderplaces import drop_elder_places
from hopthu.core.privacy.firmmarkets import drop_firms_and_markets
from hopthu.core.privacy.handlecuts import PAGE_OPENINGS
from hopthu.core.privacy.handles import drop_page_handles, find_handle_names
from hopthu.core.privacy.homes import BARE_NUMBER, find_home_addresses, find_house_numbers, unit_is_site
from hopthu.core.privacy.insurance import find_insurance_numbers
from hopthu.core.privacy.intros import find_introduced_names
from hopthu.core.privacy.kinbare import find_bare_kin_names
from hopthu.core.privacy.kinlower import find_kin_lower_names, trim_verb_tails
from hopthu.core.privacy.kinsaid import find_kin_said_names
from hopthu.core.privacy.lettereddigits import lettered_homes
from hopthu.core.privacy.listednames import find_listed_names
from hopthu.core.privacy.livedat import lived_at_numbers
from hopthu.core.privacy.lowernicks import find_lower_nicknames
from hopthu.core.privacy.lowersigns import holder_names, owner_names, short_honour_names, signed_lower_names
from hopthu.core.privacy.markerwords import drop_house_markers
from hopthu.core.privacy.namecues import ABBREVIATIONS, GIVEN_FOLDED, NAME_SYLLABLES, NOT_AFTER_VERB, is_place
from hopthu.core.privacy.names import find_names
from hopthu.core.privacy.namesigns import Cues, drop_bodies, find_shaped_names, split_names
from hopthu.core.privacy.namewords import FAMOUS, GIVEN_LOWER, SURNAMES
from hopthu.core.privacy.notnames import drop_not_names
from hopthu.core.privacy.numbers import (
    find_accounts,
    find_ids,
    find_passports,
    find_private_plates,
)
from hopthu.core.privacy.ownedsites import done_on_lot
from hopthu.core.privacy.parkedhomes import parked_home_numbers
from hopthu.core.privacy.petitioners import petitioner_names
from hopthu.core.privacy.phonesigns import phone_signed_names
from hopthu.core.privacy.placedagain import drop_placed_again
from hopthu.core.privacy.publicnames import keep_public_names
from hopthu.core.privacy.registered import registered_names
from hopthu.core.privacy.sameflat import flats_said_as_site
from hopthu.core.privacy.scamnames import find_scam_names, kin_named_officials
from hopthu.core.privacy.scornnames import find_scorn_names
from hopthu.core.privacy.shorthomes import address_signed_names, cued_house_numbers, short_flats
from hopthu.core.privacy.shoutedwords import drop_common_runs
from hopthu.core.privacy.signoffs import (
    closing_role_names,
    contact_role_names,
    drop_honoured_names,
    pieced_house_numbers,
    signed_flats,
)
from hopthu.core.privacy.signs import drop_sign_names
from hopthu.core.privacy.spitenames import find_spite_names
from hopthu.core.privacy.sufferedhomes import suffered_homes
from hopthu.core.privacy.tdphomes import tdp_bracket_homes
from hopthu.core.privacy.timewords import drop_sundays, not_given_here
from hopthu.core.privacy.toldagain import find_told_again

NAME_MARK = "[họ tên]"
HOUSE_MARK = "[số nhà]"
HOME_MARK = "[nơi ở]"
PHONE_MARK = "[số điện thoại]"
EMAIL_MARK = "[email]"
ID_MARK = "[số giấy tờ]"
ACCOUNT_MARK = "[số tài khoản]"
PLATE_MARK = "[biển số]"


def _find_private_names(text: str) -> list[Span]:
    """`names`, plus a scammer who only claims a public role (`claimed`) and lower-case nicknames and names that are
    also common words, each in the context that tells them apart (`lowernicks`), and display names after a network's
    name or a writer's name after a bare pronoun (`handles`), and the writer's name after their kinship ("Em là
    cháu bà Tư, Phương Uyên", `intros`), and a given name after a bare "của" or kinship word ("Vợ Tùng là Loan",
    `kinbare`), and names in shapes no cue of theirs leads to ("Lan bánh mì", "Thư con gái tôi", "(đã ký)\nX",
    `namesigns`), a child's nickname standing alone or the writer's given name heading a subject ("Hôm qua Tèo bị
    ngã", "Tâm - phản ánh …", `alonenames`), and a lower-case given name after "thằng"/"con mụ" ("con mụ thảo bán
    rau", `scornnames`), and a relative's lower-case name after "<relative> tôi là" ("chau noi toi la be minh khoi",
    `kinlower`), and scammers, fake officials and firms' agents by the title they claim (`scamnames`). "sang chu
    nhat" (Sunday, `timewords`), "goc cho Ba Chieu" (a market, `elderplaces`) and "Đại diện:" (`notnames`) are no
    names. A business's sign name ("Quán nhậu Hải Mập", "Trung tâm tiếng Anh Ngôi Sao") is no person's (`signs`), nor
    "Điện lực". The submitter's
    contact line with a role ("Người liên hệ: Trưởng ban X") or a role signed under a closing ("Thay mặt …,\nTrưởng
    ban X") is the submitter's; a martyr proposed as a lane's name
    ("đặt tên … "Liệt sĩ X"") is no private person's (`signoffs`). A name signed beside a phone number before a
    texting particle ("[số điện thoại] - Lan nha") is the writer's (`phonesigns`). The writer named after a
    petition's own label ("Người kiến nghị: X – Trưởng ban …") is private whatever role follows (`petitioners`). A
    name typed on a phone is read in its own shapes (`lowersigns`): signed in lower case after a closing or beside the
    phone ("tks\nlinh [số điện thoại]", "Thân, minh", "ng phản ánh: hằng"), after "a"/"c" ("nhà a tuấn có"), an
    account holder ("chủ tài khoản tran van tu"), an owner ("Ong chu la Binh")."""
    names = drop_bodies(text, drop_house_markers(text, find_names(text)))  # "Nhà em SN 44": a marker (`markerwords`)
    names = drop_sundays(text, fold_same_length, drop_pavement_streets(text, names))  # "ca chủ nhật", "vỉa hè Lê Lợi"
    names = drop_page_handles(text, names)  # "nick Nam Dinh Que Toi": a page's name, no "Dinh Que Toi" (`handles`)
    # officials and sign names after a capitalised honorific that `names` took stay (`publicnames`)
    found = keep_public_names(text, drop_sign_names(text, names)) + find_claimed_officials(text) \
        + find_lower_nicknames(text) + find_handle_names(text) + find_introduced_names(text) \
        + find_bare_kin_names(text, names) + find_shaped_names(text, _CUES) + split_names(text, names) \
        + find_alone_nicknames(text) + find_heading_name(text, GIVEN_LOWER.__contains__) \
        + find_scorn_names(text, fold_same_length, GIVEN_LOWER, GIVEN_FOLDED) \
        + contact_role_names(text, fold_same_length) + closing_role_names(text, fold_same_length, SURNAMES) \
        + phone_signed_names(text, fold_same_length, _NOT_SIGNED.__contains__, _NAME_WORDS.__contains__) \
        + find_kin_lower_names(text, fold_same_length, NAME_SYLLABLES) \
        + find_scam_names(text, fold_same_length, NAME_SYLLABLES, GIVEN_LOWER, names) \
        + petitioner_names(text, fold_same_length, SURNAMES) \
        + registered_names(text, fold_same_length, SURNAMES, _PUBLIC_NAMES, GIVEN_FOLDED) \
        + signed_lower_names(text, fold_same_length, _SIGNED_WORDS) + short_honour_names(text, fold_same_length, GIVEN_FOLDED) \
        + holder_names(text, fold_same_length, SURNAMES, _SIGNED_WORDS) \
        + owner_names(text, fold_same_length, _NAME_WORDS)  # "tks\nlinh [số điện thoại]", "c lan", "Ong chu la Binh" (`lowersigns`)
    found += couple_names(text, fold_same_length, _NAME_WORDS.__contains__)  # "vo chong Ut Ha" (`couplenames`)
    found += address_signed_names(text, fold_same_length, _NAME_WORDS.__contains__)  # "dc …, Hoa [số điện thoại]" (`shorthomes`)
    found += find_spite_names(text, fold_same_length)  # "con Diệp", "gặp chị X" on a hotline (`spitenames`)
    found += find_kin_said_names(text, fold_same_length, GIVEN_FOLDED.__contains__, names)  # "em trai anh X là Thọ" (`kinsaid`)
    found += find_listed_names(text, fold_same_length, GIVEN_FOLDED.__contains__, names)  # "gồm Lan, Thoa", "vợ nó là Hường" (`listednames`)
    found += writer_parent_names(text, fold_same_length)  # "Tôi là X, con gái ông Y là tổ trưởng": Y is kin (`confirmers`)
    # "tự xưng là Tuấn", "cùng vợ là bà X" after an official's role, "Giờ Huy chặn …", "zalo Hien Vu" (`toldagain`)
    found += find_told_again(text, found, fold_same_length, _CUES.placed, GIVEN_FOLDED.__contains__, not_given_here)
    found = trim_verb_tails(text, fold_same_length, found)  # "pham gia bao dang on thi": "đang" stays (`kinlower`)
    found = drop_honoured_names(text, fold_same_length, found)  # "đặt tên … "Liệt sĩ X"" (`signoffs`)
    found = kin_named_officials(text, fold_same_length, found)  # "Vợ ông tổ trưởng TDP 7 X là mụ Y": X leads (`scamnames`)
    found = drop_sundays(text, fold_same_length, found)  # "hom chu nhat" is Sunday, not "chú Nhật" (`timewords`)
    found = drop_elder_places(text, fold_same_length, found)  # "tu cau Ong Bon", "goc cho Ba Chieu" (`elderplaces`)
    found = drop_firms_and_markets(text, fold_same_length, found)  # "Công ty TNHH Xây dựng Quang Minh" (`firmmarkets`)
    found = drop_placed_again(text, found, fold_same_length, _CUES.placed)  # "tu cau Kim Nguu" and "pho Kim Nguu" (`placedagain`)
    found = drop_not_names(text, found, fold_same_length)  # "Đại diện:" (`notnames`)
    found = drop_confirming_officials(text, found, fold_same_length)  # "Xác nhận của …\nTổ trưởng TDP số 8\nX" (`confirmers`)
    return drop_common_runs(text, found, fold_same_length, SURNAMES)  # "DIA CHI THUONG TRU", "khu đô thị X" (`shoutedwords`)


def _find_house_numbers(text: str) -> list[Span]:
    # "tôi ở tổ 6, ngõ 12 phố Đội Cấn, nhà số 7." (`signoffs`)
    # "so 45B1 hem 12": a digit after the letter (`lettereddigits`)
    # "[họ tên], đang ở K18/6 Lê Duẩn", "không ở đây mà ở 112/7B Lê Văn Sỹ" (`livedat`)
    # "nước tràn vào các nhà số 58, số 60 và số 62": the homes a nuisance reaches (`sufferedhomes`)
    # "Nhà anh [họ tên] (số 5 ngõ 27) tuần nào cũng đốt rác": what is done there, after the bracket (`bracketsites`)
    found = find_house_numbers(text) + pieced_house_numbers(text, fold_same_length) + lettered_homes(text, find_house_numbers) \
        + lived_at_numbers(text, fold_same_length, BARE_NUMBER) + suffered_homes(text, fold_same_length) \
        + signed_household_numbers(text, NAME_MARK, fold_same_length)  # "[họ tên] (… hộ dân số 18)" (`confirmers`)
    found += tdp_bracket_homes(text, fold_same_length)  # "chi [họ tên] to 10 (so nha 33)": the writer's (`tdphomes`)
    found += parked_home_numbers(text, fold_same_length)  # the stolen family vehicle stood before its home (`parkedhomes`)
    found += cued_house_numbers(text, fold_same_length)  # "dc 15 ngach 7/22", "Add: 18B ngõ 32" (`shorthomes`)
    # "chung cư Hoàng Gia (số 2 phố Minh Khai)": a named public building's address (`buildingsites`)
    found = drop_building_addresses(text, found, fold_same_length)
    return drop_bracketed_sites(text, found, fold_same_length, unit_is_site, done_on_lot)


def _find_home_addresses(text: str) -> list[Span]:
    # "[họ tên] (p.1204)" (`signoffs`); a flat said once as the site stays in every mention (`sameflat`)
    flats = flats_said_as_site(text, find_home_addresses(text), (m.span() for m in HOME_ADDRESS.finditer(text)),
                               fold_same_length)
    return flats + signed_flats(text, NAME_MARK) + short_flats(text, fold_same_length)  # "CH 0712 tòa S2" (`shorthomes`)


_NOT_SIGNED = NOT_AFTER_VERB | ABBREVIATIONS | {"p", "phuong", "ko", "khong"}  # no name beside a phone
_NAME_WORDS = NAME_SYLLABLES | GIVEN_FOLDED  # "- Gấp nha", "- Ok nha" beside a phone: no name
_PUBLIC_NAMES = FAMOUS | PAGE_OPENINGS  # "là công dân Hà Nội", "tiếp công dân Hoàng Mai": no citizen (`registered`)
_SIGNED_WORDS = _NAME_WORDS | SURNAMES | {"chi"}  # "ngô quang vinh", "linh chi" signed in lower case
_CUES = Cues(given=GIVEN_FOLDED.__contains__, syllable=NAME_SYLLABLES.__contains__,
             placed=lambda text, start, word: is_place(text, fold_same_length(text), start, [word]))


DETECTORS: tuple[Detector, ...] = (
    Detector("email", EMAIL_MARK, "an email address in any spelling ('a còng', '[at]', 'chấm') reaches its owner", find_emails),
    Detector("insurance_number", ID_MARK,
             "a health-insurance card code or a social-insurance number identifies its holder", find_insurance_numbers),
    Detector("phone", PHONE_MARK, "a phone number reaches its owner, whoever that is (a scammer's SIM may be a victim's)", find_phones),
    Detector("bank_account", ACCOUNT_MARK, "an account number names its holder", find_accounts),
    Detector("passport", ID_MARK, "a passport number identifies a person", find_passports),
    Detector("id_number", ID_MARK, "a CCCD (12 digits) or CMND (9 digits) identifies a person", find_ids),
    Detector("plate", PLATE_MARK,
             "the plate of the writer's or a victim's vehicle points to its owner (an offender's stays)",
             find_private_plates),
    Detector("name", NAME_MARK,
             "names of private people: the writer, relatives, neighbours, victims, the accused; officials in their role stay",
             _find_private_names),
    Detector("house_number", HOUSE_MARK, "the number of a private home; the street, the lane and the problem's site stay", _find_house_numbers),
    Detector("home_address", HOME_MARK, "a flat, room or lodging where a person lives", _find_home_addresses),
)


def redact_text(text: str) -> str:
    try:
        for detector in DETECTORS:
            text = detector.apply(text)
        return text
    finally:
        forget_fold()


def findings(text: str) -> list[tuple[str, str]]:
    """(detector name, removed string) for every removal, in pipeline order: for `hopthu` tooling and tests."""
    found = []
    try:
        for detector in DETECTORS:
            for start, end in merge(detector.find(text)):
                found.append((detector.name, text[start:end]))
            text = detector.apply(text)
    finally:
        forget_fold()
    return found


__all__ = [
    "ACCOUNT_MARK",
    "DETECTORS",
    "EMAIL_MARK",
    "HOME_MARK",
    "HOUSE_MARK",
    "ID_MARK",
    "NAME_MARK",
    "PHONE_MARK",
    "PLATE_MARK",
    "Detector",
    "Span",
    "findings",
    "forget_fold",
    "redact_text",
]
