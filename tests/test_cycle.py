"""The whole cycle on the embedded default: Maildir + Form CSV → cases → XLSX register + .eml outbox."""

from __future__ import annotations

import csv
import email
import shutil
from datetime import date, datetime
from email import policy
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hopthu.config import load_config
from hopthu.pipeline.cycle import add_manual, run_cycle
from hopthu.wiring import build_app

from ward import EXAMPLES, TZ

FRONT = "hopthu@mttq-luukiem.example.vn"


def outbox(app) -> list[email.message.EmailMessage]:
    folder = app.config.resolve(app.settings.outbox.path)
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.glob("*.eml"))]


def register_rows(app) -> list[dict]:
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    ws = wb[app.settings.register.sheet]
    rows = list(ws.iter_rows(values_only=True))
    headers = list(rows[0])
    return [dict(zip(headers, r)) for r in rows[1:] if any(v is not None for v in r)]


def register_cells(app):
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    return wb, wb[app.settings.register.sheet]


def col(ws, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def row_of(ws, code: str) -> int:
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == code:
            return r
    raise AssertionError(f"{code} not in register")


def officer_edit(app, edits: dict[tuple[str, str], object]) -> None:
    """An officer types into the register (cells found by code and header)."""
    wb, ws = register_cells(app)
    for (code, header), value in edits.items():
        ws.cell(row_of(ws, code), col(ws, header)).value = value
    wb.save(app.config.resolve(app.settings.register.path))


def drop_eml(app, source: Path, name: str) -> None:
    shutil.copy(source, app.config.resolve(app.settings.inbox.path) / "new" / name)


# -- the sample ward --------------------------------------------------------


def test_every_sample_item_becomes_one_case_one_row_and_its_emails(app):
    summary = run_cycle(app)
    inbox = len(list((EXAMPLES / "inbox" / "new").iterdir()))
    with open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="") as fh:
        form_rows = len(list(csv.reader(fh))) - 1
    cases = app.journal.cases()
    assert len(summary.new_cases) == len(cases) == inbox + form_rows  # every email and every Form row
    assert not summary.quarantined and not summary.errors

    rows = register_rows(app)
    assert [r["Mã hồ sơ"] for r in rows] == [c.code for c in cases]
    for row in rows:
        assert isinstance(row["Ngày tiếp nhận"], datetime)
        if row["Trạng thái"] in ("Không xử lý", "Trùng lặp"):
            assert row["Hạn trả lời"] is None  # spam, abuse, duplicates: no deadline of their own
            continue
        assert isinstance(row["Hạn trả lời"], datetime)  # a real date cell, not text
        assert row["Kênh tiếp nhận"] and row["Lĩnh vực"] and row["Trạng thái"]
    assert {r["Kênh tiếp nhận"] for r in rows} == {"Email", "Mã QR (Google Form)"}
    assert any(r["Tổ dân phố"] for r in rows)

    sent = outbox(app)
    assert all(len(m.get_all("To")) == 1 and "," not in m["To"] for m in sent)  # one recipient each
    routed = [m for m in sent if "Chuyển xử lý" in m["Subject"]]
    acks = [m for m in sent if m["Auto-Submitted"] == "auto-replied"]
    # Spam, abuse and duplicates are never routed; spam and abuse are never acknowledged.
    # (An urgent case's deadline is a day: by the test clock the falling-mortar letter is already "Quá hạn".)
    routable = [c for c in cases if c.agency and c.status.value in ("Đã chuyển xử lý", "Chờ phân loại", "Quá hạn")]
    # One routed email per agency of the case: its lead and each co-ordinating agency (one address each here).
    agencies = [(c.code, a) for c in routable for a in [c.agency, *c.co_agencies]]
    assert sorted((m["Subject"].split("]")[0][1:], m["To"]) for m in routed) == sorted(
        (code, app.settings.agencies[a].emails[0]) for code, a in agencies)
    with_email = [c for c in cases if app.journal.contact(c.code).email
                  and not {"spam", "abusive"} & set(c.flags)]
    assert len(acks) == len(with_email)
    assert summary.emails_sent == len(sent)
    assert len({m["Message-ID"] for m in sent}) == len(sent)
    assert all(m["Message-ID"].endswith("@mttq-luukiem.example.vn>") for m in sent)
    assert all(c.code[:8] == "HT-2026-" for c in cases)


