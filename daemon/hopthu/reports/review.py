"""The quarterly, half-year and year reports in the front's document layout (Decree 30/2020/NĐ-CP,
Appendix I, as the front's own documents use it; see the plan, seed 004): DOCX the officers edit
before signing, and PDF.

The content is built once as a list of blocks (`content`), then written by `docx_file` and `pdf_file`,
so the two say the same. The number is left as "Số: …/BC-MTTQ-BTT" for the office to fill. The
assessment paragraphs are a draft from the figures: the chair rewrites what she wants.

Imported by the rendering worker only (python-docx, fpdf2).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hopthu.reports import view
from hopthu.reports.figures import FORM_UNKNOWN

QR_TARGET = 0.80
Block = tuple


def _share(n: int, total: int) -> str:
    return view.percent(n / total) if total else "–"


def _met(rate: float | None, target: float, strict: bool = False) -> str:
    if rate is None:
        return "Chưa có số liệu"
    return "Đạt" if (rate > target if strict else rate >= target) else "Chưa đạt"


def title_of(period_kind: str, label: str, model_name: str) -> str:
    if period_kind == "half":
        return f"Sơ kết {label} thực hiện mô hình {model_name}"
    if period_kind == "year":
        return f"Tổng kết {label} thực hiện mô hình {model_name}"
    return f"Kết quả thực hiện mô hình {model_name} {label}"


def content(fig: dict[str, Any], meta: dict[str, str], document: dict[str, Any]) -> list[Block]:
    """The report, block by block: ("para", text), ("heading", text), ("sub", text), ("bullet", text),
    ("table", headers, rows, widths in mm). The header and the signature are added by the writers."""
    period = view.period_of(fig)
    label = period.label
    total = fig["total"]
    channels = dict((k, v) for k, v in fig["by_channel"])
    t, normal, complex_ = fig["timeliness"], fig["normal"], fig["complex"]
    blocks: list[Block] = []
    blocks.append(("para", f"Thực hiện Kế hoạch triển khai mô hình {document['model_name']} của Ban Thường trực "
                           f"Ủy ban MTTQ Việt Nam phường {meta['place']}, Ban Thường trực báo cáo kết quả thực hiện "
                           f"{label} như sau:"))
    if document.get("partial"):
        blocks.append(("para", f"(Số liệu tính từ ngày {view.vn_date(period.first)} đến ngày "
                               f"{view.vn_date(fig['as_of'])}.)"))
    blocks.append(("heading", "I. KẾT QUẢ THỰC HIỆN"))
    blocks.append(("sub", "1. Tiếp nhận ý kiến"))
    blocks.append(("para", f"Trong {label}, Hòm thư số đã tiếp nhận {total} ý kiến, kiến nghị của Nhân dân, trong đó:"))
    for name, n in fig["by_channel"]:
        blocks.append(("bullet", f"{name}: {n} ý kiến ({_share(n, total)})."))
    if fig["withheld"]:
        blocks.append(("bullet", f"Trong tổng số có {fig['withheld']} thư rác hoặc có nội dung lợi dụng, xúc phạm, "
                                 "không xử lý như ý kiến thông thường."))
    qr = fig["qr_share"]
    sentence = (f"Tỷ lệ ý kiến tiếp nhận qua mã QR đạt {view.percent(qr)} (chỉ tiêu: trên 80 %), "
                f"{_met(qr, QR_TARGET, strict=True).lower()} chỉ tiêu")
    if channels.get(FORM_UNKNOWN):
        sentence += (f"; nếu tính cả {channels[FORM_UNKNOWN]} ý kiến gửi qua biểu mẫu không rõ nguồn thì đạt "
                     f"{view.percent(fig['form_share'])}")
    blocks.append(("para", sentence + "."))
    if fig["qr_by_place"]:
        blocks.append(("para", "Ý kiến qua mã QR theo nơi niêm yết: "
                               + "; ".join(f"{name}: {n}" for name, n in fig["qr_by_place"]) + "."))

    blocks.append(("sub", "2. Phân loại theo lĩnh vực"))
    published = sum(n for _, n in fig["by_category"])
    blocks.append(("table", ["STT", "Lĩnh vực", "Số ý kiến", "Tỷ lệ"],
                   [[str(i), name, str(n), _share(n, published)] for i, (name, n) in enumerate(fig["by_category"], 1)]
                   + [["", "Tổng cộng", str(published), _share(published, published)]],
                   (12, 98, 25, 25)))

    blocks.append(("sub", "3. Chuyển xử lý theo cơ quan chủ trì"))
    blocks.append(("table", ["STT", "Cơ quan chủ trì", "Tiếp nhận", "Đã trả lời", "Đúng hạn", "Quá hạn chưa trả lời"],
                   [[str(i), a["agency"], str(a["received"]), str(a["answered"]), str(a["on_time"]), str(a["overdue"])]
                    for i, a in enumerate(fig["by_agency"], 1)],
                   (12, 63, 21, 21, 21, 22)))

    blocks.append(("sub", "4. Kết quả so với chỉ tiêu của Kế hoạch"))
    blocks.append(("table", ["Chỉ tiêu", "Kế hoạch", "Kết quả", "Đánh giá"], [
        ["Ý kiến tiếp nhận qua mã QR", "Trên 80 %", view.percent(qr), _met(qr, QR_TARGET, strict=True)],
        ["Ý kiến đúng thẩm quyền được trả lời trong 07 ngày làm việc", "100 %", view.percent(normal["rate"]),
         _met(normal["rate"], 1.0)],
        ["Vụ việc phức tạp được trả lời trong không quá 20 ngày", "100 %", view.percent(complex_["rate"]),
         _met(complex_["rate"], 1.0)],
    ], (80, 25, 25, 30)))
    blocks.append(("para", f"Trong {t['competent']} ý kiến thuộc thẩm quyền giải quyết của phường: đã trả lời "
                           f"{t['answered']} ý kiến ({t['on_time']} đúng hạn, {t['late']} trễ hạn); {t['overdue']} ý kiến "
                           f"quá hạn chưa trả lời; {t['pending']} ý kiến đang trong thời hạn giải quyết. Tỷ lệ trả lời "
                           f"đúng hạn chung: {view.percent(t['rate'])}."))

    blocks.append(("sub", "5. Ý kiến quá hạn"))
    if fig["overdue"]:
        rows = []
        for i, o in enumerate(fig["overdue"], 1):
            state = (f"Trả lời ngày {view.vn_date(o['answered_on'])}, trễ {o['working_days_late']} ngày làm việc"
                     if o["answered_on"] else f"Chưa trả lời, quá hạn {o['working_days_late']} ngày làm việc")
            rows.append([str(i), o["code"], o["category"], o["agency"], view.vn_date(o["deadline"]), state])
        blocks.append(("table", ["STT", "Mã hồ sơ", "Lĩnh vực", "Cơ quan chủ trì", "Hạn trả lời", "Tình trạng"],
                       rows, (11, 27, 32, 38, 22, 30)))
    else:
        blocks.append(("para", "Không có ý kiến quá hạn."))

    blocks.append(("heading", "II. ĐÁNH GIÁ CHUNG"))
    blocks.append(("sub", "1. Ưu điểm"))
    blocks.append(("bullet", "Các ý kiến của Nhân dân đều được tiếp nhận, phân loại và chuyển đến cơ quan có thẩm "
                             "quyền; thông tin người góp ý được bảo mật; kết quả được công khai hằng tháng, không nêu "
                             "tên cá nhân."))
    if fig["by_category"]:
        top = "; ".join(f"{name.lower()} ({n} ý kiến)" for name, n in fig["by_category"][:3])
        blocks.append(("bullet", f"Những lĩnh vực Nhân dân quan tâm nhiều nhất: {top}."))
    if normal["rate"] == 1.0:
        blocks.append(("bullet", "100 % ý kiến thuộc thẩm quyền đến hạn được trả lời trong thời hạn 07 ngày làm việc."))
    blocks.append(("sub", "2. Hạn chế"))
    limits = []
    if qr is not None and qr <= QR_TARGET:
        limits.append(f"Tỷ lệ ý kiến gửi qua mã QR ({view.percent(qr)}) chưa đạt chỉ tiêu trên 80 %.")
    if t["overdue"] or t["late"]:
        late_by = sorted({o["agency"] for o in fig["overdue"]})
        limits.append(f"Còn {t['overdue']} ý kiến quá hạn chưa trả lời và {t['late']} ý kiến trả lời trễ hạn"
                      + (f" (cơ quan chủ trì: {', '.join(late_by)})" if late_by else "") + ".")
    for text in limits or ["Chưa phát hiện hạn chế qua số liệu; Ban Thường trực bổ sung nhận xét."]:
        blocks.append(("bullet", text))

    blocks.append(("heading", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"))
    if t["overdue"]:
        blocks.append(("bullet", f"Đôn đốc các cơ quan chủ trì trả lời dứt điểm {t['overdue']} ý kiến quá hạn."))
    blocks.append(("bullet", "Tiếp tục tuyên truyền, hướng dẫn Nhân dân, nhất là người cao tuổi, gửi ý kiến qua mã QR "
                             "niêm yết tại nhà văn hóa các tổ dân phố và Trung tâm phục vụ hành chính công."))
    blocks.append(("bullet", "Duy trì công khai kết quả tiếp nhận, trả lời ý kiến hằng tháng (không nêu tên cá nhân)."))
    subject = title_of(period.kind, label, document["model_name"])
    blocks.append(("para", f"Trên đây là báo cáo {subject[0].lower()}{subject[1:]} của Ban Thường trực Ủy ban MTTQ "
                           f"Việt Nam phường {meta['place']}./."))
    return blocks


def recipients(document: dict[str, Any], place: str) -> list[str]:
    """"Kính gửi" names; "… phường" gets the ward's name."""
    return [f"{name} {place}" if name.endswith(" phường") else name for name in document["to"]]


