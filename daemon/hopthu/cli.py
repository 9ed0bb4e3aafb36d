"""The `hopthu` command: thin over the library, messages for officers in Vietnamese.

Every command loads and validates the configuration first; a mistake ends the
command with the file, line and what to do, and exit code 1 (2 for usage).
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import shutil
import sys
from datetime import date, datetime
from pathlib import Path

import click

from hopthu.config import Config, ConfigError, load_config

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
    root.addHandler(err)
    if config is not None:
        config.state_dir.mkdir(parents=True, exist_ok=True)
        fh = logging.handlers.RotatingFileHandler(
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
        log.error("%s", line)
    sys.exit(code)


def _config(ctx: click.Context) -> Config:
    obj = ctx.ensure_object(dict)
    if "config" not in obj:
        try:
            obj["config"] = load_config(obj.get("config_path"))
        except ConfigError as exc:
            _setup_logging(None, obj.get("verbose", False))
            _fail(exc.problems)
        _setup_logging(obj["config"], obj.get("verbose", False))
    return obj["config"]


def _app(ctx: click.Context):
    from hopthu.wiring import build_app
    from hopthu.core.rules import RulesError

    config = _config(ctx)
    try:
        return build_app(config)
    except RulesError as exc:
        _fail(exc.problems)


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(c.ljust(w) for c, w in zip(cells[0], widths)), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells[1:]]
    return "\n".join(out)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "-c", "config_path", type=click.Path(dir_okay=False),
              help="Tệp cấu hình YAML (mặc định: ./hopthu.yaml hoặc $HOPTHU_CONFIG).")
@click.option("--verbose", "-v", is_flag=True, help="In thêm nhật ký ra màn hình.")
@click.version_option(package_name="hopthu")
@click.pass_context
def main(ctx: click.Context, config_path: str | None, verbose: bool) -> None:
    """hopthu – Hòm thư số của Ủy ban MTTQ phường: tiếp nhận, phân loại, chuyển xử lý, trả lời."""
    ctx.ensure_object(dict).update(config_path=config_path, verbose=verbose)


# -- running ----------------------------------------------------------------


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
    click.echo(f"  Ô sổ theo dõi ghi:  {summary.register_written}; thay đổi của cán bộ: {summary.officer_edits}")
    if getattr(summary, "reminders", 0):
        click.echo(f"  Nhắc hạn, báo quá hạn, tổng hợp: {summary.reminders}")
    for error in summary.errors:
        click.echo(f"  LỖI: {error}")


@main.command()
@click.pass_context
def once(ctx: click.Context) -> None:
    """Chạy một chu kỳ rồi thoát, in bảng tóm tắt."""
    from hopthu.pipeline.cycle import run_cycle

    app = _app(ctx)
    try:
        summary = run_cycle(app)
        print_summary(app, summary)
    finally:
        app.close()
    if summary.errors:
        sys.exit(1)


@main.command()
@click.pass_context
def run(ctx: click.Context) -> None:
    """Chạy liên tục (dịch vụ systemd): kiểm tra hộp thư và Form theo lịch; dừng bằng SIGTERM."""
    from hopthu.service import Daemon, keep_optional_imports_out

    keep_optional_imports_out()
    Daemon(_app(ctx)).run()


# -- looking at things ------------------------------------------------------


@main.command()
@click.option("--json", "as_json", is_flag=True, help="In JSON (cho script).")
@click.option("--status", help="Chỉ hồ sơ có trạng thái này.")
@click.pass_context
def cases(ctx: click.Context, as_json: bool, status: str | None) -> None:
    """Liệt kê các hồ sơ (không có thông tin người gửi)."""
    from hopthu.journal import Journal

    config = _config(ctx)
    journal = Journal(config.state_dir / "journal.sqlite3")
    items = journal.cases()
    if status:
        from hopthu.core.model import Status

        wanted = Status.parse(status)
        if wanted is None:
            _fail(f'trạng thái "{status}" không có; dùng một trong: ' + ", ".join(s.value for s in Status), 2)
        items = [c for c in items if c.status == wanted]
    if as_json:
        out = []
        for c in items:
            d = c.as_dict()
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


@main.command()
@click.option("--json", "as_json", is_flag=True, help="In JSON (cho script).")
@click.pass_context
def callbacks(ctx: click.Context, as_json: bool) -> None:
    """Danh sách gọi lại: mã, số điện thoại và nội dung trả lời cần đọc (chỉ in ra màn hình máy này)."""
    from hopthu.journal import Journal
    from hopthu.core.model import Status

    config = _config(ctx)
    journal = Journal(config.state_dir / "journal.sqlite3")
    try:
        items = [(c, journal.contact(c.code)) for c in journal.cases() if c.status == Status.CALLBACK]
    finally:
        journal.close()
    # Phone numbers are printed here and nowhere else: never logged, never written to the shared register.
    if as_json:
        click.echo(json.dumps([{"code": c.code, "phone": k.phone, "name": k.name, "deadline": c.deadline.isoformat(),
                                "answer": c.answer} for c, k in items], ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("Không có hồ sơ nào chờ gọi lại.")
        return
    for case, contact in items:
        click.echo(f"{case.code}  ĐT: {contact.phone}{'  (' + contact.name + ')' if contact.name else ''}"
                   f"  hạn {case.deadline:%d/%m/%Y}")
        click.echo("  Nội dung trả lời cần đọc:")
        for line in (case.answer.strip() or "(chưa có nội dung trả lời: xem cột Nội dung trả lời)").splitlines():
            click.echo(f"    {line}")
        click.echo("")
    click.echo(f"{len(items)} hồ sơ chờ gọi lại. Gọi xong, chọn \"Đã trả lời\" ở cột Trạng thái của sổ theo dõi.")


@main.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Kiểm tra cấu hình, quy tắc và mọi kết nối; in danh sách đạt/không đạt."""
    from hopthu.wiring import build_register, build_sources, build_transport, load_rules
    from hopthu.core.rules import RulesError

    try:
        config = load_config(ctx.obj.get("config_path"))
    except ConfigError as exc:
        click.echo("KHÔNG ĐẠT  cấu hình")
        for p in exc.problems:
            click.echo(f"           {p}")
        sys.exit(1)
    _setup_logging(config, ctx.obj.get("verbose", False))
    results: list[tuple[bool, str, str]] = [(True, "cấu hình", str(config.path))]
    try:
        rules = load_rules(config)
        results.append((True, "quy tắc", f"{len(rules.rules)} quy tắc trong {config.rules_dir}"))
    except RulesError as exc:
        results.append((False, "quy tắc", "\n".join(exc.problems)))

    def probe(name: str, fn) -> None:
        try:
            results.append((True, name, fn()))
        except Exception as exc:
            results.append((False, name, str(exc)))

    s = config.settings
    if (s.inbox.backend == "imap" and s.inbox.auth == "xoauth2") or \
            (s.outbox.backend == "smtp" and s.outbox.smtp and s.outbox.smtp.auth == "xoauth2"):
        from hopthu.mail.oauth import provider_for

        probe("OAuth (XOAUTH2)", provider_for(config).check)
    try:
        sources = build_sources(config)
    except Exception as exc:  # e.g. a setting the source cannot use
        results.append((False, "nguồn", str(exc)))
        sources = []
    for source in sources:
        probe(f"nguồn {source.name}", source.check)
    probe("sổ theo dõi", lambda: build_register(config).check())
    probe("thư đi", lambda: build_transport(config).check())
    probe("mẫu thư", lambda: _check_templates(config))
    ok = all(r[0] for r in results)
    for passed, name, detail in results:
        lines = detail.splitlines() or [""]
        click.echo(f"{'ĐẠT      ' if passed else 'KHÔNG ĐẠT'}  {name}: {lines[0]}")
        for more in lines[1:]:
            click.echo(f"           {more}")
    click.echo("\nMọi kiểm tra đều đạt." if ok else "\nCó mục không đạt: sửa theo hướng dẫn ở trên rồi chạy lại `hopthu check`.")
    sys.exit(0 if ok else 1)


