"""Issue 10, "bounded work per item": reading a letter has a time budget that works on every platform.
A letter slow by its shape (tens of thousands of MIME parts fit in a few MB) or one that crashes the
worker is quarantined alone with a reason an officer can read; the letters after it become cases.
Real Maildir, real journal, a real worker process."""

from __future__ import annotations

import os

from hopthu.config import load_config
from hopthu.core.parsing import parse_email
from hopthu.pipeline import budget
from hopthu.pipeline.cycle import run_cycle
from hopthu.wiring import build_app

from ward import make_ward


def _letter(n: int, body: str = "Đèn đường ngõ 5 phố Hàng Bạc bị hỏng ba hôm nay.") -> bytes:
    return (
        f"From: Dân {n} <dan{n}@example.org>\nTo: hopthu@mttq-luukiem.example.vn\nSubject: Đèn hỏng {n}\n"
        f"Date: Tue, 24 Nov 2026 08:00:0{n} +0700\nMessage-ID: <budget{n}@example.org>\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nMIME-Version: 1.0\n\n"
        f"{body}\n"
    ).encode()


def _many_parts(parts: int) -> bytes:
    """A letter that is small in bytes and slow to read: every part costs the parser a little."""
    body = "".join(f"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nphần {i}\r\n" for i in range(parts))
    return ("From: X <x@example.org>\r\nTo: hopthu@mttq-luukiem.example.vn\r\nSubject: nhiều phần\r\n"
            "Message-ID: <parts@example.org>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/mixed; boundary=B\r\n\r\n{body}--B--\r\n").encode()


def _ward(tmp_path, clock, seconds: float):
    cfg = make_ward(tmp_path, form=False)
    inbox = tmp_path / "data" / "inbox" / "new"
    for p in inbox.iterdir():
        p.unlink()
    text = cfg.read_text(encoding="utf-8").replace(
        '  path: "data/inbox"\n', f'  path: "data/inbox"\n  parse_seconds: {seconds}\n', 1)
    cfg.write_text(text, encoding="utf-8")
    return build_app(load_config(cfg), clock=clock), inbox


def test_a_letter_over_its_budget_is_quarantined_with_the_reason_and_the_next_letter_becomes_a_case(tmp_path, clock):
    app, inbox = _ward(tmp_path, clock, seconds=1)
    assert app.settings.inbox.parse_seconds == 1
    (inbox / "1-slow.eml").write_bytes(_many_parts(60_000))  # ~15 s for the parser on this machine's kind
    (inbox / "2-ok.eml").write_bytes(_letter(2))
    try:
        summary = run_cycle(app)
        assert len(summary.quarantined) == 1
        slow = app.journal.intake(summary.quarantined[0])
        assert slow.state == "quarantined"
        assert "quá thời gian xử lý" in slow.reason and "1 giây" in slow.reason
        assert [c.subject for c in summary.new_cases] == ["Đèn hỏng 2"]
        # the quarantined letter's bytes are kept for the officer (journal and a file copy)
        assert app.journal.raw(slow.source_id).startswith(b"From: X")
    finally:
        app.close()


def test_letters_are_read_in_one_worker_that_a_burst_reuses(tmp_path, clock):
    app, inbox = _ward(tmp_path, clock, seconds=30)
    for n in range(1, 4):
        (inbox / f"{n}.eml").write_bytes(_letter(n))
    letters = budget.worker(app.settings.ward.code_prefix)
    letters.close()
    before = letters.started
    try:
        summary = run_cycle(app)
        assert len(summary.new_cases) == 3
        assert letters.started == before + 1 and letters.running
    finally:
        app.close()


