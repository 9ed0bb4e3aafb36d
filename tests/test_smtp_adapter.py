"""The SMTP transport (hopthu.mail.smtp) against a real aiosmtpd server (tests/mailservers.py)."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from hopthu.mail.smtp import (
    PermanentFailure,
    SmtpConfigError,
    SmtpSettings,
    SmtpTransport,
    TemporaryFailure,
    flatten,
)

from mailservers import SmtpSink, free_port

SUBJECT = "[HT-2026-0042] Trả lời phản ánh: đèn đường hỏng ở tổ 5"
BODY = "Kính gửi ông Nguyễn Văn Ân,\n\nUBND phường Lưu Kiếm đã tiếp nhận phản ánh của ông.\nTrân trọng.\n"


def make_msg(to: str = "Nguyễn Văn Ân <an@example.vn>", n: int = 1) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Hòm thư số phường Lưu Kiếm <hopthu@luukiem.example.vn>"
    msg["To"] = to
    msg["Subject"] = SUBJECT
    msg["Message-ID"] = make_msgid(idstring=f"ht{n}", domain="luukiem.example.vn")
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(BODY)
    return msg


def settings_for(sink: SmtpSink, **kw) -> SmtpSettings:
    base = dict(
        host=sink.host,
        port=sink.port,
        security={None: "none", "implicit": "ssl", "starttls": "starttls"}[sink.tls],
        ca_file=sink.ca_file,
        timeout=5,
        local_hostname="localhost",
    )
    if sink.auth:
        base.update(username=sink.auth[0], password=sink.auth[1])
    base.update(kw)
    return SmtpSettings(**base)


def test_delivery_keeps_message_id_and_vietnamese_text(smtp_sink: SmtpSink):
    msg = make_msg()
    mid = msg["Message-ID"]
    with SmtpTransport(settings_for(smtp_sink)) as t:
        t.send(msg)
    (mail,) = smtp_sink.wait_for(1)
    assert mail.mail_from == "hopthu@luukiem.example.vn"
    assert mail.rcpt_tos == ["an@example.vn"]
    got = mail.message
    assert got["Message-ID"] == mid
    assert msg["Message-ID"] == mid  # the caller's object is untouched
    assert got["Subject"] == SUBJECT
    assert got["From"].addresses[0].display_name == "Hòm thư số phường Lưu Kiếm"
    assert got["To"].addresses[0].display_name == "Nguyễn Văn Ân"
    assert got.get_content().replace("\r\n", "\n") == BODY  # wire format has CRLF
    assert got.get_content_charset() == "utf-8"
    assert got["Auto-Submitted"] == "auto-replied"
    assert "BODY=8BITMIME" in mail.mail_options


def test_long_vietnamese_headers_survive_folding(smtp_sink: SmtpSink):
    """Python < 3.13 drops the space between encoded words when it folds long
    non-ASCII headers (CPython gh-144156); the transport must not let that through."""
    msg = make_msg(to='"Ông Trần Thị Thanh Hương, Trưởng khu phố Đông Hòa, phường Lưu Kiếm" <huong@example.vn>')
    long_subject = (
        "[HT-2026-0042] Trả lời phản ánh về việc đèn đường hỏng và rác thải sinh hoạt ùn ứ "
        "kéo dài nhiều ngày tại tổ dân phố số 5, khu phố Đông Hòa"
    )
    msg.replace_header("Subject", long_subject)
    msg.replace_header("Message-ID", "<" + "x" * 90 + "@luukiem.example.vn>")
    data = flatten(msg)
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
    with SmtpTransport(settings_for(smtp_sink)) as t:
        t.send(msg)
    mail = smtp_sink.wait_for(1)[0]
    assert mail.rcpt_tos == ["huong@example.vn"]
    got = mail.message
    assert got["Subject"] == long_subject
    assert got["To"].addresses[0].display_name == "Ông Trần Thị Thanh Hương, Trưởng khu phố Đông Hòa, phường Lưu Kiếm"
    assert got["Message-ID"] == msg["Message-ID"]


def test_short_headers_keep_standard_folding():
    msg = make_msg()
    msg.replace_header("Subject", "Đã tiếp nhận phản ánh")
    data = flatten(msg)
    assert b"Subject: =?utf-8?" in data and all(len(line) <= 78 for line in data.split(b"\r\n\r\n")[0].split(b"\r\n"))


def test_resend_carries_the_same_message_id(smtp_sink: SmtpSink):
    msg = make_msg()
    t = SmtpTransport(settings_for(smtp_sink))
    t.send(msg)
    t.send(msg)  # e.g. after a crash before the outbox recorded the first send
    t.close()
    a, b = smtp_sink.wait_for(2)
    assert a.message["Message-ID"] == b.message["Message-ID"] == msg["Message-ID"]


def test_recipients_from_to_only(smtp_sink: SmtpSink):
    msg = make_msg(to="a@example.vn, Bà Bình <b@example.vn>")
    msg["Cc"] = "c@example.vn"
    msg["Bcc"] = "secret@example.vn"
    with SmtpTransport(settings_for(smtp_sink)) as t:
        t.send(msg)
    (mail,) = smtp_sink.wait_for(1)
    assert mail.rcpt_tos == ["a@example.vn", "b@example.vn"]
    assert b"secret@example.vn" not in mail.raw  # Bcc never travels


def test_non_ascii_address_uses_smtputf8(smtp_sink: SmtpSink):
    msg = make_msg(to="Ân <ân@example.vn>")
    with SmtpTransport(settings_for(smtp_sink)) as t:
        t.send(msg)
    mail = smtp_sink.wait_for(1)[0]
    assert mail.rcpt_tos == ["ân@example.vn"] and "SMTPUTF8" in mail.mail_options
    assert mail.message["Subject"] == SUBJECT and mail.message["Message-ID"] == msg["Message-ID"]


def test_message_without_message_id_or_recipient_is_refused(smtp_sink: SmtpSink):
    t = SmtpTransport(settings_for(smtp_sink))
    msg = make_msg()
    del msg["Message-ID"]
    with pytest.raises(ValueError):
        t.send(msg)
    msg = make_msg()
    del msg["To"]
    with pytest.raises(PermanentFailure):
        t.send(msg)
    assert smtp_sink.received == []


def test_connection_reused_within_window(smtp_sink: SmtpSink):
    t = SmtpTransport(settings_for(smtp_sink))
    for n in range(3):
        t.send(make_msg(n=n))
    t.close()
    assert len(smtp_sink.wait_for(3)) == 3
    assert smtp_sink.connections == 1 and t.connects == 1


def test_reconnect_after_server_drops_connection(smtp_sink: SmtpSink):
    t = SmtpTransport(settings_for(smtp_sink))
    t.send(make_msg(n=1))
    smtp_sink.drop_connections()
    t.send(make_msg(n=2))
    # and after a full server restart on the same port
    smtp_sink.stop()
    smtp_sink.start()
    t.send(make_msg(n=3))
    t.close()
    assert len(smtp_sink.wait_for(3)) == 3
    assert t.connects == 3


def test_reconnect_after_idle_window(smtp_sink: SmtpSink):
    t = SmtpTransport(settings_for(smtp_sink), reuse_seconds=0)
    t.send(make_msg(n=1))
    t.send(make_msg(n=2))
    t.close()
    assert len(smtp_sink.wait_for(2)) == 2 and t.connects == 2


def test_451_is_temporary(smtp_sink: SmtpSink):
    smtp_sink.fail_next(1, 451)
    t = SmtpTransport(settings_for(smtp_sink))
    msg = make_msg()
    with pytest.raises(TemporaryFailure) as e:
        t.send(msg)
    assert not isinstance(e.value, PermanentFailure)
    assert e.value.code == 451 and "4.3.0" in e.value.answer and "451" in str(e.value)
    t.send(msg)  # the retry goes through, same Message-ID
    t.close()
    assert smtp_sink.wait_for(1)[0].message["Message-ID"] == msg["Message-ID"]


@pytest.mark.parametrize("stage", ["mail", "rcpt", "data"])
def test_550_is_permanent(smtp_sink: SmtpSink, stage: str):
    smtp_sink.fail_next(1, 550, stage=stage)
    t = SmtpTransport(settings_for(smtp_sink))
    with pytest.raises(PermanentFailure) as e:
        t.send(make_msg())
    assert e.value.code == 550 and "5.1.1" in e.value.answer
    t.send(make_msg(n=2))  # the transport is still usable
    t.close()
    assert len(smtp_sink.wait_for(1)) == 1


def test_4xx_at_data_is_temporary(smtp_sink: SmtpSink):
    smtp_sink.fail_next(1, 452, stage="data")
    with pytest.raises(TemporaryFailure) as e:
        SmtpTransport(settings_for(smtp_sink)).send(make_msg())
    assert e.value.code == 452


def test_server_down_is_temporary():
    s = SmtpSettings(host="127.0.0.1", port=free_port(), security="none", timeout=2, local_hostname="localhost")
    with pytest.raises(TemporaryFailure):
        SmtpTransport(s).send(make_msg())


def test_auth():
    with SmtpSink(auth=("hopthu@luukiem.example.vn", "app-password-16ch")) as sink:
        t = SmtpTransport(settings_for(sink))
        assert "SMTP OK" in t.check()
        t.send(make_msg())
        t.close()
        assert sink.wait_for(1)[0].auth_login == "hopthu@luukiem.example.vn"
        with pytest.raises(SmtpConfigError) as e:
            SmtpTransport(settings_for(sink, password="wrong")).send(make_msg())
        assert "HOPTHU_SMTP_PASSWORD" in str(e.value) and e.value.code == 535
        assert isinstance(e.value, TemporaryFailure)  # the message stays queued
        with pytest.raises(SmtpConfigError) as e:  # AUTH required: MAIL refused with 530
            SmtpTransport(settings_for(sink, username="", password="")).send(make_msg())
        assert e.value.code == 530


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_tls_with_ca_file(tls: str):
    with SmtpSink(tls=tls, auth=("hopthu", "app-password")) as sink:
        with SmtpTransport(settings_for(sink)) as t:
            assert "SMTP OK" in t.check()
            t.send(make_msg())
        mail = sink.wait_for(1)[0]
        assert mail.tls and mail.auth_login == "hopthu"
        assert mail.message["Subject"] == SUBJECT


@pytest.mark.parametrize("tls", ["starttls", "implicit"])
def test_tls_refused_without_ca_file(tls: str):
    with SmtpSink(tls=tls) as sink:
        with pytest.raises(SmtpConfigError) as e:
            SmtpTransport(settings_for(sink, ca_file=None)).send(make_msg())
        assert "ca_file" in str(e.value)
        assert sink.received == []


def test_starttls_required_but_not_offered(smtp_sink: SmtpSink):
    with pytest.raises(SmtpConfigError) as e:
        SmtpTransport(settings_for(smtp_sink, security="starttls")).send(make_msg())
    assert "STARTTLS" in str(e.value)
    assert smtp_sink.received == []