def _check_templates(config: Config) -> str:
    from hopthu.outbox.queue import Templates

    names = ["ack.txt.j2", "routed.txt.j2", "answer.txt.j2", "ngoai-tham-quyen.txt.j2", "alert.txt.j2",
             "hoi-bo-sung.txt.j2", "tra-loi-bo-sung.txt.j2", "bao-loi-gui.txt.j2",
             "nhac-han.txt.j2", "qua-han.txt.j2", "tong-hop-can-bo.txt.j2"]
    t = Templates(config.templates_dir)
    for name in names:
        t.env.get_template(name)
    return f"{len(names)} mẫu trong {config.templates_dir}"


@main.command("init-sheet")
@click.pass_context
def init_sheet(ctx: click.Context) -> None:
    """Tạo (hoặc hoàn thiện) sổ theo dõi trên Google Sheets: tiêu đề, cố định dòng đầu, danh sách
    trạng thái, tô màu quá hạn/sắp đến hạn, cảnh báo khi sửa cột của hopthu, định dạng ngày.
    Chạy lại an toàn: chỉ thêm phần còn thiếu."""
    from hopthu.wiring import build_register
    from hopthu.errors import OperatorError

    config = _config(ctx)
    reg = config.settings.case_register
    if reg.backend != "sheet":
        _fail("register.backend là xlsx: sổ theo dõi XLSX được tạo tự động ở lần chạy đầu, không cần init-sheet. "
              "Để dùng Google Sheets, đặt register.backend: sheet và register.sheet_id (xem docs/google-sheets.md). "
              "/ The register is the XLSX file: nothing to initialise.", 2)
    register = build_register(config)
    try:
        done = register.init_sheet()
    except OperatorError as exc:
        _fail(str(exc))
    click.echo(f"Sổ theo dõi: {register.where}")
    for line in done:
        click.echo(f"  - {line}")
    click.echo(f"Xong. Tài khoản dịch vụ: {register.email}. Chạy `hopthu check` để kiểm tra mọi kết nối.")


