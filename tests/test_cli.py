"""The `hopthu` command as an officer and a script use it."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from hopthu.cli import main

from ward import EXAMPLES, ROOT, make_ward


def run(*args, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)
    return result


def test_demo_makes_the_register_and_outbox_then_is_idempotent(tmp_path):
    first = run("demo", "--dir", tmp_path / "demo")
    assert first.exit_code == 0, first.output
    assert "Hồ sơ mới:" in first.output and "Sổ theo dõi (XLSX)" in first.output
    assert (tmp_path / "demo" / "data" / "so-theo-doi.xlsx").exists()
    sent = len(list((tmp_path / "demo" / "data" / "outbox").glob("*.eml")))
    assert sent > 0
    second = run("demo", "--dir", tmp_path / "demo")
    assert "Hồ sơ mới:          0" in second.output
    assert "Email đã gửi:       0" in second.output
    assert len(list((tmp_path / "demo" / "data" / "outbox").glob("*.eml"))) == sent


def test_once_prints_a_summary_table_by_category_and_agency(ward):
    result = run("--config", ward, "once")
    assert result.exit_code == 0, result.output
    assert "Lĩnh vực" in result.output and "Cơ quan chủ trì" in result.output and "Số hồ sơ" in result.output
    assert "Cách ly" in result.output


def test_cases_json_is_for_scripts_and_has_no_contacts(ward):
    run("--config", ward, "once")
    result = run("--config", ward, "cases", "--json")
    data = json.loads(result.output)
    assert data and {"code", "category", "category_name", "agency", "agency_name", "deadline", "status"} <= set(data[0])
    assert "@gmail.example" not in result.output


def test_rules_test_json_names_the_rule_and_why(ward):
    result = run("--config", ward, "rules", "test", "den duong hong o ngo 12", "--json")
    data = json.loads(result.output)
    assert {"category", "agency", "complex", "flags", "rule", "why"} <= set(data)
    assert data["category"] == "ha_tang" and data["agency"] == "kt_hatang"
    assert data["category_name"] == "Hạ tầng, giao thông, chiếu sáng"
    assert data["rule"]


def test_rules_test_reads_an_eml_file(ward):
    result = run("--config", ward, "rules", "test", "--file", EXAMPLES / "broken" / "windows-1258.eml")
    assert result.exit_code == 0 and "Quy tắc:" in result.output


def test_an_unmatched_text_goes_to_triage(ward):
    data = json.loads(run("--config", ward, "rules", "test", "xin chào", "--json").output)
    assert data["category"] == "phan_loai" and data["rule"] is None


def _ward_with_rules(tmp_path, rule_text: str):
    cfg = make_ward(tmp_path)
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "99-bad.yaml").write_text(rule_text, encoding="utf-8")
    cfg.write_text(cfg.read_text(encoding="utf-8").replace(f'rules_dir: "{ROOT / "rules"}"', 'rules_dir: "rules"'),
                   encoding="utf-8")
    return cfg


def test_check_names_file_and_line_of_a_misspelt_rule_key(tmp_path):
    cfg = _ward_with_rules(tmp_path, "- name: x\n  when:\n    keyword: [\"abc\"]\n  then:\n    category: khac\n")
    result = run("--config", cfg, "check")
    assert result.exit_code == 1
    assert "99-bad.yaml:3" in result.output and "keywords" in result.output


def test_check_names_file_and_line_of_a_bad_regex(tmp_path):
    cfg = _ward_with_rules(tmp_path, "- name: y\n  when:\n    regex: \"(unclosed\"\n  then:\n    category: khac\n")
    result = run("--config", cfg, "check")
    assert result.exit_code == 1
    assert "99-bad.yaml:3" in result.output


def test_check_passes_on_the_sample_ward(ward):
    result = run("--config", ward, "check")
    assert result.exit_code == 0, result.output
    assert "KHÔNG ĐẠT" not in result.output


def test_a_config_mistake_gives_file_line_and_what_to_do(tmp_path):
    cfg = make_ward(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("working_days: 7 ", "workingdays: 7 "), encoding="utf-8")
    result = run("--config", cfg, "once")
    assert result.exit_code == 1
    assert "hopthu.yaml:" in result.output and 'did you mean "working_days"' in result.output


def test_quarantine_list_and_release(tmp_path):
    cfg = make_ward(tmp_path)
    shutil.copy(EXAMPLES / "broken" / "broken-mime.eml", tmp_path / "data" / "inbox" / "new" / "9.M1.broken")
    run("--config", cfg, "once")
    listed = run("--config", cfg, "quarantine", "list", "--json")
    [item] = json.loads(listed.output)
    assert item["id"] == "maildir:9.M1.broken" and item["reason"]
    released = run("--config", cfg, "quarantine", "release", item["id"])
    assert "HT-2026-" in released.output
    assert json.loads(run("--config", cfg, "quarantine", "list", "--json").output) == []


def test_add_records_a_paper_item(ward):
    result = run("--config", ward, "add", "--text", "Cống ngõ 3 bị tắc", "--tdp", "TDP số 3", "--date", "20/11/2026")
    assert result.exit_code == 0, result.output
    assert "Đã ghi hồ sơ HT-2026-" in result.output


def test_calendar_2027_lists_tet(ward):
    result = run("calendar", "2027")
    assert result.exit_code == 0
    for day in ("04/02/2027", "05/02/2027", "06/02/2027", "08/02/2027", "10/02/2027", "16/04/2027"):
        assert day in result.output


def test_a_journal_from_a_newer_hopthu_ends_the_command_with_what_to_do(ward):
    """Not a traceback: the officer reads that hopthu must be updated (cases opens the journal itself,
    once opens it through the app)."""
    import sqlite3

    from hopthu.config import load_config
    from hopthu.journal import SCHEMA_VERSION

    config = load_config(ward)
    config.state_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(config.state_dir / "journal.sqlite3")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    for command in (["cases"], ["once"]):
        result = CliRunner().invoke(main, ["--config", str(ward), *command])
        assert result.exit_code == 1, (command, result.output)
        assert "LỖI:" in result.output and "cập nhật hopthu" in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
