"""Intake: raw items (email bytes, Form rows, paper notes) → Submissions.

Also tells what kind of email a message is before any case is made: an
auto-reply or a bounce never makes a case and never gets an answer; a message
carrying one of our case codes belongs to that case. What cannot be read raises
`Unreadable` with a reason an officer can act on, for quarantine.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hopthu.core.flags import assess
from hopthu.core.model import Attachment, Channel, Contact, RawItem, Submission
from hopthu.core.parsing import ParsedEmail, RawAttachment, parse_email
from hopthu.core.privacy.attachments import neutral_name, refusal, scrub
from hopthu.core.redact import find_email, find_phone, redact
from hopthu.core.textnorm import fold, nfc
from hopthu.core.timestamps import parse_timestamp


class Unreadable(Exception):
    """The item cannot be processed; the message is for an officer (Vietnamese)."""


AUTO_SUBJECT = re.compile(
    r"(?i)^(auto(matic)?[ -]?reply|out of (the )?office|tr[aả] l[oờ]i t[uự] đ[oộ]ng|v[aắ]ng m[aặ]t|"
    r"abwesenheit|autoreply|undeliverable|delivery status notification|mail delivery failed|"
    r"returned mail|kh[oô]ng g[uử]i đ[uư][oợ]c)"
)
BOUNCE_SENDERS = re.compile(r"(?i)^(mailer-daemon|postmaster|mail-daemon)@")
NOREPLY = re.compile(r"(?i)^(no-?reply|do-?not-?reply|noreply)[^@]*@")


TDP = re.compile(r"(?i)\b(?:tdp|t[oổ] d[aâ]n ph[oố])\s*(?:s[oố]\s*)?(\d{1,3})\b")


def find_tdp(text: str) -> str:
    """The residential group an email names ("TDP số 5", "tổ dân phố 12"), as the Form writes it."""
    match = TDP.search(text or "")
    return f"TDP số {int(match.group(1))}" if match else ""


def email_kind(parsed: ParsedEmail, own_domain: str) -> str:
    """One of: bounce, autoreply, reply (to one of our messages / a case), new."""
    h = parsed.header
    ctype = h("content-type").lower()
    if "multipart/report" in ctype and "delivery-status" in ctype:
        return "bounce"
    if BOUNCE_SENDERS.match(parsed.from_addr) or h("return-path").strip() == "<>" and "report" in ctype:
        return "bounce"
    auto = h("auto-submitted").strip().lower()
    if auto and auto != "no":
        return "autoreply"
    if h("x-autoreply") or h("x-autorespond") or h("precedence").strip().lower() in ("bulk", "list", "junk"):
        return "autoreply"
    if any(k.startswith("list-") for k in parsed.headers):
        return "autoreply"
    if AUTO_SUBJECT.match(parsed.subject or "") or NOREPLY.match(parsed.from_addr):
        return "autoreply"
    refs = [parsed.in_reply_to, *parsed.references]
    if parsed.case_tag or any(r.rstrip(">").endswith("@" + own_domain) for r in refs if r):
        return "reply"
    return "new"


def _save(state_dir: Path, sub: str, name: str, data: bytes) -> str:
    folder = state_dir
    for part in Path(sub).parts:  # each new level 0700 (mkdir(parents=True) would give parents the umask's mode)
        folder = folder / part
        folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / name
    if not path.exists():
        tmp = path.with_suffix(path.suffix + ".tmp")
        # A citizen's letter: 0600 from its first byte, whatever the umask (layout.py: the state folder's rule).
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
            fh.write(data)
        tmp.replace(path)
    return str(path)


def attachment_folder(source_id: str) -> str:
    """The folder, under `<state>/attachments/`, of an item's saved attachments (retention removes it)."""
    return hashlib.sha256(source_id.encode()).hexdigest()[:24]


def save_raw(state_dir: Path, source_id: str, raw: bytes) -> str:
    """A file copy of an item's bytes (the journal keeps them anyway), for an officer to open."""
    if not raw:
        return ""
    digest = hashlib.sha256(source_id.encode()).hexdigest()[:24]
    return _save(state_dir, "raw", f"{digest}.eml", raw)


