"""What an incoming reply says: its own text without the quoted thread, an agency's intent
("HỎI:" a question for the citizen, "TIẾN ĐỘ:" a progress note, "TRẢ LẠI:" / "KHÔNG THUỘC THẨM QUYỀN"
the case sent back as not the agency's, otherwise the answer), whether the
receiving server vouched for the sender (Authentication-Results), and what a bounce reports.

Pure functions over text and raw bytes: no journal, no network.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
from dataclasses import dataclass

from hopthu.core.redact import EMAIL, EMAIL_MASK
from hopthu.core.textnorm import fold

# Where the quoted original starts: "----- Thư gốc -----" (Zimbra vi), "-----Original Message-----",
# "On Mon, ... wrote:", "Vào ... đã viết:", Outlook's "From: ... / Sent: ..." block, forwarded blocks.
_QUOTE_START = re.compile(
    r"(?im)^(?:-{2,}\s*(?:th[ưu] g[ốo]c|original message|forwarded message|th[ưu] (?:đã )?chuy[ểe]n ti[ếe]p)\s*-{2,}"
    r"|_{10,}"
    r"|(?:on|vào|vao)\s.{0,200}(?:wrote|viết|viet)\s*:"
    r"|(?:from|từ|tu)\s*:.*\n(?:.*\n){0,2}(?:sent|date|đã gửi|da gui|ngày|ngay)\s*:)"
)
_GREETING = ("kinh gui", "kinh thua", "chao", "dear", "thua")


def own_text(text: str) -> str:
    """The reply's own words: everything before the quoted original, without "> " lines."""
    text = (text or "").replace("\r\n", "\n")
    match = _QUOTE_START.search(text)
    if match:
        above = _unquoted(text[: match.start()])
        if above:
            return above
        # Written below the quote (bottom-posting): keep what is not quoted, without the quote's header.
        text = text[: match.start()] + text[match.end():]
    return _unquoted(text)


def _unquoted(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">")).strip()


def mask_addresses(text: str) -> str:
    """An agency's text for the citizen: email addresses removed, so neither side sees the other's address.
    (`redact.redact` is for citizens' text: it would also hide "số nhà ..." in an agency's question.)"""
    return EMAIL.sub(EMAIL_MASK, text or "")


_INTENTS = {"hoi": "question", "tien do": "progress", "tra lai": "sendback", "chuyen lai": "sendback",
            "khong thuoc tham quyen": "sendback"}
_KEYWORD = re.compile(r"^(hoi|tien do)\s*:")
# "TRẢ LẠI:", "Trả lại hồ sơ:", "CHUYỂN LẠI Mặt trận:", "KHÔNG THUỘC THẨM QUYỀN:" (a few words may follow)
_SENDBACK = re.compile(r"^(tra lai|chuyen lai|khong thuoc tham quyen)\b[^:\n]{0,40}:")
# Without a colon, a first line that opens with the phrase ("Vụ việc không thuộc thẩm quyền của đơn vị ...");
# "... không thuộc thẩm quyền của phường" is an answer for the citizen (the ward as a whole cannot act).
_NOT_OURS = re.compile(r"^(?:(?:vu viec|noi dung|ho so|viec nay|phan anh|kien nghi|y kien)(?: nay| tren)? )?"
                       r"khong (?:thuoc|phai) (?:tham quyen|chuc nang|nhiem vu)\b(?! cua (?:phuong|cap phuong|ubnd))")


def agency_intent(text: str) -> tuple[str, str]:
    """("question" | "progress" | "sendback" | "answer", the text after the keyword, or the whole reply).

    The keyword ("HỎI:", "TIẾN ĐỘ:", "TRẢ LẠI:", "CHUYỂN LẠI:", "KHÔNG THUỘC THẨM QUYỀN:", with or without
    diacritics) opens the reply, after at most two greeting lines ("Kính gửi ..."); a first line that says
    the case is not within the agency's competence ("không thuộc thẩm quyền", "không thuộc chức năng")
    is a send-back too, its whole text the reason."""
    lines = own_text(text).split("\n")
    seen = 0
    for index, line in enumerate(lines):
        key = fold(line.strip())
        if not key:
            continue
        m = _KEYWORD.match(key) or _SENDBACK.match(key)
        if m:
            rest = [line.split(":", 1)[1].strip(), *lines[index + 1:]]
            return _INTENTS[m.group(1)], "\n".join(rest).strip()
        if _NOT_OURS.match(key):
            return "sendback", "\n".join(lines[index:]).strip()
        seen += 1
        if seen > 2 or not key.startswith(_GREETING):
            break
    return "answer", "\n".join(lines).strip()


