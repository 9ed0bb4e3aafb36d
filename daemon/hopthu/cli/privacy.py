"""Privacy commands: `hopthu purge` (retention, see hopthu.retention)."""

from __future__ import annotations

import click

from hopthu.cli.common import _app


@click.command("purge")
@click.option("--dry-run", is_flag=True, help="Chỉ liệt kê, không xóa gì.")
@click.pass_context
def purge(ctx: click.Context, dry_run: bool) -> None:
    """Xóa thông tin liên hệ và thư gốc của hồ sơ đã đóng quá thời hạn lưu trữ (privacy.retention_days)."""
    from hopthu.retention import purge as run_purge

    app = _app(ctx)
    try:
        report = run_purge(app, dry_run=dry_run)
    finally:
        app.close()
    verb = "Sẽ xóa" if dry_run else "Đã xóa"
    days = app.settings.privacy.retention_days
    click.echo(f"{verb} thông tin liên hệ của {len(report.cases)} hồ sơ đã đóng hơn {days} ngày"
               + (f": {', '.join(report.cases)}" if report.cases else ""))
    click.echo(f"{verb} dữ liệu gốc của {report.items} mục không thành hồ sơ (cách ly, bị giữ); {report.files} tệp")

