"""Health: what the daemon last did, written after every cycle to a heartbeat file, and the conditions
an unwatched ward PC must raise an alarm for.

The heartbeat (`<state_dir>/heartbeat.json`, 0600) holds the last successful run of every step and
source, the backlog, the outbox queue, quarantine, the last error, the next jobs and the versions of
configuration, rules and templates in use: `hopthu status` prints it, a monitor may read it.

The conditions are pure functions of the heartbeat, the clock and the free disk space:
N consecutive failed cycles, a source silent for longer than configured, free space under a
threshold, rules or templates that no longer load. `due_notices` turns them into notices — raised
once, repeated daily while the condition lasts, then an all-clear — for the alerts component (issue
10) to send; this module sends nothing and never names a person (case codes and sources only).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hopthu.core.redact import mask_contacts
from hopthu.layout import write_private

HEARTBEAT_FILE = "heartbeat.json"


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds") if moment else None


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _clean(message: str) -> str:
    """An error as it may be kept: no address, phone or ID number (logs carry case codes, not people)."""
    return mask_contacts(message)[:500]


def read_heartbeat(state_dir: Path) -> dict[str, Any]:
    """The last heartbeat, or {} when there is none yet (or it cannot be read: it is rewritten next cycle)."""
    try:
        data = json.loads((state_dir / HEARTBEAT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def record_cycle(app, summary, *, error: str | None = None, next_cycle: datetime | None = None,
                 next_backup: datetime | None = None, versions=None, reload_problems: Sequence[str] = ()) -> dict:
    """Write the heartbeat after a cycle (`summary`; None with `error` when the cycle raised). Returns it."""
    state_dir = app.config.state_dir
    beat = read_heartbeat(state_dir)
    now = app.now()
    errors = [error] if error else list(summary.errors if summary is not None else [])
    ok = not errors
    last_ok = dict(beat.get("last_ok") or {})
    if summary is not None:
        for step, failure in summary.steps.items():
            if failure == "":  # it worked ('' ; a failure says why, a wait is neither: pipeline.steps)
                last_ok[step] = _iso(now)
    if ok:
        last_ok["chu kỳ"] = _iso(now)
    journal = app.journal
    intakes = journal.intake_counts()
    outbox = journal.outbox_counts()
    first_seen = dict(beat.get("first_seen") or {})
    sources = {}
    for source in app.sources:
        first_seen.setdefault(source.name, _iso(now))
        sources[source.name] = journal.last_recorded(source.known_prefix())
    beat.update({
        "register_busy": _register_busy(beat.get("register_busy"), summary, now),
        "written_at": _iso(now),
        "last_cycle": {"at": _iso(now), "ok": ok},
        "last_ok": last_ok,
        "consecutive_failures": 0 if ok else int(beat.get("consecutive_failures") or 0) + 1,
        "last_error": {"at": _iso(now), "message": _clean(errors[0])} if errors else beat.get("last_error"),
        "backlog": intakes.get("received", 0),
        "quarantine": intakes.get("quarantined", 0) + intakes.get("held", 0),
        "outbox": {"pending": outbox.get("pending", 0), "failed": outbox.get("failed", 0)},
        "sources": sources,
        "first_seen": first_seen,
        "next": {"cycle": _iso(next_cycle), "backup": _iso(next_backup)},
        "versions": vars(versions) if versions is not None else beat.get("versions"),
        "reload_problems": list(reload_problems),
        "disk_free_mb": free_mb(state_dir),
    })
    write_private(state_dir / HEARTBEAT_FILE, json.dumps(beat, ensure_ascii=False, indent=2).encode())
    return beat


def _register_busy(before: dict | None, summary, now: datetime) -> dict | None:
    """Since when the register has been held open (Excel), by whom, how many writes wait; None when the
    last register step wrote it. A cycle that did not try the register keeps the previous state."""
    if summary is None or "sổ theo dõi" not in summary.steps:
        return before
    if summary.register_busy is None:
        return None
    return {"since": (before or {}).get("since") or _iso(now), "holder": summary.register_busy,
            "waiting": summary.register_waiting}


def free_mb(folder: Path) -> int:
    return shutil.disk_usage(folder).free // (1024 * 1024)


# -- conditions -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Condition:
    """Something wrong now. `key` is stable while it lasts (a notice is raised once per key).
    For the alerts component: `title` (the email's subject, `vi` when empty), `advice` (what to do),
    `citizens` (citizens' mail is stuck: the chair is told too), `wait` (a wait, not a fault: logged as
    a warning)."""

    key: str
    vi: str
    en: str
    title: str = ""
    advice: str = ""
    citizens: bool = False
    wait: bool = False

    @property
    def text(self) -> str:
        return f"{self.vi} / {self.en}"


def failing_cycles(consecutive: int, threshold: int) -> Condition | None:
    if consecutive < threshold:
        return None
    return Condition("failed-cycles", f"{consecutive} chu kỳ liên tiếp bị lỗi",
                     f"{consecutive} cycles in a row failed",
                     advice="Người quản trị xem nhật ký (journalctl -u hopthu) và chạy `hopthu check`.", citizens=True)


def silent_sources(last_item: dict[str, str | None], first_seen: dict[str, str], now: datetime,
                   hours: int) -> list[Condition]:
    """Sources that brought nothing new for `hours` (counted from their first run if they never did)."""
    if hours <= 0:
        return []
    out = []
    for name, at in sorted(last_item.items()):
        since = _parse(at) or _parse(first_seen.get(name))
        if since is not None and now - since >= timedelta(hours=hours):
            quiet = int((now - since).total_seconds() // 3600)
            out.append(Condition(f"silent:{name}", f"nguồn {name} không có gì mới đã {quiet} giờ",
                                 f"source {name} brought nothing new for {quiet} hours",
                                 advice="Thử gửi một thư hoặc một câu trả lời Form; chạy `hopthu check`.",
                                 citizens=True))
    return out


def low_disk(free: int, min_free_mb: int) -> Condition | None:
    if free >= min_free_mb:
        return None
    return Condition("low-disk", f"ổ đĩa sắp đầy: còn {free} MB (ngưỡng {min_free_mb} MB)",
                     f"disk almost full: {free} MB free (threshold {min_free_mb} MB)",
                     advice="Giải phóng ổ đĩa (sao lưu cũ, tệp tạm); hopthu cần chỗ để ghi nhật ký thư.")


def broken_rules(problems: list[str]) -> Condition | None:
    if not problems:
        return None
    return Condition("rules-broken", f"quy tắc hoặc mẫu thư mới bị lỗi, vẫn dùng bản cũ: {problems[0]}",
                     f"new rules or templates do not load, the previous ones keep running: {problems[0]}",
                     title="quy tắc hoặc mẫu thư mới bị lỗi",
                     advice="Sửa tệp theo dòng báo lỗi (`hopthu check` in đủ danh sách).")


def register_open(busy: dict | None, now: datetime, minutes: int) -> Condition | None:
    """The register held open in another program (Excel) for `minutes` or more: officers must close it.
    `busy`: the heartbeat's "register_busy"."""
    since = _parse((busy or {}).get("since"))
    if since is None or now - since < timedelta(minutes=minutes):
        return None
    holder = (busy or {}).get("holder") or ""
    waiting = int((busy or {}).get("waiting") or 0)
    held = int((now - since).total_seconds() // 60)
    on, on_en = (f"trên máy {holder}", f"on {holder}") if holder else ("trên một máy khác", "elsewhere")
    return Condition("register-open",
                     f"Sổ đang mở {on}, hopthu sẽ ghi khi đóng ({waiting} thay đổi chờ, đã {held} phút)",
                     f"the register is open {on_en}; hopthu will write it once it is closed "
                     f"({waiting} writes waiting for {held} minutes)",
                     title=f"sổ theo dõi đang mở {on}", advice="Lưu và đóng sổ theo dõi trong Excel.", wait=True)


def conditions(beat: dict[str, Any], now: datetime, limits, register_open_minutes: int = 0) -> list[Condition]:
    """Everything wrong according to a heartbeat; `limits`: the `health:` settings;
    `register_open_minutes`: `register.busy_notice_minutes`."""
    found = [
        register_open(beat.get("register_busy"), now, register_open_minutes),
        failing_cycles(int(beat.get("consecutive_failures") or 0), limits.failed_cycles),
        low_disk(int(beat.get("disk_free_mb", 1 << 40)), limits.min_free_mb),
        broken_rules(list(beat.get("reload_problems") or [])),
    ]
    out = [c for c in found if c is not None]
    out += silent_sources(beat.get("sources") or {}, beat.get("first_seen") or {}, now, limits.silent_source_hours)
    return out


# -- notices: once, daily while it lasts, all-clear --------------------------------------------


@dataclass(frozen=True)
class Notice:
    kind: str  # "raised" | "repeated" | "cleared"
    condition: Condition


def due_notices(active: list[Condition], memory: dict[str, dict[str, Any]], today: date
                ) -> tuple[list[Notice], dict[str, dict[str, Any]]]:
    """What to tell the officers now, and the memory to keep for next time.

    `memory`: condition key → {"day": last day told (ISO), "vi", "en"}; the caller stores it (the
    alerts component, in the journal). A condition is told the first time it is seen, again on each
    later day it still holds, and an all-clear once when it is gone."""
    notices: list[Notice] = []
    kept: dict[str, dict[str, Any]] = {}
    for cond in active:
        seen = memory.get(cond.key)
        if seen is None:
            notices.append(Notice("raised", cond))
        elif date.fromisoformat(seen["day"]) < today:
            notices.append(Notice("repeated", cond))
        else:
            kept[cond.key] = {**seen, "vi": cond.vi, "en": cond.en}
            continue
        # Other fields the caller keeps (since when, to whom) stay while the condition lasts.
        kept[cond.key] = {**(seen or {}), "day": today.isoformat(), "vi": cond.vi, "en": cond.en}
    for key, seen in memory.items():
        if key not in kept:
            notices.append(Notice("cleared", Condition(key, seen.get("vi", key), seen.get("en", key))))
    return notices, kept


def stalled(beat: dict[str, Any], now: datetime, poll_seconds: int) -> Condition | None:
    """The daemon wrote no heartbeat for three cycles and five minutes: stopped, hung or crashed."""
    written = _parse(beat.get("written_at"))
    if written is None or now - written <= timedelta(seconds=3 * poll_seconds + 300):
        return None
    minutes = int((now - written).total_seconds() // 60)
    return Condition("stalled", f"hopthu không chạy chu kỳ nào đã {minutes} phút (dịch vụ dừng hoặc bị treo?)",
                     f"no cycle for {minutes} minutes (service stopped or hung?)")
