"""QR posters: one A4 page per place, as PDF (real text, the font embedded) and PNG (150 dpi).

One design for every place (the plan's "mã QR thống nhất"): the front's title, a large QR code with
the place's pre-filled link, the place's name, three short steps in large type for elderly readers,
the inbox address and the paper box. The layout is computed once in millimetres (`layout`) and drawn
twice, by fpdf2 and by Pillow, so the PDF and the PNG are the same poster.

Imported by the rendering worker only (segno, fpdf2, Pillow).
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any

from hopthu.reports.fonts import SANS

W, H = 210.0, 297.0
DPI = 150
BLUE, WHITE, BLACK, PALE = (31, 95, 168), (255, 255, 255), (17, 17, 17), (232, 238, 247)
PT_MM = 25.4 / 72

STEPS = [
    "1. Mở camera điện thoại hoặc Zalo, quét mã QR ở trên.",
    "2. Viết ý kiến, phản ánh, kiến nghị của bạn vào biểu mẫu.",
    "3. Bấm “Gửi”. Thông tin người góp ý được giữ bí mật.",
]


@functools.cache
def _font(bold: bool, px: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(SANS["B" if bold else ""]), px)


def _measure(text: str, size_pt: float, bold: bool) -> float:
    """Width in mm of `text` in Liberation Sans at `size_pt`."""
    return _font(bold, 100).getlength(text) / 100 * size_pt * PT_MM


def _wrap(text: str, size_pt: float, bold: bool, width_mm: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and _measure(candidate, size_pt, bold) > width_mm:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def layout(name: str, meta: dict[str, str]) -> list[tuple]:
    """The poster as drawing steps in mm: ("rect", x, y, w, h, colour), ("text", x, y, text, pt, bold,
    colour, align "C"|"L"), ("qr", x, y, size)."""
    items: list[tuple] = [("rect", 0, 0, W, 56, BLUE)]
    y = 10.0
    for text, pt, bold in ((meta["front"].upper(), 15, True), ("HÒM THƯ SỐ", 46, True),
                           ("“Tháng nghe dân nói – Hòm thư số đồng hành”", 15, False)):
        for line in _wrap(text, pt, bold, W - 24):
            items.append(("text", W / 2, y, line, pt, bold, WHITE, "C"))
            y += pt * PT_MM * 1.25
    y = 70.0
    items.append(("text", W / 2, y, "Quét mã để gửi ý kiến cho Mặt trận Tổ quốc phường", 19, True, BLUE, "C"))
    qr_size = 118.0
    items.append(("qr", (W - qr_size) / 2, 82.0, qr_size))
    y = 82.0 + qr_size + 4
    for line in _wrap(name, 22, True, W - 30):
        items.append(("text", W / 2, y, line, 22, True, BLACK, "C"))
        y += 22 * PT_MM * 1.2
    y += 4
    items.append(("rect", 14, y, W - 28, 3 * 17 * PT_MM * 1.45 + 10, PALE))
    y += 5
    for step in STEPS:
        for line in _wrap(step, 17, False, W - 40):
            items.append(("text", 20, y, line, 17, False, BLACK, "L"))
            y += 17 * PT_MM * 1.45
    y = H - 24
    items.append(("text", W / 2, y, f"Hoặc gửi thư điện tử: {meta['email']}", 15, True, BLACK, "C"))
    items.append(("text", W / 2, y + 8, "hoặc bỏ thư vào hòm thư góp ý tại trụ sở Ủy ban MTTQ Việt Nam phường",
                  13, False, BLACK, "C"))
    return items


def qr_png(url: str, scale: int = 12) -> bytes:
    import segno

    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="png", scale=scale, border=2)
    return buf.getvalue()


def pdf_poster(items: list[tuple], url: str, path: Path, title: str) -> Path:
    from fpdf import FPDF

    from hopthu.reports.fonts import add_to_pdf

    doc = FPDF(orientation="P", unit="mm", format="A4")
    doc.set_auto_page_break(False)
    doc.set_margins(0, 0, 0)
    add_to_pdf(doc, ("sans",))
    doc.set_lang("vi")
    doc.set_title(title)
    doc.add_page()
    for item in items:
        if item[0] == "rect":
            _, x, y, w, h, colour = item
            doc.set_fill_color(*colour)
            doc.rect(x, y, w, h, style="F")
        elif item[0] == "text":
            _, x, y, text, pt, bold, colour, align = item
            doc.set_font("sans", "B" if bold else "", pt)
            doc.set_text_color(*colour)
            height = pt * PT_MM * 1.2
            if align == "C":
                doc.set_xy(0, y)
                doc.cell(W, height, text, align="C")
            else:
                doc.set_xy(x, y)
                doc.cell(W - x - 10, height, text, align="L")
        elif item[0] == "qr":
            _, x, y, size = item
            doc.image(io.BytesIO(qr_png(url)), x=x, y=y, w=size, h=size)
    doc.output(str(path))
    return path


def png_poster(items: list[tuple], url: str, path: Path) -> Path:
    from PIL import Image, ImageDraw

    px = lambda mm: round(mm * DPI / 25.4)  # noqa: E731
    img = Image.new("RGB", (px(W), px(H)), WHITE)
    draw = ImageDraw.Draw(img)
    for item in items:
        if item[0] == "rect":
            _, x, y, w, h, colour = item
            draw.rectangle([px(x), px(y), px(x + w), px(y + h)], fill=colour)
        elif item[0] == "text":
            _, x, y, text, pt, bold, colour, align = item
            font = _font(bold, round(pt * DPI / 72))
            anchor = "ma" if align == "C" else "la"
            draw.text((px(x), px(y + pt * PT_MM * 0.1)), text, font=font, fill=colour, anchor=anchor)
        elif item[0] == "qr":
            _, x, y, size = item
            import segno

            modules = segno.make(url, error="m").symbol_size(border=2)[0]
            scale = px(size) // modules  # whole pixels per module: no resampling
            code = Image.open(io.BytesIO(qr_png(url, scale=scale))).convert("RGB")
            offset = (px(size) - code.size[0]) // 2
            img.paste(code, (px(x) + offset, px(y) + offset))
    img.save(path)
    return path


def render(posters: list[dict[str, Any]], meta: dict[str, str], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for poster in posters:
        items = layout(poster["name"], meta)
        base = out / f"ma-qr-{poster['slug']}"
        files.append(pdf_poster(items, poster["url"], base.with_suffix(".pdf"), f"Mã QR Hòm thư số – {poster['name']}"))
        files.append(png_poster(items, poster["url"], base.with_suffix(".png")))
    return files
