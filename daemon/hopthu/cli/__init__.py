"""The `hopthu` command: thin over the library, messages for officers in Vietnamese.

Every command loads and validates the configuration first; a mistake ends the
command with the file, line and what to do, and exit code 1 (2 for usage).
Commands live by topic in this package; each is added to the group here.
"""

from __future__ import annotations

import click

from hopthu.cli import cases, chair, deploy, oauth, ops, outbox, pipeline, privacy, reports, rules
from hopthu.cli.pipeline import example_config

__all__ = ["main", "example_config"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "-c", "config_path", type=click.Path(dir_okay=False),
              help="Tệp cấu hình YAML (mặc định: ./hopthu.yaml hoặc $HOPTHU_CONFIG).")
@click.option("--verbose", "-v", is_flag=True, help="In thêm nhật ký ra màn hình.")
@click.version_option(package_name="hopthu")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, verbose: bool) -> None:
    """hopthu – Hòm thư số của Ủy ban MTTQ phường: tiếp nhận, phân loại, chuyển xử lý, trả lời."""
    ctx.ensure_object(dict).update(config_path=config_path, verbose=verbose)


for command in (
    pipeline.once, pipeline.run, pipeline.check, pipeline.init_sheet, pipeline.demo,
    cases.cases, cases.callbacks, cases.add, cases.import_mail, cases.quarantine, cases.calendar,
    rules.rules, oauth.oauth_login, chair.forward, chair.clear_flag, privacy.purge,
    ops.status, ops.backup_cmd, ops.restore,
    outbox.outbox,
    *reports.COMMANDS,
    deploy.deploy,
):
    main.add_command(command)
