"""Journal → cases: each pending intake becomes a case, a follow-up of one, or a quarantined item.

Cases are made in batches (one journal transaction, one fsync); each item is a savepoint inside its
batch, so a bad letter is undone and quarantined alone and nothing is sent before the batch commits.
Replies and bounces go to `followups`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from hopthu import casework, crashpoints
from hopthu.core import similar
from hopthu.core.flags import AHEAD as cues_ahead
from hopthu.core.intake import (
    NotKept,
    Unreadable,
    email_kind,
    forget_kept,
    form_submission,
    kept_submission,
    manual_submission,
    read_letter,
    save_raw,
)
from hopthu.core.model import FINISHED, RawItem
from hopthu.core.parsing import fingerprint, quoted_codes
from hopthu.core.redact import AHEAD as redact_ahead
from hopthu.core.redact import redact
from hopthu.core.timestamps import parse_timestamp
from hopthu.pipeline import budget
from hopthu.pipeline.duplicates import Recent
from hopthu.pipeline.followups import ignore, link, link_reply, quoted_case, written_followup
from hopthu.pipeline.summary import Summary

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.cycle")


#: Intakes turned into cases per journal transaction (one fsync). Each item's own writes are a savepoint
#: inside it, so a failing item is undone alone; nothing is sent before the batch is committed.
PROCESS_BATCH = 50


def process_pending(app: App, summary: Summary) -> None:
    pending = app.journal.pending_intakes()
    recent = Recent(app)  # open cases a new item may repeat; loaded on first use
    ahead: dict[str, _Reading] = {}  # the next letter, sent to the worker while this one's case is made
    try:
        for start in range(0, len(pending), PROCESS_BATCH):
            if app.stopping():  # a stop request between batches: the rest are pending, taken at the next start
                break
            batch = pending[start:start + PROCESS_BATCH]
            with app.journal.transaction():
                for k, intake in enumerate(batch, start):
                    app.pulse()  # a long backlog: the watchdog hears from the main loop between letters
                    # The next letter is sent ahead across batches too: the next batch's first letter is read
                    # while this batch's last case is made and committed.
                    _process_guarded(app, intake, summary, recent, ahead, pending[k + 1:k + 2])
            crashpoints.reach("after_cases_committed")
    finally:
        ahead.clear()
        forget_kept()  # in this process when letters are read here (no worker); the worker forgets on stopping
        redact_ahead.clear()  # what the worker made ahead for letters that made no case
        cues_ahead.clear()
        if recent.loaded:
            similar.forget()  # the open cases' words: the journal holds their texts, the idle daemon need not
        # The rules' compiled patterns and the spans their matcher remembered (up to 50,000) stay for the next
        # letter of a burst: the daemon drops them once idle (`service.Daemon.release_if_idle`).


def _process_guarded(app: App, intake, summary: Summary, recent: Recent | None = None,
                     ahead: dict[str, _Reading] | None = None, following=()) -> None:
    try:
        _process_one(app, intake, summary, recent or Recent(app), {} if ahead is None else ahead, following)
    except (Unreadable, budget.OverBudget, budget.WorkerDied) as exc:
        _quarantine(app, intake.source_id, str(exc), summary)
    except Exception as exc:  # a bug or a bad item must not stop the other items
        log.exception("intake %s failed", intake.source_id)
        _quarantine(app, intake.source_id, f"lỗi khi xử lý ({type(exc).__name__}: {exc}); báo cho người quản trị", summary)


def _quarantine(app: App, source_id: str, reason: str, summary: Summary, state: str = "quarantined") -> None:
    app.journal.set_intake_state(source_id, state, reason)
    raw = app.journal.raw(source_id)
    if raw:  # a copy an officer can open in a mail program (state/raw/…eml)
        app.journal.set_raw_path(source_id, save_raw(app.config.state_dir, source_id, raw))
    summary.quarantined.append(source_id)
    log.warning("%s %s: %s", state, source_id, reason)


def _relisted(app: App, source_id: str, earlier: str) -> bool:
    """The same letter listed again by its source under a new id (an IMAP folder's new UIDVALIDITY)."""
    return any(source.relisted(source_id, earlier) for source in app.sources)


def _flooding(app: App, source_id: str, sender: str) -> bool:
    """More than `inbox.flood_per_hour` items from one sender within an hour (agencies and officers never)."""
    sender = (sender or "").lower()
    if not sender or sender in _staff_addresses(app):
        return False
    return app.journal.note_sender(source_id, sender) >= app.settings.inbox.flood_per_hour


def _staff_addresses(app: App) -> set[str]:
    s = app.settings
    return ({e.lower() for a in s.agencies.values() for e in a.emails}
            | {o.email.lower() for o in s.officers} | {s.ward.front_email.lower()})


class _Reading:
    """A letter sent to the letters' worker (`read_letter`): its bytes, the time its reading began (the
    item's "now"), the options of its submission and the worker's ticket."""

    def __init__(self, app: App, intake):
        s = app.settings
        self.now = app.now()
        self.raw = app.journal.raw(intake.source_id)
        self.bare = RawItem(source_id=intake.source_id, channel=intake.channel, ack=intake.payload.get("ack", True))
        self.options = dict(tz=app.config.tz, state_dir=app.config.state_dir, max_bytes=s.attachments.max_bytes,
                            allowed_types=s.attachments.allowed_types, now=self.now,
                            force=bool(intake.payload.get("force")), left_out=intake.payload.get("left_out"))
        # Reading a letter has a time budget (a worker process): a letter slow by its shape, or one that
        # crashes a library, is quarantined alone.
        self.letters, self.seconds = budget.worker(s.ward.code_prefix), s.inbox.parse_seconds
        # One call: the parse, and for a new letter without attachments its submission and the pure work
        # of its case (`read_letter`).
        self.ticket = self.letters.submit(self.seconds, read_letter, self.raw, s.ward.mail_domain, self.bare,
                                          **self.options)


def _read_next(app: App, ahead: dict[str, _Reading], following) -> None:
    """Send the next letter to the worker: the daemon and the worker work at once (two cores), the worker
    reading the next letter while the daemon makes this one's case. A letter sent ahead and not taken (an
    error in between) is dropped; its answer is read and forgotten when the worker is next asked."""
    ahead.clear()
    for intake in following:
        if intake.channel == "email":
            try:
                ahead[intake.source_id] = _Reading(app, intake)
            except Exception:  # not this letter's problem: the next one meets it again when its turn comes
                log.debug("reading %s ahead failed", intake.source_id, exc_info=True)


def _process_one(app: App, intake, summary: Summary, recent: Recent, ahead: dict[str, _Reading],
                 following=()) -> None:
    reading = ahead.pop(intake.source_id, None) if intake.channel == "email" else None
    if intake.channel == "email" and reading is None:
        reading = _Reading(app, intake)
    now = reading.now if reading is not None else app.now()
    s = app.settings
    ack = intake.payload.get("ack", True)
    item = RawItem(source_id=intake.source_id, channel=intake.channel, row=intake.payload.get("row") or {},
                   fingerprint=intake.fingerprint, ack=ack)
    quiet_ack = False
    if reading is not None:
        raw = item.raw = reading.raw
        letters, seconds, bare, options = reading.letters, reading.seconds, reading.bare, reading.options
        try:
            parsed, early, made = reading.ticket.result()
        finally:
            _read_next(app, ahead, following)
        for kind, key, value in made:
            (redact_ahead if kind == "redact" else cues_ahead).put(key, value)
        if parsed.message_id and app.journal.message_by_id(parsed.message_id):
            # One of our own messages came back (a forward or a copy into the inbox): never answer it.
            app.journal.set_intake_state(intake.source_id, "ignored", "thư do chính Hòm thư số gửi đi")
            summary.ignored += 1
            return
        first = app.journal.intake_by_fingerprint(intake.fingerprint) if intake.fingerprint else None
        if first and first.source_id != intake.source_id and _relisted(app, intake.source_id, first.source_id):
            # The same message listed again after the folder's UIDVALIDITY changed: nothing new happened.
            app.journal.set_intake_state(intake.source_id, "duplicate", f"như {first.source_id} (UIDVALIDITY đổi)",
                                         case_code=first.case_code)
            return
        kind = email_kind(parsed, s.ward.mail_domain)
        if kind in ("bounce", "autoreply"):
            ignore(app, intake.source_id, parsed, kind, summary, raw)
            return
        if ack and not intake.payload.get("force") and _flooding(app, intake.source_id, parsed.from_addr):
            _quarantine(app, intake.source_id,
                        f"flood: hơn {s.inbox.flood_per_hour} thư trong một giờ từ cùng một người gửi; giữ lại, "
                        f"không trả lời. Xem rồi chạy `hopthu quarantine release` nếu là thư thật", summary, state="held")
            return
        if kind == "reply":
            if link_reply(app, intake.source_id, parsed, summary, raw):
                return
        # A second copy of a letter already taken (same Message-ID): part of that case, no new case.
        if first and first.source_id != intake.source_id and first.case_code:
            link(app, intake.source_id, first.case_code, "Nhận lại cùng một thư (trùng Message-ID)", summary)
            return
        if isinstance(early, Exception):
            raise early
        if early is not None:
            sub = early
        else:  # the worker still holds the letter: only the case's facts come back (attachments are saved there)
            domain = s.ward.mail_domain
            try:
                sub = letters.call(seconds, kept_submission, bare, domain, **options)
            except NotKept:  # the worker was restarted in between (another ward's letter over its budget)
                letters.call(seconds, read_letter, raw, domain, bare, **options)
                sub = letters.call(seconds, kept_submission, bare, domain, **options)
        # The journal keeps the letter: its bytes are not held here while the case is stored (SQLite copies
        # the intake row, letter and all, for each UPDATE of it: a big letter would be held three times over).
        raw = item.raw = reading.raw = b""
        # RFC 3834 §2: one automatic answer per sender in a while, so a flood or a loop gets one acknowledgement.
        if sub.ack and sub.contact.email and app.journal.recent_ack_to(sub.contact.email):
            sub.ack, quiet_ack = False, True
    elif intake.channel == "form":
        edit_of = item.row.get("edit_of")
        if edit_of:
            original = app.journal.intake(edit_of)
            if original and original.case_code:
                text = redact(item.row.get("text", ""), names=[item.row.get("name", "")] if item.row.get("name") else [])
                link(app, intake.source_id, original.case_code, f"Người gửi sửa câu trả lời Form: {text}", summary)
                return
        sub = form_submission(item, tz=app.config.tz, now=now)
    else:
        sub = manual_submission(item, tz=app.config.tz, now=now)
    cited = ""
    if intake.channel != "email":  # an email's case code is in its subject (`link_reply`)
        quoted = quoted_case(app, sub)
        if quoted is not None:
            written_followup(app, intake.source_id, quoted, sub, summary)
            return
        cited = next((c for c in quoted_codes(sub.text, s.ward.code_prefix) if app.journal.case(c)), "")

    decision = casework.classify(app, sub)
    like = recent.likeness(sub)
    year = sub.received_at.year

    queued: list = []

    def build(code: str):
        case, contact, messages = casework.open_case(app, code, sub, decision, like)
        queued[:] = messages
        # An officer's own row in the register: the summary is the redacted text like any other (the
        # register sync writes it over what was typed; the original stays in the intake record).
        if cited and not case.duplicate_of and not case.maybe_duplicate_of and case.status not in FINISHED:
            case.maybe_duplicate_of = cited
            case.history.append(casework.stamp(
                app, f"Nhắc đến hồ sơ {cited} nhưng liên hệ khác người gửi hồ sơ đó: xử lý như ý kiến mới; "
                     f"nếu là cùng một việc, cán bộ chọn Trùng lặp ở cột Trạng thái"))
        if quiet_ack:
            case.history.append(casework.stamp(
                app, "Không gửi thư xác nhận: người gửi đã nhận một thư xác nhận trong một giờ qua"))
        return case, contact, messages

    case = app.journal.create_case(intake.source_id, year, build, prefix=app.settings.ward.code_prefix)
    crashpoints.reach("after_case_open")
    if case.duplicate_of:
        _tell_first(app, case, decision)
    recent.add(case, sub.contact)
    summary.took(case)
    summary.emails_queued += len(queued)
    log.info("case %s opened: %s → %s (%s)", case.code, case.category, case.agency, case.rule or "triage")


def _tell_first(app: App, dup, decision) -> None:
    """The first case learns of its duplicate; one that shows present danger makes it urgent."""
    first = app.journal.case(dup.duplicate_of)
    if first is None:
        return
    events = [f"Nhận thêm ý kiến trùng: {dup.code} ({dup.channel.label})"]
    messages: list = []
    if "urgent" in decision.flags and "urgent" not in first.flags and first.status not in FINISHED:
        events += casework.raise_urgency(app, first)
        messages += casework.urgent_alerts(app, first)
    app.journal.save_case(first, [casework.stamp(app, e) for e in events], messages)


def add_manual(app: App, *, channel: str, text: str, tdp: str = "", contact: str = "", name: str = "",
               date: str = "") -> str:
    """`hopthu add`: record an item an officer received on paper or in person. Returns its source id."""
    if parse_timestamp(date, app.config.tz) is None and date:
        raise ValueError(f'ngày "{date}" không hợp lệ: dùng dạng dd/mm/yyyy')
    row = {"text": text, "tdp": tdp, "contact": contact, "name": name, "date": date}
    sid = f"{channel}:" + fingerprint(text, tdp, date, app.now().isoformat())
    app.journal.record_intake(sid, channel, sid, "", {"row": row, "ack": True})
    return sid
