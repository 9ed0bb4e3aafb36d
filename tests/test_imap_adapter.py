"""The IMAP adapter (hopthu.mail.imap) against a real Dovecot (tests/mailservers.py)."""

from __future__ import annotations

import email.policy
import logging
import threading
import time
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from hopthu.mail import imap as imap_mod
from hopthu.mail.imap import (
    PROCESSED_KEYWORD,
    ImapAuthError,
    ImapConnectionError,
    ImapError,
    ImapInbox,
    ImapSettings,
    ImapTlsError,
    ImapWatcher,
    size_batches,
)

from mailservers import Dovecot, free_port

pytestmark = pytest.mark.dovecot

PROCESSED = "Đã tiếp nhận"


def settings_for(d: Dovecot, **kw) -> ImapSettings:
    base = dict(
        host=d.host,
        port=d.port,
        username=d.user,
        password=d.password,
        security={None: "none", "implicit": "ssl", "starttls": "starttls"}[d.tls],
        ca_file=d.ca_file,
        timeout_connect=5,
        timeout_read=10,
    )
    base.update(kw)
    return ImapSettings(**base)


def make_mail(n: int, subject: str = "Phản ánh: đèn đường hỏng") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Nguyễn Văn An <an@example.vn>"
    msg["To"] = "hopthu@luukiem.example.vn"
    msg["Subject"] = f"{subject} #{n}"
    msg["Message-ID"] = make_msgid(idstring=f"t{n}", domain="example.vn")
    msg.set_content(f"Kính gửi UBND phường,\nĐèn đường ở tổ {n} bị hỏng đã một tuần.\n")
    return msg.as_bytes(policy=email.policy.SMTP)  # CRLF, as stored by IMAP servers


@pytest.fixture
def inbox(dovecot: Dovecot):
    box = ImapInbox(settings_for(dovecot))
    yield box
    box.close()


# ---------------------------------------------------------------- fetch / move / sent


def test_fetch_since_in_uid_order_without_seen(dovecot: Dovecot, inbox: ImapInbox, monkeypatch):
    monkeypatch.setattr(imap_mod, "FETCH_BATCH", 2)  # exercise batching with few messages
    raws = [make_mail(i) for i in range(5)]
    for raw in raws:
        dovecot.append(raw)
    got = list(inbox.fetch_since(0))
    assert [uid for uid, _ in got] == [1, 2, 3, 4, 5]
    assert [raw for _, raw in got] == raws
    assert all(not m.seen for m in dovecot.messages())  # BODY.PEEK[]: \Seen untouched
    assert [uid for uid, _ in inbox.fetch_since(3)] == [4, 5]
    assert [uid for uid, _ in inbox.fetch_since(1, limit=2)] == [2, 3]
    # "UID 6:*" matches the highest UID (5) on the wire: must not come back
    assert list(inbox.fetch_since(5)) == []
    assert list(inbox.fetch_since(99)) == []
    with dovecot.client() as c:
        assert inbox.uidvalidity() == c.select_folder("INBOX")[b"UIDVALIDITY"]


def test_batches_are_cut_by_count_and_by_bytes_and_a_big_letter_comes_alone():
    sizes = {1: 10, 2: 10, 3: 50, 4: 10, 5: 10, 6: 10}
    assert size_batches([1, 2, 3, 4, 5, 6], sizes, count=3, budget=40) == [[1, 2], [3], [4, 5, 6]]
    assert size_batches([1, 2, 3, 4, 5, 6], sizes, count=2, budget=1000) == [[1, 2], [3, 4], [5, 6]]
    assert size_batches([9], {}, count=3, budget=1) == [[9]]  # size unknown (vanished): FETCH will say


def test_letters_with_big_attachments_arrive_whole_and_in_order(dovecot: Dovecot, inbox: ImapInbox, monkeypatch):
    monkeypatch.setattr(imap_mod, "FETCH_BYTES", 300_000)  # photos of ~200 kB: one letter per FETCH
    raws = []
    for i in range(4):
        msg = email.message_from_bytes(make_mail(i), policy=email.policy.default)
        msg.add_attachment(bytes(range(256)) * 800, maintype="image", subtype="jpeg", filename=f"anh{i}.jpg")
        raws.append(msg.as_bytes(policy=email.policy.SMTP))
    for raw in raws:
        dovecot.append(raw)
    got = list(inbox.fetch_since(0))
    assert [uid for uid, _ in got] == [1, 2, 3, 4]
    assert [raw for _, raw in got] == raws


def test_fetch_since_date(dovecot: Dovecot, inbox: ImapInbox):
    dovecot.append(make_mail(1), msg_time=datetime(2020, 5, 1, 8, 0, tzinfo=timezone.utc))
    dovecot.append(make_mail(2))
    assert [uid for uid, _ in inbox.fetch_since(0, since_date=date(2024, 1, 1))] == [2]
    assert [uid for uid, _ in inbox.fetch_since(0, since_date=date(2019, 1, 1))] == [1, 2]


