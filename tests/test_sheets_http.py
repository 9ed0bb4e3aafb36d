"""Tests of hopthu.google.http: real gspread, real HTTP, against the Sheets emulator.

Time is fake: the client's clock and sleep (and the emulator's quota clock
where it matters) are one FakeTime, so backoff and rate limiting run instantly.
"""

from __future__ import annotations

import socket
import time
from typing import Any

import gspread
import pytest
import requests
from google.oauth2.credentials import Credentials

from hopthu.google.http import (
    AppendUncertain,
    SheetsHTTPClient,
    TokenBucket,
    WriteUncertain,
    client_factory,
    make_client,
)

from sheets_emulator import SheetsEmulator
from ward import FakeTime

SHEET = "Sổ theo dõi"
HEADER = ["Mã", "Ngày nhận", "Nội dung", "Trạng thái"]


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def emu(fake: FakeTime) -> Any:
    with SheetsEmulator(clock=fake.clock, seed=5) as emulator:
        emulator.create_spreadsheet("ss", "Hòm thư", sheets={SHEET: [HEADER, ["HT-2026-0001", "", "Đèn đường", "Mới"]]})
        yield emulator


def connect(emu: SheetsEmulator, fake: FakeTime, **options: Any) -> tuple[gspread.Worksheet, SheetsHTTPClient]:
    options.setdefault("random_fn", lambda: 0.5)
    options.setdefault("rate_per_minute", None)
    gc = make_client(Credentials(token="t"), api_base=emu.base_url, clock=fake.clock, sleep=fake.sleep, **options)
    ws = gc.open_by_key("ss").worksheet(SHEET)
    assert isinstance(gc.http_client, SheetsHTTPClient)
    return ws, gc.http_client


def codes(ws: gspread.Worksheet) -> list[str]:
    return [row[0] for row in ws.get_all_values()[1:]]


# ---------------------------------------------------------------- retries


