"""Raw email bytes → a readable message: the standard library's parser does the MIME work, once.

The message is parsed by `email.message_from_bytes` (what mail-parser itself calls) and walked once:
mail-parser's own pass over the parsed message (bodies decoded with `errors="ignore"` and a UTF-8 fallback,
attachments decoded, every header decoded) is work hopthu redid or never used, and doubled the cost of a
letter (bench/throughput.py). Each text part is decoded from its raw bytes by `decode_bytes`: the declared
charset strictly, and only when that fails UTF-8, then windows-1258, so a UTF-8 body labelled us-ascii or
windows-1258 labelled UTF-8 never becomes mojibake silently. Headers are decoded when first read, once.
HTML-only mail becomes readable text through html2text. Attachment names are sanitised (path traversal).
Never raises for bad input: what cannot be read is reported in `problems`, for quarantine.
"""

from __future__ import annotations

import email
import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime

from hopthu.core.addresses import reply_address, sender_address
from hopthu.core.textnorm import nfc

_FALLBACK_CHARSETS = ("utf-8", "cp1258")
_CASE_TAG = re.compile(r"\[([A-Z][A-Z0-9]{0,7}(?:-[A-Z0-9]{1,8}){0,2}-\d{4}-\d{4,})\]")  # ward.code_prefix-year-number


class Headers(Mapping[str, str]):
    """Header name (lower case) → decoded value, decoded when first read: a message carries a dozen
    headers and the pipeline reads a few (decoding every one cost a sixth of the parse)."""

    def __init__(self, raw: dict[str, str]):
        self._raw = raw
        self._decoded: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        try:
            return self._decoded[name]
        except KeyError:
            value = self._decoded[name] = _decode_header_value(self._raw[name])
            return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)

    def __repr__(self) -> str:
        return f"Headers({dict(self)!r})"


@dataclass
class RawAttachment:
    filename: str
    content_type: str
    payload: bytes


