"""Named crash points for the kill test (tests/test_kill.py, bench/kill_test.py).

`reach("after_smtp_250")` ends the process at once, as a power cut or a SIGKILL would (no `finally`, no
flush, no journal close), when the environment variable `HOPTHU_CRASH_AT` names that point:
`HOPTHU_CRASH_AT=after_smtp_250` on its first passage, `after_smtp_250:3` on the third. Without the
variable (every real deployment) `reach` is one comparison of a module constant: the variable is read once,
at import.

The points, in the order a cycle passes them:

- `after_intake_journalled`: a batch of letters is in the journal, the source not yet told (IMAP: the
  letters are still in INBOX, not moved to the processed folder).
- `after_case_open`: a case is built inside its batch's transaction, not yet committed.
- `after_cases_committed`: a batch of cases and their emails is committed, nothing sent yet.
- `after_smtp_250`: the SMTP server said 250 for an email, the journal does not yet say it was sent.
- `after_register_write`: the register (XLSX file or Google sheet) holds hopthu's new values, the journal
  does not yet know which cells it wrote.
- `during_reminders`: the officers' daily digest is queued for one officer, not yet for the others.
"""

from __future__ import annotations

import os

POINTS = ("after_intake_journalled", "after_case_open", "after_cases_committed", "after_smtp_250",
          "after_register_write", "during_reminders")

#: the exit status of a process the kill test ended (as SIGKILL's 128 + 9)
EXIT_STATUS = 137


def _armed() -> tuple[str, int]:
    name, _, nth = os.environ.get("HOPTHU_CRASH_AT", "").partition(":")
    return name, int(nth) if nth.isdigit() and int(nth) > 0 else 1


_NAME, _NTH = _armed()
_passed = 0


def reach(name: str) -> None:
    """The process passes the crash point `name`: it dies here when the kill test armed this point."""
    if name != _NAME:
        return
    global _passed
    _passed += 1
    if _passed >= _NTH:
        os._exit(EXIT_STATUS)
