"""Spam and abuse after opening: an officer (the chair) edits "Lưu ý", or the chair runs `hopthu
clear-flag`. Clearing the flag sends a case "Không xử lý" down the ordinary path, and is recorded as a
decision (`clear_decision`: the name, the operating-system user and the time); adding one stops an open
case (and tells the chair about abuse). The chair's forward to the police is `letters.forward` (no
status change)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hopthu.casework.letters import chair_notices, compose, routing_messages, urgent_alerts
from hopthu.casework.status import initial_status, recompute_deadline
from hopthu.core.model import FINISHED, FLAG_LABELS, FLAGS, QUIET_FLAGS, Case, Status, Submission

if TYPE_CHECKING:
    from hopthu.app import App
    from hopthu.core.rules.engine import RuleSet
    from hopthu.journal import OutgoingRecord


def ordinary_rules(app: App) -> RuleSet:
    """The rules without those that flag spam or abuse: how an item the chair found ordinary is classified."""
    s = app.settings
    rules = app.rules.get()
    keep = [r for r in rules.rules if not (QUIET_FLAGS & set(r.then.flags))]
    # The loaded rule set's own class: casework needs no import of the engine for it (start-up chain).
    return type(rules)(keep, categories=s.categories, triage_category=s.triage_category)


def flags_edited(app: App, case: Case, flags: list[str]) -> tuple[list[str], list[OutgoingRecord]]:
    """An officer (the chair) changed the "Lưu ý" column.

    Clearing spam or abuse from a case hopthu did not handle ("Không xử lý") sends it down the ordinary
    path: classified without the spam and abuse rules, acknowledged, routed. Adding one to an open case
    stops it (and tells the chair about abuse)."""
    before = set(case.flags)
    case.flags = [f for f in FLAGS if f in set(flags)]
    labels = ", ".join(FLAG_LABELS[f] for f in case.flags) or "(trống)"
    events = [f"Cán bộ sửa Lưu ý: {labels}"]
    messages: list[OutgoingRecord] = []
    if before & QUIET_FLAGS and not QUIET_FLAGS & set(case.flags) and case.status == Status.REJECTED:
        e, messages = take_ordinary_path(app, case)
        events += e
    elif QUIET_FLAGS & set(case.flags) - before and case.status not in FINISHED:
        case.status = Status.REJECTED
        events.append("Không xử lý theo Lưu ý của cán bộ")
        if "abusive" in case.flags and "abusive" not in before:
            e, messages = chair_notices(app, case, "cán bộ đánh dấu trong sổ theo dõi")
            events += e
    return events, messages


def take_ordinary_path(app: App, case: Case) -> tuple[list[str], list[OutgoingRecord]]:
    """A case whose spam or abuse flag was cleared: classified, acknowledged and routed like any item."""
    sub = Submission(source_id=case.source_id, channel=case.channel, received_at=case.received_at,
                     subject=case.subject, text=case.summary, tdp=case.tdp)
    decision = ordinary_rules(app).classify(sub)
    case.category, case.agency, case.co_agencies = decision.category, decision.agency, list(decision.co_agencies)
    case.complex, case.rule = decision.complex, decision.rule
    case.flags = [f for f in FLAGS if f in (set(case.flags) | set(decision.flags)) - QUIET_FLAGS]
    case.deadline = recompute_deadline(app, case)
    case.status = initial_status(app, decision)
    events = [f"Bỏ cờ: xử lý như ý kiến thông thường; phân loại: {decision.why or 'chưa có quy tắc phù hợp'}"]
    messages: list[OutgoingRecord] = []
    contact = app.journal.contact(case.code)
    intake = app.journal.intake(case.source_id)
    acked = intake.payload.get("ack", True) if intake is not None else True
    if contact.email and acked:
        if case.status == Status.OUTSIDE:
            template = decision.reply_template or "ngoai-tham-quyen.txt.j2"
            messages.append(compose(app, template, f"outside:{case.code}:citizen", "ack", case, contact.email,
                                    auto="auto-replied"))
        else:
            messages.append(compose(app, "ack.txt.j2", f"ack:{case.code}:citizen", "ack", case, contact.email,
                                    auto="auto-replied"))
        events.append("Gửi thư xác nhận đến người gửi")
    if case.status in (Status.ROUTED, Status.TRIAGE):
        messages += routing_messages(app, case, extra=decision.extra_recipients)
        events.append(f"Chuyển {app.config.agency_name(case.agency)} xử lý; hạn {case.deadline:%d/%m/%Y}")
    if "urgent" in case.flags:
        messages += urgent_alerts(app, case)
    return events, messages


def os_user() -> str:
    """The operating-system user running hopthu (or the chair's command), for the decisions' record."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without USER): record that, do not refuse
        return "(không rõ)"


def chair_names(app: App) -> str:
    """The configured chair(s) (officers with role chair): who answers for a flag cleared in the register."""
    return ", ".join(o.name for o in app.settings.officers if "chair" in o.roles) or "(chưa cấu hình Chủ tịch)"


def cleared_flags(before: list[str] | set[str], after: list[str]) -> list[str]:
    """The spam and abuse flags an edit removed, in `FLAGS` order."""
    return [f for f in FLAGS if f in QUIET_FLAGS and f in set(before) and f not in set(after)]


def clear_decision(app: App, cleared: list[str], by: str, user: str, *, where: str) -> tuple[str, str]:
    """The history line and the journal detail of a cleared flag (`Journal.record_decision`, action
    "clear-flag"). `where`: "register" (a "Lưu ý" cell emptied; the register does not say who typed,
    so the configured chair answers for it) or "cli" (`hopthu clear-flag --by`)."""
    labels = ", ".join(FLAG_LABELS[f] for f in cleared)
    at = f"{app.now():%H:%M %d/%m/%Y}"
    if where == "register":
        event = (f"Bỏ Lưu ý «{labels}» trong sổ theo dõi lúc {at}; người quyết định theo cấu hình: Chủ tịch {by} "
                 f"(hopthu chạy dưới người dùng máy: {user})")
    else:
        event = f"Chủ tịch {by} bỏ Lưu ý «{labels}» lúc {at} (người dùng máy: {user})"
    return event, f"{where}: {labels}"
