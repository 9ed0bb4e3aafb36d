"""The shape the README describes holds: the import contracts (scripts/check_imports.py) and modules
small enough to hold one concept each."""

from __future__ import annotations

import subprocess
import sys

from ward import ROOT

SCRIPT = ROOT / "scripts" / "check_imports.py"
MAX_LINES = 500


def test_the_import_contracts_hold_and_the_longest_chain_is_printed():
    run = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "longest import chain:" in run.stdout and " → " in run.stdout
    assert "core" in run.stdout and "adapters" in run.stdout


def test_the_import_check_fails_on_a_cycle_and_on_core_importing_upward(tmp_path):
    pkg = tmp_path / "hopthu"
    (pkg / "core").mkdir(parents=True)
    (pkg / "sources").mkdir()
    for init in (pkg / "__init__.py", pkg / "core" / "__init__.py", pkg / "sources" / "__init__.py"):
        init.write_text("")
    (pkg / "core" / "model.py").write_text("def f():\n    from hopthu.journal import J  # inside a function\n")
    (pkg / "journal.py").write_text("from hopthu.core import model\nclass J: ...\n")
    (pkg / "sources" / "base.py").write_text("from hopthu import cli\n")
    (pkg / "cli.py").write_text("import hopthu.sources.base\n")
    run = subprocess.run([sys.executable, str(SCRIPT), "--root", str(tmp_path)], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 1
    assert "hopthu.core.model:2 imports hopthu.journal" in run.stderr
    assert "hopthu.sources.base:1 imports hopthu.cli" in run.stderr
    assert "import cycle between hopthu.core.model, hopthu.journal" in run.stderr
    assert "import cycle between hopthu.cli, hopthu.sources.base" in run.stderr


def test_no_module_is_longer_than_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in sorted((ROOT / "daemon").rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not long, f"over {MAX_LINES} lines (a file this long usually holds two concepts): {long}"
