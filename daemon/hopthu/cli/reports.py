"""`hopthu report`, `hopthu export`, `hopthu qr`: reports, exports and QR posters on demand.

Thin over `hopthu.reports`: the figures are computed here from the journal, the files are made by
the rendering worker (a separate process). Added to the main group in `cli/__init__.py`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import click

from hopthu.cli.common import _config, _fail

KIND_OPTION = {"monthly": ("month", "--month", "Tháng, vd. 2026-11 (mặc định: tháng trước)."),
               "quarter": ("quarter", "--quarter", "Quý, vd. 2026Q4 (mặc định: quý này)."),
               "half": ("half", "--half", "Nửa năm, vd. 2026H1 (mặc định: nửa năm này)."),
               "year": ("year", "--year", "Năm, vd. 2026 (mặc định: năm nay).")}


def _day(text: str, what: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        _fail(f'{what} "{text}" không đúng dạng dd/mm/yyyy', 2)


def _ward(ctx):
    """The configuration, the journal and the working-day calendar (no source, no register, no network)."""
    from hopthu.core.workdays import WorkingCalendar
    from hopthu.journal import Journal

    config = _config(ctx)
    d = config.settings.deadlines
    return config, Journal(config.state_dir / "journal.sqlite3"), WorkingCalendar(d.extra_days_off, d.extra_working_days)


def _today(config) -> date:
    return datetime.now(config.tz).date()


@click.group()
def report() -> None:
    """Báo cáo: kết quả hằng tháng (công khai), báo cáo quý, 6 tháng, năm (mẫu văn bản của Mặt trận)."""


def _report_command(name: str):
    kind, option, help_text = KIND_OPTION[name]

    @report.command(name)
    @click.option(option, "period_text", default="", help=help_text)
    @click.option("--as-of", "as_of", default="",
                  help="Số liệu tính đến ngày này, dd/mm/yyyy (mặc định: hết kỳ, hoặc hôm nay nếu kỳ chưa hết).")
    @click.pass_context
    def command(ctx, period_text: str, as_of: str) -> None:
        from hopthu.reports.cases import report_cases
        from hopthu.reports.jobs import ReportError, make_report
        from hopthu.reports.periods import parse_period, period_of

        config, journal, cal = _ward(ctx)
        today = _today(config)
        try:
            if period_text:
                period = parse_period(kind, period_text)
            else:
                period = period_of(kind, today)
                if kind == "month":
                    period = period.previous()
        except ValueError as exc:
            _fail(str(exc), 2)
        until = _day(as_of, "--as-of") if as_of else min(period.last, today)
        if until < period.first:
            _fail(f"kỳ {period.label} chưa bắt đầu (số liệu đến {until:%d/%m/%Y})", 2)
        try:
            cases = report_cases(config, journal)
            files = make_report(config, cases, period, as_of=until, today=today, calendar=cal)
        except ReportError as exc:
            _fail(str(exc))
        finally:
            journal.close()
        click.echo(f"Báo cáo {period.label} (số liệu đến {until:%d/%m/%Y}):")
        for path in files:
            click.echo(f"  {path}")

    command.__doc__ = {"monthly": "Kết quả hằng tháng để công khai: HTML, PDF, XLSX, biểu đồ, ảnh Zalo, bài loa.",
                       "quarter": "Báo cáo quý gửi Đảng ủy và MTTQ thành phố: DOCX (sửa được) và PDF.",
                       "half": "Báo cáo sơ kết 6 tháng: DOCX và PDF.",
                       "year": "Báo cáo tổng kết năm: DOCX và PDF."}[name]
    return command


for _name in KIND_OPTION:
    _report_command(_name)


#: What `cli.py` attaches to the `hopthu` group.
COMMANDS = [report]


@click.command("qr")
@click.pass_context
def qr(ctx) -> None:
    """Áp phích mã QR (PDF, PNG khổ A4) cho từng tổ dân phố và địa điểm, và các đường link để chia sẻ."""
    from hopthu.reports.jobs import ReportError, make_posters

    config = _config(ctx)
    try:
        files, links = make_posters(config, _today(config))
    except ValueError as exc:
        _fail(f"{config.path}: {exc}")
    except ReportError as exc:
        _fail(str(exc))
    click.echo(f"{len(files) // 2} áp phích mã QR (PDF để in, PNG) trong {links.parent}")
    click.echo(f"  ví dụ: {files[0]}")
    click.echo(f"Đường link để chia sẻ (trang web, fanpage, Zalo): {links}")


COMMANDS.append(qr)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default=None,
              help="csv hoặc xlsx (mặc định: reports.export_format).")
@click.option("--from", "first", required=True, help="Từ ngày tiếp nhận, dd/mm/yyyy.")
@click.option("--to", "last", required=True, help="Đến ngày tiếp nhận, dd/mm/yyyy.")
@click.option("--full", is_flag=True, help="Kèm họ tên, email, số điện thoại người gửi (chỉ cho Chủ tịch; tệp chỉ chủ tệp đọc được).")
@click.option("--platform", is_flag=True,
              help="Cột theo reports.platform_columns, để nhập lại vào nền tảng quốc gia (Mặt trận số, Cổng dịch vụ công).")
@click.option("--out", "out", default="", type=click.Path(dir_okay=False), help="Tệp ghi ra (mặc định: trong reports/xuat/).")
@click.pass_context
def export(ctx, fmt: str | None, first: str, last: str, full: bool, platform: bool, out: str) -> None:
    """Xuất danh sách hồ sơ (mặc định: đã ẩn thông tin cá nhân) ra CSV hoặc XLSX."""
    from hopthu.reports import export as ex
    from hopthu.reports.jobs import out_dir

    config, journal, _ = _ward(ctx)
    start, end = _day(first, "--from"), _day(last, "--to")
    if end < start:
        _fail("--to phải sau --from", 2)
    if full and platform:
        _fail("--full và --platform không dùng cùng nhau: tệp gửi nền tảng không kèm thông tin người gửi", 2)
    fmt = fmt or config.settings.reports.export_format
    try:
        rows = ex.records(config, journal, start, end, full=full)
    finally:
        journal.close()
    kind = "day-du" if full else ("nen-tang" if platform else "da-an")
    path = Path(out) if out else out_dir(config) / "xuat" / f"ho-so-{kind}-{start:%Y%m%d}-{end:%Y%m%d}.{fmt}"
    if out and path.suffix != f".{fmt}":
        path = path.with_suffix(f".{fmt}")
    ex.write(path, ex.columns(config, full=full, platform=platform), rows, private=full)
    click.echo(f"{len(rows)} hồ sơ nhận từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}: {path}")
    if full:
        click.echo("Lưu ý: tệp có thông tin cá nhân của người gửi; không chia sẻ, xóa khi không cần.")


COMMANDS.append(export)
