"""Raw email bytes → a readable message: the standard library's parser reads the bytes, mail-parser
(the design's parser) makes its pass over the message, and hopthu walks it once.

Headers no person writes are cut before any pass over them (mail-parser's pass over a 1 MB address
header took 50 s; the standard library's header decoding is quadratic), and a pass mail-parser gives up
on is a defect of the letter, not a lost letter: the message is read all the same. mail-parser decodes
bodies with `errors="ignore"` and a UTF-8 fallback, so each text part is decoded from its raw bytes by
`decode_bytes`: the declared charset strictly, and only when that fails UTF-8, then windows-1258, so a
UTF-8 body labelled us-ascii or windows-1258 labelled UTF-8 never becomes mojibake silently. A big
letter's attachment bodies stay out of the parsers (`lifted`). Headers are decoded when first read, once.
HTML-only mail becomes readable text through html2text. Attachment names are sanitised (path traversal).
Never raises for bad input: what cannot be read is reported in `problems`, for quarantine.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email import base64mime, message_from_bytes, quoprimime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime
from typing import TypeVar, overload

from hopthu.core.addresses import MAX_ADDRESS_HEADER, plain_display_name, reply_address, sender_address
from hopthu.core.lifted import Lifted
from hopthu.core.textnorm import nfc

_FALLBACK_CHARSETS = ("utf-8", "cp1258")
_T = TypeVar("_T")
_CASE_TAG = re.compile(r"\[([A-Z][A-Z0-9]{0,7}(?:-[A-Z0-9]{1,8}){0,2}-\d{4}-\d{4,})\]")  # ward.code_prefix-year-number


#: A case code as a citizen copies it into a Form answer or a letter: "HT-2026-0042", "ht 2026 42",
#: "HT.2026.0042" (linear: bounded separators and digit runs).
_QUOTED_CODE = re.compile(r"(?i)(?<![a-z0-9])([a-z][a-z0-9]{0,7}(?:-[a-z0-9]{1,8}){0,2})[ \-_./]{1,3}(\d{4})[ \-_./]{1,3}"
                          r"(\d{1,6})(?![\d])")


def quoted_codes(text: str, prefix: str) -> list[str]:
    """The case codes of this ward (`prefix`) a text quotes, normalised to "<PREFIX>-yyyy-nnnn", in order."""
    found: list[str] = []
    for m in _QUOTED_CODE.finditer(text or ""):
        if m.group(1).upper() != prefix.upper():
            continue
        code = f"{prefix.upper()}-{m.group(2)}-{int(m.group(3)):04d}"
        if code not in found:
            found.append(code)
    return found


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

    @overload
    def get(self, name: str, /) -> str | None: ...
    @overload
    def get(self, name: str, /, default: str | _T) -> str | _T: ...

    def get(self, name: str, /, default: object = None) -> object:
        """Mapping.get without raising and catching KeyError for each header a letter lacks."""
        return self[name] if name in self._raw else default

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


#: Characters of a header value decoded at most: the standard library's `decode_header` is quadratic in
#: the number of encoded words (a 1 MB Subject of "=?utf-8?b?w6A=?= " took 40 s); no header a person
#: writes comes near this, and the rest of such a header is dropped.
MAX_HEADER_DECODED = 16_000


def _decode_header_value(value: str) -> str:
    value = str(value)
    if len(value) > MAX_HEADER_DECODED:  # cut at a space: no encoded word left broken in two
        value = value[:MAX_HEADER_DECODED]
        value = value[:cut] if (cut := value.rfind(" ")) > MAX_HEADER_DECODED // 2 else value
    if value.isascii() and "=?" not in value:
        return _CONTROL.sub("", value)  # nothing to decode (most headers)
    if not value.isascii() and any("\udc80" <= ch <= "\udcff" for ch in value):
        # Raw 8-bit bytes in a header (old Outlook writes windows-1258 unencoded): guess like bodies.
        raw = value.encode("ascii", "surrogateescape")
        return _CONTROL.sub("", decode_bytes(raw, None)[0])
    try:
        text = _utf8_words(value)
        if text is None:
            text = str(make_header(decode_header(value)))
    except Exception:  # malformed encoded-words: keep the raw text rather than lose the header
        text = value
    return _CONTROL.sub("", nfc(text))


#: A header that is UTF-8 encoded words alone, folded or not (how mail programs write a Vietnamese Subject or
#: name), and each of them. Linear: a match starts at "=?", and a word's text holds no "?".
_UTF8_WORDS = re.compile(r"=\?utf-8\?[bq]\?[^?\s]*\?=(?:[ \t\r\n]*=\?utf-8\?[bq]\?[^?\s]*\?=)*", re.IGNORECASE)
_UTF8_WORD = re.compile(r"=\?utf-8\?([bq])\?([^?\s]*)\?=", re.IGNORECASE)


def _utf8_words(value: str) -> str | None:
    """`str(make_header(decode_header(value)))` for a header of UTF-8 encoded words only (the whitespace
    between them dropped, the bytes joined and decoded strictly, as there), without the generic decoder's
    passes; None for any other header. Raises where the standard library raises (bad base64, bad UTF-8)."""
    if not _UTF8_WORDS.fullmatch(value.lstrip(" \t\r\n")):  # (whitespace before the first word is dropped there)
        return None
    pieces = []
    for encoding, text in _UTF8_WORD.findall(value):
        if encoding in "bB":
            pieces.append(base64mime.decode(text + "==="[:(4 - len(text) % 4) % 4]))
        else:
            pieces.append(quoprimime.header_decode(text).encode("raw-unicode-escape"))
    return b"".join(pieces).decode("utf-8")


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


def _parts(msg: Message, lifted: Lifted | None = None) -> tuple[list[str], list[str], list[RawAttachment], list[str]]:
    """One walk over the MIME tree: plain and HTML text parts (each decoded by `decode_bytes`),
    attachments (a filename, or disposition "attachment"), and the names of every defect found.
    `lifted`: attachment bodies the parser did not read (`core.lifted`), decoded here one at a time."""
    plain: list[str] = []
    html: list[str] = []
    attachments: list[RawAttachment] = []
    defects = [type(d).__name__ for d in getattr(msg, "defects", []) or []]
    for part in msg.walk():
        if part is not msg:
            defects.extend(type(d).__name__ for d in getattr(part, "defects", []) or [])
        if part.is_multipart() or part.get("x-hopthu-left-out") is not None:
            continue  # a placeholder for a part not taken (too big): the journal lists it, it is no text
        disposition = (_header_param(part.get_content_disposition, defects) or "").lower()
        ctype = part.get_content_type()
        if _no_filename(part, ctype):
            filename = None  # a text part's parameters are read once, for its charset
        else:
            filename = _header_param(part.get_filename, defects)
        if disposition != "attachment" and ctype in ("text/plain", "text/html"):
            try:
                payload = _payload_bytes(part)
            except Exception as exc:  # broken transfer encoding
                defects.append(f"undecodable {ctype} part: {exc}")
                if filename is None:  # its parameters' defect, if any, noted as `get_filename` notes it
                    _header_param(part.get_content_charset, defects)
            else:
                text, defect = decode_bytes(payload, _header_param(part.get_content_charset, defects))
                if defect:
                    defects.append(defect)
                (plain if ctype == "text/plain" else html).append(text.replace("\r\n", "\n").replace("\r", "\n"))
            if not filename:
                continue
        if disposition != "attachment" and not filename:
            continue
        try:
            held = lifted.payload(part) if lifted is not None else None
            payload = _payload_bytes(part) if held is None else held
        except Exception:
            payload = b""
        attachments.append(RawAttachment(filename=_safe_filename(_decode_header_value(filename or "")),
                                         content_type=ctype, payload=payload))
    return plain, html, attachments, defects


def _no_filename(part: Message, ctype: str) -> bool:
    """True when `part.get_filename()` is None without reading its parameters: a text part with no
    Content-Disposition and no "name" in its Content-Type (a filename* or name* parameter holds "name" too).
    A text part's Content-Type parameters are read for its charset anyway: a defect in them is noted there."""
    return (ctype in ("text/plain", "text/html") and "content-disposition" not in part
            and "name" not in str(part.get("content-type", "")).lower())


