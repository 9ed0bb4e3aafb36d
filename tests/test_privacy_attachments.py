"""Attachments keep their pixels and text, and lose what names or locates a person."""

from __future__ import annotations

import io
import sys
import zipfile
from email.message import EmailMessage

import pytest

from hopthu.core.privacy.attachments import neutral_name, refusal, scrub
from hopthu.pipeline.cycle import run_cycle
from test_cycle import outbox

PIL = pytest.importorskip("PIL.Image")


def photo_with_gps(fmt: str = "JPEG") -> bytes:
    from PIL import Image

    image = Image.new("RGB", (32, 24), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "Apple"           # Make
    exif[0x0110] = "iPhone 13"       # Model
    exif[0x013B] = "Nguyen Van An"   # Artist
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 12.0)}  # GPS
    out = io.BytesIO()
    image.save(out, fmt, exif=exif)
    return out.getvalue()


def test_a_photo_loses_its_exif_and_keeps_its_pixels():
    from PIL import Image

    raw = photo_with_gps()
    assert b"Nguyen Van An" in raw and Image.open(io.BytesIO(raw)).getexif()
    clean = scrub("image/jpeg", raw)
    assert b"Nguyen Van An" not in clean and b"iPhone" not in clean
    image = Image.open(io.BytesIO(clean))
    assert not image.getexif() and image.size == (32, 24)
    assert image.convert("RGB").getpixel((5, 5)) == Image.open(io.BytesIO(raw)).convert("RGB").getpixel((5, 5))


def test_a_png_loses_its_text_and_exif_chunks():
    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Tran Thi Hoa")
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = "Tran Thi Hoa"
    Image.new("RGB", (8, 8)).save(out, "PNG", pnginfo=info, exif=exif)
    clean = scrub("image/png", out.getvalue())
    assert b"Tran Thi Hoa" not in clean
    assert Image.open(io.BytesIO(clean)).size == (8, 8)


