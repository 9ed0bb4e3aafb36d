"""Rule-file versions, `hopthu rules upgrade` and `hopthu rules replay`: the journal's past cases run
again through today's (or other) rules, on the embedded default and on a ward whose Form and register
are on Google (the Sheets emulator, real gspread over HTTP)."""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from hopthu.cli import main
from hopthu.config import load_config
from hopthu.core.rules.loader import load_rules
from hopthu.core.rules.upgrade import UpgradeError, file_version, upgrade_text
from hopthu.google.auth import client_for
from hopthu.pipeline.cycle import run_cycle
from hopthu.wiring import build_app, build_register, build_sources

from sheets_emulator import SheetsEmulator
from ward import EXAMPLES, ROOT, FakeTime, make_ward

CONFIG = yaml.safe_load((ROOT / "hopthu.example.yaml").read_text(encoding="utf-8"))
OLD_FORMAT = """# Đèn đường: ghi chú của cán bộ phải còn sau khi nâng cấp
- name: den-duong-thu   # ghi chú cuối dòng
  description: "Đèn đường hỏng"
  when:
    keywords: ["đèn đường", "bóng đèn"]
  then:
    category: ha_tang

# một quy tắc nữa, có khối văn bản nhiều dòng
- name: rac-thu
  description: >
    Rác thải
    để lâu ngày
  when:
    keywords: ["rác"]
  then:
    category: moi_truong
"""


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def with_rules(ward_cfg: Path, folder: Path) -> None:
    """Point the ward's configuration at a rules folder of its own."""
    text = ward_cfg.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^rules_dir: "[^"]*"', f'rules_dir: "{folder.as_posix()}"', text)
    ward_cfg.write_text(text, encoding="utf-8")


