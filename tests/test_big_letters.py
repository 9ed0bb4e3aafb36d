"""Letters over attachments.max_bytes: taken without their oversized parts, which stay on the server (IMAP)
or in the Maildir file, and are recorded as left out (journal, case history, register).

The IMAP tests run against a real Dovecot; the big letters are generated (random bytes), never committed.
"""

from __future__ import annotations

import email.policy
import io
import os
import re
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from hopthu.config import load_config
from hopthu.core.parsing import parse_email
from hopthu.mail.imap import ImapInbox, ImapSettings
from hopthu.mail.trim import Limits, cut_file
from hopthu.pipeline.cycle import run_cycle
from hopthu.wiring import build_app

from mailservers import Dovecot, mail_ward
from ward import TZ, Clock, make_ward

TEXT = "Kính gửi Mặt trận phường,\n\nĐèn đường ở đầu ngõ 12 phố Trần Phú bị hỏng đã một tuần, tôi gửi kèm video.\n"
MB = 1024 * 1024


def letter(attachments: list[tuple[str, str, int]], *, alternative: bool = False, seed: int = 1) -> bytes:
    """A citizen's letter with attachments (filename, type, size in bytes of random content)."""
    msg = EmailMessage()
    msg["From"] = "Nguyễn Văn Dân <dan.nguyen@gmail.example>"
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = "Phản ánh đèn đường hỏng"
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(idstring=f"big{seed}", domain="gmail.example")
    msg.set_content(TEXT)
    if alternative:
        msg.add_alternative("<p>" + TEXT + "</p>", subtype="html")
    for name, ctype, size in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(os.urandom(size), maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=email.policy.SMTP)


# -- the Maildir cut, on bytes -------------------------------------------------------------------


def test_a_file_over_the_limit_is_cut_part_by_part_and_says_what_was_left_out():
    raw = letter([("anh-nho.jpg", "image/jpeg", 20_000), ("video-hien-truong.mp4", "video/mp4", 3 * MB),
                  ("don.pdf", "application/pdf", 30_000)], alternative=True)
    stored, left = cut_file(io.BytesIO(raw), Limits(part=MB, letter=5 * MB))
    assert [(x.part, x.filename, x.content_type) for x in left] == [("3", "video-hien-truong.mp4", "video/mp4")]
    assert 3 * MB <= left[0].size < 3 * MB + 100_000
    assert len(stored) < 120_000 and len(raw) > 4 * MB
    parsed = parse_email(stored)
    assert parsed.text.startswith("Kính gửi Mặt trận phường") and "không được tải về" not in parsed.text
    assert [a.filename for a in parsed.attachments] == ["anh-nho.jpg", "don.pdf"]
    assert len(parsed.attachments[1].payload) == 30_000 and parsed.message_id and not parsed.defects
    assert "video-hien-truong.mp4 (video/mp4, khoảng 3.1 MB)" in stored.decode("utf-8", "replace")


def test_a_file_whose_whole_body_is_too_big_keeps_its_header_and_a_note():
    msg = EmailMessage()
    msg["From"] = "dan.nguyen@gmail.example"
    msg["Subject"] = "Ảnh hiện trường"
    msg["Message-ID"] = "<one-part@gmail.example>"
    msg.set_content(os.urandom(2 * MB), maintype="image", subtype="jpeg", disposition="attachment",
                    filename="anh.jpg")
    raw = msg.as_bytes(policy=email.policy.SMTP)
    stored, left = cut_file(io.BytesIO(raw.replace(b"\r\n", b"\n")), Limits(part=MB, letter=MB))
    assert [(x.part, x.filename, x.content_type) for x in left] == [("1", "anh.jpg", "image/jpeg")]
    parsed = parse_email(stored)
    assert parsed.subject == "Ảnh hiện trường" and parsed.message_id == "<one-part@gmail.example>"
    assert parsed.attachments == [] and "thư trống: không có tiêu đề, nội dung hay tệp đính kèm" not in parsed.problems


