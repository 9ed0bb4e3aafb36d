"""What happens to a case: opening it, who is told what, and every change of its status.

Builds Case objects and the emails they cause (as journal records with
idempotency keys); never sends and never touches the register itself.
Agencies and duty officers get only redacted text; the citizen's address is
used for the citizen's own emails and nothing else.

Every status change is made by a function of this package; the pipeline only says what happened.
The package by concept (each name is re-exported here, so callers write `casework.open_case`):
`letters` (who is told what: composing emails, no status change), `opening` (a new case: decision, first
status, first emails), `abuse` (spam and abuse flags edited after opening), `status` (every later change
of status, and the deadline clock).

| from                          | event                                             | to                 | function           |
| ----------------------------- | ------------------------------------------------- | ------------------ | ------------------ |
| (new item)                    | rules: outside ward competence / no agency        | Ngoài thẩm quyền   | `initial_status`   |
| (new item)                    | rules or cues: spam / abuse (chair told at once)  | Không xử lý        | `initial_status`   |
| (new item)                    | same complaint as an open case (`Likeness.merge`) | Trùng lặp          | `open_case`        |
| Không xử lý                   | an officer clears spam/abuse in "Lưu ý"           | Đã chuyển xử lý …  | `flags_edited`     |
| open                          | an officer adds spam/abuse in "Lưu ý"             | Không xử lý        | `flags_edited`     |
| (officer chose Trùng lặp)     | the case had a proposed match                     | Trùng lặp (linked) | `officer_status`   |
| Trùng lặp                     | an officer chooses an open status (undo a merge)  | that status, routed| `officer_status`   |
| open                          | the citizen's follow-up shows present danger      | (same) + Khẩn      | `citizen_followup` |
| (new item)                    | rules: triage category                            | Chờ phân loại      | `initial_status`   |
| (new item)                    | rules: an agency                                  | Đã chuyển xử lý    | `initial_status`   |
| any open                      | officer types another lead agency                 | Đã chuyển xử lý    | `reroute`          |
| open, citizen reachable       | agency's reply starts "HỎI:"                      | Chờ bổ sung        | `agency_asked`     |
| Chờ bổ sung                   | the citizen answers the question                  | Đang xử lý         | `citizen_answered` |
| open                          | agency's reply (the answer)                       | Chờ duyệt trả lời  | `agency_answered`  |
| any                           | officer chooses a status in the drop-down         | that status        | `officer_status`   |
| (officer chose Đã trả lời)    | a submitter (or a duplicate's) left only a phone  | Chờ gọi lại        | `approve_answer`   |
| (officer chose Đã trả lời)    | email sent / called back / anonymous              | Đã trả lời         | `approve_answer`   |
| Chờ duyệt trả lời             | `answers.auto_relay` and an answer                | Đã trả lời         | `approve_answer`   |
| Mới / Đã chuyển / Đang xử lý  | the deadline passed (once per deadline)           | Quá hạn            | `mark_overdue`     |
| Quá hạn                       | a new deadline not yet passed                     | Đang xử lý         | `clear_overdue`    |

"Đã chuyển xử lý …": the status the ordinary path gives (`initial_status`: routed, triage or outside).
The chair's forward of an abusive item to the police (`forward`) changes no status; it is recorded
with the name, the operating-system user and the time (`Journal.record_decision`).

Entering "Chờ bổ sung" stops the deadline clock and leaving it moves the deadline by the stopped time
(`follow_clock`, whichever path changed the status).
"""

from __future__ import annotations

from hopthu.casework.abuse import (
    chair_names,
    clear_decision,
    cleared_flags,
    flags_edited,
    ordinary_rules,
    os_user,
    take_ordinary_path,
)
from hopthu.casework.letters import (
    _context,  # noqa: F401  (tests render a template's context)
    answer_messages,
    chair_notices,
    compose,
    forward,
    officer_in_charge,
    routing_messages,
    stamp,
    urgent_alerts,
)
from hopthu.casework.opening import (
    classify,
    open_case,
)
from hopthu.casework.status import (
    MARK_OVERDUE,
    agency_answered,
    agency_asked,
    approve_answer,
    callback_contacts,
    citizen_answered,
    citizen_followup,
    clear_overdue,
    duplicate_answers,
    follow_clock,
    initial_status,
    mark_overdue,
    officer_status,
    pause_clock,
    raise_urgency,
    recompute_deadline,
    reroute,
    resume_clock,
)

__all__ = [
    "stamp",
    "compose",
    "routing_messages",
    "urgent_alerts",
    "chair_notices",
    "forward",
    "answer_messages",
    "officer_in_charge",
    "initial_status",
    "classify",
    "open_case",
    "ordinary_rules",
    "flags_edited",
    "chair_names",
    "clear_decision",
    "cleared_flags",
    "os_user",
    "take_ordinary_path",
    "approve_answer",
    "duplicate_answers",
    "callback_contacts",
    "reroute",
    "citizen_followup",
    "raise_urgency",
    "agency_asked",
    "citizen_answered",
    "agency_answered",
    "officer_status",
    "MARK_OVERDUE",
    "mark_overdue",
    "clear_overdue",
    "follow_clock",
    "pause_clock",
    "resume_clock",
    "recompute_deadline",
]
