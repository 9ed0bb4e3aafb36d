"""XOAUTH2 for Gmail / Google Workspace: sign in once, then every IMAP and SMTP login uses a fresh token.

Real servers only (tests/mailservers.py): Dovecot checks bearer tokens with `passdb { driver = oauth2 }`
against `OAuthServer`, a stand-in for Google's token, introspection and authorization endpoints on
127.0.0.1; the aiosmtpd sink takes AUTH XOAUTH2 and asks the same server.
"""

from __future__ import annotations

import email.policy
import email.utils
import json
import logging
import os
import queue
import re
import stat
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from click.testing import CliRunner

from hopthu.cli import main
from hopthu.config import ConfigError, load_config
from hopthu.mail.imap import ImapAuthError, ImapConnectionError, ImapInbox, ImapSettings, ImapWatcher
from hopthu.mail.oauth import OAuthError, OAuthUnavailable, TokenProvider
from hopthu.mail.smtp import SmtpConfigError, SmtpSettings, SmtpTransport
from hopthu.outbox.smtp import smtp_settings
from hopthu.pipeline.cycle import run_cycle
from hopthu.service import Daemon
from hopthu.sources.imap import imap_settings
from hopthu.wiring import build_app

from mailservers import Dovecot, OAuthServer, SmtpSink, free_port, mail_ward
from ward import TZ, Clock, wait_until

FRONT = "hopthu@mttq-luukiem.example.vn"
AGENCY = "kinhte-hatang@luukiem.example.vn"
CITIZEN = "dan.nguyen@gmail.example"
LIGHT = "Đèn đường ở đầu ngõ 12 phố Trần Phú bị hỏng đã một tuần, buổi tối ngõ tối om."


# -- helpers -------------------------------------------------------------------------------


def oauth_ward(base: Path, d: Dovecot | None, sink: SmtpSink | None, server: OAuthServer | None, *,
               env: str | None = None, smtp_username: str | None = None) -> Path:
    """The example ward with the inbox on `d` and the outbox on `sink`, both `auth: xoauth2`, and the
    sign-in file `oauth-gmail.json` that `hopthu oauth-login` would have written for `server`."""
    user = Dovecot.user
    imap_port = d.port if d else 993
    smtp_port = sink.port if sink else 465
    username = user if smtp_username is None else smtp_username
    inbox = (f'inbox:\n  backend: imap\n  host: "127.0.0.1"\n  port: {imap_port}\n  security: none\n'
             f'  username: "{user}"\n  auth: xoauth2\n  start_date: 2020-01-01\n  poll_seconds: 5\n')
    outbox = (f'outbox:\n  backend: smtp\n  smtp: {{host: "127.0.0.1", port: {smtp_port}, security: none, '
              f'username: "{username}", auth: xoauth2}}\n')
    # Google's token endpoint, unless a test says otherwise
    extra = f'\ngoogle:\n  oauth_token_uri: "{server.token_uri}"\n' if server is not None else ""
    path = mail_ward(base, inbox=inbox, outbox=outbox, extra=extra,
                     env="HOPTHU_OAUTH_FILE=oauth-gmail.json\n" if env is None else env)
    if server is not None:
        server.authorized_user_file(base / "oauth-gmail.json")
    return path


def citizen_mail(text: str = LIGHT) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Nguyễn Văn Dân <{CITIZEN}>"
    msg["To"] = FRONT
    msg["Subject"] = "Phản ánh đèn đường hỏng"
    msg["Date"] = email.utils.format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(idstring="dan", domain="gmail.example")
    msg.set_content(f"Kính gửi Mặt trận phường,\n\n{text}\n\nNguyễn Văn Dân\n")
    return msg.as_bytes(policy=email.policy.SMTP)


def signed_in(server: OAuthServer, folder: Path, **options) -> TokenProvider:
    """A token provider for a sign-in file `server` granted, asking `server` for tokens."""
    return TokenProvider(server.authorized_user_file(folder / "oauth.json"), token_uri=server.token_uri, **options)


