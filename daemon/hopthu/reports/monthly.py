"""The monthly public result as files: a printable HTML page (charts inside), a PDF, an XLSX, the two
chart PNGs, a square image for Zalo groups and the fanpage, and a short text for the loudspeaker.

Imported by the rendering worker only (matplotlib, fpdf2, openpyxl). Everything printed comes from
the figures (no case text but the redacted summaries and the anonymous items' redacted answers).
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from hopthu.reports import charts, view
from hopthu.reports.fonts import add_to_pdf


def render(fig: dict[str, Any], meta: dict[str, str], out: Path, templates: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    period = view.period_of(fig)
    key = period.key
    bar = charts.bars(fig["by_category"], f"Ý kiến theo lĩnh vực – {period.label}", out / f"bieu-do-linh-vuc-{key}.png")
    line = charts.trend(fig["trend"], "Số ý kiến theo tháng", out / f"bieu-do-theo-thang-{key}.png")
    files = [
        html(fig, meta, out / f"ket-qua-{key}.html", templates, bar, line),
        pdf(fig, meta, out / f"ket-qua-{key}.pdf", bar, line),
        xlsx(fig, meta, out / f"ket-qua-{key}.xlsx", bar, line),
        bar,
        line,
        square(fig, meta, out / f"zalo-{key}.png"),
        loudspeaker(fig, meta, out / f"loa-truyen-thanh-{key}.txt"),
    ]
    return files


def _context(fig: dict[str, Any], meta: dict[str, str]) -> dict[str, Any]:
    period = view.period_of(fig)
    return {
        "front": meta["front"],
        "email": meta["email"],
        "made_on": view.vn_date(meta["made_on"]),
        "label": period.label,
        "as_of": view.vn_date(fig["as_of"]),
        "headline": view.headline(fig),
        "by_category": fig["by_category"],
        "by_status": fig["by_status"],
        "by_channel": fig["by_channel"],
        "qr_by_place": fig["qr_by_place"],
        "by_tdp": fig["by_tdp"],
        "timeliness_headers": view.TIMELINESS_HEADERS,
        "timeliness_rows": view.timeliness_rows(fig),
        "agency_headers": view.agency_headers(fig),
        "agency_rows": view.agency_rows(fig),
        "case_headers": view.CASE_HEADERS,
        "cases": view.case_rows(fig),
        "notes": view.notes(fig),
        "trend_months": len(fig["trend"]),
    }


def html(fig, meta, path: Path, templates: Path, bar: Path, line: Path) -> Path:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(loader=FileSystemLoader(str(templates / "reports")), autoescape=True, undefined=StrictUndefined)
    page = env.get_template("ket-qua-thang.html.j2").render(
        **_context(fig, meta),
        chart_categories=base64.b64encode(bar.read_bytes()).decode("ascii"),
        chart_trend=base64.b64encode(line.read_bytes()).decode("ascii"),
    )
    path.write_text(page, encoding="utf-8")
    return path


# -- PDF --------------------------------------------------------------------------------


#: Cases listed in the PDF, the copy printed for the notice board: fpdf2 lays out a table row in about
#: 0.1 s, so a month of 10,000 cases (400 pages nobody posts) took 25 minutes. The XLSX and the HTML page
#: list every case; the PDF says so when it stops short.
PDF_CASES = 500


def _pdf():
    from fpdf import FPDF

    doc = FPDF(orientation="P", unit="mm", format="A4")
    doc.set_margins(20, 15, 15)
    doc.set_auto_page_break(True, margin=15)
    add_to_pdf(doc, ("serif",))
    doc.set_lang("vi")
    return doc


def _table(doc, headers: list[str], rows: list[list[str]], widths: tuple[float, ...], size: float = 10) -> None:
    from fpdf.fonts import FontFace

    doc.set_font("serif", size=size)
    with doc.table(col_widths=widths, headings_style=FontFace(emphasis="BOLD", fill_color=(232, 238, 247)),
                   line_height=doc.font_size * 1.45, text_align="LEFT", first_row_as_headings=True) as table:
        for row in [headers, *rows]:
            line = table.row()
            for cell in row:
                line.cell(str(cell))
    doc.ln(2)


def _heading(doc, text: str) -> None:
    doc.ln(2)
    doc.set_font("serif", "B", 13)
    doc.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")


def pdf(fig, meta, path: Path, bar: Path, line: Path) -> Path:
    ctx = _context(fig, meta)
    doc = _pdf()
    doc.set_title(f"Kết quả Hòm thư số {ctx['label']}")
    doc.set_author(meta["front"])
    doc.add_page()
    doc.set_font("serif", "", 12)
    doc.multi_cell(0, 6, meta["front"].upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("serif", "B", 15)
    doc.multi_cell(0, 8, "KẾT QUẢ TIẾP NHẬN, XỬ LÝ Ý KIẾN QUA HÒM THƯ SỐ", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.set_font("serif", "I", 12)
    doc.multi_cell(0, 6, f"{ctx['label'].capitalize()} (số liệu đến {ctx['as_of']})", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    width = (doc.w - doc.l_margin - doc.r_margin) / len(ctx["headline"])
    y = doc.get_y()
    for i, (name, value) in enumerate(ctx["headline"]):
        x = doc.l_margin + i * width
        doc.set_draw_color(31, 95, 168)
        doc.rect(x + 1, y, width - 2, 18)
        doc.set_xy(x + 1, y + 1.5)
        doc.set_font("serif", "B", 17)
        doc.set_text_color(31, 95, 168)
        doc.cell(width - 2, 8, value, align="C")
        doc.set_xy(x + 1, y + 10)
        doc.set_font("serif", "", 10.5)
        doc.set_text_color(0, 0, 0)
        doc.cell(width - 2, 6, name, align="C")
    doc.set_draw_color(0, 0, 0)
    doc.set_y(y + 21)

    _heading(doc, "1. Ý kiến theo lĩnh vực")
    doc.image(str(bar), w=doc.epw * 0.9)
    _table(doc, ["Lĩnh vực", "Số ý kiến"], [[k, str(v)] for k, v in ctx["by_category"]], (130, 45))
    _heading(doc, "2. Kết quả trả lời")
    _table(doc, ctx["timeliness_headers"], ctx["timeliness_rows"], (43, 19, 17, 17, 17, 22, 19, 21), size=9)
    widths = (75, 25, 25, 25, 25) if len(ctx["agency_headers"]) == 5 else (55, 22, 22, 22, 27, 27)
    _table(doc, ctx["agency_headers"], ctx["agency_rows"], widths, size=9.5)
    _table(doc, ["Trạng thái", "Số ý kiến"], [[k, str(v)] for k, v in ctx["by_status"]], (130, 45))
    _heading(doc, "3. Kênh tiếp nhận và tổ dân phố")
    _table(doc, ["Kênh tiếp nhận", "Số ý kiến"], [[k, str(v)] for k, v in ctx["by_channel"]], (130, 45))
    if ctx["qr_by_place"]:
        _table(doc, ["Quét mã QR tại", "Số ý kiến"], [[k, str(v)] for k, v in ctx["qr_by_place"]], (130, 45))
    _table(doc, ["Tổ dân phố", "Số ý kiến"], [[k, str(v)] for k, v in ctx["by_tdp"]], (130, 45))
    _heading(doc, f"4. Xu hướng {ctx['trend_months']} tháng gần nhất")
    doc.image(str(line), w=doc.epw * 0.9)
    _heading(doc, f"5. Danh sách ý kiến {ctx['label']}")
    listed = ctx["cases"][:PDF_CASES]
    if len(listed) < len(ctx["cases"]):
        doc.set_font("serif", "I", 10)
        key = view.period_of(fig).key
        doc.multi_cell(0, 5, f"Bản PDF liệt kê {len(listed)} ý kiến đầu tiên trong số {len(ctx['cases'])} ý kiến; "
                             f"danh sách đầy đủ trong tệp ket-qua-{key}.xlsx và ket-qua-{key}.html kèm theo.",
                       new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)
    rows = []
    for r in listed:
        text = r["summary"] + (f"\nTrả lời: {r['answer']}" if r["answer"] else "")
        rows.append([r["code"], r["received"], r["category"], r["tdp"], text, r["status"], r["answered_on"]])
    _table(doc, view.CASE_HEADERS, rows, (22, 18, 24, 17, 54, 20, 20), size=8.5)
    _heading(doc, "Ghi chú")
    doc.set_font("serif", "", 10)
    for note in ctx["notes"]:
        doc.multi_cell(0, 5, f"- {note}", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.multi_cell(0, 5, f"Góp ý qua mã QR, email {meta['email']} hoặc hòm thư giấy tại trụ sở. "
                         f"{meta['front']}, {ctx['made_on']}.", new_x="LMARGIN", new_y="NEXT")
    doc.output(str(path))
    return path


# -- XLSX -----------------------------------------------------------------------------------


def xlsx(fig, meta, path: Path, bar: Path, line: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image
    from openpyxl.styles import Alignment, Font, PatternFill

    ctx = _context(fig, meta)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8EEF7")
    book = Workbook()
    sheet = book.active
    sheet.title = "Tổng hợp"
    sheet.append([meta["front"]])
    sheet.append([f"Kết quả tiếp nhận, xử lý ý kiến qua Hòm thư số – {ctx['label']} (số liệu đến {ctx['as_of']})"])
    sheet["A2"].font = Font(bold=True, size=13)

    def block(title: str, headers: list[str], rows: list[list]) -> None:
        sheet.append([])
        sheet.append([title])
        sheet.cell(sheet.max_row, 1).font = bold
        sheet.append(headers)
        for cell in sheet[sheet.max_row]:
            cell.font, cell.fill = bold, fill
        for row in rows:
            sheet.append([_number(v) for v in row])

    block("Số liệu chính", ["Chỉ tiêu", "Giá trị"], [[k, v] for k, v in ctx["headline"]])
    block("Theo lĩnh vực", ["Lĩnh vực", "Số ý kiến"], ctx["by_category"])
    block("Kết quả trả lời", ctx["timeliness_headers"], ctx["timeliness_rows"])
    block("Theo cơ quan chủ trì", ctx["agency_headers"], ctx["agency_rows"])
    block("Theo trạng thái", ["Trạng thái", "Số ý kiến"], ctx["by_status"])
    block("Theo kênh tiếp nhận", ["Kênh tiếp nhận", "Số ý kiến"], ctx["by_channel"])
    if ctx["qr_by_place"]:
        block("Quét mã QR tại", ["Địa điểm", "Số ý kiến"], ctx["qr_by_place"])
    block("Theo tổ dân phố", ["Tổ dân phố", "Số ý kiến"], ctx["by_tdp"])
    block("Theo tháng", ["Tháng", "Tiếp nhận", "Đã trả lời"], [[p["month"], p["received"], p["answered"]] for p in fig["trend"]])
    block("Ghi chú", ["Ghi chú"], [[n] for n in ctx["notes"]])
    sheet.column_dimensions["A"].width = 48
    for col in "BCDEFGH":
        sheet.column_dimensions[col].width = 16

    cases = book.create_sheet("Danh sách")
    cases.append([*view.CASE_HEADERS, "Trả lời (ý kiến không để lại liên hệ)"])
    for cell in cases[1]:
        cell.font, cell.fill = bold, fill
    for r in ctx["cases"]:
        cases.append([r["code"], r["received"], r["category"], r["tdp"], r["summary"], r["status"], r["answered_on"],
                      r["answer"]])
    for col, width in zip("ABCDEFGH", (14, 12, 26, 14, 70, 18, 12, 50)):
        cases.column_dimensions[col].width = width
    for row in cases.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    cases.freeze_panes = "A2"

    pictures = book.create_sheet("Biểu đồ")
    pictures.add_image(Image(str(bar)), "A1")
    pictures.add_image(Image(str(line)), "A28")
    book.save(path)
    return path


def _number(value):
    """Counts as numbers in the spreadsheet (officers sum them), everything else as text."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


