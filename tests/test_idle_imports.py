"""What the idle daemon imports: a command's module is loaded when that command runs (cli/__init__.py), so
`hopthu run` holds no other topic's options and help texts; every command is still listed and documented."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from hopthu.cli import COMMANDS, main
from hopthu.config import ConfigError, load_config

from ward import ROOT, make_ward

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


DAEMON = """
import json, sys
from hopthu.config import load_config
from hopthu.pipeline.cycle import run_cycle
from hopthu.service import keep_optional_imports_out
from hopthu.wiring import build_app

keep_optional_imports_out()
app = build_app(load_config(sys.argv[1], apart=True), apart=True)  # as `hopthu run` builds it
summary = run_cycle(app)
print(json.dumps({"new": len(summary.new_cases), "errors": summary.errors,
                  "pydantic": sorted(m for m in sys.modules if m.startswith(("pydantic", "hopthu.config_problems")))}))
app.close()
"""


def test_the_daemon_has_its_configuration_checked_apart_and_never_holds_pydantic(tmp_path):
    cfg = make_ward(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "daemon")}
    done = subprocess.run([sys.executable, "-c", DAEMON, str(cfg)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["errors"] == [] and result["new"] > 0
    assert result["pydantic"] == []  # 8 MB of the idle daemon's memory (bench/idle_rss.py)


def test_a_configuration_checked_apart_is_the_same_and_so_are_its_mistakes(tmp_path):
    cfg = make_ward(tmp_path)
    assert load_config(cfg, apart=True) == load_config(cfg)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("code_prefix:", "code_prefx:", 1), encoding="utf-8")
    with pytest.raises(ConfigError) as here:
        load_config(cfg)
    with pytest.raises(ConfigError) as apart:
        load_config(cfg, apart=True)
    assert apart.value.problems == here.value.problems
    assert 'khóa lạ "code_prefx" — có phải "code_prefix"?' in here.value.problems[0]