class LaterClock:
    """google-auth's naive-UTC now, moved forward by hand: an hour passes in a line."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(timezone.utc).replace(tzinfo=None) + self.ahead


@pytest.fixture(autouse=True)
def _no_secrets_from_the_environment(monkeypatch):
    for name in ("HOPTHU_OAUTH_FILE", "HOPTHU_IMAP_PASSWORD", "HOPTHU_SMTP_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def clock() -> Clock:
    """Monday 06:30, before office hours: no reminder or digest joins the mail these tests count."""
    return Clock(datetime(2026, 11, 23, 6, 30, tzinfo=TZ))


@pytest.fixture
def servers(oauth_server, make_dovecot, make_smtp_sink):
    """Dovecot and the SMTP sink, both taking only tokens the OAuth server says are live."""
    return make_dovecot(oauth=oauth_server), make_smtp_sink(oauth=oauth_server)


# -- configuration -----------------------------------------------------------------------


def test_xoauth2_needs_the_sign_in_file_named_in_dotenv(tmp_path):
    path = oauth_ward(tmp_path, None, None, None, env="")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    (problem,) = err.value.problems
    assert problem.startswith(f"{tmp_path / '.env'}: HOPTHU_OAUTH_FILE is not set")
    assert "inbox.auth and outbox.smtp.auth" in problem and "hopthu oauth-login" in problem


def test_xoauth2_for_sending_needs_the_account_name(tmp_path):
    path = oauth_ward(tmp_path, None, None, None, smtp_username="")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    line = next(i for i, ln in enumerate(path.read_text().splitlines(), 1) if ln.startswith("  smtp:"))
    assert any(p.startswith(f"{path}:{line}: outbox.smtp: outbox.smtp.username is required with auth: xoauth2")
               for p in err.value.problems)


def test_xoauth2_needs_no_password_and_both_adapters_share_one_token_provider(tmp_path):
    config = load_config(oauth_ward(tmp_path, None, None, None))
    imap, smtp = imap_settings(config), smtp_settings(config)
    assert imap.password == smtp.password == ""
    assert imap.oauth2_token_provider is smtp.oauth2_token_provider
    assert imap.oauth2_token_provider.path == tmp_path / "oauth-gmail.json"  # relative to the config's folder


def test_password_auth_still_needs_its_passwords(tmp_path):
    path = oauth_ward(tmp_path, None, None, None)
    path.write_text(path.read_text().replace("auth: xoauth2", "auth: password"))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    text = str(err.value)
    assert "HOPTHU_IMAP_PASSWORD is not set" in text and "HOPTHU_SMTP_PASSWORD is not set" in text
    assert "HOPTHU_OAUTH_FILE" not in text


# -- the token provider -------------------------------------------------------------------


def test_a_token_is_reused_until_five_minutes_before_it_expires(tmp_path, oauth_server):
    later = LaterClock()
    provider = signed_in(oauth_server, tmp_path, clock=later)
    first = provider()
    assert provider() == first and oauth_server.refreshes == 1
    later.ahead = timedelta(minutes=54)  # Google's tokens last an hour: 6 minutes left, still good
    assert provider() == first and oauth_server.refreshes == 1
    later.ahead = timedelta(minutes=56)  # 4 minutes left: a connection opened now could outlive it
    assert provider() != first and oauth_server.refreshes == 2


def test_sign_in_file_mistakes_say_what_to_do(tmp_path, oauth_server):
    missing = tmp_path / "oauth.json"
    with pytest.raises(OAuthError, match="không tìm thấy tệp OAuth .*hopthu oauth-login"):
        TokenProvider(missing)()
    client_secret = oauth_server.client_secret_file(tmp_path)
    with pytest.raises(OAuthError, match=r"client secret.*--client-secret client_secret\.json"):
        TokenProvider(client_secret)()
    missing.write_text(json.dumps({"type": "service_account", "client_email": "x@y.iam.gserviceaccount.com"}))
    with pytest.raises(OAuthError, match="không phải tệp đăng nhập OAuth"):
        TokenProvider(missing)()


def test_a_revoked_grant_says_to_sign_in_again_and_a_new_sign_in_is_used_at_once(tmp_path, oauth_server):
    provider = signed_in(oauth_server, tmp_path)
    provider()
    oauth_server.revoke()
    provider.clock = lambda: datetime(2100, 1, 1)  # the token expired meanwhile
    with pytest.raises(OAuthError) as err:
        provider()
    assert "thu hồi" in str(err.value) and "hopthu oauth-login" in str(err.value)
    assert "invalid_grant" in str(err.value)
    oauth_server.grant_again()
    oauth_server.authorized_user_file(provider.path)  # what `hopthu oauth-login` does
    provider.clock = LaterClock()
    assert oauth_server.active(provider())


def test_an_unreachable_token_endpoint_is_temporary(tmp_path, oauth_server):
    path = oauth_server.authorized_user_file(tmp_path / "oauth.json")
    with pytest.raises(OAuthUnavailable, match="hopthu sẽ thử lại"):
        TokenProvider(path, token_uri=f"http://127.0.0.1:{free_port()}/token")()


@pytest.mark.parametrize("status, body, expected", [
    (503, b"Service Unavailable", OAuthUnavailable),            # Google's trouble: try again later
    (200, b"<html>captive portal</html>", OAuthUnavailable),   # not Google answering at all
    (401, b'{"error": "invalid_client"}', OAuthError),          # the OAuth client is gone: an officer acts
])
def test_what_the_token_endpoint_answers_decides_between_retry_and_officer(tmp_path, oauth_server, status, body,
                                                                         expected):
    import http.server

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        path = oauth_server.authorized_user_file(tmp_path / "oauth.json")
        with pytest.raises(expected) as err:
            TokenProvider(path, token_uri=f"http://127.0.0.1:{server.server_port}/token")()
        if expected is OAuthError:
            assert "client secret" in str(err.value) and "hopthu oauth-login" in str(err.value)
    finally:
        server.shutdown()


# -- IMAP and SMTP --------------------------------------------------------------------------


def test_a_citizen_mail_becomes_a_case_and_is_acknowledged_over_xoauth2(tmp_path, servers, oauth_server, clock):
    d, sink = servers
    app = build_app(load_config(oauth_ward(tmp_path, d, sink, oauth_server)), clock=clock)
    try:
        d.append(citizen_mail())
        summary = run_cycle(app)
        assert len(summary.new_cases) == 1 and not summary.errors, summary
        mails = sink.wait_for(2)
    finally:
        app.close()
    (ack,) = [m for m in mails if m.rcpt_tos == [CITIZEN]]
    assert f"[{summary.new_cases[0].code}]" in ack.message["Subject"]
    assert {m.auth_login for m in mails} == {d.user} and sink.xoauth2_logins == 1
    assert "method=XOAUTH2" in d.log() and d.log().count("method=PLAIN") == 1  # the test's own APPEND
    assert oauth_server.refreshes == 1  # one token served IMAP and SMTP


def test_check_proves_the_oauth_sign_in_and_both_connections(tmp_path, servers, oauth_server):
    d, sink = servers
    result = CliRunner().invoke(main, ["--config", str(oauth_ward(tmp_path, d, sink, oauth_server)), "check"])
    assert result.exit_code == 0, result.output
    assert "ĐẠT        OAuth (XOAUTH2): tệp " in result.output
    assert re.search(r"ĐẠT +nguồn imap: IMAP OK: test@example.com .*OAuth \(XOAUTH2\)", result.output)
    assert "ĐẠT        thư đi: SMTP OK: 127.0.0.1:" in result.output and "bằng OAuth (XOAUTH2)" in result.output


def test_an_expired_token_is_refreshed_before_the_watcher_reconnects(tmp_path, oauth_server, make_dovecot):
    d = make_dovecot(oauth=oauth_server)
    later = LaterClock()
    provider = signed_in(oauth_server, tmp_path, clock=later)
    settings = ImapSettings(host=d.host, port=d.port, username=d.user, security="none",
                            oauth2_token_provider=provider)
    watcher = ImapWatcher(lambda: ImapInbox(settings), backoff_initial=0.05, backoff_max=0.2, wait_step=0.2)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, args=(lambda inbox: None, stop), daemon=True)
    thread.start()
    try:
        wait_until(lambda: watcher.connects == 1, 10, "first XOAUTH2 login")
        old = provider()
        oauth_server.expire_access_tokens()  # an hour later: Dovecot would refuse the old token...
        later.ahead = timedelta(hours=1)
        d.kill()  # ...at the reconnect after an outage
        d.start()
        wait_until(lambda: watcher.connects == 2, 15, "reconnected after the outage")
    finally:
        stop.set()
        thread.join(10)
    assert oauth_server.refreshes == 2 and not oauth_server.active(old)
    assert d.log().count("method=XOAUTH2") >= 2 and "auth failed" not in d.log()


def test_smtp_refreshes_an_expired_token_when_it_reconnects(tmp_path, oauth_server, make_smtp_sink):
    sink = make_smtp_sink(oauth=oauth_server)
    later = LaterClock()
    provider = signed_in(oauth_server, tmp_path, clock=later)
    smtp = SmtpTransport(SmtpSettings(host=sink.host, port=sink.port, username=Dovecot.user, security="none",
                                      oauth2_token_provider=provider))
    raw = citizen_mail()
    with smtp:
        smtp.send_raw(raw, FRONT, [AGENCY])
        oauth_server.expire_access_tokens()
        later.ahead = timedelta(hours=1)
        sink.drop_connections()
        smtp.send_raw(raw, FRONT, [AGENCY])
    assert len(sink.wait_for(2)) == 2 and sink.xoauth2_logins == 2 and oauth_server.refreshes == 2


def test_a_token_the_server_refuses_names_the_account_to_check(tmp_path, oauth_server, servers):
    d, sink = servers
    def refused() -> str:
        return "ya29.not-a-live-token"

    with pytest.raises(ImapAuthError, match="inbox.username phải đúng là tài khoản"):
        ImapInbox(ImapSettings(host=d.host, port=d.port, username=d.user, security="none",
                               oauth2_token_provider=refused)).connect()
    smtp = SmtpTransport(SmtpSettings(host=sink.host, port=sink.port, username=d.user, security="none",
                                      oauth2_token_provider=refused))
    with pytest.raises(SmtpConfigError, match="outbox.smtp.username phải đúng là tài khoản") as err:
        smtp.check()
    assert err.value.code == 535


def test_token_endpoint_trouble_is_a_connection_problem_for_the_adapters(tmp_path, oauth_server, servers):
    d, _sink = servers
    provider = signed_in(oauth_server, tmp_path)
    oauth_server.stop()
    with pytest.raises(ImapConnectionError, match="sẽ tự thử lại"):
        ImapInbox(ImapSettings(host=d.host, port=d.port, username=d.user, security="none",
                               oauth2_token_provider=provider)).connect()


def test_a_grant_revoked_while_running_is_reported_with_what_to_do_and_the_daemon_carries_on(
        tmp_path, servers, oauth_server, clock, caplog):
    d, sink = servers
    path = oauth_ward(tmp_path, d, sink, oauth_server)
    app = build_app(load_config(path), clock=clock)
    watcher = app.watchers[0].watcher
    watcher.backoff_initial, watcher.backoff_max = 0.1, 0.3
    daemon = Daemon(app)
    thread = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, daemon=True)
    with caplog.at_level(logging.ERROR):
        thread.start()
        try:
            wait_until(lambda: watcher.connects == 1 and daemon.cycles >= 1, 10, "the daemon signed in")
            # The account owner removes hopthu's access: its access token, still 55 minutes from expiry
            # by the clock, dies with the grant. The next login must say so, not blame the username.
            oauth_server.revoke()
            d.kill()
            d.start()
            # (The first reconnects may meet Dovecot still starting: connection errors, retried. Then the
            # refused grant must be logged as such.)
            def revoked_logged() -> bool:
                logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
                return any("thu hồi" in m and "hopthu oauth-login" in m for m in logged)

            wait_until(revoked_logged, 15, "the revoked grant logged with what to do")
            assert thread.is_alive()

            result = CliRunner().invoke(main, ["--config", str(path), "check"])
            assert result.exit_code == 1
            assert "KHÔNG ĐẠT  OAuth (XOAUTH2): Google từ chối cấp mã truy cập" in result.output
            assert "KHÔNG ĐẠT  nguồn imap: Đăng nhập IMAP (XOAUTH2)" in result.output
            assert "KHÔNG ĐẠT  thư đi: Đăng nhập SMTP (XOAUTH2)" in result.output
            assert "hopthu oauth-login --client-secret client_secret.json" in result.output

            # The officer signs in again; the running daemon takes the new file at its next reconnect.
            oauth_server.grant_again()
            oauth_server.authorized_user_file(tmp_path / "oauth-gmail.json")
            d.append(citizen_mail())
            sink.wait_for(2, timeout=15)
            wait_until(lambda: len(app.journal.cases()) == 1, 5, "the case")
        finally:
            daemon.stop.set()
            thread.join(15)
    assert not thread.is_alive()


def test_a_token_refused_before_its_expiry_is_replaced_in_the_same_login(tmp_path, servers, oauth_server):
    d, sink = servers
    provider = signed_in(oauth_server, tmp_path)
    provider()
    oauth_server.expire_access_tokens()  # e.g. the PC's clock runs late: Google already dropped it
    with ImapInbox(ImapSettings(host=d.host, port=d.port, username=d.user, security="none",
                                oauth2_token_provider=provider)):
        pass
    with SmtpTransport(SmtpSettings(host=sink.host, port=sink.port, username=d.user, security="none",
                                    oauth2_token_provider=provider)) as smtp:
        smtp.check()
    assert oauth_server.refreshes == 2 and sink.xoauth2_logins == 1


# -- signing in once ------------------------------------------------------------------------


def test_oauth_login_runs_the_browser_flow_and_writes_a_private_sign_in_file(tmp_path, oauth_server):
    ward = tmp_path / "ward"
    path = oauth_ward(ward, None, None, None)  # HOPTHU_OAUTH_FILE is set; the file does not exist yet
    path.write_text(path.read_text() + f'\ngoogle:\n  oauth_token_uri: "{oauth_server.token_uri}"\n')
    client_secret = oauth_server.client_secret_file(tmp_path)
    env = {**os.environ, "PYTHONUNBUFFERED": "1",
           "OAUTHLIB_INSECURE_TRANSPORT": "1"}  # the stand-in's token endpoint is http://127.0.0.1
    proc = subprocess.Popen(
        [sys.executable, "-m", "hopthu.cli", "--config", str(path), "oauth-login", "--client-secret",
         str(client_secret)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    output = []
    try:
        while True:  # the officer reads the printed address...
            line = lines.get(timeout=20)
            output.append(line)
            if line.startswith(oauth_server.url + "/auth?"):
                break
        # ...opens it, signs in and allows: the browser is sent back to hopthu's loopback address
        with urllib.request.urlopen(line.strip(), timeout=10) as page:
            assert "đã đăng nhập xong" in page.read().decode()
        assert proc.wait(20) == 0, "".join(output) + "".join(iter(lambda: lines.get(timeout=2), ""))
    finally:
        if proc.poll() is None:
            proc.kill()
    time.sleep(0.1)
    while not lines.empty():
        output.append(lines.get())
    text = "".join(output)
    assert "access_type=offline" in line and "prompt=consent" in line and "mail.google.com" in line
    written = ward / "oauth-gmail.json"
    assert f"Đã lưu thông tin đăng nhập OAuth vào {written} (quyền 0600)" in text
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    info = json.loads(written.read_text())
    assert info["refresh_token"] == oauth_server.refresh_token and info["token_uri"] == oauth_server.token_uri
    assert "token" not in info and oauth_server.codes_exchanged == 1
    assert oauth_server.active(TokenProvider(written, token_uri=oauth_server.token_uri)())  # ready for the daemon


def test_oauth_login_without_its_client_secret_says_where_to_get_it(tmp_path):
    result = CliRunner().invoke(main, ["oauth-login", "--client-secret", str(tmp_path / "nope.json"),
                                       "--out", str(tmp_path / "oauth.json")])
    assert result.exit_code == 1
    assert "không tìm thấy tệp client secret" in result.output and "Ứng dụng máy tính" in result.output