# -- sharing: a square image, the loudspeaker text ---------------------------------------------------


def square(fig, meta, path: Path, size: int = 1080) -> Path:
    """A 1080×1080 PNG for Zalo groups and the fanpage: the headline numbers and the top categories."""
    from PIL import Image, ImageDraw, ImageFont

    from hopthu.reports.fonts import SANS

    period = view.period_of(fig)
    img = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(img)
    font = lambda px, bold=False: ImageFont.truetype(str(SANS["B" if bold else ""]), px)  # noqa: E731
    blue, red = (31, 95, 168), (198, 40, 40)
    draw.rectangle([0, 0, size, 190], fill=blue)
    draw.text((size // 2, 60), "HÒM THƯ SỐ", font=font(64, True), fill="white", anchor="mm")
    draw.text((size // 2, 135), f"Kết quả {period.label}", font=font(44), fill="white", anchor="mm")
    cells = view.headline(fig)
    for i, (name, value) in enumerate(cells):
        x = 60 + (i % 2) * 490
        y = 230 + (i // 2) * 210
        draw.rounded_rectangle([x, y, x + 470, y + 190], radius=24, outline=blue, width=5)
        draw.text((x + 235, y + 80), value, font=font(78, True), fill=red if name == "Trả lời đúng hạn" else blue, anchor="mm")
        draw.text((x + 235, y + 150), name, font=font(36), fill="black", anchor="mm")
    draw.text((60, 690), "Nhiều nhất:", font=font(38, True), fill="black")
    for i, (name, n) in enumerate(fig["by_category"][:3]):
        draw.text((60, 750 + i * 58), f"• {name}: {n}", font=font(36), fill="black")
    draw.rectangle([0, size - 120, size, size], fill=(232, 238, 247))
    draw.text((size // 2, size - 80), meta["front"], font=font(30, True), fill=blue, anchor="mm")
    draw.text((size // 2, size - 38), f"Góp ý: quét mã QR hoặc gửi {meta['email']}", font=font(28), fill="black", anchor="mm")
    img.save(path, optimize=True)
    return path


def loudspeaker(fig, meta, path: Path) -> Path:
    """A short text to read on the ward loudspeaker (loa truyền thanh): numbers, no names, no codes."""
    period = view.period_of(fig)
    t = fig["timeliness"]
    top = fig["by_category"][:3]
    parts = [
        f"{meta['front']} thông báo kết quả tiếp nhận, xử lý ý kiến của Nhân dân qua Hòm thư số {period.label}.",
        f"Trong {period.label}, Hòm thư số đã tiếp nhận {fig['total']} ý kiến"
        + (f", trong đó {_count(fig, 'Mã QR')} ý kiến gửi qua mã QR." if _count(fig, "Mã QR") else "."),
    ]
    if top:
        parts.append("Các lĩnh vực được phản ánh nhiều nhất: "
                     + "; ".join(f"{name.lower()}, {n} ý kiến" for name, n in top) + ".")
    parts.append(f"Đã trả lời {t['answered']} ý kiến, trong đó {t['on_time']} ý kiến trả lời đúng hạn; "
                 f"{t['pending']} ý kiến đang trong thời hạn giải quyết.")
    parts.append("Thông tin của người góp ý được giữ bí mật. Mời bà con tiếp tục góp ý bằng cách quét mã QR dán tại "
                 f"nhà văn hóa tổ dân phố, gửi thư điện tử đến {meta['email']}, hoặc bỏ thư vào hòm thư tại trụ sở "
                 "Ủy ban Mặt trận Tổ quốc phường. Xin cảm ơn.")
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def _count(fig, group: str) -> int:
    return dict((k, v) for k, v in fig["by_channel"]).get(group, 0)
