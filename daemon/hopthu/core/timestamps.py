"""Reading the dates people and Google Forms write: Vietnamese day-first first, ISO as well."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def parse_timestamp(value: str, tz: ZoneInfo) -> datetime | None:
    """Google Forms' Vietnamese timestamps: 20/11/2026 08:15:32 (also ISO), in the ward's zone."""
    value = (value or "").strip()
    for fmt in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=tz)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)
