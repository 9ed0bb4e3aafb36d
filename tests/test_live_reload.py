"""Rules and templates edited on disk take effect at the next cycle (and on SIGHUP) without a restart;
a broken edit keeps the old ones running and is reported once with file:line."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys

import pytest

from hopthu.config import load_config
from hopthu.core.model import Channel, Submission
from hopthu.live_reload import LiveReload
from hopthu.wiring import build_app

from ward import ROOT, TZ, make_ward, wait_until

NEW_RULE = """- name: cho-ga-trong-ngo
  when:
    keywords: ["nuôi gà"]
  then:
    category: moi_truong
"""


def own_rules_ward(tmp_path):
    cfg = make_ward(tmp_path)
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    text = cfg.read_text(encoding="utf-8")
    text = text.replace(f'rules_dir: "{ROOT / "rules"}"', 'rules_dir: "rules"')
    text = text.replace(f'templates_dir: "{ROOT / "templates"}"', 'templates_dir: "templates"')
    cfg.write_text(text, encoding="utf-8")
    return cfg


@pytest.fixture
def app(tmp_path, clock):
    application = build_app(load_config(own_rules_ward(tmp_path)), clock=clock)
    yield application
    application.close()


def decide(app, text: str):
    from datetime import datetime

    return app.rules.classify(Submission(source_id="t", channel=Channel.EMAIL, received_at=datetime(2026, 11, 23, tzinfo=TZ),
                                         subject="", text=text))


def test_a_rules_edit_takes_effect_without_a_restart(app, tmp_path):
    live = LiveReload(app)
    assert live.check() is False  # nothing changed
    assert decide(app, "nhà số 5 nuôi gà trong ngõ").rule != "cho-ga-trong-ngo"
    (tmp_path / "rules" / "05-cho-ga.yaml").write_text(NEW_RULE, encoding="utf-8")
    assert live.check() is True
    assert decide(app, "nhà số 5 nuôi gà trong ngõ").rule == "cho-ga-trong-ngo"


def test_a_broken_edit_keeps_the_old_rules_and_is_logged_once_with_file_and_line(app, tmp_path, caplog):
    live = LiveReload(app)
    before = decide(app, "đèn đường hỏng ở ngõ 12").rule
    bad = tmp_path / "rules" / "05-cho-ga.yaml"
    bad.write_text(NEW_RULE.replace("keywords", "keyword"), encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="hopthu.reload"):
        assert live.check() is False
        assert live.check() is False  # the same broken file: not logged again
    assert decide(app, "đèn đường hỏng ở ngõ 12").rule == before
    assert live.problems and live.problems[0].startswith(f"{bad}:3:")
    assert sum(f"{bad}:3:" in r.getMessage() for r in caplog.records) == 1
    bad.write_text(NEW_RULE, encoding="utf-8")  # fixed
    assert live.check() is True and live.problems == []
    assert decide(app, "nhà số 5 nuôi gà trong ngõ").rule == "cho-ga-trong-ngo"


def test_a_broken_template_keeps_the_old_one(app, tmp_path):
    live = LiveReload(app)
    ack = tmp_path / "templates" / "ack.txt.j2"
    good = ack.read_text(encoding="utf-8")
    subject_before, _ = app.templates.render("ack.txt.j2", **_ack_context(app))
    ack.write_text(good + "\n{% if %}\n", encoding="utf-8")
    assert live.check() is False
    assert live.problems[0].startswith(f"{ack}:")
    assert app.templates.render("ack.txt.j2", **_ack_context(app))[0] == subject_before  # still the old one
    ack.write_text(good.replace("{% set subject %}", "{% set subject %}[Đã sửa] ", 1), encoding="utf-8")
    assert live.check() is True
    assert app.templates.render("ack.txt.j2", **_ack_context(app))[0].startswith("[Đã sửa]")


def _ack_context(app):
    from hopthu import casework

    case = next(iter(app.journal.cases()), None)
    if case is None:
        from hopthu.pipeline.cycle import run_cycle

        run_cycle(app)
        case = app.journal.cases()[0]
    return casework._context(app, case)


def test_sighup_makes_the_running_daemon_read_the_rules_at_once(tmp_path):
    cfg = own_rules_ward(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("poll_seconds: 60 ", "poll_seconds: 3600 "),
                   encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "hopthu.cli", "--config", str(cfg), "run"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    log = tmp_path / "state" / "hopthu.log"
    try:
        wait_until(lambda: log.exists() and "hopthu running" in log.read_text(encoding="utf-8"), 60, "the daemon started")
        (tmp_path / "rules" / "05-cho-ga.yaml").write_text(NEW_RULE, encoding="utf-8")
        proc.send_signal(signal.SIGHUP)  # the next cycle would be an hour away
        wait_until(lambda: "rules and templates reloaded" in log.read_text(encoding="utf-8"), 30, "the reload")
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out.decode()


def test_the_idle_daemon_drops_its_rule_set_and_the_next_letter_is_decided_by_the_same_rules(app, tmp_path):
    """Idle, the daemon holds no built rule set (some 10 MB for the default rules: `RulesInUse.forget`); the
    next letter's rules are built again from the files' text as it was taken up, so a file an officer is
    half-way through editing (here: broken) reaches no letter before `LiveReload.check` has loaded it whole."""
    live = LiveReload(app)
    letter = "ngõ 12 có người nuôi gà thả rông, mùi hôi và ồn ào cả ngày"
    before = decide(app, letter)
    assert app.rules.built
    app.rules.forget()
    assert not app.rules.built
    (tmp_path / "rules" / "05-cho-ga.yaml").write_text(NEW_RULE + "  oops: [\n", encoding="utf-8")
    again = decide(app, letter)  # built again, from the text in use
    assert app.rules.built
    assert again == before
    assert live.check() is False  # the broken file: the rules in use keep running
    app.rules.forget()
    assert decide(app, letter).rule == before.rule


def test_rules_taken_up_by_a_reload_are_those_rebuilt_after_the_daemon_idled(app, tmp_path):
    live = LiveReload(app)
    (tmp_path / "rules" / "05-cho-ga.yaml").write_text(NEW_RULE, encoding="utf-8")
    assert live.check() is True
    app.rules.forget()
    (tmp_path / "rules" / "05-cho-ga.yaml").unlink()  # gone from disk, not yet looked at again
    assert decide(app, "nhà số 5 nuôi gà trong ngõ").rule == "cho-ga-trong-ngo"
    assert live.check() is True  # now the removal is taken up
    assert decide(app, "nhà số 5 nuôi gà trong ngõ").rule != "cho-ga-trong-ngo"


def test_a_rebuild_after_idling_reads_no_rule_file_so_a_folder_gone_meanwhile_loses_no_letter(app, tmp_path):
    """The rebuild works from the text taken up: with the rules folder gone (a network share lost), the next
    letter is still decided, by the same rules (the learned model, unreadable now, is said and left out)."""
    letter = "Đèn đường ngõ 12 phố Huế tắt cả tuần nay, tối đi lại rất nguy hiểm, đề nghị phường cho sửa."
    before = decide(app, letter)
    app.rules.forget()
    shutil.move(tmp_path / "rules", tmp_path / "rules-gone")
    again = decide(app, letter)
    assert (again.category, again.agency, again.rule) == (before.category, before.agency, before.rule)


def test_the_idle_daemon_leaves_no_compiled_pattern_in_re2s_own_cache(app):
    """re2 keeps its last compiled programs in a cache of the module's own: dropping the rule set alone would leave
    them (some 2.4 MB of the idle daemon, bench/idle_rss.py); `forget` empties it."""
    import re2

    decide(app, "Đề nghị Mặt trận phường giám sát việc thu các khoản đóng góp ở trường tiểu học, ai cũng thắc mắc.")
    assert re2._Regexp._make.cache_info().currsize > 0  # the officers' patterns compiled for the letter
    app.rules.forget()
    assert re2._Regexp._make.cache_info().currsize == 0


def test_the_idle_daemon_leaves_no_rule_pattern_in_res_own_cache(app):
    """`re` keeps up to 512 compiled patterns in a cache of its own, and the rules' keyword shapes are compiled
    through it: dropping the rule set alone would leave them (some 2 MB of the idle daemon, bench/idle_rss.py);
    `forget` empties it, and the next letter is decided as before."""
    import re

    text = "Đề nghị Mặt trận phường giám sát việc thu các khoản đóng góp ở trường tiểu học, ai cũng thắc mắc."
    before = decide(app, text)
    assert re._cache  # the rules' patterns compiled for the letter
    app.rules.forget()
    assert not re._cache
    assert decide(app, text) == before
