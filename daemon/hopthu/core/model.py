"""The domain: submissions, decisions, cases and their life.

Plain dataclasses, no I/O. A Submission is what arrived; a Decision is what the
rules say about it; a Case is what the register tracks. The submitter's Contact
travels beside the submission and is stored apart from the case (journal only).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar

_E = TypeVar("_E", bound=enum.Enum)


def _parse_label(cls: type[_E], text: str) -> _E | None:
    """The member whose Vietnamese label (or English name) an officer typed, with or without diacritics."""
    from hopthu.core.textnorm import fold

    key = fold(text)
    for member in cls:
        if fold(member.value) == key or member.name.lower() == key:
            return member
    return None


class Channel(str, enum.Enum):
    EMAIL = "email"
    FORM = "form"
    PAPER = "paper"
    OTHER = "other"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self]


CHANNEL_LABELS = {
    Channel.EMAIL: "Email",
    Channel.FORM: "Mã QR (Google Form)",
    Channel.PAPER: "Hòm thư giấy",
    Channel.OTHER: "Khác (trực tiếp, hội nghị)",
}


class Status(str, enum.Enum):
    """The case life from DOMAIN.md; values are what officers see in the register."""

    RECEIVED = "Mới tiếp nhận"
    ROUTED = "Đã chuyển xử lý"
    IN_PROGRESS = "Đang xử lý"
    AWAITING_APPROVAL = "Chờ duyệt trả lời"
    CALLBACK = "Chờ gọi lại"  # approved answer, submitter left only a phone: an officer calls and reads it out
    ANSWERED = "Đã trả lời"
    CLOSED = "Đã đóng"
    WAITING_CITIZEN = "Chờ bổ sung"
    OVERDUE = "Quá hạn"
    DUPLICATE = "Trùng lặp"
    OUTSIDE = "Ngoài thẩm quyền"
    REJECTED = "Không xử lý"
    TRIAGE = "Chờ phân loại"

    @classmethod
    def parse(cls, text: str) -> "Status | None":
        return _parse_label(cls, text)


#: Statuses after which no reminder is sent and the clock has stopped for good.
FINISHED = {Status.ANSWERED, Status.CLOSED, Status.DUPLICATE, Status.REJECTED, Status.OUTSIDE}

#: Statuses in which the lead agency is still expected to act (it gets reminders before the deadline).
WITH_AGENCY = {Status.RECEIVED, Status.ROUTED, Status.IN_PROGRESS, Status.OVERDUE, Status.TRIAGE}


class Complexity(str, enum.Enum):
    NORMAL = "Thông thường"
    COMPLEX = "Phức tạp"

    @classmethod
    def parse(cls, text: str) -> "Complexity | None":
        return _parse_label(cls, text)


FLAGS = ("spam", "abusive", "outside", "urgent")

#: Flags of items that are not ordinary feedback: "Không xử lý", never routed nor acknowledged.
QUIET_FLAGS = frozenset({"spam", "abusive"})

FLAG_LABELS = {
    "spam": "Thư rác",
    "abusive": "Lợi dụng, xúc phạm",
    "outside": "Ngoài thẩm quyền",
    "urgent": "Khẩn",
}


@dataclass
class Contact:
    """Who wrote: never shown to agencies, never written to the shared register."""

    name: str = ""
    email: str = ""
    phone: str = ""

    @property
    def anonymous(self) -> bool:
        return not (self.email or self.phone)


@dataclass
class Attachment:
    filename: str
    content_type: str
    size: int
    saved_path: str = ""  # empty when refused
    refused_reason: str = ""


@dataclass
class Submission:
    """One item as it arrived, before classification."""

    source_id: str  # stable id from the source: "maildir:<msg-id>", "form:<ts>|<hash>", "paper:<uuid>"
    channel: Channel
    received_at: datetime  # aware, in the ward's time zone
    subject: str = ""
    text: str = ""
    sender: str = ""  # email address the message came from (for rules); never shown to agencies
    tdp: str = ""  # residential group, from the Form or the officer
    picked_category: str = ""  # what the citizen picked in the Form, as typed
    fields: dict[str, str] = field(default_factory=dict)  # extra Form answers
    attachments: list[Attachment] = field(default_factory=list)
    contact: Contact = field(default_factory=Contact)
    message_id: str = ""
    defects: list[str] = field(default_factory=list)
    raw_path: str = ""  # where the raw item is kept under the state directory
    ack: bool = True  # False for imports of old mail: no acknowledgement

    @property
    def readable(self) -> bool:
        return bool(self.text.strip() or self.subject.strip() or self.attachments)


@dataclass
class Decision:
    """What the rules decided for a submission, and why."""

    category: str  # category id from the config
    agency: str | None  # lead agency id; None when outside ward competence
    co_agencies: list[str] = field(default_factory=list)
    complex: bool = False
    flags: list[str] = field(default_factory=list)
    extra_recipients: list[str] = field(default_factory=list)
    rule: str = ""  # name of the rule that decided ("" for triage fallback)
    why: str = ""  # human-readable explanation
    reply_template: str = ""  # optional per-rule template for out-of-competence answers


@dataclass
class Case:
    """A case in the register. Officer-editable fields hold the value in force."""

    code: str
    source_id: str
    channel: Channel
    received_at: datetime
    category: str
    agency: str | None
    co_agencies: list[str]
    complex: bool
    flags: list[str]
    deadline: date
    status: Status
    tdp: str = ""
    subject: str = ""
    summary: str = ""  # redacted text: safe for agencies, reports and the shared register
    rule: str = ""
    officer: str = ""
    answer: str = ""
    answered_on: date | None = None
    on_time: bool | None = None  # answered_on <= deadline, set when the case counts as answered
    paused_on: date | None = None  # "Chờ bổ sung": the clock stopped on this day (None: running)
    pauses: list[tuple[date, date]] = field(default_factory=list)  # finished pauses [paused_on, resumed_on)
    notes: str = ""
    history: list[str] = field(default_factory=list)
    duplicate_of: str = ""  # "Trùng lặp": the first case of the same complaint (its answer goes to both)
    maybe_duplicate_of: str = ""  # a near match proposed to the officers ("Có thể trùng HT-…"), not merged

    @property
    def has_deadline(self) -> bool:
        """False for items that are not feedback to answer (spam, abuse, a duplicate): no deadline shown,
        no place in the on-time figures."""
        return not (self.status in (Status.REJECTED, Status.DUPLICATE) or QUIET_FLAGS & set(self.flags))

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "channel": self.channel.value,
            "received_at": self.received_at.isoformat(),
            "tdp": self.tdp,
            "category": self.category,
            "agency": self.agency,
            "co_agencies": list(self.co_agencies),
            "complex": self.complex,
            "flags": list(self.flags),
            "deadline": self.deadline.isoformat(),
            "status": self.status.value,
            "subject": self.subject,
            "summary": self.summary,
            "rule": self.rule,
            "officer": self.officer,
            "answer": self.answer,
            "answered_on": self.answered_on.isoformat() if self.answered_on else None,
            "on_time": self.on_time,
            "paused_on": self.paused_on.isoformat() if self.paused_on else None,
            "pauses": [[a.isoformat(), b.isoformat()] for a, b in self.pauses],
            "notes": self.notes,
            "history": list(self.history),
            # only when set: a case of a journal from before duplicates reads and writes the same
            **({"duplicate_of": self.duplicate_of} if self.duplicate_of else {}),
            **({"maybe_duplicate_of": self.maybe_duplicate_of} if self.maybe_duplicate_of else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], source_id: str = "") -> "Case":
        return cls(
            code=data["code"],
            source_id=source_id or data.get("source_id", ""),
            channel=Channel(data["channel"]),
            received_at=datetime.fromisoformat(data["received_at"]),
            category=data["category"],
            agency=data.get("agency"),
            co_agencies=list(data.get("co_agencies") or []),
            complex=bool(data.get("complex")),
            flags=list(data.get("flags") or []),
            deadline=date.fromisoformat(data["deadline"]),
            status=Status(data["status"]),
            tdp=data.get("tdp", ""),
            subject=data.get("subject", ""),
            summary=data.get("summary", ""),
            rule=data.get("rule", ""),
            officer=data.get("officer", ""),
            answer=data.get("answer", ""),
            answered_on=date.fromisoformat(data["answered_on"]) if data.get("answered_on") else None,
            on_time=data.get("on_time"),
            paused_on=date.fromisoformat(data["paused_on"]) if data.get("paused_on") else None,
            pauses=[(date.fromisoformat(a), date.fromisoformat(b)) for a, b in data.get("pauses") or []],
            notes=data.get("notes", ""),
            history=list(data.get("history") or []),
            duplicate_of=data.get("duplicate_of", ""),
            maybe_duplicate_of=data.get("maybe_duplicate_of", ""),
        )


@dataclass
class RawItem:
    source_id: str            # stable across restarts: journal key
    channel: str              # model.Channel value
    raw: bytes = b""          # email bytes
    row: dict[str, str] = field(default_factory=dict)  # a form response, header → value
    fingerprint: str = ""     # identity independent of where it came from (Message-ID, content hash)
    ack: bool = True          # False: imported old mail, no acknowledgement
    handle: object = None     # source-private (an IMAP UID)
    # parts over attachments.max_bytes not taken (mail.trim.LeftOut as dicts: part, filename, content_type, size)
    left_out: list[dict[str, Any]] = field(default_factory=list)
