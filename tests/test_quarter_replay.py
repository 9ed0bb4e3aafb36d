"""A quarter replayed with a controllable clock: 04/01/2027 → 31/03/2027, across Tết 2027 (04/02–10/02).

200 items arrive on varied days and at varied hours (deterministic random): ordinary, complex, urgent
and out-of-competence ones, with an email address, a phone number only, or anonymous. Officers answer
some early in the register (answer text + "Đã trả lời"; phone-only ones are called back the next
working day), put some on hold ("Chờ bổ sung") and resume most of them, and name an officer in
charge for some. The clock steps through every day of the quarter, working or not, at 06:00, 08:30,
12:00, 16:30 and 22:00, running the real cycle each time (the register is read and written at the
12:00 step of working days, when officers edit it; the other steps skip the register, which is the
slow part, but still run intake, reminders and delivery).

Then, from the `.eml` outbox folder and the journal: every reminder, digest, escalation and answer
went exactly once; every one of them is dated within office hours on a working day (only the
intake-time emails — acknowledgements, routed cases, urgent alerts, out-of-competence replies — go
at once, any hour); nothing went for a case after its answer, or while it was on hold; each
untouched case got its "before" stages and due-day reminder on the right days and its escalations
at the right cadence; every open case past its deadline was escalated.
"""

from __future__ import annotations

import random
import re
import time as timer
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest

from hopthu.core.model import FINISHED
from hopthu.pipeline.cycle import add_manual, run_cycle
from hopthu.reports import schedule as report_schedule

from ward import CHAIR, HA, TRUC, TZ, Clock, mails, officer_edit, small_ward

START, END = date(2027, 1, 4), date(2027, 3, 31)
TET = (date(2027, 2, 4), date(2027, 2, 10))
STEPS = ((6, 0), (8, 30), (12, 0), (16, 30), (22, 0))
N_CASES = 200
AT_ONCE = {"ack", "routed", "urgent", "outside"}  # intake-time emails: sent at once, any hour
PACED = {"digest", "escalate", "tonghop", "answer", "report"}  # only in office hours of working days

TEXTS = {
    "normal": [
        "Đèn đường ngõ {n} phố Lê Lợi hỏng đã hai tuần",
        "Rác thải tồn đọng cạnh chợ TDP số {n}",
        "Tiếng ồn karaoke đến nửa đêm ở ngõ {n}",
        "Xin hỏi về chế độ hộ nghèo năm nay của TDP số {n}",
        "Đề nghị công khai lịch tiếp công dân, tôi đã đến {n} lần không gặp",
        "Xin hướng dẫn thủ tục chứng thực bản sao giấy khai sinh cho con (lần {n})",
        "Đề nghị Mặt trận tổ chức cuộc vận động ủng hộ người nghèo ở TDP số {n}",
    ],
    "complex": ["Tranh chấp đất giữa hai hộ ở ngõ {n} kéo dài chưa giải quyết"],
    "urgent": ["Cây đổ chắn ngang đường ngõ {n}", "Vỡ ống nước sạch ở ngõ {n}"],
    "outside": ["Khiếu nại bản án của tòa án về vụ việc số {n}"],
}
LABEL = {"before-2": "còn 2 ngày làm việc", "before-1": "còn 1 ngày làm việc", "due": "hết hạn hôm nay"}
DIGEST_LINE = re.compile(r"\[(HT-\d{4}-\d{4})\] (còn \d+ ngày làm việc|hết hạn hôm nay)")
ESCALATION_LINE = re.compile(r"\[(HT-\d{4}-\d{4})\] quá hạn \d+ ngày làm việc – hạn \S+ – báo cáo lần (\d+)")


@dataclass
class Item:
    index: int
    arrives: datetime
    text: str
    contact: str  # "email" | "phone" | "none"
    fate: str  # "open" | "answer" | "pause"
    officer: str | None
    rng: random.Random
    sid: str = ""
    code: str = ""
    # what the officers did, and when (the cycle's time)
    answer_day: date | None = None
    call_day: date | None = None
    pause_day: date | None = None
    resume_day: date | None = None
    approved: datetime | None = None
    answered: datetime | None = None
    paused: datetime | None = None
    resumed: datetime | None = None
    officer_set: datetime | None = None
    in_register: bool = False
    deadline_at_start: date | None = None
    history: list = field(default_factory=list)


