"""`hopthu deploy …`: what installing hopthu on a ward PC needs from hopthu itself.

Today the Windows Task Scheduler task (`deploy/windows/install.ps1` calls it). Thin over
windows_task.py; needs no configuration file.
"""

from __future__ import annotations

import click


@click.group()
def deploy() -> None:
    """Tệp cài đặt cho máy của phường. / Files for installing hopthu on the ward PC."""


@deploy.command("windows-task")
@click.option("--user", default="hopthu", show_default=True,
              help="Tài khoản cục bộ chạy hopthu (vd. MAY-PHUONG\\hopthu).")
@click.option("--program", default=r"C:\Program Files\hopthu\.venv\Scripts\hopthu.exe", show_default=True,
              help="Đường dẫn hopthu.exe trong venv.")
@click.option("--config-file", "config_file", default=r"C:\ProgramData\hopthu\config\hopthu.yaml",
              show_default=True, help="Tệp cấu hình mà tác vụ dùng.")
@click.option("--workdir", default=r"C:\ProgramData\hopthu", show_default=True, help="Thư mục làm việc.")
@click.option("--restart-minutes", default=1, show_default=True, type=click.IntRange(1, 44640),
              help="Chạy lại sau bao nhiêu phút khi hopthu dừng vì lỗi.")
@click.option("--restart-count", default=255, show_default=True, type=click.IntRange(1, 255),
              help="Số lần chạy lại tối đa (Task Scheduler: 1–255).")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Ghi ra tệp (UTF-16, như Task Scheduler đọc) thay vì in ra màn hình.")
def windows_task(user: str, program: str, config_file: str, workdir: str, restart_minutes: int,
                 restart_count: int, output: str | None) -> None:
    """XML của tác vụ Task Scheduler chạy `hopthu run` khi khởi động máy. / The Task Scheduler XML."""
    from hopthu.windows_task import TaskOptions, render

    xml = render(TaskOptions(user=user, program=program, config=config_file, workdir=workdir,
                             restart_minutes=restart_minutes, restart_count=restart_count))
    if output:
        with open(output, "w", encoding="utf-16", newline="\r\n") as fh:  # utf-16: with a BOM, as declared
            fh.write(xml)
        click.echo(f"Đã ghi / written: {output}", err=True)
    else:
        click.echo(xml, nl=False)
