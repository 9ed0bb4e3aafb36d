"""What goes wrong with IMAP, as errors an officer can act on: each message says in Vietnamese, then
English, what to check (``ImapAuthError``, ``ImapTlsError``: a setting to fix) or that hopthu retries by
itself (``ImapConnectionError``: the server is unreachable or the connection was lost). ``s`` below is
the ``ImapSettings`` of the mailbox."""

from __future__ import annotations

import ssl
from typing import Any


class ImapError(Exception):
    """An IMAP problem; ``str()`` is a message an officer can act on (vi + en)."""


class ImapAuthError(ImapError):
    """The server refused the login (wrong password / app password / token)."""


class ImapTlsError(ImapError):
    """TLS could not be set up or the server's certificate did not verify."""


class ImapConnectionError(ImapError):
    """The server is unreachable or the connection was lost: retry later."""


def server_text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (list, tuple)):
        return " ".join(server_text(v) for v in value)
    return str(value)


def tls_error(s: Any, exc: BaseException) -> ImapTlsError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ImapTlsError(
            f"Không xác minh được chứng chỉ TLS của máy chủ IMAP {s.where} ({exc.verify_message or exc}). "
            f"Nếu máy chủ dùng chứng chỉ do CA riêng cấp, đặt tùy chọn ca_file (inbox.ca_file) trỏ tới "
            f"chứng chỉ CA đó; không tắt kiểm tra chứng chỉ. / "
            f"TLS certificate verification failed for IMAP server {s.where}: {exc}. If the server uses a "
            f"private CA, set the ca_file option (inbox.ca_file) to that CA certificate; never disable "
            f"verification."
        )
    return ImapTlsError(
        f"Không thiết lập được kết nối TLS với máy chủ IMAP {s.where} ({exc}). Kiểm tra cổng và tùy chọn "
        f"security (ssl cho cổng 993, starttls cho cổng 143) và ca_file nếu máy chủ dùng CA riêng. / "
        f"TLS handshake with IMAP server {s.where} failed: {exc}. Check the port and the security option "
        f"(ssl for 993, starttls for 143), and ca_file if the server uses a private CA."
    )


def auth_error(s: Any, exc: BaseException) -> ImapAuthError:
    said = server_text(exc.args[0]) if getattr(exc, "args", None) else str(exc)
    if s.oauth2_token_provider is not None:
        hint_vi = ("máy chủ không nhận mã truy cập OAuth2 (XOAUTH2): inbox.username phải đúng là tài khoản đã đăng "
                   "nhập bằng `hopthu oauth-login` (chạy lại lệnh đó nếu cần) và IMAP phải được bật trong Gmail")
        hint_en = ("the server refused the OAuth2 (XOAUTH2) access token: inbox.username must be the account that "
                   "signed in with `hopthu oauth-login` (run it again if needed) and IMAP must be on in Gmail")
    else:
        hint_vi = "kiểm tra tên đăng nhập và mật khẩu ứng dụng (app password) trong .env (HOPTHU_IMAP_PASSWORD)"
        hint_en = "check the username and the app password in .env (HOPTHU_IMAP_PASSWORD)"
    return ImapAuthError(
        f"Đăng nhập IMAP thất bại cho {s.username} trên {s.where}: {hint_vi}. / "
        f"IMAP login failed for {s.username} on {s.where}: {hint_en}. Máy chủ trả lời / server said: {said}"
    )


def conn_error(s: Any, action: str, exc: BaseException) -> ImapConnectionError:
    """``action`` is "vietnamese / english"."""
    vi, _, en = action.partition(" / ")
    return ImapConnectionError(
        f"Mất kết nối hoặc không kết nối được tới máy chủ IMAP {s.where} khi {vi}; hệ thống sẽ tự thử lại. / "
        f"IMAP connection to {s.where} failed or was lost while {en or vi}: {exc!r}. Will retry."
    )
