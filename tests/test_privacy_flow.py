"""Nothing private leaves the front: a letter naming other people, an officer-typed paper row, the
routed email, the register, `cases --json` and the log, end to end on the embedded default."""

from __future__ import annotations

import json
import logging
from email.message import EmailMessage

from click.testing import CliRunner

from hopthu.cli import main
from hopthu.pipeline.cycle import run_cycle
from hopthu.pipeline.register_sync import OFFICER_TEXT_REDACTED
from test_cycle import col, outbox, register_cells, register_rows

LETTER = (
    "Kính gửi Mặt trận phường,\n\n"
    "Tôi là Phạm Thị Lụa, nhà ở số 14 ngõ 9 phố Lê Lợi. Đèn đường ở đầu ngõ 9 phố Lê Lợi hỏng đã 2 tuần, "
    "tối qua bác Tư xe ôm bị ngã, cháu Minh nhà chị Hạnh cũng bị xước tay. "
    "Cần thì gọi con trai tôi 0987 111 222 hoặc email lua.pham a còng gmail chấm example.\n\n"
    "Trân trọng,\nPhạm Thị Lụa"
)
PERSONAL = ("Phạm Thị Lụa", "số 14", "Tư", "Minh", "Hạnh", "0987 111 222", "lua.pham")


def drop_letter(app, text: str = LETTER) -> None:
    msg = EmailMessage()
    msg["From"] = "Lua Pham <lua.pham@gmail.example>"
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = "Đèn đường đầu ngõ 9 phố Lê Lợi hỏng"
    msg["Message-ID"] = "<privacy-flow-1@gmail.example>"
    msg["Date"] = "Mon, 23 Nov 2026 08:00:00 +0700"
    msg.set_content(text)
    (app.config.resolve(app.settings.inbox.path) / "new" / "privacy-flow.eml").write_bytes(msg.as_bytes())


def assert_clean(where: str, text: str) -> None:
    for s in PERSONAL:
        assert s not in text, f"{s!r} reached {where}: {text}"


def test_a_letter_naming_other_people_reaches_agency_register_and_scripts_without_them(app, ward, caplog):
    drop_letter(app)
    with caplog.at_level(logging.DEBUG):
        summary = run_cycle(app)
    case = next(c for c in summary.new_cases if "ngõ 9 phố Lê Lợi" in c.subject)
    assert "đầu ngõ 9 phố Lê Lợi" in case.summary and "[họ tên]" in case.summary

    routed = [m for m in outbox(app) if case.code in str(m["Subject"]) and "lua.pham" not in str(m["To"])]
    assert routed, "the case was routed to an agency"
    for m in routed:
        assert_clean("an agency's email", m.get_body(("plain",)).get_content() + str(m["Subject"]))
    row = next(r for r in register_rows(app) if r["Mã hồ sơ"] == case.code)
    assert_clean("the register", str(row["Nội dung (đã ẩn thông tin cá nhân)"]))
    assert "đầu ngõ 9 phố Lê Lợi" in row["Nội dung (đã ẩn thông tin cá nhân)"]
    app.close()
    cases_json = CliRunner().invoke(main, ["--config", str(ward), "cases", "--json"], catch_exceptions=False).output
    mine = next(d for d in json.loads(cases_json) if d["code"] == case.code)
    assert_clean("cases --json", json.dumps(mine, ensure_ascii=False))
    for record in caplog.records:
        message = record.getMessage()
        assert "0987 111 222" not in message and "lua.pham@" not in message


def test_an_officers_paper_row_is_redacted_in_the_register_and_kept_whole_in_the_journal(app):
    run_cycle(app)
    typed = ("Phiếu giấy: ông Nguyễn Văn Khang ở số 33 ngõ 5 phố Trần Phú phản ánh rác tồn đọng cạnh chợ, "
             "sđt 0912 000 333")
    wb, ws = register_cells(app)
    r = ws.max_row + 1
    ws.cell(r, col(ws, "Nội dung (đã ẩn thông tin cá nhân)")).value = typed
    ws.cell(r, col(ws, "Tổ dân phố")).value = "TDP số 40"
    wb.save(app.config.resolve(app.settings.register.path))

    summary = run_cycle(app)
    case = summary.new_cases[0]
    row = next(x for x in register_rows(app) if x["Mã hồ sơ"] == case.code)
    content = row["Nội dung (đã ẩn thông tin cá nhân)"]
    for s in ("Nguyễn Văn Khang", "số 33", "0912 000 333"):
        assert s not in content
    assert content.startswith("Phiếu giấy: ông [họ tên] ở [số nhà] ngõ 5 phố Trần Phú")
    assert row["Tổ dân phố"] == "TDP số 40"
    assert len(register_rows(app)) == len(app.journal.cases())  # claimed, not appended
    stored = app.journal.case(case.code)
    assert any(OFFICER_TEXT_REDACTED in line for line in stored.history)
    assert app.journal.intake(case.source_id).payload["row"]["text"] == typed  # the original, in the journal only

    # The next cycles find the row by its code and leave the redacted text alone (no officer edit seen).
    again = run_cycle(app)
    assert again.officer_edits == 0 and not again.new_cases
    row = next(x for x in register_rows(app) if x["Mã hồ sơ"] == case.code)
    assert row["Nội dung (đã ẩn thông tin cá nhân)"] == content


def test_a_digest_excerpt_is_redacted_again_for_cases_opened_before_a_detector_existed(app):
    from dataclasses import replace

    from hopthu.pipeline.reminders import _excerpt

    run_cycle(app)
    old = replace(app.journal.cases()[0], summary="Cây đổ trước nhà bác Tư, gọi chị Hạnh 0912.345.678 (hạnh a còng gmail chấm example)")
    excerpt = _excerpt(old)
    for s in ("Tư", "Hạnh", "0912.345.678", "gmail"):
        assert s not in excerpt, excerpt
    assert "Cây đổ trước nhà" in excerpt
