"""What one cycle did, for the log line and `hopthu once`'s table."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from hopthu.core.model import Case

#: `Summary.steps` value of a step that could not finish and is waiting, not failing (Excel holds the register).
WAITED = "\x00waited"
#: New cases kept whole in a cycle's summary; later ones without their texts (a backlog of 10,000 letters
#: held every redacted text until the cycle ended: the summary needs codes, categories, agencies and flags).
WHOLE_CASES = 100


@dataclass
class Summary:
    new_cases: list[Case] = field(default_factory=list)
    linked: int = 0            # follow-ups, replies and Form edits added to existing cases
    ignored: int = 0           # auto-replies and bounces: no case, no answer
    quarantined: list[str] = field(default_factory=list)
    emails_queued: int = 0
    emails_sent: int = 0
    emails_waiting: int = 0
    emails_failed: int = 0     # refused for good, or past outbox.retry_days: the officers are told
    register_written: int = 0
    #: the register was held open by another program (Excel): who, as its owner file says ("" unknown), and
    #: how many writes wait for it in the journal; None when the register was written or not tried
    register_busy: str | None = None
    register_waiting: int = 0
    officer_edits: int = 0
    reminders: int = 0         # reminder, digest and escalation emails queued (reminders.py)
    errors: list[str] = field(default_factory=list)
    #: step name ("nguồn <source>", "hồ sơ", "thư đi", "sổ theo dõi", "nhắc hạn", ...) → '' when it worked, why
    #: it failed, or WAITED (the register held open: not done, not failed); a step left out is absent.
    #: Written by pipeline.steps.run_step only; health.py and alerts.py read it.
    steps: dict[str, str] = field(default_factory=dict)

    def took(self, case: Case) -> None:
        """A case this cycle opened (past `WHOLE_CASES`, without its subject, summary, notes and history)."""
        if len(self.new_cases) >= WHOLE_CASES:
            case = replace(case, subject="", summary="", notes="", history=[])
        self.new_cases.append(case)

    def by(self, attr: str) -> Counter:
        return Counter(getattr(c, attr) or "" for c in self.new_cases)