def email_submission(
    item: RawItem,
    parsed: ParsedEmail,
    *,
    tz: ZoneInfo,
    state_dir: Path,
    max_bytes: int,
    allowed_types: list[str],
    now: datetime,
    force: bool = False,
    left_out: list[dict[str, Any]] | None = None,
) -> Submission:
    """`left_out`: parts of the letter not taken because they were over `max_bytes` (the source's
    `mail.trim.LeftOut` as dicts, journalled with the item); each becomes a refused attachment."""
    # A letter that was only a part too big to take is not empty: the part is recorded below.
    problems = [p for p in parsed.problems if not (left_out and p.startswith("thư trống"))]
    if problems:
        raise Unreadable("; ".join(problems))
    if parsed.suspect and not force:
        raise Unreadable(
            "; ".join(parsed.suspect)
            + ". Xem tệp gốc; nếu phần đọc được là đủ, chạy `hopthu quarantine release` để tạo hồ sơ từ đó"
        )
    received = parsed.date.astimezone(tz) if parsed.date and parsed.date.tzinfo else now.astimezone(tz)
    # A date far in the future (a wrong clock on the sender's phone) must not push deadlines out.
    if received > now.astimezone(tz):
        received = now.astimezone(tz)
    attachments = []
    folder = attachment_folder(item.source_id)
    for index, att in enumerate(parsed.attachments):
        record = Attachment(filename=att.filename, content_type=att.content_type, size=len(att.payload))
        if len(att.payload) > max_bytes:
            record.refused_reason = f"quá lớn ({len(att.payload) // 1024} KB > {max_bytes // 1024} KB)"
        elif allowed_types and att.content_type not in allowed_types:
            record.refused_reason = f"loại tệp không được nhận ({att.content_type})"
        elif (clean := scrub(att.content_type, att.payload)) is None:
            # Metadata that cannot be removed (HEIC, an unreadable PDF): not forwarded; the raw letter keeps it.
            record.refused_reason = refusal(att.content_type, att.payload)
        else:
            # Saved without EXIF/author metadata, under a neutral name: this copy is what officers forward.
            record.saved_path = _save(state_dir, f"attachments/{folder}", neutral_name(index, att.filename, att.content_type),
                                      clean)
        attachments.append(record)
    for part in left_out or []:
        size, limit = int(part.get("size", 0) or 0), int(part.get("limit", 0) or max_bytes)
        why = (f"{size // 1024} KB > {limit // 1024} KB" if part.get("why", "part") == "part"
               else f"{size // 1024} KB, cả thư vượt {limit // 1024} KB")
        attachments.append(Attachment(
            filename=str(part.get("filename", "")) or "(không tên)", content_type=str(part.get("content_type", "")),
            size=size, refused_reason=f"quá lớn, không tải về ({part.get('content_type', '')}, {why}); bản gốc "
                                      f"còn ở hộp thư"))
    address = parsed.reply_to or parsed.from_addr
    return Submission(
        source_id=item.source_id,
        channel=Channel.EMAIL,
        received_at=received,
        subject=parsed.subject,
        text=parsed.text,
        sender=parsed.from_addr,
        tdp=find_tdp(f"{parsed.subject}\n{parsed.text}"),
        attachments=attachments,
        contact=Contact(name=parsed.from_name, email=address, phone=find_phone(parsed.text) if not address else ""),
        message_id=parsed.message_id,
        defects=parsed.defects,
        ack=item.ack,
    )


Made = list[tuple[str, Any, Any]]  # ("redact" | "assess", arguments, answer): `letter_work`


#: Letters `read_letter` read whole, until `kept_submission` takes them: the attachments' bytes stay in the
#: letters' worker (pipeline/budget.py) instead of crossing to the daemon and back (a letter with 24 MiB of
#: attachments made the daemon hold them three times over). Two at most: the letter whose case is being
#: made and the one read ahead. Keyed by source id and the ward's mail domain (wards share a process when
#: letters are read in the daemon's own).
_kept: dict[tuple[str, str], ParsedEmail] = {}
KEPT_LETTERS = 2


class NotKept(Exception):
    """The worker no longer holds the letter (it was restarted between the two calls): read it again."""


