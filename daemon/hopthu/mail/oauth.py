"""OAuth2 sign-in (XOAUTH2) to Gmail / Google Workspace, for IMAP intake and SMTP delivery.

`hopthu oauth-login` runs Google's installed-app flow once (`login`): an officer signs in as the
front's mailbox in a browser, and the result, an "authorized user" JSON file (client id and
secret, refresh token, token endpoint), is written with mode 0600 where `.env` says
(`HOPTHU_OAUTH_FILE`). No password is kept anywhere.

At every IMAP or SMTP (re)connect the adapters call a `TokenProvider`: it returns the access token
it holds, or first gets a new one from the token endpoint when there is none, it has expired or it
expires within `REFRESH_MARGIN` (Google's last an hour, and a connection can be opened at 59:59).
A token the server refuses is dropped (`invalidate`) and the login tried once more with a new one,
so a grant revoked meanwhile is reported as such at once, not as a wrong token for the next hour.
One provider per file (`provider_for`) serves the IMAP connections and SMTP alike, so one refresh
serves them all; it re-reads the file when it changed, so a new `oauth-login` takes effect at the
next connect without restarting the service. The token endpoint is Google's (`google.oauth_token_uri`
in the config, which only tests change), never the `token_uri` written in the file: a file must not
be able to send the refresh token elsewhere. The refresh itself is oauthlib over urllib (`refresh`),
not google-auth, whose imports would cost the idling daemon 17 MB.

`OAuthError`: an officer must act (no file, not an authorized-user file, the grant was revoked or
expired): the message says what to do, in Vietnamese and then English. `OAuthUnavailable`: the
token endpoint could not be reached or failed; retry later (the adapters treat it like a lost
connection).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

from hopthu import platform
from hopthu.errors import read_secret_json

log = logging.getLogger("hopthu.mail.oauth")

SCOPE = "https://mail.google.com/"  # the only scope Gmail accepts for IMAP and SMTP
ENV_VAR = "HOPTHU_OAUTH_FILE"
GUIDE = "docs/imap-smtp.md"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
REFRESH_MARGIN = timedelta(minutes=5)
TIMEOUT = 30  # seconds for one call to the token endpoint

__all__ = [
    "SCOPE",
    "ENV_VAR",
    "OAuthError",
    "OAuthUnavailable",
    "TokenProvider",
    "oauth_path",
    "provider_for",
    "login",
    "write_authorized_user",
]


class OAuthError(Exception):
    """An OAuth problem an officer must fix; the message says how (Vietnamese, then English)."""


class OAuthUnavailable(Exception):
    """The token endpoint is unreachable or failed (network, Google 5xx): try again later."""


_LOGIN_AGAIN = (
    f"chạy lại `hopthu oauth-login --client-secret client_secret.json` và đăng nhập bằng tài khoản của hộp thư "
    f"({GUIDE})"
)


def oauth_path(config) -> Path | None:
    """The authorized-user file named in .env, relative paths taken from the config file's folder."""
    value = config.secrets.oauth_file
    return config.resolve(value) if value else None


# -- the authorized-user file ------------------------------------------------------------


def _read_info(path: Path | None) -> dict[str, Any]:
    if path is None:
        raise OAuthError(
            f"chưa khai báo tệp OAuth: thêm dòng {ENV_VAR}=/đường/dẫn/oauth-gmail.json vào tệp .env rồi "
            f"{_LOGIN_AGAIN}. / {ENV_VAR} is not set: add it to .env and run `hopthu oauth-login`."
        )
    if not path.exists():
        raise OAuthError(
            f"không tìm thấy tệp OAuth {path}: {_LOGIN_AGAIN} để tạo tệp này, hoặc sửa dòng {ENV_VAR} trong .env. "
            f"/ The OAuth file {path} does not exist: run `hopthu oauth-login` to create it, or fix {ENV_VAR} in .env."
        )
    info = read_secret_json(path, "tệp OAuth", "the OAuth file", OAuthError)
    if isinstance(info, dict) and ("installed" in info or "web" in info):
        raise OAuthError(
            f"tệp {path} là tệp «client secret» của ứng dụng OAuth, không phải tệp đăng nhập: dùng nó cho lệnh "
            f"`hopthu oauth-login --client-secret {path.name}`, lệnh này tạo tệp đăng nhập cho {ENV_VAR} ({GUIDE}). "
            f"/ {path} is the OAuth client secret, not a sign-in: pass it to `hopthu oauth-login --client-secret`, "
            f"which writes the file {ENV_VAR} must name."
        )
    needed = ("client_id", "client_secret", "refresh_token")
    if not isinstance(info, dict) or (info.get("type") not in (None, "authorized_user")) \
            or not all(isinstance(info.get(k), str) and info.get(k) for k in needed):
        raise OAuthError(
            f"tệp {path} không phải tệp đăng nhập OAuth (authorized user: client_id, client_secret, refresh_token): "
            f"{_LOGIN_AGAIN}. / {path} is not an OAuth authorized-user file (client_id, client_secret, "
            f"refresh_token): run `hopthu oauth-login` to write it."
        )
    return info


