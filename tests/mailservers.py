"""Real mail servers for tests: a private Dovecot IMAP server and an aiosmtpd sink.

Nothing here is mocked: ``Dovecot`` runs the real ``dovecot`` binary in the
foreground from a temporary directory, ``SmtpSink`` is an aiosmtpd server in a
thread.  Both listen on 127.0.0.1 on free ports.

Register with ``pytest_plugins = ["mailservers"]`` in ``tests/conftest.py`` (or
import the fixtures into a test module) to get the fixtures:

* ``dovecot``          plain IMAP (no TLS), user ``test@example.com`` / ``secret``
* ``dovecot_tls``      implicit TLS (IMAPS), ``ssl = required``; ``.ca_file``
* ``dovecot_starttls`` STARTTLS on the IMAP port, ``ssl = required``; ``.ca_file``
* ``smtp_sink``        aiosmtpd sink without TLS or AUTH
* ``mail_ca``          the session's private CA (``TestCA``) for your own servers
* ``oauth_server``     ``OAuthServer``: a stand-in for Google's OAuth endpoints (token, introspection,
                       authorization), for XOAUTH2 on ``make_dovecot(oauth=...)`` and ``make_smtp_sink(oauth=...)``

* ``make_dovecot``     factory: ``make_dovecot(tls=None, imap_capability="IMAP4rev1 UIDPLUS")``
* ``make_smtp_sink``   factory: ``make_smtp_sink(tls="starttls", auth=("u", "p"))``

Dovecot runs as root-started `dovecot -F` with a private config in a temporary folder (mode 755, mail
owned by nobody, the anvil-auth-penalty listener so a failed login does not slow later ones).
With ``oauth=`` (an ``OAuthServer``) Dovecot also offers XOAUTH2 and OAUTHBEARER and checks each bearer
token against the server's introspection endpoint (``passdb { driver = oauth2 }``); the SMTP sink
offers AUTH XOAUTH2 and checks the token the same way.
"""

from __future__ import annotations

import atexit
import base64
import datetime as _dt
import email
import email.policy
import hashlib
import http.server
import ipaddress
import json
import logging
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Iterable

import pytest

__all__ = [
    "Dovecot",
    "SmtpSink",
    "ReceivedMail",
    "OAuthServer",
    "StoredMessage",
    "TestCA",
    "free_port",
    "get_test_ca",
    "find_dovecot",
    "dovecot",
    "dovecot_tls",
    "dovecot_starttls",
    "smtp_sink",
    "make_dovecot",
    "make_smtp_sink",
    "mail_ca",
    "oauth_server",
]

LOCALHOST = "127.0.0.1"