@main.command("oauth-login")
@click.option("--client-secret", "client_secret", required=True, type=click.Path(dir_okay=False),
              help="Tệp JSON của ứng dụng OAuth loại «Ứng dụng máy tính» (Desktop app) tải từ Google Cloud.")
@click.option("--out", type=click.Path(dir_okay=False),
              help="Nơi ghi tệp đăng nhập (mặc định: HOPTHU_OAUTH_FILE trong .env, nếu chưa có thì "
                   "oauth-gmail.json cạnh tệp cấu hình).")
@click.option("--port", default=0, type=click.IntRange(0, 65535),
              help="Cổng nhận kết quả đăng nhập trên 127.0.0.1 (mặc định: một cổng trống; đặt cố định khi "
                   "đăng nhập từ máy khác qua ssh -L).")
@click.option("--open-browser/--no-browser", default=False, help="Tự mở trình duyệt trên máy này.")
@click.pass_context
def oauth_login(ctx, client_secret: str, out: str | None, port: int, open_browser: bool) -> None:
    """Đăng nhập Gmail / Google Workspace bằng OAuth (XOAUTH2) một lần, thay cho mật khẩu ứng dụng.

    In một địa chỉ: mở nó, đăng nhập bằng tài khoản của hộp thư, bấm «Cho phép». Tệp đăng nhập
    (refresh token) được ghi với quyền 0600; hopthu dùng nó cho IMAP và SMTP khi auth: xoauth2."""
    from hopthu.mail.oauth import ENV_VAR, OAuthError, login, oauth_path

    config = None
    if out:
        target = Path(out).resolve()
    else:
        try:
            config = load_config(ctx.obj.get("config_path"))
        except ConfigError as exc:
            _setup_logging(None, ctx.obj.get("verbose", False))
            _fail(exc.problems + [f"hoặc chỉ nơi ghi tệp đăng nhập bằng --out /đường/dẫn/oauth-gmail.json. / or pass "
                                  f"--out PATH; then set {ENV_VAR} in .env."])
        target = oauth_path(config) or config.base / "oauth-gmail.json"
    _setup_logging(config, ctx.obj.get("verbose", False))
    try:
        written = login(Path(client_secret), target, port=port, open_browser=open_browser)
    except OAuthError as exc:
        _fail(str(exc))
    click.echo(f"Đã lưu thông tin đăng nhập OAuth vào {written} (quyền 0600). / OAuth sign-in saved.")
    if config is None or oauth_path(config) != written:
        env = config.base / ".env" if config is not None else Path(".env")
        click.echo(f"Thêm dòng sau vào tệp .env ({env}):\n\n    {ENV_VAR}={written}\n")
    click.echo("Trong hopthu.yaml đặt `auth: xoauth2` ở inbox và ở outbox.smtp (username là tài khoản vừa đăng nhập), "
               "rồi chạy `hopthu check`. Dịch vụ đang chạy dùng tệp mới ở lần kết nối sau.")