@dataclass
class _Grant:
    """What the sign-in file grants, and the access token last obtained with it (naive UTC expiry)."""

    client_id: str
    client_secret: str
    refresh_token: str
    token: str | None = None
    expiry: datetime | None = None


def write_authorized_user(credentials, path: Path) -> Path:
    """Write the credentials as an authorized-user JSON file, mode 0600 from its first byte, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    info = json.loads(credentials.to_json())
    info.pop("token", None)  # an access token lasts an hour: only what lasts is kept
    info.pop("expiry", None)
    info["type"] = "authorized_user"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mkstemp: mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(info, f, indent=2)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    platform.current().private_file(path)  # 0600; on Windows an ACL for hopthu's account and Administrators
    return path


# -- access tokens ---------------------------------------------------------------------------


#: The token endpoint's own refusals (RFC 6749 §5.2): the grant or the client must be fixed by a person.
_REFUSALS = {"invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type",
             "invalid_scope"}


def _refused(error: str, description: str, path: Path | None) -> OAuthError:
    """The token endpoint's OAuth error (RFC 6749 §5.2) as what an officer must do."""
    said = f"{error}: {description}" if description else error
    if error == "invalid_grant":
        return OAuthError(
            f"Google từ chối cấp mã truy cập: quyền truy cập hộp thư đã bị thu hồi hoặc hết hạn (đổi mật khẩu, "
            f"gỡ quyền ở myaccount.google.com → Bảo mật, hoặc ứng dụng OAuth còn ở chế độ «Thử nghiệm» nên hết "
            f"hạn sau 7 ngày): {_LOGIN_AGAIN}. / Google refused to refresh the access token: the grant was revoked "
            f"or has expired; run `hopthu oauth-login` again. Google said: {said}"
        )
    if error in ("invalid_client", "unauthorized_client"):
        return OAuthError(
            f"Google không nhận ứng dụng OAuth trong tệp {path} (ứng dụng bị xóa hoặc đổi mã bí mật): tải lại tệp "
            f"client secret ở Google Cloud rồi {_LOGIN_AGAIN}. / Google does not accept the OAuth client in {path} "
            f"(deleted, or its secret changed): download the client secret again and run `hopthu oauth-login`. "
            f"Google said: {said}"
        )
    return OAuthError(
        f"Google từ chối cấp mã truy cập ({said}): {_LOGIN_AGAIN}. / Google refused to refresh the access token "
        f"({said}): run `hopthu oauth-login` again."
    )


def _unavailable(reason: str) -> OAuthUnavailable:
    return OAuthUnavailable(
        f"không lấy được mã truy cập OAuth từ Google ({reason}); kiểm tra mạng, hopthu sẽ thử lại. / Cannot get an "
        f"OAuth access token from Google ({reason}); check the network, hopthu retries."
    )