def test_a_second_run_creates_nothing_and_sends_nothing(app):
    run_cycle(app)
    before = sorted(p.name for p in app.config.resolve(app.settings.outbox.path).glob("*.eml"))
    again = run_cycle(app)
    assert again.new_cases == [] and again.emails_queued == 0 and again.emails_sent == 0
    assert sorted(p.name for p in app.config.resolve(app.settings.outbox.path).glob("*.eml")) == before
    assert len(register_rows(app)) == len(app.journal.cases())


def test_one_more_email_makes_exactly_one_more_case(app):
    run_cycle(app)
    n = len(app.journal.cases())
    drop_eml(app, EXAMPLES / "broken" / "windows-1258.eml", "9999.M1.extra")
    summary = run_cycle(app)
    assert len(summary.new_cases) == 1
    assert len(app.journal.cases()) == n + 1


def test_acknowledgement_goes_to_reply_to_and_tells_the_deadline(app):
    run_cycle(app)
    ack = next(m for m in outbox(app) if m["To"] == "hoangminhtuan.90@gmail.example")
    body = ack.get_content()
    case = next(c for c in app.journal.cases() if c.code in ack["Subject"])
    assert f"{case.deadline:%d/%m/%Y}" in body
    assert ack["Auto-Submitted"] == "auto-replied"
    assert ack["In-Reply-To"]  # threads under the citizen's own message


def test_agencies_never_see_who_wrote(app):
    run_cycle(app)
    routed = [m for m in outbox(app) if "Chuyển xử lý" in m["Subject"]]
    assert routed
    for msg in routed:
        body = msg.get_content()
        for secret in ("0912 345 678", "0987.654.321", "001085012345", "@gmail.example", "@yahoo.example",
                       "Nguyễn Thị Hoa"):
            assert secret not in body, (msg["Subject"], secret)
    light = next(m for m in routed if "đầu ngõ 12 phố Trần Phú" in m.get_content())
    assert light  # the place of the problem is kept


def test_the_register_holds_no_contact_data(app):
    run_cycle(app)
    text = "\n".join(str(v) for r in register_rows(app) for v in r.values() if v)
    for secret in ("@gmail.example", "0912 345 678", "001085012345", "0915 224 466"):
        assert secret not in text


def test_a_formula_from_a_citizen_stays_text(app):
    run_cycle(app)
    wb, ws = register_cells(app)
    summary_col = col(ws, "Nội dung (đã ẩn thông tin cá nhân)")
    cells = [ws.cell(r, summary_col) for r in range(2, ws.max_row + 1)]
    evil = [c for c in cells if str(c.value or "").startswith("=HYPERLINK")]
    assert evil and all(c.data_type == "s" for c in evil)


def test_mislabelled_charsets_reach_the_register_without_mojibake(app):
    drop_eml(app, EXAMPLES / "broken" / "mislabelled-utf8.eml", "9001.M1.utf8")
    drop_eml(app, EXAMPLES / "broken" / "mislabelled-cp1258.eml", "9002.M1.cp1258")
    run_cycle(app)
    text = "\n".join(str(r["Nội dung (đã ẩn thông tin cá nhân)"]) for r in register_rows(app))
    assert "Vỉa hè sụt lún trước số 64 phố Trần Phú" in text
    assert "Vỡ ống nước sạch ở TDP số 26" in text
    assert "\ufffd" not in text and "Ã" not in text


def test_broken_and_empty_mail_is_quarantined_with_a_reason_never_lost(app):
    drop_eml(app, EXAMPLES / "broken" / "broken-mime.eml", "9003.M1.broken")
    drop_eml(app, EXAMPLES / "broken" / "empty.eml", "9004.M1.empty")
    summary = run_cycle(app)
    assert len(summary.quarantined) == 2
    reasons = {q.source_id: q.reason for q in app.journal.quarantined()}
    assert any("trống" in r for r in reasons.values())
    assert any("MIME" in r or "định dạng" in r for r in reasons.values())
    for q in app.journal.quarantined():
        assert Path(q.raw_path).exists()  # the raw letter is kept


def test_auto_replies_and_bounces_make_no_case_and_get_no_answer(app):
    run_cycle(app)
    n, sent = len(app.journal.cases()), len(outbox(app))
    drop_eml(app, EXAMPLES / "broken" / "out-of-office.eml", "9005.M1.ooo")
    drop_eml(app, EXAMPLES / "broken" / "bounce.eml", "9006.M1.dsn")
    summary = run_cycle(app)
    assert summary.ignored == 2 and not summary.new_cases
    assert len(app.journal.cases()) == n and len(outbox(app)) == sent


