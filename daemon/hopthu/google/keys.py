"""The service account's key: where `.env` names it, the credentials read from it, and `GoogleError`.

Apart from google/auth.py so that the child process of google/remote.py reads the key with no other
part of auth.py (which imports remote.py)."""

from __future__ import annotations

from pathlib import Path

from hopthu.errors import OperatorError, read_secret_json

# drive.metadata.readonly: only the register's modifiedTime (register.freshness), never a file's contents
SCOPES = ["https://www.googleapis.com/auth/spreadsheets", "https://www.googleapis.com/auth/drive.metadata.readonly"]
GUIDE = "docs/google-sheets.md"


class GoogleError(OperatorError):
    """A Google Sheets problem an officer can fix; the message says how (Vietnamese, then English).

    An OperatorError: the register step and the Form source report it, and the cycle carries on.
    """


# -- credentials ----------------------------------------------------------------


def key_path(config) -> Path | None:
    """The JSON key named in .env, relative paths taken from the config file's folder."""
    value = config.secrets.google_key_file
    return config.resolve(value) if value else None


def load_credentials(path: str | Path | None):
    """Service-account credentials from a JSON key file, or a GoogleError saying what is wrong with it."""
    from google.oauth2 import service_account

    if not path:
        raise GoogleError(
            "chưa khai báo khóa của tài khoản dịch vụ Google: thêm dòng HOPTHU_GOOGLE_KEY_FILE=/đường/dẫn/khoa.json "
            f"vào tệp .env ({GUIDE}, bước 3). / HOPTHU_GOOGLE_KEY_FILE is not set: add the path of the "
            "service account's JSON key to .env."
        )
    path = Path(path)
    if not path.exists():
        raise GoogleError(
            f"không tìm thấy tệp khóa JSON của tài khoản dịch vụ: {path}. Kiểm tra dòng HOPTHU_GOOGLE_KEY_FILE "
            f"trong .env (đường dẫn đầy đủ), hoặc tải lại khóa ({GUIDE}, bước 3). / The service-account key file "
            f"{path} does not exist: fix HOPTHU_GOOGLE_KEY_FILE in .env or download the key again."
        )
    info = read_secret_json(path, "tệp khóa", "the key file", GoogleError)
    if not isinstance(info, dict) or info.get("type") != "service_account" or not info.get("client_email") \
            or not info.get("private_key"):
        raise GoogleError(
            f"tệp {path} không phải khóa JSON của tài khoản dịch vụ (service account). Tạo khóa ở Google Cloud: "
            f"IAM và quản trị → Tài khoản dịch vụ → Khóa → Thêm khóa → JSON ({GUIDE}, bước 3). / {path} is not "
            f"a service-account JSON key (an OAuth client secret?): create a JSON key for the service account."
        )
    try:
        return service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    except (ValueError, KeyError) as exc:
        raise GoogleError(
            f"khóa trong {path} bị hỏng ({exc}): tải lại khóa JSON ({GUIDE}, bước 3). / The key in {path} "
            f"is damaged ({exc}): download the JSON key again."
        ) from None