@dataclass
class Replay:
    app: object
    items: list[Item]
    reminders_counted: int
    elapsed: float
    files: list  # every .eml of the outbox folder, parsed once

    def mails(self, kind: str | None = None, to: str | None = None) -> list:
        return [m for m in self.files if (kind is None or m.kind == kind) and (to is None or m.msg["To"] == to)]


def make_items() -> list[Item]:
    rng = random.Random(20270104)
    items = []
    for i in range(N_CASES):
        day = START + timedelta(days=rng.randrange(0, 76))  # until 20/03: most fall due within the quarter
        arrives = datetime.combine(day, time(rng.randrange(24), rng.randrange(60), rng.randrange(60)), TZ)
        kind = rng.choices(["normal", "complex", "urgent", "outside"], weights=[68, 12, 14, 6])[0]
        text = rng.choice(TEXTS[kind]).format(n=i + 1)
        contact = rng.choices(["email", "phone", "none"], weights=[40, 30, 30])[0]
        fate = "open" if kind == "outside" else rng.choices(["open", "answer", "pause"], weights=[50, 32, 18])[0]
        officer = rng.choice([None, None, "nguyen van truc", "Phạm Thị Thu Hà"])
        items.append(Item(i, arrives, text, contact, fate, officer, random.Random(i)))
    items.sort(key=lambda it: it.arrives)
    return items


def contact_of(item: Item) -> str:
    if item.contact == "email":
        return f"nguoidan{item.index}@gmail.example"
    if item.contact == "phone":
        return f"09{item.index:08d}"
    return ""


def days(first: date, last: date):
    d = first
    while d <= last:
        yield d
        d += timedelta(days=1)


def plan_actions(app, item: Item, today: date) -> None:
    """Once the case exists: the days officers will act on it (working days, at the 12:00 step)."""
    case = app.journal.case(item.code)
    item.deadline_at_start = case.deadline
    if case.status in FINISHED:
        item.fate = "open"
        return
    cal = app.calendar
    received = case.received_at.date()
    # From the second working day on: by then the case is in the register (written at 12:00 on working days).
    first = cal.add_working_days(max(received, today), 2)
    window = [d for d in days(first, case.deadline - timedelta(days=1)) if cal.is_working_day(d)]
    if not window:
        item.fate = "open"  # no working day left before the deadline to act early
        return
    if item.fate == "answer":
        item.answer_day = item.rng.choice(window)
        if item.contact == "phone":
            item.call_day = cal.next_working_day(item.answer_day)  # ≤ the deadline: still early
    elif item.fate == "pause":
        item.pause_day = item.rng.choice(window)
        item.resume_day = cal.add_working_days(item.pause_day, item.rng.randrange(1, 12))  # some stay on hold


def officer_actions(item: Item, day: date, now: datetime) -> dict:
    edits = {}
    if not item.in_register:
        return edits
    if item.officer and item.officer_set is None:
        edits[(item.code, "Cán bộ phụ trách")] = item.officer
        item.officer_set = now
    if item.answer_day == day:
        edits[(item.code, "Nội dung trả lời")] = f"Cơ quan đã xử lý xong nội dung phản ánh số {item.index + 1}."
        edits[(item.code, "Trạng thái")] = "Đã trả lời"
        item.approved = now
        if item.contact != "phone":
            item.answered = now
    elif item.call_day == day:
        edits[(item.code, "Trạng thái")] = "Đã trả lời"  # the officer has called and read the answer out
        item.answered = now
    elif item.pause_day == day:
        edits[(item.code, "Trạng thái")] = "Chờ bổ sung"
        item.paused = now
    elif item.resume_day == day:
        edits[(item.code, "Trạng thái")] = "Đang xử lý"
        item.resumed = now
    return edits


