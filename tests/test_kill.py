"""The kill test, bounded for CI: the real daemon (`hopthu once` / `hopthu run` as subprocesses) against a
real Dovecot and an aiosmtpd sink, with the Form file and the XLSX register, killed once at each named crash
point (hopthu/crashpoints.py) and a few times by SIGKILL at random moments, restarted until nothing is left
to do. Nothing may be lost or made twice: see killrig.py for the checks. The long run with 100+ kills and
figures per crash point is bench/kill_test.py."""

from __future__ import annotations

import pytest

from hopthu import crashpoints
from killrig import KillRig, table

pytestmark = [pytest.mark.dovecot, pytest.mark.slow]


def test_named_crash_points_and_random_kills_lose_nothing(tmp_path, dovecot, smtp_sink):
    rig = KillRig(tmp_path, dovecot, smtp_sink, officers=1, seed=10)
    try:
        # The officers' digest goes once a day: its crash point first, while it is still due.
        for point in ("during_reminders", *[p for p in crashpoints.POINTS if p != "during_reminders"]):
            rig.feed(2, 1)
            assert rig.once(point) == crashpoints.EXIT_STATUS, f"{point} not reached"
        rig.feed(2, 1)
        rig.once("after_smtp_250:3")  # a later email of the same pass
        for _ in range(2):
            rig.feed(1, 1)
            rig.kill_randomly(1.0, 5.0)
        rig.settle()
        figures = rig.verify()
    finally:
        rig.close()
    print(table(figures))
    assert figures.problems == []
    assert figures.lost == 0 and figures.duplicate_cases == 0
    assert figures.cases + figures.quarantined == figures.submissions
    assert figures.delivered == figures.emails_expected and figures.unknown_mails == 0
    assert figures.duplicates >= 1  # the email whose 250 the journal never heard of went again, same Message-ID
    assert figures.register_rows == figures.cases
    assert all(figures.kills[p] >= 1 for p in crashpoints.POINTS)