def draft_day(fig: dict[str, Any], meta: dict[str, str]) -> date:
    return date.fromisoformat(meta["made_on"])


def render(fig: dict[str, Any], meta: dict[str, str], document: dict[str, Any], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    key = view.period_of(fig).key
    blocks = content(fig, meta, document)
    return [docx_file(fig, meta, document, blocks, out / f"bao-cao-{key}.docx"),
            pdf_file(fig, meta, document, blocks, out / f"bao-cao-{key}.pdf")]


def _subject(fig, document) -> str:
    period = view.period_of(fig)
    return title_of(period.kind, period.label, document["model_name"])


# -- DOCX --------------------------------------------------------------------------------------


def docx_file(fig, meta, document, blocks: list[Block], path: Path) -> Path:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    def para(cell_or_doc, text: str = "", *, bold=False, italic=False, size=None, align=None, indent=False,
             after: float | None = None):
        p = cell_or_doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        return p

    center, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = head.rows[0].cells
    left.width, right.width = Cm(6.5), Cm(10)
    left.paragraphs[0].text = ""
    right.paragraphs[0].text = ""
    for text, bold in (("ỦY BAN MTTQ VIỆT NAM", False), (f"PHƯỜNG {meta['place'].upper()}", False),
                       ("BAN THƯỜNG TRỰC", True), ("———————", False), (f"Số: …/{document['symbol']}", False)):
        para(left, text, bold=bold, size=13, align=center, after=0)
    for text, bold, italic, size in (("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 12.5),
                                     ("Độc lập - Tự do - Hạnh phúc", True, False, 13.5),
                                     ("———————————————", False, False, 13),
                                     (f"{meta['place']}, {view.long_date(draft_day(fig, meta))}", False, True, 13.5)):
        para(right, text, bold=bold, italic=italic, size=size, align=center, after=0)
    for cell in (left, right):
        first = cell.paragraphs[0]
        first._element.getparent().remove(first._element)  # the cell's own empty first paragraph

    para(doc, "", after=0)
    para(doc, "BÁO CÁO", bold=True, size=15, align=center, after=0)
    para(doc, _subject(fig, document), bold=True, align=center)
    to = recipients(document, meta["place"])
    if len(to) == 1:
        para(doc, f"Kính gửi: {to[0]}.", align=center)
    else:
        para(doc, "Kính gửi:", align=center, after=0)
        for i, name in enumerate(to):
            para(doc, f"- {name}{'.' if i == len(to) - 1 else ';'}", align=center, after=0)
        para(doc, "", after=0)

    for block in blocks:
        kind = block[0]
        if kind == "para":
            para(doc, block[1], align=justify, indent=True)
        elif kind == "heading":
            para(doc, block[1], bold=True, align=justify, indent=True)
        elif kind == "sub":
            para(doc, block[1], bold=True, align=justify, indent=True)
        elif kind == "bullet":
            para(doc, f"- {block[1]}", align=justify, indent=True)
        elif kind == "table":
            _, headers, rows, widths = block
            table = doc.add_table(rows=1, cols=len(headers))
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for cell, text in zip(table.rows[0].cells, headers):
                cell.paragraphs[0].text = ""
                run = cell.paragraphs[0].add_run(text)
                run.bold = True
                run.font.size = Pt(12)
                cell.paragraphs[0].alignment = center
            for row in rows:
                cells = table.add_row().cells
                for i, (cell, text) in enumerate(zip(cells, row)):
                    run = cell.paragraphs[0].add_run(text)
                    run.font.size = Pt(12)
                    if text.replace(" %", "").replace(",", "").isdigit() or i == 0:
                        cell.paragraphs[0].alignment = center
            for row in table.rows:
                for cell, width in zip(row.cells, widths):
                    cell.width = Mm(width)
                    for p in cell.paragraphs:
                        p.paragraph_format.space_after = Pt(0)
            para(doc, "", after=0)

    foot = doc.add_table(rows=1, cols=2)
    left, right = foot.rows[0].cells
    left.width, right.width = Cm(8), Cm(8.5)
    left.paragraphs[0].text = ""
    run = left.paragraphs[0].add_run("Nơi nhận:")
    run.bold, run.italic = True, True
    run.font.size = Pt(12)
    left.paragraphs[0].paragraph_format.space_after = Pt(0)
    for name in [*document["copies"], "Lưu: VP."]:
        text = f"- {name}" + ("" if name.endswith(".") else ";")
        para(left, text, size=11, after=0)
    right.paragraphs[0].text = ""
    for text in ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"):
        para(right, text, bold=True, size=14, align=center, after=0)
    for _ in range(4):
        para(right, "", after=0)
    para(right, meta.get("chair", ""), bold=True, size=14, align=center, after=0)
    first = right.paragraphs[0]
    first._element.getparent().remove(first._element)
    doc.core_properties.title = f"Báo cáo {_subject(fig, document)}"
    doc.core_properties.author = meta["front"]
    doc.save(path)
    return path


# -- PDF -----------------------------------------------------------------------------------------


def pdf_file(fig, meta, document, blocks: list[Block], path: Path) -> Path:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    from hopthu.reports.fonts import add_to_pdf

    doc = FPDF(orientation="P", unit="mm", format="A4")
    doc.set_margins(30, 20, 15)
    doc.set_auto_page_break(True, margin=20)
    add_to_pdf(doc, ("serif",))
    doc.set_lang("vi")
    doc.set_title(f"Báo cáo {_subject(fig, document)}")
    doc.set_author(meta["front"])
    doc.add_page()
    width = doc.epw
    left_w, right_w = width * 0.42, width * 0.58
    top = doc.get_y()

    def lines(x: float, w: float, items: list[tuple[str, str, float]]) -> float:
        doc.set_xy(x, top)
        for text, style, size in items:
            doc.set_font("serif", style, size)
            doc.set_x(x)
            doc.multi_cell(w, size * 0.5, text, align="C", new_x="LEFT", new_y="NEXT")
        return doc.get_y()

    y1 = lines(doc.l_margin, left_w, [("ỦY BAN MTTQ VIỆT NAM", "", 12.5), (f"PHƯỜNG {meta['place'].upper()}", "", 12.5),
                                      ("BAN THƯỜNG TRỰC", "B", 12.5), ("———————", "", 12),
                                      (f"Số: …/{document['symbol']}", "", 13)])
    y2 = lines(doc.l_margin + left_w, right_w, [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 12), ("Độc lập - Tự do - Hạnh phúc", "B", 13),
        ("———————————————", "", 12), (f"{meta['place']}, {view.long_date(draft_day(fig, meta))}", "I", 13)])
    doc.set_xy(doc.l_margin, max(y1, y2) + 6)
    doc.set_font("serif", "B", 14)
    doc.multi_cell(0, 7, "BÁO CÁO", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.multi_cell(0, 7, _subject(fig, document), align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.set_font("serif", "", 13)
    to = recipients(document, meta["place"])
    doc.multi_cell(0, 6.5, "Kính gửi: " + "; ".join(to) + ".", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    for block in blocks:
        kind = block[0]
        if kind in ("para", "bullet"):
            doc.set_font("serif", "", 13)
            text = block[1] if kind == "para" else f"- {block[1]}"
            doc.multi_cell(0, 6.5, "        " + text, align="J", new_x="LMARGIN", new_y="NEXT")
            doc.ln(1)
        elif kind in ("heading", "sub"):
            doc.set_font("serif", "B", 13)
            doc.multi_cell(0, 6.5, "        " + block[1], align="L", new_x="LMARGIN", new_y="NEXT")
            doc.ln(1)
        elif kind == "table":
            _, headers, rows, widths = block
            scale = width / sum(widths)
            doc.set_font("serif", "", 11)
            with doc.table(col_widths=[w * scale for w in widths], line_height=5.5, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in [headers, *rows]:
                    line = table.row()
                    for cell in row:
                        line.cell(cell)
            doc.ln(3)
    doc.ln(4)
    if doc.get_y() > doc.h - 70:
        doc.add_page()
    top = doc.get_y()
    doc.set_xy(doc.l_margin, top)
    doc.set_font("serif", "BI", 12)
    doc.cell(left_w, 6, "Nơi nhận:", new_x="LEFT", new_y="NEXT")
    doc.set_font("serif", "", 11)
    for name in [*document["copies"], "Lưu: VP."]:
        doc.set_x(doc.l_margin)
        doc.multi_cell(left_w, 5, f"- {name}" + ("" if name.endswith(".") else ";"), new_x="LEFT", new_y="NEXT")
    doc.set_xy(doc.l_margin + left_w, top)
    doc.set_font("serif", "B", 13)
    for text in ("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"):
        doc.set_x(doc.l_margin + left_w)
        doc.cell(right_w, 6.5, text, align="C", new_x="LEFT", new_y="NEXT")
    doc.set_xy(doc.l_margin + left_w, doc.get_y() + 24)
    doc.cell(right_w, 6.5, meta.get("chair", ""), align="C")
    doc.output(str(path))
    return path