def test_mark_processed_moves_to_vietnamese_folder(dovecot: Dovecot, inbox: ImapInbox):
    for i in range(3):
        dovecot.append(make_mail(i))
    assert PROCESSED not in dovecot.folders()
    inbox.mark_processed([1, 3])
    assert PROCESSED in dovecot.folders()  # created on the fly (modified UTF-7 on the wire)
    assert [m.uid for m in dovecot.messages()] == [2]
    moved = dovecot.messages(PROCESSED)
    assert [m.message["Subject"] for m in moved] == ["Phản ánh: đèn đường hỏng #0", "Phản ánh: đèn đường hỏng #2"]
    inbox.mark_processed([2])  # folder known now
    inbox.mark_processed([])
    assert dovecot.messages() == [] and len(dovecot.messages(PROCESSED)) == 3
    with dovecot.client() as c:
        assert PROCESSED in [name for _f, _d, name in c.list_sub_folders()]  # subscribed
        raw_names = c._imap.list()[1]
    assert any(n.endswith(b'"&ARAA4w- ti&Hr8-p nh&Hq0-n"') for n in raw_names), raw_names  # modified UTF-7


def test_mark_processed_without_move_uses_uid_expunge(make_dovecot):
    d = make_dovecot(imap_capability="IMAP4rev1 LITERAL+ UIDPLUS IDLE")
    for i in range(3):
        d.append(make_mail(i))
    d.append(make_mail(9), flags=["\\Deleted"])  # a person flagged this one for deletion
    with ImapInbox(settings_for(d)) as box:
        box.mark_processed([1, 2])
    assert [m.uid for m in d.messages()] == [3, 4]  # no plain EXPUNGE: UID 4 survives
    assert len(d.messages(PROCESSED)) == 2


def test_mark_processed_without_move_or_uidplus_sets_keyword(make_dovecot):
    d = make_dovecot(imap_capability="IMAP4rev1 LITERAL+ IDLE")
    d.append(make_mail(1))
    d.append(make_mail(2))
    with ImapInbox(settings_for(d)) as box:
        box.mark_processed([1])
    msgs = d.messages()
    assert [m.uid for m in msgs] == [1, 2]
    assert PROCESSED_KEYWORD in msgs[0].flags and PROCESSED_KEYWORD not in msgs[1].flags


def test_append_sent(dovecot: Dovecot, inbox: ImapInbox):
    raw = make_mail(7, subject="Trả lời: đã tiếp nhận phản ánh")
    inbox.append_sent(raw)
    inbox.append_sent(make_mail(8))
    sent = dovecot.messages("Sent")
    assert len(sent) == 2 and sent[0].raw == raw and sent[0].seen


def test_check_describes_connection(dovecot: Dovecot, inbox: ImapInbox):
    dovecot.append(make_mail(1))
    line = inbox.check()
    assert "IMAP OK" in line and dovecot.user in line and "1 thư" in line and "IDLE có" in line
    assert "\n" not in line


# ---------------------------------------------------------------- waiting for mail


def _append_later(d: Dovecot, delay: float, raw: bytes) -> threading.Thread:
    t = threading.Thread(target=lambda: (time.sleep(delay), d.append(raw)), daemon=True)
    t.start()
    return t


def test_wait_for_mail_idle(dovecot: Dovecot, inbox: ImapInbox):
    assert inbox.has_idle()
    t0 = time.monotonic()
    assert inbox.wait_for_mail(0.3) is False
    assert 0.25 < time.monotonic() - t0 < 1.0
    t = _append_later(dovecot, 0.2, make_mail(1))
    t0 = time.monotonic()
    assert inbox.wait_for_mail(5) is True
    assert time.monotonic() - t0 < 1.5  # Dovecot notifies ~0.5 s after the APPEND
    t.join()
    # IDLE is ended by the next command
    assert [uid for uid, _ in inbox.fetch_since(0)] == [1]
    assert inbox.wait_for_mail(0.1) is False


def test_wait_for_mail_idle_across_short_calls(dovecot: Dovecot, inbox: ImapInbox):
    """The watcher calls wait_for_mail(1) in a loop: IDLE stays up between calls."""
    t = _append_later(dovecot, 0.3, make_mail(1))
    got, t0 = False, time.monotonic()
    while not got and time.monotonic() - t0 < 3:
        got = inbox.wait_for_mail(0.1)
    t.join()
    assert got and inbox.idle_renewals == 0