def free_port(host: str = LOCALHOST) -> int:
    """A TCP port that was free a moment ago (bind to port 0, read it, close)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _wait_for_port(host: str, port: int, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with status {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"nothing listening on {host}:{port} after {timeout} s") from None
            time.sleep(0.01)


# --------------------------------------------------------------------------- TLS


class TestCA:
    """A throw-away certificate authority and a server certificate for
    ``localhost`` / ``127.0.0.1`` made with the ``cryptography`` package.

    Files are written to a private temporary directory: ``ca_file``,
    ``cert_file`` (server certificate), ``key_file`` (server key).
    """

    __test__ = False  # not a pytest test class

    def __init__(self, directory: str | os.PathLike | None = None):
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

        self.dir = Path(directory or tempfile.mkdtemp(prefix="hopthu-ca-"))
        self.dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.dir, 0o755)
        now = _dt.datetime.now(_dt.timezone.utc)
        not_before = now - _dt.timedelta(days=1)
        not_after = now + _dt.timedelta(days=30)

        ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hopthu test CA")])
        ca_cert = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True,
                    crl_sign=True, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256())
        )

        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(
                x509.SubjectAlternativeName(
                    [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                ),
                critical=False,
            )
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
            )
            .sign(ca_key, hashes.SHA256())
        )

        self.ca_file = str(self.dir / "ca.pem")
        self.cert_file = str(self.dir / "server.pem")
        self.key_file = str(self.dir / "server.key")
        Path(self.ca_file).write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
        Path(self.cert_file).write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        Path(self.key_file).write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
        os.chmod(self.key_file, 0o600)

    def server_context(self) -> ssl.SSLContext:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts only this CA."""
        return ssl.create_default_context(cafile=self.ca_file)

    def cleanup(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


_CA: TestCA | None = None
_CA_LOCK = threading.Lock()


def get_test_ca() -> TestCA:
    """The process-wide test CA (made once, removed at exit)."""
    global _CA
    with _CA_LOCK:
        if _CA is None:
            _CA = TestCA()
            atexit.register(_CA.cleanup)
        return _CA


# --------------------------------------------------------------------------- OAuth


class OAuthServer:
    """A stand-in for Google's OAuth 2.0 endpoints on 127.0.0.1 (``http.server`` in a thread).

    * ``GET /auth``: the authorization endpoint. It grants at once (no person to ask) and redirects to
      the client's loopback ``redirect_uri`` with a one-time code, as Google does after "Allow".
    * ``POST /token``: ``grant_type=authorization_code`` (PKCE S256 checked) gives an access token and
      the refresh token; ``grant_type=refresh_token`` gives a new access token with ``expires_in``,
      or ``400 invalid_grant`` once the grant was revoked (Google's answer word for word).
    * ``POST /introspect``: RFC 7662, for Dovecot and the SMTP sink: ``{"active": true, "email": ...}``
      for a live access token, ``{"active": false}`` otherwise.

    One user (``user``) and one client (``client_id``/``client_secret``). Counters: ``refreshes``,
    ``codes_exchanged``, ``introspections``. ``expire_access_tokens()``: every access token issued so
    far stops working (an hour has passed); ``revoke()``: the grant is gone (refresh token and access
    tokens), as when the account owner removes the app's access; ``grant_again()``: a new sign-in.
    """

    host = LOCALHOST
    client_id = "hopthu-test.apps.googleusercontent.com"
    client_secret = "test-client-secret"
    scope = "https://mail.google.com/"

    def __init__(self, user: str = "test@example.com", *, expires_in: int = 3599):
        self.user = user
        self.expires_in = expires_in
        self.refresh_token = "1//test-refresh-token"
        self.live_tokens: set[str] = set()
        self.revoked = False
        self.refreshes = 0
        self.codes_exchanged = 0
        self.introspections = 0
        self._codes: dict[str, tuple[str, str]] = {}  # code → (redirect_uri, code_challenge)
        self._issued = 0
        self._lock = threading.Lock()
        self._httpd: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._httpd is not None, "start() the server first"
        return f"http://{self.host}:{self._httpd.server_port}"

    @property
    def token_uri(self) -> str:
        return self.url + "/token"

    @property
    def introspection_url(self) -> str:
        return self.url + "/introspect"

    # -- control -------------------------------------------------------------------

    def expire_access_tokens(self) -> None:
        with self._lock:
            self.live_tokens.clear()

    def revoke(self) -> None:
        with self._lock:
            self.revoked = True
            self.live_tokens.clear()

    def grant_again(self) -> None:
        """The account owner signs in again: a new grant with a new refresh token."""
        with self._lock:
            self.revoked = False
            self._issued += 1
            self.refresh_token = f"1//test-refresh-token-{self._issued}"

    def active(self, token: str) -> bool:
        with self._lock:
            return token in self.live_tokens

    def client_secret_file(self, directory: str | os.PathLike) -> Path:
        """A Desktop-app client secret as Google Cloud's console downloads it, pointing at this server."""
        path = Path(directory) / "client_secret.json"
        path.write_text(json.dumps({"installed": {
            "client_id": self.client_id, "client_secret": self.client_secret,
            "auth_uri": self.url + "/auth", "token_uri": self.token_uri,
            "redirect_uris": ["http://localhost"],
        }}))
        return path

    def authorized_user_file(self, path: str | os.PathLike) -> Path:
        """What `hopthu oauth-login` writes, for this server's grant."""
        path = Path(path)
        path.write_text(json.dumps({
            "type": "authorized_user", "client_id": self.client_id, "client_secret": self.client_secret,
            "refresh_token": self.refresh_token, "token_uri": self.token_uri, "scopes": [self.scope],
        }))
        path.chmod(0o600)
        return path

    # -- endpoints -----------------------------------------------------------------

    def _issue(self) -> str:
        self._issued += 1
        token = f"ya29.test-{self._issued}-{os.urandom(6).hex()}"
        self.live_tokens.add(token)
        return token

    def _authorize(self, query: dict[str, str]) -> tuple[int, dict, bytes]:
        if query.get("client_id") != self.client_id or query.get("response_type") != "code":
            return 400, {}, b"invalid_request"
        code = "4/test-code-" + os.urandom(6).hex()
        with self._lock:
            self._codes[code] = (query.get("redirect_uri", ""), query.get("code_challenge", ""))
        answer = urllib.parse.urlencode({"state": query.get("state", ""), "code": code, "scope": self.scope})
        return 302, {"Location": f"{query.get('redirect_uri', '')}?{answer}"}, b""

    def _token(self, form: dict[str, str], authorization: str = "") -> tuple[int, dict]:
        if authorization.startswith("Basic "):  # client_secret_basic, as requests-oauthlib sends it
            user, _, password = base64.b64decode(authorization[6:]).decode().partition(":")
            form = {**form, "client_id": urllib.parse.unquote(user), "client_secret": urllib.parse.unquote(password)}
        if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client", "error_description": "The OAuth client was not found."}
        with self._lock:
            grant = form.get("grant_type")
            if grant == "authorization_code":
                redirect_uri, challenge = self._codes.pop(form.get("code", ""), (None, ""))
                verifier = form.get("code_verifier", "")
                digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                if redirect_uri is None or redirect_uri != form.get("redirect_uri") or digest != challenge:
                    return 400, {"error": "invalid_grant", "error_description": "Malformed auth code."}
                self.codes_exchanged += 1
                self.revoked = False
                return 200, {"access_token": self._issue(), "expires_in": self.expires_in, "token_type": "Bearer",
                             "scope": self.scope, "refresh_token": self.refresh_token}
            if grant == "refresh_token":
                if self.revoked or form.get("refresh_token") != self.refresh_token:
                    return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                self.refreshes += 1
                return 200, {"access_token": self._issue(), "expires_in": self.expires_in, "token_type": "Bearer",
                             "scope": self.scope}
        return 400, {"error": "unsupported_grant_type"}

    def _introspect(self, form: dict[str, str]) -> tuple[int, dict]:
        with self._lock:
            self.introspections += 1
            if form.get("token") in self.live_tokens:
                return 200, {"active": True, "email": self.user, "scope": self.scope, "client_id": self.client_id}
        return 200, {"active": False}

    # -- process control -------------------------------------------------------------

    def start(self) -> "OAuthServer":
        if self._httpd is not None:
            return self
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet: pytest shows failures, not every request
                pass

            def _reply(self, status: int, body: bytes, headers: dict | None = None,
                       content_type: str = "application/json") -> None:
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                parts = urllib.parse.urlsplit(self.path)
                if parts.path != "/auth":
                    return self._reply(404, b"{}")
                status, headers, body = server._authorize(dict(urllib.parse.parse_qsl(parts.query)))
                self._reply(status, body, headers, "text/plain")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                path = urllib.parse.urlsplit(self.path).path
                if path == "/token":
                    status, answer = server._token(form, self.headers.get("Authorization", ""))
                elif path == "/introspect":
                    status, answer = server._introspect(form)
                else:
                    status, answer = 404, {}
                self._reply(status, json.dumps(answer).encode())

        self._httpd = http.server.ThreadingHTTPServer((self.host, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="oauth-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._httpd = None

    def __enter__(self) -> "OAuthServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def introspect(url: str, token: str, user: str) -> bool:
    """Whether the OAuth server at ``url`` says ``token`` is live for ``user`` (what Dovecot asks too)."""
    body = urllib.parse.urlencode({"token": token}).encode()
    with urllib.request.urlopen(urllib.request.Request(url, data=body), timeout=5) as resp:
        answer = json.loads(resp.read())
    return answer.get("active") is True and answer.get("email") == user


# --------------------------------------------------------------------------- Dovecot


def find_dovecot() -> str | None:
    for candidate in (shutil.which("dovecot"), "/usr/sbin/dovecot", "/usr/local/sbin/dovecot"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _skip_or_fail(reason: str) -> None:
    # CI installs dovecot: set HOPTHU_REQUIRE_DOVECOT=1 there so a missing
    # binary is a failure, not a silent skip.
    if os.environ.get("HOPTHU_REQUIRE_DOVECOT"):
        pytest.fail(reason + " (HOPTHU_REQUIRE_DOVECOT is set)", pytrace=False)
    pytest.skip(reason)


@dataclass
class StoredMessage:
    uid: int
    flags: tuple[str, ...]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)  # type: ignore[return-value]

    @property
    def seen(self) -> bool:
        return "\\Seen" in self.flags


_RUNNING: set["Dovecot"] = set()


@atexit.register
def _kill_leftovers() -> None:  # pragma: no cover - safety net after crashes
    for d in list(_RUNNING):
        try:
            d.kill()
        except Exception:
            pass


class Dovecot:
    """A private Dovecot IMAP server (``dovecot -F -c <dir>/dovecot.conf``).

    ``tls``: ``None`` (plain IMAP, plaintext auth allowed), ``"implicit"`` (IMAPS on
    ``port``) or ``"starttls"`` (IMAP + STARTTLS); with TLS, ``ssl = required`` and
    ``ca_file`` is the CA that signed the server certificate.
    ``imap_capability``: replaces the post-login capability list (e.g. to hide
    IDLE or MOVE from clients).
    ``oauth``: a started ``OAuthServer``; Dovecot then also takes XOAUTH2 / OAUTHBEARER logins and
    asks the server's introspection endpoint whether each bearer token is live for the user.
    """

    host = LOCALHOST
    user = "test@example.com"
    password = "secret"

    def __init__(
        self,
        tls: str | None = None,
        *,
        imap_capability: str | None = None,
        extra_config: str = "",
        port: int | None = None,
        binary: str | None = None,
        oauth: "OAuthServer | None" = None,
    ):
        if tls not in (None, "implicit", "starttls"):
            raise ValueError(f"tls must be None, 'implicit' or 'starttls', not {tls!r}")
        self.binary = binary or find_dovecot()
        if self.binary is None:
            raise FileNotFoundError("dovecot binary not found (apt-get install dovecot-imapd)")
        self.tls = tls
        self.imap_capability = imap_capability
        self.extra_config = extra_config
        self.oauth = oauth
        self.port = port or free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="hopthu-dovecot-"))  # short path: unix sockets
        os.chmod(self.dir, 0o755)  # auth runs as 'dovecot' and must enter it
        self.ca_file: str | None = None
        self._uid, self._gid = self._mail_ids()
        self.proc: subprocess.Popen | None = None
        self._pgid = 0
        for sub in ("run", "state", "home"):
            (self.dir / sub).mkdir()
        self.users_file = self.dir / "users"
        self.users_file.write_text("")
        self.add_user(self.user, self.password)
        if tls:
            ca = get_test_ca()
            self.ca_file = ca.ca_file
            self._cert_file, self._key_file = ca.cert_file, ca.key_file
        self.conf_file = self.dir / "dovecot.conf"
        self.conf_file.write_text(self._config())

    # -- setup ---------------------------------------------------------------

    @staticmethod
    def _mail_ids() -> tuple[int, int]:
        if os.geteuid() == 0:
            return 65534, 65534  # IMAP processes refuse uid 0: mail belongs to nobody
        return os.getuid(), os.getgid()

    def _config(self) -> str:
        d = self.dir
        lines = [
            f"instance_name = hopthu-test-{self.port}",
            f"base_dir = {d}/run",
            f"state_dir = {d}/state",
            f"log_path = {d}/dovecot.log",
            "protocols = imap",
            "listen = 127.0.0.1",
            "auth_mechanisms = plain login" + (" xoauth2 oauthbearer" if self.oauth else ""),
            "auth_failure_delay = 0",
            "mail_location = maildir:~/Maildir",
            "mail_fsync = never",
            "passdb {",
            "  driver = passwd-file",
            f"  args = scheme=PLAIN username_format=%u {self.users_file}",
            "  mechanisms = plain login" if self.oauth else "",
            "}",
            "userdb {",
            "  driver = passwd-file",
            f"  args = username_format=%u {self.users_file}",
            "}",
            "service anvil {",
            "  unix_listener anvil-auth-penalty {",
            "    mode = 0",
            "  }",
            "}",
        ]
        if os.geteuid() != 0:
            import getpass
            import grp

            me = getpass.getuser()
            lines += [
                f"default_internal_user = {me}",
                f"default_login_user = {me}",
                f"default_internal_group = {grp.getgrgid(os.getgid()).gr_name}",
            ]
        if self.tls is None:
            lines += ["ssl = no", "disable_plaintext_auth = no"]
        else:
            lines += [
                "ssl = required",
                "disable_plaintext_auth = yes",
                f"ssl_cert = <{self._cert_file}",
                f"ssl_key = <{self._key_file}",
            ]
        imap_port, imaps_port = (self.port, 0) if self.tls != "implicit" else (0, self.port)
        lines += [
            "service imap-login {",
            "  inet_listener imap {",
            "    address = 127.0.0.1",
            f"    port = {imap_port}",
            "  }",
            "  inet_listener imaps {",
            "    address = 127.0.0.1",
            f"    port = {imaps_port}",
            "    ssl = yes" if self.tls == "implicit" else "",
            "  }",
            "}",
        ]
        if self.oauth is not None:
            # Bearer tokens are checked with the OAuth server's RFC 7662 introspection endpoint.
            oauth_conf = d / "dovecot-oauth2.conf.ext"
            oauth_conf.write_text(
                "introspection_mode = post\n"
                f"introspection_url = {self.oauth.introspection_url}\n"
                "username_attribute = email\n"
                "active_attribute = active\n"
                "active_value = true\n"
            )
            lines += ["passdb {", "  driver = oauth2", "  mechanisms = xoauth2 oauthbearer", f"  args = {oauth_conf}", "}"]
        if self.imap_capability:
            lines.append(f"imap_capability = {self.imap_capability}")
        if self.extra_config:
            lines.append(self.extra_config)
        return "\n".join(lines) + "\n"

    def add_user(self, username: str, password: str) -> None:
        """Add a mail user (takes effect at once, no restart)."""
        home = self.dir / "home" / username
        home.mkdir(parents=True, exist_ok=True)
        os.chown(home, self._uid, self._gid)
        with self.users_file.open("a") as f:
            f.write(f"{username}:{{PLAIN}}{password}:{self._uid}:{self._gid}::{home}::\n")

    # -- process control -----------------------------------------------------

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = 10.0) -> "Dovecot":
        if self.running:
            return self
        self.proc = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.conf_file)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # own process group: kill() takes the imap children too
        )
        self._pgid = self.proc.pid
        _RUNNING.add(self)
        try:
            _wait_for_port(self.host, self.port, timeout, self.proc)
        except Exception as exc:
            err = b""
            if self.proc.poll() is not None and self.proc.stderr:
                err = self.proc.stderr.read()
            self.kill()
            raise RuntimeError(
                f"dovecot did not start on {self.host}:{self.port}: {exc}\n"
                f"stderr: {err.decode(errors='replace')}\nlog:\n{self.log()}"
            ) from exc
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Orderly shutdown: SIGTERM to the master and wait (about 1 s), then
        SIGTERM and SIGKILL to whatever is left of its process group (logged-in
        imap processes can outlive the master)."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                pass
        for sig, pause in ((signal.SIGTERM, 0.05), (signal.SIGKILL, 0)):
            try:
                os.killpg(self._pgid, sig)
            except ProcessLookupError:
                break
            time.sleep(pause)
        self.proc.wait(5)
        self._reap()

    def kill(self) -> None:
        """SIGKILL the whole process group (master, login, auth and the per-user
        imap processes), so every client connection is cut at once: an outage,
        for reconnect tests.  (Killing only the master leaves logged-in imap
        processes serving their connections.)"""
        if self.proc is None:
            return
        try:
            os.killpg(self._pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(5)
        self._reap()
        # wait until the children let go of the port and the connections
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            try:
                socket.create_connection((self.host, self.port), timeout=0.2).close()
            except OSError:
                break
            time.sleep(0.01)

    def _reap(self) -> None:
        if self.proc is not None and self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None
        _RUNNING.discard(self)

    def restart(self, timeout: float = 10.0) -> "Dovecot":
        """Stop (if running) and start again on the same port with the same mail."""
        self.stop()
        return self.start(timeout)

    def close(self) -> None:
        """Kill (SIGKILL: a throw-away server, and SIGTERM costs ~1 s) and remove the directory."""
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> "Dovecot":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def log(self) -> str:
        try:
            return (self.dir / "dovecot.log").read_text(errors="replace")
        except FileNotFoundError:
            return ""

    # -- client side helpers ---------------------------------------------------

    def ssl_context(self) -> ssl.SSLContext | None:
        return ssl.create_default_context(cafile=self.ca_file) if self.tls else None

    def client(self, user: str | None = None, password: str | None = None, *, login: bool = True):
        """An ``IMAPClient`` connected (with TLS/STARTTLS as configured, verified
        against ``ca_file``) and logged in.  Close it with ``logout()`` or use it
        as a context manager."""
        from imapclient import IMAPClient

        c = IMAPClient(
            self.host, self.port, ssl=self.tls == "implicit", ssl_context=self.ssl_context(), timeout=10
        )
        try:
            if self.tls == "starttls":
                c.starttls(self.ssl_context())
            if login:
                c.login(user or self.user, password if password is not None else self.password)
        except BaseException:
            c.shutdown()
            raise
        return c

    def append(
        self,
        raw: bytes | str | EmailMessage,
        folder: str = "INBOX",
        *,
        flags: Iterable[str] = (),
        msg_time: _dt.datetime | None = None,
        user: str | None = None,
        password: str | None = None,
    ) -> int:
        """APPEND a message as the test user (creating ``folder`` if needed); returns its UID.
        ``msg_time`` sets the internal date (what IMAP SEARCH SINCE looks at)."""
        if isinstance(raw, EmailMessage):
            raw = raw.as_bytes(policy=email.policy.SMTP)
        elif isinstance(raw, str):
            raw = raw.encode()
        with self.client(user, password) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            resp = c.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
            # b'[APPENDUID <uidvalidity> <uid>] Append completed.'
            text = resp.decode() if isinstance(resp, bytes) else str(resp)
            if "APPENDUID" in text:
                return int(text.split("APPENDUID", 1)[1].split("]")[0].split()[1])
            c.select_folder(folder, readonly=True)
            return max(c.search("ALL") or [0])

    def messages(self, folder: str = "INBOX", *, user: str | None = None, password: str | None = None) -> list[StoredMessage]:
        """All messages in ``folder`` (UID order) without touching their flags
        (``BODY.PEEK[]``); ``[]`` if the folder does not exist."""
        with self.client(user, password) as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            if not uids:
                return []
            data = c.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
            out = []
            for uid in uids:
                flags = tuple(
                    f.decode() if isinstance(f, bytes) else str(f) for f in data[uid][b"FLAGS"]
                )
                out.append(StoredMessage(uid, flags, data[uid][b"BODY[]"]))
            return out

    _delivered = 0

    def deliver(self, raw: bytes | str | EmailMessage, user: str | None = None) -> None:
        """Drop a message into a user's INBOX the way a local MTA does (write
        ``Maildir/tmp`` then rename into ``Maildir/new``).  Works while the server
        is down (dovecot-lda would need the running auth service)."""
        if isinstance(raw, EmailMessage):
            raw = raw.as_bytes(policy=email.policy.SMTP)
        elif isinstance(raw, str):
            raw = raw.encode()
        maildir = self.dir / "home" / (user or self.user) / "Maildir"
        for sub in ("", "cur", "new", "tmp"):
            path = maildir / sub
            if not path.exists():
                path.mkdir(mode=0o700)
                os.chown(path, self._uid, self._gid)
        Dovecot._delivered += 1
        name = f"{int(time.time())}.M{time.time_ns() % 1_000_000}P{os.getpid()}Q{Dovecot._delivered}.hopthu-test"
        tmp = maildir / "tmp" / name
        tmp.write_bytes(raw)
        os.chown(tmp, self._uid, self._gid)
        os.chmod(tmp, 0o600)
        os.rename(tmp, maildir / "new" / name)

    def folders(self, *, user: str | None = None, password: str | None = None) -> list[str]:
        with self.client(user, password) as c:
            return [name for _flags, _delim, name in c.list_folders()]


# --------------------------------------------------------------------------- SMTP sink


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    mail_options: list[str] = field(default_factory=list)
    auth_login: str | None = None
    tls: bool = False

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.raw, policy=email.policy.default)  # type: ignore[return-value]