def _display_name(raw_from: str) -> str:
    """The sender's name as RFC 2047 reads it, or '' for a From with comments nested past the recursion limit
    of `parseaddr` (a From of 600 "(" raised RecursionError). A From longer than one mailbox never gets here:
    `_cut_long_headers` emptied it before any parser saw it."""
    name = plain_display_name(raw_from)  # nearly every letter: no pass of the address parser
    try:
        return _decode_header_value(parseaddr(raw_from)[0] if name is None else name)
    except RecursionError:
        return ""


def _header_param(read: Callable[[], str | None], defects: list[str]) -> str | None:
    """A parameter of a part's header (charset, filename, disposition), or None when the standard library
    cannot read it: an RFC 2231 value whose charset name holds a NUL raises ValueError there."""
    try:
        return read()
    except (ValueError, LookupError, TypeError, UnicodeError) as exc:
        defects.append(f"undecodable header parameter: {type(exc).__name__}")
        return None


def _payload_bytes(part: Message) -> bytes:
    """A leaf part's decoded body (get_payload(decode=True) gives bytes or None for a leaf)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _safe_filename(name: str) -> str:
    name = nfc(name or "").replace("\\", "/").split("/")[-1]
    name = re.sub(r"[\x00-\x1f<>:\"|?*]", "_", name).strip(" .")
    return name[:150] or "tep-dinh-kem"


#: Headers holding addresses: longer than one mailbox list a person writes, they are emptied.
_ADDRESS_HEADERS = ("from", "sender", "reply-to", "to", "cc", "bcc")


def _cut_long_headers(msg: Message) -> list[str]:
    """Headers no person writes made short before any parser's pass over them: an address header over
    MAX_ADDRESS_HEADER characters emptied (no address to answer), any other over MAX_HEADER_DECODED cut at a
    space. Returns the names of the headers cut (a defect of the letter)."""
    cut: list[str] = []
    if all(len(v) <= MAX_ADDRESS_HEADER for _, v in msg.raw_items()):  # nearly every letter: one look at each
        return cut
    for name in {k.lower() for k in msg.keys()}:
        values = [str(v) for v in msg.get_all(name, [])]
        limit = MAX_ADDRESS_HEADER if name in _ADDRESS_HEADERS else MAX_HEADER_DECODED
        if all(len(v) <= limit for v in values):
            continue
        del msg[name]
        for value in values:
            if len(value) > limit:
                value = "" if name in _ADDRESS_HEADERS else value[:limit].rsplit(" ", 1)[0]
            msg[name] = value
        cut.append(name)
    return cut


@functools.cache
def _quiet_mailparser() -> None:
    """mail-parser logs a line for every DSN part it does not handle; keep the daemon's log clean (once)."""
    logging.getLogger("mailparser").setLevel(logging.ERROR)


