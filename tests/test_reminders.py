"""Reminders, escalation, the clock's pauses and answers back to citizens (issue 5), as officers see them.

A small ward in a temporary folder (the sample config, no sample mail), items recorded with `hopthu add`
(`cycle.add_manual`) at known times, a clock moved by hand, and the real cycle. What went out is read
from the `.eml` outbox folder; what officers see, from the XLSX register.

The calendar used below (holidays 0.109): Monday 16/11/2026 09:00 received → deadline Thursday
26/11/2026 (7 working days; Tuesday 24/11/2026 is the new Ngày Văn hóa Việt Nam holiday). So the
agency is reminded on 23/11 (2 working days before), 25/11 (1 before) and 26/11 (due day); the
first escalation goes on Friday 27/11, then every 2 working days: 01/12, 03/12, 07/12.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from hopthu.cli import main as cli
from hopthu.core.deadlines import compute_deadline, extend_for_pause
from hopthu.pipeline.cycle import add_manual, run_cycle

from ward import CHAIR, HA, TRUC, TZ, Clock, Mail, mails, officer_edit, small_ward

AGENCY_KT = "kinhte-hatang@luukiem.example.vn"
AGENCY_CA = "congan@luukiem.example.vn"


def at(y, m, d, hh=9, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


# -- a small ward -----------------------------------------------------------------


@pytest.fixture
def ward(tmp_path):
    clock = Clock(at(2026, 11, 16, 8, 0))
    app, cfg = small_ward(tmp_path, clock)
    yield app, clock, cfg
    app.close()


def receive(app, clock, when: datetime, text: str, contact: str = "", tdp: str = "TDP số 4") -> str:
    """An item recorded at `when` and taken in by a cycle then; returns its case code."""
    clock.set(when)
    add_manual(app, channel="paper", text=text, tdp=tdp, contact=contact, date=when.strftime("%d/%m/%Y %H:%M:%S"))
    summary = run_cycle(app)
    assert len(summary.new_cases) == 1, summary
    return summary.new_cases[0].code


def cycle(app, clock, when: datetime):
    clock.set(when)
    return run_cycle(app)


def walk(app, clock, first: date, last: date, hours=((6, 0), (8, 30), (12, 0), (16, 30), (22, 0))):
    day = first
    while day <= last:
        for hh, mm in hours:
            cycle(app, clock, datetime.combine(day, time(hh, mm), TZ))
        day += timedelta(days=1)


def mentions(app, code: str, kinds=("digest", "escalate")) -> list[Mail]:
    return [m for m in mails(app) if m.kind in kinds and code in m.body]


def register_rows(app) -> dict[str, dict]:
    wb = load_workbook(app.config.resolve(app.settings.register.path))
    rows = list(wb[app.settings.register.sheet].iter_rows(values_only=True))
    return {r[0]: dict(zip(rows[0], r)) for r in rows[1:] if r[0]}


def in_office_hours(app, moment: datetime) -> bool:
    r = app.settings.reminders
    return app.calendar.is_working_day(moment.date()) and max(r.office_start, r.digest_time) <= moment.time() < r.office_end


LIGHT = "Đèn đường ngõ 7 hỏng đã hai tuần"  # → Phòng Kinh tế, Hạ tầng và Đô thị
WASTE = "Rác thải tồn đọng cạnh chợ TDP số 4"  # → Phòng Kinh tế, Hạ tầng và Đô thị
NOISE = "Tiếng ồn karaoke đến nửa đêm ở ngõ 45"  # → Công an phường


# -- agencies' digests -------------------------------------------------------------


def test_each_agency_gets_one_digest_a_day_listing_all_its_cases_at_a_stage(ward):
    app, clock, _ = ward
    light = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    waste = receive(app, clock, at(2026, 11, 16, 10), WASTE)
    noise = receive(app, clock, at(2026, 11, 16, 11), NOISE)
    assert {app.journal.case(c).deadline for c in (light, waste, noise)} == {date(2026, 11, 26)}
    walk(app, clock, date(2026, 11, 17), date(2026, 11, 23))

    kt = mails(app, "digest", AGENCY_KT)
    ca = mails(app, "digest", AGENCY_CA)
    assert [m.sent.date() for m in kt] == [date(2026, 11, 23)]  # one a day, on the day a stage falls
    assert [m.sent.date() for m in ca] == [date(2026, 11, 23)]
    assert sorted(kt[0].lines()) == [(light, "còn 2 ngày làm việc"), (waste, "còn 2 ngày làm việc")]
    assert ca[0].lines() == [(noise, "còn 2 ngày làm việc")]
    assert kt[0].key == "digest_kt_hatang_2026-11-23_kinhte-hatang_luukiem.example.vn"
    for m in kt + ca:
        assert m.msg["Auto-Submitted"] == "auto-generated"
        assert len(m.msg.get_all("To")) == 1 and "," not in m.msg["To"]
        assert "Nhắc hạn" in m.msg["Subject"]
        assert m.sent == at(2026, 11, 23, 8, 30)  # the first cycle after the digest time


def test_before_2_before_1_and_due_go_once_each_on_their_day(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    walk(app, clock, date(2026, 11, 17), date(2026, 11, 26))
    got = [(m.sent.date(), m.lines()) for m in mentions(app, code, ("digest",))]
    assert got == [
        (date(2026, 11, 23), [(code, "còn 2 ngày làm việc")]),
        (date(2026, 11, 25), [(code, "còn 1 ngày làm việc")]),  # 24/11 is a holiday: not a working day
        (date(2026, 11, 26), [(code, "hết hạn hôm nay")]),
    ]
    log = [(r["stage"], r["day"], r["folded"]) for r in app.journal.reminder_log() if r["case_code"] == code]
    assert log == [("before-2", "2026-11-23", 0), ("before-1", "2026-11-25", 0), ("due", "2026-11-26", 0)]
    # The case's history (the register's "Diễn biến") shows each reminder, with its day.
    reminded = [e for e in app.journal.case(code).history if "Nhắc hạn" in e]
    assert [e[:10] for e in reminded] == ["23/11/2026", "25/11/2026", "26/11/2026"]
    assert all("Phòng Kinh tế" in e for e in reminded) and "hết hạn hôm nay" in reminded[-1]
    # Running the same days again sends nothing more.
    n = len(mails(app))
    walk(app, clock, date(2026, 11, 23), date(2026, 11, 26))
    assert len(mails(app)) == n


def test_nothing_at_night_on_a_saturday_or_a_holiday_and_a_missed_day_heals(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    before = len(mails(app))
    for when in (at(2026, 11, 21, 9), at(2026, 11, 22, 10),              # Saturday, Sunday
                 at(2026, 11, 23, 6), at(2026, 11, 23, 7, 45),           # before office hours / the digest time
                 at(2026, 11, 23, 17), at(2026, 11, 23, 23),             # after office hours, at night
                 at(2026, 11, 24, 0), at(2026, 11, 24, 9), at(2026, 11, 24, 14)):  # 24/11/2026: a holiday
        summary = cycle(app, clock, when)
        assert summary.reminders == 0, when
    assert len(mails(app)) == before
    # The daemon never ran in office hours on 23/11: the next working day's digest carries the case,
    # at its current stage; the passed stage is folded in, not lost and not sent on its own.
    summary = cycle(app, clock, at(2026, 11, 25, 8, 0))
    assert summary.reminders >= 1
    [digest] = mails(app, "digest", AGENCY_KT)
    assert digest.lines() == [(code, "còn 1 ngày làm việc")]
    log = {r["stage"]: r["folded"] for r in app.journal.reminder_log() if r["case_code"] == code}
    assert log == {"before-2": 1, "before-1": 0}


def test_nothing_during_tet_2027_and_the_stages_resume_after_it(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2027, 1, 27, 9), LIGHT)
    assert app.journal.case(code).deadline == date(2027, 2, 12)  # Tết: 04/02–10/02/2027 are days off
    walk(app, clock, date(2027, 1, 28), date(2027, 2, 15))
    for m in mails(app):
        if m.kind in ("digest", "tonghop", "escalate"):
            assert in_office_hours(app, m.sent), (m.key, m.sent)
            assert not date(2027, 2, 4) <= m.sent.date() <= date(2027, 2, 10), m.key
    got = [(m.sent.date(), m.lines()) for m in mentions(app, code, ("digest",))]
    assert got == [
        (date(2027, 2, 3), [(code, "còn 2 ngày làm việc")]),
        (date(2027, 2, 11), [(code, "còn 1 ngày làm việc")]),
        (date(2027, 2, 12), [(code, "hết hạn hôm nay")]),
    ]
    assert [m.sent.date() for m in mails(app, "escalate", CHAIR)] == [date(2027, 2, 15)]


def test_a_case_is_never_reminded_before_a_deadline_that_has_passed(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    cycle(app, clock, at(2026, 11, 27, 10))  # first run in office hours after the deadline
    assert mentions(app, code, ("digest",)) == []
    [esc] = mails(app, "escalate", CHAIR)
    assert esc.lines() == [(code, "quá hạn 1 ngày làm việc")]


# -- escalation ------------------------------------------------------------------------


def test_escalation_goes_to_the_chair_and_the_officer_in_charge_at_the_cadence(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    other = receive(app, clock, at(2026, 11, 16, 9, 30), NOISE)
    officer_edit(app, {(code, "Cán bộ phụ trách"): "nguyen van truc"})  # typed without diacritics
    walk(app, clock, date(2026, 11, 17), date(2026, 12, 7))

    days = [date(2026, 11, 27), date(2026, 12, 1), date(2026, 12, 3), date(2026, 12, 7)]
    chair = mails(app, "escalate", CHAIR)
    assert [m.sent.date() for m in chair] == days
    assert all({c for c, _ in m.lines()} == {code, other} for m in chair)
    truc = mails(app, "escalate", TRUC)
    assert [m.sent.date() for m in truc] == days
    assert all([c for c, _ in m.lines()] == [code] for m in truc)  # only the case in their charge
    assert mails(app, "escalate", HA) == []
    assert "báo cáo lần 1" in chair[0].body and "báo cáo lần 4" in chair[-1].body
    assert "Nguyễn Văn Trực" in truc[0].body
    assert all(in_office_hours(app, m.sent) for m in chair + truc)

    stages = sorted(r["stage"] for r in app.journal.reminder_log() if r["case_code"] == code)
    assert [s for s in stages if s.startswith("overdue")] == ["overdue-1", "overdue-2", "overdue-3", "overdue-4"]
    case = app.journal.case(code)
    assert case.status.value == "Quá hạn"
    assert any("Quá hạn trả lời (hạn 26/11/2026)" in h for h in case.history)
    assert any("báo cáo lần 2" in h for h in case.history)
    assert register_rows(app)[code]["Trạng thái"] == "Quá hạn"
    assert mentions(app, code, ("digest",))[-1].sent.date() == date(2026, 11, 26)  # no "before" after it


def test_an_officer_who_reopens_an_overdue_case_is_not_overruled(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    cycle(app, clock, at(2026, 11, 27, 9))
    cycle(app, clock, at(2026, 11, 27, 9, 1))  # the register shows what the previous cycle decided
    assert register_rows(app)[code]["Trạng thái"] == "Quá hạn"
    officer_edit(app, {(code, "Trạng thái"): "Đang xử lý"})
    walk(app, clock, date(2026, 11, 28), date(2026, 12, 1))
    assert register_rows(app)[code]["Trạng thái"] == "Đang xử lý"
    assert [m.sent.date() for m in mails(app, "escalate", CHAIR)] == [date(2026, 11, 27), date(2026, 12, 1)]


# -- nothing for finished cases ----------------------------------------------------------


def test_nothing_for_a_case_answered_early(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT, contact="dan.tdp4@gmail.example")
    kept = receive(app, clock, at(2026, 11, 16, 9, 5), WASTE)
    clock.set(at(2026, 11, 19, 10))
    officer_edit(app, {(code, "Nội dung trả lời"): "Đã thay bóng đèn ngày 18/11/2026.",
                       (code, "Trạng thái"): "Đã trả lời"})
    cycle(app, clock, at(2026, 11, 19, 10))
    walk(app, clock, date(2026, 11, 20), date(2026, 12, 4))
    assert mentions(app, code) == []
    assert mentions(app, kept, ("digest",))  # the other case of the same agency was reminded
    [answer] = [m for m in mails(app, "answer") if code in m.key]
    assert answer.msg["To"] == "dan.tdp4@gmail.example" and answer.sent == at(2026, 11, 19, 10)
    case = app.journal.case(code)
    assert case.answered_on == date(2026, 11, 19) and case.on_time is True
    assert register_rows(app)[code]["Trạng thái"] == "Đã trả lời"


def test_nothing_for_an_item_outside_the_wards_competence(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), "Khiếu nại bản án của tòa án nhân dân khu vực")
    assert app.journal.case(code).status.value == "Ngoài thẩm quyền"
    walk(app, clock, date(2026, 11, 17), date(2026, 12, 4), hours=((9, 0),))
    assert mentions(app, code, ("digest", "escalate", "tonghop")) == []
    assert app.journal.case(code).status.value == "Ngoài thẩm quyền"
    assert not [r for r in app.journal.reminder_log() if r["case_code"] == code]


def test_cases_json_shows_answer_date_and_whether_on_time(ward):
    app, clock, cfg = ward
    early = receive(app, clock, at(2026, 11, 16, 9), LIGHT)  # anonymous: answered in the monthly results
    late = receive(app, clock, at(2026, 11, 16, 9, 5), WASTE)
    clock.set(at(2026, 11, 20, 10))
    officer_edit(app, {(early, "Nội dung trả lời"): "Đã sửa.", (early, "Trạng thái"): "Đã trả lời"})
    cycle(app, clock, at(2026, 11, 20, 10))
    clock.set(at(2026, 11, 30, 10))
    officer_edit(app, {(late, "Nội dung trả lời"): "Đã thu gom.", (late, "Trạng thái"): "Đã trả lời"})
    cycle(app, clock, at(2026, 11, 30, 10))
    data = {d["code"]: d for d in json.loads(CliRunner().invoke(cli, ["--config", str(cfg), "cases", "--json"]).output)}
    assert (data[early]["answered_on"], data[early]["on_time"]) == ("2026-11-20", True)
    assert (data[late]["answered_on"], data[late]["on_time"]) == ("2026-11-30", False)
    assert any("ẩn danh" in h for h in app.journal.case(early).history)


# -- the clock stops while waiting for the citizen ----------------------------------------


def test_pause_and_resume_extend_the_deadline_and_are_recorded(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    clock.set(at(2026, 11, 19, 10))
    officer_edit(app, {(code, "Trạng thái"): "Chờ bổ sung"})
    cycle(app, clock, at(2026, 11, 19, 10))
    walk(app, clock, date(2026, 11, 20), date(2026, 11, 30))
    case = app.journal.case(code)
    assert case.paused_on == date(2026, 11, 19) and case.status.value == "Chờ bổ sung"
    assert mentions(app, code) == []  # no reminder, no escalation, though 26/11 has passed
    assert register_rows(app)[code]["Trạng thái"] == "Chờ bổ sung"

    clock.set(at(2026, 12, 1, 10))
    officer_edit(app, {(code, "Trạng thái"): "Đang xử lý"})
    cycle(app, clock, at(2026, 12, 1, 10))
    case = app.journal.case(code)
    # Stopped 19/11–30/11: 7 working days (19, 20, 23, 25, 26, 27, 30), added after 26/11.
    assert case.deadline == date(2026, 12, 7)
    assert case.deadline == extend_for_pause(date(2026, 11, 26), date(2026, 11, 19), date(2026, 12, 1),
                                             complex=False, cal=app.calendar)
    assert case.paused_on is None and case.pauses == [(date(2026, 11, 19), date(2026, 12, 1))]
    assert any("Tạm dừng tính thời hạn từ 19/11/2026" in h for h in case.history)
    assert any("hạn mới 07/12/2026" in h for h in case.history)
    assert register_rows(app)[code]["Hạn trả lời"].date() == date(2026, 12, 7)

    walk(app, clock, date(2026, 12, 2), date(2026, 12, 8))
    got = [(m.sent.date(), m.lines()) for m in mentions(app, code, ("digest",))]
    assert got == [(date(2026, 12, 3), [(code, "còn 2 ngày làm việc")]),
                   (date(2026, 12, 4), [(code, "còn 1 ngày làm việc")]),
                   (date(2026, 12, 7), [(code, "hết hạn hôm nay")])]
    assert [m.sent.date() for m in mails(app, "escalate", CHAIR)] == [date(2026, 12, 8)]


def test_reclassifying_as_complex_after_a_pause_keeps_the_pause(ward):
    app, clock, _ = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT)
    clock.set(at(2026, 11, 19, 10))
    officer_edit(app, {(code, "Trạng thái"): "Chờ bổ sung"})
    cycle(app, clock, at(2026, 11, 19, 10))
    clock.set(at(2026, 12, 1, 10))
    officer_edit(app, {(code, "Trạng thái"): "Đang xử lý"})
    cycle(app, clock, at(2026, 12, 1, 10))
    clock.set(at(2026, 12, 2, 10))
    officer_edit(app, {(code, "Mức độ"): "Phức tạp"})
    cycle(app, clock, at(2026, 12, 2, 10))
    case = app.journal.case(code)
    plain = compute_deadline(case.received_at, complex=True, cal=app.calendar, policy=app.policy)
    assert plain == date(2026, 12, 7)
    # 12 calendar days stopped (19/11 → 01/12) on top of the complex period: 19/12 is a Saturday → 21/12.
    assert case.deadline == date(2026, 12, 21)
    assert register_rows(app)[code]["Hạn trả lời"].date() == date(2026, 12, 21)


# -- answers to citizens -----------------------------------------------------------------


def test_a_phone_only_submitter_waits_on_the_call_back_list_until_an_officer_has_called(ward):
    app, clock, cfg = ward
    code = receive(app, clock, at(2026, 11, 16, 9), LIGHT, contact="0912 000 111")
    clock.set(at(2026, 11, 20, 9))
    officer_edit(app, {(code, "Nội dung trả lời"): "Phòng đã thay bóng đèn ngõ 7 ngày 19/11.",
                       (code, "Trạng thái"): "Đã trả lời"})
    cycle(app, clock, at(2026, 11, 20, 9))
    case = app.journal.case(code)
    assert case.status.value == "Chờ gọi lại" and case.answered_on is None
    cycle(app, clock, at(2026, 11, 20, 9, 5))
    assert register_rows(app)[code]["Trạng thái"] == "Chờ gọi lại"  # officers filter the register by it

    listed = CliRunner().invoke(cli, ["--config", str(cfg), "callbacks"])
    assert listed.exit_code == 0, listed.output
    assert code in listed.output and "0912000111" in listed.output
    assert "Phòng đã thay bóng đèn ngõ 7 ngày 19/11." in listed.output
    [item] = json.loads(CliRunner().invoke(cli, ["--config", str(cfg), "callbacks", "--json"]).output)
    assert (item["code"], item["phone"]) == (code, "0912000111")

    cycle(app, clock, at(2026, 11, 23, 8, 30))
    digest = mails(app, "tonghop", TRUC)[-1]
    assert digest.sent.date() == date(2026, 11, 23)
    assert "CHỜ GỌI LẠI (1)" in digest.body and code in digest.body.split("CHỜ GỌI LẠI")[1]
    everything = "\n".join(m.body for m in mails(app)) + "\n".join(
        str(v) for row in register_rows(app).values() for v in row.values() if v)
    assert "0912" not in everything and "000 111" not in everything  # only `hopthu callbacks` shows it
    assert mentions(app, code, ("digest",)) == []  # the agency has answered: no more reminders to it

    clock.set(at(2026, 11, 23, 14))
    officer_edit(app, {(code, "Trạng thái"): "Đã trả lời"})  # called and read it out
    cycle(app, clock, at(2026, 11, 23, 14))
    case = app.journal.case(code)
    assert case.status.value == "Đã trả lời" and case.answered_on == date(2026, 11, 23) and case.on_time
    assert any("đã gọi lại" in h for h in case.history)
    assert "Không có hồ sơ nào" in CliRunner().invoke(cli, ["--config", str(cfg), "callbacks"]).output
    assert [m for m in mails(app, "answer")] == []  # no email address: nothing was emailed


def _agency_reply(app, clock, code: str, text: str, name: str) -> None:
    msg = EmailMessage()
    msg["From"] = formataddr(("Phòng Kinh tế, Hạ tầng và Đô thị", AGENCY_KT))
    msg["To"] = app.settings.ward.front_email
    msg["Subject"] = f"Re: [{code}] Chuyển xử lý ý kiến: Hạ tầng, giao thông, chiếu sáng"
    msg["Date"] = format_datetime(clock.now)
    msg["Message-ID"] = make_msgid(domain="luukiem.example.vn")
    msg.set_content(text)
    (app.config.resolve(app.settings.inbox.path) / "new" / name).write_bytes(bytes(msg))


@pytest.mark.parametrize("auto_relay", [False, True])
def test_an_agencys_answer_goes_straight_to_the_citizen_only_with_auto_relay(tmp_path, auto_relay):
    clock = Clock(at(2026, 11, 16, 8))
    app, _ = small_ward(tmp_path, clock, auto_relay=auto_relay)
    try:
        code = receive(app, clock, at(2026, 11, 16, 9), LIGHT, contact="dan.tdp4@gmail.example")
        clock.set(at(2026, 11, 19, 10))
        _agency_reply(app, clock, code, "Phòng đã thay bóng đèn ngõ 7 ngày 18/11/2026.", "9200.M1.reply")
        cycle(app, clock, at(2026, 11, 19, 10))
        cycle(app, clock, at(2026, 11, 19, 10, 5))
        case = app.journal.case(code)
        answers = [m for m in mails(app, "answer") if m.msg["To"] == "dan.tdp4@gmail.example"]
        if auto_relay:
            assert case.status.value == "Đã trả lời" and case.answered_on == date(2026, 11, 19) and case.on_time
            assert len(answers) == 1 and "thay bóng đèn" in answers[0].body
            assert any("auto_relay" in h for h in case.history)
        else:
            assert case.status.value == "Chờ duyệt trả lời" and case.answered_on is None
            assert answers == []
            walk(app, clock, date(2026, 11, 20), date(2026, 11, 26), hours=((9, 0),))
            assert mentions(app, code, ("digest",)) == []  # answered by the agency: the front approves
            digest = mails(app, "tonghop", CHAIR)[-1]
            assert code in digest.body.split("CHỜ DUYỆT TRẢ LỜI")[1].split("CHỜ GỌI LẠI")[0]
        assert register_rows(app)[code]["Trạng thái"] == case.status.value
    finally:
        app.close()


# -- the officers' digest ------------------------------------------------------------------


def test_the_officers_daily_digest_lists_what_needs_attention_without_personal_data(ward):
    app, clock, _ = ward
    soon = receive(app, clock, at(2026, 11, 16, 9), LIGHT, contact="Nguyen Thi Hoa <hoa.nt@gmail.example>")
    late = receive(app, clock, at(2026, 11, 5, 9), NOISE, contact="0987.654.321")
    walk(app, clock, date(2026, 11, 23), date(2026, 11, 23))
    digests = mails(app, "tonghop")
    assert {m.msg["To"] for m in digests if m.sent.date() == date(2026, 11, 23)} == {CHAIR, TRUC, HA}
    body = mails(app, "tonghop", HA)[-1].body
    assert f"[{soon}] còn 2 ngày làm việc" in body.split("SẮP ĐẾN HẠN")[1].split("QUÁ HẠN")[0]
    assert f"[{late}] quá hạn" in body.split("QUÁ HẠN")[1].split("CHỜ DUYỆT")[0]
    for m in digests:
        for secret in ("Hoa", "hoa.nt", "0987", "654.321", "Đèn đường", "karaoke"):
            assert secret not in m.body, (m.key, secret)
        assert m.msg["Auto-Submitted"] == "auto-generated"
    today = [m for m in digests if m.sent.date() == date(2026, 11, 23)]
    assert len(today) == len({m.key for m in today}) == 3  # one per officer and day, however many cycles