def test_a_letter_whose_parts_each_fit_is_left_whole_up_to_the_letters_limit():
    raw = letter([("a.jpg", "image/jpeg", 600_000), ("b.jpg", "image/jpeg", 600_000), ("c.jpg", "image/jpeg", 600_000)])
    stored, left = cut_file(io.BytesIO(raw), Limits(part=MB, letter=2 * MB))
    assert left == [] and parse_email(stored).attachments[2].payload == parse_email(raw).attachments[2].payload
    # All together over max_letter_bytes: the parts that would take the letter past it are left out, in order.
    stored, left = cut_file(io.BytesIO(raw), Limits(part=MB, letter=MB + MB // 2))
    assert [(x.filename, x.why, x.limit) for x in left] == [("c.jpg", "letter", MB + MB // 2)]
    assert [a.filename for a in parse_email(stored).attachments] == ["a.jpg", "b.jpg"]
    assert "(cả thư vượt 1.6 MB): c.jpg (image/jpeg" in stored.decode("utf-8", "replace")


def test_a_big_letter_is_parsed_without_its_attachment_bodies_in_the_parser(monkeypatch):
    import tracemalloc

    import hopthu.core.lifted as lifted

    raw = letter([("a.jpg", "image/jpeg", 3 * MB), ("don.pdf", "application/pdf", 2 * MB)], alternative=True)
    broken = raw.replace(b"--\r\n", b"\r\n", 1)[:-200]  # no closing delimiter, cut short
    tracemalloc.start()
    try:
        parsed = parse_email(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    monkeypatch.setattr(lifted, "LIFT_LETTER_OVER", 10**12)  # the parser reads everything, as before
    whole = parse_email(raw)
    assert [(a.filename, a.content_type, a.payload) for a in parsed.attachments] == \
        [(a.filename, a.content_type, a.payload) for a in whole.attachments]
    assert (parsed.text, parsed.subject, parsed.defects, parsed.problems) == \
        (whole.text, whole.subject, whole.defects, whole.problems)
    assert peak < 2 * len(raw), f"parsing a {len(raw)} byte letter took {peak} bytes"  # was about 7 times
    # A sender's own X-Hopthu-Lifted header names nothing: the part is read as written.
    forged = raw.replace(b"Content-Type: application/pdf", b"X-Hopthu-Lifted: 0-0\r\nContent-Type: application/pdf")
    monkeypatch.setattr(lifted, "LIFT_LETTER_OVER", 1024 * 1024)
    assert parse_email(forged).attachments[1].payload == whole.attachments[1].payload
    assert [len(a.payload) for a in parse_email(broken).attachments][:1] == [3 * MB]


# -- a ward on real servers ----------------------------------------------------------------------


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 23, 6, 30, tzinfo=TZ))


def imap_ward(base: Path, d: Dovecot, sink) -> Path:
    imap = (f'inbox:\n  backend: imap\n  host: "{d.host}"\n  port: {d.port}\n  security: none\n'
            f'  username: "{d.user}"\n  start_date: 2020-01-01\n')
    smtp = f'outbox:\n  backend: smtp\n  smtp: {{host: "{sink.host}", port: {sink.port}, security: none}}\n'
    return mail_ward(base, inbox=imap, outbox=smtp, env=f"HOPTHU_IMAP_PASSWORD={d.password}\n")


@pytest.mark.dovecot
def test_imap_a_35_mb_attachment_stays_on_the_server_and_the_case_says_so(tmp_path, dovecot, smtp_sink, clock):
    raw = letter([("video-hien-truong.mp4", "video/mp4", 35 * MB), ("anh.jpg", "image/jpeg", 50_000)])
    dovecot.append(raw)
    app = build_app(load_config(imap_ward(tmp_path / "ward", dovecot, smtp_sink)), clock=clock)
    try:
        summary = run_cycle(app)
        assert len(summary.new_cases) == 1 and not summary.quarantined, summary
        (case,) = app.journal.cases()
        intake = app.journal.intake(case.source_id)
        # What was fetched: the journal's copy is the letter without the video, which was never requested;
        # the server still holds the letter whole (moved to the processed folder).
        stored = app.journal.raw(intake.source_id)
        assert len(stored) < 200_000
        with dovecot.client() as c:
            c.select_folder("Đã tiếp nhận", readonly=True)
            sizes = c.fetch(c.search(["ALL"]), ["RFC822.SIZE"])
        assert [v[b"RFC822.SIZE"] for v in sizes.values()] == [len(raw)] and len(raw) > 45 * MB
        assert intake.payload["left_out"] == [
            {"part": "2", "filename": "video-hien-truong.mp4", "content_type": "video/mp4",
             "size": intake.payload["left_out"][0]["size"], "why": "part", "limit": 10 * MB}]
        assert abs(intake.payload["left_out"][0]["size"] - 35 * MB) < 100_000
        history = "\n".join(case.history)
        assert re.search(r"Tệp đính kèm bị từ chối: tep-\d\d\.mp4 – quá lớn, không tải về \(video/mp4, "
                         r"358\d\d KB > 10240 KB\); bản gốc còn ở hộp thư", history), history
        assert "anh.jpg" not in history  # the small photo was taken
        saved = list((app.config.state_dir / "attachments").rglob("*"))
        assert [p.suffix for p in saved if p.is_file()] == [".jpg"]
        assert smtp_sink.wait_for(2)  # acknowledged and routed like any letter
    finally:
        app.close()


@pytest.mark.dovecot
def test_imap_adapter_fetches_a_big_letter_by_parts_and_small_ones_whole(dovecot):
    small = letter([("a.jpg", "image/jpeg", 10_000)], seed=2)
    nested = letter([("ban-ve.pdf", "application/pdf", 2 * MB), ("b.png", "image/png", 5_000)],
                    alternative=True, seed=3)
    photos = letter([(f"anh-{i}.jpg", "image/jpeg", 400_000) for i in range(4)], seed=5)
    for raw in (small, nested, small.replace(b"big2", b"big4"), photos):
        dovecot.append(raw)
    settings = ImapSettings(host=dovecot.host, port=dovecot.port, username=dovecot.user, password=dovecot.password,
                            security="none", timeout_connect=5, timeout_read=10, max_part_bytes=MB,
                            max_letter_bytes=MB)
    with ImapInbox(settings) as box:
        got = list(box.fetch_letters(box.search_uids(0)))
    assert [uid for uid, _, _ in got] == [1, 2, 3, 4]  # in UID order: the cursor follows it
    assert got[0][1] == small and got[0][2] == [] and got[2][2] == []
    # Four photos of 400 kB, each under max_part_bytes: the two that fit max_letter_bytes are taken.
    assert [(x.filename, x.why) for x in got[3][2]] == [("anh-2.jpg", "letter"), ("anh-3.jpg", "letter")]
    assert [a.filename for a in parse_email(got[3][1]).attachments] == ["anh-0.jpg", "anh-1.jpg"]
    stored, left = got[1][1], got[1][2]
    assert [(x.part, x.filename) for x in left] == [("2", "ban-ve.pdf")]  # mixed(alternative, pdf, png)
    parsed = parse_email(stored)
    assert parsed.text.startswith("Kính gửi") and [a.filename for a in parsed.attachments] == ["b.png"]
    assert parsed.attachments[0].payload == parse_email(nested).attachments[1].payload
    assert parsed.message_id == parse_email(nested).message_id and len(stored) < 50_000


@pytest.mark.dovecot
def test_a_fetched_letter_is_not_formatted_by_imaplibs_trace(dovecot):
    """imaplib formats each response it reads for its debug trace (imapclient turns the trace on) whether or
    not anything logs it: a fetched letter was held three times over. The trace stays off; the letter's
    bytes are the server's."""
    raw = letter([("video.mp4", "video/mp4", 2 * MB)], seed=6)
    dovecot.append(raw)
    settings = ImapSettings(host=dovecot.host, port=dovecot.port, username=dovecot.user, password=dovecot.password,
                            security="none", timeout_connect=5, timeout_read=10, max_part_bytes=10 * MB,
                            max_letter_bytes=25 * MB)
    traced: list[str] = []
    with ImapInbox(settings) as box:
        imap = box._client._imap
        imap._mesg = lambda text, *_: traced.append(text)
        got = list(box.fetch_letters(box.search_uids(0)))
    assert [(uid, stored) for uid, stored, _ in got] == [(1, raw)]
    assert sum(len(t) for t in traced) < 10_000  # before: over 5 MB of trace for a 2.8 MB letter


def test_maildir_a_35_mb_attachment_is_cut_from_the_stored_copy(tmp_path, clock):
    ward = make_ward(tmp_path, form=False)
    raw = letter([("video.mp4", "video/mp4", 35 * MB)])
    inbox = ward.parent / "data" / "inbox"
    for sub in ("new", "cur"):
        for f in (inbox / sub).iterdir():
            f.unlink()
    (inbox / "new" / "1700000000.big.host").write_bytes(raw)
    app = build_app(load_config(ward), clock=clock)
    try:
        summary = run_cycle(app)
        assert len(summary.new_cases) == 1 and not summary.quarantined, summary
        (case,) = app.journal.cases()
        intake = app.journal.intake(case.source_id)
        assert len(app.journal.raw(case.source_id)) < 100_000
        assert (inbox / "new" / "1700000000.big.host").stat().st_size == len(raw)  # the file is untouched
        assert [x["filename"] for x in intake.payload["left_out"]] == ["video.mp4"]
        assert "Tệp đính kèm bị từ chối: tep-01.mp4 – quá lớn, không tải về" in "\n".join(case.history)
        assert intake.payload["left_out"][0]["content_type"] == "video/mp4"
    finally:
        app.close()