def test_idle_renewal(dovecot: Dovecot):
    with ImapInbox(settings_for(dovecot, idle_renew_seconds=0.3)) as box:
        assert box.wait_for_mail(1.1) is False
        assert box.idle_renewals >= 2  # DONE + NOOP + IDLE every 0.3 s
        t = _append_later(dovecot, 0.1, make_mail(1))
        assert box.wait_for_mail(3) is True
        t.join()
        assert [uid for uid, _ in box.fetch_since(0)] == [1]


def test_wait_for_mail_polls_without_idle(make_dovecot):
    d = make_dovecot(imap_capability="IMAP4rev1 LITERAL+ UIDPLUS MOVE")
    with ImapInbox(settings_for(d, poll_seconds=0.2)) as box:
        assert not box.has_idle()
        assert box.wait_for_mail(0.5) is False
        t = _append_later(d, 0.1, make_mail(1))
        t0 = time.monotonic()
        assert box.wait_for_mail(3) is True
        assert time.monotonic() - t0 < 1.0
        t.join()
        assert [uid for uid, _ in box.fetch_since(0)] == [1]


def test_wait_for_mail_raises_when_server_dies(dovecot: Dovecot, inbox: ImapInbox):
    assert inbox.wait_for_mail(0.1) is False  # now in IDLE
    threading.Timer(0.2, dovecot.kill).start()
    t0 = time.monotonic()
    with pytest.raises(ImapConnectionError):
        inbox.wait_for_mail(10)
    assert time.monotonic() - t0 < 2  # noticed at once, not after a timeout
    assert not inbox.connected


def test_command_after_server_died_raises_connection_error(dovecot: Dovecot, inbox: ImapInbox):
    inbox.connect()
    dovecot.kill()
    with pytest.raises(ImapConnectionError):
        list(inbox.fetch_since(0))
    dovecot.start()
    dovecot.append(make_mail(1))
    assert [uid for uid, _ in inbox.fetch_since(0)] == [1]  # reconnects on the next call


# ---------------------------------------------------------------- watcher


class Recorder:
    def __init__(self):
        self.seen: list[bytes] = []
        self.calls = 0
        self.last_uid = 0
        self.event = threading.Event()

    def __call__(self, inbox: ImapInbox) -> None:
        self.calls += 1
        for uid, raw in inbox.fetch_since(self.last_uid):
            self.seen.append(raw)
            self.last_uid = uid
        self.event.set()

    def wait_count(self, n: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.seen) >= n:
                return True
            time.sleep(0.02)
        return len(self.seen) >= n


def _run_watcher(watcher: ImapWatcher, on_mail, stop: threading.Event):
    errors: list[BaseException] = []

    def target():
        try:
            watcher.run(on_mail, stop)
        except BaseException as exc:  # pragma: no cover - reported by the test
            errors.append(exc)

    t = threading.Thread(target=target, daemon=True)
    t.start()
    return t, errors


def test_watcher_survives_server_outage(dovecot: Dovecot, caplog):
    caplog.set_level(logging.INFO, logger="hopthu.mail.imap")
    s = settings_for(dovecot)
    dovecot.append(make_mail(1))
    rec, stop = Recorder(), threading.Event()
    watcher = ImapWatcher(lambda: ImapInbox(s), backoff_initial=0.05, backoff_max=0.4)
    thread, errors = _run_watcher(watcher, rec, stop)
    try:
        assert rec.wait_count(1, 5)  # catch-up at start
        dovecot.append(make_mail(2))
        assert rec.wait_count(2, 3)  # pushed by IDLE
        dovecot.kill()
        dovecot.deliver(make_mail(3))  # arrives while the server is down
        time.sleep(0.6)  # a few failed reconnects
        dovecot.start()
        assert rec.wait_count(3, 5), "catch-up after reconnect"
        dovecot.append(make_mail(4))
        assert rec.wait_count(4, 3)
    finally:
        stop.set()
        thread.join(5)
    assert not thread.is_alive() and errors == []
    assert [b"#%d" % i in raw for i, raw in zip(range(1, 5), rec.seen)] == [True] * 4
    assert watcher.connects >= 2 and watcher.failures >= 2
    assert any("reconnect" in r.getMessage() for r in caplog.records)


def test_watcher_stops_promptly(dovecot: Dovecot):
    rec, stop = Recorder(), threading.Event()
    watcher = ImapWatcher(lambda: ImapInbox(settings_for(dovecot)))
    thread, errors = _run_watcher(watcher, rec, stop)
    assert rec.event.wait(5)
    time.sleep(0.2)
    t0 = time.monotonic()
    stop.set()
    thread.join(5)
    assert not thread.is_alive() and errors == []
    assert time.monotonic() - t0 < 2


