"""Real mail end to end: a ward on a real Dovecot (IMAP, IDLE) and a real aiosmtpd sink (tests/mailservers.py).

Nothing about IMAP or SMTP is mocked. The daemon tests run `service.Daemon` in a thread, as `hopthu run`
does; the others run one cycle at a time with the test's clock.
"""

from __future__ import annotations

import email.policy
import re
import threading
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from hopthu.cli import main
from hopthu.config import load_config
from hopthu.core.model import Status
from hopthu.journal import Journal
from hopthu.outbox.queue import Outbox, Sender, build_message, record
from hopthu.outbox.smtp import SmtpOutboxTransport
from hopthu.pipeline.cycle import run_cycle
from hopthu.service import Daemon
from hopthu.wiring import build_app

from mailservers import Dovecot, ReceivedMail, SmtpSink, mail_ward
from ward import TZ, Clock, wait_until

pytestmark = pytest.mark.dovecot

FRONT = "hopthu@mttq-luukiem.example.vn"
AGENCY = "kinhte-hatang@luukiem.example.vn"  # kt_hatang: lights, roads, waste
CITIZEN = "dan.nguyen@gmail.example"
CITIZEN_NAME = "Nguyễn Văn Dân"
PROCESSED = "Đã tiếp nhận"
LIGHT = "Đèn đường ở đầu ngõ 12 phố Trần Phú bị hỏng đã một tuần, buổi tối ngõ tối om."


# -- a ward on real servers ---------------------------------------------------------


def write_ward(base: Path, d: Dovecot, sink: SmtpSink, *, inbox: str = "", ca: bool = True) -> Path:
    """hopthu.example.yaml with the inbox on `d` (IMAP) and the outbox on `sink` (SMTP), XLSX register in base."""
    security = {None: "none", "implicit": "ssl", "starttls": "starttls"}
    imap = (f'inbox:\n  backend: imap\n  host: "{d.host}"\n  port: {d.port}\n  security: {security[d.tls]}\n'
            f'  username: "{d.user}"\n  ca_file: "{d.ca_file if ca and d.ca_file else ""}"\n'
            f'  start_date: 2020-01-01\n  poll_seconds: 5\n{inbox}')
    smtp = (f'outbox:\n  backend: smtp\n  smtp: {{host: "{sink.host}", port: {sink.port}, '
            f'security: {security[sink.tls]}, ca_file: "{sink.ca_file if ca and sink.ca_file else ""}"}}\n')
    return mail_ward(base, inbox=imap, outbox=smtp, env=f"HOPTHU_IMAP_PASSWORD={d.password}\n")


@pytest.fixture
def clock() -> Clock:
    """Monday 06:30, before office hours: no reminder or digest joins the mail these tests count."""
    return Clock(datetime(2026, 11, 23, 6, 30, tzinfo=TZ))


@pytest.fixture
def ward(tmp_path, dovecot, smtp_sink) -> Path:
    return write_ward(tmp_path / "ward", dovecot, smtp_sink)


@pytest.fixture
def open_app(clock):
    apps = []

    def factory(path: Path, **kw):
        app = build_app(load_config(path), clock=clock, **kw)
        apps.append(app)
        return app

    yield factory
    for app in apps:
        app.close()


@pytest.fixture
def run_daemon():
    started: list[tuple[Daemon, threading.Thread]] = []

    def start(app) -> Daemon:
        daemon = Daemon(app)
        thread = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, daemon=True)
        thread.start()
        started.append((daemon, thread))
        watcher = app.watchers[0].watcher
        wait_until(lambda: daemon.cycles >= 1 and watcher.connects >= 1, 10, "daemon up, watcher in IDLE")
        time.sleep(0.3)  # the watcher's catch-up cycle has run; it idles now
        return daemon

    yield start
    for daemon, thread in started:
        daemon.stop.set()
        thread.join(15)
        assert not thread.is_alive(), "the daemon did not stop"


# -- mail the tests write --------------------------------------------------------------


def citizen_mail(text: str = LIGHT, *, sender: str = CITIZEN, name: str = CITIZEN_NAME,
                 subject: str = "Phản ánh đèn đường hỏng") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = FRONT
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(idstring="dan", domain="gmail.example")
    msg.set_content(f"Kính gửi Mặt trận phường,\n\n{text}\n\n{name}\n")
    return msg.as_bytes(policy=email.policy.SMTP)


