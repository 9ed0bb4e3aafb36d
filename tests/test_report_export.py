"""Exports: redacted by default, the full internal one only on request, and the platform CSV's columns
from the configured mapping."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from hopthu.pipeline.cycle import run_cycle

from ward import make_ward


def export(config: Path, *args: str) -> tuple[str, Path]:
    from hopthu.cli import main

    result = CliRunner().invoke(main, ["--config", str(config), "export", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output, Path(result.output.splitlines()[0].split(": ", 1)[1])


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def secrets_of(app) -> set[str]:
    out = set()
    for case in app.journal.cases():
        c = app.journal.contact(case.code)
        out |= {v for v in (c.name, c.email, c.phone) if v and len(v) >= 3}
    return out


def test_the_default_export_is_redacted_and_the_full_one_has_the_contacts(app, tmp_path):
    run_cycle(app)
    secrets = secrets_of(app)
    assert secrets
    cases = app.journal.cases()
    output, path = export(app.config.path, "--format", "csv", "--from", "01/11/2026", "--to", "30/11/2026")
    rows = read_csv(path)
    assert rows[0][:3] == ["Mã hồ sơ", "Ngày tiếp nhận", "Kênh tiếp nhận"]
    assert sorted(r[0] for r in rows[1:]) == sorted(c.code for c in cases)
    text = path.read_text(encoding="utf-8-sig")
    assert not [s for s in secrets if s in text]
    assert f"{len(cases)} hồ sơ nhận từ 01/11/2026 đến 30/11/2026" in output

    _, full = export(app.config.path, "--format", "xlsx", "--from", "01/11/2026", "--to", "30/11/2026", "--full")
    assert os.stat(full).st_mode & 0o077 == 0  # the owner's only
    sheet = list(load_workbook(full).active.iter_rows(values_only=True))
    assert sheet[0][-3:] == ("Họ tên người gửi", "Email người gửi", "Số điện thoại người gửi")
    found = {str(v) for row in sheet[1:] for v in row[-3:] if v}
    assert found == secrets


def test_the_date_range_filters_by_the_day_received(app):
    run_cycle(app)
    days = sorted({c.received_at.date() for c in app.journal.cases()})
    first = days[0].strftime("%d/%m/%Y")
    _, path = export(app.config.path, "--from", first, "--to", first)
    expected = [c.code for c in app.journal.cases() if c.received_at.date() == days[0]]
    assert sorted(r[0] for r in read_csv(path)[1:]) == sorted(expected)


def test_the_platform_csv_follows_the_configured_mapping(tmp_path, clock):
    from hopthu.config import load_config
    from hopthu.wiring import build_app

    ward = make_ward(tmp_path, extra_yaml='\nreports:\n  platform_columns: {"Tieu de": title, "Noi dung": content, '
                                          '"Ma": code, "Linh vuc": category}\n')
    app = build_app(load_config(ward), clock=clock)
    try:
        run_cycle(app)
        _, path = export(ward, "--platform", "--from", "01/11/2026", "--to", "30/11/2026")
        rows = read_csv(path)
        assert rows[0] == ["Tieu de", "Noi dung", "Ma", "Linh vuc"]
        case = app.journal.case(rows[1][2])
        assert rows[1][3] == app.config.category_name(case.category)
        assert rows[1][1] and not [s for s in secrets_of(app) if s in path.read_text(encoding="utf-8-sig")]
    finally:
        app.close()


def test_an_unknown_platform_field_is_a_configuration_error(tmp_path):
    import pytest

    from hopthu.config import ConfigError, load_config

    ward = make_ward(tmp_path, extra_yaml='\nreports:\n  platform_columns: {"X": nickname}\n')
    with pytest.raises(ConfigError, match="unknown field"):
        load_config(ward)