def test_watcher_backoff_grows_and_is_capped(caplog):
    port = free_port()  # nothing listens here
    s = ImapSettings(host="127.0.0.1", port=port, username="x", security="none", timeout_connect=1)
    stop = threading.Event()
    slept: list[float] = []

    def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) >= 40:
            stop.set()

    watcher = ImapWatcher(lambda: ImapInbox(s), backoff_initial=1, backoff_max=8, sleep=fake_sleep)
    caplog.set_level(logging.INFO, logger="hopthu.mail.imap")
    watcher.run(lambda inbox: None, stop)
    assert all(step <= 1.0 for step in slept)  # stop is checked at least every second
    delays = watcher.delays
    assert len(delays) >= 5
    for i, d in enumerate(delays):
        base = min(8, 2**i)
        assert base / 2 <= d <= base
    assert watcher.failures == len(delays)
    assert any("Connection refused" in r.getMessage() or "ConnectionRefused" in r.getMessage() for r in caplog.records)


def test_watcher_survives_on_mail_bug(dovecot: Dovecot, caplog):
    calls = []
    stop = threading.Event()

    def on_mail(inbox):
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise RuntimeError("bug in processing")
        if len(calls) >= 2:
            stop.set()

    watcher = ImapWatcher(lambda: ImapInbox(settings_for(dovecot)), backoff_initial=0.05)
    thread, errors = _run_watcher(watcher, on_mail, stop)
    thread.join(5)
    assert not thread.is_alive() and errors == [] and len(calls) >= 2
    assert any(r.exc_info and isinstance(r.exc_info[1], RuntimeError) for r in caplog.records)


# ---------------------------------------------------------------- TLS and login errors


def test_tls_with_ca_file(dovecot_tls: Dovecot):
    dovecot_tls.append(make_mail(1))
    with ImapInbox(settings_for(dovecot_tls)) as box:
        assert "IMAP OK" in box.check()
        assert [uid for uid, _ in box.fetch_since(0)] == [1]
        assert box.wait_for_mail(0.2) is False  # IDLE over TLS
        t = _append_later(dovecot_tls, 0.1, make_mail(2))
        assert box.wait_for_mail(3) is True
        t.join()


def test_tls_refused_without_ca_file(dovecot_tls: Dovecot):
    box = ImapInbox(settings_for(dovecot_tls, ca_file=None))
    with pytest.raises(ImapTlsError) as e:
        box.connect()
    assert "ca_file" in str(e.value) and "chứng chỉ" in str(e.value)
    assert not box.connected


def test_starttls_with_ca_file(dovecot_starttls: Dovecot):
    dovecot_starttls.append(make_mail(1))
    with ImapInbox(settings_for(dovecot_starttls)) as box:
        assert [uid for uid, _ in box.fetch_since(0)] == [1]
        box.mark_processed([1])
    assert len(dovecot_starttls.messages(PROCESSED)) == 1


def test_starttls_refused_without_ca_file(dovecot_starttls: Dovecot):
    with pytest.raises(ImapTlsError) as e:
        ImapInbox(settings_for(dovecot_starttls, ca_file=None)).connect()
    assert "ca_file" in str(e.value)


def test_starttls_required_but_not_offered(dovecot: Dovecot):
    with pytest.raises(ImapTlsError) as e:
        ImapInbox(settings_for(dovecot, security="starttls")).connect()
    assert "STARTTLS" in str(e.value)


def test_ssl_against_plain_port_is_a_tls_error(dovecot: Dovecot):
    with pytest.raises(ImapTlsError) as e:
        ImapInbox(settings_for(dovecot, security="ssl")).connect()
    assert "security" in str(e.value)


def test_wrong_password(dovecot: Dovecot):
    with pytest.raises(ImapAuthError) as e:
        ImapInbox(settings_for(dovecot, password="wrong")).connect()
    msg = str(e.value)
    assert msg.startswith(f"Đăng nhập IMAP thất bại cho {dovecot.user} trên 127.0.0.1:{dovecot.port}")
    assert "HOPTHU_IMAP_PASSWORD" in msg and "app password" in msg
    assert isinstance(e.value, ImapError)


def test_oauth2_failure_is_an_auth_error(dovecot: Dovecot):
    tokens = []

    def provider():
        tokens.append(1)
        return "ya29.not-a-token"

    with pytest.raises(ImapAuthError) as e:
        ImapInbox(settings_for(dovecot, password="", oauth2_token_provider=provider)).connect()
    assert tokens == [1] and "OAuth2" in str(e.value)


def test_unreachable_server_is_a_connection_error():
    s = ImapSettings(host="127.0.0.1", port=free_port(), username="x", security="ssl", timeout_connect=1)
    with pytest.raises(ImapConnectionError):
        ImapInbox(s).connect()


def test_missing_folder_is_a_clear_error(dovecot: Dovecot):
    with pytest.raises(ImapError) as e:
        ImapInbox(settings_for(dovecot, folder="Không có")).connect()
    assert "inbox.folder" in str(e.value)