def reply_to(original: ReceivedMail, body: str, *, sender: str, headers: dict[str, str] | None = None) -> bytes:
    """A reply as mail clients write it: Re: subject, In-Reply-To/References, the original quoted below."""
    orig = original.message
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = FRONT
    msg["Subject"] = "Re: " + orig["Subject"]
    msg["Date"] = email.utils.format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(idstring="re", domain=sender.split("@")[1])
    msg["In-Reply-To"] = mid(original)
    msg["References"] = mid(original)
    for name, value in (headers or {}).items():
        msg[name] = value
    quoted = "\n".join("> " + line for line in orig.get_content().splitlines())
    msg.set_content(f"{body}\n\nVào {orig['Date']}, {orig['From']} đã viết:\n{quoted}\n")
    return msg.as_bytes(policy=email.policy.SMTP)


def dsn(original: ReceivedMail, failed: str) -> bytes:
    """A Postfix-style delivery status notification (RFC 3464) returning `original`."""
    head = original.raw.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    boundary = "dsn-boundary-42"
    return (
        "Return-Path: <>\r\n"
        "From: MAILER-DAEMON@mail.luukiem.example.vn (Mail Delivery System)\r\n"
        f"To: {FRONT}\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {email.utils.format_datetime(datetime.now(timezone.utc))}\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        f"Message-Id: {make_msgid(domain='mail.luukiem.example.vn')}\r\n"
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        f"<{failed}>: host mx.luukiem.example.vn said: 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.luukiem.example.vn\r\n\r\n"
        f"Final-Recipient: rfc822; {failed}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n{head}\r\n\r\n"
        f"--{boundary}--\r\n"
    ).encode()


def mid(mail: ReceivedMail) -> str:
    return mail.message["Message-ID"].strip()  # ours are long enough to be folded onto a second line


def to(sink: SmtpSink, address: str) -> list[ReceivedMail]:
    return [m for m in sink.received if m.rcpt_tos == [address]]


def first_case(app, dovecot: Dovecot, sink: SmtpSink):
    """A citizen writes; one cycle: the case, its acknowledgement and its routed email."""
    dovecot.append(citizen_mail())
    summary = run_cycle(app)
    assert len(summary.new_cases) == 1 and not summary.errors, summary
    sink.wait_for(2)
    return summary.new_cases[0], to(sink, CITIZEN)[-1], to(sink, AGENCY)[-1]


# -- push, not polling ---------------------------------------------------------------


def test_mail_appended_while_idle_gets_its_case_and_ack(ward, dovecot, smtp_sink, open_app, run_daemon):
    app = open_app(ward)
    run_daemon(app)
    t0 = time.monotonic()
    dovecot.append(citizen_mail())
    mails = smtp_sink.wait_for(2, timeout=10)
    took = time.monotonic() - t0
    (ack,) = [m for m in mails if m.rcpt_tos == [CITIZEN]]
    (routed,) = [m for m in mails if m.rcpt_tos == [AGENCY]]
    assert took < 5, f"acknowledged after {took:.1f} s"
    (case,) = app.journal.cases()
    assert f"[{case.code}]" in ack.message["Subject"] and ack.mail_from == FRONT
    assert ack.message["Auto-Submitted"] == "auto-replied"
    assert CITIZEN.encode() not in routed.raw and CITIZEN_NAME not in routed.message.get_content()
    # Handled mail left the inbox for the processed folder (created on the fly); copies of what we sent in Sent.
    wait_until(lambda: len(dovecot.messages(PROCESSED)) == 1, 5, "message moved after journalling")
    assert dovecot.messages() == []
    sent_ids = {m.message["Message-ID"] for m in dovecot.messages("Sent")}
    assert {ack.message["Message-ID"], routed.message["Message-ID"]} <= sent_ids


