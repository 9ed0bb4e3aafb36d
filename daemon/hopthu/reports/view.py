"""Figures (as the worker receives them, plain JSON) → what a page prints: Vietnamese labels,
dd/mm/yyyy dates, "66,7 %" shares. One place for the wording every renderer shares. No I/O."""

from __future__ import annotations

from datetime import date
from typing import Any

from hopthu.reports.periods import Period


def vn_date(value: str | date | None) -> str:
    if not value:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime("%d/%m/%Y")


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 100:.1f}".replace(".", ",") + " %"


def period_of(fig: dict[str, Any]) -> Period:
    p = fig["period"]
    return Period(p["kind"], p["year"], p["index"])


def long_date(day: date) -> str:
    """"ngày 20 tháng 12 năm 2026" (days and months below 10 with a leading zero for 1-2, as documents write)."""
    dd = f"{day.day:02d}" if day.day < 10 else str(day.day)
    mm = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {dd} tháng {mm} năm {day.year}"


def headline(fig: dict[str, Any]) -> list[tuple[str, str]]:
    """The few numbers a passer-by reads first."""
    t = fig["timeliness"]
    return [
        ("Ý kiến tiếp nhận", str(fig["total"])),
        ("Đã trả lời", str(t["answered"])),
        ("Trả lời đúng hạn", percent(t["rate"])),
        ("Qua mã QR", percent(fig["qr_share"])),
    ]


def timeliness_rows(fig: dict[str, Any]) -> list[list[str]]:
    rows = []
    for label, key in (("Tất cả ý kiến thuộc thẩm quyền", "timeliness"), ("Vụ việc thông thường (07 ngày làm việc)", "normal"),
                       ("Vụ việc phức tạp (không quá 20 ngày)", "complex")):
        t = fig[key]
        rows.append([label, str(t["competent"]), str(t["answered"]), str(t["on_time"]), str(t["late"]),
                     str(t["overdue"]), str(t["pending"]), percent(t["rate"])])
    return rows


TIMELINESS_HEADERS = ["", "Thuộc thẩm quyền", "Đã trả lời", "Đúng hạn", "Trễ hạn", "Quá hạn chưa trả lời",
                      "Chưa đến hạn", "Tỷ lệ đúng hạn"]
AGENCY_HEADERS = ["Cơ quan chủ trì", "Tiếp nhận", "Đã trả lời", "Đúng hạn", "Quá hạn chưa trả lời"]
CASE_HEADERS = ["Mã hồ sơ", "Ngày nhận", "Lĩnh vực", "Tổ dân phố", "Nội dung (đã ẩn thông tin cá nhân)",
                "Trạng thái", "Ngày trả lời"]


SENT_BACK_HEADER = "Trả lại (không thuộc thẩm quyền)"


def sent_back_shown(fig: dict[str, Any]) -> bool:
    """The agency table has a send-back column only when an agency sent a case of the period back."""
    return any(a.get("sent_back") for a in fig["by_agency"])


def agency_headers(fig: dict[str, Any]) -> list[str]:
    return AGENCY_HEADERS + ([SENT_BACK_HEADER] if sent_back_shown(fig) else [])


def agency_rows(fig: dict[str, Any]) -> list[list[str]]:
    extra = sent_back_shown(fig)
    return [[a["agency"], str(a["received"]), str(a["answered"]), str(a["on_time"]), str(a["overdue"])]
            + ([str(a.get("sent_back", 0))] if extra else []) for a in fig["by_agency"]]


def case_rows(fig: dict[str, Any]) -> list[dict[str, str]]:
    return [{"code": r["code"], "received": vn_date(r["received"]), "category": r["category"],
             "tdp": r["tdp"] or "–", "summary": r["summary"], "status": r["status"],
             "answered_on": vn_date(r["answered_on"]), "answer": r["answer"]} for r in fig["rows"]]


def notes(fig: dict[str, Any]) -> list[str]:
    """The footnotes every public result carries."""
    n = fig["min_group"]
    out = [
        "Thông tin cá nhân của người góp ý (họ tên, số điện thoại, email, địa chỉ) được bảo mật và không công bố.",
        f"Để không thể nhận ra người gửi, nhóm dưới {n} ý kiến cùng lĩnh vực trong một tổ dân phố được gộp vào "
        "“các tổ dân phố khác”, và tổ dân phố của các ý kiến đó không ghi trong danh sách.",
        "Tỷ lệ đúng hạn tính trên các ý kiến đã trả lời và các ý kiến đã quá hạn; ý kiến chưa đến hạn chưa tính.",
        "Ý kiến gửi không để lại thông tin liên hệ được đăng kèm nội dung trả lời trong danh sách ý kiến.",
    ]
    if fig["withheld"]:
        out.append(f"{fig['withheld']} thư rác hoặc có nội dung lợi dụng, xúc phạm được tính vào tổng số nhưng không "
                   "đăng nội dung.")
    return out
