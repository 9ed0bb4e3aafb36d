"""Letters over the attachment limit, taken without their oversized parts.

`attachments.max_bytes` (one part) and `attachments.max_letter_bytes` (all of a letter's parts) are known
before a letter's bytes are read: IMAP gives ``RFC822.SIZE`` and ``BODYSTRUCTURE``, a Maildir file its size.
A letter over them is taken without each part whose (decoded) size is over the first, and, in the
letter's order, without the parts that would take the letter past the second, so memory follows the
configuration, not the letter:

* IMAP (`fetch_trimmed`): the letter's header, each part's MIME header and the body of each part that
  fits are fetched by section (``BODY.PEEK[HEADER]``, ``BODY.PEEK[n.MIME]``, ``BODY.PEEK[n]``); the big
  parts are never requested and stay on the server (the letter is moved whole to the processed folder).
* Maildir (`cut_file`): the file is read line by line and a part is held only while it fits; the file
  itself is never changed.

Either way the stored copy is the letter rebuilt with each left-out part replaced by a short
text/plain part that names it (marked ``X-Hopthu-Left-Out``; the parser reads neither text nor an
attachment from it), and the list of what was left out (`LeftOut`) is journalled with the letter.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import IO, Any, Iterator

from hopthu.core.lifted import delimiter

#: The header of a placeholder part (its value: the left-out part's size in bytes).
LEFT_OUT_HEADER = "X-Hopthu-Left-Out"
ON_SERVER = "Thư gốc đầy đủ vẫn còn trên máy chủ thư (thư mục thư đã tiếp nhận)."
IN_MAILDIR = "Tệp thư gốc đầy đủ vẫn còn trong thư mục Maildir."

_LINE = 64 * 1024  # a Maildir line is read at most this long (a longer one comes in pieces)
_KEEP_TEXT = 64 * 1024  # preamble / epilogue kept at most this long; a header at most 16 times this


@dataclass(frozen=True)
class LeftOut:
    """A part of a letter that was not taken: its MIME section ("2", "1.3"), name, type, size in bytes, and
    why: "part" (over the limit for one part) or "letter" (it would take the letter past its limit), with
    that limit in bytes."""

    part: str
    filename: str
    content_type: str
    size: int
    why: str = "part"
    limit: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LeftOut":
        return cls(part=str(data.get("part", "")), filename=str(data.get("filename", "")),
                   content_type=str(data.get("content_type", "")), size=int(data.get("size", 0) or 0),
                   why=str(data.get("why", "part")), limit=int(data.get("limit", 0) or 0))


@dataclass(frozen=True)
class Limits:
    """attachments.max_bytes (`part`) and attachments.max_letter_bytes (`letter`)."""

    part: int
    letter: int

    @property
    def trigger(self) -> int:
        """A letter at most this big is taken whole without looking (no part can be over a limit)."""
        return min(self.part, self.letter)

    def judge(self, size: int, used: int) -> LeftOut | None:
        """A part of `size` after `used` bytes of the letter were kept: None to keep it, else the start
        of its LeftOut (why and limit; section, name and type are filled in by the caller)."""
        if size > self.part:
            return LeftOut("", "", "", size, "part", self.part)
        if used + size > self.letter:
            return LeftOut("", "", "", size, "letter", self.letter)
        return None


def decoded_size(encoded: int, encoding: str, *, line_breaks: bool = False) -> int:
    """A part's size once decoded, from its encoded size (base64 carries 3 bytes in 4; `line_breaks`:
    the size counts them too, as IMAP's does: taken as the usual 76 characters and CRLF a line)."""
    if encoding.strip().lower() != "base64":
        return encoded
    return encoded * 57 // 78 if line_breaks else encoded * 3 // 4


def _head(raw: bytes) -> Message:
    return BytesHeaderParser(policy=compat32).parsebytes(raw)


def _filename(head: Message) -> str:
    name = head.get_filename() or ""
    try:
        name = str(make_header(decode_header(name)))
    except Exception:  # a malformed encoded word: the name as written
        pass
    return re.sub(r"[\x00-\x1f\x7f]", " ", name).strip()[:200]


def _named(verdict: LeftOut, part: str, head: Message) -> LeftOut:
    return LeftOut(part=part, filename=_filename(head), content_type=head.get_content_type(), size=verdict.size,
                   why=verdict.why, limit=verdict.limit)


def placeholder(item: LeftOut, where: str) -> bytes:
    """The part that stands for a left-out one in the stored copy (header and body)."""
    size = f"{item.size / 1e6:.1f} MB"
    why = "quá lớn" if item.why == "part" else f"cả thư vượt {item.limit / 1e6:.1f} MB"
    text = (f"[Hòm thư số] Phần này của thư không được tải về ({why}): {item.filename or '(không tên)'} "
            f"({item.content_type}, khoảng {size}). {where}\r\n")
    head = ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            f"Content-Disposition: inline\r\n{LEFT_OUT_HEADER}: {item.size}\r\n\r\n")
    return head.encode() + text.encode("utf-8")


