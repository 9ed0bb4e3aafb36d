"""What the IMAP and SMTP settings share: a host, a port and a security mode, checked once."""

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
