"""SMTP transport: hand one message at a time to the ward's submission server.

``SmtpTransport.send(msg)`` delivers to the addresses in the message's ``To``
header (one recipient per message is the caller's rule) and raises
``TemporaryFailure`` (4xx answers, connection trouble: keep the message queued
and retry) or ``PermanentFailure`` (5xx: the recipient or message is refused).
``SmtpConfigError`` (a ``TemporaryFailure``) means a setting must be fixed
(login, TLS): the message stays queued, an officer must act.

The message is sent as it is: its ``Message-ID`` is never changed or added, so a
resend after a crash carries the same one (recipients can de-duplicate).
``send_raw(raw, from_addr, to_addrs)`` sends stored bytes unchanged (the outbox's
transport, ``smtp_transport.py``). Recipients in logs and errors have their local
part hidden.
TLS is always verified (``ssl.create_default_context(cafile=ca_file)``).
"""

from __future__ import annotations

import copy
import email.generator
import email.parser
import email.policy
import email.utils
import io
import logging
import re
import smtplib
import socket
import ssl
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Callable

from hopthu.mail.endpoint import Endpoint

__all__ = [
    "SmtpSettings",
    "SmtpTransport",
    "SmtpError",
    "TemporaryFailure",
    "PermanentFailure",
    "SmtpConfigError",
]

log_default = logging.getLogger("hopthu.mail.smtp")


class SmtpError(Exception):
    """Base class; ``code`` is the server's reply code (0 when there was none),
    ``answer`` its text."""

    def __init__(self, message: str, code: int = 0, answer: str = ""):
        super().__init__(message)
        self.code = code
        self.answer = answer


class TemporaryFailure(SmtpError):
    """4xx or a connection problem: retry later (same message, same Message-ID)."""


class PermanentFailure(SmtpError):
    """5xx for this message or recipient: do not retry as it is."""


class SmtpConfigError(TemporaryFailure):
    """Login or TLS failed: a setting must be fixed. Temporary for the message
    (keep it queued), but needs an officer."""


@dataclass(frozen=True)
class SmtpSettings(Endpoint):
    host: str
    port: int
    username: str = ""
    password: str = ""
    security: str = "ssl"  # "ssl" (implicit TLS, 465) | "starttls" (587) | "none"
    ca_file: str | None = None
    timeout: float = 30
    connect_timeout: float = 10  # TCP connect, TLS handshake, greeting and EHLO: a silent server fails fast
    local_hostname: str | None = None  # EHLO name; default: this machine's FQDN (looked up once)
    # XOAUTH2 (Gmail) instead of the password; called at every login. If it has invalidate(token), a
    # refused token is dropped and AUTH tried once more with a new one (oauth.TokenProvider).
    oauth2_token_provider: Callable[[], str] | None = None



def _answer(resp) -> str:
    if isinstance(resp, bytes):
        return resp.decode("utf-8", "replace")
    return str(resp)


_FQDN: str | None = None


def _local_hostname() -> str:
    global _FQDN
    if _FQDN is None:
        _FQDN = socket.getfqdn() or "localhost"
    return _FQDN


