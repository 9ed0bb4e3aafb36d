"""The `reports:` section of hopthu.yaml: where reports go, who gets them, the Form's pre-filled
links for the QR posters, the places posters hang, the export's column mapping.

Typed and frozen like the rest of the configuration (`config.Settings.reports`); every key has a
default, so a ward without a `reports:` section still gets its monthly result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Annotated, Literal

from annotated_types import Ge, Le

from hopthu.config_section import Section, refuse


@dataclass(frozen=True, kw_only=True)
class ReportForm(Section):
    """The Google Form behind the QR codes, and its pre-filled link parameters (docs/google-form.md)."""

    # The Form's public link (…/viewform); empty: `hopthu qr` asks for it.
    url: str = ""
    # The "Nguồn" (source) question's entry id, e.g. "entry.1234567890"; empty: no source pre-filled.
    source_entry: str = ""
    # The "Tổ dân phố" question's entry id; a TDP's poster pre-fills it.
    tdp_entry: str = ""
    # The "Nguồn" question's title, as the response sheet's header reads.
    source_question: str = "Nguồn"
    # True: one QR code with the bare link everywhere (no source, no TDP pre-filled).
    uniform_qr: bool = False

    def __post_init__(self) -> None:
        problems = {}
        if self.url and not re.match(r"^https?://", self.url):
            problems["url"] = f'"{self.url}" is not a web link: copy the Form\'s link (https://docs.google.com/forms/…/viewform)'
        for key in ("source_entry", "tdp_entry"):
            value = getattr(self, key)
            if value and not re.match(r"^entry\.\d+$", value):
                problems[key] = f'"{value}" is not an entry id: it looks like "entry.1234567890" (docs/google-form.md)'
        refuse(problems)


@dataclass(frozen=True, kw_only=True)
class Place(Section):
    name: str  # as the poster and the reports show it
    tdp: str = ""  # the TDP answer the poster pre-fills ("" for places that are not a TDP)


@dataclass(frozen=True, kw_only=True)
class Places(Section):
    """Where posters hang. TDPs are numbered (`tdps: 40`) or listed by name."""

    tdps: int | list[str] = 0
    tdp_name: str = "TDP số {n}"  # how a numbered TDP is written: as the Form's TDP answers read
    others: list[Place] = field(default_factory=lambda: [
        Place(name="Trụ sở Đảng ủy, Ủy ban MTTQ Việt Nam phường"),
        Place(name="Trung tâm phục vụ hành chính công phường"),
    ])
    # Links shared online, each with its own source answer (no poster, a link to copy).
    links: list[str] = field(default_factory=lambda: ["Trang thông tin điện tử", "Fanpage", "Nhóm Zalo"])

    def __post_init__(self) -> None:
        if "{n}" not in self.tdp_name:
            refuse({"tdp_name": 'tdp_name must contain "{n}" where the number goes, e.g. "TDP số {n}"'})

    def all(self) -> list[Place]:
        """TDPs first, then the other places."""
        names = ([self.tdp_name.format(n=n) for n in range(1, self.tdps + 1)] if isinstance(self.tdps, int)
                 else list(self.tdps))
        return [Place(name=n, tdp=n) for n in names] + list(self.others)


@dataclass(frozen=True, kw_only=True)
class Document(Section):
    """The front's reports (Decree 30/2020 layout): what the officers would otherwise type each time."""

    symbol: str = "BC-MTTQ-BTT"  # "Số: …/BC-MTTQ-BTT"; the number is left for the officers
    # "Kính gửi": who the quarterly and review reports go to.
    to: list[str] = field(default_factory=lambda: ["Đảng ủy phường", "Ủy ban MTTQ Việt Nam thành phố"])
    # "Nơi nhận" list; "Lưu: VP." is added last.
    copies: list[str] = field(default_factory=lambda: [
        "Ủy ban MTTQ Việt Nam thành phố (để b/c)", "Đảng ủy - HĐND - UBND phường", "BTT Ủy ban MTTQ Việt Nam phường",
    ])
    signer: str = ""  # the name under "CHỦ TỊCH"; default: the first officer with the role chair
    model_name: str = "Dân vận khéo “Tháng nghe dân nói – Hòm thư số đồng hành”"


@dataclass(frozen=True, kw_only=True)
class ReportSchedule(Section):
    enabled: bool = True  # email each report to `recipients` when it is due
    recipients: list[str] = field(default_factory=list)  # empty: the officers with role chair or officer


@dataclass(frozen=True, kw_only=True)
class Reports(Section):
    dir: str = "reports"  # where reports, exports and posters are written (relative to hopthu.yaml)
    min_group: Annotated[int, Ge(1), Le(20)] = 3  # a (TDP, category) pair with fewer cases hides its TDP
    trend_months: Annotated[int, Ge(2), Le(24)] = 6
    form: ReportForm = field(default_factory=ReportForm)
    places: Places = field(default_factory=Places)
    document: Document = field(default_factory=Document)
    schedule: ReportSchedule = field(default_factory=ReportSchedule)
    # Export for the national platforms: output column → field (see `hopthu export --help`).
    platform_columns: dict[str, str] = field(default_factory=lambda: dict(PLATFORM_DEFAULT))
    export_format: Literal["csv", "xlsx"] = "csv"

    def __post_init__(self) -> None:
        unknown = [f for f in self.platform_columns.values() if f not in EXPORT_FIELDS]
        if unknown:
            raise ValueError(f"reports.platform_columns: unknown field(s) {', '.join(unknown)}; "
                             f"known: {', '.join(EXPORT_FIELDS)}")


#: Fields an export column may hold (`reports.export`).
EXPORT_FIELDS = ("code", "title", "content", "category", "location", "tdp", "received", "channel", "status",
                 "agency", "deadline", "answered_on", "answer")

#: The national platforms' field lists are not published: a documented default, changed by config.
PLATFORM_DEFAULT = {
    "Tiêu đề": "title",
    "Nội dung": "content",
    "Lĩnh vực": "category",
    "Địa điểm": "location",
    "Ngày gửi": "received",
    "Kênh tiếp nhận": "channel",
    "Trạng thái": "status",
    "Nội dung trả lời": "answer",
}
