"""`hopthu oauth-login`: sign the mailbox in once with OAuth (XOAUTH2) for IMAP and SMTP."""

from __future__ import annotations

from pathlib import Path

import click

from hopthu.cli.common import _fail, _setup_logging
from hopthu.config import ConfigError, load_config


@click.command("oauth-login")
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
        env = config.secrets_path if config is not None else Path(".env")
        click.echo(f"Thêm dòng sau vào tệp bí mật ({env}):\n\n    {ENV_VAR}={written}\n")
    click.echo("Trong hopthu.yaml đặt `auth: xoauth2` ở inbox và ở outbox.smtp (username là tài khoản vừa đăng nhập), "
               "rồi chạy `hopthu check`. Dịch vụ đang chạy dùng tệp mới ở lần kết nối sau.")
