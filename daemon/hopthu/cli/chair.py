"""The chair's decisions: `hopthu forward` (an abusive item to the police, on the chair's word only).

Every decision is recorded in the journal with the name given (a configured chair), the operating-system
user who ran the command and the time, in the same transaction as the email it queues; the daemon's next
cycle sends it (within `schedule.poll_seconds`)."""

from __future__ import annotations

import getpass

import click

from hopthu.cli.common import _app, _fail


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without USER): record that, do not refuse
        return "(không rõ)"


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
    from hopthu.core.textnorm import fold

    app = _app(ctx)
    try:
        s = app.settings
        chair = next((o for o in s.officers if "chair" in o.roles and fold(o.name) == fold(by)), None)
        if chair is None:
            chairs = ", ".join(o.name for o in s.officers if "chair" in o.roles) or "chưa cấu hình ai"
            _fail(f'"{by}" không phải Chủ tịch trong cấu hình (officers, roles: [chair]: {chairs})', 2)
            return
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
        user = _os_user()
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
