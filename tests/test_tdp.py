"""Residential groups (TDP) in the ward's words: "Tổ 7", "tdp7", "TDP số 7" are one group, from the Form
(the embedded CSV export and the Google response sheet through the emulator), paper rows and the text;
an unknown answer is kept and noted for the officer; reports count by the normalised name."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from hopthu.config import ConfigError, load_config
from hopthu.core.tdp import TdpList
from hopthu.google.auth import client_for
from hopthu.pipeline.cycle import run_cycle
from hopthu.pipeline.incoming import add_manual
from hopthu.reports.cases import report_cases
from hopthu.wiring import build_app, build_sources

from sheets_emulator import SheetsEmulator
from ward import EXAMPLES, FakeTime, make_ward

GROUPS = """  tdp:
    - name: "Tổ dân phố số 7"
      aliases: ["Tổ 7", "tdp7", "TDP số 7"]
    - name: "Tổ dân phố số 8"
    - name: "Khu tập thể Dệt"
      aliases: ["KTT Dệt"]
"""
FORM_ID = "1FormTdp"
FORM_TAB = "Câu trả lời biểu mẫu 1"
NEW_ROWS = [  # timestamp, TDP, category, text, place, name, contact
    ["24/11/2026 08:00:00", "Tổ 7", "Khác", "Đèn đường ngõ 12 hỏng đã một tuần.", "", "", ""],
    ["24/11/2026 08:05:00", "tdp7", "Khác", "Rác ở bãi đất trống cuối ngõ 3 không ai dọn.", "", "", ""],
    ["24/11/2026 08:10:00", "TDP số 7", "Khác", "Vỉa hè trước chợ bị lấn chiếm bán hàng.", "", "", ""],
    ["24/11/2026 08:15:00", "", "Khác", "Nhà tôi ở to dan pho so 7, cống ngõ 9 bị tắc.", "", "", ""],
    ["24/11/2026 08:20:00", "8", "Khác", "Loa phát thanh tổ bật quá to lúc sáng sớm.", "", "", ""],
    ["24/11/2026 08:25:00", "Xóm Chùa", "Khác", "Đường vào xóm có ổ gà lớn, trời tối rất nguy hiểm.", "", "", ""],
]


def with_groups(cfg: Path, groups: str = GROUPS) -> None:
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(re.sub(r"(?m)^(  code_prefix: .*\n)", lambda m: m.group(1) + groups, text, count=1), encoding="utf-8")


def read_rows() -> list[list[str]]:
    with open(EXAMPLES / "form-responses.csv", encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@pytest.fixture(params=["file", "sheet"])
def app(request, tmp_path, clock):
    """The sample ward with the TDP list; the Form as the embedded CSV export or the emulated Google sheet."""
    cfg = make_ward(tmp_path)
    for p in (tmp_path / "data" / "inbox" / "new").iterdir():
        p.unlink()
    with_groups(cfg)
    rows = read_rows() + NEW_ROWS
    if request.param == "file":
        with open(tmp_path / "data" / "form-responses.csv", "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows)
        application = build_app(load_config(cfg), clock=clock)
        yield application
        application.close()
        return
    fake = FakeTime(50_000.0)
    with SheetsEmulator(clock=fake.clock, seed=3) as emu:
        emu.create_spreadsheet(FORM_ID, "Câu trả lời", sheets={FORM_TAB: rows})
        text = cfg.read_text(encoding="utf-8")
        text = re.sub(r"(?ms)^form:\n.*?^(?=outbox:)", f'form:\n  backend: sheet\n  sheet_id: "{FORM_ID}"\n'
                      f'google:\n  api_base: "{emu.base_url}"\n  requests_per_minute: 300\n', text, count=1)
        cfg.write_text(text, encoding="utf-8")
        (tmp_path / "key.json").write_text(json.dumps(emu.service_account_info("bot@x.iam.gserviceaccount.com")))
        (tmp_path / ".env").write_text("HOPTHU_GOOGLE_KEY_FILE=key.json\n", encoding="utf-8")
        (tmp_path / ".env").chmod(0o600)
        config = load_config(cfg)
        gc = client_for(config, sleep=fake.sleep, clock=fake.clock, random_fn=lambda: 0.5)
        application = build_app(config, clock=clock, sources=build_sources(config, google=gc))
        assert "form-sheet" in [s.name for s in application.sources]
        yield application
        application.close()


def case_of(app, text: str):
    return next(c for c in app.journal.cases() if text in c.summary)


def test_one_group_whatever_the_citizen_typed_and_an_unknown_one_is_kept_and_noted(app):
    summary = run_cycle(app)
    assert not summary.errors, summary.errors
    for text in ("Đèn đường ngõ 12", "Rác ở bãi đất", "Vỉa hè trước chợ", "cống ngõ 9"):
        assert case_of(app, text).tdp == "Tổ dân phố số 7", text
    assert case_of(app, "Loa phát thanh").tdp == "Tổ dân phố số 8"  # a bare number
    odd = case_of(app, "ổ gà lớn")
    assert odd.tdp == "Xóm Chùa"
    assert any("«Xóm Chùa» không có trong danh sách" in h for h in odd.history)
    assert not any("không có trong danh sách" in h for h in case_of(app, "Đèn đường ngõ 12").history)
    # Paper: an officer's "tdp 7" is the same group.
    add_manual(app, channel="paper", text="Hòm thư giấy: xin lắp thêm đèn ở sân chơi.", tdp="tdp 7")
    run_cycle(app)
    assert case_of(app, "sân chơi").tdp == "Tổ dân phố số 7"
    # Reports count by the normalised name: one row for group 7, not three.
    counts = Counter(rc.tdp for rc in report_cases(app.config, app.journal))
    assert counts["Tổ dân phố số 7"] == 5 and not {"Tổ 7", "tdp7", "TDP số 7"} & set(counts)


def test_a_bad_group_list_is_a_config_error_with_file_and_line(tmp_path):
    cfg = make_ward(tmp_path)
    with_groups(cfg, '  tdp:\n    - name: "Tổ 7"\n    - name: "Tổ dân phố số 7"\n      aliases: ["tdp 7"]\n')
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    line = next(i for i, t in enumerate(cfg.read_text(encoding="utf-8").splitlines(), 1) if t.strip() == "tdp:")
    message = "\n".join(err.value.problems)
    assert f"hopthu.yaml:{line}: ward.tdp" in message and "«Tổ 7»" in message and "«Tổ dân phố số 7»" in message


def test_normalising_without_a_list_writes_numbered_groups_one_way():
    groups = TdpList()
    assert {groups.normalise(v)[0] for v in ("Tổ 7", "tdp7", "TDP số 7", "to dan pho so 07", "7")} == {"TDP số 7"}
    assert groups.normalise("Khu phố Đông") == ("Khu phố Đông", True)
    assert groups.from_text("Gia đình tôi ở tổ 7, ngõ 4") == "TDP số 7"
    assert groups.from_text("Tổ chức họp tổ dân phố") == ""


def test_aliases_are_found_in_the_text_as_whole_words():
    groups = TdpList.build([("Khu tập thể Dệt", ["KTT Dệt"])])
    assert groups.from_text("Chúng tôi ở ktt det, nhà B2") == "Khu tập thể Dệt"
    assert groups.from_text("Chúng tôi ở kttdetmay") == ""
    assert groups.normalise("Tổ 12") == ("Tổ 12", False)


def test_a_bare_to_without_diacritics_is_big_not_a_group():
    groups = TdpList()
    assert groups.from_text("Nhà to 3 tầng xây lấn ra ngõ") == "" and groups.from_text("nha to 3 tang") == ""
    assert groups.from_text("nha toi o to so 3") == "TDP số 3" and groups.from_text("Nhà tôi ở tổ 3") == "TDP số 3"