def test_an_agency_reply_joins_its_case_and_awaits_approval(app):
    run_cycle(app)
    drop_eml(app, EXAMPLES / "broken" / "agency-reply.eml", "9007.M1.reply")
    summary = run_cycle(app)
    assert summary.linked == 1 and not summary.new_cases
    case = app.journal.case("HT-2026-0001")
    assert case.status.value == "Chờ duyệt trả lời"
    assert case.answer


# -- officers own their cells ----------------------------------------------


def test_officer_changes_agency_and_the_case_is_rerouted(app):
    run_cycle(app)
    code = next(c.code for c in app.journal.cases() if c.agency == "kt_hatang")
    officer_edit(app, {(code, "Cơ quan chủ trì"): "Công an phường"})
    run_cycle(app)
    assert app.journal.case(code).agency == "cong_an"
    rerouted = [m for m in outbox(app) if m["To"] == "congan@luukiem.example.vn" and code in m["Subject"]]
    assert len(rerouted) == 1
    assert register_rows(app)[[r["Mã hồ sơ"] for r in register_rows(app)].index(code)]["Cơ quan chủ trì"] == "Công an phường"


def test_officer_marks_complex_and_the_deadline_is_recomputed(app):
    run_cycle(app)
    case = next(c for c in app.journal.cases() if not c.complex and c.agency)
    officer_edit(app, {(case.code, "Mức độ"): "Phức tạp"})
    run_cycle(app)
    updated = app.journal.case(case.code)
    assert updated.complex and updated.deadline > case.deadline
    row = next(r for r in register_rows(app) if r["Mã hồ sơ"] == case.code)
    assert row["Hạn trả lời"].date() == updated.deadline
    assert row["Mức độ"] == "Phức tạp"


def test_an_approved_answer_reaches_the_citizen_once(app, clock):
    run_cycle(app)
    case = next(c for c in app.journal.cases() if app.journal.contact(c.code).email and c.agency)
    citizen = app.journal.contact(case.code).email
    officer_edit(app, {(case.code, "Nội dung trả lời"): "Phòng đã thay bóng đèn ngày 25/11/2026.",
                       (case.code, "Trạng thái"): "Đã trả lời"})
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    run_cycle(app)
    run_cycle(app)
    answers = [m for m in outbox(app) if m["To"] == citizen and "Trả lời ý kiến" in m["Subject"]]
    assert len(answers) == 1
    assert "thay bóng đèn" in answers[0].get_content()
    row = next(r for r in register_rows(app) if r["Mã hồ sơ"] == case.code)
    assert row["Ngày trả lời"].date() == date(2026, 11, 25)
    assert row["Trạng thái"] == "Đã trả lời"


def test_sorting_and_inserting_rows_never_misplaces_an_update(app):
    run_cycle(app)
    path = app.config.resolve(app.settings.register.path)
    wb, ws = register_cells(app)
    # The officer sorts by deadline, descending, inserts an empty row and types notes.
    header = [c.value for c in ws[1]]
    data = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    dl = header.index("Hạn trả lời")
    data.sort(key=lambda r: (r[dl] or datetime.min, r[0]), reverse=True)
    ws.delete_rows(2, ws.max_row)
    for i, values in enumerate(data):
        for j, v in enumerate(values):
            ws.cell(i + 2, j + 1).value = v
    ws.insert_rows(5)
    notes = {}
    for r in range(2, ws.max_row + 1):
        code = ws.cell(r, 1).value
        if code:
            ws.cell(r, col(ws, "Ghi chú")).value = f"ghi chú của cán bộ cho {code}"
            notes[code] = f"ghi chú của cán bộ cho {code}"
    wb.save(path)
    target = [c for c in app.journal.cases() if c.has_deadline][3]
    officer_edit(app, {(target.code, "Mức độ"): "Phức tạp"})
    run_cycle(app)
    rows = register_rows(app)
    for row in rows:
        assert row["Ghi chú"] == notes[row["Mã hồ sơ"]]  # no officer-typed cell changed
    hit = next(r for r in rows if r["Mã hồ sơ"] == target.code)
    assert hit["Hạn trả lời"].date() == app.journal.case(target.code).deadline
    others = [r for r in rows if r["Mã hồ sơ"] != target.code]
    assert all(r["Hạn trả lời"].date() == app.journal.case(r["Mã hồ sơ"]).deadline for r in others
               if app.journal.case(r["Mã hồ sơ"]).has_deadline)


