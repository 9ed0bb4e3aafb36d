"""Errors an officer or administrator can act on, and reading the secret files `.env` names.

Every adapter (the register, the Form sheet, Google sign-in) raises an `OperatorError` subclass whose
message says what to do, Vietnamese first; the pipeline reports it and carries on with the next step.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class OperatorError(Exception):
    """A failure a person fixes (a sheet not shared, a key unreadable, a renamed header); the message says how."""


def read_secret_json(path: Path, what_vi: str, what_en: str, error: type[Exception]) -> Any:
    """The JSON in a file `.env` names (a service-account key, an OAuth sign-in), or None when the
    file is not JSON. `error` when it cannot be read, saying how to let the service's user read it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise error(
            f"không đọc được {what_vi} {path} ({reason}): cho người dùng chạy hopthu quyền đọc tệp này "
            f"(sudo chown hopthu {path}; sudo chmod 600 {path}). / Cannot read {what_en} {path} ({reason}): "
            f"give the user running hopthu read access to it."
        ) from None
    try:
        return json.loads(text)
    except ValueError:
        return None