def test_the_worker_starts_as_letters_are_journalled_and_then_reads_them(tmp_path, clock):
    """Journalling new letters starts the worker without waiting for it (it imports the parser while the
    source tidies up); the letters' cases are then made by that same worker."""
    from hopthu.pipeline import collect, incoming
    from hopthu.pipeline.summary import Summary

    app, inbox = _ward(tmp_path, clock, seconds=30)
    for n in range(1, 3):
        (inbox / f"{n}.eml").write_bytes(_letter(n))
    letters = budget.worker(app.settings.ward.code_prefix)
    letters.close()
    before = letters.started
    try:
        summary = Summary()
        assert collect.collect(app, summary) == 2
        assert letters.started == before + 1 and letters.running  # before any letter is read
        incoming.process_pending(app, summary)
        assert len(summary.new_cases) == 2 and not summary.quarantined
        assert letters.started == before + 1
    finally:
        app.close()


def test_the_next_batchs_first_letter_is_read_while_this_batchs_last_case_is_made(tmp_path, clock, monkeypatch):
    """Each letter is sent to the worker while the case before it is made, across batches of cases too."""
    from hopthu.pipeline import incoming

    monkeypatch.setattr(incoming, "PROCESS_BATCH", 2)
    real, cases_made = incoming._Reading, []

    class Reading(real):  # type: ignore[misc,valid-type]
        def __init__(self, app_, intake):
            cases_made.append(len(app_.journal.cases()))  # the cases made when this letter is sent to the worker
            super().__init__(app_, intake)

    monkeypatch.setattr(incoming, "_Reading", Reading)
    app, inbox = _ward(tmp_path, clock, seconds=30)
    for n in range(1, 4):
        (inbox / f"{n}.eml").write_bytes(_letter(n))
    try:
        summary = run_cycle(app)
        assert len(summary.new_cases) == 3 and not summary.quarantined
        # Letter 2 is sent while letter 1's case is made, letter 3 (the second batch's first) while letter 2's is.
        assert cases_made == [0, 0, 1]
    finally:
        app.close()


def test_parse_seconds_zero_reads_in_the_daemons_own_process(tmp_path, clock):
    app, inbox = _ward(tmp_path, clock, seconds=0)
    (inbox / "1.eml").write_bytes(_letter(1))
    letters = budget.worker(app.settings.ward.code_prefix)
    letters.close()
    before = letters.started
    try:
        assert len(run_cycle(app).new_cases) == 1
        assert letters.started == before and not letters.running
    finally:
        app.close()


def test_a_worker_that_dies_fails_that_call_alone_and_the_next_call_gets_a_new_worker():
    worker = budget.LetterWorker()
    try:
        try:
            worker.call(30, os._exit, 3)
        except budget.WorkerDied as exc:
            assert exc.exitcode == 3
            assert "bị dừng đột ngột" in str(exc)
        else:
            raise AssertionError("the worker's death was not reported")
        parsed = worker.call(30, parse_email, _letter(1))
        assert parsed.subject == "Đèn hỏng 1"
        assert worker.started == 2
    finally:
        worker.close()


def test_an_error_in_the_worker_reaches_the_caller_as_itself():
    worker = budget.LetterWorker()
    try:
        try:
            worker.call(30, int, "không phải số")
        except ValueError as exc:
            assert "không phải số" in str(exc)
        else:
            raise AssertionError("the error was lost")
        assert worker.started == 1 and worker.running  # an error is not a crash: the worker stays
    finally:
        worker.close()


def test_an_idle_worker_is_stopped(tmp_path):
    worker = budget.LetterWorker(idle_seconds=0.3)
    assert worker.call(30, len, b"abc") == 3
    assert worker.running
    import time

    deadline = time.monotonic() + 15
    while worker.running and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not worker.running
    assert worker.call(30, len, b"abcd") == 4  # and started again when a letter comes
    worker.close()