def refresh(grant: _Grant, token_uri: str, path: Path | None, now: datetime) -> None:
    """One refresh-token request (RFC 6749 §6): oauthlib writes the request and reads the answer,
    urllib carries it. google-auth would do the same with 17 MB more resident memory for the
    daemon's whole life (cryptography, requests, asyncio), on the PC that idles in IMAP IDLE."""
    import urllib.error
    import urllib.request

    from oauthlib.oauth2 import WebApplicationClient
    from oauthlib.oauth2.rfc6749.errors import OAuth2Error

    client = WebApplicationClient(grant.client_id)
    body = client.prepare_refresh_body(refresh_token=grant.refresh_token, client_id=grant.client_id,
                                       client_secret=grant.client_secret)
    request = urllib.request.Request(token_uri, data=body.encode("ascii"), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            answer = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:  # 400/401 carry the OAuth error; 5xx is Google's trouble
        answer = exc.read().decode("utf-8", "replace")
        if exc.code >= 500:
            raise _unavailable(f"HTTP {exc.code}") from None
    except (OSError, ValueError) as exc:  # no network, DNS, TLS, timeout
        raise _unavailable(f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}") from None
    try:
        json.loads(answer)
    except ValueError:  # a proxy's or captive portal's page, not the token endpoint
        raise _unavailable(f"câu trả lời không phải JSON / not a JSON answer: {answer[:80]!r}") from None
    try:
        token = client.parse_request_body_response(answer)
    except OAuth2Error as exc:
        if exc.error not in _REFUSALS:  # a malformed answer (no token in it): not the officer's doing
            raise _unavailable(f"{exc.error}: {exc.description}") from None
        raise _refused(exc.error, exc.description or "", path) from None
    grant.token = token["access_token"]
    grant.expiry = now + timedelta(seconds=int(token.get("expires_in") or 3600))


class TokenProvider:
    """Callable returning a valid access token for the file at `path`, refreshed when needed.

    `clock`: naive UTC now (tests move it). Thread-safe: the IDLE watcher and the main thread connect
    at the same time."""

    def __init__(self, path: Path | None, *, token_uri: str = GOOGLE_TOKEN_URI,
                 clock: Callable[[], datetime] | None = None):
        self.path = Path(path) if path else None
        self.token_uri = token_uri
        self.clock = clock or (lambda: datetime.now(timezone.utc).replace(tzinfo=None))
        self._lock = threading.Lock()
        self._grant: _Grant | None = None
        self._signature: tuple | None = None
        self.refreshes = 0  # successful refreshes (for logs and tests)

    def _file_signature(self) -> tuple | None:
        try:
            st = self.path.stat() if self.path else None
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino) if st else None

    def _current(self) -> _Grant:
        """The grant, read again when the file changed (a new `oauth-login`)."""
        signature = self._file_signature()
        if self._grant is None or signature != self._signature:
            info = _read_info(self.path)
            self._grant = _Grant(info["client_id"], info["client_secret"], info["refresh_token"])
            self._signature = signature
        return self._grant

    def _fresh(self, grant: _Grant) -> bool:
        return bool(grant.token) and grant.expiry is not None and self.clock() < grant.expiry - REFRESH_MARGIN

    def __call__(self) -> str:
        with self._lock:
            grant = self._current()
            if not self._fresh(grant):
                refresh(grant, self.token_uri, self.path, self.clock())
                self.refreshes += 1
                log.info("OAuth: new access token, valid until %s UTC", grant.expiry)
            assert grant.token is not None  # _fresh() saw one, or refresh() has just set it
            return grant.token

    def invalidate(self, token: str) -> None:
        """The server refused `token` (revoked early, or a clock off): the next call gets a new one.
        Only that token is dropped: another thread may already hold a newer one."""
        with self._lock:
            if self._grant is not None and self._grant.token == token:
                self._grant.token = None

    def check(self) -> str:
        """A one-line description for `hopthu check`: the file is usable and Google gives a token."""
        self()
        assert self._grant is not None  # self() has just read it
        expiry = self._grant.expiry
        until = f", hợp lệ đến {expiry:%H:%M} UTC" if expiry else ""
        return f"tệp {self.path}: có mã truy cập (phạm vi {SCOPE}){until}"


_SHARED: dict[tuple[Path, str], TokenProvider] = {}
_SHARED_LOCK = threading.Lock()


def provider_for(config) -> TokenProvider:
    """The token provider for this configuration's file, shared by IMAP and SMTP."""
    path = oauth_path(config)
    token_uri = config.settings.google.oauth_token_uri
    if path is None:  # config validation requires the variable; a provider that explains, in case
        return TokenProvider(None, token_uri=token_uri)
    with _SHARED_LOCK:
        provider = _SHARED.get((path, token_uri))
        if provider is None:
            provider = _SHARED[path, token_uri] = TokenProvider(path, token_uri=token_uri)
        return provider