def test_a_cell_the_officer_changed_is_never_overwritten(app):
    run_cycle(app)
    case = app.journal.cases()[0]
    officer_edit(app, {(case.code, "Lĩnh vực"): "Một lĩnh vực cán bộ tự đặt"})
    run_cycle(app)
    run_cycle(app)
    row = next(r for r in register_rows(app) if r["Mã hồ sơ"] == case.code)
    assert row["Lĩnh vực"] == "Một lĩnh vực cán bộ tự đặt"


def test_an_officers_new_row_gets_a_code_and_keeps_what_they_typed(app):
    run_cycle(app)
    path = app.config.resolve(app.settings.register.path)
    wb, ws = register_cells(app)
    r = ws.max_row + 1
    ws.cell(r, col(ws, "Nội dung (đã ẩn thông tin cá nhân)")).value = "Phiếu giấy: rác tồn đọng cạnh chợ, đề nghị thu gom"
    ws.cell(r, col(ws, "Tổ dân phố")).value = "TDP số 40"
    ws.cell(r, col(ws, "Ghi chú")).value = "nhận tại hòm thư giấy nhà văn hóa"
    wb.save(path)
    summary = run_cycle(app)
    assert len(summary.new_cases) == 1
    case = summary.new_cases[0]
    row = next(x for x in register_rows(app) if x["Mã hồ sơ"] == case.code)
    assert row["Tổ dân phố"] == "TDP số 40"
    assert row["Ghi chú"] == "nhận tại hòm thư giấy nhà văn hóa"
    assert row["Nội dung (đã ẩn thông tin cá nhân)"].startswith("Phiếu giấy")
    assert row["Kênh tiếp nhận"] == "Hòm thư giấy"
    assert len(register_rows(app)) == len(app.journal.cases())  # claimed, not appended twice


# -- paper box and crashes --------------------------------------------------


def test_a_paper_item_takes_the_same_path(app):
    add_manual(app, channel="paper", text="Đèn đường ngõ 7 hỏng đã hai tuần", tdp="TDP số 2",
               contact="0912 000 111", date="20/11/2026")
    summary = run_cycle(app)
    paper = [c for c in summary.new_cases if c.channel.value == "paper"]
    assert len(paper) == 1
    assert paper[0].received_at.date() == date(2026, 11, 20)
    assert app.journal.contact(paper[0].code).phone == "0912000111"


def test_a_long_cycle_keeps_its_later_new_cases_in_the_summary_without_their_texts(app, monkeypatch):
    """A backlog of 10,000 letters held every redacted text in the cycle's summary until the cycle ended
    (bench/peak_rss.py); the summary's table needs codes, categories, agencies and flags only."""
    from hopthu.pipeline import summary as summary_module

    monkeypatch.setattr(summary_module, "WHOLE_CASES", 2)
    for lane in (3, 5, 7, 9):
        add_manual(app, channel="paper", text=f"Đèn đường ngõ {lane} hỏng đã hai tuần, đề nghị sửa", tdp="TDP số 2",
                   date="20/11/2026")
    summary = run_cycle(app)
    paper = [c for c in summary.new_cases if c.channel.value == "paper"]
    assert len(paper) == 4
    later = summary.new_cases[2:]
    assert later and all(c.summary == "" and c.history == [] for c in later)
    assert all(c.summary for c in summary.new_cases[:2])
    for case in later:  # the journal and the register keep everything
        kept = app.journal.case(case.code)
        assert kept.summary and kept.history
        assert (kept.category, kept.agency, kept.flags) == (case.category, case.agency, case.flags)


class FlakyTransport:
    """Accepts `ok` messages, then fails like a crash after the server's 250 (the message went out)."""

    def __init__(self, folder: Path, ok: int):
        from hopthu.outbox.queue import FolderTransport

        self.inner = FolderTransport(folder)
        self.ok = ok
        self.delivered: list[bytes] = []

    def send(self, key, raw, recipient):
        self.inner.send(key, raw, recipient)
        self.delivered.append(raw)
        if len(self.delivered) > self.ok:
            raise KeyboardInterrupt("power cut after the server accepted the message")

    def check(self):
        return "flaky"

    def close(self):
        pass