def test_a_pushed_letter_is_acknowledged_without_waiting_for_slow_google_sheets(
        tmp_path, dovecot, smtp_sink, open_app, run_daemon):
    """Mail on its own clock: the cycle IDLE wakes neither polls the Form's sheet nor reads the Google register
    (they keep `schedule.poll_seconds`), so an acknowledgement never waits for Google or its quota."""
    import csv
    import json

    from sheets_emulator import SheetsEmulator
    from ward import EXAMPLES

    with SheetsEmulator() as emu, open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="") as f:
        emu.create_spreadsheet("form", "Câu trả lời", sheets={"Câu trả lời 1": list(csv.reader(f))})
        emu.create_spreadsheet("register", "Sổ theo dõi", sheets={"Trang tính1": []})
        path = write_ward(tmp_path / "ward", dovecot, smtp_sink)
        text = path.read_text(encoding="utf-8").replace(
            "form:\n  backend: none\n", 'form:\n  backend: sheet\n  sheet_id: "form"\n')
        text = re.sub(r"(?ms)^register:\n.*?(?=^\S)", 'register:\n  backend: sheet\n  sheet_id: "register"\n', text)
        path.write_text(text + f'google:\n  api_base: "{emu.base_url}"\n', encoding="utf-8")
        (path.parent / "key.json").write_text(json.dumps(emu.service_account_info()))
        with open(path.parent / ".env", "a") as env:
            env.write("HOPTHU_GOOGLE_KEY_FILE=key.json\n")
        app = open_app(path)
        run_daemon(app)  # the start-up cycle took the Form's sample answers and made the register
        assert len(emu.values("register", "Sổ theo dõi")) > 1
        emu.reset_counts()
        emu.inject(None, count=100, delay=6.0)  # from now on Google takes 6 s to answer anything
        t0 = time.monotonic()
        dovecot.append(citizen_mail())
        wait_until(lambda: to(smtp_sink, CITIZEN), 10, "the acknowledgement")
        took = time.monotonic() - t0
        assert took < 4, f"acknowledged after {took:.1f} s"
        assert emu.request_count == 0  # the mail cycle asked Google nothing
        emu.clear_faults()


def test_dovecot_outage_loses_nothing_and_doubles_nothing(ward, dovecot, smtp_sink, open_app, run_daemon):
    app = open_app(ward)
    run_daemon(app)
    watcher = app.watchers[0].watcher
    watcher.backoff_initial, watcher.backoff_max = 0.1, 0.5
    dovecot.append(citizen_mail("Rác thải tồn đọng ở đầu ngõ 5 phố Lê Lợi, bốc mùi.", subject="Rác"))
    smtp_sink.wait_for(2, timeout=10)
    connects = watcher.connects
    dovecot.kill()
    dovecot.deliver(citizen_mail(sender="tdp12@gmail.example"))  # arrives while the server is down
    time.sleep(1.0)  # the watcher fails to reconnect a few times meanwhile
    dovecot.start()
    smtp_sink.wait_for(4, timeout=15)
    time.sleep(1.5)  # and nothing more comes
    assert watcher.connects > connects and watcher.failures >= 1
    assert len(app.journal.cases()) == 2
    ids = [m.message["Message-ID"] for m in smtp_sink.received]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert len(to(smtp_sink, CITIZEN)) == 1 and len(to(smtp_sink, "tdp12@gmail.example")) == 1
    assert len(to(smtp_sink, AGENCY)) == 2
    assert {m.state for m in app.journal.messages()} == {"sent"}


# -- what kind of message ------------------------------------------------------------


