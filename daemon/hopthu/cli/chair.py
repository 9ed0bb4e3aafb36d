"""The chair's decisions: `hopthu forward` (an abusive item to the police, on the chair's word only) and
`hopthu clear-flag` (a wrong spam or abuse flag removed: the case takes the ordinary path).

Every decision is recorded in the journal with the name given (a configured chair), the operating-system
user who ran the command and the time, in the same transaction as the email it queues; the daemon's next
cycle sends it (within `schedule.poll_seconds`)."""

from __future__ import annotations

import click

from hopthu.cli.common import _app, _fail


def _chair(app, by: str):
    """The configured chair named `by` (diacritics-insensitive); exits 2 otherwise."""
    from hopthu.core.textnorm import fold

    chair = next((o for o in app.settings.officers if "chair" in o.roles and fold(o.name) == fold(by)), None)
    if chair is None:
        chairs = ", ".join(o.name for o in app.settings.officers if "chair" in o.roles) or "chưa cấu hình ai"
        _fail(f'"{by}" không phải Chủ tịch trong cấu hình (officers, roles: [chair]: {chairs})', 2)
    return chair


@click.command()
@click.argument("code")
@click.option("--to", "target", required=True, help='"police" (Công an phường, abuse.police_agency) hoặc mã cơ quan.')
@click.option("--by", "by", required=True, help="Họ tên Chủ tịch quyết định (như trong cấu hình, roles: chair).")
@click.option("--disclose-contact", is_flag=True, help="Gửi kèm họ tên, email, số điện thoại của người gửi.")
@click.option("--yes", "-y", is_flag=True, help="Không hỏi xác nhận (cho script).")
@click.pass_context
def forward(ctx: click.Context, code: str, target: str, by: str, disclose_contact: bool, yes: bool) -> None:
    """Chuyển một hồ sơ "Lợi dụng, xúc phạm" đến Công an phường theo quyết định của Chủ tịch."""
    from hopthu import casework

    app = _app(ctx)
    try:
        s = app.settings
        chair = _chair(app, by)
        agency_id = s.abuse.police_agency if target.lower() in ("police", "cong_an", "công an") else target
        if agency_id not in s.agencies:
            _fail(f'không có cơ quan "{target}"; dùng police hoặc một trong: {", ".join(s.agencies)}', 2)
        case = app.journal.case(code.strip().upper())
        if case is None:
            _fail(f"không có hồ sơ {code}", 2)
            return
        if "abusive" not in case.flags:
            _fail(f'{case.code} không mang Lưu ý "Lợi dụng, xúc phạm": hồ sơ thông thường đi theo cột Cơ quan chủ trì', 2)
        name = app.config.agency_name(agency_id)
        contact = app.journal.contact(case.code)
        click.echo(f"Hồ sơ {case.code} ({case.received_at:%d/%m/%Y}), nội dung đã ẩn thông tin cá nhân:")
        click.echo("  " + "\n  ".join((case.summary or case.subject or "(trống)").splitlines()[:12]))
        if disclose_contact:
            shown = ", ".join(p for p in (contact.name, contact.email, contact.phone) if p) or "người gửi ẩn danh"
            click.echo(f"KÈM thông tin người gửi: {shown}")
        else:
            click.echo("Không kèm thông tin người gửi.")
        if not yes and not click.confirm(f"{chair.name} quyết định chuyển hồ sơ này đến {name}?", default=False):
            click.echo("Không chuyển. Không có gì được ghi.")
            return
        user = casework.os_user()
        events, messages = casework.forward(app, case, agency_id, chair.name, user, disclose_contact=disclose_contact)
        if not messages:
            _fail(f"{name} chưa có địa chỉ email trong cấu hình (agencies.{agency_id}.emails)")
        action = "forward-with-contact" if disclose_contact else "forward"
        app.journal.record_decision(case, action, chair.name, user, detail=agency_id,
                                    events=[casework.stamp(app, e) for e in events], messages=messages)
        click.echo(f"Đã ghi quyết định ({chair.name}, người dùng máy {user}, {app.now():%H:%M %d/%m/%Y}); "
                   f"thư đến {name} được gửi ở chu kỳ kế tiếp của Hòm thư số.")
    finally:
        app.close()


@click.command("clear-flag")
@click.argument("code")
@click.option("--by", "by", required=True, help="Họ tên Chủ tịch quyết định (như trong cấu hình, roles: chair).")
@click.option("--yes", "-y", is_flag=True, help="Không hỏi xác nhận (cho script).")
@click.pass_context
def clear_flag(ctx: click.Context, code: str, by: str, yes: bool) -> None:
    """Bỏ Lưu ý "Lợi dụng, xúc phạm" hoặc "Thư rác" đánh nhầm: hồ sơ đi theo đường thông thường."""
    from hopthu import casework
    from hopthu.core.model import FLAG_LABELS, QUIET_FLAGS

    app = _app(ctx)
    try:
        chair = _chair(app, by)
        case = app.journal.case(code.strip().upper())
        if case is None:
            _fail(f"không có hồ sơ {code}", 2)
            return
        quiet = [f for f in case.flags if f in QUIET_FLAGS]
        if not quiet:
            _fail(f'{case.code} không mang Lưu ý "Lợi dụng, xúc phạm" hay "Thư rác"', 2)
        labels = ", ".join(FLAG_LABELS[f] for f in quiet)
        click.echo(f"Hồ sơ {case.code} ({case.received_at:%d/%m/%Y}), Lưu ý: {labels}; nội dung đã ẩn thông tin cá nhân:")
        click.echo("  " + "\n  ".join((case.summary or case.subject or "(trống)").splitlines()[:12]))
        if not yes and not click.confirm(f"{chair.name} quyết định bỏ Lưu ý «{labels}» (hồ sơ được xử lý như ý kiến "
                                         f"thông thường)?", default=False):
            click.echo("Không bỏ. Không có gì được ghi.")
            return
        user = casework.os_user()
        before = list(case.flags)
        events, messages = casework.flags_edited(app, case, [f for f in case.flags if f not in QUIET_FLAGS])
        event, detail = casework.clear_decision(app, casework.cleared_flags(before, case.flags), chair.name, user,
                                                where="cli")
        app.journal.record_decision(case, "clear-flag", chair.name, user, detail=detail,
                                    events=[casework.stamp(app, e) for e in [event, *events]], messages=messages)
        click.echo(f"Đã ghi quyết định ({chair.name}, người dùng máy {user}, {app.now():%H:%M %d/%m/%Y}); "
                   f"sổ theo dõi và thư đi được cập nhật ở chu kỳ kế tiếp của Hòm thư số.")
    finally:
        app.close()
