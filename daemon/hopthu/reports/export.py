"""Exports of the cases received between two days: CSV or XLSX.

* Redacted (default): what the shared register shows, texts redacted again with the submitter's name.
* Full (`--full`, for the chair): adds the submitter's name, email and phone from the journal; the
  file is written readable by its owner only.
* Platform (`--platform`): a CSV for re-entry into the national platforms (the front's "Mặt trận số"
  feedback module, the public-service portal's feedback system). Their field lists are not
  published, so the columns come from `reports.platform_columns` (output column → field, a documented
  default in `reports.settings.PLATFORM_DEFAULT`); no real platform import has been tried.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from hopthu import platform
from hopthu.config import Config
from hopthu.core.model import CHANNEL_LABELS, Channel
from hopthu.core.redact import redact
from hopthu.reports.cases import one_line, report_case

REDACTED = {
    "Mã hồ sơ": "code", "Ngày tiếp nhận": "received", "Kênh tiếp nhận": "channel", "Nguồn": "source",
    "Tổ dân phố": "tdp", "Lĩnh vực": "category", "Cơ quan chủ trì": "agency", "Mức độ": "complexity",
    "Hạn trả lời": "deadline", "Trạng thái": "status", "Tiêu đề": "title",
    "Nội dung (đã ẩn thông tin cá nhân)": "content", "Địa điểm": "location",
    "Nội dung trả lời (đã ẩn thông tin cá nhân)": "answer", "Ngày trả lời": "answered_on", "Đúng hạn": "on_time",
}
FULL_EXTRA = {"Họ tên người gửi": "name", "Email người gửi": "email", "Số điện thoại người gửi": "phone"}


def _vn(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def records(config: Config, journal, first: date, last: date, *, full: bool = False) -> list[dict[str, str]]:
    """Every case received from `first` to `last` (inclusive) as field → text."""
    out = []
    for case in journal.cases():
        received = case.received_at.astimezone(config.tz).date()
        if not first <= received <= last:
            continue
        contact = journal.contact(case.code)
        names = [contact.name] if contact.name else []
        intake = journal.intake(case.source_id) if case.channel == Channel.FORM else None
        row = (intake.payload.get("row") or {}) if intake is not None else {}
        rc = report_case(config, case, name=contact.name, anonymous=True, row=row)
        title = one_line(redact(case.subject, names=names), 120) or one_line(redact(case.summary, names=names), 80)
        record = {
            "code": case.code, "received": _vn(received), "channel": CHANNEL_LABELS[case.channel],
            "source": rc.channel_group + (f" – {rc.place}" if rc.place else ""), "tdp": case.tdp,
            "category": rc.category, "agency": config.agency_name(case.agency),
            "complexity": "Phức tạp" if case.complex else "Thông thường", "deadline": _vn(case.deadline),
            "status": case.status.value, "title": title,
            "content": redact(case.summary, names=names).strip(),
            "location": redact(str(row.get("location", "")), names=names).strip(),
            "answer": redact(case.answer, names=names).strip(), "answered_on": _vn(case.answered_on),
            "on_time": "" if case.on_time is None else ("Có" if case.on_time else "Không"),
        }
        if full:
            record.update(name=contact.name, email=contact.email, phone=contact.phone)
        out.append(record)
    return out


def columns(config: Config, *, full: bool = False, platform: bool = False) -> dict[str, str]:
    if platform:
        return dict(config.settings.reports.platform_columns)
    return {**REDACTED, **(FULL_EXTRA if full else {})}


def write(path: Path, cols: dict[str, str], rows: list[dict[str, str]], *, private: bool = False) -> Path:
    """CSV (UTF-8 with a byte-order mark, so Excel reads the Vietnamese) or XLSX, by the suffix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = [list(cols)] + [[r.get(field, "") for field in cols.values()] for r in rows]
    if path.suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        sheet.title = "Hồ sơ"
        for line in table:
            sheet.append(line)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        book.save(path)
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(table)
    if private:
        platform.current().private_file(path)  # the chair's full export: readable by its owner only
    return path
