"""The outbox's SMTP transport: `outbox.Transport` over `smtp.SmtpTransport`.

Sends the bytes the journal stored for each message, as they are (`SmtpTransport.send_raw`), so a
resend after a crash carries the same Message-ID. The envelope sender is the front's own address
(bounces come back to the inbox, where intake marks the message failed). A temporary failure
(4xx, connection trouble, a login or TLS setting to fix) becomes `outbox.TransientError`: the
outbox retries with backoff, across restarts; a permanent one (5xx) becomes `PermanentError`.
"""

from __future__ import annotations

import email.utils

from hopthu.mail.endpoint import connection_fields
from hopthu.mail.smtp import PermanentFailure, SmtpConfigError, SmtpSettings, SmtpTransport, TemporaryFailure
from hopthu.outbox.queue import PermanentError, TransientError


def smtp_settings(config) -> SmtpSettings:
    # With xoauth2 the token provider is the inbox's too: one refresh serves both.
    section = config.settings.outbox.smtp
    return SmtpSettings(**connection_fields(config, section, config.secrets.smtp_password),
                        timeout=section.timeout_seconds, connect_timeout=section.connect_timeout_seconds)


class SmtpOutboxTransport:
    def __init__(self, config, *, transport: SmtpTransport | None = None):
        self.envelope_from = config.settings.ward.front_email
        self.smtp = transport or SmtpTransport(smtp_settings(config))

    def send(self, key: str, raw: bytes, recipient: str) -> None:
        address = email.utils.parseaddr(recipient)[1] or recipient
        try:
            self.smtp.send_raw(raw, self.envelope_from, [address])
        except PermanentFailure as exc:
            raise PermanentError(str(exc)) from exc
        except SmtpConfigError as exc:  # a setting to fix: keep the message queued, say it loudly
            self.smtp.log.error("%s", exc)
            raise TransientError(str(exc), server_down=True) from exc
        except TemporaryFailure as exc:
            # No answer at all (refused, timed out, cut) or 421 "service not available": the server, not
            # this message. A 4xx for one recipient (450, 452) leaves the other emails to be tried.
            raise TransientError(str(exc), server_down=exc.code in (0, 421)) from exc

    def check(self) -> str:
        try:
            return self.smtp.check()
        finally:
            self.smtp.close()

    def close(self) -> None:
        self.smtp.close()
