"""The reminder pass with many cases: it reads only the cases due or changed, and it lets letters in while it runs.

A small ward (tests/ward.py), items recorded with `hopthu add` at known times, the clock moved by hand, and the
real cycle. The calendar (see tests/test_reminders.py): received Monday 16/11/2026 → deadline Thursday 26/11/2026,
the agency's stages on 23/11, 25/11 and 26/11, the first escalation on Friday 27/11.
"""

from __future__ import annotations

import threading
from datetime import datetime

import pytest

from hopthu.core.model import Status
from hopthu.pipeline import reminder_due
from hopthu.pipeline.cycle import add_manual, run_cycle

from ward import TZ, Clock, mails, small_ward

LIGHT = "Đèn đường ngõ {} hỏng đã hai tuần"  # → Phòng Kinh tế, Hạ tầng và Đô thị
MANY = 12


def at(d, hh=9, mm=0) -> datetime:
    return datetime(2026, 11, d, hh, mm, tzinfo=TZ)


@pytest.fixture
def ward(tmp_path):
    clock = Clock(at(16, 8))
    app, _ = small_ward(tmp_path, clock)
    clock.set(at(16, 9))
    for n in range(MANY):
        add_manual(app, channel="paper", text=LIGHT.format(n + 3), tdp="TDP số 4", contact="",
                   date=f"16/11/2026 09:{n:02d}:00")
    summary = run_cycle(app)
    assert len(summary.new_cases) == MANY
    yield app, clock
    app.close()


def looked_at(app, day: int) -> list[str]:
    """The cases the reminder pass would read on 2026-11-`day` (the journal's query, as the pass runs it)."""
    return [case.code for case, _ in app.journal.reminder_candidates(f"2026-11-{day:02d}")]


def test_a_pass_reads_the_cases_due_or_changed_not_every_case(ward):
    app, clock = ward
    codes = sorted(c.code for c in app.journal.cases())
    assert looked_at(app, 16) == []  # the cycle that opened them looked at them: nothing before 23/11
    assert looked_at(app, 22) == []
    assert looked_at(app, 23) == codes  # the first stage's day: all of them

    clock.set(at(17, 10))
    one = app.journal.case(codes[3])
    app.journal.save_case(one, ["Cán bộ ghi chú"])  # any change to a case: the next pass looks at it again
    assert looked_at(app, 17) == [codes[3]]
    run_cycle(app)
    assert looked_at(app, 17) == []

    clock.set(at(23, 8, 30))  # the first stage: every case reminded in one digest, then quiet until 25/11
    run_cycle(app)
    digests = mails(app, "digest")
    assert len(digests) == 1 and sorted(c for c, _ in digests[0].lines()) == codes
    assert looked_at(app, 23) == [] and looked_at(app, 24) == []
    assert looked_at(app, 25) == codes
    clock.set(at(23, 14))
    run_cycle(app)
    assert len(mails(app, "digest")) == 1  # nothing read, nothing sent twice


def test_a_changed_setting_or_a_clock_set_back_makes_the_pass_look_at_every_case(ward):
    app, clock = ward
    codes = sorted(c.code for c in app.journal.cases())
    assert looked_at(app, 17) == []
    app.journal.set_meta(reminder_due.SETTINGS_SEEN, "digest of other settings")
    assert [c.code for c in reminder_due.candidates(app, at(17).date())] == codes
    clock.set(at(20, 10))
    run_cycle(app)
    assert looked_at(app, 19) == []
    assert [c.code for c in reminder_due.candidates(app, at(19).date())] == codes  # the day went back


def test_an_upgraded_holidays_package_makes_the_pass_look_at_every_case(ward, monkeypatch):
    """A decree can move a holiday; the package that learns of it moves deadlines and reminder days."""
    from hopthu.core import workdays

    app, clock = ward
    codes = sorted(c.code for c in app.journal.cases())
    assert looked_at(app, 17) == []
    monkeypatch.setattr(workdays, "facts_version", lambda: "9999.1")
    assert [c.code for c in reminder_due.candidates(app, at(17).date())] == codes


