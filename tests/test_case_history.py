"""Issue 10, finding 7: a case's history starts with its first line. What was built when the case
opened (received, how it was classified, a refused attachment) is in the journal and in the register's
"Diễn biến" from the first write, not built and dropped. Real Maildir, journal and XLSX register."""

from __future__ import annotations

import re
from email.message import EmailMessage

from openpyxl import load_workbook

from hopthu.pipeline.cycle import run_cycle


def _letter(subject: str, body: str, sender: str = "Dân <dan@example.org>") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = subject
    msg["Message-ID"] = "<history1@example.org>"
    msg["Date"] = "Tue, 24 Nov 2026 08:00:00 +0700"
    msg.set_content(body)
    return msg


def _only_in_the_inbox(app, msg: EmailMessage) -> None:
    inbox = app.config.resolve(app.settings.inbox.path) / "new"
    for p in inbox.iterdir():
        p.unlink()
    (inbox / "1.eml").write_bytes(msg.as_bytes())


def _letter_with(filename: str, ctype: str, data: bytes) -> EmailMessage:
    msg = _letter("Cống thoát nước ngõ 7 bị tắc",
                  "Cống thoát nước ở ngõ 7 phố Lò Sũ bị tắc, nước tràn lên mặt đường mỗi khi mưa.")
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def test_the_receipt_the_classification_and_a_refused_attachment_are_the_first_lines_of_the_history(app):
    _only_in_the_inbox(app, _letter_with("chay.exe", "application/x-msdownload", b"MZ" + b"\0" * 64))
    summary = run_cycle(app)
    (case,) = [c for c in summary.new_cases if c.channel.value == "email"]
    history = app.journal.case(case.code).history
    assert history[0].split(": ", 1)[1].startswith("Tiếp nhận qua Email; phân loại: ")
    # named by its number and kind, never by the name the citizen gave it (it reaches the shared register)
    assert "Tệp đính kèm bị từ chối: tep-01.exe – loại tệp không được nhận (application/x-msdownload)" in history[1]
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    ws = wb[app.settings.register.sheet]
    rows = list(ws.iter_rows(values_only=True))
    row = dict(zip(rows[0], next(r for r in rows[1:] if r[0] == case.code)))
    lines = row["Diễn biến"].splitlines()
    assert lines[0] == history[0] and lines[1] == history[1]


def test_an_abuse_cues_reason_in_the_shared_history_quotes_no_name_the_redaction_removed(app):
    """The cue quotes the letter in lower case ("con gái của bà hạnh …"), where a name no longer looks like
    one: the register's history keeps the reason's kind, and a quote only where the redacted letter reads it."""
    _only_in_the_inbox(app, _letter(
        "Rác ở ngõ 12", "Nhà bà Đỗ Thị Hạnh ở ngõ 12 cứ đổ rác ra đường, tôi báo mãi không ai xử lý. Con gái của bà "
        "Hạnh tối nào cũng đi học thêm về một mình qua con ngõ tối lắm đấy, bà nên xem lại cách ăn ở.",
        sender="Lê Thị Mai <mai.le@example.org>"))
    (case,) = [c for c in run_cycle(app).new_cases if c.channel.value == "email"]
    first = app.journal.case(case.code).history[0]
    assert first.endswith("dấu hiệu: đe dọa kín đáo người nhà"), first
    assert not re.search(r"\b(hạnh|mai|lê|đỗ)\b", first.casefold())
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    ws = wb[app.settings.register.sheet]
    rows = list(ws.iter_rows(values_only=True))
    row = dict(zip(rows[0], next(r for r in rows[1:] if r[0] == case.code)))
    assert row["Diễn biến"].splitlines()[0] == first