def test_a_new_letter_without_attachments_is_read_in_one_call_to_the_worker(tmp_path, clock):
    """Its submission is made with the parse (`read_letter`): one round trip per letter, not two. A letter
    with an attachment still asks for its submission apart, only once it is known to be needed."""
    app, inbox = _ward(tmp_path, clock, seconds=30)
    for n in range(1, 4):
        (inbox / f"{n}.eml").write_bytes(_letter(n))
    photo = (
        "From: Dân 9 <dan9@example.org>\nTo: hopthu@mttq-luukiem.example.vn\nSubject: Ảnh ổ gà\n"
        "Date: Tue, 24 Nov 2026 08:00:09 +0700\nMessage-ID: <budget9@example.org>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain; charset=utf-8\n\n"
        "Ổ gà trước số 5 ngõ 7 phố Hàng Bạc.\n--B\nContent-Type: text/plain; name=ghi-chu.txt\n"
        "Content-Disposition: attachment; filename=ghi-chu.txt\n\nghi chú\n--B--\n"
    )
    (inbox / "4.eml").write_bytes(photo.encode())
    letters = budget.worker(app.settings.ward.code_prefix)
    before = letters.calls
    try:
        summary = run_cycle(app)
        assert sorted(c.subject for c in summary.new_cases) == ["Đèn hỏng 1", "Đèn hỏng 2", "Đèn hỏng 3", "Ảnh ổ gà"]
        assert letters.calls - before == 3 + 2
        photo_case = next(c for c in summary.new_cases if c.subject == "Ảnh ổ gà")
        assert "tep-01.txt – loại tệp không được nhận" in " ".join(photo_case.history)  # its submission saw it
    finally:
        app.close()


def _with_photo(n: int, size: int) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Dân {n} <dan{n}@example.org>", "hopthu@mttq-luukiem.example.vn", "Rác"
    msg["Message-ID"] = f"<photo{n}@example.org>"
    msg.set_content("Rác đổ trộm ở đầu ngõ 7 phố Hàng Bạc, gửi kèm ảnh.")
    msg.add_attachment(os.urandom(size), maintype="image", subtype="png", filename="anh.png")
    return msg.as_bytes()


def test_the_attachments_bytes_stay_in_the_worker(tmp_path, clock, monkeypatch):
    """A letter crosses to the worker once; what comes back holds no attachment's bytes (they were sent back
    and forth before: the daemon held a letter's attachments three times over)."""
    import pickle

    app, inbox = _ward(tmp_path, clock, seconds=30)
    (inbox / "1.eml").write_bytes(_with_photo(1, 400_000))
    sent: list[tuple[str, int]] = []
    back: list[int] = []
    submit, result = budget.LetterWorker.submit, budget.Ticket.result

    def spy_submit(self, seconds, fn, *args, **kwargs):
        sent.append((fn.__name__, len(pickle.dumps((args, kwargs)))))
        return submit(self, seconds, fn, *args, **kwargs)

    def spy_result(self):
        value = result(self)
        back.append(len(pickle.dumps(value)))
        return value

    monkeypatch.setattr(budget.LetterWorker, "submit", spy_submit)
    monkeypatch.setattr(budget.Ticket, "result", spy_result)
    try:
        summary = run_cycle(app)
        assert len(summary.new_cases) == 1
        assert [name for name, size in sent if size > 100_000] == ["read_letter"]  # the letter's bytes, once
        assert [name for name, _ in sent] == ["read_letter", "kept_submission"]
        assert max(back) < 50_000  # no attachment comes back
        saved = [p for p in (app.config.state_dir / "attachments").rglob("*") if p.is_file()]
        assert len(saved) == 1 and saved[0].stat().st_size > 390_000  # saved by the worker, whole
    finally:
        app.close()