def test_a_crash_after_delivery_resends_the_same_message_id_and_nothing_is_lost(ward, clock):
    config = load_config(ward)
    out = config.resolve(config.settings.outbox.path)
    flaky = FlakyTransport(out, ok=3)
    app = build_app(config, clock=clock, transport=flaky)
    with pytest.raises(KeyboardInterrupt):
        run_cycle(app)
    app.close()
    crashed_on = flaky.delivered[-1]
    # Restart with a healthy transport.
    good = FlakyTransport(out, ok=10_000)
    app = build_app(config, clock=clock, transport=good)
    summary = run_cycle(app)
    assert good.delivered[0] == crashed_on  # the same bytes, so the same Message-ID
    keys = [m.key for m in app.journal.messages()]
    assert len(keys) == len(set(keys))
    assert all(m.state == "sent" for m in app.journal.messages())
    assert len(flaky.delivered) - 1 + len(good.delivered) == len(app.journal.messages()) + 0
    assert summary.new_cases == []  # the cases were made before the crash, once
    app.close()


def test_a_crash_while_cases_are_made_loses_nothing_and_sends_nothing_twice(ward, clock, monkeypatch):
    """Cases are made in batches (one fsync each): a crash in the second batch undoes that batch only;
    nothing of it was sent, and the restart makes every case once, with no gap in the codes."""
    from hopthu import casework
    from hopthu.pipeline import incoming

    monkeypatch.setattr(incoming, "PROCESS_BATCH", 5)
    real_open_case, opened = casework.open_case, []

    def crash_on_the_seventh(*args, **kwargs):
        opened.append(args[1])
        if len(opened) == 7:
            raise KeyboardInterrupt("power cut while the 7th case is being made")
        return real_open_case(*args, **kwargs)

    monkeypatch.setattr(casework, "open_case", crash_on_the_seventh)
    app = build_app(load_config(ward), clock=clock)
    with pytest.raises(KeyboardInterrupt):
        run_cycle(app)
    assert len(app.journal.cases()) == 5  # the first batch was committed, the second undone
    assert outbox(app) == []  # the crash came before delivery
    app.close()

    monkeypatch.setattr(casework, "open_case", real_open_case)
    app = build_app(load_config(ward), clock=clock)
    summary = run_cycle(app)
    cases = app.journal.cases()
    assert len(cases) == 24 and len(summary.new_cases) == 19
    assert [c.code for c in cases] == [f"HT-2026-{n:04d}" for n in range(1, 25)]
    assert len({c.source_id for c in cases}) == 24
    sent = outbox(app)
    assert len(sent) == len(app.journal.messages()) == len({m["Message-ID"] for m in sent})
    app.close()


def test_a_bug_on_one_item_quarantines_it_alone_and_its_batch_goes_on(app, monkeypatch):
    from hopthu import casework

    real_open_case, seen = casework.open_case, []

    def fails_on_the_third(app_, code, sub, decision, like=None):
        seen.append(sub.source_id)
        if len(seen) == 3:
            raise RuntimeError("a bug")
        return real_open_case(app_, code, sub, decision, like)

    monkeypatch.setattr(casework, "open_case", fails_on_the_third)
    summary = run_cycle(app)
    assert summary.quarantined == [seen[2]]
    assert "RuntimeError: a bug" in app.journal.intake(seen[2]).reason
    assert len(app.journal.cases()) == 23
    # The failed item's code was not used up: the codes run without a gap.
    assert [c.code for c in app.journal.cases()] == [f"HT-2026-{n:04d}" for n in range(1, 24)]


def test_intake_batches_close_early_when_letters_are_big(app, monkeypatch):
    """A batch holds at most RECORD_BYTES of letters in memory before it is journalled."""
    from hopthu.pipeline import collect
    from hopthu.pipeline import summary as summaries

    monkeypatch.setattr(collect, "RECORD_BYTES", 1)  # every letter is "big": one per transaction
    batches = []
    record = app.journal.record_intakes
    monkeypatch.setattr(app.journal, "record_intakes", lambda rows: batches.append(len(rows)) or record(rows))
    summary = summaries.Summary()
    count = collect.collect(app, summary)
    emails = len(list((EXAMPLES / "inbox" / "new").iterdir()))
    with open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="") as fh:
        form_rows = len(list(csv.reader(fh))) - 1
    assert sorted(batches) == [1] * emails + [form_rows]  # Form rows carry no bytes: one batch for all
    assert count == emails + form_rows == len(app.journal.pending_intakes())
