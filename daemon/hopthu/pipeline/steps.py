"""The one way a step of the cycle runs: it fails alone, its failure is logged once, and its outcome is kept.

`run_step` runs a step (a source, "hồ sơ", "thư đi", "sổ theo dõi", "nhắc hạn", ..., and the daemon's
"sao lưu"), catches what it raises, logs a failure once per distinct failure (with its traceback, and the
case code when the exception carries one: `about_case`), and writes the outcome into `summary.steps`:
'' it worked; the reason it failed (an exception, or an error the step reported in `summary.errors`); or
`WAITED` (it could not finish and that is a wait, not a failure: Excel holds the register).

`record_steps` keeps the outcomes in the journal's `meta` table at the end of the cycle, in one transaction:
`step:<name>:ok` (last success, UTC ISO) and `step:<name>:failed` ("since|why"). The heartbeat
(health.py) takes each step's last success from the same `summary.steps`; the alerts and the "Hệ thống"
status tab (alerts.py) read `step_status`.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterator

from hopthu.pipeline.summary import WAITED, Summary

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.cycle")

#: Steps in the order officers read them on the status tab (sources, "nguồn <name>", come first).
ORDER = ["hồ sơ", "thư đi", "sổ theo dõi", "nhắc hạn", "xóa dữ liệu hết hạn", "báo cáo", "sao lưu"]
#: Steps whose failure means citizens' letters or the answers to them are stuck: the chair is told too.
CITIZENS_STUCK = {"hồ sơ", "thư đi"}


def citizens_stuck(name: str) -> bool:
    return name in CITIZENS_STUCK or name.startswith("nguồn ")


@contextmanager
def about_case(code: str) -> Iterator[None]:
    """Inside a per-case loop: an exception that escapes carries the case's code to the step's log line."""
    try:
        yield
    except Exception as exc:
        if getattr(exc, "case_code", None) is None:
            exc.case_code = code  # type: ignore[attr-defined]
        raise


def run_step(app: App, summary: Summary, name: str, fn: Callable[..., Any], *args: Any) -> Any:
    """`fn(*args)`, its result, or None when it raised; the outcome goes into `summary.steps[name]`."""
    errors_before = len(summary.errors)
    try:
        result = fn(*args)
    except Exception as exc:
        code = getattr(exc, "case_code", None)
        message = f"{name}: {'hồ sơ ' + code + ': ' if code else ''}lỗi {type(exc).__name__}: {exc}"
        summary.errors.append(message)
        _log_once(app, name, message, exc)
        summary.steps[name] = message[:1000]
        return None
    own = summary.errors[errors_before:]
    if own:
        summary.steps[name] = "; ".join(own)[:1000]
        _log_once(app, name, summary.steps[name], None)
    elif summary.steps.get(name) != WAITED:  # the step said it waited (the register held open): keep that
        summary.steps[name] = ""
    return result


def _log_once(app: App, name: str, message: str, exc: Exception | None) -> None:
    """ERROR with the traceback the first time a step fails this way; later cycles at DEBUG."""
    previous = app.journal.get_meta(f"step:{name}:failed", "") or ""
    if previous.partition("|")[2] == message[:1000]:
        log.debug("step %s still failing: %s", name, message)
    elif exc is not None:
        log.error("step %s failed: %s", name, message, exc_info=exc)
    else:
        log.error("step %s failed: %s", name, message)


def record_steps(app: App, summary: Summary, now_iso: str, names: list[str] | None = None) -> None:
    """One journal transaction: last success per step, or since when and why it fails (a wait: unchanged).
    `names`: only these (a step run after the cycle, the daemon's backup)."""
    with app.journal.transaction() as db:
        for name, failure in summary.steps.items():
            if failure == WAITED or (names is not None and name not in names):
                continue
            if not failure:
                db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (f"step:{name}:ok", now_iso))
                db.execute("DELETE FROM meta WHERE key = ?", (f"step:{name}:failed",))
                continue
            row = db.execute("SELECT value FROM meta WHERE key = ?", (f"step:{name}:failed",)).fetchone()
            since = row["value"].partition("|")[0] if row else now_iso
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                       (f"step:{name}:failed", f"{since}|{failure}"))


def step_status(app: App) -> dict[str, dict[str, str]]:
    """Every step the journal knows, sources first then `ORDER`: `ok` (last success, UTC ISO or ''),
    `failed_since` and `error` ('' when it works)."""
    records = app.journal.metas("step:")
    names = {key.rpartition(":")[0] for key in records}

    def rank(name: str) -> tuple[int, int, str]:
        if name.startswith("nguồn "):
            return (0, 0, name)
        return (1, ORDER.index(name), name) if name in ORDER else (2, 0, name)

    out = {}
    for name in sorted(names, key=rank):
        since, _, error = records.get(f"{name}:failed", "").partition("|")
        out[name] = {"ok": records.get(f"{name}:ok", ""), "failed_since": since, "error": error}
    return out