class SmtpTransport:
    """Sends messages over one SMTP connection, reused while sends come within
    ``reuse_seconds`` of each other (a NOOP checks it first; a connection the
    server closed is replaced transparently)."""

    def __init__(self, settings: SmtpSettings, *, reuse_seconds: float = 60, log: logging.Logger = log_default):
        self.settings = settings
        self.reuse_seconds = reuse_seconds
        self.log = log
        self._conn: smtplib.SMTP | None = None
        self._last_used = 0.0
        self.connects = 0  # connections opened so far (for logs and tests)

    # ------------------------------------------------------------------ connection

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.settings.ca_file or None)

    def _tls_error(self, exc: BaseException) -> SmtpConfigError:
        s = self.settings
        if isinstance(exc, ssl.SSLCertVerificationError):
            return SmtpConfigError(
                f"Không xác minh được chứng chỉ TLS của máy chủ SMTP {s.where} ({exc.verify_message or exc}). "
                f"Nếu máy chủ dùng chứng chỉ do CA riêng cấp, đặt tùy chọn ca_file (outbox.smtp.ca_file); không "
                f"tắt kiểm tra chứng chỉ. / TLS certificate verification failed for SMTP server {s.where}: {exc}. "
                f"If the server uses a private CA, set the ca_file option (outbox.smtp.ca_file)."
            )
        return SmtpConfigError(
            f"Không thiết lập được TLS với máy chủ SMTP {s.where} ({exc}). Kiểm tra cổng và tùy chọn security "
            f"(ssl cho cổng 465, starttls cho cổng 587), và ca_file nếu máy chủ dùng CA riêng. / TLS with SMTP "
            f"server {s.where} failed: {exc}. Check the port and the security option (ssl for 465, starttls for "
            f"587), and ca_file for a private CA."
        )

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        host_name = s.local_hostname or _local_hostname()
        try:
            if s.security == "ssl":
                conn: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, local_hostname=host_name, timeout=s.connect_timeout, context=self._context()
                )
            else:
                conn = smtplib.SMTP(s.host, s.port, local_hostname=host_name, timeout=s.connect_timeout)
        except ssl.SSLError as exc:
            raise self._tls_error(exc) from exc
        except smtplib.SMTPConnectError as exc:
            raise self._classify(exc, "kết nối / connecting") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryFailure(
                f"Không kết nối được tới máy chủ SMTP {s.where}: {exc!r} / cannot connect to SMTP server {s.where}"
            ) from exc
        try:
            conn.ehlo()
            if s.security == "starttls":
                if not conn.has_extn("starttls"):
                    raise SmtpConfigError(
                        f"Máy chủ SMTP {s.where} không hỗ trợ STARTTLS; không gửi khi chưa mã hóa. / SMTP server "
                        f"{s.where} does not offer STARTTLS; refusing to send unencrypted."
                    )
                try:
                    conn.starttls(context=self._context())
                except ssl.SSLError as exc:
                    raise self._tls_error(exc) from exc
                conn.ehlo()
            elif s.security == "none" and (s.password or s.oauth2_token_provider) and not s.loopback:
                self.log.warning("SMTP tới %s không mã hóa (security: none) / unencrypted SMTP login", s.where)
            if s.username:
                try:
                    if s.oauth2_token_provider is not None:
                        self._oauth2_login(conn)
                    else:
                        conn.login(s.username, s.password)
                except smtplib.SMTPAuthenticationError as exc:
                    said = _answer(exc.smtp_error)
                    if s.oauth2_token_provider is not None:
                        hint_vi = ("máy chủ không nhận mã truy cập OAuth (XOAUTH2): outbox.smtp.username phải đúng là tài "
                                   "khoản đã đăng nhập bằng `hopthu oauth-login` (chạy lại lệnh đó nếu cần)")
                        hint_en = ("the server refused the OAuth (XOAUTH2) access token: outbox.smtp.username must be "
                                   "the account that signed in with `hopthu oauth-login` (run it again if needed)")
                    else:
                        hint_vi = "kiểm tra mật khẩu ứng dụng (app password) trong .env (HOPTHU_SMTP_PASSWORD)"
                        hint_en = "check the app password in .env (HOPTHU_SMTP_PASSWORD)"
                    raise SmtpConfigError(
                        f"Đăng nhập SMTP thất bại cho {s.username} trên {s.where}: {hint_vi}. / SMTP login failed for "
                        f"{s.username} on {s.where}: {hint_en}. Máy chủ trả lời / server said: {exc.smtp_code} {said}",
                        exc.smtp_code,
                        said,
                    ) from exc
                except smtplib.SMTPNotSupportedError as exc:
                    raise SmtpConfigError(
                        f"Máy chủ SMTP {s.where} không nhận AUTH (đăng nhập) trên kết nối này; kiểm tra security và "
                        f"cổng. / SMTP server {s.where} offers no AUTH on this connection; check security and port."
                    ) from exc
        except SmtpError:
            self._quiet_close(conn)
            raise
        except smtplib.SMTPResponseException as exc:
            self._quiet_close(conn)
            raise self._classify(exc, "chào hỏi / greeting") from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._quiet_close(conn)
            raise TemporaryFailure(f"Lỗi kết nối SMTP {s.where}: {exc!r} / SMTP connection error") from exc
        if conn.sock is not None:
            conn.sock.settimeout(s.timeout)  # the handshake is done: commands and DATA get the longer timeout
        conn.timeout = s.timeout
        self.connects += 1
        self.log.debug("SMTP connected to %s (%s)", s.where, s.security)
        return conn

    def _oauth2_login(self, conn: smtplib.SMTP) -> None:
        """AUTH XOAUTH2 with a fresh access token, sent as the initial response (as Gmail expects).
        On a refused token the server answers 334 with a JSON error; the empty reply asks for the final 535."""
        from hopthu.mail.oauth import OAuthError, OAuthUnavailable

        s = self.settings
        provider = s.oauth2_token_provider
        assert provider is not None  # called only when the settings carry one

        def token() -> str:
            try:
                return provider()
            except OAuthUnavailable as exc:
                raise TemporaryFailure(f"SMTP {s.where}: {exc}") from exc
            except OAuthError as exc:
                raise SmtpConfigError(f"Đăng nhập SMTP (XOAUTH2) cho {s.username} trên {s.where}: {exc}") from exc

        if not conn.has_extn("auth"):
            raise smtplib.SMTPNotSupportedError("AUTH not offered")
        if "XOAUTH2" not in conn.esmtp_features.get("auth", "").upper().split():
            raise SmtpConfigError(
                f"Máy chủ SMTP {s.where} không hỗ trợ đăng nhập OAuth (XOAUTH2): đặt outbox.smtp.auth: password và "
                f"HOPTHU_SMTP_PASSWORD. / SMTP server {s.where} does not offer AUTH XOAUTH2: use auth: password."
            )

        def authenticate(bearer: str) -> None:
            auth_string = f"user={s.username}\x01auth=Bearer {bearer}\x01\x01"
            conn.auth("XOAUTH2", lambda challenge=None: auth_string if challenge is None else "",
                      initial_response_ok=True)

        first = token()
        try:
            authenticate(first)
        except smtplib.SMTPAuthenticationError:
            invalidate = getattr(s.oauth2_token_provider, "invalidate", None)
            if invalidate is None:
                raise
            invalidate(first)  # refused early (revoked?): a new token, or the token endpoint says why
            authenticate(token())

    @staticmethod
    def _quiet_close(conn: smtplib.SMTP) -> None:
        try:
            conn.close()
        except Exception:
            pass

    def _connection(self) -> smtplib.SMTP:
        conn = self._conn
        if conn is not None:
            fresh = time.monotonic() - self._last_used < self.reuse_seconds
            alive = False
            if fresh:
                try:
                    alive = conn.noop()[0] == 250
                except (OSError, smtplib.SMTPException):
                    alive = False
            if not alive:
                self.log.debug("SMTP connection to %s %s: reconnecting", self.settings.where,
                               "idle too long" if not fresh else "closed by the server")
                self._drop()
                conn = None
        if conn is None:
            conn = self._conn = self._connect()
        return conn

    def _drop(self, polite: bool = False) -> None:
        """Forget the connection; QUIT only when asked (a broken or stale one may
        not answer, and waiting for it would cost a whole timeout)."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        if polite:
            try:
                conn.quit()
                return
            except Exception:
                pass
        self._quiet_close(conn)

    def close(self) -> None:
        self._drop(polite=True)

    def __enter__(self) -> "SmtpTransport":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ errors

    def _classify(self, exc: smtplib.SMTPResponseException | smtplib.SMTPConnectError, action: str) -> SmtpError:
        code = int(getattr(exc, "smtp_code", 0) or 0)
        said = _answer(getattr(exc, "smtp_error", b""))
        text = f"Máy chủ SMTP {self.settings.where} từ chối khi {action}: {code} {said}"
        if code == 530 or (code in (550, 553, 554) and "5.7.0" in said and "auth" in said.lower()):
            # "Authentication required": a setting, not this message
            return SmtpConfigError(
                text + " — máy chủ yêu cầu đăng nhập: đặt outbox.smtp.username và HOPTHU_SMTP_PASSWORD. / "
                "The server requires AUTH: set outbox.smtp.username and HOPTHU_SMTP_PASSWORD.",
                code,
                said,
            )
        if 500 <= code < 600:
            return PermanentFailure(text, code, said)
        return TemporaryFailure(text, code, said)

    # ------------------------------------------------------------------ API

    def check(self) -> str:
        """Connect, (STARTTLS,) log in, NOOP; a one-line description for ``hopthu check``."""
        conn = self._connection()
        code, _ = conn.noop()
        self._last_used = time.monotonic()
        s = self.settings
        size = conn.esmtp_features.get("size", "")
        who = f"đăng nhập {s.username}" if s.username else "không đăng nhập"
        if s.username and s.oauth2_token_provider is not None:
            who += " bằng OAuth (XOAUTH2)"
        extra = f", SIZE {size}" if size else ""
        return f"SMTP OK: {s.where} ({s.security}), {who}, NOOP {code}{extra}"

    def send(self, msg: EmailMessage) -> None:
        """Send ``msg`` to the addresses in its ``To`` header, unchanged (Message-ID kept)."""
        if msg.get("Message-ID") is None:
            raise ValueError("message has no Message-ID: set one (make_msgid) and keep it for resends")
        to_addrs = [addr for _name, addr in email.utils.getaddresses([str(v) for v in msg.get_all("To", [])]) if addr]
        if not to_addrs:
            raise PermanentFailure("message has no recipient in To / thư không có người nhận (To)")
        sender = msg.get("Sender") or msg.get("From")
        from_addr = email.utils.parseaddr(str(sender))[1] if sender else self.settings.username
        if not from_addr:
            raise PermanentFailure("message has no From address / thư không có địa chỉ người gửi (From)")
        mid = str(msg.get("Message-ID"))
        conn, international = self._open_for(from_addr, to_addrs)
        data = flatten(msg, utf8=international, log=self.log)
        self._transmit(conn, from_addr, to_addrs, data, mid, international)

    def send_raw(self, raw: bytes, from_addr: str, to_addrs: list[str]) -> None:
        """Send stored bytes exactly as they are (the outbox keeps each message's bytes, so a
        resend after a crash is byte-identical, Message-ID included). Line ends become CRLF,
        nothing else changes. ``from_addr`` is the envelope sender (bounces come back there)."""
        to_addrs = [a for a in to_addrs if a]
        if not to_addrs:
            raise PermanentFailure("message has no recipient / thư không có người nhận")
        if not from_addr:
            raise PermanentFailure("no envelope sender / thiếu địa chỉ người gửi (MAIL FROM)")
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        found = re.search(rb"(?im)^message-id:\s*(<[^>\s]+>)", head)  # may be folded onto the next line
        mid = found.group(1).decode("ascii", "replace") if found else "(no Message-ID)"
        conn, international = self._open_for(from_addr, to_addrs)
        data = re.sub(rb"\r?\n", b"\r\n", raw)
        self._transmit(conn, from_addr, to_addrs, data, mid, international)

    def _open_for(self, from_addr: str, to_addrs: list[str]) -> tuple[smtplib.SMTP, bool]:
        """The connection, and whether the envelope needs SMTPUTF8 (refused if the server lacks it)."""
        international = not all(a.isascii() for a in (from_addr, *to_addrs))
        conn = self._connection()
        if international and not conn.has_extn("smtputf8"):
            raise PermanentFailure(
                f"Địa chỉ có ký tự ngoài ASCII nhưng máy chủ SMTP {self.settings.where} không hỗ trợ SMTPUTF8 / "
                f"non-ASCII address but the server lacks SMTPUTF8: {from_addr} → {_masked(', '.join(to_addrs))}"
            )
        return conn, international

    def _transmit(
        self, conn: smtplib.SMTP, from_addr: str, to_addrs: list[str], data: bytes, mid: str, international: bool
    ) -> None:
        mail_options: list[str] = []
        if international:
            mail_options.append("SMTPUTF8")
        if conn.has_extn("8bitmime"):
            mail_options.append("BODY=8BITMIME")
        try:
            refused = conn.sendmail(from_addr, to_addrs, data, mail_options=mail_options)
        except smtplib.SMTPRecipientsRefused as exc:
            self._drop()
            codes = [(int(code), _answer(text), rcpt) for rcpt, (code, text) in exc.recipients.items()]
            permanent = all(500 <= code < 600 for code, _t, _r in codes)
            detail = _masked("; ".join(f"{rcpt}: {code} {text}" for code, text, rcpt in codes))
            code, said = codes[0][0], codes[0][1]
            cls = PermanentFailure if permanent else TemporaryFailure
            raise cls(f"Máy chủ SMTP {self.settings.where} từ chối người nhận / recipient refused: {detail}", code, said) from exc
        except smtplib.SMTPServerDisconnected as exc:
            self._drop()
            raise TemporaryFailure(
                f"Máy chủ SMTP {self.settings.where} ngắt kết nối khi gửi {mid}: {exc} / server disconnected during send"
            ) from exc
        except smtplib.SMTPResponseException as exc:  # SMTPSenderRefused, SMTPDataError, ...
            self._drop()
            raise self._classify(exc, f"gửi {mid} / sending") from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise TemporaryFailure(f"Lỗi kết nối SMTP {self.settings.where} khi gửi {mid}: {exc!r}") from exc
        self._last_used = time.monotonic()
        if refused:
            self.log.warning("SMTP %s accepted %s but refused some recipients: %s", self.settings.where, mid,
                             _masked(str(refused)))
        # Logs carry no people: recipients appear with their local part hidden.
        self.log.info("SMTP sent %s to %s via %s", mid, _masked(", ".join(to_addrs)), self.settings.where)


# Tried once per run of local-part characters (the lookbehind), never again from inside it: linear.
_LOCAL_PART = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[._%+\-]*([A-Za-z0-9])[A-Za-z0-9._%+\-]*@(?=[A-Za-z0-9.\-]+\.[A-Za-z]{2,})")


def _masked(text: str) -> str:
    """Addresses with their local part hidden (dan.nguyen@gmail.com → d…@gmail.com): errors and logs
    say which domain refused without naming a citizen."""
    return _LOCAL_PART.sub(r"\1…@", text)


def _header_values(msg) -> list[tuple[str, str]]:
    return [(name.lower(), " ".join(str(value).split())) for name, value in msg.items()]


def flatten(msg: EmailMessage, *, utf8: bool = False, log: logging.Logger = log_default) -> bytes:
    """The bytes to put on the wire: CRLF line ends, ``Bcc`` removed, everything
    else (Message-ID included) as it is.

    Python < 3.13's header folder can drop the space between two encoded words
    when it splits a long non-ASCII header (CPython gh-144156: "đèn đường" arrives
    as "đènđường").  So the result is parsed back and compared with the message;
    on a mismatch the headers are generated again without folding (lines up to
    998 characters, RFC 5322's hard limit), which keeps every encoded word whole."""
    policy = msg.policy if isinstance(msg.policy, email.policy.EmailPolicy) else email.policy.default
    copy_ = copy.copy(msg)
    for name in ("Bcc", "Resent-Bcc"):
        del copy_[name]
    wanted = _header_values(copy_)
    data = b""
    for max_len in (policy.max_line_length, 998):
        gen_policy = policy.clone(linesep="\r\n", utf8=utf8, max_line_length=max_len)
        buf = io.BytesIO()
        email.generator.BytesGenerator(buf, policy=gen_policy).flatten(copy_, linesep="\r\n")
        data = buf.getvalue()
        parsed = email.parser.BytesParser(policy=email.policy.default).parsebytes(data, headersonly=True)
        if _header_values(parsed) == wanted:
            return data
    log.warning("SMTP: headers of %s do not survive encoding intact; sending anyway", msg.get("Message-ID"))
    return data