# -- rules ------------------------------------------------------------------


@main.group()
def rules() -> None:
    """Quy tắc phân loại và chuyển xử lý."""


@rules.command("test")
@click.argument("text", required=False)
@click.option("--file", "eml", type=click.Path(exists=True, dir_okay=False), help="Thử với một tệp .eml.")
@click.option("--subject", default="", help="Tiêu đề (khi thử bằng văn bản).")
@click.option("--channel", default="email", type=click.Choice(["email", "form", "paper", "other"]))
@click.option("--tdp", default="", help="Tổ dân phố.")
@click.option("--json", "as_json", is_flag=True, help="In một đối tượng JSON.")
@click.pass_context
def rules_test(ctx, text, eml, subject, channel, tdp, as_json) -> None:
    """Cho biết quy tắc nào quyết định một nội dung, và vì sao."""
    from hopthu.wiring import load_rules
    from hopthu.core.model import Channel, Submission
    from hopthu.core.parsing import parse_email
    from hopthu.core.rules import RulesError

    config = _config(ctx)
    try:
        ruleset = load_rules(config)
    except RulesError as exc:
        _fail(exc.problems)
    if eml:
        parsed = parse_email(Path(eml).read_bytes())
        sub = Submission(source_id="test", channel=Channel.EMAIL, received_at=datetime.now(config.tz),
                         subject=parsed.subject, text=parsed.text, sender=parsed.from_addr)
    elif text is not None:
        sub = Submission(source_id="test", channel=Channel(channel), received_at=datetime.now(config.tz),
                         subject=subject, text=text, tdp=tdp)
    else:
        _fail("cho một nội dung để thử, ví dụ: hopthu rules test \"đèn đường hỏng\" (hoặc --file thu.eml)", 2)
    d = ruleset.classify(sub)
    out = {
        "category": d.category,
        "category_name": config.category_name(d.category),
        "agency": d.agency,
        "agency_name": config.agency_name(d.agency) if d.agency else None,
        "co_agencies": d.co_agencies,
        "complex": d.complex,
        "flags": d.flags,
        "rule": d.rule or None,
        "why": d.why,
    }
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    click.echo(f"Lĩnh vực:    {out['category_name']} ({d.category})")
    click.echo(f"Cơ quan:     {out['agency_name'] or 'ngoài thẩm quyền phường'}" + (f" ({d.agency})" if d.agency else ""))
    if d.co_agencies:
        click.echo("Phối hợp:    " + ", ".join(config.agency_name(a) for a in d.co_agencies))
    click.echo(f"Mức độ:      {'phức tạp' if d.complex else 'thông thường'}")
    click.echo(f"Lưu ý:       {', '.join(d.flags) or 'không'}")
    click.echo(f"Quy tắc:     {d.rule or '(không quy tắc nào khớp: chờ phân loại)'}")
    click.echo(f"Vì sao:      {d.why}")


@rules.command("list")
@click.pass_context
def rules_list(ctx) -> None:
    """Liệt kê quy tắc theo thứ tự áp dụng."""
    from hopthu.wiring import load_rules
    from hopthu.core.rules import RulesError

    config = _config(ctx)
    try:
        ruleset = load_rules(config)
    except RulesError as exc:
        _fail(exc.problems)
    rows = []
    for i, rule in enumerate(ruleset.rules, start=1):
        rows.append([i, getattr(rule, "name", ""), getattr(rule, "source", ""), getattr(rule, "description", "")])
    click.echo(table(["#", "Tên", "Tệp", "Mô tả"], rows))


# -- quarantine -------------------------------------------------------------


@main.group()
def quarantine() -> None:
    """Các mục không xử lý được, chờ cán bộ xem."""


@quarantine.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def quarantine_list(ctx, as_json: bool) -> None:
    """Liệt kê mục bị cách ly (và thư bị giữ lại vì gửi dồn dập) cùng lý do."""
    from hopthu.journal import Journal

    config = _config(ctx)
    journal = Journal(config.state_dir / "journal.sqlite3")
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


# -- old mail -----------------------------------------------------------------


