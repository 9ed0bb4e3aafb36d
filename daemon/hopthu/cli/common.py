"""What every command shares: logging set-up, loading the configuration, failing with an officer's message."""

from __future__ import annotations

import logging
import logging.handlers
import sys

import click

from hopthu.config import Config, ConfigError, load_config
from hopthu.errors import OperatorError

log = logging.getLogger("hopthu")


def _setup_logging(config: Config | None, verbose: bool) -> None:
    root = logging.getLogger()
    if getattr(root, "_hopthu", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    from hopthu.core.redact import LogRedactor

    redactor = LogRedactor()
    err = logging.StreamHandler(sys.stderr)
    err.setLevel(logging.INFO if verbose else logging.WARNING)
    err.setFormatter(fmt)
    err.addFilter(redactor)
    err.addFilter(lambda record: not getattr(record, "on_screen", False))  # `_fail` printed it already
    root.addHandler(err)
    if config is not None:
        from hopthu.layout import PrivateRotatingFileHandler, private_dir

        private_dir(config.state_dir)
        fh = PrivateRotatingFileHandler(
            config.state_dir / "hopthu.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8"
        )
        fh.setFormatter(fmt)
        fh.addFilter(redactor)
        root.addHandler(fh)
    root._hopthu = True  # type: ignore[attr-defined]


def _fail(lines: list[str] | str, code: int = 1):
    lines = [lines] if isinstance(lines, str) else lines
    for line in lines:
        click.echo(f"LỖI: {line}", err=True)
        log.error("%s", line, extra={"on_screen": True})  # to the log file; the screen has it once
    sys.exit(code)


def _config(ctx: click.Context, *, apart: bool = False) -> Config:
    """The command's configuration, loaded once; `apart`: checked in a child process (load_config)."""
    obj = ctx.ensure_object(dict)
    if "config" not in obj:
        try:
            obj["config"] = load_config(obj.get("config_path"), apart=apart)
        except ConfigError as exc:
            _setup_logging(None, obj.get("verbose", False))
            _fail(exc.problems)
        _setup_logging(obj["config"], obj.get("verbose", False))
    return obj["config"]


def _app(ctx: click.Context, *, apart: bool = False):
    from hopthu.core.rules.engine import RulesError
    from hopthu.wiring import build_app

    config = _config(ctx)
    try:
        return build_app(config, apart=apart)
    except RulesError as exc:
        _fail(exc.problems)
    except OperatorError as exc:  # a journal from a newer hopthu, a Google key that cannot be read...
        _fail(str(exc))


def _journal(config: Config):
    """The ward's journal, or the officer's message when it cannot be opened (e.g. made by a newer hopthu)."""
    from hopthu.journal import Journal

    try:
        return Journal(config.state_dir / "journal.sqlite3")
    except OperatorError as exc:
        _fail(str(exc))


def learned_path(config: Config):
    """The learned routing model's weights file: `routing.learned_file`, else learned/routing.json in the rules'
    folder (where `hopthu rules learn` writes it and `hopthu check` looks for it)."""
    from hopthu.core.rules.learned import LEARNED_FILE

    learned_file = config.settings.routing.learned_file
    return config.resolve(learned_file) if learned_file else config.rules_dir / LEARNED_FILE


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(c.ljust(w) for c, w in zip(cells[0], widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells[1:]]
    return "\n".join(out)


def print_summary(app, summary) -> None:
    cfg = app.config
    click.echo(f"Chu kỳ xong lúc {app.now():%H:%M:%S %d/%m/%Y}")
    click.echo(f"  Hồ sơ mới:          {len(summary.new_cases)}")
    if summary.new_cases:
        counts: dict[tuple[str, str], int] = {}
        for case in summary.new_cases:
            key = (cfg.category_name(case.category), cfg.agency_name(case.agency))
            counts[key] = counts.get(key, 0) + 1
        click.echo("")
        click.echo(table(["Lĩnh vực", "Cơ quan chủ trì", "Số hồ sơ"],
                         [[c, a, n] for (c, a), n in sorted(counts.items())]))
        click.echo("")
    click.echo(f"  Bổ sung vào hồ sơ cũ: {summary.linked}")
    click.echo(f"  Thư tự động/bounce bỏ qua: {summary.ignored}")
    click.echo(f"  Cách ly (cần cán bộ xem): {len(summary.quarantined)}")
    click.echo(f"  Email xếp hàng:     {summary.emails_queued}")
    click.echo(f"  Email đã gửi:       {summary.emails_sent}")
    if summary.emails_waiting:
        click.echo(f"  Email chờ gửi lại:  {summary.emails_waiting}")
    if summary.emails_failed:
        click.echo(f"  Email KHÔNG gửi được: {summary.emails_failed} (xem: hopthu outbox list)")
    click.echo(f"  Ô sổ theo dõi ghi:  {summary.register_written}; thay đổi của cán bộ: {summary.officer_edits}")
    if summary.register_busy is not None:
        on = f"trên máy {summary.register_busy}" if summary.register_busy else "trong chương trình khác"
        click.echo(f"  Sổ đang mở {on}: {summary.register_waiting} thay đổi chờ, hopthu sẽ ghi khi đóng "
                   f"/ register open elsewhere, writes wait")
    if getattr(summary, "reminders", 0):
        click.echo(f"  Nhắc hạn, báo quá hạn, tổng hợp: {summary.reminders}")
    for error in summary.errors:
        click.echo(f"  LỖI: {error}")
