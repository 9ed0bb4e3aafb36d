"""Whether the Google register can have changed since hopthu last read it whole.

Reading the whole register costs megabytes once a ward has years of cases, so a cycle asks first.
The question goes to Drive (`files.get?fields=modifiedTime`: one request of ~100 bytes, not counted
in the Sheets quota), because the Sheets API itself has no cheap "did anything change?" — every probe
inside it (the officers' columns, the status column) grows with the register. Every change to the
file, an officer's or hopthu's, moves modifiedTime on.

Safety net: the register is read whole at least every `register.full_read_minutes` whatever Drive
says (Drive's time can lag an edit by seconds), so an officer's edit is acted on within that
interval at the latest. Where Drive cannot be asked (the Drive API not enabled in the ward's Cloud
project, or a key without the scope), the safety net is all there is: hopthu says so once, in the
log and in `hopthu check`, and works on.

Owns only the probe's memory (a timestamp and a time); never reads or writes cells.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

log = logging.getLogger("hopthu.gsheet")

DRIVE_FILES = "https://www.googleapis.com/drive/v3/files/"

NO_DRIVE = (
    "không hỏi được Google Drive thời điểm sổ theo dõi được sửa lần cuối ({why}): hopthu đọc lại toàn bộ sổ "
    "{minutes} phút một lần, nên sửa đổi của cán bộ có thể chậm đến {minutes} phút mới được xử lý. Bật "
    "«Google Drive API» trong dự án Google Cloud của tài khoản dịch vụ (docs/google-sheets.md, bước 4) để "
    "hopthu biết ngay khi sổ thay đổi. / Cannot ask Drive for the register's modifiedTime ({why}): the "
    "register is read whole every {minutes} min only; enable the Google Drive API in the Cloud project."
)


class ChangeProbe:
    """Drive's modifiedTime of one spreadsheet, compared with what it was when hopthu last read it whole."""

    def __init__(self, client_source: Callable[[], Any], sheet_id: str, *, full_read_seconds: float = 600,
                 clock: Callable[[], float] = time.monotonic):
        self._client_source = client_source
        self.sheet_id = sheet_id
        self.full_read_seconds = full_read_seconds
        self.clock = clock
        self.seen: str | None = None      # modifiedTime probed before the last whole read (or adopted after a write)
        self.latest: str | None = None    # what the last probe answered
        self.full_at: float | None = None
        self.drive: bool | None = None    # False: Drive cannot be asked; the safety net alone
        self.problem = ""                 # why not, for `hopthu check`

    def modified_time(self) -> str | None:
        """One Drive files.get; None when Drive could not answer (then the caller reads whole to be safe,
        or, when Drive cannot be asked at all, waits for the safety net)."""
        if self.drive is False:
            return None
        from hopthu.google.wire import api_status

        try:
            response = self._client_source().http_client.request(
                "get", DRIVE_FILES + self.sheet_id, params={"fields": "modifiedTime", "supportsAllDrives": "true"})
            value = response.json().get("modifiedTime")
        except Exception as exc:
            status = api_status(exc)
            if status in (401, 403, 404):  # Drive API off, scope missing, file not visible to Drive
                self.drive = False
                error = getattr(exc, "error", None)
                error = error if isinstance(error, dict) else {}
                self.problem = f"Drive {status}: {(error.get('message') or '')[:160]}"
                log.warning("%s", NO_DRIVE.format(why=self.problem, minutes=round(self.full_read_seconds / 60)))
                return None
            # a network error on the probe (or another answer): read whole this once, as before
            log.debug("Drive modifiedTime of %s: %s", self.sheet_id, exc)
            return None
        self.drive = True
        self.latest = value if isinstance(value, str) else None
        return self.latest

    def changed(self) -> bool:
        """True when the register must be read whole now: never read, safety net due, or Drive says so
        (or could not say, this once)."""
        self.latest = None
        now = self.clock()
        modified = self.modified_time()
        if self.full_at is None or self.seen is None and self.drive is not False:
            return True
        if now - self.full_at >= self.full_read_seconds:
            return True
        if modified is None:
            return self.drive is not False
        return modified != self.seen

    def read_whole(self) -> None:
        """The register was just read whole: what the probe before it answered is the baseline (an edit after
        the probe moved modifiedTime past it, so the next probe sees it)."""
        self.seen = self.latest
        self.full_at = self.clock()

    def after_own_write(self) -> None:
        """hopthu wrote: adopt the new modifiedTime, so the next cycle does not read whole for its own write.
        An officer's edit in the same seconds is then acted on at the next whole read (the safety net); the
        write itself never overwrote it (cell writes are checked on a fresh read)."""
        if self.seen is None or self.drive is not True:
            return
        modified = self.modified_time()
        self.seen = modified