class _QuietAiosmtpd(logging.Filter):
    """Drops aiosmtpd's own deprecation chatter ("Session.login_data is deprecated")
    that it logs on every successful AUTH."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_QuietAiosmtpd())


class _SinkHandler:
    def __init__(self, sink: "SmtpSink"):
        self.sink = sink

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        answer = self.sink._take_failure("mail")
        if answer:
            return answer
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        answer = self.sink._take_failure("rcpt")
        if answer:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        answer = self.sink._take_failure("data")
        if answer:
            return answer
        login = None
        if session.authenticated and session.auth_data is not None:
            login = getattr(session.auth_data, "login", None)
            if isinstance(login, bytes):
                login = login.decode()
        raw = envelope.original_content
        if raw is None:
            raw = envelope.content if isinstance(envelope.content, bytes) else str(envelope.content).encode()
        mail = ReceivedMail(
            mail_from=envelope.mail_from,
            rcpt_tos=list(envelope.rcpt_tos),
            raw=raw,
            mail_options=list(envelope.mail_options),
            auth_login=login,
            tls=session.ssl is not None or self.sink.tls == "implicit",
        )
        with self.sink._cond:
            self.sink.received.append(mail)
            self.sink._cond.notify_all()
        return "250 2.0.0 Message accepted for delivery"


class _OAuthSinkHandler(_SinkHandler):
    """Adds AUTH XOAUTH2 as Gmail answers it: the bearer token is checked with the OAuth server's
    introspection endpoint; a refused one gets 334 and a JSON error, then 535 after the client's
    empty reply."""

    async def auth_XOAUTH2(self, server, args):
        import asyncio

        from aiosmtpd.smtp import MISSING, AuthResult, LoginPassword

        if len(args) == 1:
            blob = await server.challenge_auth("", encode_to_b64=False)
            if blob is MISSING:
                return AuthResult(success=False, handled=True)
        else:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except ValueError:
                await server.push("501 5.5.2 Can't decode base64")
                return AuthResult(success=False, handled=True)
        fields = dict(part.split(b"=", 1) for part in blob.split(b"\x01") if b"=" in part)
        user = fields.get(b"user", b"")
        bearer = fields.get(b"auth", b"")
        token = bearer[len(b"Bearer "):].decode() if bearer.startswith(b"Bearer ") else ""
        sink = self.sink
        ok = bool(token) and await asyncio.get_running_loop().run_in_executor(
            None, introspect, sink.oauth.introspection_url, token, user.decode())
        if ok:
            with sink._cond:
                sink.xoauth2_logins += 1
            return AuthResult(success=True, auth_data=LoginPassword(user, b""))
        error = json.dumps({"status": "400", "schemes": "Bearer", "scope": OAuthServer.scope})
        await server.challenge_auth(error)
        return AuthResult(success=False, handled=False,
                          message="535 5.7.8 Username and Password not accepted (test)")


class SmtpSink:
    """An aiosmtpd server on 127.0.0.1 that keeps every message it accepts.

    ``tls``: ``None``, ``"starttls"`` (STARTTLS offered and required before MAIL)
    or ``"implicit"`` (SMTPS); ``ca_file`` then names the CA to trust.
    ``auth``: ``(username, password)`` to require AUTH PLAIN/LOGIN.
    ``oauth``: a started ``OAuthServer`` to require AUTH XOAUTH2 with a token it says is live
    (``xoauth2_logins`` counts the accepted ones).
    ``received``: list of ``ReceivedMail``; ``wait_for(n)`` blocks until n arrived.
    ``fail_next(n, code=451, stage="rcpt")``: answer the next n MAIL/RCPT/DATA with ``code``.
    ``drop_connections()``: cut every open client connection (server keeps running).
    ``connections``: number of client connections accepted so far.
    """

    host = LOCALHOST

    def __init__(self, *, tls: str | None = None, auth: tuple[str, str] | None = None, port: int | None = None,
                 oauth: OAuthServer | None = None):
        if tls not in (None, "implicit", "starttls"):
            raise ValueError(f"tls must be None, 'implicit' or 'starttls', not {tls!r}")
        self.tls = tls
        self.auth = auth
        self.oauth = oauth
        self.xoauth2_logins = 0
        self.port = port or free_port()
        self.ca_file: str | None = get_test_ca().ca_file if tls else None
        self.received: list[ReceivedMail] = []
        self.connections = 0
        self._cond = threading.Condition()
        self._failures: list[tuple[str, int, str]] = []
        self._protocols: list = []
        self.controller = None

    # -- control ---------------------------------------------------------------

    def fail_next(self, n: int = 1, code: int = 451, stage: str = "rcpt", text: str | None = None) -> None:
        """Answer the next ``n`` commands of ``stage`` ("mail", "rcpt" or "data") with ``code``."""
        if stage not in ("mail", "rcpt", "data"):
            raise ValueError("stage must be 'mail', 'rcpt' or 'data'")
        if text is None:
            text = {4: "4.3.0 Temporary failure, try again later (test)", 5: "5.1.1 Mailbox unavailable (test)"}.get(
                code // 100, "Failure (test)"
            )
        with self._cond:
            self._failures.extend([(stage, code, text)] * n)

    def _take_failure(self, stage: str) -> str | None:
        with self._cond:
            for i, (st, code, text) in enumerate(self._failures):
                if st == stage:
                    del self._failures[i]
                    return f"{code} {text}"
        return None

    def wait_for(self, n: int = 1, timeout: float = 5.0) -> list[ReceivedMail]:
        """Block until at least ``n`` messages arrived; return them all (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.received) < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"SMTP sink got {len(self.received)} message(s), expected {n} within {timeout} s")
                self._cond.wait(left)
            return list(self.received)

    def clear(self) -> None:
        with self._cond:
            self.received.clear()

    def _authenticator(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword) and self.auth is not None:
            user, password = self.auth
            if auth_data.login == user.encode() and auth_data.password == password.encode():
                return AuthResult(success=True, auth_data=auth_data)
        # handled=False, or the client hangs (recipe)
        return AuthResult(success=False, handled=False)

    def start(self) -> "SmtpSink":
        if self.controller is not None:
            return self
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import SMTP

        sink = self
        kwargs: dict = dict(hostname=self.host, port=self.port, server_hostname="localhost", ready_timeout=10)
        smtp_kwargs: dict = {"timeout": 60}
        if self.tls == "implicit":
            kwargs["ssl_context"] = get_test_ca().server_context()
        elif self.tls == "starttls":
            smtp_kwargs.update(tls_context=get_test_ca().server_context(), require_starttls=True)
        if self.auth is not None:
            # AUTH before TLS is refused for STARTTLS; SMTPS is TLS from the first
            # byte (aiosmtpd does not know that, so do not require it there).
            smtp_kwargs.update(authenticator=self._authenticator, auth_require_tls=self.tls == "starttls")
        if self.oauth is not None:
            smtp_kwargs.update(auth_require_tls=self.tls == "starttls")
        require_auth = self.auth is not None or self.oauth is not None

        class _Controller(Controller):
            def factory(self):
                proto = SMTP(self.handler, **self.SMTP_kwargs)
                # set after construction: aiosmtpd warns (UserWarning, from its loop
                # thread) about auth_required without auth_require_tls
                proto._auth_required = require_auth
                with sink._cond:
                    sink._protocols.append(proto)
                    sink.connections += 1
                return proto

        handler = _OAuthSinkHandler(self) if self.oauth is not None else _SinkHandler(self)
        controller = _Controller(handler, **kwargs, **smtp_kwargs)
        controller.start()
        with self._cond:
            # the controller's start-up probe is not a client connection
            self.connections = 0
            self._protocols.clear()
        self.controller = controller
        return self

    def drop_connections(self) -> None:
        """Close every open client connection from the server side."""
        if self.controller is None:
            return
        with self._cond:
            protos = list(self._protocols)
            self._protocols.clear()
        done = threading.Event()

        def _close():
            for p in protos:
                t = getattr(p, "transport", None)
                if t is not None:
                    t.close()
            done.set()

        self.controller.loop.call_soon_threadsafe(_close)
        done.wait(5)

    def stop(self) -> None:
        if self.controller is None:
            return
        self.drop_connections()
        self.controller.stop()
        self.controller = None

    def __enter__(self) -> "SmtpSink":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# --------------------------------------------------------------------------- fixtures


