"""What the idle daemon imports: a command's module is loaded when that command runs (cli/__init__.py), so
`hopthu run` holds no other topic's options and help texts; every command is still listed and documented."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hopthu.cli import COMMANDS, main

from ward import ROOT

PROBE = """
import json, sys
from hopthu.cli import main
command = main.get_command(None, "run")
print(json.dumps({"name": command.name, "cli": sorted(m for m in sys.modules if m.startswith("hopthu.cli"))}))
"""


def test_hopthu_run_loads_only_its_own_command_module():
    env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True)
    found = json.loads(done.stdout)
    assert found == {"name": "run", "cli": ["hopthu.cli", "hopthu.cli.common", "hopthu.cli.pipeline"]}


def test_every_command_is_listed_under_its_own_name():
    assert sorted(main.commands) == sorted(COMMANDS)
    assert all(command.name == name for name, command in main.commands.items())
    assert main.get_command(None, "no-such-command") is None  # type: ignore[arg-type]
