"""`hopthu outbox list|retry|cancel`: the officer's view of emails that wait or failed, and what to do."""

from __future__ import annotations

import json

import click

from hopthu.cli.common import _config, _journal, table


@click.group("outbox")
def outbox() -> None:
    """Thư đi đang chờ gửi hoặc không gửi được / emails waiting or failed."""


@outbox.command("list")
@click.option("--json", "as_json", is_flag=True, help="In JSON (cho script).")
@click.pass_context
def outbox_list(ctx: click.Context, as_json: bool) -> None:
    """Liệt kê thư đang chờ gửi và thư không gửi được, cùng lý do."""
    from hopthu.mail.smtp import _masked
    from hopthu.outbox.admin import waiting

    journal = _journal(_config(ctx))
    try:
        items = waiting(journal)
    finally:
        journal.close()
    rows = [{"key": m.key, "case": m.case_code or "", "kind": m.kind, "to": _masked(m.recipient), "state": m.state,
             "attempts": m.attempts, "queued_at": m.created_at, "next_try": m.next_try, "error": m.last_error[:160]}
            for m in items]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("Không có thư nào đang chờ hay lỗi. / Nothing waits.")
        return
    label: dict[object, str] = {"pending": "đang chờ", "failed": "KHÔNG GỬI ĐƯỢC"}
    click.echo(table(["Khoá (key)", "Hồ sơ", "Loại", "Người nhận", "Tình trạng", "Lần thử", "Xếp hàng (UTC)", "Lỗi"],
                     [[r["key"], r["case"], r["kind"], r["to"], label.get(r["state"], str(r["state"])), r["attempts"],
                       r["queued_at"], r["error"]] for r in rows]))
    click.echo("\nGửi lại: hopthu outbox retry KHOÁ (hoặc --all-failed); huỷ: hopthu outbox cancel KHOÁ")


@outbox.command("retry")
@click.argument("key", required=False)
@click.option("--all-failed", is_flag=True, help="Gửi lại mọi thư không gửi được.")
@click.pass_context
def outbox_retry(ctx: click.Context, key: str | None, all_failed: bool) -> None:
    """Xếp lại một thư (cùng nội dung, cùng Message-ID) để gửi ở chu kỳ tới."""
    from hopthu.outbox.admin import retry

    if not key and not all_failed:
        raise click.UsageError("cần KHOÁ hoặc --all-failed / give a KEY or --all-failed")
    journal = _journal(_config(ctx))
    try:
        keys = retry(journal, key, all_failed=all_failed)
    finally:
        journal.close()
    if not keys:
        click.echo(f"Không có thư {key} đang chờ hay lỗi. / No such waiting or failed email.", err=True)
        ctx.exit(1)
    click.echo(f"Đã xếp lại {len(keys)} thư; gửi ở chu kỳ tới. / {len(keys)} re-queued.")


@outbox.command("cancel")
@click.argument("key")
@click.pass_context
def outbox_cancel(ctx: click.Context, key: str) -> None:
    """Huỷ một thư đang chờ hoặc lỗi (thư vẫn được lưu trong nhật ký)."""
    from hopthu.outbox.admin import cancel

    journal = _journal(_config(ctx))
    try:
        done = cancel(journal, key)
    finally:
        journal.close()
    if not done:
        click.echo(f"Không có thư {key} đang chờ hay lỗi. / No such waiting or failed email.", err=True)
        ctx.exit(1)
    click.echo(f"Đã huỷ thư {key}. / Cancelled.")
