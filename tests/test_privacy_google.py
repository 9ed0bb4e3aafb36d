"""The privacy paths end to end against the Google backends (the Sheets-v4 emulator, real gspread over
HTTP): an officer-typed paper row in the Google register, a letter's attachments, and the retention
purge with the contacts sheet. The embedded-default versions are in test_privacy_flow.py,
test_privacy_attachments.py and test_privacy_retention.py."""

from __future__ import annotations

import io
import logging
from email.message import EmailMessage

import pytest

from hopthu import retention
from hopthu.pipeline.register_sync import OFFICER_TEXT_REDACTED
from hopthu.register.contacts import CONTACTS_TAB
from test_gsheets import CONTACTS_ID, REG_ID, REG_TAB, SheetWard, codes, cycle, outbox, row
from test_privacy_attachments import heic_with_gps, pdf_with_author, photo_with_gps, real_heic_with_gps
from test_privacy_retention import close, everything_kept, past_retention

from sheets_emulator import SheetsEmulator
from ward import FakeTime

SUMMARY = "Nội dung (đã ẩn thông tin cá nhân)"


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime(50_000.0)


@pytest.fixture
def emu(fake):
    with SheetsEmulator(clock=fake.clock, seed=11) as emulator:
        yield emulator


@pytest.fixture
def gward(tmp_path, emu, fake, clock):
    emu.create_spreadsheet(CONTACTS_ID, "Liên hệ (chỉ Thường trực)")
    w = SheetWard(tmp_path, emu, fake, clock, mail=False, contacts=CONTACTS_ID)
    yield w
    w.app.close()


def register_text(w) -> str:
    return "\n".join(str(v) for r in w.emu.values(REG_ID, REG_TAB) for v in r)


def drop(w, msg: EmailMessage, name: str) -> None:
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Date"] = "Mon, 23 Nov 2026 08:00:00 +0700"
    (w.app.config.resolve(w.app.settings.inbox.path) / "new" / name).write_bytes(msg.as_bytes())


# -- an officer types a paper item into the Google register -------------------------------------------

TYPED = ("Phiếu giấy: bà Trần Thị Ngọc Lan ở số 147 ngõ 5 phố Trần Phú phản ánh rác tồn đọng cạnh chợ Lưu Kiếm "
         "đã một tuần, sđt 0912 000 333; con trai bà là anh Hùng cũng đã báo tổ trưởng.")
TYPED_PRIVATE = ("Trần Thị Ngọc Lan", "số 147", "0912 000 333", "Hùng")


def test_an_officers_paper_row_on_google_is_redacted_kept_whole_in_the_journal_and_found_by_its_code(gward):
    cycle(gward)
    n = len(gward.app.journal.cases())
    gward.officer_new_row({SUMMARY: TYPED, "Tổ dân phố": "TDP số 40", "Ghi chú": "phiếu giấy ở nhà văn hóa"})
    summary = cycle(gward)
    assert len(summary.new_cases) == 1
    code = summary.new_cases[0].code
    content = row(gward, code)[SUMMARY]
    assert content.startswith("Phiếu giấy: bà [họ tên] ở [số nhà] ngõ 5 phố Trần Phú phản ánh rác tồn đọng cạnh chợ Lưu Kiếm")
    assert row(gward, code)["Tổ dân phố"] == "TDP số 40" and row(gward, code)["Ghi chú"] == "phiếu giấy ở nhà văn hóa"
    assert len(codes(gward)) == len(gward.rows()) == n + 1  # the officer's row claimed, not appended again
    assert not [s for s in TYPED_PRIVATE if s in register_text(gward)]
    stored = gward.app.journal.case(code)
    assert any(OFFICER_TEXT_REDACTED in line for line in stored.history)
    assert gward.app.journal.intake(stored.source_id).payload["row"]["text"] == TYPED  # the original: journal only

    # Officers sort the register and insert a row: hopthu finds the row by its code, never by its content.
    gward.sort_register("Tổ dân phố", descending=True)
    gward.insert_empty_row(2)
    assert not cycle(gward).new_cases  # (the note typed in "Ghi chú" is taken in as the officer's)
    again = cycle(gward)
    assert again.officer_edits == 0 and not again.new_cases  # the redacted text is no officer's edit
    assert row(gward, code)[SUMMARY] == content and len(codes(gward)) == n + 1
    assert OFFICER_TEXT_REDACTED in row(gward, code)["Diễn biến"]  # the officers see it in the register too
    answer = "Đã báo đội vệ sinh môi trường thu gom trong ngày 25/11."
    gward.officer_set({(code, "Nội dung trả lời"): answer})
    gward.sort_register("Mã hồ sơ", descending=True)
    cycle(gward)
    assert gward.app.journal.case(code).answer == answer
    assert row(gward, code)[SUMMARY] == content and len(codes(gward)) == n + 1


# -- attachments -----------------------------------------------------------------------------------------