@pytest.fixture(scope="module")
def replay(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("quarter")
    clock = Clock(datetime.combine(START, time(0, 0), TZ))
    app, _ = small_ward(tmp, clock)
    # The outbox counts today's sends against the daily cap with the wall clock; in a replay the
    # two clocks disagree, so lift the cap (it is not what this test is about).
    app.outbox.daily_cap = 10**9
    items = make_items()
    pending = list(items)
    by_sid: dict[str, Item] = {}
    reminders_counted = 0
    # The scheduled reports (three monthly results and the Q1 draft) are rendered by a worker process:
    # their seconds are counted apart from the cycles' budget.
    rendering: list[float] = []
    real_make_report = report_schedule.make_report

    def timed_make_report(*args, **kwargs):
        began = timer.perf_counter()
        try:
            return real_make_report(*args, **kwargs)
        finally:
            rendering.append(timer.perf_counter() - began)

    report_schedule.make_report = timed_make_report
    started = timer.perf_counter()
    for day in days(START, END):
        working = app.calendar.is_working_day(day)
        for hh, mm in STEPS:
            now = datetime.combine(day, time(hh, mm), TZ)
            while pending and pending[0].arrives <= now:
                item = pending.pop(0)
                clock.set(item.arrives)
                item.sid = add_manual(app, channel="paper", text=item.text, tdp=f"TDP số {item.index % 40 + 1}",
                                      contact=contact_of(item), date=item.arrives.strftime("%d/%m/%Y %H:%M:%S"))
                by_sid[item.sid] = item
            clock.set(now)
            office = working and (hh, mm) == (12, 0)
            edits = {}
            if office:
                for item in items:
                    if item.code:
                        edits.update(officer_actions(item, day, now))
            if edits:
                officer_edit(app, edits)
            register = office
            summary = run_cycle(app, register=register)
            assert not summary.errors and not summary.quarantined, summary
            reminders_counted += summary.reminders
            for case in summary.new_cases:
                item = by_sid[case.source_id]
                item.code = case.code
                plan_actions(app, item, day)
            if register:
                for item in items:
                    item.in_register = bool(item.code)
    elapsed = timer.perf_counter() - started - sum(rendering)
    report_schedule.make_report = real_make_report
    yield Replay(app, items, reminders_counted, elapsed, mails(app))
    app.close()


def test_every_item_of_the_quarter_became_a_case(replay):
    # (the replay's seconds are in replay.elapsed; speed is measured in bench/, not asserted here)
    app, items = replay.app, replay.items
    assert all(it.code for it in items) and len(app.journal.cases()) == N_CASES
    fates = Counter(it.fate for it in items)
    assert fates["answer"] >= 30 and fates["pause"] >= 15 and fates["open"] >= 60, fates
    assert sum(1 for it in items if it.answered) >= 30
    assert sum(1 for it in items if it.contact == "phone" and it.answered) >= 5
    assert sum(1 for it in items if it.resumed) >= 10 and sum(1 for it in items if it.paused and not it.resumed) >= 1
    assert {c.complex for c in app.journal.cases()} == {True, False}
    assert any("urgent" in c.flags for c in app.journal.cases())


def test_every_email_went_exactly_once(replay):
    app, reminders_counted = replay.app, replay.reminders_counted
    records = app.journal.messages()
    keys = [r.key for r in records]
    assert len(keys) == len(set(keys))
    assert all(r.state == "sent" for r in records), Counter(r.state for r in records)
    files = replay.mails()
    assert len(files) == len(records)  # one file per key, none overwritten by a second send
    assert len({m.msg["Message-ID"] for m in files}) == len(files)
    assert all(len(m.msg.get_all("To")) == 1 and "," not in m.msg["To"] for m in files)
    assert {m.kind for m in files} <= AT_ONCE | PACED, {m.kind for m in files}
    assert reminders_counted == sum(1 for m in files if m.kind in {"digest", "escalate", "tonghop"})
    answers = Counter(m.key for m in files if m.kind == "answer")
    assert answers and max(answers.values()) == 1
    for m in files:
        if m.kind in {"digest", "escalate", "tonghop"}:
            assert m.msg["Auto-Submitted"] == "auto-generated"


def test_reminders_digests_escalations_and_answers_go_only_in_office_hours_of_working_days(replay):
    app = replay.app
    r = app.settings.reminders
    start = max(r.office_start, r.digest_time)
    paced = [m for m in replay.mails() if m.kind in PACED]
    assert len(paced) > 300
    for m in paced:
        assert app.calendar.is_working_day(m.sent.date()), (m.key, m.sent)
        assert start <= m.sent.time() < r.office_end, (m.key, m.sent)
        assert not TET[0] <= m.sent.date() <= TET[1], (m.key, m.sent)
    # The officers' digest: one per officer and working day, nothing else.
    working_days = [d for d in days(START, END) if app.calendar.is_working_day(d)]
    tonghop = Counter((m.msg["To"], m.sent.date()) for m in replay.mails("tonghop"))
    assert set(tonghop) == {(who, d) for who in (CHAIR, TRUC, HA) for d in working_days}
    assert set(tonghop.values()) == {1}


def test_no_stage_twice_for_a_case_and_the_journal_agrees_with_the_outbox(replay):
    app = replay.app
    files = {m.key: m for m in replay.mails()}
    digest_lines = Counter()
    per_day = Counter()
    for m in files.values():
        if m.kind == "digest":
            for code, label in DIGEST_LINE.findall(m.body):
                digest_lines[(code, label)] += 1
                per_day[(code, m.sent.date())] += 1
    assert digest_lines and max(digest_lines.values()) == 1
    assert max(per_day.values()) == 1  # a case is in at most one digest a day
    chair_escalations = Counter()
    for m in replay.mails("escalate", CHAIR):
        for code, n in ESCALATION_LINE.findall(m.body):
            chair_escalations[(code, int(n))] += 1
    assert chair_escalations and max(chair_escalations.values()) == 1
    for row in app.journal.reminder_log():
        if row["stage"].startswith("status:"):
            continue
        mail = files[re.sub(r"[^A-Za-z0-9._-]+", "_", row["key"])]  # FolderTransport's file name
        assert row["case_code"] in mail.body
        assert mail.sent.date().isoformat() == row["day"]
        if row["stage"].startswith("overdue-"):
            assert f"báo cáo lần {row['stage'].split('-')[1]}" in mail.body
        elif not row["folded"]:
            assert f"[{row['case_code']}] {LABEL[row['stage']]}" in mail.body


def test_nothing_after_an_answer_and_nothing_while_on_hold(replay):
    app, items = replay.app, replay.items
    followups = [m for m in replay.mails() if m.kind in {"digest", "escalate"}]
    checked = 0
    for item in items:
        for m in followups:
            if item.code not in m.body:
                continue
            if item.approved:  # the agency's work is done: no more reminders to it
                assert not (m.kind == "digest" and m.sent >= item.approved), (item.code, m.key)
            if item.answered:
                assert m.sent < item.answered, (item.code, m.key)
            if item.paused:
                assert not (item.paused <= m.sent and (item.resumed is None or m.sent < item.resumed)), (item.code, m.key)
        checked += bool(item.answered or item.paused)
    assert checked >= 40
    for item in items:
        if item.answered:
            case = app.journal.case(item.code)
            assert case.status.value == "Đã trả lời" and case.answered_on == item.answered.date()
            assert case.on_time is True
            answer = [m for m in replay.mails("answer") if item.code in m.key]
            assert len(answer) == (1 if item.contact == "email" else 0)
        if item.contact == "phone" and item.approved and not item.answered:
            assert app.journal.case(item.code).status.value == "Chờ gọi lại"


def test_untouched_cases_got_each_stage_on_its_day_and_escalations_at_the_cadence(replay):
    app, items = replay.app, replay.items
    cal = app.calendar
    every = app.settings.reminders.escalate_every_working_days
    digests = defaultdict(list)
    for m in replay.mails("digest"):
        for code, label in DIGEST_LINE.findall(m.body):
            digests[code].append((m.sent.date(), label))
    chair = defaultdict(list)
    for m in replay.mails("escalate", CHAIR):
        for code, n in ESCALATION_LINE.findall(m.body):
            chair[code].append((m.sent.date(), int(n)))
    by_officer = {TRUC: "nguyen van truc", HA: "Phạm Thị Thu Hà"}
    officer_escalations = defaultdict(set)
    for address, _name in by_officer.items():
        for m in replay.mails("escalate", address):
            for code, n in ESCALATION_LINE.findall(m.body):
                officer_escalations[(address, code)].add(int(n))
    untouched = [it for it in items if it.fate == "open" and app.journal.case(it.code).status not in FINISHED]
    assert len(untouched) >= 50
    escalated = 0
    for item in untouched:
        case = app.journal.case(item.code)
        assert case.deadline == item.deadline_at_start
        received = case.received_at.date()
        stages = [("before-2", cal.add_working_days(case.deadline, -2)),
                  ("before-1", cal.add_working_days(case.deadline, -1)), ("due", case.deadline)]
        expected = [(d, LABEL[s]) for s, d in stages if received < d <= END]
        assert digests[item.code] == expected, item.code
        due = []
        d = cal.next_working_day(case.deadline)
        while d <= END:
            due.append(d)
            d = cal.add_working_days(d, every)
        assert chair[item.code] == [(d, n) for n, d in enumerate(due, start=1)], item.code
        if due:
            escalated += 1
            assert case.status.value == "Quá hạn"
        if item.officer and item.officer_set and item.officer_set.date() < case.deadline:
            address = next(a for a, n in by_officer.items() if n == item.officer)
            assert officer_escalations[(address, item.code)] == {n for _, n in chair[item.code]}
    assert escalated >= 40


def test_every_open_case_past_its_deadline_was_escalated(replay):
    app = replay.app
    escalated = set()
    for m in replay.mails("escalate", CHAIR):
        escalated |= {code for code, _ in ESCALATION_LINE.findall(m.body)}
    late = [c for c in app.journal.cases()
            if c.status not in FINISHED and c.paused_on is None and c.deadline < END]
    assert late
    missing = [c.code for c in late if c.code not in escalated]
    assert not missing
    outside = [c.code for c in app.journal.cases() if c.status.value == "Ngoài thẩm quyền"]
    assert outside and not (set(outside) & escalated)


def test_the_quarters_reports_went_once_each_and_name_nobody(replay):
    import io

    from docx import Document
    from openpyxl import load_workbook
    from pypdf import PdfReader

    reports = replay.mails("report")
    by_period = Counter(m.key.split("_")[1] for m in reports)
    # December's result on 04/01 (01/01 is a holiday, then a weekend), January's on 01/02, February's on
    # 01/03 to the chair and the two officers; the Q1 draft on Friday 19/03 (20/03 is a Saturday) to the chair.
    assert by_period == {"2026-12": 3, "2027-01": 3, "2027-02": 3, "2027Q1": 1}, by_period
    assert {m.sent.date() for m in reports} == {date(2027, 1, 4), date(2027, 2, 1), date(2027, 3, 1), date(2027, 3, 19)}
    secrets = {contact_of(it) for it in replay.items} - {""}
    assert len(secrets) > 100
    for mail in reports:
        texts = [mail.msg.get_body(("plain",)).get_content()]
        for part in mail.msg.iter_attachments():
            name, data = part.get_filename(), part.get_content()
            if name.endswith(".pdf"):
                texts.append("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))
            elif name.endswith(".docx"):
                doc = Document(io.BytesIO(data))
                texts += [p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells]
            elif name.endswith(".xlsx"):
                book = load_workbook(io.BytesIO(data))
                texts += [str(v) for ws in book for row in ws.iter_rows(values_only=True) for v in row if v is not None]
            elif isinstance(data, str):
                texts.append(data)
        text = "\n".join(texts)
        digits = re.sub(r"\D", "", text)
        for secret in secrets:
            assert secret not in text, (mail.key, secret)
            if secret.isdigit():
                assert secret not in digits, (mail.key, secret)
    january = next(m for m in reports if m.key.startswith("report_2027-01"))
    assert "Ý kiến tiếp nhận: " in january.msg.get_body(("plain",)).get_content()