def test_an_agency_reply_and_a_citizen_follow_up_thread_into_the_case(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    dovecot.append(reply_to(routed, "Ngày 25/11 Phòng đã thay bóng đèn và bộ điều khiển mới.", sender=AGENCY))
    summary = run_cycle(app)
    assert summary.linked == 1 and not summary.new_cases and not summary.quarantined
    updated = app.journal.case(case.code)
    assert updated.status == Status.AWAITING_APPROVAL
    assert "thay bóng đèn" in updated.answer and "đã viết" not in updated.answer  # the quoted routing is not the answer
    dovecot.append(reply_to(ack, "Tôi bổ sung: cột đèn thứ hai cũng tắt. SĐT của tôi 0912 345 678.", sender=CITIZEN))
    summary = run_cycle(app)
    assert summary.linked == 1 and not summary.new_cases
    history = "\n".join(app.journal.case(case.code).history)
    assert "cột đèn thứ hai cũng tắt" in history and "0912 345 678" not in history
    # Neither reply is answered; the citizen's follow-up goes on to the lead agency, redacted (issue 12).
    (relay,) = smtp_sink.received[2:]
    assert relay.rcpt_tos == [AGENCY] and case.code in relay.message["Subject"]
    body = relay.message.get_content()
    assert "cột đèn thứ hai cũng tắt" in body and "0912 345 678" not in body and CITIZEN not in body
    assert CITIZEN.encode() not in relay.raw and CITIZEN_NAME not in body


def test_auto_replies_and_bounces_make_no_case_and_send_nothing(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    dovecot.append(reply_to(routed, "Tôi đang nghỉ phép đến hết ngày 27/11/2026.", sender=AGENCY,
                            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}))
    dovecot.append(dsn(ack, CITIZEN))  # the citizen's address bounced our acknowledgement
    summary = run_cycle(app)
    assert summary.ignored == 2 and not summary.new_cases and not summary.linked
    assert len(app.journal.cases()) == 1 and len(smtp_sink.received) == 2
    assert app.journal.message_by_id(mid(ack)).state == "failed"
    assert app.journal.case(case.code).status == Status.ROUTED  # the out-of-office is no answer


def test_a_bounced_routing_alerts_the_fronts_officers(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    dovecot.append(dsn(routed, AGENCY))
    summary = run_cycle(app)
    assert summary.ignored == 1 and not summary.new_cases
    assert app.journal.message_by_id(mid(routed)).state == "failed"
    officers = {o.email for o in app.settings.officers if {"officer", "chair"} & set(o.roles)}
    alerts = [m for m in smtp_sink.received[2:]]
    assert {m.rcpt_tos[0] for m in alerts} == officers and len(alerts) == len(officers)
    assert all(case.code in m.message["Subject"] and "5.1.1" in m.message.get_content() for m in alerts)
    assert all(CITIZEN.encode() not in m.raw for m in alerts)
    run_cycle(app)
    assert len(smtp_sink.received) == 2 + len(officers)  # once


def test_a_flood_from_one_sender_gets_one_acknowledgement_and_is_held(tmp_path, dovecot, smtp_sink, clock):
    path = write_ward(tmp_path / "ward", dovecot, smtp_sink, inbox="  flood_per_hour: 3\n")
    app = build_app(load_config(path), clock=clock)
    for i in range(7):
        dovecot.append(citizen_mail(f"Rác thải tồn đọng ở đầu ngõ {i} phố Lê Lợi, bốc mùi.", subject=f"Rác {i}"))
    summary = run_cycle(app)
    assert len(summary.new_cases) == 3 and len(summary.quarantined) == 4
    assert len(to(smtp_sink, CITIZEN)) == 1  # one acknowledgement for the whole flood
    assert len(to(smtp_sink, AGENCY)) == 3  # the cases themselves are routed
    held = app.journal.quarantined(include_held=True)
    assert [h.state for h in held] == ["held"] * 4 and all("flood" in h.reason for h in held)
    app.close()
    listing = CliRunner().invoke(main, ["--config", str(path), "quarantine", "list"])
    assert listing.exit_code == 0 and sum("giữ lại" in line[:60] for line in listing.output.splitlines()) == 4 and "flood" in listing.output
    released = CliRunner().invoke(main, ["--config", str(path), "quarantine", "release", held[0].source_id])
    assert released.exit_code == 0 and "hồ sơ HT-" in released.output, released.output
    assert len(to(smtp_sink, CITIZEN)) == 1  # released: a case, still no second acknowledgement
    assert len(Journal(load_config(path).state_dir / "journal.sqlite3").quarantined(include_held=True)) == 3


def test_a_forged_case_tagged_reply_is_quarantined(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    dovecot.append(reply_to(routed, "Đã xử lý xong, đề nghị đóng hồ sơ.", sender="lua-dao@evil.example"))
    dovecot.append(reply_to(routed, "Đã xử lý xong.", sender="congan@luukiem.example.vn"))  # not this case's agency
    dovecot.append(reply_to(routed, "Đã xử lý xong.", sender=AGENCY, headers={
        "Authentication-Results": "mail.mttq-luukiem.example.vn; spf=fail smtp.mailfrom=luukiem.example.vn; dkim=none"}))
    summary = run_cycle(app)
    assert len(summary.quarantined) == 3 and not summary.linked and not summary.new_cases
    reasons = [q.reason for q in app.journal.quarantined()]
    assert sum("giả mạo" in r for r in reasons) == 3 and any("SPF/DKIM" in r for r in reasons)
    assert app.journal.case(case.code).status == Status.ROUTED and not app.journal.case(case.code).answer
    # With SPF passing (aligned), the same reply from the agency is taken.
    dovecot.append(reply_to(routed, "Đã xử lý xong.", sender=AGENCY, headers={
        "Authentication-Results": "mail.mttq-luukiem.example.vn; spf=pass smtp.mailfrom=luukiem.example.vn"}))
    assert run_cycle(app).linked == 1
    assert app.journal.case(case.code).status == Status.AWAITING_APPROVAL


def test_a_question_is_relayed_both_ways_and_neither_side_sees_the_other(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    dovecot.append(reply_to(routed, "Kính gửi Mặt trận,\n\nHỎI: Đề nghị cho biết cột đèn hỏng ở trước số nhà nào?\n\n"
                            f"Nguyễn Hữu Phúc, {AGENCY}", sender=AGENCY))
    assert run_cycle(app).linked == 1
    (question,) = smtp_sink.received[2:]
    assert question.rcpt_tos == [CITIZEN] and question.mail_from == FRONT
    assert "trước số nhà nào" in question.message.get_content()
    assert b"kinhte-hatang" not in question.raw
    assert app.journal.case(case.code).status == Status.WAITING_CITIZEN

    dovecot.append(reply_to(question, f"Cột đèn trước số 14. Liên hệ tôi: 0912 345 678, {CITIZEN}.", sender=CITIZEN))
    assert run_cycle(app).linked == 1
    (answer,) = smtp_sink.received[3:]
    assert answer.rcpt_tos == [AGENCY] and answer.mail_from == FRONT
    assert "Cột đèn trước số 14" in answer.message.get_content()
    assert answer.message["In-Reply-To"]  # threads under the agency's own question
    for secret in (CITIZEN.encode(), b"0912 345 678", CITIZEN_NAME.encode(), "Dân".encode()):
        assert secret not in answer.raw
    assert app.journal.case(case.code).status == Status.IN_PROGRESS


def test_an_agency_progress_note_is_history_only(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    dovecot.append(reply_to(routed, "TIẾN ĐỘ: đã giao đội điện chiếu sáng kiểm tra trong tuần.", sender=AGENCY))
    assert run_cycle(app).linked == 1
    updated = app.journal.case(case.code)
    assert updated.status == Status.ROUTED and not updated.answer
    assert any("tiến độ: đã giao đội điện" in h for h in updated.history)
    assert len(smtp_sink.received) == 2


def test_an_agency_sends_a_case_back_and_it_returns_to_triage_with_the_reason(ward, dovecot, smtp_sink, open_app,
                                                                              clock):
    app = open_app(ward)
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    dovecot.append(reply_to(routed, "Kinh gui Mat tran,\n\nTRA LAI: khong thuoc tham quyen cua phong; cot den do "
                                    "Cong ty Chieu sang quan ly, de nghi chuyen UBND phuong.", sender=AGENCY))
    assert run_cycle(app).linked == 1
    back = app.journal.case(case.code)
    assert back.status == Status.TRIAGE and back.agency is None and not back.answer  # not an answer to approve
    assert any("trả lại hồ sơ" in h and "Cong ty Chieu sang" in h for h in back.history)
    # The officers are told, with the reason; the citizen is not.
    officers = {"chutich@mttq-luukiem.example.vn", "truc.ban@mttq-luukiem.example.vn"}
    smtp_sink.wait_for(4)
    notices = smtp_sink.received[2:]
    assert {m.rcpt_tos[0] for m in notices} == officers
    assert all("Cong ty Chieu sang" in m.message.get_content() and "Chờ phân loại" in m.message.get_content()
               for m in notices)
    # The register shows the new status and the reason in the history column.
    run_cycle(app)
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    ws = wb[app.settings.register.sheet]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == case.code)
    assert row[header.index("Trạng thái")] == "Chờ phân loại" and not row[header.index("Cơ quan chủ trì")]
    assert "Cong ty Chieu sang" in row[header.index("Diễn biến")]
    # Counted per agency, recorded as a correction of the routing.
    assert app.journal.sendbacks_by_agency() == {"kt_hatang": 1}
    (correction,) = app.journal.corrections()
    assert (correction.field, correction.old, correction.new, correction.source) == ("agency", "kt_hatang", "", "agency")
    # No more reminders to that agency, even on the deadline's day in office hours.
    clock.set(datetime.combine(back.deadline, datetime.min.time(), TZ).replace(hour=9))
    before = len(smtp_sink.received)
    run_cycle(app)
    time.sleep(0.5)
    assert not [m for m in smtp_sink.received[before:] if AGENCY in m.rcpt_tos]


# -- identity of messages: UIDVALIDITY, first start, import -------------------------------


def test_a_changed_uidvalidity_never_makes_a_second_case(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    (source,) = app.sources
    source.acknowledge = lambda items: None  # a crash after journalling, before the message was moved
    case, ack, routed = first_case(app, dovecot, smtp_sink)
    history = app.journal.case(case.code).history
    dovecot.kill()  # the folder is restored from a backup, say: Dovecot announces a new UIDVALIDITY
    maildir = dovecot.dir / "home" / dovecot.user / "Maildir"
    uidlist = maildir / "dovecot-uidlist"
    uidlist.write_text(re.sub(r"^(\d+) V(\d+)", lambda m: f"{m[1]} V{int(m[2]) + 1000}", uidlist.read_text()))
    for index in maildir.glob("dovecot.index*"):
        index.unlink()
    dovecot.start()
    del source.acknowledge
    summary = run_cycle(app)
    assert not summary.new_cases and not summary.linked and not summary.quarantined and not summary.errors
    assert len(app.journal.cases()) == 1 and app.journal.case(case.code).history == history
    assert app.journal.intake_counts().get("duplicate") == 1
    assert len(smtp_sink.received) == 2
    assert dovecot.messages() == [] and len(dovecot.messages(PROCESSED)) == 1


def test_where_move_is_not_allowed_handled_mail_is_flagged_and_never_taken_again(
        tmp_path, make_dovecot, smtp_sink, clock):
    d = make_dovecot(imap_capability="IMAP4rev1 LITERAL+ IDLE")  # neither MOVE nor UIDPLUS
    path = write_ward(tmp_path / "ward", d, smtp_sink)
    app = build_app(load_config(path), clock=clock)
    d.append(citizen_mail())
    assert len(run_cycle(app).new_cases) == 1
    (kept,) = d.messages()
    assert "$HopthuProcessed" in kept.flags
    app.journal.set_meta(f"imap:{d.host}/{d.user}/INBOX:last_uid", "0")  # even with the cursor lost
    again = run_cycle(app)
    assert not again.new_cases and not again.linked and app.journal.intake_counts() == {"cased": 1}
    app.close()


def test_first_start_leaves_old_mail_and_import_brings_it_without_acknowledgements(
        tmp_path, dovecot, smtp_sink, clock):
    path = write_ward(tmp_path / "ward", dovecot, smtp_sink)
    text = path.read_text().replace("  start_date: 2020-01-01\n", "")  # default: the day hopthu first runs
    path.write_text(text)
    old = datetime(2026, 10, 5, 9, 0, tzinfo=timezone.utc)
    for i in range(3):
        dovecot.append(citizen_mail(f"Rác thải tồn đọng ở ngõ {i} phố Lê Lợi.", sender=f"cu.dan{i}@gmail.example",
                                    subject=f"Rác {i}"), msg_time=old + timedelta(days=i))
    dovecot.append(citizen_mail())  # today
    app = build_app(load_config(path), clock=clock)
    summary = run_cycle(app)
    assert len(summary.new_cases) == 1 and len(to(smtp_sink, CITIZEN)) == 1
    assert app.journal.get_meta("imap:start_date") == clock().date().isoformat()
    assert len(dovecot.messages()) == 3  # older mail untouched, never answered wholesale
    app.close()

    result = CliRunner().invoke(main, ["--config", str(path), "import", "--since", "01/10/2026"])
    assert result.exit_code == 0, result.output
    assert "Đã nhập 3 thư" in result.output and "Hồ sơ mới (không gửi thư xác nhận): 3" in result.output
    assert not any(m.rcpt_tos[0].startswith("cu.dan") for m in smtp_sink.received)  # no acknowledgements
    assert len(to(smtp_sink, AGENCY)) == 4  # but routed like any case
    assert dovecot.messages() == []
    again = CliRunner().invoke(main, ["--config", str(path), "import", "--since", "01/10/2026"])
    assert "Đã nhập 0 thư" in again.output


# -- SMTP delivery -------------------------------------------------------------------------


def test_a_crash_after_the_servers_250_resends_the_same_message(ward, dovecot, smtp_sink, open_app):
    app = open_app(ward)
    dovecot.append(citizen_mail())

    def power_cut(*args):
        raise KeyboardInterrupt("power cut after the server's 250, before the journal marked it sent")

    app.journal.mark_sent = power_cut
    with pytest.raises(KeyboardInterrupt):
        run_cycle(app)
    (first,) = smtp_sink.wait_for(1)
    app.close()
    again = open_app(ward)
    summary = run_cycle(again)
    assert not summary.new_cases
    resent = [m for m in smtp_sink.received[1:] if m.message["Message-ID"] == first.message["Message-ID"]]
    assert len(resent) == 1 and resent[0].raw == first.raw  # byte for byte: recipients can de-duplicate
    messages = again.journal.messages()
    assert {m.state for m in messages} == {"sent"} and len(smtp_sink.received) == len(messages) + 1


def test_smtp_failures_retry_or_fail_and_the_daily_cap_sends_the_most_urgent_first(tmp_path, dovecot, smtp_sink):
    config = load_config(write_ward(tmp_path / "ward", dovecot, smtp_sink))
    journal = Journal(tmp_path / "journal.sqlite3")
    transport = SmtpOutboxTransport(config)
    ward = config.settings.ward
    sender = Sender(ward.front_name, ward.front_email, ward.mail_domain)
    kinds = ["digest", "reminder", "routed", "answer", "urgent"]
    for i, kind in enumerate(kinds):
        msg = build_message(sender, f"r{i}@luukiem.example.vn", f"[HT-2026-000{i}] {kind}", "Nội dung.")
        journal.enqueue(record(f"{kind}:HT-2026-000{i}", kind, f"HT-2026-000{i}", msg))
    now = datetime.now(timezone.utc)
    report = Outbox(journal, transport, daily_cap=2).deliver(now)
    assert report.sent == 2 and report.held == 3
    assert [m.message["Subject"].split()[1] for m in smtp_sink.received] == ["urgent", "answer"]

    smtp_sink.fail_next(1, code=451)
    smtp_sink.fail_next(1, code=550)
    report = Outbox(journal, transport, daily_cap=100).deliver(now)
    states = {m.kind: (m.state, m.attempts) for m in journal.messages()}
    assert states["routed"] == ("pending", 1) and states["reminder"] == ("failed", 1)  # 451, then 550
    assert states["digest"] == ("sent", 0)
    report = Outbox(journal, transport, daily_cap=100).deliver(now + timedelta(hours=2))
    assert report.sent == 1 and {m.state for m in journal.messages() if m.kind == "routed"} == {"sent"}
    transport.close()
    journal.close()


def test_tls_with_the_fixture_ca_connects_and_without_it_refuses(tmp_path, dovecot_tls, make_smtp_sink):
    sink = make_smtp_sink(tls="implicit")
    good = CliRunner().invoke(main, ["--config", str(write_ward(tmp_path / "good", dovecot_tls, sink)), "check"])
    assert good.exit_code == 0, good.output
    assert "IMAP OK" in good.output and "(ssl)" in good.output and "SMTP OK" in good.output
    bad = CliRunner().invoke(main, ["--config", str(write_ward(tmp_path / "bad", dovecot_tls, sink, ca=False)),
                                    "check"])
    assert bad.exit_code == 1
    failing = [line for line in bad.output.splitlines() if line.startswith("KHÔNG ĐẠT")]
    assert len(failing) == 2 and all("chứng chỉ" in line for line in failing), bad.output
