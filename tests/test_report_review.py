"""The quarterly and review reports in the front's layout: the DOCX read back by python-docx and the
PDF's text, against the fixed dataset's figures computed by hand (as of the Q4 draft day, 18/12/2026)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from docx import Document as Docx
from pypdf import PdfReader

from hopthu.core.workdays import WorkingCalendar
from hopthu.reports.figures import compute
from hopthu.reports.jobs import run_worker
from hopthu.reports.periods import parse_period
from hopthu.reports.settings import Document
from test_report_figures import CASES

META = {"ward": "Phường Lưu Kiếm", "place": "Lưu Kiếm", "front": "Ủy ban MTTQ Việt Nam phường Lưu Kiếm",
        "email": "hopthu@mttq-luukiem.example.vn", "made_on": "2026-12-18", "chair": "Lê Thị Lệ Thủy"}


def render(tmp: Path, key: str, kind: str, as_of: date) -> dict[str, Path]:
    period = parse_period(kind, key)
    fig = compute(CASES, period, as_of=as_of, cal=WorkingCalendar())
    document = dataclasses.asdict(Document())
    document["partial"] = as_of < period.last
    made = run_worker({"kind": "review", "figures": fig.as_json(), "meta": META, "document": document,
                       "out": str(tmp), "templates": ""})
    return {p.suffix: p for p in made}


@pytest.fixture(scope="module")
def quarter(tmp_path_factory) -> dict[str, Path]:
    return render(tmp_path_factory.mktemp("q4"), "2026Q4", "quarter", date(2026, 12, 18))


def paragraphs(path: Path) -> list[str]:
    doc = Docx(str(path))
    out = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                out += [p.text for p in cell.paragraphs]
    return out


def tables(path: Path) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in Docx(str(path)).tables]


def test_the_docx_has_the_front_layout_from_header_to_signature(quarter):
    text = paragraphs(quarter[".docx"])
    for line in ("ỦY BAN MTTQ VIỆT NAM", "PHƯỜNG LƯU KIẾM", "BAN THƯỜNG TRỰC", "Số: …/BC-MTTQ-BTT",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Lưu Kiếm, ngày 18 tháng 12 năm 2026", "BÁO CÁO",
                 "Kết quả thực hiện mô hình Dân vận khéo “Tháng nghe dân nói – Hòm thư số đồng hành” quý IV năm 2026",
                 "Kính gửi:", "- Đảng ủy phường Lưu Kiếm;", "- Ủy ban MTTQ Việt Nam thành phố.",
                 "(Số liệu tính từ ngày 01/10/2026 đến ngày 18/12/2026.)",
                 "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
                 "Nơi nhận:", "- Lưu: VP.", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Thị Lệ Thủy"):
        assert line in text, line
    order = [text.index(h) for h in ("BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG",
                                     "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")]
    assert order == sorted(order)
    doc = Docx(str(quarter[".docx"]))
    assert doc.styles["Normal"].font.name == "Times New Roman"
    assert round(doc.sections[0].left_margin.mm) == 30 and round(doc.sections[0].page_width.mm) == 210


def test_the_docx_numbers_are_the_hand_computed_ones(quarter):
    text = paragraphs(quarter[".docx"])
    assert "Trong quý IV năm 2026, Hòm thư số đã tiếp nhận 16 ý kiến, kiến nghị của Nhân dân, trong đó:" in text
    assert "- Mã QR: 9 ý kiến (56,2 %)." in text
    assert ("Trong 13 ý kiến thuộc thẩm quyền giải quyết của phường: đã trả lời 8 ý kiến (7 đúng hạn, 1 trễ hạn); "
            "5 ý kiến quá hạn chưa trả lời; 0 ý kiến đang trong thời hạn giải quyết. Tỷ lệ trả lời đúng hạn chung: "
            "53,8 %.") in text
    all_tables = tables(quarter[".docx"])
    categories = next(t for t in all_tables if t[0] == ["STT", "Lĩnh vực", "Số ý kiến", "Tỷ lệ"])
    assert categories[1:] == [["1", "An ninh, trật tự", "6", "40,0 %"], ["2", "Môi trường, vệ sinh", "4", "26,7 %"],
                              ["3", "Hạ tầng, giao thông, chiếu sáng", "3", "20,0 %"],
                              ["4", "Ngoài thẩm quyền", "1", "6,7 %"], ["5", "Thủ tục hành chính", "1", "6,7 %"],
                              ["", "Tổng cộng", "15", "100,0 %"]]
    agencies = next(t for t in all_tables if t[0][1] == "Cơ quan chủ trì" and t[0][0] == "STT" and len(t[0]) == 6
                    and t[0][2] == "Tiếp nhận")
    assert agencies[1:3] == [["1", "Phòng Kinh tế, Hạ tầng và Đô thị", "7", "4", "3", "2"],
                             ["2", "Công an phường", "6", "4", "4", "2"]]
    targets = next(t for t in all_tables if t[0] == ["Chỉ tiêu", "Kế hoạch", "Kết quả", "Đánh giá"])
    assert targets[1:] == [
        ["Ý kiến tiếp nhận qua mã QR", "Trên 80 %", "56,2 %", "Chưa đạt"],
        ["Ý kiến đúng thẩm quyền được trả lời trong 07 ngày làm việc", "100 %", "54,5 %", "Chưa đạt"],
        ["Vụ việc phức tạp được trả lời trong không quá 20 ngày", "100 %", "50,0 %", "Chưa đạt"]]
    overdue = next(t for t in all_tables if t[0][:2] == ["STT", "Mã hồ sơ"])
    assert [r[1] for r in overdue[1:]] == ["HT-2026-0002", "HT-2026-0003", "HT-2026-0008", "HT-2026-0013",
                                          "HT-2026-0009", "HT-2026-0015"]
    assert overdue[1][5] == "Trả lời ngày 16/11/2026, trễ 1 ngày làm việc"


def test_the_pdf_reads_back_in_vietnamese(quarter):
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(quarter[".pdf"]).pages).split())
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BAN THƯỜNG TRỰC",
                     "Số: …/BC-MTTQ-BTT", "Lưu Kiếm, ngày 18 tháng 12 năm 2026", "BÁO CÁO",
                     "I. KẾT QUẢ THỰC HIỆN", "Tỷ lệ trả lời đúng hạn chung: 53,8 %", "Ý kiến tiếp nhận qua mã QR",
                     "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Thị Lệ Thủy", "Nơi nhận:", "Lưu: VP."):
        assert expected in text, expected


def test_the_year_review_is_titled_as_a_review(tmp_path):
    made = render(tmp_path, "2026", "year", date(2026, 12, 15))
    text = paragraphs(made[".docx"])
    assert ("Tổng kết năm 2026 thực hiện mô hình Dân vận khéo “Tháng nghe dân nói – Hòm thư số đồng hành”" in text)
    assert "(Số liệu tính từ ngày 01/01/2026 đến ngày 15/12/2026.)" in text
    assert "Trong năm 2026, Hòm thư số đã tiếp nhận 16 ý kiến, kiến nghị của Nhân dân, trong đó:" in text
