"""The figures of a report, computed from the cases: pure, no I/O, nothing personal.

Input is `ReportCase` rows (built from the journal by `reports.cases`, texts already redacted);
output is a `Figures` object that the renderers (HTML, PDF, XLSX, DOCX, charts) turn into files in
a worker process. Every number a report prints is computed here, once.

Definitions (what the chair reads):
* A report covers the cases *received* in its period, as they stand on `as_of` (the day the data
  stops: the period's last day, or the draft's day for a quarter still running).
* Items flagged spam or abusive are counted ("withheld") but never listed: their text is not published.
* Competent cases: a lead agency at ward level, not withheld, not a duplicate, not outside the
  ward's competence, not refused. Among them: answered on time, answered late, overdue (no answer
  and the deadline passed by `as_of`) and pending (the deadline is still ahead). The on-time rate is
  on time / (answered + overdue): pending cases are not judged yet.
* Small counts: a (residential group, category) pair with fewer than `min_group` cases could point
  at a person, so those cases count under "other groups" in the counts by group, and the case table
  leaves their group out — exactly those cases, so the table cannot undo the folding.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Iterable

from hopthu.core.model import Status
from hopthu.core.workdays import WorkingCalendar
from hopthu.reports.periods import Period, months_back

#: Channel groups, in the order reports list them (the plan counts the QR channel apart).
QR = "Mã QR"
LINK = "Đường link biểu mẫu (web, fanpage, Zalo)"
FORM_UNKNOWN = "Biểu mẫu (không rõ nguồn)"
EMAIL = "Email"
PAPER = "Hòm thư giấy"
IN_PERSON = "Trực tiếp (hội nghị, tiếp dân)"
CHANNEL_GROUPS = (QR, LINK, FORM_UNKNOWN, EMAIL, PAPER, IN_PERSON)

FOLDED_TDP = "Các tổ dân phố khác (gộp nhóm dưới {n} ý kiến)"
FOLDED_PLACE = "Các điểm khác (gộp nhóm dưới {n} ý kiến)"
NO_TDP = "Không ghi tổ dân phố"
OUTSIDE_AGENCY = "Ngoài thẩm quyền của phường"
NOT_COMPETENT = {Status.DUPLICATE.value, Status.OUTSIDE.value, Status.REJECTED.value}
WITHHELD_FLAGS = {"spam", "abusive"}


@dataclass(frozen=True)
class ReportCase:
    """One case as a report may use it: display names, redacted one-line text, no contact."""

    code: str
    received: date
    channel_group: str  # one of CHANNEL_GROUPS
    place: str  # where a QR code was scanned ("Tổ dân phố 5"), else ""
    tdp: str
    category: str  # display name
    agency: str  # display name of the lead agency; "" when outside the ward's competence
    status: str  # model.Status value
    complex: bool
    flags: tuple[str, ...]
    deadline: date
    answered_on: date | None
    on_time: bool | None
    summary: str  # redacted, one line
    answer: str  # redacted; filled only for items sent anonymously (answered nowhere else)
    sent_back_by: tuple[str, ...] = ()  # display names of the agencies that sent the case back as not theirs

    @property
    def withheld(self) -> bool:
        return bool(WITHHELD_FLAGS & set(self.flags))

    @property
    def competent(self) -> bool:
        return bool(self.agency) and not self.withheld and self.status not in NOT_COMPETENT


@dataclass
class Row:
    """A line of the public case table."""

    code: str
    received: date
    category: str
    tdp: str  # "" where folded
    summary: str
    status: str
    answered_on: date | None
    answer: str


@dataclass
class Timeliness:
    competent: int = 0
    answered: int = 0
    on_time: int = 0
    late: int = 0
    overdue: int = 0  # no answer, deadline passed by as_of
    pending: int = 0  # no answer, deadline still ahead

    @property
    def judged(self) -> int:
        return self.answered + self.overdue

    @property
    def rate(self) -> float | None:
        """Share answered on time among the cases already judged; None when none is."""
        return self.on_time / self.judged if self.judged else None


@dataclass
class AgencyLine:
    agency: str
    received: int
    answered: int
    on_time: int
    overdue: int
    sent_back: int = 0  # cases it sent back as not within its competence


@dataclass
class OverdueLine:
    code: str
    category: str
    agency: str
    deadline: date
    answered_on: date | None  # None: still unanswered
    working_days_late: int


@dataclass
class TrendPoint:
    month: str  # "11/2026"
    received: int
    answered: int


@dataclass
class Figures:
    period: Period
    as_of: date
    total: int  # every case received in the period
    withheld: int  # spam / abusive: counted, not listed
    by_category: list[tuple[str, int]]
    by_tdp: list[tuple[str, int]]  # groups with their unfolded counts; folded and unknown last
    folded: int  # cases whose group is not shown
    by_channel: list[tuple[str, int]]
    qr_by_place: list[tuple[str, int]]
    by_agency: list[AgencyLine]
    by_status: list[tuple[str, int]]
    timeliness: Timeliness
    normal: Timeliness
    complex: Timeliness
    overdue: list[OverdueLine]
    rows: list[Row]
    trend: list[TrendPoint]
    min_group: int = 3
    notes: list[str] = field(default_factory=list)

    @property
    def qr_share(self) -> float | None:
        n = dict(self.by_channel).get(QR, 0)
        return n / self.total if self.total else None

    @property
    def form_share(self) -> float | None:
        """QR and Form answers of unknown source together: the share if every unknown one was a QR scan."""
        counts = dict(self.by_channel)
        return (counts.get(QR, 0) + counts.get(FORM_UNKNOWN, 0)) / self.total if self.total else None

    def as_json(self) -> dict[str, Any]:
        """Plain data for the rendering worker (dates as ISO strings, derived shares included)."""
        data = asdict(self)
        data["period"] = {"kind": self.period.kind, "year": self.period.year, "index": self.period.index}
        data["qr_share"] = self.qr_share
        data["form_share"] = self.form_share
        for name in ("timeliness", "normal", "complex"):
            data[name]["rate"] = getattr(self, name).rate
            data[name]["judged"] = getattr(self, name).judged
        return _plain(data)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def natural_key(text: str) -> list:
    """"TDP số 3" before "TDP số 10"."""
    return [int(part) if part.isdigit() else part.casefold() for part in re.split(r"(\d+)", text)]


def _counted(counter: Counter) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], natural_key(kv[0])))


def _fold_small(counter: Counter, min_group: int, other: str) -> list[tuple[str, int]]:
    """Counts below `min_group` summed into one `other` line, listed last."""
    small = sum(n for n in counter.values() if n < min_group)
    out = _counted(Counter({k: n for k, n in counter.items() if n >= min_group}))
    return out + [(other, small)] if small else out


def _timeliness(cases: Iterable[ReportCase], as_of: date) -> Timeliness:
    t = Timeliness()
    for case in cases:
        if not case.competent:
            continue
        t.competent += 1
        answered = case.answered_on is not None and case.answered_on <= as_of
        if answered:
            t.answered += 1
            on_time = case.on_time if case.on_time is not None else case.answered_on <= case.deadline
            if on_time:
                t.on_time += 1
            else:
                t.late += 1
        elif case.deadline < as_of:
            t.overdue += 1
        else:
            t.pending += 1
    return t


def folded_codes(cases: Iterable[ReportCase], min_group: int) -> set[str]:
    """Cases whose (group, category) pair has fewer than `min_group` cases: their group is not shown."""
    cases = [c for c in cases if c.tdp]
    pairs = Counter((c.tdp, c.category) for c in cases)
    return {c.code for c in cases if pairs[(c.tdp, c.category)] < min_group}


def compute(
    cases: Iterable[ReportCase],
    period: Period,
    *,
    as_of: date | None = None,
    cal: WorkingCalendar | None = None,
    min_group: int = 3,
    trend_months: int = 6,
) -> Figures:
    """Every figure of a report on `period`, with the data as it stood on `as_of` (default: its last day)."""
    every = list(cases)
    as_of = as_of or period.last
    in_period = [c for c in every if period.first <= c.received <= min(period.last, as_of)]
    published = [c for c in in_period if not c.withheld]
    folded = folded_codes(published, min_group)

    tdp_counts = Counter(c.tdp for c in published if c.tdp and c.code not in folded)
    by_tdp = sorted(tdp_counts.items(), key=lambda kv: natural_key(kv[0]))
    if folded:
        by_tdp.append((FOLDED_TDP.format(n=min_group), len(folded)))
    unknown = sum(1 for c in published if not c.tdp)
    if unknown:
        by_tdp.append((NO_TDP, unknown))

    channels = Counter(c.channel_group for c in in_period)
    by_channel = [(g, channels[g]) for g in CHANNEL_GROUPS if channels[g]]

    agencies: dict[str, AgencyLine] = {}
    for case in published:
        name = case.agency or OUTSIDE_AGENCY
        line = agencies.setdefault(name, AgencyLine(name, 0, 0, 0, 0))
        line.received += 1
        if case.competent:
            t = _timeliness([case], as_of)
            line.answered += t.answered
            line.on_time += t.on_time
            line.overdue += t.overdue
    for case in published:
        for name in case.sent_back_by:
            agencies.setdefault(name, AgencyLine(name, 0, 0, 0, 0)).sent_back += 1

    overdue: list[OverdueLine] = []
    for case in published:
        if not case.competent:
            continue
        answered = case.answered_on is not None and case.answered_on <= as_of
        late_answer = answered and not (case.on_time if case.on_time is not None else case.answered_on <= case.deadline)
        if late_answer or (not answered and case.deadline < as_of):
            end = case.answered_on if answered else as_of
            late = cal.working_days_between(case.deadline, end) if cal else (end - case.deadline).days
            overdue.append(OverdueLine(case.code, case.category, case.agency, case.deadline,
                                       case.answered_on if answered else None, late))
    overdue.sort(key=lambda o: (o.deadline, o.code))

    rows = [
        Row(c.code, c.received, c.category, "" if c.code in folded else c.tdp, c.summary, c.status,
            c.answered_on if c.answered_on and c.answered_on <= as_of else None,
            c.answer if c.answered_on and c.answered_on <= as_of else "")
        for c in sorted(published, key=lambda c: c.code)
    ]

    trend = []
    for m in months_back(period, trend_months):
        received = sum(1 for c in every if not c.withheld and m.contains(c.received) and c.received <= as_of)
        answered = sum(1 for c in every if not c.withheld and c.answered_on and m.contains(c.answered_on)
                       and c.answered_on <= as_of)
        trend.append(TrendPoint(f"{m.index:02d}/{m.year}", received, answered))

    return Figures(
        period=period,
        as_of=as_of,
        total=len(in_period),
        withheld=len(in_period) - len(published),
        by_category=_counted(Counter(c.category for c in published)),
        by_tdp=by_tdp,
        folded=len(folded),
        by_channel=by_channel,
        qr_by_place=_fold_small(Counter(c.place for c in in_period if c.channel_group == QR and c.place),
                                min_group, FOLDED_PLACE.format(n=min_group)),
        by_agency=sorted(agencies.values(), key=lambda a: (-a.received, natural_key(a.agency))),
        by_status=_counted(Counter(c.status for c in published)),
        timeliness=_timeliness(published, as_of),
        normal=_timeliness([c for c in published if not c.complex], as_of),
        complex=_timeliness([c for c in published if c.complex], as_of),
        overdue=overdue,
        rows=rows,
        trend=trend,
        min_group=min_group,
    )


def percent(value: float | None) -> str:
    """"83,3 %" as Vietnamese writes it; "–" when there is nothing to measure."""
    if value is None:
        return "–"
    return f"{value * 100:.1f}".replace(".", ",") + " %"