def own_rules(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", folder, ignore=shutil.ignore_patterns("*.md"))
    return folder


# == versions and the upgrade of the text =================================================


def test_upgrade_keeps_comments_and_reads_the_same_rules():
    new = upgrade_text(OLD_FORMAT)
    assert new.startswith("# Đèn đường: ghi chú của cán bộ phải còn sau khi nâng cấp\nversion: 2\nrules:\n")
    assert "# ghi chú cuối dòng" in new and "# một quy tắc nữa, có khối văn bản nhiều dòng" in new
    assert yaml.safe_load(new)["rules"] == yaml.safe_load(OLD_FORMAT)
    assert file_version(OLD_FORMAT) == 1 and file_version(new) == 2
    with pytest.raises(UpgradeError):
        upgrade_text(new)  # already current
    with pytest.raises(UpgradeError):
        upgrade_text("name: not-a-list\n")


def test_a_file_without_version_loads_with_a_warning_naming_it(tmp_path):
    old = tmp_path / "10-cu.yaml"
    old.write_text(OLD_FORMAT, encoding="utf-8")
    new = tmp_path / "20-moi.yaml"
    new.write_text(upgrade_text(OLD_FORMAT).replace("-thu", "-moi"), encoding="utf-8")
    ruleset = load_rules(tmp_path, categories=CONFIG["categories"], agencies=CONFIG["agencies"])
    assert len(ruleset.rules) == 4  # the old file keeps working
    assert len(ruleset.warnings) == 1 and str(old) in ruleset.warnings[0]
    assert "hopthu rules upgrade" in ruleset.warnings[0]


def test_the_default_rules_are_all_of_the_current_format():
    ruleset = load_rules(ROOT / "rules", categories=CONFIG["categories"], agencies=CONFIG["agencies"])
    assert ruleset.warnings == []


# == replay and upgrade on the embedded default ===========================================


@pytest.fixture
def ward_with_cases(tmp_path, clock):
    cfg = make_ward(tmp_path)
    with_rules(cfg, own_rules(tmp_path))
    app = build_app(load_config(cfg), clock=clock)
    try:
        summary = run_cycle(app)
        assert not summary.errors, summary.errors
        cases = app.journal.cases()
    finally:
        app.close()
    assert len(cases) >= 10
    return cfg, cases


def test_replay_with_the_rules_that_decided_changes_nothing(ward_with_cases):
    cfg, cases = ward_with_cases
    result = run("--config", cfg, "rules", "replay", "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["replayed"] == len(cases)
    assert out["changed"] == 0 and out["cases"] == []  # the original texts, the same rules: the same decisions
    text = run("--config", cfg, "rules", "replay")
    assert f"Đã chạy lại {len(cases)} hồ sơ: 0 hồ sơ sẽ thay đổi." in text.output


def test_replay_of_edited_rules_lists_what_would_change(ward_with_cases, tmp_path):
    cfg, cases = ward_with_cases
    edited = tmp_path / "rules-edited"
    shutil.copytree(tmp_path / "rules", edited)
    (edited / "70-moi-truong.yaml").unlink()  # the environment rules gone: those cases go elsewhere
    for families in ("54-ho-tu-bo-sung.yaml", "57-tu-dong-nghia.yaml", "58-ho-tu-mo-rong.yaml"):  # with the synonym families (one of
        (edited / families).unlink()  # each file is the environment's)
    shutil.rmtree(edited / "learned")  # and the learned model, which knows the environment's words too
    env_cases = {c.code for c in cases if c.category == "moi_truong"}
    assert env_cases
    out = json.loads(run("--config", cfg, "rules", "replay", "--rules", edited, "--json").output)
    changed = {c["code"]: c for c in out["cases"]}
    assert env_cases <= set(changed)
    for code in env_cases:
        first = changed[code]["changes"][0]
        assert first == {"field": "category", "before": "moi_truong", "after": first["after"]}
        assert first["after"] != "moi_truong"
    assert out["per_field"]["category"] >= len(env_cases)
    # for officers: Vietnamese names, per case, and the totals
    text = run("--config", cfg, "rules", "replay", "--rules", edited).output
    some = sorted(env_cases)[0]
    assert f"{some} (" in text and "Lĩnh vực: Môi trường" in text and "→" in text
    assert re.search(rf"Đã chạy lại {len(cases)} hồ sơ: {len(changed)} hồ sơ sẽ thay đổi", text)
    # --since: only the cases received from that day
    late = max(c.received_at for c in cases).date()
    since = json.loads(run("--config", cfg, "rules", "replay", "--rules", edited, "--since", late.isoformat(),
                           "--json").output)
    assert since["replayed"] == sum(1 for c in cases if c.received_at.date() >= late) < len(cases)


def test_upgrade_rewrites_an_old_file_and_replays_the_journal(ward_with_cases, tmp_path):
    cfg, cases = ward_with_cases
    target = tmp_path / "rules" / "75-ha-tang.yaml"
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    old_text = "# Hạ tầng: tệp định dạng cũ\n" + yaml.safe_dump(data["rules"], allow_unicode=True, sort_keys=False)
    target.write_text(old_text, encoding="utf-8")
    check = run("--config", cfg, "check")
    assert "75-ha-tang.yaml: tệp quy tắc định dạng cũ" in check.output
    result = run("--config", cfg, "rules", "upgrade", target)
    assert result.exit_code == 0, result.output
    new_text = target.read_text(encoding="utf-8")
    assert new_text.startswith("# Hạ tầng: tệp định dạng cũ\nversion: 2\nrules:\n")
    assert yaml.safe_load(new_text)["rules"] == data["rules"]
    assert (tmp_path / "rules" / "75-ha-tang.yaml.v1.bak").read_text(encoding="utf-8") == old_text
    assert f"Đã chạy lại {len(cases)} hồ sơ: 0 hồ sơ sẽ thay đổi." in result.output
    again = run("--config", cfg, "rules", "upgrade", target)
    assert again.exit_code == 1 and "không cần nâng cấp" in again.output
    assert "định dạng cũ" not in run("--config", cfg, "check").output


# == a ward on Google: replay reads the journal, never the register ===========================

FORM_ID, FORM_TAB = "1FormPhuongReplay", "Câu trả lời biểu mẫu 1"
REG_ID, REG_TAB = "1SoTheoDoiReplay", "Sổ theo dõi"


@pytest.fixture
def google_ward(tmp_path, clock):
    fake = FakeTime(50_000.0)
    with SheetsEmulator(clock=fake.clock, seed=7) as emu:
        with open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        emu.create_spreadsheet(FORM_ID, "Hòm thư số (câu trả lời)", sheets={FORM_TAB: rows})
        emu.set_values(FORM_ID, FORM_TAB, "A2", [[r[0]] for r in rows[1:]], user_entered=True)
        emu.create_spreadsheet(REG_ID, "Sổ theo dõi Hòm thư số", sheets={"Trang tính1": []})
        cfg = make_ward(tmp_path)
        for p in (tmp_path / "data" / "inbox" / "new").iterdir():
            p.unlink()  # the Form only
        google = (f'form:\n  backend: sheet\n  sheet_id: "{FORM_ID}"\n  worksheet: "{FORM_TAB}"\n'
                  f'register:\n  backend: sheet\n  sheet_id: "{REG_ID}"\n  sheet: "{REG_TAB}"\n'
                  f'  write_every_seconds: 0\ngoogle:\n  api_base: "{emu.base_url}"\n  requests_per_minute: 300\n')
        text = re.sub(r"(?ms)^form:\n.*?^(?=outbox:)", lambda m: google, cfg.read_text(encoding="utf-8"), count=1)
        cfg.write_text(text, encoding="utf-8")
        (tmp_path / "key.json").write_text(json.dumps(emu.service_account_info("bot@x.iam.gserviceaccount.com")),
                                           encoding="utf-8")
        (tmp_path / ".env").write_text("HOPTHU_GOOGLE_KEY_FILE=key.json\n", encoding="utf-8")
        (tmp_path / ".env").chmod(0o600)
        with_rules(cfg, own_rules(tmp_path))
        config = load_config(cfg)
        gc = client_for(config, sleep=fake.sleep, clock=fake.clock, random_fn=lambda: 0.5)
        app = build_app(config, clock=clock, register=build_register(config, gc), sources=build_sources(config, google=gc))
        yield cfg, app, emu
        app.close()


def test_replay_on_a_google_ward_reads_the_journal_and_sees_officers_corrections(google_ward, tmp_path):
    cfg, app, emu = google_ward
    summary = run_cycle(app)
    assert not summary.errors, summary.errors
    cases = app.journal.cases()
    assert len(cases) >= 3 and all(c.channel.value == "form" for c in cases)
    # an officer corrects one case's category in the Google register; the next cycle takes it in
    table = emu.values(REG_ID, REG_TAB)
    header = table[0]
    col = header.index("Lĩnh vực")
    target = next(c for c in cases if c.category not in ("khac", "phan_loai"))
    row = next(i for i, r in enumerate(table) if r and r[header.index("Mã hồ sơ")] == target.code)
    emu.set_cell(REG_ID, REG_TAB, f"{chr(ord('A') + col)}{row + 1}", "Công tác Mặt trận")
    assert not run_cycle(app).errors
    assert app.journal.case(target.code).category == "mat_tran"
    before = emu.request_count
    out = json.loads(run("--config", cfg, "rules", "replay", "--json").output)
    assert emu.request_count == before  # the register is not read or written: the journal is enough
    assert out["replayed"] == len(cases)
    changed = {c["code"]: c for c in out["cases"]}
    assert list(changed) == [target.code]  # the rules would decide as before; only the officer's edit differs
    assert changed[target.code]["changes"][0] == {"field": "category", "before": "mat_tran", "after": target.category}
