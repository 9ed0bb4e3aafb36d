"""The figures of a report, over a fixed month of cases, against numbers computed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from hopthu.core.workdays import WorkingCalendar
from hopthu.reports import figures as F
from hopthu.reports.figures import ReportCase, compute, folded_codes, percent
from hopthu.reports.periods import Period, draft_due, due_reports, monthly_due, parse_period

MT, AN, HT, TT, NTQ = ("Môi trường, vệ sinh", "An ninh, trật tự", "Hạ tầng, giao thông, chiếu sáng",
                       "Thủ tục hành chính", "Ngoài thẩm quyền")
KT, CA, HCC = "Phòng Kinh tế, Hạ tầng và Đô thị", "Công an phường", "Trung tâm phục vụ hành chính công"


def rc(n, received, group, place, tdp, category, agency, status, deadline, answered=None, on_time=None,
       complex=False, flags=(), answer=""):
    return ReportCase(code=f"HT-2026-{n:04d}", received=received, channel_group=group, place=place, tdp=tdp,
                      category=category, agency=agency, status=status, complex=complex, flags=tuple(flags),
                      deadline=deadline, answered_on=answered, on_time=on_time, summary=f"Nội dung {n}",
                      answer=answer)


def d(day, month=11, year=2026):
    return date(year, month, day)


CASES = [
    rc(1, d(3), F.QR, "TDP số 3", "TDP số 3", MT, KT, "Đã trả lời", d(12), d(10), True),
    rc(2, d(4), F.QR, "TDP số 3", "TDP số 3", MT, KT, "Đã trả lời", d(13), d(16), False),
    rc(3, d(5), F.FORM_UNKNOWN, "", "TDP số 3", MT, KT, "Đang xử lý", d(16)),
    rc(4, d(6), F.QR, "TDP số 5", "TDP số 5", AN, CA, "Đã trả lời", d(17), d(17), True,
       answer="Công an phường đã nhắc nhở hộ kinh doanh."),
    rc(5, d(10), F.EMAIL, "", "TDP số 5", HT, KT, "Đã trả lời", d(19), d(18), True),
    rc(6, d(12), F.QR, "TDP số 8", "TDP số 8", AN, CA, "Đã đóng", d(21), d(20), True),
    rc(7, d(13), F.QR, "TDP số 8", "TDP số 8", AN, CA, "Đã trả lời", d(24), d(24), True),
    rc(8, d(17), F.QR, "TDP số 8", "TDP số 8", AN, CA, "Đang xử lý", d(26)),
    rc(9, d(18), F.PAPER, "", "", TT, HCC, "Đã chuyển xử lý", d(8, 12), complex=True),
    rc(10, d(20), F.LINK, "", "TDP số 10", NTQ, "", "Ngoài thẩm quyền", d(30)),
    rc(11, d(21), F.EMAIL, "", "", HT, KT, "Trùng lặp", d(30)),
    rc(12, d(24), F.QR, "TDP số 3", "TDP số 3", MT, KT, "Đã chuyển xử lý", d(3, 12), flags=("spam",)),
    rc(13, d(25), F.QR, "TDP số 8", "TDP số 8", AN, CA, "Đã chuyển xử lý", d(4, 12)),
    rc(14, d(28, 10), F.EMAIL, "", "", HT, KT, "Đã trả lời", d(6), d(5), True),
    rc(15, d(1, 12), F.QR, "TDP số 3", "TDP số 3", MT, KT, "Mới tiếp nhận", d(10, 12)),
    rc(16, d(26), F.IN_PERSON, "", "TDP số 5", AN, CA, "Đã trả lời", d(16, 12), d(27), True, complex=True),
]


@pytest.fixture(scope="module")
def fig():
    return compute(CASES, parse_period("month", "2026-11"), cal=WorkingCalendar(), min_group=3)


def test_totals_count_every_item_of_the_month_and_withhold_spam_from_the_lists(fig):
    assert fig.total == 14  # 1-13 and 16; 14 is October's, 15 December's
    assert fig.withheld == 1  # 12 (spam)
    assert [r.code for r in fig.rows] == [f"HT-2026-{n:04d}" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 16)]


def test_counts_by_category_agency_and_status(fig):
    assert fig.by_category == [(AN, 6), (MT, 3), (HT, 2), (NTQ, 1), (TT, 1)]
    lines = [(a.agency, a.received, a.answered, a.on_time, a.overdue) for a in fig.by_agency]
    assert lines == [(CA, 6, 4, 4, 1), (KT, 5, 3, 2, 1), (F.OUTSIDE_AGENCY, 1, 0, 0, 0), (HCC, 1, 0, 0, 0)]
    assert dict(fig.by_status) == {"Đã trả lời": 6, "Đang xử lý": 2, "Đã chuyển xử lý": 2, "Đã đóng": 1,
                                   "Ngoài thẩm quyền": 1, "Trùng lặp": 1}


def test_channels_count_qr_apart_from_links_and_unknown_form_answers(fig):
    assert fig.by_channel == [(F.QR, 8), (F.LINK, 1), (F.FORM_UNKNOWN, 1), (F.EMAIL, 2), (F.PAPER, 1),
                              (F.IN_PERSON, 1)]
    assert fig.qr_share == pytest.approx(8 / 14)
    assert fig.form_share == pytest.approx(9 / 14)
    # TDP số 5 had one QR scan: too few to show where
    assert fig.qr_by_place == [("TDP số 8", 4), ("TDP số 3", 3), (F.FOLDED_PLACE.format(n=3), 1)]


def test_small_groups_are_folded_in_the_counts_and_hidden_in_exactly_those_table_rows(fig):
    # (TDP 5, An ninh) has 2 cases, (TDP 5, Hạ tầng) 1, (TDP 10, Ngoài thẩm quyền) 1: folded.
    assert fig.by_tdp == [("TDP số 3", 3), ("TDP số 8", 4), (F.FOLDED_TDP.format(n=3), 4), (F.NO_TDP, 2)]
    assert fig.folded == 4
    shown = {r.code: r.tdp for r in fig.rows}
    assert {c for c, t in shown.items() if not t} == {"HT-2026-0004", "HT-2026-0005", "HT-2026-0010",
                                                      "HT-2026-0016", "HT-2026-0009", "HT-2026-0011"}
    assert shown["HT-2026-0001"] == "TDP số 3" and shown["HT-2026-0008"] == "TDP số 8"
    assert "TDP số 5" not in str(fig.as_json())  # nowhere: not in the counts, places or rows


def test_on_time_rate_judges_answered_and_overdue_cases_only(fig):
    t = fig.timeliness
    assert (t.competent, t.answered, t.on_time, t.late, t.overdue, t.pending) == (11, 7, 6, 1, 2, 2)
    assert t.rate == pytest.approx(6 / 9)
    assert percent(t.rate) == "66,7 %"
    n, c = fig.normal, fig.complex
    assert (n.competent, n.answered, n.on_time, n.overdue, n.pending) == (9, 6, 5, 2, 1)
    assert (c.competent, c.answered, c.on_time, c.overdue, c.pending) == (2, 1, 1, 0, 1)
    assert c.rate == 1.0


def test_overdue_list_counts_working_days_late(fig):
    lines = [(o.code, o.agency, o.answered_on, o.working_days_late) for o in fig.overdue]
    assert lines == [
        ("HT-2026-0002", KT, d(16), 1),  # due Fri 13/11, answered Mon 16/11
        ("HT-2026-0003", KT, None, 9),  # due Mon 16/11, open on Mon 30/11; 24/11 is Ngày Văn hóa Việt Nam
        ("HT-2026-0008", CA, None, 2),  # due Thu 26/11: Fri 27, Mon 30
    ]


def test_answers_of_anonymous_items_are_in_the_table_once_answered(fig):
    rows = {r.code: r for r in fig.rows}
    assert rows["HT-2026-0004"].answer == "Công an phường đã nhắc nhở hộ kinh doanh."
    assert rows["HT-2026-0004"].answered_on == d(17)
    assert rows["HT-2026-0003"].answered_on is None


def test_trend_counts_received_and_answered_per_month(fig):
    assert [(p.month, p.received, p.answered) for p in fig.trend] == [
        ("06/2026", 0, 0), ("07/2026", 0, 0), ("08/2026", 0, 0), ("09/2026", 0, 0), ("10/2026", 1, 0),
        ("11/2026", 13, 8)]


def test_a_draft_counts_the_data_up_to_its_day():
    fig = compute(CASES, parse_period("quarter", "2026Q4"), as_of=d(20), cal=WorkingCalendar())
    assert fig.total == 11  # 14 (28/10) and 1-10 (received by 20/11)
    t = fig.timeliness
    # as of 20/11: answered 1,2,4,5,6,14; 3 (due 16/11) overdue; 7, 8, 9 pending; 10 not competent
    assert (t.answered, t.on_time, t.late, t.overdue, t.pending) == (6, 5, 1, 1, 3)


def test_folding_threshold_is_configurable():
    assert folded_codes(CASES[:3], 3) == set()
    assert folded_codes(CASES[:3], 4) == {"HT-2026-0001", "HT-2026-0002", "HT-2026-0003"}


def test_periods_parse_and_name_themselves_in_vietnamese():
    assert parse_period("month", "11/2026") == Period("month", 2026, 11)
    assert parse_period("quarter", "2026q4").label == "quý IV năm 2026"
    assert parse_period("half", "2026H1").label == "6 tháng đầu năm 2026"
    assert parse_period("half", "2026H1").last == date(2026, 6, 30)
    assert parse_period("year", "2026").first == date(2026, 1, 1)
    with pytest.raises(ValueError, match="từ 1 đến 12"):
        parse_period("month", "2026-13")
    with pytest.raises(ValueError, match="2026Q4"):
        parse_period("quarter", "Q4-2026")


def test_due_days_follow_the_plan_and_move_back_from_days_off():
    cal = WorkingCalendar()
    assert monthly_due(Period("month", 2026, 12), cal) == date(2027, 1, 4)  # 1/1 is a holiday, then a weekend
    assert monthly_due(Period("month", 2026, 4), cal) == date(2026, 5, 4)  # 30/4, 1/5 holidays, weekend
    assert draft_due(Period("quarter", 2026, 4), cal) == date(2026, 12, 18)  # 20/12 is a Sunday
    assert draft_due(Period("quarter", 2026, 2), cal) == date(2026, 6, 19)  # 20/6 is a Saturday
    assert draft_due(Period("quarter", 2026, 1), cal) == date(2026, 3, 20)
    assert draft_due(Period("half", 2025, 1), cal) == date(2025, 6, 13)  # 15/6/2025 is a Sunday
    assert draft_due(Period("year", 2026, 1), cal) == date(2026, 12, 15)


def test_reports_due_on_a_day():
    cal = WorkingCalendar()
    assert due_reports(date(2026, 12, 1), cal) == [(Period("month", 2026, 11), date(2026, 12, 1), date(2026, 11, 30))]
    on_18 = due_reports(date(2026, 12, 18), cal)
    assert (Period("quarter", 2026, 4), date(2026, 12, 18), date(2026, 12, 18)) in on_18
    assert (Period("year", 2026, 1), date(2026, 12, 15), date(2026, 12, 15)) in on_18
    assert [p.kind for p, *_ in due_reports(date(2026, 12, 14), cal)] == ["month"]
