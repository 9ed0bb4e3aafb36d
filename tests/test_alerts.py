"""The alerts component (issue 10): once, then daily while it lasts, then an all-clear; to the admin (and the
chair where citizens' mail is stuck); always in the log; a "Hệ thống" sheet in the XLSX register."""

from __future__ import annotations

import email
import logging
from datetime import datetime, timedelta
from email import policy

import pytest
from openpyxl import load_workbook

from hopthu.config import load_config
from hopthu.mail.smtp import SmtpSettings, SmtpTransport
from hopthu.outbox.smtp import SmtpOutboxTransport
from hopthu.register.xlsx import XlsxRegister
from hopthu.service import Daemon
from hopthu.wiring import build_app

from ward import TZ, make_ward

ADMIN = "quantri@mttq-luukiem.example.vn"
CHAIR = "chutich@mttq-luukiem.example.vn"


@pytest.fixture
def app(tmp_path, clock):
    path = make_ward(tmp_path / "ward")
    text = path.read_text(encoding="utf-8")
    text = text.replace("officers:\n", f'officers:\n  - {{name: "Quản trị", email: "{ADMIN}", roles: [admin]}}\n', 1)
    path.write_text(text, encoding="utf-8")
    application = build_app(load_config(path), clock=clock)
    yield application
    application.close()


class _BrokenRegister(XlsxRegister):
    def write(self, plan):
        raise RuntimeError("backend exploded")


_DAEMONS: dict[int, Daemon] = {}


def _cycle(app) -> None:
    """A daemon's cycle: the steps, the heartbeat, then the alerts."""
    _DAEMONS.setdefault(id(app), Daemon(app)).cycle()


def _alerts(app) -> dict[str, str]:
    return {m.key: m.recipient for m in app.journal.messages() if m.kind == "alert"}


def test_a_failing_step_alerts_the_admin_once_then_daily_then_clears(app, clock, caplog):
    _cycle(app)
    healthy = app.register
    app.register = _BrokenRegister(healthy.path, healthy.sheet)
    clock.set(datetime(2026, 11, 23, 10, 0, tzinfo=TZ))
    with caplog.at_level(logging.ERROR, logger="hopthu.alerts"):
        _cycle(app)
    assert any("ALERT step:sổ theo dõi" in r.getMessage() for r in caplog.records)
    first = _alerts(app)
    assert list(first.values()) == [ADMIN]  # the register is not citizens' mail: the admin only
    clock.set(datetime(2026, 11, 23, 11, 0, tzinfo=TZ))
    _cycle(app)
    assert _alerts(app) == first  # not again the same day
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=TZ))
    _cycle(app)
    assert len(_alerts(app)) == 2  # once a day while it lasts

    # The "Hệ thống" sheet says which step fails, in Vietnamese, next to the register.
    wb = load_workbook(healthy.path)
    rows = [r for r in wb["Hệ thống"].iter_rows(values_only=True)]
    register_line = next(r for r in rows if r[0] == "sổ theo dõi")
    assert register_line[2] and "backend exploded" in register_line[3]
    assert next(r for r in rows if r[0] == "nhắc hạn")[1]  # the steps that work show their last success

    app.register = healthy
    clock.set(datetime(2026, 11, 24, 10, 0, tzinfo=TZ))
    _cycle(app)
    keys = list(_alerts(app))
    assert len(keys) == 3 and any(k.startswith("alert-clear:step:sổ theo dõi") for k in keys)
    raw = [m for m in app.journal.messages() if m.key.startswith("alert-clear:")][0].raw
    mail = email.message_from_bytes(raw, policy=policy.default)
    assert mail["Subject"].startswith("[Hòm thư số] Đã hết sự cố: bước «sổ theo dõi» bị lỗi")
    assert "backend exploded" in mail.get_content()
    _cycle(app)
    assert len(_alerts(app)) == 3  # cleared once