def test_an_office_document_loses_its_author_and_keeps_its_text():
    core = (b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:creator>Le Van Binh</dc:creator>'
            b'<cp:lastModifiedBy>Le Van Binh</cp:lastModifiedBy><dc:language>vi</dc:language></cp:coreProperties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", "<Properties><Company>Nha Le</Company></Properties>")
        z.writestr("word/document.xml", "<w:document>Đèn đường hỏng</w:document>")
    clean = zipfile.ZipFile(io.BytesIO(scrub("application/vnd.openxmlformats-officedocument.wordprocessingml.document", buf.getvalue())))
    assert b"Le Van Binh" not in clean.read("docProps/core.xml") and b"<dc:language>vi" in clean.read("docProps/core.xml")
    assert b"Nha Le" not in clean.read("docProps/app.xml")
    assert "Đèn đường hỏng" in clean.read("word/document.xml").decode()


def test_a_file_that_is_not_what_it_claims_comes_back_unchanged():
    for payload in (b"\xff\xd8\xff\xe1\x00", b"\x89PNG\r\n\x1a\nxx", b"PK\x03\x04broken", b"plain text"):
        assert scrub("image/jpeg", payload) == payload


def test_file_names_are_neutral():
    assert neutral_name(0, "CCCD_NguyenVanA.jpg", "image/jpeg") == "tep-01.jpg"
    assert neutral_name(2, "don-khieu-nai Tran Thi B.PDF") == "tep-03.pdf"
    assert neutral_name(4, "") == "tep-05.bin"


def test_an_emailed_photo_is_kept_clean_and_listed_to_the_agency_under_a_neutral_name(app):
    msg = EmailMessage()
    msg["From"] = "An Nguyen <an.nguyen@gmail.example>"
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = "Cây đổ chắn ngõ 77 phố Bạch Đằng"
    msg["Message-ID"] = "<photo-exif-1@gmail.example>"
    msg["Date"] = "Mon, 23 Nov 2026 08:00:00 +0700"
    msg.set_content("Cây xà cừ đổ chắn ngang ngõ 77 phố Bạch Đằng, ảnh gửi kèm.")
    msg.add_attachment(photo_with_gps(), maintype="image", subtype="jpeg", filename="CCCD_NguyenVanAn.jpg")
    (app.config.resolve(app.settings.inbox.path) / "new" / "photo.eml").write_bytes(msg.as_bytes())
    summary = run_cycle(app)
    case = next(c for c in summary.new_cases if "ngõ 77" in c.subject)
    saved = [p for p in (app.config.state_dir / "attachments").rglob("*") if p.is_file() and p.name.startswith("tep-")]
    from PIL import Image

    assert saved and all(b"Nguyen Van An" not in p.read_bytes() and b"iPhone 13" not in p.read_bytes() for p in saved)
    ours = [p for p in saved if p.suffix == ".jpg" and Image.open(p).size == (32, 24)]
    assert [p.name for p in ours] == ["tep-01.jpg"] and not Image.open(ours[0]).getexif()
    bodies = [m.get_body(("plain",)).get_content() for m in outbox(app) if case.code in str(m["Subject"])]
    routed = [b for b in bodies if "Tệp đính kèm của người gửi" in b]
    assert routed and all("tep-01.jpg" in b for b in routed)
    assert not any("NguyenVanAn" in b for b in bodies)


def pdf_with_author() -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": "Nguyen Van An", "/Creator": "Word - Don cua Nguyen Van An",
                         "/Producer": "Acme PDF 9", "/Title": "Don khieu nai Nguyen Van An"})
    xmp = DecodedStreamObject()
    xmp.set_data(b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Nguyen Van An</dc:creator></x:xmpmeta>')
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    xmp[NameObject("/Subtype")] = NameObject("/XML")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_loses_its_document_information_and_xmp_and_keeps_its_pages():
    from pypdf import PdfReader

    raw = pdf_with_author()
    assert raw.count(b"Nguyen Van An") >= 2 and b"Acme PDF" in raw
    clean = scrub("application/pdf", raw)
    assert clean is not None and clean.startswith(b"%PDF-")
    for trace in (b"Nguyen Van An", b"Acme PDF", b"/Author", b"/Creator", b"/Producer", b"/Title", b"xmpmeta"):
        assert trace not in clean, trace
    reader = PdfReader(io.BytesIO(clean))
    assert len(reader.pages) == 1 and not reader.metadata and "/Metadata" not in reader.trailer["/Root"]


def test_a_pdf_that_cannot_be_read_is_not_forwarded():
    assert scrub("application/pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50) is None
    assert "PDF" in refusal("application/pdf", b"%PDF-1.7\n")


def heic_with_gps() -> bytes:
    """The start of an iPhone HEIC file that no decoder can read: an ftyp box ('heic'), then an Exif item
    with the owner, and no image. Its metadata cannot be removed, so it is never forwarded."""
    ftyp = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"
    return ftyp + b"\x00\x00\x00\x30meta" + b"Exif\x00\x00MM\x00*Nguyen Van An iPhone 13 GPS 21.5N" + b"\x00" * 64


@pytest.mark.parametrize("content_type", ["image/heic", "application/octet-stream", "image/jpeg"])
def test_a_heic_photo_is_never_forwarded_with_its_metadata(content_type):
    assert scrub(content_type, heic_with_gps()) is None
    assert "HEIC" in refusal(content_type, heic_with_gps())


def real_heic_with_gps() -> bytes:
    """A decodable HEIC photo (as an iPhone sends) whose EXIF names the owner, the phone and the place."""
    pillow_heif = pytest.importorskip("pillow_heif")
    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 13"
    exif[0x013B] = "Nguyen Van An"
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 12.0)}
    out = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (64, 48), (200, 30, 30))).save(out, exif=exif.tobytes())
    raw = out.getvalue()
    assert b"Nguyen Van An" in raw and pillow_heif.open_heif(io.BytesIO(raw)).info.get("exif")
    return raw


def test_a_heic_photo_loses_its_exif_and_gps_and_keeps_its_picture():
    import pillow_heif

    clean = scrub("image/heic", real_heic_with_gps())
    assert clean is not None and clean[4:8] == b"ftyp"
    for trace in (b"Nguyen Van An", b"iPhone", b"Apple", b"Exif"):
        assert trace not in clean, trace
    photo = pillow_heif.open_heif(io.BytesIO(clean))
    assert photo.size == (64, 48) and not photo.info.get("exif") and not photo.info.get("xmp")
    assert not photo.info.get("metadata") and not photo.info.get("thumbnails")
    red, green, blue = photo.to_pillow().getpixel((10, 10))
    assert red > 150 and green < 80 and blue < 80, "the picture itself survives"