def test_a_letter_gets_its_case_while_a_long_reminder_pass_runs(ward):
    """The pass takes `app.work` case by case: between two cases another thread (the daemon's mail loop) opens
    a case. Before, the whole pass held the lock and the letter waited for its end."""
    app, clock = ward
    clock.set(at(27, 9))  # the day after the deadline: every case is marked "Quá hạn", one at a time
    letter: dict = {}

    def mail_loop() -> None:
        add_manual(app, channel="paper", text="Ống nước vỡ trước nhà số 12", tdp="TDP số 2", contact="",
                   date="27/11/2026 09:00:00")
        letter["cases"] = [c.code for c in run_cycle(app, sheets=False, register=False).new_cases]

    passing = threading.current_thread()

    def pulse() -> None:  # between the pass's cases, on the thread running it
        if threading.current_thread() is not passing or "started" in letter:
            return
        overdue = sum(c.status == Status.OVERDUE for c in app.journal.cases())
        if overdue:
            letter["started"] = True
            other = threading.Thread(target=mail_loop)
            other.start()
            other.join(60)  # the lock is free here, or this letter waits for the whole pass (and the test fails)
            letter["during"] = (not other.is_alive(), overdue)

    app.pulse = pulse
    run_cycle(app)
    done, overdue_then = letter["during"]
    assert done and len(letter["cases"]) == 1  # the letter had its case…
    assert overdue_then < MANY  # …before the pass had marked every case
    assert sum(c.status == Status.OVERDUE for c in app.journal.cases()) == MANY


def test_a_case_changed_while_a_digest_is_made_is_not_overwritten(ward):
    """Digests and escalations are made from the cases without `app.work` (excerpts, templates) and recorded under
    it: when a letter changed one of them meanwhile, they are made again from the cases as they stand, so the
    history line the digest adds never overwrites the letter's change."""
    from hopthu.pipeline import reminders

    app, clock = ward
    clock.set(at(23, 8, 30))
    code = sorted(c.code for c in app.journal.cases())[0]
    made: list[list[str]] = []

    def make(cases):
        made.append([c.history[-1] for c in cases])
        if len(made) == 1:  # the mail loop, between the read and the lock
            app.journal.save_case(app.journal.case(code), ["Người dân gửi thêm ảnh"])
        return [], [], [(case, ["Nhắc hạn thử"]) for case in cases]

    assert reminders._recorded(app, [code], make) == 0
    assert len(made) == 2 and made[1] == ["Người dân gửi thêm ảnh"]
    assert app.journal.case(code).history[-2:] == ["Người dân gửi thêm ảnh", "Nhắc hạn thử"]


def test_a_pass_over_many_overdue_cases_holds_a_batch_of_them_at_a_time(ward, monkeypatch):
    """Outside office hours (when most passes run) the pass only keeps statuses up to date: it reads the cases
    due `BATCH` at a time, never all of them at once, and the escalations it cannot send before the next working
    day leave their cases quiet until then. Before, a ward with 10,000 overdue cases read all of them into the
    daemon's heap at every pass of the evening, and its idle RSS kept the size of its history."""
    import gc

    from hopthu.core.model import Case

    app, clock = ward
    monkeypatch.setattr(reminder_due, "BATCH", 5)
    clock.set(at(27, 20))  # the evening after the deadline: every case is marked "Quá hạn", nothing is sent
    passing = threading.current_thread()

    def held() -> int:
        gc.collect()
        return sum(isinstance(o, Case) for o in gc.get_objects())

    before = held()  # (the fixture's own: the cases its cycle opened)
    alive: list[int] = []

    def pulse() -> None:  # between the pass's cases: how many more cases the process holds
        if threading.current_thread() is passing:
            alive.append(held() - before)

    app.pulse = pulse
    run_cycle(app)
    assert len(alive) == MANY  # every case was marked, one at a time…
    assert max(alive) <= reminder_due.BATCH + 1  # …holding its batch (and the one changed), not all of them
    assert all(c.status == Status.OVERDUE for c in app.journal.cases())
    assert mails(app, "escalate") == []  # the chair hears of it in office hours…
    codes = sorted(c.code for c in app.journal.cases())
    assert looked_at(app, 27) == [] and looked_at(app, 29) == []  # …so the evening's and the weekend's passes read none
    assert looked_at(app, 30) == codes  # Monday, the next working day: the escalation
    clock.set(at(30, 9))
    run_cycle(app)
    assert sorted(c for m in mails(app, "escalate") for c, _ in m.lines()) == codes
