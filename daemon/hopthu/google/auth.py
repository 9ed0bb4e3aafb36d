"""Google credentials, the gspread client, and Google's errors turned into what an officer can do.

hopthu reaches Google Sheets as a *service account*: a robot Google account
whose JSON key is named in `.env` (`HOPTHU_GOOGLE_KEY_FILE`). Officers share
the Form's response sheet and the register with its email address as Editor.

Every Google backend (the Form's response sheet, the register, the contacts
sheet) takes its client from here: one `gspread.Client` per key, whose HTTP
client is `sheets_http.SheetsHTTPClient` (bounded retries with jitter, a
token bucket under Google's 60 requests/minute/user, never a blind repeat of
an append). Sharing one client means sharing one token bucket: the quota is
per user, not per backend.

Errors an officer can act on are `GoogleError`s whose message says, in
Vietnamese first and English after, what to do: the key file is missing or
unreadable, the sheet is not shared with the service account (its email is
printed), the Sheets API is disabled in the Cloud project, the sheet id is
wrong. See docs/google-sheets.md.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from hopthu.google.keys import GUIDE, GoogleError, key_path, load_credentials
from hopthu.google.wire import RemoteFailure, WriteUncertain, api_status, loaded

log = logging.getLogger("hopthu.google")

# -- the client -------------------------------------------------------------------

_SHARED: dict[tuple, Any] = {}
_SHARED_LOCK = threading.Lock()


def client_for(config, **options: Any):
    """A new gspread client for this configuration (options go to `SheetsHTTPClient`, e.g. sleep=...)."""
    from hopthu.google.http import make_client

    google = config.settings.google
    rate = google.requests_per_minute
    settings: dict[str, Any] = {
        "api_base": google.api_base,
        "rate_per_minute": rate,
        # A burst of 10 covers a whole cycle (≤ 5 requests) plus start-up; 10 + 50/min refill ≤ 60 in any minute.
        "burst": max(1, min(10, rate // 6)),
    }
    settings.update(options)
    return make_client(load_credentials(key_path(config)), **settings)


def shared_client(config):
    """One client (and so one rate limiter) per key and API address, shared by every Google backend."""
    google = config.settings.google
    key = (str(key_path(config)), google.api_base, google.requests_per_minute)
    with _SHARED_LOCK:
        client = _SHARED.get(key)
        if client is None:
            client = _SHARED[key] = client_for(config)
        return client


def lazy_client(config, client=None, *, apart: bool = False) -> Callable[[], Any]:
    """What a backend calls to get its client: the given one, else the shared one (built on first use,
    so a missing key is reported by `hopthu check` and the cycle rather than at start-up). `apart`
    (`hopthu run`): the shared client works in a child process (google/remote.py), so gspread, requests,
    google-auth and cryptography are never loaded in the daemon."""
    if client is not None:
        return lambda: client
    if apart:
        return lambda: remote_client(config)
    return lambda: shared_client(config)


def remote_client(config):
    """One child-process client per key and API address, shared by every Google backend of every ward that
    uses that key; its token bucket (in this process) is their shared quota."""
    from hopthu.google.remote import RemoteClient

    google = config.settings.google
    path = key_path(config)
    key = ("remote", str(path), google.api_base, google.requests_per_minute)
    with _SHARED_LOCK:
        client = _SHARED.get(key)
        if client is None:
            rate = google.requests_per_minute
            client = _SHARED[key] = RemoteClient(
                str(path) if path else None, {"api_base": google.api_base},
                rate_per_minute=rate, burst=max(1, min(10, rate // 6)),
                idle_seconds=min(30.0, config.settings.schedule.poll_seconds / 2))
        return client


def service_email(client) -> str:
    auth = getattr(getattr(client, "http_client", None), "auth", None)
    return getattr(auth, "service_account_email", "") or ""


# -- errors -----------------------------------------------------------------------


def _details(error: dict) -> tuple[str, str]:
    """(reason, activation URL) from a Google error body."""
    reason, url = "", ""
    for detail in error.get("details") or []:
        if not isinstance(detail, dict):
            continue
        reason = reason or detail.get("reason", "")
        url = url or (detail.get("metadata") or {}).get("activationUrl", "")
        for link in detail.get("links") or []:
            url = url or link.get("url", "")
    return reason, url


def explain(exc: BaseException, *, what: str, sheet_id: str, key: str, email: str) -> GoogleError | None:
    """The GoogleError for an exception from a Sheets call, or None when it is not Google's answer."""
    where = f"{what} (Google Sheet {sheet_id})"
    account = email or "(địa chỉ client_email trong tệp khóa JSON)"
    status = api_status(exc)  # gspread's APIError, here or in the child (google/remote.py)
    if status is not None:
        exc_error = getattr(exc, "error", None)
        exc_text = str(getattr(getattr(exc, "response", None), "text", "") or "")
        error = exc_error if isinstance(exc_error, dict) else {}
        message = error.get("message") or exc_text[:200]
        reason, url = _details(error)
        if status == 403 and (reason == "SERVICE_DISABLED" or "has not been used" in message
                              or "is disabled" in message):
            url = url or "https://console.cloud.google.com/apis/library/sheets.googleapis.com"
            return GoogleError(
                f"{where}: Google Sheets API chưa được bật trong dự án Google Cloud của tài khoản dịch vụ "
                f"{account}. Mở {url}, bấm «Bật» (Enable), đợi vài phút rồi chạy lại `hopthu check` ({GUIDE}, "
                f"bước 4). / The Google Sheets API is disabled: enable the Google Sheets API in the Cloud "
                f"project ({url}), wait a few minutes and retry."
            )
        if status == 403:
            return GoogleError(
                f"{where}: trang tính chưa được chia sẻ với tài khoản dịch vụ {account}. Mở trang tính → "
                f"Chia sẻ → dán địa chỉ {account}: chia sẻ trang tính với địa chỉ này, quyền Người chỉnh sửa "
                f"({GUIDE}, bước 5). / The sheet is not shared with the service account {account}: share the "
                f"sheet with it as Editor."
            )
        if status == 404:
            return GoogleError(
                f"{where}: không tìm thấy trang tính có mã «{sheet_id}». Kiểm tra {key} trong hopthu.yaml: mã "
                f"là phần giữa /d/ và /edit trong địa chỉ https://docs.google.com/spreadsheets/d/<mã>/edit "
                f"({GUIDE}, bước 6). / No spreadsheet with id «{sheet_id}»: the sheet id in {key} is wrong; "
                f"copy it from the sheet's URL."
            )
        if status == 401:
            return GoogleError(
                f"{where}: Google không chấp nhận thông tin đăng nhập của tài khoản dịch vụ {account} (khóa đã bị "
                f"xóa hoặc vô hiệu hóa?): tạo khóa JSON mới ({GUIDE}, bước 3). / Google rejected the service "
                f"account's credentials (key deleted or disabled?): create a new JSON key."
            )
        if status == 429:
            return GoogleError(
                f"{where}: vượt hạn mức gọi Google Sheets API, đã thử lại nhiều lần; hopthu thử lại ở chu kỳ sau. "
                f"Nếu lặp lại, giảm google.requests_per_minute. / Google's quota was exceeded after several "
                f"retries; hopthu retries next cycle."
            )
        if status >= 500:
            return GoogleError(
                f"{where}: máy chủ Google tạm thời lỗi ({status}); hopthu thử lại ở chu kỳ sau. / Google "
                f"answered {status}; hopthu retries next cycle."
            )
        return GoogleError(f"{where}: Google trả lời lỗi {status}: {message} / Google answered {status}: {message}")
    if _is(exc, ("google.auth.exceptions", "RefreshError")) or isinstance(exc, RemoteFailure) and exc.kind == "refresh":
        return GoogleError(
            f"{where}: Google từ chối khóa của tài khoản dịch vụ {account} ({exc}). Khóa đã bị xóa, tài khoản bị "
            f"vô hiệu hóa, hoặc đồng hồ máy tính sai giờ: kiểm tra giờ máy, tạo khóa JSON mới ({GUIDE}, bước 3). "
            f"/ Google refused the service-account key (deleted key, disabled account or wrong system clock)."
        )
    if _is(exc, ("requests.exceptions", "ConnectionError"), ("requests.exceptions", "Timeout"),
           ("google.auth.exceptions", "TransportError")) or isinstance(exc, RemoteFailure) and exc.kind == "network":
        name = exc.name if isinstance(exc, RemoteFailure) else type(exc).__name__
        return GoogleError(
            f"{where}: không kết nối được đến Google ({name}); kiểm tra mạng. hopthu thử lại ở chu "
            f"kỳ sau. / Cannot reach Google: check the network; hopthu retries next cycle."
        )
    return None


