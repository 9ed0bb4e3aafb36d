"""The Windows Task Scheduler task that runs `hopthu run` on a ward PC without systemd.

Rendered here (and printed by `hopthu deploy windows-task`) so that the settings that matter are
checked by tests rather than clicked in a dialog: started at boot under a dedicated local account,
started again when it exits (RestartOnFailure, and a trigger every few minutes behind it: the Task
Scheduler's restart is documented for a task that "fails", and a start while the task runs is ignored
by the single-instance policy), no execution time limit, one instance only (IgnoreNew), the working
directory under %ProgramData%. `deploy/windows/install.ps1` registers it. This module only renders
text; it never talks to Windows.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task"
TASK_NAME = "hopthu"


@dataclass(frozen=True)
class TaskOptions:
    user: str = "hopthu"  # the dedicated local account (install.ps1: "<PC name>\\hopthu")
    program: str = r"C:\Program Files\hopthu\.venv\Scripts\hopthu.exe"
    config: str = r"C:\ProgramData\hopthu\config\hopthu.yaml"
    workdir: str = r"C:\ProgramData\hopthu"
    restart_minutes: int = 1  # Task Scheduler's minimum
    restart_count: int = 255  # its maximum (an unsignedByte)
    safety_net_minutes: int = 5  # the repeating trigger that starts hopthu again if it is not running
    boot_delay_seconds: int = 60  # let the network come up first


def _duration(seconds: int) -> str:
    return f"PT{seconds // 60}M" if seconds % 60 == 0 else f"PT{seconds}S"


def render(options: TaskOptions = TaskOptions()) -> str:
    """The task's XML (to register with `Register-ScheduledTask -Xml` or `schtasks /Create /XML`)."""
    if not 1 <= options.restart_count <= 255:
        raise ValueError("restart_count must be 1..255 (Task Scheduler schema)")
    if options.restart_minutes < 1:
        raise ValueError("restart_minutes must be at least 1 (Task Scheduler schema)")
    ET.register_namespace("", NAMESPACE)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrib: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}", attrib)
        if text is not None:
            el.text = text
        return el

    task = ET.Element(f"{{{NAMESPACE}}}Task", {"version": "1.4"})
    info = sub(task, "RegistrationInfo")
    sub(info, "Description", "hopthu — Hòm thư số của Ủy ban MTTQ phường: tiếp nhận, phân loại, chuyển xử lý. "
                             "Tạo bởi `hopthu deploy windows-task`.")
    sub(info, "URI", f"\\{TASK_NAME}")

    triggers = sub(task, "Triggers")
    boot = sub(triggers, "BootTrigger")
    sub(boot, "Enabled", "true")
    sub(boot, "Delay", _duration(options.boot_delay_seconds))
    net = sub(triggers, "TimeTrigger")
    repetition = sub(net, "Repetition")
    sub(repetition, "Interval", _duration(options.safety_net_minutes * 60))
    sub(repetition, "StopAtDurationEnd", "false")
    sub(net, "StartBoundary", "2026-01-01T00:00:00")
    sub(net, "Enabled", "true")

    principals = sub(task, "Principals")
    principal = sub(principals, "Principal", id="hopthu")
    sub(principal, "UserId", options.user)
    sub(principal, "LogonType", "Password")  # runs whether anyone is logged on or not
    sub(principal, "RunLevel", "LeastPrivilege")

    settings = sub(task, "Settings")
    sub(settings, "MultipleInstancesPolicy", "IgnoreNew")
    sub(settings, "DisallowStartIfOnBatteries", "false")
    sub(settings, "StopIfGoingOnBatteries", "false")
    sub(settings, "AllowHardTerminate", "true")
    sub(settings, "StartWhenAvailable", "true")
    sub(settings, "RunOnlyIfNetworkAvailable", "false")  # hopthu waits for the network itself
    idle = sub(settings, "IdleSettings")
    sub(idle, "StopOnIdleEnd", "false")
    sub(idle, "RestartOnIdle", "false")
    sub(settings, "AllowStartOnDemand", "true")
    sub(settings, "Enabled", "true")
    sub(settings, "Hidden", "false")
    sub(settings, "RunOnlyIfIdle", "false")
    sub(settings, "WakeToRun", "false")
    sub(settings, "ExecutionTimeLimit", "PT0S")  # no limit: the default (72 hours) would stop the daemon
    sub(settings, "Priority", "7")
    restart = sub(settings, "RestartOnFailure")
    sub(restart, "Interval", _duration(options.restart_minutes * 60))
    sub(restart, "Count", str(options.restart_count))

    actions = sub(task, "Actions", Context="hopthu")
    run = sub(actions, "Exec")
    sub(run, "Command", options.program)
    sub(run, "Arguments", f'--config "{options.config}" run')
    sub(run, "WorkingDirectory", options.workdir)

    ET.indent(task, space="  ")
    body = ET.tostring(task, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-16"?>\n' + body + "\n"
