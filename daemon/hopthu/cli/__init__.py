"""The `hopthu` command: thin over the library, messages for officers in Vietnamese.

Every command loads and validates the configuration first; a mistake ends the
command with the file, line and what to do, and exit code 1 (2 for usage).
Commands live by topic in this package; each is added to the group here.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

__all__ = ["main", "entry", "example_config"]

#: Every command: its name → (its topic module in this package, the command object's name there). A command's
#: module is imported when that command runs (`hopthu run` loads no other topic's options and help texts:
#: about 1 MB of the idle daemon); `main.commands` and `hopthu --help` load them all.
COMMANDS: dict[str, tuple[str, str]] = {
    "once": ("pipeline", "once"), "run": ("pipeline", "run"), "check": ("pipeline", "check"),
    "init-sheet": ("pipeline", "init_sheet"), "demo": ("pipeline", "demo"),
    "cases": ("cases", "cases"), "callbacks": ("cases", "callbacks"), "add": ("cases", "add"),
    "import": ("cases", "import_mail"), "quarantine": ("cases", "quarantine"), "calendar": ("cases", "calendar"),
    "rules": ("rules", "rules"), "oauth-login": ("oauth", "oauth_login"),
    "forward": ("chair", "forward"), "clear-flag": ("chair", "clear_flag"), "purge": ("privacy", "purge"),
    "status": ("ops", "status"), "backup": ("ops", "backup_cmd"), "restore": ("ops", "restore"),
    "outbox": ("outbox", "outbox"),
    "report": ("reports", "report"), "qr": ("reports", "qr"), "export": ("reports", "export"),
    "deploy": ("deploy", "deploy"),
}


class LazyGroup(click.Group):
    """A group whose commands are imported from `COMMANDS` when first asked for."""

    def __init__(self, *args: Any, **kwargs: Any):
        self._commands: dict[str, click.Command] = {}
        super().__init__(*args, **kwargs)

    @property  # type: ignore[override]  # click's attribute, loaded on first read here
    def commands(self) -> dict[str, click.Command]:
        for name in COMMANDS:
            self._load(name)
        return self._commands

    @commands.setter
    def commands(self, value: dict[str, click.Command]) -> None:
        self._commands = dict(value)

    def _load(self, name: str) -> click.Command | None:
        if name not in self._commands and name in COMMANDS:
            module, attr = COMMANDS[name]
            command = getattr(importlib.import_module(f"hopthu.cli.{module}"), attr)
            self._commands[command.name or name] = command
        return self._commands.get(name)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return self._load(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self.commands)


def __getattr__(name: str) -> Any:
    if name == "example_config":  # tests and `hopthu demo` write the example configuration
        from hopthu.cli.pipeline import example_config

        return example_config
    raise AttributeError(name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "-c", "config_path", type=click.Path(dir_okay=False),
              help="Tệp cấu hình YAML (mặc định: ./hopthu.yaml hoặc $HOPTHU_CONFIG).")
@click.option("--verbose", "-v", is_flag=True, help="In thêm nhật ký ra màn hình.")
@click.version_option(package_name="hopthu")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, verbose: bool) -> None:
    """hopthu – Hòm thư số của Ủy ban MTTQ phường: tiếp nhận, phân loại, chuyển xử lý, trả lời."""
    ctx.ensure_object(dict).update(config_path=config_path, verbose=verbose)


def entry() -> None:
    """`hopthu` and `python -m hopthu.cli`: on glibc the process first becomes itself on the C allocator
    (`platform.Posix.c_allocator`: what a big read took goes back to the system), then runs the command."""
    from hopthu import platform

    platform.current().c_allocator()
    main()