def parse_email(raw: bytes) -> ParsedEmail:
    problems: list[str] = []
    lifted = Lifted(raw)  # a big letter's attachment bodies are decoded from `raw` when read, not parsed
    try:
        # mail-parser's own first step, then its pass over the message, on headers no person writes cut
        # first: its pass over every address header took 50 s for a 1 MB "From: a,a,a,…" and the standard
        # library's header decoding is quadratic (bench/fuzz_intake.py). A multipart nested deeper than the
        # recursion limit raises RecursionError: quarantined below.
        msg = message_from_bytes(lifted.skeleton)
        cut = _cut_long_headers(msg)
    except Exception as exc:  # garbage the parser gives up on: record why, never crash
        return ParsedEmail(
            message_id="", subject="", text="", from_name="", from_addr="", reply_to="", date=None,
            headers={}, in_reply_to="", references=[], problems=[f"thư không đọc được (MIME hỏng): {exc}"],
        )
    import mailparser  # here: the daemon reads letters in its worker process, which alone loads it

    _quiet_mailparser()
    try:
        msg = mailparser.MailParser(msg).message  # the constructor parses
    except Exception as exc:  # mail-parser's pass gives up (a charset name holding a NUL, nested comments in
        # From): the standard library's message it was given is read below all the same, a defect noted
        cut.append(f"mail-parser: {type(exc).__name__}")

    raw_headers = {k.lower(): str(v) for k, v in msg.raw_items()}
    headers = Headers(raw_headers)
    subject = headers.get("subject", "").replace("\r", " ").replace("\n", " ").strip()
    # Addresses come from the RFC 5322 parser before encoded words are decoded (a decoded name may hold ":",
    # "," or "@"), and only a well-formed mailbox is an address hopthu may answer (`addresses`).
    raw_from = _unfold(raw_headers.get("from", ""))
    from_addr = sender_address(raw_from)
    # The name as RFC 2047 reads it (whitespace between encoded words dropped, which the stdlib's parser keeps),
    # guessed even when there is no address to answer: redaction removes it from texts.
    from_name = _display_name(raw_from)
    reply_to = reply_address(_unfold(raw_headers.get("reply-to", ""))) if headers.get("reply-to") else ""
    try:
        date = parsedate_to_datetime(headers["date"]) if headers.get("date") else None
    except (TypeError, ValueError):
        date = None

    plain, html, attachments, defects = _parts(msg, lifted)
    defects += [c if c.startswith("mail-parser") else f"header too long, cut: {c}" for c in cut]
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