def test_mail_that_cannot_leave_alerts_the_admin_and_the_chair(app, clock, smtp_sink):
    port = smtp_sink.port
    smtp_sink.stop()
    app.outbox.transport = SmtpOutboxTransport(app.config, transport=SmtpTransport(
        SmtpSettings(host="127.0.0.1", port=port, security="none", local_hostname="hopthu.test")))
    _cycle(app)  # the sample letters: acknowledgements and routed cases queue, none can leave
    assert not _alerts(app)
    clock.set(clock.now + timedelta(minutes=61))
    _cycle(app)
    recipients = sorted(_alerts(app).values())
    assert recipients == sorted([ADMIN, CHAIR])
    smtp_sink.port = port
    smtp_sink.start()
    clock.set(clock.now + timedelta(hours=2))  # past the breaker's next probe
    _cycle(app)
    _cycle(app)
    assert {m.state for m in app.journal.messages() if not m.key.startswith("alert-clear")} == {"sent"}
    assert any(k.startswith("alert-clear:outbox") for k in _alerts(app))


def test_on_google_the_status_is_a_tab_of_the_register(tmp_path, clock):
    from test_gsheets import REG_ID, FakeTime, SheetsEmulator, make_google_ward, seed_sheets

    with SheetsEmulator(clock=FakeTime(50_000.0).clock, seed=7) as emu:
        seed_sheets(emu)
        app = build_app(load_config(make_google_ward(tmp_path / "g", emu)), clock=clock)
        try:
            _cycle(app)
            before = emu.values(REG_ID, "Hệ thống")
            assert before[0] == ["Bước", "Lần chạy tốt gần nhất", "Lỗi từ", "Lỗi"]
            names = [r[0] for r in before[1:] if r]
            assert {"nguồn form-sheet", "hồ sơ", "thư đi", "sổ theo dõi", "nhắc hạn"} <= set(names)
            assert any("Không có sự cố." in r for r in before)
        finally:
            app.close()


class _Down:
    """An email server that cannot be reached, until `up` is set; then it takes every email."""

    def __init__(self, inner):
        self.inner, self.up = inner, False

    def send(self, key, raw, recipient):
        if not self.up:
            from hopthu.outbox.queue import TransientError

            raise TransientError("connection refused", server_down=True)
        self.inner.send(key, raw, recipient)

    def close(self):
        self.inner.close()


def test_after_a_mail_outage_one_notice_per_alert_leaves_not_one_per_day(app, clock):
    """The daily repeats of an alert queued while mail was down replace each other: when mail is back, each
    recipient gets the newest notice of each alert, not a pile of stale ones (issue 10's queued repeats)."""
    _cycle(app)
    healthy = app.register
    app.register = _BrokenRegister(healthy.path, healthy.sheet)
    down = _Down(app.outbox.transport)
    app.outbox.transport = down
    for day in range(4):  # the register fails and mail is down, for four days
        clock.set(datetime(2026, 11, 23 + day, 10, 0, tzinfo=TZ))
        _cycle(app)
    waiting = [m for m in app.journal.messages() if m.kind == "alert" and m.state == "pending"
               and m.key.startswith("alert:step:sổ theo dõi:")]
    assert [m.key for m in waiting] == ["alert:step:sổ theo dõi:2026-11-26:" + ADMIN]
    replaced = [m for m in app.journal.messages() if m.state == "cancelled" and m.key.startswith("alert:step:")]
    assert len(replaced) == 3  # kept in the journal, never sent
    down.up = True
    clock.set(datetime(2026, 11, 26, 14, 0, tzinfo=TZ))
    app.outbox._probe_at = None  # the breaker's next probe is due
    _cycle(app)
    sent = [m.key for m in app.journal.messages() if m.kind == "alert" and m.state == "sent"
            and m.key.startswith("alert:step:sổ theo dõi:")]
    assert sent == ["alert:step:sổ theo dõi:2026-11-26:" + ADMIN]