def test_a_call_sent_ahead_keeps_its_answer_and_a_crash_is_its_own():
    """`submit` sends a call and returns; sending the next one first takes the answer of the one in the
    worker, kept for its ticket. A call that kills the worker fails alone: the one sent after it gets a
    new worker."""
    worker = budget.LetterWorker()
    try:
        first, second = worker.submit(30, len, b"abc"), worker.submit(30, len, b"abcd")
        assert second.result() == 4 and first.result() == 3
        died, after = worker.submit(30, os._exit, 3), worker.submit(30, parse_email, _letter(2))
        assert after.result().subject == "Đèn hỏng 2"
        try:
            died.result()
            raise AssertionError("the call that ended the worker returned")
        except budget.WorkerDied as exc:
            assert exc.exitcode == 3
        assert worker.started == 2
    finally:
        worker.close()


def test_the_work_made_ahead_is_what_the_daemon_would_make_and_is_taken_once(tmp_path):
    """`read_letter` makes a new letter's redactions (its text, its subject, both as the duplicates' index
    reads them) and its cues; `redact` and `assess` take such an answer for the same arguments, once."""
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from hopthu.core import flags, redact
    from hopthu.core.intake import read_letter
    from hopthu.core.model import RawItem

    item = RawItem(source_id="imap:INBOX:1:1", channel="email", ack=True)
    parsed, sub, made = read_letter(
        _letter(1, "Tôi là Nguyễn Văn Bình, số 12 ngõ 5, đèn đường hỏng ba hôm nay."), "mttq-luukiem.example.vn", item,
        tz=ZoneInfo("Asia/Ho_Chi_Minh"), state_dir=tmp_path, max_bytes=1 << 20, allowed_types=[],
        now=datetime(2026, 11, 24, 9, tzinfo=timezone.utc))
    names = ("Dân 1",)
    assert {key for kind, key, _ in made if kind == "redact"} == {
        (sub.text, names), (sub.subject, names), (f"{sub.subject}\n{sub.text}", names)}
    for kind, key, value in made:
        assert value == (redact.redact(*key) if kind == "redact" else flags.assess(*key))
    assert "Nguyễn Văn Bình" not in dict((k, v) for kind, k, v in made if kind == "redact")[(sub.text, names)]
    redact.AHEAD.put(("đèn hỏng", ()), "made ahead")
    assert redact.redact("đèn hỏng") == "made ahead" and redact.redact("đèn hỏng") == "đèn hỏng"


def test_a_letter_the_worker_no_longer_holds_is_read_again(tmp_path, clock, monkeypatch):
    """The worker restarted between reading a letter and making its case (it holds nothing then): read again."""
    from hopthu.core import intake
    from hopthu.pipeline import incoming

    app, inbox = _ward(tmp_path, clock, seconds=0)  # in this process, to drop what it holds in between
    (inbox / "1.eml").write_bytes(_with_photo(2, 20_000))
    reads: list[str] = []

    def forgetful(raw, own_domain, item, **options):
        read = intake.read_letter(raw, own_domain, item, **options)
        if not reads:
            intake._kept.clear()
        reads.append(item.source_id)
        return read

    monkeypatch.setattr(incoming, "read_letter", forgetful)
    try:
        summary = run_cycle(app)
        assert len(summary.new_cases) == 1 and len(reads) == 2 and reads[0] == reads[1]
        saved = [p for p in (app.config.state_dir / "attachments").rglob("*") if p.is_file()]
        assert len(saved) == 1 and saved[0].stat().st_size > 19_000
    finally:
        app.close()


def test_letters_read_in_the_daemons_own_process_are_not_kept_after_the_batch(tmp_path, clock):
    """With no worker (`parse_seconds: 0`), a letter kept for a submission it never needed (an auto-reply with
    a photo) is dropped after the batch instead of staying in the daemon's memory."""
    from hopthu.core import intake

    app, inbox = _ward(tmp_path, clock, seconds=0)
    auto = _with_photo(3, 50_000).replace(b"Subject: ", b"Auto-Submitted: auto-replied\nSubject: ", 1)
    (inbox / "1.eml").write_bytes(auto)
    try:
        summary = run_cycle(app)
        assert summary.new_cases == [] and summary.ignored == 1
        assert intake._kept == {}
    finally:
        app.close()
