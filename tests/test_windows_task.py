"""`hopthu deploy windows-task`: the Task Scheduler XML, parsed back and checked for the settings that
matter. Checked as XML here; never registered with a real Task Scheduler in these tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from hopthu.cli import main
from hopthu.windows_task import NAMESPACE, TaskOptions, render

NS = {"t": NAMESPACE}


def parse(xml: str) -> ET.Element:
    assert xml.startswith('<?xml version="1.0" encoding="UTF-16"?>')
    return ET.fromstring(xml.split("\n", 1)[1])


def text(task: ET.Element, path: str) -> str | None:
    el = task.find(path, NS)
    return None if el is None else el.text


def test_the_task_starts_at_boot_restarts_on_failure_has_no_time_limit_and_keeps_one_instance():
    task = parse(render())
    assert task.tag == f"{{{NAMESPACE}}}Task"
    assert text(task, "t:Triggers/t:BootTrigger/t:Enabled") == "true"
    assert text(task, "t:Settings/t:RestartOnFailure/t:Interval") == "PT1M"
    assert text(task, "t:Settings/t:RestartOnFailure/t:Count") == "255"
    assert text(task, "t:Settings/t:ExecutionTimeLimit") == "PT0S"
    assert text(task, "t:Settings/t:MultipleInstancesPolicy") == "IgnoreNew"
    # Behind RestartOnFailure: a start every 5 minutes, ignored while hopthu runs (IgnoreNew).
    assert text(task, "t:Triggers/t:TimeTrigger/t:Repetition/t:Interval") == "PT5M"
    assert text(task, "t:Triggers/t:TimeTrigger/t:Repetition/t:Duration") is None  # indefinitely
    # Nothing that stops a daemon on a desk PC: batteries, idle, network.
    for setting in ("DisallowStartIfOnBatteries", "StopIfGoingOnBatteries", "RunOnlyIfIdle",
                    "RunOnlyIfNetworkAvailable", "IdleSettings/t:StopOnIdleEnd"):
        assert text(task, f"t:Settings/t:{setting}") == "false", setting


def test_the_task_runs_hopthu_run_as_the_dedicated_account_in_the_programdata_folder():
    task = parse(render(TaskOptions(user="MAY-PHUONG\\hopthu")))
    assert text(task, "t:Principals/t:Principal/t:UserId") == "MAY-PHUONG\\hopthu"
    assert text(task, "t:Principals/t:Principal/t:LogonType") == "Password"  # whether logged on or not
    assert text(task, "t:Principals/t:Principal/t:RunLevel") == "LeastPrivilege"
    principal = task.find("t:Principals/t:Principal", NS)
    actions = task.find("t:Actions", NS)
    assert principal is not None and actions is not None and actions.get("Context") == principal.get("id")
    assert text(task, "t:Actions/t:Exec/t:Command") == r"C:\Program Files\hopthu\.venv\Scripts\hopthu.exe"
    assert text(task, "t:Actions/t:Exec/t:Arguments") == r'--config "C:\ProgramData\hopthu\config\hopthu.yaml" run'
    assert text(task, "t:Actions/t:Exec/t:WorkingDirectory") == r"C:\ProgramData\hopthu"


def test_values_are_escaped_and_the_schema_limits_are_kept():
    task = parse(render(TaskOptions(workdir=r"C:\Hòm thư & <sổ>")))
    assert text(task, "t:Actions/t:Exec/t:WorkingDirectory") == r"C:\Hòm thư & <sổ>"
    with pytest.raises(ValueError):
        render(TaskOptions(restart_count=256))
    with pytest.raises(ValueError):
        render(TaskOptions(restart_minutes=0))


def test_the_command_prints_the_xml_or_writes_it_as_utf16(tmp_path):
    runner = CliRunner()
    printed = runner.invoke(main, ["deploy", "windows-task", "--user", "PC\\hopthu", "--restart-minutes", "2"])
    assert printed.exit_code == 0, printed.output
    task = parse(printed.output)
    assert text(task, "t:Settings/t:RestartOnFailure/t:Interval") == "PT2M"
    out = tmp_path / "hopthu-task.xml"
    written = runner.invoke(main, ["deploy", "windows-task", "-o", str(out)])
    assert written.exit_code == 0
    raw = out.read_bytes()
    assert raw[:2] == b"\xff\xfe"  # UTF-16 with its BOM, as the declaration says
    assert text(parse(raw.decode("utf-16").replace("\r\n", "\n")), "t:Settings/t:MultipleInstancesPolicy") == "IgnoreNew"
