"""Commands for whoever looks after the ward PC: `hopthu status`, `hopthu backup`, `hopthu restore`.

Thin over health.py and backup.py; what an officer reads is Vietnamese first, English beside it.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from hopthu.cli.common import _config, _fail, table


def _when(value: str | None, tz) -> str:
    if not value:
        return "—"
    return f"{datetime.fromisoformat(value).astimezone(tz):%H:%M %d/%m/%Y}"


@click.command()
@click.option("--json", "as_json", is_flag=True, help="In JSON (cho giám sát / for monitoring).")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Tình trạng: chu kỳ và từng bước chạy tốt gần nhất, tồn đọng, thư chờ gửi, cách ly, lỗi gần nhất,
    việc sắp tới, phiên bản cấu hình và quy tắc. Mã thoát 1 khi có điều cần xử lý."""
    from hopthu import backup, health
    from hopthu.journal import Journal
    from hopthu.live_reload import Versions

    config = _config(ctx)
    tz, now = config.tz, datetime.now(config.tz)
    beat = health.read_heartbeat(config.state_dir)
    journal_path = config.state_dir / "journal.sqlite3"
    live: dict[str, Any] = {"backlog": 0, "quarantine": 0, "outbox": {"pending": 0, "failed": 0}}
    if journal_path.exists():
        journal = Journal(journal_path)
        try:
            intakes, outbox = journal.intake_counts(), journal.outbox_counts()
        finally:
            journal.close()
        live = {"backlog": intakes.get("received", 0),
                "quarantine": intakes.get("quarantined", 0) + intakes.get("held", 0),
                "outbox": {"pending": outbox.get("pending", 0), "failed": outbox.get("failed", 0)}}
    on_disk = Versions.on_disk(config)
    problems = health.conditions({**beat, "disk_free_mb": health.free_mb(config.state_dir)} if beat else
                                 {"disk_free_mb": health.free_mb(config.state_dir)}, now, config.settings.health,
                                 config.settings.register.busy_notice_minutes)
    stale = health.stalled(beat, now, config.settings.schedule.poll_seconds)
    problems += [stale] if stale else []
    if live["outbox"]["failed"]:
        problems.append(health.Condition("outbox-failed", f"{live['outbox']['failed']} thư gửi không được",
                                         f"{live['outbox']['failed']} emails failed"))
    if as_json:
        click.echo(json.dumps({"heartbeat": beat, "now": live, "on_disk": vars(on_disk),
                               "next_backup": (lambda d: d.isoformat() if d else None)(backup.next_due(config, now)),
                               "problems": [{"key": c.key, "vi": c.vi, "en": c.en} for c in problems]},
                              ensure_ascii=False, indent=2))
        sys.exit(1 if problems else 0)
    if not beat:
        click.echo("Chưa có nhịp tim: dịch vụ chưa chạy chu kỳ nào. / No heartbeat yet: no cycle has run.")
    else:
        last = beat.get("last_cycle") or {}
        click.echo(f"Chu kỳ gần nhất / last cycle: {_when(last.get('at'), tz)} — "
                   f"{'tốt / ok' if last.get('ok') else 'LỖI / failed'}"
                   + (f"; {beat['consecutive_failures']} chu kỳ lỗi liên tiếp" if beat.get("consecutive_failures") else ""))
        rows = [[step, _when(at, tz)] for step, at in sorted((beat.get("last_ok") or {}).items())]
        rows += [[f"thư mới nhất từ nguồn {name}", _when(at, tz)] for name, at in sorted((beat.get("sources") or {}).items())]
        click.echo(table(["Bước / step", "Chạy tốt gần nhất / last success"], rows))
        error = beat.get("last_error")
        if error:
            click.echo(f"Lỗi gần nhất / last error ({_when(error.get('at'), tz)}): {error.get('message')}")
    click.echo(f"Tồn đọng chưa xử lý / backlog: {live['backlog']}")
    click.echo(f"Thư đi chờ gửi / outbox queue: {live['outbox']['pending']}; gửi không được / failed: "
               f"{live['outbox']['failed']}")
    click.echo(f"Cách ly / quarantine: {live['quarantine']}")
    nxt = beat.get("next") or {}
    due = backup.next_due(config, now)
    click.echo(f"Việc sắp tới / next: chu kỳ {_when(nxt.get('cycle'), tz)}; sao lưu "
               f"{_when(due.isoformat() if due else None, tz) if due else 'tắt hoặc chưa có khóa / off or no key'}")
    used = beat.get("versions") or {}
    for name, label in (("config", "cấu hình / configuration"), ("rules", "quy tắc / rules"),
                        ("templates", "mẫu thư / templates")):
        disk = getattr(on_disk, name)
        note = "" if not used or used.get(name) == disk else f" (trên đĩa / on disk: {disk}, chưa dùng / not in use yet)"
        click.echo(f"Phiên bản {label}: {used.get(name) or disk}{note}")
    if problems:
        click.echo("\nCần xử lý / needs attention:")
        for cond in problems:
            click.echo(f"  - {cond.text}")
    else:
        click.echo("\nKhông có gì cần xử lý. / Nothing needs attention.")
    sys.exit(1 if problems else 0)


@click.command("backup")
@click.option("--to", "folder", type=click.Path(file_okay=False), help="Thư mục đích (mặc định: backup.dir).")
@click.option("--new-key", is_flag=True, help="Chỉ in một khóa sao lưu mới để thêm vào tệp bí mật.")
@click.pass_context
def backup_cmd(ctx: click.Context, folder: str | None, new_key: bool) -> None:
    """Sao lưu có mã hóa: nhật ký hồ sơ, thư đã nhận và sổ theo dõi XLSX (khóa HOPTHU_BACKUP_KEY)."""
    from hopthu import backup

    if new_key:
        click.echo(f"HOPTHU_BACKUP_KEY={backup.new_key()}")
        click.echo("Thêm dòng trên vào tệp bí mật và cất một bản ngoài máy này. / Add it to the secrets file; "
                   "keep a copy off this PC.", err=True)
        return
    config = _config(ctx)
    try:
        path = backup.make_backup(config, datetime.now(config.tz), Path(folder) if folder else None)
    except backup.BackupError as exc:
        _fail(str(exc))
    click.echo(f"Đã sao lưu / backup written: {path} ({path.stat().st_size // 1024 + 1} KB)")


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--force", is_flag=True, help="Thay dữ liệu đang có (được giữ lại ở thư mục bên cạnh).")
@click.pass_context
def restore(ctx: click.Context, file: str, force: bool) -> None:
    """Khôi phục một bản sao lưu vào thư mục state (và sổ XLSX) của cấu hình này. Dừng dịch vụ trước."""
    from hopthu import backup

    config = _config(ctx)
    try:
        done = backup.restore(config, Path(file), datetime.now(config.tz), force=force)
    except backup.BackupError as exc:
        _fail(str(exc))
    click.echo(f"Đã khôi phục {done.cases} hồ sơ vào {config.state_dir}. / Restored {done.cases} cases.")
    if done.from_schema != done.to_schema:
        click.echo(f"Nhật ký được nâng cấp / journal upgraded: lược đồ {done.from_schema} → {done.to_schema}")
    if done.register:
        click.echo(f"Sổ theo dõi / register: {done.register}")
    if done.set_aside:
        click.echo(f"Dữ liệu cũ giữ ở / previous state kept in: {done.set_aside}")