def _boundary(header: bytes) -> bytes:
    return b"=_hopthu_" + hashlib.sha256(header).hexdigest()[:24].encode()


def as_mixed(header: bytes, body_parts: list[bytes]) -> bytes:
    """A single-part letter's header turned into a multipart/mixed one holding `body_parts`."""
    kept: list[bytes] = []
    skipping = False
    for line in header.splitlines(keepends=True):
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower()
        skipping = name.startswith(b"content-") or name == b"mime-version"
        if not skipping:
            kept.append(line)
    boundary = _boundary(header)
    out = [*kept, b"MIME-Version: 1.0\r\n", b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n']
    for part in body_parts:
        out += [b"--" + boundary + b"\r\n", part, b"\r\n"]
    out.append(b"--" + boundary + b"--\r\n")
    return b"".join(out)


# -- IMAP: by section, from BODYSTRUCTURE ----------------------------------------------------------


def _param(params: Any, name: bytes) -> bytes | None:
    if not isinstance(params, (tuple, list)):
        return None
    for key, value in zip(params[0::2], params[1::2]):
        if isinstance(key, bytes) and key.lower() == name:
            return value if isinstance(value, bytes) else None
    return None


def _nodes(node: Any, section: str) -> list[tuple[str, Any]]:
    """(section, node) of every part below `node`, depth first, in order."""
    out: list[tuple[str, Any]] = []
    for i, child in enumerate(node[0], 1):
        sec = f"{section}.{i}" if section else str(i)
        out.append((sec, child))
        if child.is_multipart:
            out += _nodes(child, sec)
    return out


def _leaf_size(node: Any) -> int:
    try:
        return decoded_size(int(node[6]), (node[5] or b"").decode("ascii", "replace"), line_breaks=True)
    except (IndexError, TypeError, ValueError):
        return 0


def fetch_trimmed(client: Any, uid: int, limits: Limits) -> tuple[bytes, list[LeftOut]] | None:
    """The letter `uid` without its parts over `limits` (an imapclient client, folder selected), or None
    when no part is over them (fetch it whole) or the server's BODYSTRUCTURE cannot be followed.
    Raises KeyError when the UID vanished."""
    structure = client.fetch([uid], ["BODYSTRUCTURE"])[uid][b"BODYSTRUCTURE"]
    if not structure.is_multipart:
        verdict = limits.judge(_leaf_size(structure), 0)
        if verdict is None:
            return None
        header = bytes(client.fetch([uid], ["BODY.PEEK[HEADER]"])[uid][b"BODY[HEADER]"] or b"")
        item = _named(verdict, "1", _head(header))
        return as_mixed(header, [placeholder(item, ON_SERVER)]), [item]
    nodes = _nodes(structure, "")
    big: dict[str, LeftOut] = {}
    used = 0
    for sec, node in nodes:
        if not node.is_multipart:
            verdict = limits.judge(_leaf_size(node), used)
            if verdict is None:
                used += _leaf_size(node)
            else:
                big[sec] = verdict
    if not big or any(_param(node[2], b"boundary") is None for _, node in [("", structure), *nodes]
                      if node.is_multipart):
        return None
    wanted = ["BODY.PEEK[HEADER]"] + [f"BODY.PEEK[{sec}.MIME]" for sec, _ in nodes]
    wanted += [f"BODY.PEEK[{sec}]" for sec, node in nodes if not node.is_multipart and sec not in big]
    data = client.fetch([uid], wanted)[uid]

    def got(key: str) -> bytes:
        return bytes(data.get(key.encode()) or b"")

    items: list[LeftOut] = []

    def body(node: Any, section: str) -> list[bytes]:
        boundary = _param(node[2], b"boundary") or b""
        out: list[bytes] = []
        for i, child in enumerate(node[0], 1):
            sec = f"{section}.{i}" if section else str(i)
            out.append(b"--" + boundary + b"\r\n")
            head = got(f"BODY[{sec}.MIME]")
            if child.is_multipart:
                out += [head, *body(child, sec)]
            elif sec in big:
                items.append(_named(big[sec], sec, _head(head)))
                out.append(placeholder(items[-1], ON_SERVER))
            else:
                out += [head, got(f"BODY[{sec}]")]
            out.append(b"\r\n")
        out.append(b"--" + boundary + b"--\r\n")
        return out

    parts = body(structure, "")
    return got("BODY[HEADER]") + b"".join(parts), items


def fetch_big(inbox: Any, uid: int, limit: int) -> Iterator[tuple[int, bytes, list[LeftOut]]]:
    """`ImapInbox.fetch_letters` for one letter over `limit`: by parts when a part is over the inbox's
    limits, else whole."""
    s = inbox.settings
    with inbox._command("tải thư lớn theo từng phần / fetching a large letter by parts") as c:
        try:
            trimmed = fetch_trimmed(c, uid, Limits(s.max_part_bytes or limit, s.max_letter_bytes or limit))
        except KeyError:
            inbox.log.info("UID %s vanished before it could be fetched", uid)
            return
    if trimmed is None:  # no part over the limits (or a structure not to follow): the letter whole
        yield from ((u, raw, []) for u, raw in inbox._fetch_batch([uid]))
    else:
        inbox.log.info("UID %s: %d part(s) over the limits left on the server", uid, len(trimmed[1]))
        yield uid, trimmed[0], trimmed[1]


# -- Maildir: streaming over the file's lines ------------------------------------------------------


class _Cutter:
    def __init__(self, fh: IO[bytes], limits: Limits, where: str):
        self.fh, self.limits, self.where = fh, limits, where
        self.used = 0  # decoded bytes of the parts kept so far
        self.out: list[bytes] = []
        self.left: list[LeftOut] = []

    def header(self, stack: list[bytes]) -> tuple[bytes, bytes | None]:
        """A part's header (to its blank line), and the delimiter that cut it short, if one did."""
        lines: list[bytes] = []
        size = 0
        while True:
            line = self.fh.readline(_LINE)
            if not line:
                return b"".join(lines), None
            if delimiter(line, stack):
                return b"".join(lines) + b"\r\n", line
            if size < 16 * _KEEP_TEXT:
                lines.append(line)
                size += len(line)
            if not line.strip():
                return b"".join(lines), None

    def copy(self, stack: list[bytes]) -> bytes | None:
        """Preamble or epilogue: kept up to _KEEP_TEXT, to the next delimiter (returned) or the end."""
        kept = 0
        while True:
            line = self.fh.readline(_LINE)
            if not line or delimiter(line, stack):
                return line or None
            if kept < _KEEP_TEXT:
                self.out.append(line)
                kept += len(line)

    def part(self, head: bytes, stack: list[bytes], section: str, cut: bytes | None) -> bytes | None:
        """One part (its header read): copied, or replaced by a placeholder when over the limit.
        Returns the delimiter line that ended it (None at the end of the file)."""
        parsed = _head(head)
        boundary = parsed.get_boundary() if parsed.get_content_maintype() == "multipart" else None
        if boundary and cut is None and boundary.encode() not in stack:
            return self.multipart(head, boundary.encode(), stack, section)
        if cut is not None:  # no body: the header ran into a delimiter
            self.out.append(head)
            return cut
        base64 = str(parsed.get("content-transfer-encoding", "")).strip().lower() == "base64"
        kept: list[bytes] | None = []
        encoded = 0
        while True:
            line = self.fh.readline(_LINE)
            if not line or delimiter(line, stack):
                break
            encoded += len(line.strip()) if base64 else len(line)
            if kept is not None:
                kept.append(line)
                if self.limits.judge(decoded_size(encoded, "base64" if base64 else ""), self.used):
                    kept = None  # over a limit: counted on, no longer held
        size = decoded_size(encoded, "base64" if base64 else "")
        verdict = self.limits.judge(size, self.used)
        if kept is None and verdict is not None:
            self.left.append(_named(verdict, section, parsed))
            self.out.append(placeholder(self.left[-1], self.where))
        else:
            self.used += size
            self.out += [head, *(kept or [])]
        return line or None

    def multipart(self, head: bytes, boundary: bytes, stack: list[bytes], section: str) -> bytes | None:
        self.out.append(head)
        inner = [*stack, boundary]
        term = self.copy(inner)
        count = 0
        while term is not None:
            found = delimiter(term, inner)
            if found is None or found[0] != boundary:  # an outer delimiter: this one was never closed
                return term
            self.out.append(term)
            if found[1]:
                return self.copy(stack)
            count += 1
            sec = f"{section}.{count}" if section else str(count)
            child, cut = self.header(inner)
            term = self.part(child, inner, sec, cut)
        return None


def cut_file(fh: IO[bytes], limits: Limits, where: str = IN_MAILDIR) -> tuple[bytes, list[LeftOut]]:
    """A letter read from `fh` line by line, each part over `limits` replaced by a placeholder: (the
    stored copy, what was left out). Holds at most about `limits.letter` bytes of parts."""
    cutter = _Cutter(fh, limits, where)
    head, cut = cutter.header([])
    parsed = _head(head)
    if parsed.get_content_maintype() == "multipart" and parsed.get_boundary():
        cutter.part(head, [], "", cut)
        return b"".join(cutter.out), cutter.left
    cutter.part(head, [], "1", cut)
    if cutter.left:  # the whole body was the big part: a multipart letter holding the placeholder
        return as_mixed(head, [cutter.out[-1]]), cutter.left
    return b"".join(cutter.out), cutter.left
