"""Finding 5 of issue 10: started between 00:00 and 07:00 in Vietnam against a server whose dates are UTC,
the first start takes the morning's letters (and not the evening before's). Real Dovecot on loopback."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from hopthu.config import load_config
from hopthu.pipeline.cycle import run_cycle
from hopthu.wiring import build_app
from test_mail_integration import citizen_mail, write_ward

from ward import TZ, Clock

pytestmark = pytest.mark.dovecot


def test_the_first_morning_takes_the_letters_since_local_midnight(tmp_path, dovecot, smtp_sink):
    path = write_ward(tmp_path / "ward", dovecot, smtp_sink)
    path.write_text(path.read_text().replace("  start_date: 2020-01-01\n", ""))  # default: the first day
    start = datetime(2026, 11, 23, 6, 30, tzinfo=TZ)  # 23:30 UTC on the 22nd: the server's date is the 22nd
    evening = dovecot.append(citizen_mail("Rác tồn đọng ở ngõ 3.", subject="Tối qua", sender="a.b@gmail.example"),
                             msg_time=datetime(2026, 11, 22, 21, 0, tzinfo=TZ))
    morning = [dovecot.append(citizen_mail(f"Đèn đường hỏng ở ngõ {i}.", subject=f"Sáng {i}",
                                           sender=f"dan{i}@gmail.example"),
                              msg_time=(datetime(2026, 11, 23, 0, 5, tzinfo=TZ) + timedelta(minutes=50 * i)).astimezone(timezone.utc))
               for i in range(3)]
    app = build_app(load_config(path), clock=Clock(start))
    summary = run_cycle(app)
    assert sorted(c.subject for c in summary.new_cases) == ["Sáng 0", "Sáng 1", "Sáng 2"]  # was: 0 cases
    assert [m.uid for m in dovecot.messages()] == [evening]  # the evening before stays for `hopthu import`
    app.close()
    assert morning


def test_check_reports_letters_left_in_the_inbox_that_were_not_taken(tmp_path, dovecot, smtp_sink):
    from click.testing import CliRunner

    from hopthu.cli import main

    path = write_ward(tmp_path / "ward", dovecot, smtp_sink)
    path.write_text(path.read_text().replace("  start_date: 2020-01-01\n", ""))
    now = datetime.now(TZ)
    dovecot.append(citizen_mail("Rác tồn đọng ở ngõ 3.", subject="Cũ"), msg_time=now - timedelta(days=3))
    app = build_app(load_config(path), clock=Clock(now))
    run_cycle(app)  # the first start: the old letter is left for `hopthu import`
    app.close()
    result = CliRunner().invoke(main, ["--config", str(path), "check"])
    assert "CẢNH BÁO: 1 thư trong INBOX" in result.output, result.output
    assert f"hopthu import --since {(now - timedelta(days=3)):%d/%m/%Y}" in result.output