@main.command("import")
@click.option("--since", "since", required=True, help="Nhập thư nhận từ ngày này, dd/mm/yyyy.")
@click.option("--until", "until", default="",
              help="Đến trước ngày này, dd/mm/yyyy (mặc định: ngày bắt đầu nhận thư, inbox.start_date).")
@click.pass_context
def import_mail(ctx, since: str, until: str) -> None:
    """Nhập thư cũ của hộp thư IMAP thành hồ sơ, KHÔNG gửi thư xác nhận cho người gửi.

    Thư trước ngày hopthu bắt đầu chạy không bao giờ được trả lời hàng loạt; lệnh này đưa chúng vào sổ
    (chuyển cơ quan xử lý như mọi hồ sơ). Nên dừng dịch vụ trước khi chạy (systemctl stop hopthu).
    """
    from hopthu.pipeline.collect import journal_items
    from hopthu.pipeline.incoming import process_pending
    from hopthu.pipeline.register_sync import sync_register
    from hopthu.pipeline.summary import Summary
    from hopthu.core.timestamps import parse_timestamp
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


# -- officers' input --------------------------------------------------------


@main.command()
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


# -- calendar ---------------------------------------------------------------


@main.command()
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


# -- demo -------------------------------------------------------------------


@main.command()
@click.option("--dir", "target", default="demo", type=click.Path(file_okay=False),
              help="Thư mục làm việc của bản chạy thử (mặc định ./demo).")
@click.pass_context
def demo(ctx, target: str) -> None:
    """Chạy thử trên dữ liệu mẫu, không cần tài khoản Google hay máy chủ thư."""
    from hopthu.wiring import build_app
    from hopthu.pipeline.cycle import run_cycle
    from hopthu.core.rules import RulesError

    root = _repo_root()
    target_dir = Path(target).resolve()
    config_path = target_dir / "hopthu.yaml"
    if not config_path.exists():
        _make_demo(root, target_dir)
        click.echo(f"Tạo bản chạy thử trong {target_dir}")
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        _fail(exc.problems)
    _setup_logging(config, ctx.obj.get("verbose", False))
    try:
        app = build_app(config)
    except RulesError as exc:
        _fail(exc.problems)
    try:
        summary = run_cycle(app)
        print_summary(app, summary)
    finally:
        app.close()
    s = config.settings
    click.echo("")
    click.echo(f"Sổ theo dõi (XLSX): {config.resolve(s.case_register.path)}")
    click.echo(f"Thư đi (.eml):      {config.resolve(s.outbox.path)}")
    click.echo(f"Hộp thư đến:        {config.resolve(s.inbox.path)}")
    click.echo(f"Nhật ký, trạng thái: {config.state_dir}")
    click.echo(f"Chạy lại một chu kỳ: hopthu --config {config_path} once")


def _repo_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "examples" / "inbox").is_dir() and (parent / "rules").is_dir():
            return parent
    _fail("không tìm thấy thư mục examples/ và rules/ của hopthu: chạy lệnh này trong bản clone của dự án")


def _make_demo(root: Path, target: Path) -> None:
    data = target / "data"
    data.mkdir(parents=True, exist_ok=True)
    shutil.copytree(root / "examples" / "inbox", data / "inbox", dirs_exist_ok=True)
    for sub in ("new", "cur", "tmp"):
        (data / "inbox" / sub).mkdir(exist_ok=True)
    shutil.copy(root / "examples" / "form-responses.csv", data / "form-responses.csv")
    (target / "hopthu.yaml").write_text(example_config(root), encoding="utf-8")


def example_config(root: Path) -> str:
    """hopthu.example.yaml with the project's rules and templates by absolute path, for a ward folder
    anywhere on disk (the demo, and the tests' and benchmarks' wards)."""
    text = (root / "hopthu.example.yaml").read_text(encoding="utf-8")
    text = text.replace('rules_dir: "rules"', f'rules_dir: "{root / "rules"}"')
    return text.replace('templates_dir: "templates"', f'templates_dir: "{root / "templates"}"')


from hopthu.cli_reports import COMMANDS as _REPORT_COMMANDS  # noqa: E402  (reports, exports, posters)

for _command in _REPORT_COMMANDS:
    main.add_command(_command)

if __name__ == "__main__":  # pragma: no cover
    main()
