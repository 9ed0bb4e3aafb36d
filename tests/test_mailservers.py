"""Smoke tests for the real mail servers used by the adapter tests (tests/mailservers.py)."""

from __future__ import annotations

import smtplib
import ssl
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from mailservers import Dovecot, SmtpSink, TestCA

pytestmark = pytest.mark.dovecot

RAW = (
    b"From: =?utf-8?b?Tmd1eeG7hW4gVsSDbiBB?= <a@example.vn>\r\n"
    b"To: hopthu@example.vn\r\n"
    b"Subject: =?utf-8?b?UGjhuqNuIMOhbmg=?=\r\n"
    b"Message-ID: <smoke-1@example.vn>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n"
    b"\r\n"
) + "Đèn đường hỏng ở tổ 5.\r\n".encode()


def test_dovecot_login_append_messages(dovecot: Dovecot):
    assert dovecot.running
    uid = dovecot.append(RAW)
    uid2 = dovecot.append(RAW.replace(b"smoke-1", b"smoke-2"), "Lưu trữ")
    assert uid == 1 and uid2 == 1
    msgs = dovecot.messages()
    assert [m.uid for m in msgs] == [1]
    assert msgs[0].raw == RAW
    assert not msgs[0].seen  # BODY.PEEK[]
    assert str(msgs[0].message["Subject"]) == "Phản ánh"
    assert "Lưu trữ" in dovecot.folders()
    assert dovecot.messages("Không có") == []
    with dovecot.client() as c:
        assert c.has_capability("MOVE") and c.has_capability("UIDPLUS") and c.has_capability("IDLE")


def test_dovecot_idle_notifies_after_append(dovecot: Dovecot):
    with dovecot.client() as c:
        c.select_folder("INBOX")
        c.idle()
        t0 = time.monotonic()
        dovecot.append(RAW)
        responses = []
        while time.monotonic() - t0 < 3 and not responses:
            responses = c.idle_check(timeout=0.2)
        elapsed = time.monotonic() - t0
        c.idle_done()
    assert (1, b"EXISTS") in responses
    assert elapsed < 1.5


def test_dovecot_wrong_password_is_fast(dovecot: Dovecot):
    with pytest.raises(LoginError):
        dovecot.client(password="wrong")
    t0 = time.monotonic()
    with dovecot.client() as c:  # no auth penalty for 127.0.0.1 (anvil-auth-penalty block)
        c.noop()
    assert time.monotonic() - t0 < 1


def test_dovecot_add_user(dovecot: Dovecot):
    dovecot.add_user("canbo@example.vn", "mat-khau-2")
    dovecot.append(RAW, user="canbo@example.vn", password="mat-khau-2")
    assert len(dovecot.messages(user="canbo@example.vn", password="mat-khau-2")) == 1
    assert dovecot.messages() == []


def test_dovecot_kill_and_restart_same_port(dovecot: Dovecot):
    dovecot.append(RAW)
    port = dovecot.port
    c = dovecot.client()
    try:
        c.select_folder("INBOX")
        dovecot.kill()
        assert not dovecot.running
        with pytest.raises((IMAPClient.AbortError, OSError)):  # EOF or ECONNRESET: a race
            c.noop()  # the connection died with the server
    finally:
        c.shutdown()
    with pytest.raises(OSError):
        IMAPClient(dovecot.host, port, ssl=False, timeout=2)
    dovecot.start()
    assert dovecot.port == port
    assert len(dovecot.messages()) == 1
    t0 = time.monotonic()
    dovecot.restart()  # SIGTERM + start
    assert time.monotonic() - t0 < 5
    assert len(dovecot.messages()) == 1


def test_dovecot_without_idle_capability(make_dovecot):
    d = make_dovecot(imap_capability="IMAP4rev1 LITERAL+ UIDPLUS")
    with d.client() as c:
        assert not c.has_capability("IDLE")
        assert not c.has_capability("MOVE")
        assert c.has_capability("UIDPLUS")


def test_dovecot_tls_verified_with_ca_file(dovecot_tls: Dovecot):
    assert dovecot_tls.ca_file
    dovecot_tls.append(RAW)
    ctx = ssl.create_default_context(cafile=dovecot_tls.ca_file)
    with IMAPClient("127.0.0.1", dovecot_tls.port, ssl=True, ssl_context=ctx, timeout=5) as c:
        c.login(dovecot_tls.user, dovecot_tls.password)
        assert c.select_folder("INBOX")[b"EXISTS"] == 1
    with IMAPClient("localhost", dovecot_tls.port, ssl=True, ssl_context=ctx, timeout=5) as c:
        c.login(dovecot_tls.user, dovecot_tls.password)


def test_dovecot_tls_refused_without_ca_file(dovecot_tls: Dovecot):
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient("127.0.0.1", dovecot_tls.port, ssl=True, ssl_context=ssl.create_default_context(), timeout=5)