def _dovecot_fixture(tls: str | None):
    if find_dovecot() is None:
        _skip_or_fail("dovecot binary not found: apt-get install dovecot-imapd")
    d = Dovecot(tls)
    try:
        d.start()
        yield d
    finally:
        d.close()


@pytest.fixture
def make_dovecot():
    """Factory for other variants: ``make_dovecot(tls=None, imap_capability=None,
    extra_config="")`` returns a started Dovecot, removed after the test (skips
    when dovecot is not installed)."""
    made: list[Dovecot] = []

    def factory(tls: str | None = None, **kwargs) -> Dovecot:
        if find_dovecot() is None:
            _skip_or_fail("dovecot binary not found: apt-get install dovecot-imapd")
        d = Dovecot(tls, **kwargs)
        made.append(d)
        return d.start()

    yield factory
    for d in made:
        d.close()


@pytest.fixture
def make_smtp_sink():
    """Factory: ``make_smtp_sink(tls=None|"starttls"|"implicit", auth=None|(user, password))``
    returns a started SmtpSink, stopped after the test."""
    made: list[SmtpSink] = []

    def factory(**kwargs) -> SmtpSink:
        sink = SmtpSink(**kwargs)
        made.append(sink)
        return sink.start()

    yield factory
    for sink in made:
        sink.stop()


