"""Retention: a long-closed case loses its contact data everywhere; the case itself stays."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.message import EmailMessage

from click.testing import CliRunner

from hopthu import retention
from hopthu.cli import main
from hopthu.core.model import Status
from hopthu.pipeline.cycle import run_cycle


def drop_letter(app) -> None:
    msg = EmailMessage()
    msg["From"] = "Mai Tran <mai.tran@gmail.example>"
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = "Rác ùn ứ ở cuối ngõ 88 phố Hàng Giấy"
    msg["Message-ID"] = "<retention-1@gmail.example>"
    msg["Date"] = "Mon, 23 Nov 2026 08:00:00 +0700"
    msg.set_content("Rác ùn ứ ở cuối ngõ 88 phố Hàng Giấy đã 5 ngày. Tôi là Trần Thị Mai, sđt 0912 888 777.")
    msg.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\x00" * 8, maintype="image", subtype="png", filename="anh.png")
    (app.config.resolve(app.settings.inbox.path) / "new" / "retention.eml").write_bytes(msg.as_bytes())


def close(app, code: str) -> None:
    case = app.journal.case(code)
    case.status = Status.CLOSED
    app.journal.save_case(case, ["Đóng hồ sơ (kiểm thử)"])


def past_retention(app, clock) -> None:
    """Move the ward's clock past the retention time of a case closed just now. The journal stamps a
    case's closing with the wall clock, so the jump starts from the real now, not the test's start day."""
    clock.now = datetime.now(clock.now.tzinfo) + timedelta(days=app.settings.privacy.retention_days + 10)


def everything_kept(app) -> bytes:
    """The journal file, the state folder and the outbox folder, as one byte string to search."""
    app.journal._db.execute("PRAGMA wal_checkpoint(FULL)")
    out = b""
    for folder in (app.config.state_dir, app.config.resolve(app.settings.outbox.path)):
        for path in folder.rglob("*"):
            if path.is_file():
                out += path.read_bytes()
    return out


def test_a_case_closed_longer_than_the_retention_loses_its_contact_data_everywhere(app, clock):
    drop_letter(app)
    summary = run_cycle(app)
    case = next(c for c in summary.new_cases if "ngõ 88" in c.subject)
    close(app, case.code)
    assert app.journal.contact(case.code).email == "mai.tran@gmail.example"

    assert retention.purge(app).cases == []  # closed today: kept
    past_retention(app, clock)
    dry = retention.purge(app, dry_run=True)
    assert case.code in dry.cases and app.journal.contact(case.code).email  # a dry run removes nothing

    report = retention.purge(app)
    assert case.code in report.cases and report.files >= 2
    contact = app.journal.contact(case.code)
    assert (contact.name, contact.email, contact.phone) == ("", "", "")
    kept = everything_kept(app)
    for s in ("mai.tran@gmail.example", "0912 888 777", "Trần Thị Mai".encode()):
        s = s.encode() if isinstance(s, str) else s
        assert s not in kept, s
    after = app.journal.case(case.code)
    assert after.summary == case.summary and after.status == Status.CLOSED  # the case stays, redacted
    assert "cuối ngõ 88 phố Hàng Giấy" in after.summary
    assert any("lưu trữ" in line for line in after.history)
    assert retention.purge(app).cases == []  # once per case


def test_an_open_case_is_never_purged_and_purge_is_a_command(app, ward, clock):
    drop_letter(app)
    case = next(c for c in run_cycle(app).new_cases if "ngõ 88" in c.subject)
    clock.now += timedelta(days=5000)
    assert case.code not in retention.purge(app).cases
    assert app.journal.contact(case.code).email == "mai.tran@gmail.example"
    app.close()
    out = CliRunner().invoke(main, ["--config", str(ward), "purge", "--dry-run"], catch_exceptions=False).output
    assert "Sẽ xóa thông tin liên hệ của" in out