def test_dovecot_starttls(dovecot_starttls: Dovecot):
    ctx = ssl.create_default_context(cafile=dovecot_starttls.ca_file)
    with IMAPClient("127.0.0.1", dovecot_starttls.port, ssl=False, timeout=5) as c:
        c.starttls(ctx)
        c.login(dovecot_starttls.user, dovecot_starttls.password)
        c.select_folder("INBOX")
    # (A plaintext LOGIN before STARTTLS is *accepted* here despite ssl = required:
    # Dovecot treats connections whose local and remote IP are equal as secure.)
    # STARTTLS with the system CAs does not verify
    with IMAPClient("127.0.0.1", dovecot_starttls.port, ssl=False, timeout=5) as c:
        with pytest.raises(ssl.SSLCertVerificationError):
            c.starttls(ssl.create_default_context())


def test_smtp_sink_receives(smtp_sink: SmtpSink):
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, local_hostname="localhost", timeout=5) as s:
        s.sendmail("a@example.vn", ["b@example.vn"], RAW)
    (mail,) = smtp_sink.wait_for(1)
    assert mail.mail_from == "a@example.vn"
    assert mail.rcpt_tos == ["b@example.vn"]
    assert mail.raw == RAW
    assert mail.message["Message-ID"] == "<smoke-1@example.vn>"
    assert smtp_sink.connections == 1
    with pytest.raises(AssertionError):
        smtp_sink.wait_for(2, timeout=0.1)


def test_smtp_sink_fail_next_and_drop(smtp_sink: SmtpSink):
    smtp_sink.fail_next(1, 451)
    smtp_sink.fail_next(1, 554, stage="data")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, local_hostname="localhost", timeout=5) as s:
        with pytest.raises(smtplib.SMTPRecipientsRefused) as e:
            s.sendmail("a@example.vn", ["b@example.vn"], RAW)
        assert e.value.recipients["b@example.vn"][0] == 451
        with pytest.raises(smtplib.SMTPDataError) as e2:
            s.sendmail("a@example.vn", ["b@example.vn"], RAW)
        assert e2.value.smtp_code == 554
        s.sendmail("a@example.vn", ["b@example.vn"], RAW)
        smtp_sink.drop_connections()
        with pytest.raises(smtplib.SMTPServerDisconnected):
            s.noop()
    assert len(smtp_sink.wait_for(1)) == 1
    smtp_sink.stop()
    with pytest.raises(OSError):
        smtplib.SMTP(smtp_sink.host, smtp_sink.port, local_hostname="localhost", timeout=2)
    smtp_sink.start()
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, local_hostname="localhost", timeout=5) as s:
        s.noop()


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_smtp_sink_tls_and_auth(tls: str):
    with SmtpSink(tls=tls, auth=("hopthu", "mat khau")) as sink:
        ctx = ssl.create_default_context(cafile=sink.ca_file)
        if tls == "implicit":
            s = smtplib.SMTP_SSL(sink.host, sink.port, local_hostname="localhost", context=ctx, timeout=5)
        else:
            s = smtplib.SMTP(sink.host, sink.port, local_hostname="localhost", timeout=5)
            with pytest.raises(smtplib.SMTPException):
                s.login("hopthu", "mat khau")  # no AUTH before STARTTLS
            s.starttls(context=ctx)
        with s:
            with pytest.raises(smtplib.SMTPSenderRefused):  # AUTH required
                s.sendmail("a@example.vn", ["b@example.vn"], RAW)
            with pytest.raises(smtplib.SMTPAuthenticationError):
                s.login("hopthu", "sai")
            s.login("hopthu", "mat khau")
            s.sendmail("a@example.vn", ["b@example.vn"], RAW)
        (mail,) = sink.wait_for(1)
        assert mail.tls and mail.auth_login == "hopthu"
        if tls == "implicit":
            with pytest.raises(ssl.SSLCertVerificationError):
                smtplib.SMTP_SSL(sink.host, sink.port, local_hostname="localhost", timeout=5,
                                 context=ssl.create_default_context())


def test_smtp_sink_plain_auth():
    with SmtpSink(auth=("u", "p")) as sink:
        with smtplib.SMTP(sink.host, sink.port, local_hostname="localhost", timeout=5) as s:
            s.login("u", "p")
            s.sendmail("a@example.vn", ["b@example.vn"], RAW)
        assert sink.wait_for(1)[0].auth_login == "u"


def test_mail_ca(mail_ca: TestCA, dovecot_tls: Dovecot):
    assert Path(mail_ca.ca_file).is_file() and mail_ca.ca_file == dovecot_tls.ca_file
    with IMAPClient("localhost", dovecot_tls.port, ssl=True, ssl_context=mail_ca.client_context(), timeout=5) as c:
        c.login(dovecot_tls.user, dovecot_tls.password)
