"""A sender's address as hopthu may answer it: one well-formed mailbox taken from the parsed header.

The From and Reply-To headers are parsed by the standard library's RFC 5322 parser (`email.headerregistry`)
after encoded words are recognised, never by splitting decoded text: an encoded name such as
"=?utf-8?b?...?=" that decodes to "Nguyễn: evil@attacker.vn" stays a name. A header gives an address only
when it holds exactly one mailbox, outside a named group, that the parser read without an invalid-header
defect, and whose address is well formed (a local part without spaces, quotes or specials, a domain of at
least two labels). Anything else gives no address: the letter still becomes a case, it is just not
acknowledged (the officers see the sender in the journal).

Internationalised addresses (EAI, RFC 6532: UTF-8 in the header, "nguyễn@ví-dụ.vn") are taken as they
are. Header bytes that are not UTF-8 reach here as surrogate escapes; they are read as UTF-8 when they are
(EAI), and otherwise give no address (a name is still guessed from them for redaction)."""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import Address

_SPECIALS = set(' \t\r\n"(),:;<>[]\\@') | {chr(c) for c in range(32)} | {"\x7f"}
#: What the parser says when it had to guess where an address is: no address then. Other defects — an encoded
#: word inside quotes, a missing space or ">" — are common in real mail and leave the address clear.
_GUESSED = ("invalid address", "local part", "local-part is not", "no domain", "does not start with word",
            "comment found without atom", "missing '.' between words")
_REFUSED = ("UndecodableBytesDefect", "HeaderMissingRequiredValue")


def repair_utf8(value: str) -> tuple[str, bool]:
    """Raw 8-bit header bytes (surrogate escapes) read as UTF-8; (text, True) when they were UTF-8 or there
    were none, (text with U+FFFD, False) when they were not."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value, True
    raw = value.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace"), False


def well_formed(address: str) -> bool:
    """local@domain.tld: no spaces, quotes or specials in the local part, no encoded word, labels of letters,
    digits and hyphens (any script: EAI and IDN), a top-level label of letters, at most 254 characters."""
    if not address or len(address) > 254 or address.count("@") != 1 or "=?" in address:
        return False
    local, domain = address.split("@")
    if not local or len(local) > 64 or any(ch in _SPECIALS for ch in local) or local[0] == "." \
            or local[-1] == "." or ".." in local:
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not labels[-1].isalpha() or len(labels[-1]) < 2:
        return False
    return all(0 < len(label) <= 63 and label[0] != "-" and label[-1] != "-"
               and all(ch.isalnum() or ch == "-" for ch in label) for label in labels)


def mailboxes(name: str, value: str) -> list[Address] | None:
    """The mailboxes of an address header, or None when the parser found it broken."""
    try:
        header = policy.default.header_factory(name, value)
    except Exception:  # the parser's own bugs on garbage: no address
        return None
    for defect in header.defects:
        if type(defect).__name__ in _REFUSED or any(text in str(defect) for text in _GUESSED):
            return None
    groups = getattr(header, "groups", ())
    if any(g.display_name is not None for g in groups):  # "Name: a@b.vn;" — a group is no sender
        return None
    return [a for g in groups for a in g.addresses]


#: A From or Reply-To header longer than this is not one person's mailbox: not parsed (the standard
#: library's address parser took 5 s over a 10 kB "From: a,a,a,…", bench/fuzz_intake.py), nobody answered.
MAX_ADDRESS_HEADER = 2000


def sender(value: str) -> tuple[str, str]:
    """(display name, address) of a From header: the address '' unless it is one well-formed mailbox."""
    if len(value) > MAX_ADDRESS_HEADER:
        return "", ""
    text, utf8 = repair_utf8(value)
    found = mailboxes("from", text) if utf8 else None
    if not found or len(found) != 1:
        return "", ""
    box = found[0]
    address = box.addr_spec.strip().lower()
    return box.display_name or "", address if well_formed(address) else ""


#: The From header of nearly every letter: an ASCII name of atoms and encoded words (or none; a dot in the name
#: goes to the parser, which has its own view of "A. <a@b.vn>") and one
#: plain address in angle brackets, or the bare address. The RFC 5322 parser reads these as that one mailbox
#: without a defect that matters, at a third of a letter's parse time; so `sender_address` takes the address
#: here and asks the parser only about the rest (quoted names, comments, groups, several mailboxes, 8-bit
#: bytes). Linear, searched too: anchored at the start, the name's class holds no "<", the local part's no "@".
_PLAIN_FROM = re.compile(
    r"\A(?:[ \t]*(?P<name>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-][^.\"<>@,;:\\()\[\]\x00-\x1f\x7f]*)?"
    r"<(?P<angle>[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+)>[ \t]*"
    r"|[ \t]*(?P<bare>[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+)[ \t]*)\Z")


def sender_address(value: str) -> str:
    """`sender(value)[1]`, the parser spared for the plain From header of nearly every letter."""
    match = _PLAIN_FROM.fullmatch(value) if value.isascii() else None
    if match is None:
        return sender(value)[1]
    address = (match["angle"] or match["bare"]).lower()
    return address if well_formed(address) else ""


def plain_display_name(value: str) -> str | None:
    """The display name `email.utils.parseaddr` reads in a plain From header (`_PLAIN_FROM`: atoms and encoded
    words, then one address), still RFC 2047-encoded; None for any other From (ask `parseaddr`). The name's
    characters hold no specials, so parseaddr's phrase is its words joined by one space (tested against it)."""
    match = _PLAIN_FROM.fullmatch(value) if value.isascii() else None
    if match is None:
        return None
    return " ".join((match["name"] or "").split())


def reply_address(value: str) -> str:
    """The first well-formed mailbox of a Reply-To header ('' when none)."""
    if len(value) > MAX_ADDRESS_HEADER:
        return ""
    text, utf8 = repair_utf8(value)
    for box in (mailboxes("reply-to", text) or []) if utf8 else []:
        address = box.addr_spec.strip().lower()
        if well_formed(address):
            return address
    return ""
