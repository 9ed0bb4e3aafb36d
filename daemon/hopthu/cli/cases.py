"""Commands about items and cases: cases, callbacks, add, import, quarantine, calendar."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from hopthu.cli.common import _app, _config, _fail, _journal, table
from hopthu.config import ConfigError, load_config


@click.command()
@click.option("--json", "as_json", is_flag=True, help="In JSON (cho script).")
@click.option("--status", help="Chỉ hồ sơ có trạng thái này.")
@click.pass_context
def cases(ctx: click.Context, as_json: bool, status: str | None) -> None:
    """Liệt kê các hồ sơ (không có thông tin người gửi)."""
    config = _config(ctx)
    journal = _journal(config)
    items = journal.cases()
    if status:
        from hopthu.core.model import Status

        wanted = Status.parse(status)
        if wanted is None:
            _fail(f'trạng thái "{status}" không có; dùng một trong: ' + ", ".join(s.value for s in Status), 2)
        items = [c for c in items if c.status == wanted]
    if as_json:
        from hopthu.core.redact import redact

        out = []
        for c in items:
            d = c.as_dict()
            # The free-text fields once more through today's detectors: cases opened before a detector
            # existed, answers and notes typed by people, history lines quoting a citizen.
            for key in ("subject", "summary", "answer", "notes"):
                d[key] = redact(d[key])
            d["history"] = [redact(line) for line in d["history"]]
            d["category_name"] = config.category_name(c.category)
            d["agency_name"] = config.agency_name(c.agency)
            out.append(d)
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    click.echo(table(
        ["Mã", "Nhận", "Kênh", "TDP", "Lĩnh vực", "Cơ quan", "Hạn", "Trạng thái"],
        [[c.code, f"{c.received_at:%d/%m/%Y}", c.channel.value, c.tdp, config.category_name(c.category),
          config.agency_name(c.agency), f"{c.deadline:%d/%m/%Y}", c.status.value] for c in items],
    ))
    click.echo(f"\n{len(items)} hồ sơ")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="In JSON (cho script).")
@click.pass_context
def callbacks(ctx: click.Context, as_json: bool) -> None:
    """Danh sách gọi lại: mã, số điện thoại và nội dung trả lời cần đọc (chỉ in ra màn hình máy này)."""
    from hopthu.casework.status import callback_contacts
    from hopthu.core.model import Status
    config = _config(ctx)
    journal = _journal(config)
    try:  # each case waiting for calls, with everyone to call: its submitter and its duplicates' (phone only)
        items = [(c, callback_contacts(journal, c)) for c in journal.cases() if c.status == Status.CALLBACK]
    finally:
        journal.close()
    # Phone numbers are printed here and nowhere else: never logged, never written to the shared register.
    if as_json:
        click.echo(json.dumps([{"code": code, "answer_of": c.code, "phone": k.phone, "name": k.name,
                                "deadline": c.deadline.isoformat(), "answer": c.answer}
                               for c, calls in items for code, k in calls], ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("Không có hồ sơ nào chờ gọi lại.")
        return
    for case, calls in items:
        click.echo(f"{case.code}  hạn {case.deadline:%d/%m/%Y}")
        for code, contact in calls:
            whose = "người gửi" if code == case.code else f"người gửi ý kiến trùng {code}"
            click.echo(f"  Gọi {whose}: ĐT {contact.phone}{'  (' + contact.name + ')' if contact.name else ''}")
        click.echo("  Nội dung trả lời cần đọc:")
        for line in (case.answer.strip() or "(chưa có nội dung trả lời: xem cột Nội dung trả lời)").splitlines():
            click.echo(f"    {line}")
        click.echo("")
    click.echo(f"{len(items)} hồ sơ chờ gọi lại. Gọi xong, chọn \"Đã trả lời\" ở cột Trạng thái của sổ theo dõi.")


@click.command()
@click.option("--channel", type=click.Choice(["paper", "other"]), default="paper",
              help="paper: hòm thư giấy; other: trực tiếp, hội nghị.")
@click.option("--text", "text", required=True, help="Nội dung ý kiến.")
@click.option("--tdp", default="", help="Tổ dân phố.")
@click.option("--contact", default="", help="Email hoặc số điện thoại người gửi (không bắt buộc).")
@click.option("--name", default="", help="Họ tên người gửi (không bắt buộc; chỉ lưu riêng, không vào sổ).")
@click.option("--date", "on", default="", help="Ngày ghi trên phiếu, dd/mm/yyyy (mặc định: hôm nay).")
@click.pass_context
def add(ctx, channel, text, tdp, contact, name, on) -> None:
    """Ghi một ý kiến nhận trên giấy hoặc trực tiếp; đi cùng đường với mọi kênh khác."""
    from hopthu.pipeline.incoming import add_manual, process_pending
    from hopthu.pipeline.summary import Summary

    app = _app(ctx)
    try:
        sid = add_manual(app, channel=channel, text=text, tdp=tdp, contact=contact, name=name, date=on)
    except ValueError as exc:
        _fail(str(exc), 2)
    summary = Summary()
    process_pending(app, summary)
    app.outbox.deliver(app.now())
    if summary.new_cases:
        case = summary.new_cases[0]
        click.echo(f"Đã ghi hồ sơ {case.code}: {app.config.category_name(case.category)} → "
                   f"{app.config.agency_name(case.agency)}, hạn {case.deadline:%d/%m/%Y}")
    else:
        click.echo(f"Không tạo được hồ sơ: {app.journal.intake(sid).reason}")
    app.close()


@click.command("import")
@click.option("--since", "since", required=True, help="Nhập thư nhận từ ngày này, dd/mm/yyyy.")
@click.option("--until", "until", default="",
              help="Đến trước ngày này, dd/mm/yyyy (mặc định: ngày bắt đầu nhận thư, inbox.start_date).")
@click.pass_context
def import_mail(ctx, since: str, until: str) -> None:
    """Nhập thư cũ của hộp thư IMAP thành hồ sơ, KHÔNG gửi thư xác nhận cho người gửi.

    Thư trước ngày hopthu bắt đầu chạy không bao giờ được trả lời hàng loạt; lệnh này đưa chúng vào sổ
    (chuyển cơ quan xử lý như mọi hồ sơ). Nên dừng dịch vụ trước khi chạy (systemctl stop hopthu).
    """
    from hopthu.core.timestamps import parse_timestamp
    from hopthu.pipeline.collect import journal_items
    from hopthu.pipeline.cycle import sync_register
    from hopthu.pipeline.incoming import process_pending
    from hopthu.pipeline.summary import Summary
    from hopthu.sources.imap import ImapSource

    app = _app(ctx)
    try:
        source = next((s for s in app.sources if isinstance(s, ImapSource)), None)
        if source is None:
            _fail("hopthu import dùng cho hộp thư IMAP (inbox.backend: imap)", 2)
        first = parse_timestamp(since, app.config.tz)
        last = parse_timestamp(until, app.config.tz) if until else None
        if first is None or (until and last is None):
            _fail(f'ngày "{since if first is None else until}" không hợp lệ: dùng dạng dd/mm/yyyy', 2)
        start, end = first.date(), (last.date() if last else source.start_date())
        if start >= end:
            _fail(f"--since {start:%d/%m/%Y} phải trước {end:%d/%m/%Y} (ngày bắt đầu nhận thư hoặc --until)", 2)
        validity, uids = source.backlog(start, end, app.journal.known_sources(source.known_prefix()))
        summary = Summary()
        label = f"Nhập thư {start:%d/%m/%Y} – {end:%d/%m/%Y}"
        with click.progressbar(length=len(uids), label=label, show_pos=True) as bar:
            for at in range(0, len(uids), 100):
                chunk = uids[at:at + 100]
                journal_items(app, source, source.fetch_backlog(validity, chunk))
                process_pending(app, summary)
                bar.update(len(chunk))
        report = app.outbox.deliver(app.now())
        sync_register(app, summary)
        click.echo(f"Đã nhập {len(uids)} thư (nhận từ {start:%d/%m/%Y} đến trước {end:%d/%m/%Y}):")
        click.echo(f"  Hồ sơ mới (không gửi thư xác nhận): {len(summary.new_cases)}")
        if summary.new_cases:
            counts: dict[tuple[str, str], int] = {}
            for case in summary.new_cases:
                key = (app.config.category_name(case.category), app.config.agency_name(case.agency))
                counts[key] = counts.get(key, 0) + 1
            click.echo(table(["Lĩnh vực", "Cơ quan chủ trì", "Số hồ sơ"],
                             [[c, a, n] for (c, a), n in sorted(counts.items())]))
        click.echo(f"  Bổ sung vào hồ sơ có sẵn:        {summary.linked}")
        click.echo(f"  Thư tự động/bounce bỏ qua:       {summary.ignored}")
        click.echo(f"  Cách ly (cần cán bộ xem):        {len(summary.quarantined)}")
        click.echo(f"  Email chuyển cơ quan đã gửi:     {report.sent}"
                   + (f" (còn {report.held + report.retrying} chờ gửi)" if report.held + report.retrying else ""))
    finally:
        app.close()
    if summary.errors:
        for error in summary.errors:
            click.echo(f"  LỖI: {error}")
        sys.exit(1)


@click.group()
def quarantine() -> None:
    """Các mục không xử lý được, chờ cán bộ xem."""


@quarantine.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def quarantine_list(ctx, as_json: bool) -> None:
    """Liệt kê mục bị cách ly (và thư bị giữ lại vì gửi dồn dập) cùng lý do."""
    config = _config(ctx)
    journal = _journal(config)
    items = journal.quarantined(include_held=True)
    if as_json:
        click.echo(json.dumps([{"id": i.source_id, "channel": i.channel, "state": i.state, "reason": i.reason,
                                "raw": i.raw_path, "recorded_at": i.recorded_at} for i in items],
                              ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("Không có mục nào bị cách ly.")
        return
    label = {"quarantined": "cách ly", "held": "giữ lại"}
    click.echo(table(["ID", "Kênh", "Tình trạng", "Nhận lúc (UTC)", "Lý do"],
                     [[i.source_id, i.channel, label.get(i.state, i.state), i.recorded_at, i.reason] for i in items]))
    click.echo("\nXem tệp gốc trong thư mục state/raw; xử lý lại: hopthu quarantine release ID")


@quarantine.command("release")
@click.argument("item_id")
@click.pass_context
def quarantine_release(ctx, item_id: str) -> None:
    """Xử lý lại một mục (ví dụ sau khi sửa quy tắc)."""
    from hopthu.pipeline.incoming import process_pending
    from hopthu.pipeline.summary import Summary

    app = _app(ctx)
    intake = app.journal.intake(item_id)
    if intake is None or intake.state not in ("quarantined", "held"):
        _fail(f"không có mục cách ly {item_id}: xem `hopthu quarantine list`", 2)
    app.journal.release(item_id)
    summary = Summary()
    process_pending(app, summary)
    app.outbox.deliver(app.now())
    if summary.new_cases:
        click.echo(f"Đã xử lý: hồ sơ {summary.new_cases[0].code}")
    elif item_id in summary.quarantined:
        click.echo(f"Vẫn không xử lý được: {app.journal.intake(item_id).reason}")
    else:
        click.echo("Đã xử lý (bổ sung vào hồ sơ có sẵn hoặc bỏ qua).")
    app.close()


@click.command()
@click.argument("year", type=int, default=date.today().year)
@click.pass_context
def calendar(ctx, year: int) -> None:
    """In các ngày nghỉ (không làm việc) của một năm, để cán bộ đối chiếu."""
    from hopthu.core.workdays import WorkingCalendar

    try:
        config = load_config(ctx.obj.get("config_path"))
        d = config.settings.deadlines
        cal = WorkingCalendar(d.extra_days_off, d.extra_working_days)
    except ConfigError:
        cal = WorkingCalendar()  # the calendar needs no config; overrides apply when there is one
    click.echo(f"Ngày nghỉ lễ, Tết năm {year} (không tính Thứ Bảy, Chủ nhật thông thường):")
    for day, name in cal.holidays_in(year):
        click.echo(f"  {day:%d/%m/%Y}  {_weekday(day):<8}  {name}")
    extra = cal.make_up_working_days(year)
    if extra:
        click.echo("Ngày làm việc bù (Thứ Bảy/Chủ nhật đi làm):")
        for day in extra:
            click.echo(f"  {day:%d/%m/%Y}  {_weekday(day)}")
    total = len(cal.non_working_days(year))
    click.echo(f"Tổng số ngày không làm việc (kể cả cuối tuần): {total}")


def _weekday(day: date) -> str:
    return ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"][day.weekday()]