def test_without_pillow_heif_a_heic_photo_is_refused_not_forwarded(monkeypatch):
    raw = real_heic_with_gps()
    monkeypatch.setitem(sys.modules, "pillow_heif", None)  # as on an install without the dependency
    assert scrub("image/heic", raw) is None
    assert "không chuyển đi" in refusal("image/heic", raw)


def test_an_emailed_decodable_heic_photo_is_forwarded_without_its_gps(app):
    import pillow_heif

    app.settings.attachments.allowed_types.append("image/heic")  # as in hopthu.example.yaml
    msg = EmailMessage()
    msg["From"] = "An Nguyen <an.nguyen@gmail.example>"
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = "Cột điện nghiêng ở ngõ 83 phố Bạch Đằng"
    msg["Message-ID"] = "<heic-real-1@gmail.example>"
    msg["Date"] = "Mon, 23 Nov 2026 08:00:00 +0700"
    msg.set_content("Cột điện giữa ngõ 83 phố Bạch Đằng nghiêng hẳn sang một bên, ảnh gửi kèm.")
    msg.add_attachment(real_heic_with_gps(), maintype="image", subtype="heic", filename="IMG_0413_NguyenVanAn.HEIC")
    (app.config.resolve(app.settings.inbox.path) / "new" / "heic-real.eml").write_bytes(msg.as_bytes())
    summary = run_cycle(app)
    case = next(c for c in summary.new_cases if "ngõ 83" in c.subject)
    saved = [p for p in (app.config.state_dir / "attachments").rglob("*.heic") if p.is_file()]
    assert [p.name for p in saved] == ["tep-01.heic"], "the photo is kept for forwarding, not refused"
    data = saved[0].read_bytes()
    assert b"Nguyen Van An" not in data and b"iPhone" not in data
    assert not pillow_heif.open_heif(io.BytesIO(data)).info.get("exif")
    routed = [m for m in outbox(app) if case.code in str(m["Subject"]) and "an.nguyen" not in str(m["To"])]
    assert routed, "the case was routed to an agency"
    bodies = [m.get_body(("plain",)).get_content() for m in routed]
    assert any("tep-01.heic" in b for b in bodies), "the agency's mail names the clean copy"
    assert not any("IMG_0413" in b or "NguyenVanAn" in b for b in bodies), "never the citizen's file name"
    assert not any("không chuyển đi" in line for line in app.journal.case(case.code).history)


def test_an_emailed_heic_photo_and_pdf_end_up_in_the_history_not_in_the_agencys_mail(app):
    app.settings.attachments.allowed_types.append("image/heic")  # as in hopthu.example.yaml
    msg = EmailMessage()
    msg["From"] = "An Nguyen <an.nguyen@gmail.example>"
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = "Nắp cống vỡ ở ngõ 81 phố Bạch Đằng"
    msg["Message-ID"] = "<heic-pdf-1@gmail.example>"
    msg["Date"] = "Mon, 23 Nov 2026 08:00:00 +0700"
    msg.set_content("Nắp cống giữa ngõ 81 phố Bạch Đằng vỡ, ảnh và đơn gửi kèm.")
    msg.add_attachment(heic_with_gps(), maintype="image", subtype="heic", filename="IMG_0412.HEIC")
    msg.add_attachment(pdf_with_author(), maintype="application", subtype="pdf", filename="Don_NguyenVanAn.pdf")
    (app.config.resolve(app.settings.inbox.path) / "new" / "heic.eml").write_bytes(msg.as_bytes())
    summary = run_cycle(app)
    case = next(c for c in summary.new_cases if "ngõ 81" in c.subject)
    saved = [p for p in (app.config.state_dir / "attachments").rglob("*") if p.is_file()]
    assert [p.suffix for p in saved if p.suffix in (".heic", ".pdf")] == [".pdf"]
    assert all(b"Nguyen Van An" not in p.read_bytes() for p in saved)
    bodies = [m.get_body(("plain",)).get_content() for m in outbox(app) if case.code in str(m["Subject"])]
    assert bodies and not any("IMG_0412" in b or "tep-01.heic" in b for b in bodies)
    assert any("tep-02.pdf" in b for b in bodies)
    history = app.journal.case(case.code).history
    assert any("tep-01.heic" in line and "không chuyển đi" in line and "nhật ký" in line for line in history)
    assert not any("IMG_0412" in line for line in history), "the history reaches the register: no citizen's file name"
    assert b"IMG_0412.HEIC" in app.journal.raw(case.source_id), "the original stays in the journal's stored letter"
