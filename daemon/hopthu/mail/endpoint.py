"""What the IMAP and SMTP settings share: a host, a port, a security mode checked once, and how to log in."""

from __future__ import annotations

import ipaddress

SECURITY_MODES = ("ssl", "starttls", "none")


class Endpoint:
    """Mixed into the frozen settings dataclasses of imap.py and smtp.py (they declare the fields)."""

    host: str
    port: int
    security: str

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise ValueError(f"security must be 'ssl', 'starttls' or 'none', not {self.security!r}")

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def loopback(self) -> bool:
        """Plain text is tolerated only on this machine (tests, a local relay)."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


def connection_fields(config, section, password: str) -> dict:
    """The fields the IMAP and SMTP settings share, from their config section (`inbox`, `outbox.smtp`):
    where to connect, how to secure it, and how to log in: the password from `.env`, or with
    `auth: xoauth2` the shared OAuth token provider (called at every (re)connect) and no password."""
    oauth = None
    if section.auth == "xoauth2":
        from hopthu.mail.oauth import provider_for

        oauth = provider_for(config)
    return {
        "host": section.host,
        "port": section.port,
        "username": section.username,
        "password": password if oauth is None else "",
        "security": section.security,
        "ca_file": str(config.resolve(section.ca_file)) if section.ca_file else None,
        "oauth2_token_provider": oauth,
    }