# -- signing in once ----------------------------------------------------------------------


def login(client_secret: Path, target: Path, *, host: str = "127.0.0.1", port: int = 0,
          open_browser: bool = False, timeout_seconds: int | None = 600) -> Path:
    """Run the installed-app flow (loopback redirect to `host:port`) and write the authorized-user file.

    The authorization URL is printed; whoever opens it signs in as the mailbox and grants the
    scope https://mail.google.com/; Google then redirects that browser to the loopback address,
    where the flow takes the code and exchanges it for a refresh token."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    client_secret = Path(client_secret)
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(client_secret), scopes=[SCOPE])
    except FileNotFoundError:
        raise OAuthError(
            f"không tìm thấy tệp client secret {client_secret}: tải tệp JSON của ứng dụng OAuth (loại «Ứng dụng máy "
            f"tính») ở Google Cloud → API và dịch vụ → Thông tin xác thực ({GUIDE}). / The client secret file "
            f"{client_secret} does not exist: download the Desktop app OAuth client's JSON from Google Cloud."
        ) from None
    except (ValueError, KeyError) as exc:
        raise OAuthError(
            f"tệp {client_secret} không phải tệp client secret của ứng dụng OAuth loại «Ứng dụng máy tính» ({exc}) "
            f"({GUIDE}). / {client_secret} is not a Desktop app OAuth client secret ({exc})."
        ) from None
    prompt = (
        "Mở địa chỉ sau trong trình duyệt, đăng nhập bằng tài khoản của hộp thư Hòm thư số và bấm «Cho phép» "
        "(máy không có màn hình: xem mục OAuth trong " + GUIDE + ") / Open this URL, sign in as the mailbox "
        "and allow access:\n\n{url}\n"
    )
    from google_auth_oauthlib.flow import WSGITimeoutError
    from oauthlib.oauth2 import OAuth2Error

    try:
        credentials = flow.run_local_server(
            host=host, port=port, open_browser=open_browser, timeout_seconds=timeout_seconds,
            authorization_prompt_message=prompt,
            success_message="hopthu: đã đăng nhập xong, có thể đóng trang này. / Signed in: you may close this page.",
            access_type="offline", prompt="consent",  # a refresh token every time, even on a second sign-in
        )
    except WSGITimeoutError:
        raise OAuthError(
            f"hết {timeout_seconds} giây mà chưa đăng nhập xong: chạy lại lệnh và mở địa chỉ được in ra. / Timed out "
            f"after {timeout_seconds} s waiting for the sign-in: run the command again."
        ) from None
    except OAuth2Error as exc:
        if exc.error == "access_denied":
            hint_vi = ("chạy lại lệnh, đăng nhập đúng tài khoản của hộp thư và bấm «Cho phép»; nếu ứng dụng OAuth đang "
                       "ở chế độ «Thử nghiệm», thêm tài khoản đó vào «Người dùng thử nghiệm»")
            hint_en = "sign in as the mailbox and allow access (a Testing app must list it as a test user)"
        else:
            hint_vi = f"kiểm tra tệp client secret {client_secret} (tải lại ở Google Cloud) rồi chạy lại lệnh"
            hint_en = f"check the client secret file {client_secret} (download it again) and retry"
        raise OAuthError(
            f"Google không cấp quyền ({exc.error}: {exc.description or ''}): {hint_vi} ({GUIDE}). / Google did not "
            f"grant access ({exc.error}): {hint_en}."
        ) from None
    except OSError as exc:  # the loopback port is taken
        raise OAuthError(
            f"không mở được cổng {host}:{port} để nhận kết quả đăng nhập ({exc.strerror or exc}): chọn cổng khác với "
            f"--port. / Cannot listen on {host}:{port} for the sign-in ({exc}): choose another --port."
        ) from None
    if not credentials.refresh_token:
        raise OAuthError(
            "Google không trả về refresh token: gỡ quyền của ứng dụng ở myaccount.google.com → Bảo mật → Ứng dụng "
            "bên thứ ba rồi chạy lại lệnh. / Google returned no refresh token: remove the app's access in the "
            "account's security settings and sign in again."
        )
    return write_authorized_user(credentials, target)