def _is(exc: BaseException, *names: tuple[str, str]) -> bool:
    """isinstance against library classes, looked up only if their module is loaded (never imported here:
    an exception of a module nobody imported cannot exist)."""
    return any(isinstance(exc, cls) for cls in (loaded(module, name) for module, name in names) if cls is not None)


@contextmanager
def google_errors(client_source: Callable[[], Any], *, what: str, sheet_id: str, key: str) -> Iterator[None]:
    """Turn Google's answers inside the block into GoogleErrors naming what to do."""
    try:
        yield
    except (GoogleError, WriteUncertain):
        raise
    except Exception as exc:
        try:
            email = service_email(client_source())
        except Exception:
            email = ""
        err = explain(exc, what=what, sheet_id=sheet_id, key=key, email=email)
        if err is None:
            raise
        log.debug("%s", err)
        raise err from exc


def find_tab(metadata: dict, title: str = "") -> dict | None:
    """The sheet properties of the tab called `title` (the first tab when empty), or None."""
    sheets = metadata.get("sheets") or []
    if not title:
        return sheets[0] if sheets else None
    for sheet in sheets:
        if sheet.get("properties", {}).get("title") == title:
            return sheet
    return None


def tab_names(metadata: dict) -> str:
    return ", ".join(f"«{s['properties']['title']}»" for s in metadata.get("sheets") or []) or "(không có)"


def worksheet(client, sheet_id: str, properties: dict):
    """A gspread Worksheet built from metadata already fetched (gspread's own lookup re-fetches it every call)."""
    if getattr(client, "remote", False):
        return client.worksheet(sheet_id, properties)
    import gspread

    # No Spreadsheet object (that would cost the fetch this avoids): a Worksheet uses only the id and client.
    return gspread.Worksheet(None, dict(properties), sheet_id, client.http_client)  # type: ignore[arg-type]