def test_retries_429_then_succeeds(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    http.reset_counts()
    emu.inject(status=429, count=3, method="GET", path_contains="/values/")
    assert ws.get_all_values()[1][0] == "HT-2026-0001"
    assert fake.sleeps == [1.0, 2.0, 4.0]  # 0.5 x 2 s, 4 s, 8 s ceilings (full jitter)
    assert http.request_count == 4 and http.retry_count == 3


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_retries_server_errors_on_reads(emu: SheetsEmulator, fake: FakeTime, status: int) -> None:
    ws, http = connect(emu, fake)
    emu.inject(status=status, count=2, method="GET")
    assert codes(ws) == ["HT-2026-0001"]
    assert len(fake.sleeps) == 2


def test_gives_up_after_the_bound_with_capped_jitter(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake, max_attempts=4, backoff_base=2.0, backoff_cap=5.0, random_fn=lambda: 1.0)
    emu.reset_counts()
    emu.inject(status=503, count=100)
    with pytest.raises(gspread.exceptions.APIError) as info:
        ws.get_all_values()
    assert info.value.response.status_code == 503
    assert info.value.error["status"] == "UNAVAILABLE"
    assert emu.request_count == 4
    assert fake.sleeps == [2.0, 4.0, 5.0]


def test_gives_up_on_html_502_too(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake, max_attempts=2)
    emu.inject(status=502, count=5)
    with pytest.raises(gspread.exceptions.APIError) as info:
        ws.get_all_values()
    assert info.value.response.status_code == 502  # gspread's .code is -1 for a non-JSON body


def test_client_errors_are_not_retried(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    with pytest.raises(gspread.exceptions.APIError) as info:
        ws.update(values=[["x"]], range_name="A5000")
    assert info.value.code == 400 and "exceeds grid limits" in str(info.value)
    with pytest.raises(gspread.SpreadsheetNotFound):
        gspread.Client(Credentials(token="t"), http_client=client_factory(api_base=emu.base_url, sleep=fake.sleep)).open_by_key("nope")
    assert fake.sleeps == []


def test_retry_after_header_is_honoured(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    emu.inject(status=429, method="GET", headers={"Retry-After": "7"})
    ws.get_all_values()
    assert fake.sleeps == [7.0]


def test_read_timeout_on_a_read_is_retried(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake, timeout=(2.0, 0.2))
    emu.inject(status=None, delay=0.6, method="GET", path_contains="/values/")
    assert codes(ws) == ["HT-2026-0001"]
    assert len(fake.sleeps) == 1


def test_refused_connection_is_retried_then_raised(fake: FakeTime) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = "http://127.0.0.1:%d" % s.getsockname()[1]
    http = SheetsHTTPClient(Credentials(token="t"), api_base=dead, max_attempts=3, sleep=fake.sleep,
                            clock=fake.clock, rate_per_minute=None)
    # Refused before anything was sent: even an append is safe to retry.
    with pytest.raises(requests.ConnectionError):
        http.values_append("ss", "'Sheet1'", {"valueInputOption": "RAW"}, {"values": [["x"]]})
    assert http.request_count == 3 and len(fake.sleeps) == 2


# ------------------------------------------------------- append uncertainty


def test_append_5xx_raises_append_uncertain_without_retrying(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    emu.reset_counts()
    emu.inject(status=500, path_contains=":append", applied=True)  # Google wrote the row, the answer was lost
    with pytest.raises(AppendUncertain) as info:
        ws.append_rows([["HT-2026-0002", "", "Rác", "Mới"]], table_range="A1")
    assert info.value.status == 500 and info.value.method == "POST"
    assert isinstance(info.value.__cause__, gspread.exceptions.APIError)
    assert emu.request_count == 1 and fake.sleeps == []
    # The caller checks the case-code column before appending again: no duplicate.
    assert codes(ws) == ["HT-2026-0001", "HT-2026-0002"]


def test_append_503_not_applied_is_still_uncertain(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    emu.inject(status=503, path_contains=":append")
    with pytest.raises(AppendUncertain):
        ws.append_rows([["HT-2026-0002"]], table_range="A1")
    assert codes(ws) == ["HT-2026-0001"]  # not applied this time: only a read can tell


def test_append_dropped_connection_is_uncertain(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    emu.inject(drop=True, path_contains=":append", applied=True)
    with pytest.raises(AppendUncertain) as info:
        ws.append_rows([["HT-2026-0002"]], table_range="A1")
    assert info.value.status is None
    assert isinstance(info.value.__cause__, requests.ConnectionError)
    assert codes(ws) == ["HT-2026-0001", "HT-2026-0002"]


def test_append_read_timeout_is_uncertain(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake, timeout=(2.0, 0.2))
    emu.inject(status=None, delay=0.6, path_contains=":append")
    with pytest.raises(AppendUncertain) as info:
        ws.append_rows([["HT-2026-0002"]], table_range="A1")
    assert isinstance(info.value.__cause__, requests.Timeout)
    deadline = time.monotonic() + 5
    while len(emu.values("ss", SHEET)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [r[0] for r in emu.values("ss", SHEET)[1:]] == ["HT-2026-0001", "HT-2026-0002"]


def test_append_429_is_retried_and_appends_once(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    emu.inject(status=429, count=2, path_contains=":append")
    ws.append_rows([["HT-2026-0002", "", "Ngập", "Mới"]], table_range="A1", insert_data_option="INSERT_ROWS")
    assert codes(ws) == ["HT-2026-0001", "HT-2026-0002"]
    assert len(fake.sleeps) == 2


def test_structural_batch_update_is_not_repeated_but_idempotent_one_is(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    emu.inject(status=500, path_contains=":batchUpdate", applied=True)
    with pytest.raises(WriteUncertain) as info:
        ws.insert_row(["HT-X"], index=2)  # insertDimension: repeating would insert two rows
    assert not isinstance(info.value, AppendUncertain)
    assert emu.metadata("ss")["sheets"][0]["properties"]["gridProperties"]["rowCount"] == 1001
    emu.inject(status=500, count=2, path_contains=":batchUpdate")
    ws.freeze(rows=1)  # updateSheetProperties: same result when applied twice
    assert emu.metadata("ss")["sheets"][0]["properties"]["gridProperties"]["frozenRowCount"] == 1
    assert len(fake.sleeps) == 2


def test_values_update_is_retried(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    emu.inject(status=500, method="PUT", applied=True)
    ws.update(values=[["Đã xử lý"]], range_name="D2")
    assert emu.values("ss", SHEET)[1][3] == "Đã xử lý"
    assert len(fake.sleeps) == 1


# ------------------------------------------------------------ rate limit


def test_token_bucket_never_exceeds_the_rate_in_any_minute(fake: FakeTime) -> None:
    bucket = TokenBucket(60, burst=5, clock=fake.clock, sleep=fake.sleep)
    stamps = []
    for _ in range(200):
        bucket.acquire()
        stamps.append(fake.now)
    assert stamps[:5] == [stamps[0]] * 5  # the burst goes at once
    assert fake.sleeps[0] == pytest.approx(60 / 55)
    worst = max(sum(1 for t in stamps if start <= t < start + 60) for start in stamps)
    assert worst <= 60
    fake.now += 3600  # idle: the bucket refills, but only up to the burst
    waited = [bucket.acquire() for _ in range(6)]
    assert waited[:5] == [0.0] * 5 and waited[5] > 0


def test_rate_limiter_keeps_the_daemon_under_googles_quota(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake, rate_per_minute=60, burst=5)
    for _ in range(150):
        ws.get_all_values()
    assert emu.quota_rejections == 0
    assert http.retry_count == 0
    assert fake.now - 10_000.0 >= (150 + 2 - 5) / 55 * 60 - 1  # two opening reads included


def test_without_the_limiter_google_answers_429(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake, rate_per_minute=None, max_attempts=8)
    for _ in range(100):
        ws.get_all_values()  # succeeds thanks to retries, but Google had to refuse some
    assert emu.quota_rejections > 0 and http.retry_count == emu.quota_rejections


# ---------------------------------------------------------------- plumbing


def test_url_rewrite_and_request_count(emu: SheetsEmulator, fake: FakeTime) -> None:
    ws, http = connect(emu, fake)
    assert http.rewrite_url("https://sheets.googleapis.com/v4/spreadsheets/x") == emu.base_url + "/v4/spreadsheets/x"
    # Drive's files.get (the register's modifiedTime) goes to the emulator too; other Google hosts are left alone
    assert http.rewrite_url("https://www.googleapis.com/drive/v3/files/x") == emu.base_url + "/drive/v3/files/x"
    assert http.rewrite_url("https://oauth2.googleapis.com/token") == "https://oauth2.googleapis.com/token"
    http.reset_counts()
    emu.reset_counts()
    ws.get_all_values()
    ws.batch_get(["A1:A", "D1:D"])
    ws.append_rows([["HT-2026-0002"]], table_range="A1")
    assert http.request_count == emu.request_count == 3


def test_service_account_through_client_factory(emu: SheetsEmulator, fake: FakeTime) -> None:
    gc = gspread.service_account_from_dict(
        emu.service_account_info("bot@ward.iam.gserviceaccount.com"),
        http_client=client_factory(api_base=emu.base_url, sleep=fake.sleep, clock=fake.clock))
    assert gc.open_by_key("ss").title == "Hòm thư"
    assert emu.token_requests == 1
    assert isinstance(gc.http_client, SheetsHTTPClient)
    assert gc.http_client.timeout == (10.0, 60.0)
