"""Bulkheads between the steps of a cycle: each step fails alone, and the journal remembers how each went.

A step that raises is logged (with its traceback the first time, once per distinct failure), reported in
the cycle's summary, and the cycle goes on with the next step. A step that reported an error of its own
(a register that cannot be opened, a source that failed) counts as failed too. The last success and the
current failure of every step are kept in the journal's `meta` table (`step:<name>:ok`,
`step:<name>:failed`): the alerts and the "Hệ thống" status tab read them."""

from __future__ import annotations

import logging
from typing import Any, Callable

from hopthu.app import App
from hopthu.pipeline.summary import Summary

log = logging.getLogger("hopthu.cycle")

#: The steps of a cycle, in order, with the name officers read.
STEPS = {
    "intake": "nhận thư và câu trả lời Form",
    "cases": "lập hồ sơ",
    "outbox": "gửi thư đi",
    "register": "sổ theo dõi",
    "reminders": "nhắc hạn",
}


def run_step(app: App, summary: Summary, name: str, fn: Callable[..., Any], *args: Any) -> Any:
    """`fn(*args)`, its result, or None when it raised; the outcome goes into `summary.steps`."""
    errors_before = len(summary.errors)
    try:
        result = fn(*args)
    except Exception as exc:
        message = f"{STEPS[name]}: lỗi {type(exc).__name__}: {exc}"
        previous = app.journal.get_meta(f"step:{name}:failed", "") or ""
        if previous.partition("|")[2] != message:  # once per distinct failure, not every cycle
            log.exception("step %s failed", name)
        else:
            log.debug("step %s still failing: %s", name, message)
        summary.errors.append(message)
        summary.steps[name] = message
        return None
    own = summary.errors[errors_before:]
    summary.steps[name] = "; ".join(own) if own else ""
    return result


def record_steps(app: App, summary: Summary, now_iso: str) -> None:
    """One journal transaction for the cycle: last success per step, or since when and why it fails."""
    with app.journal.transaction() as db:
        for name, failure in summary.steps.items():
            if not failure:
                db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (f"step:{name}:ok", now_iso))
                db.execute("DELETE FROM meta WHERE key = ?", (f"step:{name}:failed",))
                continue
            row = db.execute("SELECT value FROM meta WHERE key = ?", (f"step:{name}:failed",)).fetchone()
            since = row["value"].partition("|")[0] if row else now_iso
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       (f"step:{name}:failed", f"{since}|{failure}"))


def step_status(app: App) -> dict[str, dict[str, str]]:
    """Per step: `ok` (last success, ISO time or ''), `failed_since` and `error` ('' when it works)."""
    out = {}
    for name in STEPS:
        since, _, error = (app.journal.get_meta(f"step:{name}:failed", "") or "").partition("|")
        out[name] = {"ok": app.journal.get_meta(f"step:{name}:ok", "") or "", "failed_since": since, "error": error}
    return out