def test_attachments_go_out_stripped_under_neutral_names_and_the_google_register_names_no_file(gward):
    from PIL import Image
    from pypdf import PdfReader

    gward.app.settings.attachments.allowed_types.append("image/heic")  # as in hopthu.example.yaml
    msg = EmailMessage()
    msg["From"] = "An Nguyen <an.nguyen@gmail.example>"
    msg["Subject"] = "Nắp cống vỡ giữa ngõ 81 phố Bạch Đằng"
    msg["Message-ID"] = "<google-attachments-1@gmail.example>"
    msg.set_content("Nắp cống giữa ngõ 81 phố Bạch Đằng vỡ, xe máy sụt bánh. Ảnh và đơn gửi kèm.")
    msg.add_attachment(photo_with_gps(), maintype="image", subtype="jpeg", filename="CCCD_NguyenVanAn.jpg")
    msg.add_attachment(pdf_with_author(), maintype="application", subtype="pdf", filename="Don_NguyenVanAn.pdf")
    msg.add_attachment(heic_with_gps(), maintype="image", subtype="heic", filename="IMG_0412_NguyenVanAn.HEIC")
    msg.add_attachment(real_heic_with_gps(), maintype="image", subtype="heic", filename="IMG_0413_NguyenVanAn.HEIC")
    drop(gward, msg, "attachments.eml")
    case = next(c for c in cycle(gward).new_cases if "ngõ 81" in c.subject)

    saved = sorted(p for p in (gward.app.config.state_dir / "attachments").rglob("*") if p.is_file())
    # the unreadable HEIC is not forwarded; the readable one is, re-encoded without its EXIF and GPS
    assert [p.name for p in saved] == ["tep-01.jpg", "tep-02.pdf", "tep-04.heic"]
    import pillow_heif
    assert not pillow_heif.open_heif(io.BytesIO(saved[2].read_bytes())).info.get("exif")
    for p in saved:
        data = p.read_bytes()
        assert b"Nguyen Van An" not in data and b"iPhone 13" not in data and b"Acme PDF" not in data, p.name
    assert not Image.open(saved[0]).getexif() and Image.open(saved[0]).size == (32, 24)
    pdf = PdfReader(saved[1])
    assert not pdf.metadata and "/Metadata" not in pdf.trailer["/Root"] and len(pdf.pages) == 1

    routed = [m for m in outbox(gward.app) if case.code in str(m["Subject"]) and "an.nguyen" not in str(m["To"])]
    assert routed, "the case was routed to an agency"
    for m in routed:
        body = m.get_body(("plain",)).get_content()
        assert "tep-01.jpg" in body and "tep-02.pdf" in body and "NguyenVanAn" not in body and "IMG_0412" not in body
        assert "tep-04.heic" in body and "IMG_0413" not in body
        for part in m.iter_attachments():
            assert (part.get_filename() or "").startswith("tep-")
            content = part.get_content()
            assert not isinstance(content, bytes) or b"Nguyen Van An" not in content

    text = register_text(gward)
    assert "NguyenVanAn" not in text and "IMG_0412" not in text and "IMG_0413" not in text and "Nguyen Van An" not in text
    history = row(gward, case.code)["Diễn biến"]
    assert "tep-03.heic" in history and "không chuyển đi" in history
    assert b"IMG_0412_NguyenVanAn.HEIC" in gward.app.journal.raw(case.source_id)  # the officer's copy


# -- retention ---------------------------------------------------------------------------------------------

SECRETS = ("mai.tran@gmail.example", "0912 888 777", "Trần Thị Mai")


def test_purge_empties_the_contacts_sheet_row_the_journal_and_the_outbox_and_the_google_register_keeps_the_case(
        gward, clock, caplog):
    msg = EmailMessage()
    msg["From"] = "Mai Tran <mai.tran@gmail.example>"
    msg["Subject"] = "Rác ùn ứ ở cuối ngõ 88 phố Hàng Giấy"
    msg["Message-ID"] = "<google-retention-1@gmail.example>"
    msg.set_content("Rác ùn ứ ở cuối ngõ 88 phố Hàng Giấy đã 5 ngày. Tôi là Trần Thị Mai, sđt 0912 888 777.")
    msg.add_attachment(photo_with_gps(), maintype="image", subtype="jpeg", filename="anh.jpg")
    drop(gward, msg, "retention.eml")
    with caplog.at_level(logging.DEBUG):
        case = next(c for c in cycle(gward).new_cases if "ngõ 88" in c.subject)
        cycle(gward)
    contacts = gward.emu.values(CONTACTS_ID, CONTACTS_TAB)
    mine = [r for r in contacts if r and r[0] == case.code]
    assert mine and "mai.tran@gmail.example" in mine[0]
    assert any(m["To"] == "mai.tran@gmail.example" for m in outbox(gward.app))  # the acknowledgement
    assert not [s for s in SECRETS if s in register_text(gward)]

    close(gward.app, case.code)
    cycle(gward)
    gward.sort_register("Mã hồ sơ", descending=True)  # officers sort: rows are found by code
    gward.emu.sort(CONTACTS_ID, CONTACTS_TAB, "A", descending=True)
    past_retention(gward.app, clock)
    with caplog.at_level(logging.DEBUG):
        report = retention.purge(gward.app)
        assert case.code in report.cases and report.files >= 2
        cycle(gward)

    contacts = gward.emu.values(CONTACTS_ID, CONTACTS_TAB)
    mine = [r for r in contacts if r and r[0] == case.code]
    assert len(mine) == 1 and not any(str(v).strip() for v in mine[0][1:]), mine
    assert not [s for s in SECRETS if any(s in str(v) for r in contacts for v in r)]
    assert len([r for r in contacts[1:] if r and r[0]]) == len(gward.app.journal.cases())  # the other rows stay
    kept = everything_kept(gward.app)
    assert not [s for s in SECRETS if s.encode() in kept]
    assert not any(m["To"] == "mai.tran@gmail.example" for m in outbox(gward.app))
    reg = row(gward, case.code)  # the case stays in the Google register, without personal data
    assert "cuối ngõ 88 phố Hàng Giấy" in reg[SUMMARY] and "lưu trữ" in reg["Diễn biến"]
    assert not [s for s in SECRETS if s in register_text(gward)]
    for record in caplog.records:
        assert not [s for s in SECRETS if s in record.getMessage()], record.getMessage()
