"""Big attachment bodies lifted out of a letter before the MIME parser reads it.

The standard library's parser (under mail-parser) holds a body as a list of lines, then as one string,
then decoded: about seven times the letter in memory. A letter bigger than LIFT_LETTER_OVER is first
scanned for attachment bodies longer than LIFT_OVER; each is replaced by nothing, its part marked with
a header naming it, and `parsing` decodes it from the original bytes only when it reads the attachment,
one at a time. Text parts, nested messages and multipart containers are never lifted, so what the
parser sees of the letter's structure, text and headers is unchanged.

Pure: bytes in, bytes and offsets out. Anything the scanner does not follow leaves the letter whole.
"""

from __future__ import annotations

import binascii
import secrets
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32

LIFT_LETTER_OVER = 1024 * 1024
LIFT_OVER = 128 * 1024
HEADER = "X-Hopthu-Lifted"
_TEXT = ("text/plain", "text/html")


def delimiter(line: bytes, stack: list[bytes]) -> tuple[bytes, bool] | None:
    """(boundary, closing) when `line` is a delimiter of one of the open multiparts (RFC 2046)."""
    if not line.startswith(b"--"):
        return None
    text = line.rstrip(b"\r\n").rstrip(b" \t")
    for boundary in reversed(stack):
        if text == b"--" + boundary:
            return boundary, False
        if text == b"--" + boundary + b"--":
            return boundary, True
    return None


class _Scan:
    def __init__(self, raw: bytes, over: int):
        self.raw, self.n, self.over = raw, len(raw), over
        self.token = secrets.token_hex(8)  # a marker a sender cannot forge
        self.out: list[bytes] = []
        self.spans: dict[str, tuple[int, int, str]] = {}

    def line_end(self, p: int) -> int:
        e = self.raw.find(b"\n", p)
        return self.n if e < 0 else e + 1

    def nextdelimiter(self, p: int, stack: list[bytes]) -> tuple[int, int, bytes, bool] | None:
        """The first delimiter line of `stack` at or after line start `p`: (start, end, boundary, closing)."""
        if not stack:
            return None
        raw = self.raw
        while p < self.n:
            if raw.startswith(b"--", p):
                e = self.line_end(p)
                found = delimiter(raw[p:e], stack)
                if found:
                    return p, e, found[0], found[1]
            nl = raw.find(b"\n--", p)
            if nl < 0:
                return None
            p = nl + 1
        return None

    def header_end(self, p: int, stack: list[bytes]) -> tuple[int, bool]:
        """Where the header starting at `p` ends (after its blank line), and whether a delimiter cut it."""
        while p < self.n:
            e = self.line_end(p)
            line = self.raw[p:e]
            if stack and line.startswith(b"--") and delimiter(line, stack):
                return p, True
            p = e
            if not line.strip():
                return p, False
        return p, True

    def part(self, p: int, stack: list[bytes]) -> int:
        """Copy (or lift) the part starting at `p`; returns where it ends (a delimiter of `stack`, or the end)."""
        raw = self.raw
        hend, cut = self.header_end(p, stack)
        head = BytesHeaderParser(policy=compat32).parsebytes(raw[p:hend])
        maintype = head.get_content_maintype()
        boundary = head.get_boundary() if maintype == "multipart" else None
        if boundary and not cut:
            mine = boundary.encode("ascii", "surrogateescape")
            self.out.append(raw[p:hend])
            return self.multipart(hend, mine, [*stack, mine])
        found = self.nextdelimiter(hend, stack)
        body_end = found[0] if found else self.n
        disposition = (head.get_content_disposition() or "").lower()
        textual = head.get_content_type() in _TEXT and disposition != "attachment"
        if cut or textual or maintype in ("multipart", "message") or body_end - hend <= self.over:
            self.out.append(raw[p:body_end])
            return body_end
        end = body_end
        if found:  # the line break before a delimiter belongs to the delimiter
            end -= 2 if raw[end - 2 : end] == b"\r\n" else 1 if raw[end - 1 : end] == b"\n" else 0
        key = f"{self.token}-{len(self.spans)}"
        self.spans[key] = (hend, end, str(head.get("content-transfer-encoding", "")))
        self.out += [f"{HEADER}: {key}\r\n".encode(), raw[p:hend], raw[end:body_end]]
        return body_end

    def multipart(self, p: int, mine: bytes, inner: list[bytes]) -> int:
        raw = self.raw
        while True:
            found = self.nextdelimiter(p, inner)
            if found is None:
                self.out.append(raw[p:])
                return self.n
            start, end, boundary, closing = found
            self.out.append(raw[p:start])
            if boundary != mine:  # an outer delimiter: this multipart was never closed
                return start
            self.out.append(raw[start:end])
            if closing:
                after = self.nextdelimiter(end, inner[:-1])
                stop = after[0] if after else self.n
                self.out.append(raw[end:stop])
                return stop
            p = self.part(end, inner)


class Lifted:
    """The letter as the parser should read it (`skeleton`), and how to get a lifted body back."""

    def __init__(self, raw: bytes):
        self.raw = raw
        self.skeleton = raw
        self._spans: dict[str, tuple[int, int, str]] = {}
        if len(raw) <= LIFT_LETTER_OVER:
            return
        scan = _Scan(raw, LIFT_OVER)
        try:
            end = scan.part(0, [])
        except (RecursionError, ValueError, LookupError):  # a structure not followed: parse it whole
            return
        if scan.spans and end == len(raw):
            self.skeleton, self._spans = b"".join(scan.out), scan.spans

    def payload(self, part: Message) -> bytes | None:
        """The decoded body of a part whose body was lifted (None for any other part)."""
        key = part.get(HEADER)
        span = self._spans.get(str(key).strip()) if key is not None else None
        if span is None:
            return None
        start, end, encoding = span
        if encoding.strip().lower() == "base64":
            try:  # straight from the bytes: newlines skipped, no copy of the encoded body
                return binascii.a2b_base64(memoryview(self.raw)[start:end])
            except binascii.Error:  # bad padding and the like: the standard library's way, with its repairs
                pass
        holder = Message()  # the standard library's own decoding, on this one body
        if encoding:
            holder["Content-Transfer-Encoding"] = encoding
        holder.set_payload(self.raw[start:end].decode("ascii", "surrogateescape"))
        data = holder.get_payload(decode=True)
        return data if isinstance(data, bytes) else b""
