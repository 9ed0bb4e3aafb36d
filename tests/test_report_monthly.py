"""The monthly public result as files: every number of the fixed month where a reader finds it, the
fonts embedded, and no personal string of the inputs anywhere (the sample ward, answered in part)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader

from hopthu.core.workdays import WorkingCalendar
from hopthu.reports.figures import compute
from hopthu.reports.jobs import run_worker
from hopthu.reports.periods import parse_period
from test_report_figures import CASES

ROOT = Path(__file__).resolve().parent.parent
META = {"ward": "Phường Lưu Kiếm", "place": "Lưu Kiếm", "front": "Ủy ban MTTQ Việt Nam phường Lưu Kiếm",
        "email": "hopthu@mttq-luukiem.example.vn", "made_on": "2026-12-01", "chair": "Lê Thị Lệ Thủy"}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    fig = compute(CASES, parse_period("month", "2026-11"), cal=WorkingCalendar())
    out = tmp_path_factory.mktemp("monthly")
    made = run_worker({"kind": "monthly", "figures": fig.as_json(), "meta": META, "out": str(out),
                       "templates": str(ROOT / "templates")})
    return {p.name: p for p in made}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def sheet_rows(path: Path, sheet: str) -> list[list]:
    return [[c for c in row] for row in load_workbook(path)[sheet].iter_rows(values_only=True)]


def block(rows: list[list], title: str) -> list[list]:
    """The rows under a titled block of the summary sheet (after its header), up to the blank line."""
    start = next(i for i, r in enumerate(rows) if r[0] == title) + 2
    out = []
    for row in rows[start:]:
        if row[0] is None:
            break
        out.append([v for v in row if v is not None])
    return out


def test_the_worker_writes_every_file_of_the_month(files):
    assert sorted(files) == sorted([
        "ket-qua-2026-11.html", "ket-qua-2026-11.pdf", "ket-qua-2026-11.xlsx", "bieu-do-linh-vuc-2026-11.png",
        "bieu-do-theo-thang-2026-11.png", "zalo-2026-11.png", "loa-truyen-thanh-2026-11.txt"])
    from PIL import Image

    assert Image.open(files["zalo-2026-11.png"]).size == (1080, 1080)
    assert Image.open(files["bieu-do-linh-vuc-2026-11.png"]).format == "PNG"


def test_the_spreadsheet_holds_the_hand_computed_figures(files):
    rows = sheet_rows(files["ket-qua-2026-11.xlsx"], "Tổng hợp")
    assert block(rows, "Theo lĩnh vực") == [["An ninh, trật tự", 6], ["Môi trường, vệ sinh", 3],
                                            ["Hạ tầng, giao thông, chiếu sáng", 2], ["Ngoài thẩm quyền", 1],
                                            ["Thủ tục hành chính", 1]]
    assert block(rows, "Kết quả trả lời")[0] == ["Tất cả ý kiến thuộc thẩm quyền", 11, 7, 6, 1, 2, 2, "66,7 %"]
    assert block(rows, "Theo cơ quan chủ trì") == [
        ["Công an phường", 6, 4, 4, 1], ["Phòng Kinh tế, Hạ tầng và Đô thị", 5, 3, 2, 1],
        ["Ngoài thẩm quyền của phường", 1, 0, 0, 0], ["Trung tâm phục vụ hành chính công", 1, 0, 0, 0]]
    assert block(rows, "Theo tổ dân phố") == [["TDP số 3", 3], ["TDP số 8", 4],
                                              ["Các tổ dân phố khác (gộp nhóm dưới 3 ý kiến)", 4],
                                              ["Không ghi tổ dân phố", 2]]
    assert block(rows, "Theo kênh tiếp nhận")[0] == ["Mã QR", 8]
    assert block(rows, "Số liệu chính") == [["Ý kiến tiếp nhận", 14], ["Đã trả lời", 7],
                                            ["Trả lời đúng hạn", "66,7 %"], ["Qua mã QR", "57,1 %"]]
    listed = sheet_rows(files["ket-qua-2026-11.xlsx"], "Danh sách")[1:]
    assert len(listed) == 13
    by_code = {r[0]: r for r in listed}
    assert by_code["HT-2026-0004"][3] == "–" and by_code["HT-2026-0001"][3] == "TDP số 3"
    assert by_code["HT-2026-0004"][7] == "Công an phường đã nhắc nhở hộ kinh doanh."
    assert "HT-2026-0012" not in by_code  # spam: counted, never listed


def test_the_pdf_embeds_its_font_and_reads_back_in_vietnamese(files):
    path = files["ket-qua-2026-11.pdf"]
    text = " ".join(pdf_text(path).split())  # justified lines come back with double spaces
    for expected in ("KẾT QUẢ TIẾP NHẬN, XỬ LÝ Ý KIẾN QUA HÒM THƯ SỐ", "Tháng 11/2026 (số liệu đến 30/11/2026)",
                     "66,7 %", "57,1 %", "Các tổ dân phố khác (gộp nhóm dưới 3 ý kiến)", "HT-2026-0016",
                     "Trả lời: Công an phường đã nhắc nhở"):
        assert expected in text, expected
    reader = PdfReader(path)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor  # the TrueType program is in the file
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert "LiberationSerif" in fonts


def test_the_page_and_the_loudspeaker_text_say_the_same(files):
    page = files["ket-qua-2026-11.html"].read_text(encoding="utf-8")
    assert "<b>66,7 %</b>Trả lời đúng hạn" in page and page.count("<tr><td>HT-2026-") == 13
    assert "TDP số 5" not in page  # folded everywhere
    spoken = files["loa-truyen-thanh-2026-11.txt"].read_text(encoding="utf-8")
    assert "đã tiếp nhận 14 ý kiến, trong đó 8 ý kiến gửi qua mã QR" in spoken
    assert "Đã trả lời 7 ý kiến, trong đó 6 ý kiến trả lời đúng hạn; 2 ý kiến đang trong thời hạn" in spoken
    assert "HT-2026" not in spoken


# -- the sample ward, end to end: no personal string of the inputs in any output ---------------------


def personal_strings(journal) -> set[str]:
    out = set()
    for case in journal.cases():
        contact = journal.contact(case.code)
        for value in (contact.name, contact.email, contact.phone):
            if value and len(value) >= 3:
                out.add(value)
    return out


def flat(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text)


def output_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)
    if path.suffix == ".xlsx":
        book = load_workbook(path)
        return "\n".join(str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in doc.paragraphs] + cells)
    if path.suffix in (".html", ".txt"):
        return path.read_text(encoding="utf-8")
    return ""


def test_the_sample_wards_month_and_quarter_name_nobody(app, clock, tmp_path, monkeypatch):
    from hopthu.core.model import Status
    from hopthu.pipeline.cycle import add_manual, run_cycle

    # A paper letter signed with a name and no contact: anonymous for answering, its answer is published.
    add_manual(app, channel="paper", text="Đề nghị sửa đèn chiếu sáng ngõ 7, tối quá. Người viết: Đoàn Thị Hảo",
               tdp="TDP số 4", name="Đoàn Thị Hảo", date="20/11/2026")
    run_cycle(app)
    secrets = personal_strings(app.journal)
    names = {app.journal.contact(c.code).name for c in app.journal.cases()} - {""}
    assert len(secrets) >= 10 and len(names) >= 3  # the sample has named, emailing and phoning citizens
    # Agencies greet citizens by name in their answers; an anonymous item's answer is published.
    for case in app.journal.cases():
        contact = app.journal.contact(case.code)
        case.answer = f"Kính gửi {contact.name or 'ông/bà'} ({contact.phone or contact.email or 'không rõ'}): đã xử lý xong."
        case.status = Status.ANSWERED
        case.answered_on = date(2026, 11, 25)
        case.on_time = case.answered_on <= case.deadline
        app.journal.save_case(case)
    monkeypatch.chdir(tmp_path)
    from hopthu.cli import main

    made = []
    for args in (["monthly", "--month", "2026-11"], ["quarter", "--quarter", "2026Q4", "--as-of", "18/12/2026"]):
        result = CliRunner().invoke(main, ["--config", str(app.config.path), "report", *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        made += [Path(line.strip()) for line in result.output.splitlines() if line.startswith("  /")]
    assert {p.suffix for p in made} == {".html", ".pdf", ".xlsx", ".png", ".txt", ".docx"}
    texts = {p.name: output_text(p) for p in made}
    from hopthu.core.redact import NAME_MASK

    assert f"Kính gửi {NAME_MASK}" in texts["ket-qua-2026-11.html"]  # the anonymous items' answers are there...
    for name, text in texts.items():
        for secret in secrets:
            assert secret not in text, f"{secret!r} in {name}"  # ...without anyone's name or contact
            if secret[0].isdigit() or secret.startswith("+"):
                assert flat(secret) not in flat(text), f"{secret!r} in {name}"


def test_a_month_longer_than_the_pdf_list_is_listed_whole_in_the_spreadsheet_and_the_pdf_says_so(
        tmp_path, monkeypatch):
    """The PDF is the notice board's copy: a month of thousands of cases would be hundreds of pages and
    took fpdf2 25 minutes at 10,000 cases (bench/renderer_rss.py), past the worker's timeout."""
    from hopthu.reports import monthly

    monkeypatch.setattr(monthly, "PDF_CASES", 5)
    fig = compute(CASES, parse_period("month", "2026-11"), cal=WorkingCalendar()).as_json()
    made = {p.name: p for p in monthly.render(fig, META, tmp_path, ROOT / "templates")}
    listed = [r[0] for r in sheet_rows(made["ket-qua-2026-11.xlsx"], "Danh sách")[1:]]
    assert len(listed) == 13
    text = " ".join(pdf_text(made["ket-qua-2026-11.pdf"]).split())
    assert "Bản PDF liệt kê 5 ý kiến đầu tiên trong số 13 ý kiến" in text
    assert "ket-qua-2026-11.xlsx" in text
    in_pdf = [code for code in listed if code in text]
    assert in_pdf == [r["code"] for r in fig["rows"]][:5]
    assert all(code in made["ket-qua-2026-11.html"].read_text(encoding="utf-8") for code in listed)
