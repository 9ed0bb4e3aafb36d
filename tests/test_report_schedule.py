"""Reports when they are due: the monthly result on the first working day to the chair and officers,
the quarter and year drafts to the chair; once each, in office hours, through the outbox."""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document

from hopthu.pipeline.cycle import run_cycle
from test_reminders import CHAIR, HA, TRUC, mails, receive, small_ward

from ward import TZ, Clock


def at(y, m, d, hh=9, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def body(mail) -> str:
    return mail.msg.get_body(("plain",)).get_content()


def attachments(mail) -> dict[str, bytes]:
    return {part.get_filename(): part.get_content() for part in mail.msg.iter_attachments()}


def test_reports_go_once_when_due_in_office_hours(tmp_path):
    clock = Clock(at(2026, 11, 16, 8, 0))
    app, _ = small_ward(tmp_path, clock)
    try:
        receive(app, clock, at(2026, 11, 16, 9), "Đèn đường ngõ 5 hỏng. Liên hệ 0912 345 678", contact="0912345678")
        receive(app, clock, at(2026, 11, 17, 10), "Rác tồn đọng đầu ngõ 9, đề nghị thu gom.",
                contact="ba.lan@gmail.example")
        clock.set(at(2026, 12, 1, 7, 0))  # the first working day of December, before office hours
        run_cycle(app)
        assert not mails(app, "report")
        clock.set(at(2026, 12, 1, 9, 0))
        run_cycle(app)
        monthly = mails(app, "report")
        assert sorted(m.msg["To"] for m in monthly) == sorted([CHAIR, TRUC, HA])
        first = monthly[0]
        assert first.msg["Subject"] == "Hòm thư số: kết quả tháng 11/2026 để công khai"
        files = attachments(first)
        assert sorted(files) == sorted(["ket-qua-2026-11.html", "ket-qua-2026-11.pdf", "ket-qua-2026-11.xlsx",
                                        "bieu-do-linh-vuc-2026-11.png", "bieu-do-theo-thang-2026-11.png",
                                        "zalo-2026-11.png", "loa-truyen-thanh-2026-11.txt"])
        assert files["ket-qua-2026-11.pdf"][:5] == b"%PDF-"
        assert "Ý kiến tiếp nhận: 2" in body(first)
        assert "0912" not in body(first) and "ba.lan" not in body(first)
        assert "0912 345 678" not in files["loa-truyen-thanh-2026-11.txt"]

        clock.set(at(2026, 12, 1, 15, 0))
        run_cycle(app)
        assert len(mails(app, "report")) == 3  # nothing twice

        clock.set(at(2026, 12, 14, 9, 0))  # no draft is due yet
        run_cycle(app)
        assert len(mails(app, "report")) == 3

        clock.set(at(2026, 12, 18, 9, 0))  # 20/12 is a Sunday: the Q4 draft is due on Friday 18/12; the year's since 15/12
        run_cycle(app)
        drafts = [m for m in mails(app, "report") if "dự thảo" in m.msg["Subject"]]
        assert sorted((m.msg["To"], m.msg["Subject"]) for m in drafts) == [
            (CHAIR, "Hòm thư số: dự thảo báo cáo năm 2026 – đề nghị xem xét trước ngày 25/12/2026"),
            (CHAIR, "Hòm thư số: dự thảo báo cáo quý IV năm 2026 – đề nghị xem xét trước ngày 25/12/2026")]
        quarter = next(m for m in drafts if "quý IV" in m.msg["Subject"])
        files = attachments(quarter)
        assert sorted(files) == ["bao-cao-2026Q4.docx", "bao-cao-2026Q4.pdf"]
        text = [p.text for p in Document(io.BytesIO(files["bao-cao-2026Q4.docx"])).paragraphs]
        assert "(Số liệu tính từ ngày 01/10/2026 đến ngày 18/12/2026.)" in text
        assert any(line.startswith("Trong quý IV năm 2026, Hòm thư số đã tiếp nhận 2 ý kiến") for line in text)

        clock.set(at(2026, 12, 19, 9, 0))  # Saturday
        run_cycle(app)
        assert len(mails(app, "report")) == 5
    finally:
        app.close()


def test_the_schedule_can_be_turned_off(tmp_path):
    clock = Clock(at(2026, 11, 16, 8, 0))
    app, cfg = small_ward(tmp_path, clock)
    app.close()
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("    enabled: true", "    enabled: false"), encoding="utf-8")
    from hopthu.config import load_config
    from hopthu.wiring import build_app

    app = build_app(load_config(cfg), clock=clock)
    try:
        receive(app, clock, at(2026, 11, 16, 9), "Đèn đường ngõ 5 hỏng.")
        clock.set(at(2026, 12, 1, 9, 0))
        run_cycle(app)
        assert not mails(app, "report")
    finally:
        app.close()