def read_letter(raw: bytes, own_domain: str, item: RawItem, **options: Any
                ) -> tuple[ParsedEmail, Submission | Exception | None, Made]:
    """`parse_email`, and for a new letter without attachments its `email_submission` (with `options`) and
    `letter_work` too: the letters' worker is asked once per letter instead of twice, and does the pure work
    of the case ahead. Such a submission writes no file and scrubs nothing, so making it for a letter that
    turns out to need none (one of ours back, a second copy, a flood) changes nothing. Second item: the
    submission, the exception `email_submission` raised (for the caller to raise where it would have
    called it), or None when not made: the letter is then kept here for `kept_submission`, and returned
    without its attachments' bytes (names and types kept)."""
    parsed = parse_email(raw)
    if parsed.attachments or email_kind(parsed, own_domain) != "new":
        while len(_kept) >= KEPT_LETTERS:
            _kept.pop(next(iter(_kept)))
        _kept[(item.source_id, own_domain)] = parsed
        bare = [RawAttachment(a.filename, a.content_type, b"") for a in parsed.attachments]
        return replace(parsed, attachments=bare), None, []
    try:
        sub = email_submission(item, parsed, **options)
    except Exception as exc:  # raised by the caller where the submission is needed, as before
        return parsed, exc, []
    return parsed, sub, letter_work(sub)


def forget_kept() -> None:
    """Drop the letters kept for `kept_submission` (after a batch: letters that made no case, e.g. bounces,
    are not held in memory when letters are read in the daemon's own process)."""
    _kept.clear()


def kept_submission(item: RawItem, own_domain: str, **options: Any) -> Submission:
    """`email_submission` of the letter `read_letter` kept for `item` (NotKept when it is gone)."""
    parsed = _kept.pop((item.source_id, own_domain), None)
    if parsed is None:
        raise NotKept(item.source_id)
    return email_submission(item, parsed, **options)


def letter_work(sub: Submission) -> Made:
    """The redactions and the cues opening a case from `sub` asks for (`casework.opening`, the duplicates'
    index), made where this runs: the daemon puts them in `redact.AHEAD` and `flags.AHEAD`, where the same
    question takes them. Asked otherwise, they are computed there as always."""
    names = (sub.contact.name,) if sub.contact.name else ()
    texts = dict.fromkeys((sub.text or "", sub.subject, "\n".join(p for p in (sub.subject, sub.text) if p)))
    made: Made = [("redact", (text, names), redact(text, names)) for text in texts]
    made.append(("assess", (sub.subject, sub.text), assess(sub.subject, sub.text)))
    return made


def form_submission(item: RawItem, *, tz: ZoneInfo, now: datetime) -> Submission:
    row = item.row
    text = nfc(row.get("text", ""))
    location = nfc(row.get("location", ""))
    if location and fold(location) not in fold(text):
        text = f"{text}\n\nĐịa điểm: {location}" if text else f"Địa điểm: {location}"
    if not text.strip():
        raise Unreadable("câu trả lời Form không có nội dung góp ý")
    received = parse_timestamp(row.get("timestamp", ""), tz) or now.astimezone(tz)
    contact_text = row.get("contact", "")
    email = find_email(contact_text)
    phone = "" if email else find_phone(contact_text)
    extras = {k[len("extra:"):]: v for k, v in row.items() if k.startswith("extra:")}
    return Submission(
        source_id=item.source_id,
        channel=Channel.FORM,
        received_at=received,
        subject="",
        text=text,
        tdp=nfc(row.get("tdp", "")),
        picked_category=nfc(row.get("category", "")),
        fields=extras,
        contact=Contact(name=nfc(row.get("name", "")), email=email, phone=phone),
        ack=item.ack,
    )


def manual_submission(item: RawItem, *, tz: ZoneInfo, now: datetime) -> Submission:
    """An item an officer recorded (`hopthu add`, or a new row typed into the register)."""
    row = item.row
    text = nfc(row.get("text", "")).strip()
    if not text:
        raise Unreadable("mục do cán bộ nhập không có nội dung")
    received = parse_timestamp(row.get("date", ""), tz) or now.astimezone(tz)
    contact_text = row.get("contact", "")
    email = find_email(contact_text)
    return Submission(
        source_id=item.source_id,
        channel=Channel(item.channel),
        received_at=received,
        text=text,
        tdp=nfc(row.get("tdp", "")),
        contact=Contact(name=nfc(row.get("name", "")), email=email, phone="" if email else find_phone(contact_text)),
        ack=item.ack,
    )


def parse_item_email(item: RawItem) -> ParsedEmail:
    return parse_email(item.raw)