@pytest.fixture
def oauth_server():
    """A running ``OAuthServer`` for ``test@example.com`` (Dovecot's test user)."""
    server = OAuthServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def mail_ca() -> TestCA:
    """The private CA (ca_file, cert_file, key_file, server_context(), client_context())."""
    return get_test_ca()


@pytest.fixture
def dovecot():
    """A running private Dovecot, plain IMAP on 127.0.0.1:``.port``; user/password
    ``.user`` / ``.password``."""
    yield from _dovecot_fixture(None)


@pytest.fixture
def dovecot_tls():
    """Dovecot with implicit TLS (IMAPS) on ``.port``; trust ``.ca_file``."""
    yield from _dovecot_fixture("implicit")


@pytest.fixture
def dovecot_starttls():
    """Dovecot with STARTTLS required on ``.port``; trust ``.ca_file``."""
    yield from _dovecot_fixture("starttls")


@pytest.fixture
def smtp_sink():
    """A running SmtpSink without TLS or AUTH."""
    sink = SmtpSink()
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


# -- a ward for these servers ----------------------------------------------------------------


def mail_ward(base: Path, *, inbox: str, outbox: str, env: str, extra: str = "") -> Path:
    """Write ``base/hopthu.yaml``: the project's hopthu.example.yaml with its ``inbox:`` and ``outbox:``
    sections replaced by the YAML given, the Form off, ``extra`` appended; and ``base/.env`` (mode 0600)
    with ``env``. The tests and the benchmarks build their wards on real servers with this."""
    import re

    from hopthu.cli import example_config

    text = example_config(Path(__file__).resolve().parent.parent)
    text = re.sub(r"(?ms)^inbox:\n.*?(?=^form:)", lambda _: inbox, text)
    text = re.sub(r"(?ms)^form:\n.*?(?=^register:)", "form:\n  backend: none\n", text)
    text = re.sub(r"(?ms)^outbox:\n.*?(?=^\n)", lambda _: outbox, text)
    base.mkdir(parents=True, exist_ok=True)
    (base / ".env").write_text(env)
    (base / ".env").chmod(0o600)
    path = base / "hopthu.yaml"
    path.write_text(text + extra, encoding="utf-8")
    return path