@dataclass
class ParsedEmail:
    message_id: str
    subject: str
    text: str
    from_name: str
    from_addr: str
    reply_to: str
    date: datetime | None
    headers: Mapping[str, str]
    in_reply_to: str
    references: list[str]
    attachments: list[RawAttachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # why it cannot be processed, for an officer
    suspect: list[str] = field(default_factory=list)   # readable only in part: an officer should look first

    @property
    def case_tag(self) -> str:
        match = _CASE_TAG.search(self.subject)
        return match.group(1) if match else ""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def fingerprint(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(nfc(part).strip().encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def decode_bytes(payload: bytes, declared: str | None) -> tuple[str, str | None]:
    """Decode a text part; returns (text, defect or None). Never produces mojibake silently."""
    tried = []
    for charset in ([declared] if declared else []) + list(_FALLBACK_CHARSETS):
        charset = (charset or "").lower()
        if not charset or charset in tried:
            continue
        tried.append(charset)
        try:
            text = payload.decode(charset)
        except (UnicodeDecodeError, LookupError, ValueError):  # ValueError: a charset name holding NUL
            continue
        defect = None if charset == (declared or "").lower() or not declared else (
            f"charset {declared!r} was wrong; decoded as {charset}"
        )
        return nfc(text), defect
    return nfc(payload.decode("utf-8", errors="replace")), f"undecodable text (charset {declared!r})"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _decode_header_value(value: str) -> str:
    value = str(value)
    if value.isascii() and "=?" not in value:
        return _CONTROL.sub("", value)  # nothing to decode (most headers)
    if any("\udc80" <= ch <= "\udcff" for ch in value):
        # Raw 8-bit bytes in a header (old Outlook writes windows-1258 unencoded): guess like bodies.
        raw = value.encode("ascii", "surrogateescape")
        return _CONTROL.sub("", decode_bytes(raw, None)[0])
    try:
        text = str(make_header(decode_header(value)))
    except Exception:  # malformed encoded-words: keep the raw text rather than lose the header
        text = value
    return _CONTROL.sub("", nfc(text))


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", value)


# A "<" with no ">" before the next "<": the lookahead stops at the next "<" or ">", so each character
# is looked at a bounded number of times.
_STRAY_LT = re.compile(r"<(?![^<>]*>)")


def _tags_closed(html: str) -> str:
    """`html` where every "<" that does not open a tag closed before the next "<" is written "&lt;"
    (comments, closed by "-->", are kept whole). The standard library's HTML parser rescans to the end of
    the text for each unclosed "<" (16 kB of "<a" took 2 s, 1 MB hours); after this pass it never has to.
    Linear: each search only moves forward."""
    out: list[str] = []
    pos = 0
    while True:
        start = html.find("<!--", pos)
        end = html.find("-->", start + 4) if start >= 0 else -1
        if end < 0:
            out.append(_STRAY_LT.sub("&lt;", html[pos:]))
            return "".join(out)
        out.append(_STRAY_LT.sub("&lt;", html[pos:start]))
        out.append(html[start:end + 3])
        pos = end + 3


def _html_to_text(html: str) -> str:
    import html2text

    conv = html2text.HTML2Text()
    conv.ignore_images = True
    conv.ignore_emphasis = True
    conv.body_width = 0
    conv.unicode_snob = True  # keep "Trần" as "Trần", not "Tran"
    text = conv.handle(_tags_closed(html))
    return re.sub(r"\n\s*\n(\s*\n)+", "\n\n", text).strip()


def _parts(msg: Message) -> tuple[list[str], list[str], list[RawAttachment], list[str]]:
    """One walk over the MIME tree: plain and HTML text parts (each decoded by `decode_bytes`),
    attachments (a filename, or disposition "attachment"), and the names of every defect found."""
    plain: list[str] = []
    html: list[str] = []
    attachments: list[RawAttachment] = []
    defects = [type(d).__name__ for d in getattr(msg, "defects", []) or []]
    for part in msg.walk():
        if part is not msg:
            defects.extend(type(d).__name__ for d in getattr(part, "defects", []) or [])
        if part.is_multipart():
            continue
        disposition = (part.get_content_disposition() or "").lower()
        ctype = part.get_content_type()
        filename = part.get_filename()
        if disposition != "attachment" and ctype in ("text/plain", "text/html"):
            try:
                payload = _payload_bytes(part)
            except Exception as exc:  # broken transfer encoding
                defects.append(f"undecodable {ctype} part: {exc}")
            else:
                text, defect = decode_bytes(payload, part.get_content_charset())
                if defect:
                    defects.append(defect)
                (plain if ctype == "text/plain" else html).append(text.replace("\r\n", "\n").replace("\r", "\n"))
            if not filename:
                continue
        if disposition != "attachment" and not filename:
            continue
        try:
            payload = _payload_bytes(part)
        except Exception:
            payload = b""
        attachments.append(RawAttachment(filename=_safe_filename(_decode_header_value(filename or "")),
                                         content_type=ctype, payload=payload))
    return plain, html, attachments, defects


def _payload_bytes(part: Message) -> bytes:
    """A leaf part's decoded body (get_payload(decode=True) gives bytes or None for a leaf)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _safe_filename(name: str) -> str:
    name = nfc(name or "").replace("\\", "/").split("/")[-1]
    name = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", name).strip(" .")
    return name[:150] or "tep-dinh-kem"


def parse_email(raw: bytes) -> ParsedEmail:
    problems: list[str] = []
    try:
        msg = email.message_from_bytes(raw)
    except Exception as exc:  # the parser gives up on some garbage: record why, never crash
        return ParsedEmail(
            message_id="", subject="", text="", from_name="", from_addr="", reply_to="", date=None,
            headers={}, in_reply_to="", references=[], problems=[f"thư không đọc được (MIME hỏng): {exc}"],
        )

    raw_headers = {k.lower(): str(v) for k, v in msg.raw_items()}
    headers = Headers(raw_headers)
    subject = headers.get("subject", "").replace("\r", " ").replace("\n", " ").strip()
    # Addresses come from the RFC 5322 parser before encoded words are decoded (a decoded name may hold ":",
    # "," or "@"), and only a well-formed mailbox is an address hopthu may answer (`addresses`).
    raw_from = _unfold(raw_headers.get("from", ""))
    from_addr = sender_address(raw_from)
    # The name as RFC 2047 reads it (whitespace between encoded words dropped, which the stdlib's parser keeps),
    # guessed even when there is no address to answer: redaction removes it from texts.
    from_name = _decode_header_value(parseaddr(raw_from)[0])
    reply_to = reply_address(_unfold(raw_headers.get("reply-to", ""))) if headers.get("reply-to") else ""
    try:
        date = parsedate_to_datetime(headers["date"]) if headers.get("date") else None
    except (TypeError, ValueError):
        date = None

    plain, html, attachments, defects = _parts(msg)
    text = "\n\n".join(t.strip() for t in plain if t.strip())
    if not text and html:
        text = "\n\n".join(_html_to_text(h) for h in html if h.strip())
    text = nfc(text).strip()

    structural = {"StartBoundaryNotFoundDefect", "CloseBoundaryNotFoundDefect", "MultipartInvariantViolationDefect",
                  "MissingHeaderBodySeparatorDefect"}
    broken = sorted(d for d in set(defects) if d in structural or d.startswith("undecodable"))
    suspect: list[str] = []
    if not text and any(d in structural for d in defects):
        problems.append("thư hỏng cấu trúc MIME (thiếu ranh giới multipart), không đọc được nội dung")
    elif broken:
        suspect.append(
            "thư hỏng định dạng (" + ", ".join(broken) + "), chỉ đọc được một phần nội dung"
        )
    if not text and not subject.strip() and not attachments:
        problems.append("thư trống: không có tiêu đề, nội dung hay tệp đính kèm")

    refs = (headers.get("references", "") + " " + headers.get("in-reply-to", "")).split()
    return ParsedEmail(
        message_id=headers.get("message-id", "").strip(),
        subject=subject,
        text=text,
        from_name=nfc(from_name).strip(),
        from_addr=from_addr.strip().lower(),
        reply_to=reply_to.strip().lower(),
        date=date,
        headers=headers,
        in_reply_to=headers.get("in-reply-to", "").strip(),
        references=[r for r in refs if r.startswith("<")],
        attachments=attachments,
        defects=sorted(set(defects)),
        problems=problems,
        suspect=suspect,
    )
