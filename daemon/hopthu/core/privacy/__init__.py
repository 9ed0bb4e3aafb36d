"""Redaction as a pipeline of named detectors: what each removes, why, and the marker left in its place.

`DETECTORS` is the one list of what hopthu removes from a citizen's text before an agency, the
shared register, a report, a digest or a log sees it. They run in this order, each on the text the
previous ones left, so a later one can read an earlier one's marker. Pure, no I/O.
"""

from __future__ import annotations

from hopthu.core.privacy.alonenames import find_alone_nicknames, find_heading_name
from hopthu.core.privacy.base import Detector, Span, fold_same_length, forget_fold, merge
from hopthu.core.privacy.claimed import find_claimed_officials
from hopthu.core.privacy.contacts import find_emails, find_phones
from hopthu.core.privacy.handles import find_handle_names
from hopthu.core.privacy.homes import find_home_addresses, find_house_numbers
from hopthu.core.privacy.insurance import find_insurance_numbers
from hopthu.core.privacy.intros import find_introduced_names
from hopthu.core.privacy.kinbare import find_bare_kin_names
from hopthu.core.privacy.lettereddigits import lettered_homes
from hopthu.core.privacy.lowernicks import find_lower_nicknames
from hopthu.core.privacy.markerwords import drop_house_markers
from hopthu.core.privacy.namecues import GIVEN_FOLDED, NAME_SYLLABLES, is_place
from hopthu.core.privacy.names import find_names
from hopthu.core.privacy.namesigns import Cues, drop_bodies, find_shaped_names, split_names
from hopthu.core.privacy.namewords import GIVEN_LOWER, SURNAMES
from hopthu.core.privacy.numbers import (
    find_accounts,
    find_ids,
    find_passports,
    find_private_plates,
)
from hopthu.core.privacy.publicnames import keep_public_names
from hopthu.core.privacy.scornnames import find_scorn_names
from hopthu.core.privacy.shoutedwords import drop_common_runs
from hopthu.core.privacy.signoffs import (
    contact_role_names,
    drop_honoured_names,
    pieced_house_numbers,
    signed_flats,
)
from hopthu.core.privacy.signs import drop_sign_names

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
    rau", `scornnames`). A business's sign name ("Quán nhậu Hải Mập") is no person's (`signs`), nor "Điện lực". The
    submitter's contact line with a role ("Người liên hệ: Trưởng ban X") is the submitter's; a martyr proposed as a
    lane's name ("đặt tên … "Liệt sĩ X"") is no private person's (`signoffs`)."""
    names = drop_bodies(text, drop_house_markers(text, find_names(text)))  # "Nhà em SN 44": a marker (`markerwords`)
    # officials and sign names after a capitalised honorific that `names` took stay (`publicnames`)
    found = keep_public_names(text, drop_sign_names(text, names)) + find_claimed_officials(text) \
        + find_lower_nicknames(text) + find_handle_names(text) + find_introduced_names(text) \
        + find_bare_kin_names(text, names) + find_shaped_names(text, _CUES) + split_names(text, names) \
        + find_alone_nicknames(text) + find_heading_name(text, GIVEN_LOWER.__contains__) \
        + find_scorn_names(text, fold_same_length, GIVEN_LOWER, GIVEN_FOLDED) \
        + contact_role_names(text, fold_same_length)  # "Người liên hệ: Trưởng ban X" (`signoffs`)
    found = drop_honoured_names(text, fold_same_length, found)  # "đặt tên … "Liệt sĩ X"" (`signoffs`)
    return drop_common_runs(text, found, fold_same_length, SURNAMES)  # "DIA CHI THUONG TRU", "khu đô thị X" (`shoutedwords`)


def _find_house_numbers(text: str) -> list[Span]:
    # "tôi ở tổ 6, ngõ 12 phố Đội Cấn, nhà số 7." (`signoffs`)
    # "so 45B1 hem 12": a digit after the letter (`lettereddigits`)
    return find_house_numbers(text) + pieced_house_numbers(text, fold_same_length) + lettered_homes(text, find_house_numbers)


def _find_home_addresses(text: str) -> list[Span]:
    # "[họ tên] (p.1204)" (`signoffs`)
    return find_home_addresses(text) + signed_flats(text, NAME_MARK)


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
