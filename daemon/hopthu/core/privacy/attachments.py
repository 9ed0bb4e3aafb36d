"""Attachments without their hidden personal data: photos without EXIF (GPS, device, owner), office
documents without author metadata, and neutral file names. Pure (bytes in, bytes out), no I/O.

A JPEG loses its APP1 (EXIF, XMP), APP13 (IPTC/Photoshop) and COM segments, never a pixel; a PNG
loses its eXIf, tEXt, iTXt, zTXt and tIME chunks; a .docx/.xlsx/.pptx (and OpenDocument) gets empty
author, last-modified-by, company and manager fields; a PDF is rewritten (pypdf, imported only when a
PDF comes) without its document information (Author, Creator, Producer, Title …), its XMP streams and
applications' private data. A JPEG, PNG or office file that cannot be read as what it claims to be
comes back unchanged (intake's type check decided to keep it). A file whose metadata cannot be
removed is not forwarded at all (`scrub` returns None): HEIC/HEIF photos pillow-heif cannot decode
(AVIF, broken files, or pillow-heif missing; a readable HEIC is re-encoded from its pixels alone, without
EXIF, XMP or thumbnails) and PDFs pypdf cannot read (encrypted, broken); the stored letter in the
journal still holds the original for officers.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile

_JPEG_DROP = {0xE1, 0xED, 0xFE}  # APP1 (Exif, XMP), APP13 (IPTC), COM
_PNG_DROP = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_OOXML_PROPS = ("docProps/core.xml", "docProps/app.xml", "meta.xml")
_PERSON_FIELDS = re.compile(
    rb"(<(?:dc:creator|cp:lastModifiedBy|Company|Manager|meta:initial-creator|dc:title|cp:keywords|dc:subject|dc:description)"
    rb"(?:\s[^>]{0,200})?>)[^<]{0,10000}(</)"
)
_KINDS = {
    "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp", "image/heic": "heic",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/msword": "doc", "text/plain": "txt",
}


#: ISO-BMFF brands of HEIF-family photos (iPhones send HEIC): EXIF with GPS inside, never forwarded.
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1", b"avif", b"avis"}
_HEIF_TYPES = {"image/heic", "image/heif", "image/heic-sequence", "image/heif-sequence", "image/avif"}
#: Why a file was kept back, for the case history (Vietnamese: officers read it).
HEIF_REFUSED = ("ảnh HEIC/HEIF/AVIF không đọc được để xóa siêu dữ liệu (vị trí GPS, thiết bị) nên không chuyển đi; "
                "cán bộ xem ảnh gốc trong thư gốc lưu ở nhật ký của hopthu")
PDF_REFUSED = ("tệp PDF không đọc được để xóa thông tin tác giả (bị mã hóa hoặc hỏng) nên không chuyển đi; "
               "cán bộ xem tệp gốc trong thư gốc lưu ở nhật ký của hopthu")


def is_heif(content_type: str, payload: bytes) -> bool:
    return content_type.lower() in _HEIF_TYPES or (payload[4:8] == b"ftyp" and payload[8:12] in _HEIF_BRANDS)


def refusal(content_type: str, payload: bytes) -> str:
    """Why `scrub` returned None for this file, in Vietnamese, for the case history."""
    return HEIF_REFUSED if is_heif(content_type, payload) else PDF_REFUSED


def scrub(content_type: str, payload: bytes) -> bytes | None:
    """The payload without the metadata that can name or locate a person; None when that metadata
    cannot be removed (the file must then not be forwarded: `refusal` says why)."""
    if is_heif(content_type, payload):
        return _scrub_heif(payload)
    if payload[:5] == b"%PDF-":
        return _scrub_pdf(payload)
    try:
        if payload[:3] == b"\xff\xd8\xff":
            return _scrub_jpeg(payload)
        if payload[:8] == _PNG_SIGNATURE:
            return _scrub_png(payload)
        if payload[:4] == b"PK\x03\x04":
            return _scrub_office(payload)
    except (ValueError, struct.error, zipfile.BadZipFile):
        return payload  # not what it claims to be: kept as it came (intake decided to keep it)
    return payload


def neutral_name(index: int, filename: str, content_type: str = "") -> str:
    """"tep-01.jpg": the number and the kind, nothing a citizen typed ("CCCD_NguyenVanA.jpg")."""
    ext = _KINDS.get(content_type.lower(), "")
    if not ext:
        match = re.search(r"\.([A-Za-z0-9]{1,5})$", filename or "")
        ext = match.group(1).lower() if match else "bin"
    return f"tep-{index + 1:02d}.{ext}"


def _scrub_jpeg(data: bytes) -> bytes:
    out = io.BytesIO()
    out.write(data[:2])
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise ValueError("not a JPEG segment")
        marker = data[pos + 1]
        if marker == 0xDA:  # start of scan: the image data follows, copied as it is
            out.write(data[pos:])
            return out.getvalue()
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out.write(data[pos : pos + 2])
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise ValueError("truncated JPEG segment")
        if marker not in _JPEG_DROP:
            out.write(data[pos:end])
        pos = end
    raise ValueError("JPEG without image data")


def _scrub_png(data: bytes) -> bytes:
    out = io.BytesIO()
    out.write(_PNG_SIGNATURE)
    pos = 8
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("truncated PNG chunk")
        if kind not in _PNG_DROP:
            out.write(data[pos:end])
        pos = end
        if kind == b"IEND":
            return out.getvalue()
    raise ValueError("PNG without IEND")


def _scrub_office(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    if not any(n in names for n in _OOXML_PROPS):
        return data  # a plain zip: nothing we know to clean
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename in _OOXML_PROPS:
                content = _PERSON_FIELDS.sub(rb"\1\2", content)
            target.writestr(info, content)
    return out.getvalue()


def _scrub_heif(data: bytes) -> bytes | None:
    """A HEIC/HEIF photo re-encoded from its pixels alone: no EXIF (GPS, device, owner), no XMP, no
    thumbnails or auxiliary images (pillow-heif, imported only when a HEIC comes). None when pillow-heif
    is missing or cannot decode it (AVIF, a broken file): then it is not forwarded."""
    try:
        import pillow_heif
    except ImportError:
        return None
    try:
        source = pillow_heif.open_heif(io.BytesIO(data), convert_hdr_to_8bit=True)
        clean = pillow_heif.HeifFile()  # type: ignore[no-untyped-call]
        for image in source:  # every frame, by its pixels only: none of its info, metadata or thumbnails
            clean.add_frombytes(image.mode, image.size, bytes(image.data), stride=image.stride)
        out = io.BytesIO()
        clean.save(out, quality=90, exif=None, xmp=None)
        return out.getvalue()
    except Exception:  # libheif raises several kinds on files it cannot read: never forward one unread
        return None


def _scrub_pdf(data: bytes) -> bytes | None:
    """The PDF rewritten without document information, XMP metadata and private application data."""
    try:
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import NameObject
    except ImportError:
        return None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        writer = PdfWriter(clone_from=reader)
        writer.metadata = None
        holders = [writer._root_object, *(page for page in writer.pages)]
        for holder in holders:
            for key in ("/Metadata", "/PieceInfo"):
                if NameObject(key) in holder:
                    del holder[NameObject(key)]
        writer.compress_identical_objects()  # drops unreferenced objects: the removed streams go too
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Exception:  # pypdf raises many kinds on broken files: never forward one unread
        return None