# -- Authentication-Results (RFC 8601) -------------------------------------------


@dataclass
class AuthVerdict:
    present: bool       # the message carries an Authentication-Results header
    passed: bool        # spf=pass or dkim=pass (or dmarc=pass), aligned with the From domain
    detail: str         # what the header said, for an officer


def _domain(value: str) -> str:
    value = value.strip().strip("<>").lower()
    return value.rsplit("@", 1)[-1] if value else ""


def _aligned(a: str, b: str) -> bool:
    """Relaxed alignment (DMARC): one domain equals the other or is a subdomain of it."""
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def auth_verdict(raw: bytes, from_addr: str) -> AuthVerdict:
    """The verdict of the top-most Authentication-Results header (the one our own receiving server
    added; lower ones may come from anywhere). A pass counts only when aligned with the From domain
    where the header names the checked domain (smtp.mailfrom, header.d / header.i)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
    values = msg.get_all("Authentication-Results") or []
    if not values:
        return AuthVerdict(False, False, "")
    header = " ".join(str(values[0]).split())
    sender_domain = _domain(from_addr)
    passes = []
    for clause in header.split(";")[1:]:
        clause = re.sub(r"\([^()]*\)", " ", clause).strip()  # "[^()]": each "(" scans to the next one only
        m = re.match(r"(?i)(spf|dkim|dmarc)\s*=\s*(\w+)", clause)
        if not m:
            continue
        method, result = m.group(1).lower(), m.group(2).lower()
        if result != "pass":
            continue
        props = dict((k.lower(), v) for k, v in re.findall(r"(?i)(?<![a-z])([a-z]+\.[a-z-]+)\s*=\s*(\S+)", clause))
        checked = {
            "spf": props.get("smtp.mailfrom") or props.get("smtp.helo") or "",
            "dkim": props.get("header.d") or props.get("header.i") or "",
            "dmarc": props.get("header.from") or "",
        }[method]
        if not checked or _aligned(_domain(checked), sender_domain):
            passes.append(method)
    return AuthVerdict(True, bool(passes), header[:300])


# -- bounces (RFC 3464) -----------------------------------------------------------


@dataclass
class Bounce:
    message_ids: list[str]   # Message-IDs quoted from the returned message (ours, if it was ours)
    recipients: list[str]    # Final-Recipient addresses that failed
    status: str              # e.g. "5.1.1"
    diagnostic: str          # what the remote server said


def bounce_details(raw: bytes) -> Bounce:
    """What a delivery status notification reports, read from its raw bytes (the returned headers are
    in a text/rfc822-headers or message/rfc822 part that the text extraction does not show)."""
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n")
    body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
    ids = re.findall(r"(?im)^message-id:[ \t]*\n?[ \t]*(<[^>\s]+>)", body)
    recipients = [r.strip().lower() for r in re.findall(r"(?im)^final-recipient:\s*[\w-]+\s*;\s*<?([^>\s]+)>?", body)]
    status = re.search(r"(?im)^status:\s*([245]\.\d+\.\d+)", body)
    diagnostic = re.search(r"(?im)^diagnostic-code:\s*[\w-]+\s*;\s*(.+(?:\n[ \t]+.+)*)", body)
    return Bounce(
        message_ids=list(dict.fromkeys(ids)),
        recipients=list(dict.fromkeys(recipients)),
        status=status.group(1) if status else "",
        diagnostic=" ".join(diagnostic.group(1).split())[:300] if diagnostic else "",
    )
