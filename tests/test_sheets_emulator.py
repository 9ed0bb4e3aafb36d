"""Tests of the Sheets emulator: replay of Google's recorded answers, and real gspread over HTTP.

The replay sends every recorded Sheets request of the cassettes in
``tests/cassettes`` (gspread's own recordings against the real API) to the
emulator and compares status and JSON body with what Google answered.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import requests

from sheets_emulator import (
    SheetsEmulator,
    evaluate_formula,
    format_date,
    make_emulator_fixture,
    parse_a1_box,
    quote_title,
)

CASSETTE_DIR = Path(__file__).parent / "cassettes"

# --------------------------------------------------------------------------
# Cassette replay
# --------------------------------------------------------------------------

# Keys whose values differ by nature between Google and the emulator.
ID_KEYS = {"sheetId", "protectedRangeId"}
IGNORED_KEYS = {"spreadsheetId", "spreadsheetUrl"}
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]+$")

# Requests the emulator deliberately does not serve; each skipped request is
# counted under its reason and reported.
UNSERVED_BATCH_KINDS = {
    "mergeCells": "merges",
    "unmergeCells": "merges",
    "addNamedRange": "named ranges",
    "updateNamedRange": "named ranges",
    "deleteNamedRange": "named ranges",
    "setBasicFilter": "filters",
    "clearBasicFilter": "filters",
    "updateDimensionProperties": "row/column sizes and hiding",
    "addDimensionGroup": "row/column groups",
    "deleteDimensionGroup": "row/column groups",
    "copyPaste": "copy/cut paste",
    "cutPaste": "copy/cut paste",
}


def skip_reason(method: str, uri: str, body: Any) -> str | None:
    """Why a recorded request is not replayed, or None when the emulator serves it."""
    parts = urlsplit(uri)
    if parts.netloc != "sheets.googleapis.com":
        return "Drive API (www.googleapis.com)"
    query = parse_qs(parts.query)
    if ":copyTo" in parts.path:
        return "sheets.copyTo"
    m = re.search(r"/values/([^:]+)", parts.path)
    if m:
        a1 = unquote(m.group(1)).rsplit("!", 1)[-1]
        if "!" in unquote(m.group(1)) and not re.fullmatch(r"[A-Za-z]{0,3}\d*(:[A-Za-z]{0,3}\d*)?", a1):
            return "named ranges"
    if re.fullmatch(r"/v4/spreadsheets/[^/:]+", parts.path):
        fields = ",".join(query.get("fields", []))
        if "namedRanges" in fields:
            return "named ranges"
        if "Metadata" in fields:
            return "row/column sizes and hiding"
    if parts.path.endswith(":batchUpdate") and "/values" not in parts.path and isinstance(body, dict):
        for req in body.get("requests", []):
            kind = next(iter(req))
            if kind in UNSERVED_BATCH_KINDS:
                return UNSERVED_BATCH_KINDS[kind]
    return None


def _remap_ids(obj: Any, id_map: dict[int, int]) -> Any:
    if isinstance(obj, dict):
        return {k: (id_map.get(v, v) if k in ID_KEYS and isinstance(v, int) else _remap_ids(v, id_map))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [_remap_ids(x, id_map) for x in obj]
    return obj


def compare_json(recorded: Any, emulated: Any, id_map: dict[int, int], path: str = "$") -> list[str]:
    """Structural comparison: same keys at every level, same values except ids/urls/emails.

    Learns recorded->emulated sheet and protected-range ids on the way.
    """
    diffs: list[str] = []
    if isinstance(recorded, dict) and isinstance(emulated, dict):
        if set(recorded) != set(emulated):
            diffs.append("%s: keys %s != %s" % (path, sorted(recorded), sorted(emulated)))
        for key in set(recorded) & set(emulated):
            sub = "%s.%s" % (path, key)
            if key in IGNORED_KEYS:
                continue
            if key in ID_KEYS and isinstance(recorded[key], int) and isinstance(emulated[key], int):
                known = id_map.setdefault(recorded[key], emulated[key])
                if known != emulated[key]:
                    diffs.append("%s: id %s maps to %s, got %s" % (sub, recorded[key], known, emulated[key]))
                continue
            diffs.extend(compare_json(recorded[key], emulated[key], id_map, sub))
        return diffs
    if isinstance(recorded, list) and isinstance(emulated, list):
        if len(recorded) != len(emulated):
            return ["%s: %d items != %d items (%s vs %s)" % (path, len(recorded), len(emulated),
                                                            json.dumps(recorded, ensure_ascii=False)[:200],
                                                            json.dumps(emulated, ensure_ascii=False)[:200])]
        for i, (a, b) in enumerate(zip(recorded, emulated)):
            diffs.extend(compare_json(a, b, id_map, "%s[%d]" % (path, i)))
        return diffs
    if isinstance(recorded, str) and isinstance(emulated, str) and _EMAIL_RE.match(recorded) and _EMAIL_RE.match(emulated):
        return []
    same = recorded == emulated and type(recorded) is not bool or recorded is emulated
    if isinstance(recorded, bool) or isinstance(emulated, bool):
        same = recorded is emulated
    if not same:
        diffs.append("%s: %r != %r" % (path, recorded, emulated))
    return diffs


class ReplayStats:
    def __init__(self) -> None:
        self.sheets_requests = 0
        self.drive_requests = 0
        self.replayed = 0
        self.matched = 0
        self.skipped: collections.Counter[str] = collections.Counter()
        self.mismatches: list[str] = []

    def add(self, other: "ReplayStats") -> None:
        self.sheets_requests += other.sheets_requests
        self.drive_requests += other.drive_requests
        self.replayed += other.replayed
        self.matched += other.matched
        self.skipped.update(other.skipped)
        self.mismatches.extend(other.mismatches)

    def summary(self, label: str) -> str:
        skipped = ", ".join("%s: %d" % kv for kv in sorted(self.skipped.items()))
        return ("%s: %d of %d Sheets requests replayed, %d matched (%.1f%%); skipped by design: %s; "
                "%d Drive API requests not replayed (file create/delete seed the emulator)") % (
            label, self.replayed, self.sheets_requests, self.matched,
            100.0 * self.matched / max(self.replayed, 1), skipped or "none", self.drive_requests)


def replay_cassette(path: Path) -> ReplayStats:
    """Replay one cassette against a fresh emulator; Drive create/delete calls seed the state."""
    stats = ReplayStats()
    interactions = json.loads(path.read_text(encoding="utf-8"))["interactions"]
    created = set()
    for it in interactions:
        parts = urlsplit(it["request"]["uri"])
        if parts.netloc == "www.googleapis.com" and it["request"]["method"] == "POST" and parts.path == "/drive/v3/files":
            created.add(json.loads(it["response"]["body"]["string"])["id"])
    # Files whose contents the cassette cannot show: replaced by a Drive upload.
    drive_altered: set[str] = set()
    with SheetsEmulator(quota_per_minute_user=None, quota_per_minute_project=None, seed=1) as emu, \
            requests.Session() as session:
        session.headers["Authorization"] = "Bearer <ACCESS_TOKEN>"
        # A 403 on an id the cassette never created: a spreadsheet that exists but is not shared.
        for it in interactions:
            m = re.match(r"https://sheets\.googleapis\.com/v4/spreadsheets/([^/:?]+)", it["request"]["uri"])
            if m and it["response"]["status"]["code"] == 403 and m.group(1) not in created:
                emu.create_spreadsheet(m.group(1), "private", unshared=True, locale="en_US", time_zone="Etc/GMT")
        id_map: dict[int, int] = {}
        for n, it in enumerate(interactions):
            req, resp = it["request"], it["response"]
            parts = urlsplit(req["uri"])
            try:
                body = json.loads(req["body"]) if req.get("body") else None
            except ValueError:  # CSV uploads to Drive
                body = req["body"]
            if parts.netloc == "www.googleapis.com":
                # Drive calls are not Sheets requests; create/delete set up the state.
                stats.drive_requests += 1
                if req["method"] == "POST" and parts.path == "/drive/v3/files" and resp["status"]["code"] == 200:
                    made = json.loads(resp["body"]["string"])
                    emu.create_spreadsheet(made["id"], made["name"], locale="en_US", time_zone="Etc/GMT")
                elif req["method"] == "DELETE" and parts.path.startswith("/drive/v3/files/"):
                    emu.delete_spreadsheet(parts.path.rsplit("/", 1)[1])
                elif req["method"] == "PUT" and "/upload/" in parts.path:
                    drive_altered.add(parts.path.rsplit("/", 1)[1])
                continue
            stats.sheets_requests += 1
            file_id = re.match(r"/v4/spreadsheets/([^/:]+)", parts.path).group(1)
            reason = skip_reason(req["method"], req["uri"], body)
            if file_id in drive_altered:
                reason = "contents replaced through Drive (import_csv)"
            elif file_id not in created and resp["status"]["code"] == 200:
                reason = "file made outside the cassette (Drive copy, pre-existing)"
            if reason:
                stats.skipped[reason] += 1
                continue
            stats.replayed += 1
            url = emu.base_url + parts.path + ("?" + parts.query if parts.query else "")
            data = json.dumps(_remap_ids(body, id_map)).encode() if body is not None else None
            headers = {"Content-Type": "application/json"} if data is not None else {}
            got = session.request(req["method"], url, data=data, headers=headers)
            expected_text = resp["body"]["string"] or ""
            expected = json.loads(expected_text) if expected_text.strip() else None
            try:
                emulated = got.json() if got.content else None
            except ValueError:
                emulated = got.text
            diffs = []
            if got.status_code != resp["status"]["code"]:
                diffs.append("status %s != %s" % (resp["status"]["code"], got.status_code))
            diffs.extend(compare_json(expected, emulated, id_map))
            if diffs:
                stats.mismatches.append("%s #%d %s %s: %s" % (path.name, n, req["method"], req["uri"][:160], "; ".join(diffs[:4])))
            else:
                stats.matched += 1
    return stats


def _cassettes() -> list[Path]:
    return sorted(CASSETTE_DIR.glob("*.json"))


# What each required behaviour is checked by (the brief's list -> cassettes).
REQUIRED_CASSETTES = {
    "values get": "SpreadsheetTest.test_values_get.json",
    "values batchGet": "SpreadsheetTest.test_values_batch_get.json",
    "worksheet batch_get": "WorksheetTest.test_batch_get.json",
    "update": "WorksheetTest.test_update_and_get.json",
    "batch_update (values)": "WorksheetTest.test_batch_update.json",
    "append_row": "WorksheetTest.test_append_row.json",
    "append_row empty value": "WorksheetTest.test_append_row_with_empty_value.json",
    "append_row table range": "WorksheetTest.test_append_row_with_empty_value_and_table_range.json",
    "get_all_values": "WorksheetTest.test_get_all_values.json",
    "get_all_records": "WorksheetTest.test_get_all_records.json",
    "get_all_records render options": "WorksheetTest.test_get_all_records_value_render_options.json",
    "update_cell unicode": "WorksheetTest.test_update_cell_unicode.json",
    "update_cell multiline": "WorksheetTest.test_update_cell_multiline.json",
    "clear": "WorksheetTest.test_clear.json",
    "batch_clear": "WorksheetTest.test_batch_clear.json",
    "sort": "WorksheetTest.test_sort.json",
    "insert_row": "WorksheetTest.test_insert_row.json",
    "freeze": "WorksheetTest.test_freeze.json",
    "add_validation": "WorksheetTest.test_add_validation.json",
    "repeatCell formats": "WorksheetTest.test_format.json",
    "autoResizeDimensions": "WorksheetTest.test_auto_resize_columns.json",
    "protected range (warning)": "WorksheetTest.test_add_protected_range_warning.json",
    "non-existing spreadsheet (404)": "ClientTest.test_access_non_existing_spreadsheet.json",
}


def test_required_cassettes_are_present() -> None:
    names = {p.name for p in _cassettes()}
    missing = {k: v for k, v in REQUIRED_CASSETTES.items() if v not in names}
    assert not missing
    assert (CASSETTE_DIR / "LICENSE").read_text(encoding="utf-8").count("Anton Burnashev") >= 1


@pytest.mark.parametrize("cassette", _cassettes(), ids=lambda p: p.stem)
def test_cassette_replays_like_google(cassette: Path) -> None:
    stats = replay_cassette(cassette)
    assert stats.replayed > 0
    assert not stats.mismatches, "\n".join(stats.mismatches[:10])


def test_cassette_coverage_figure(record_property: Any) -> None:
    total = ReplayStats()
    for cassette in _cassettes():
        total.add(replay_cassette(cassette))
    figure = total.summary("%d cassettes" % len(_cassettes()))
    print(figure)
    record_property("sheets_cassette_coverage", figure)
    assert total.sheets_requests >= 600
    # Everything the emulator claims to serve must match Google, and the
    # chosen cassettes must be almost entirely within what it serves.
    assert total.matched == total.replayed, figure
    assert total.replayed / total.sheets_requests >= 0.95, figure


def test_compare_json_catches_differences() -> None:
    id_map: dict[int, int] = {}
    assert compare_json({"a": [1, {"sheetId": 5}]}, {"a": [1, {"sheetId": 9}]}, id_map) == []
    assert id_map == {5: 9}
    assert compare_json({"a": 1}, {"a": 1, "b": 2}, {})
    assert compare_json({"values": [["1"]]}, {"values": [[1]]}, {})
    assert compare_json({"v": True}, {"v": 1}, {})
    assert compare_json([1, 2], [1], {})


# --------------------------------------------------------------------------
# Units: A1 notation, rendering, formulas
# --------------------------------------------------------------------------


def test_a1_parsing_and_title_quoting() -> None:
    assert parse_a1_box("B3")[:4] == (2, 3, 1, 2)
    assert parse_a1_box("A2:Z")[:4] == (1, None, 0, 26)
    assert parse_a1_box("A:C")[:4] == (0, None, 0, 3)
    assert parse_a1_box("2:5")[:4] == (1, 5, 0, None)
    assert parse_a1_box("A1:1")[:4] == (0, 1, 0, None)
    assert parse_a1_box("D4:A1")[:4] == (0, 4, 0, 4)
    with pytest.raises(ValueError):
        parse_a1_box("NamedRange")
    assert quote_title("Sheet1") == "Sheet1"
    assert quote_title("D3") == "'D3'"
    assert quote_title("Sổ theo dõi") == "'Sổ theo dõi'"
    assert quote_title("It's") == "'It''s'"


def test_date_patterns_and_formulas() -> None:
    serial = 46086  # 2026-03-05
    assert format_date(serial, "dd/mm/yyyy") == "05/03/2026"
    assert format_date(serial + 14.5 / 24, "dd/mm/yyyy hh:mm") == "05/03/2026 14:30"
    assert format_date(serial, "yyyy-mm-dd") == "2026-03-05"
    assert evaluate_formula("=4/2") == 2
    assert evaluate_formula("= 1 / 1024") == 0.0009765625
    assert evaluate_formula('=HYPERLINK("https://x.vn/a", "Hồ sơ")') == "Hồ sơ"
    assert evaluate_formula('="HT-"&2026') == "HT-2026"
    assert evaluate_formula("=A1+1") == "#NAME?"
    assert evaluate_formula("=1/0") == "#DIV/0!"


# --------------------------------------------------------------------------
# Over HTTP with plain requests
# --------------------------------------------------------------------------


@pytest.fixture
def emu() -> Any:
    with SheetsEmulator(seed=7) as emulator:
        emulator.create_spreadsheet("ss1", "Sổ theo dõi", sheets={
            "Sổ theo dõi": [["Mã", "Ngày nhận", "Nội dung", "Trạng thái"],
                            ["HT-2026-0001", 46086, "Đường hỏng", "Mới"]],
            "Sheet2": [],
        })
        yield emulator


class Api:
    """Tiny raw client: paths are relative to /v4/spreadsheets/ss1."""

    def __init__(self, emu: SheetsEmulator, token: str = "tok"):
        self.base = emu.base_url + "/v4/spreadsheets/"
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + token

    def __call__(self, method: str, path: str, body: Any = None, ss: str = "ss1", **params: Any) -> requests.Response:
        return self.session.request(method, self.base + ss + path, json=body, params=params or None)


def test_metadata_and_unknown_spreadsheet(emu: SheetsEmulator) -> None:
    api = Api(emu)
    meta = api("GET", "", includeGridData="false").json()
    assert meta["properties"]["title"] == "Sổ theo dõi"
    assert meta["properties"]["locale"] == "vi_VN"
    sheet = meta["sheets"][0]["properties"]
    assert sheet == {"sheetId": 0, "title": "Sổ theo dõi", "index": 0, "sheetType": "GRID",
                     "gridProperties": {"rowCount": 1000, "columnCount": 26}}
    assert api("GET", "", fields="sheets.properties.title").json() == {
        "sheets": [{"properties": {"title": "Sổ theo dõi"}}, {"properties": {"title": "Sheet2"}}]}
    missing = api("GET", "", ss="nope")
    assert missing.status_code == 404
    assert missing.json() == {"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}}


def test_values_trimming_quoting_and_render_options(emu: SheetsEmulator) -> None:
    api = Api(emu)
    api("PUT", "/values/'Sổ theo dõi'!A4", {"values": [["HT-3", "", "x", ""], [], ["", "", "", ""]]},
        valueInputOption="RAW")
    got = api("GET", "/values/'Sổ theo dõi'!A1:Z").json()
    assert got["range"] == "'Sổ theo dõi'!A1:Z1000"
    assert got["values"][2] == []  # empty middle row
    assert got["values"][3] == ["HT-3", "", "x"]  # trailing empties dropped
    assert len(got["values"]) == 4  # trailing empty rows dropped
    empty = api("GET", "/values/Sheet2").json()
    assert empty == {"range": "Sheet2!A1:Z1000", "majorDimension": "ROWS"}  # no values key
    # A number in a cell with no format renders plainly; the officer's date is a serial.
    assert api("GET", "/values/'Sổ theo dõi'!B2").json()["values"] == [["46086"]]
    cols = api("GET", "/values/'Sổ theo dõi'!A1:B2", majorDimension="COLUMNS").json()
    assert cols["values"] == [["Mã", "HT-2026-0001"], ["Ngày nhận", "46086"]]
    batch = api("GET", "/values:batchGet", ranges=["'Sổ theo dõi'!A1:A2", "Sheet2!A1"]).json()
    assert [vr["range"] for vr in batch["valueRanges"]] == ["'Sổ theo dõi'!A1:A2", "Sheet2!A1"]
    bad = api("GET", "/values/'Không có'!A1")
    assert bad.status_code == 400 and bad.json()["error"]["message"] == "Unable to parse range: 'Không có'!A1"


def test_date_number_format_on_a_column(emu: SheetsEmulator) -> None:
    api = Api(emu)
    r = api("POST", ":batchUpdate", {"requests": [
        {"repeatCell": {"range": {"sheetId": 0, "startRowIndex": 1, "startColumnIndex": 1, "endColumnIndex": 2},
                        "cell": {"userEnteredFormat": {"numberFormat": {"type": "DATE", "pattern": "dd/mm/yyyy"}}},
                        "fields": "userEnteredFormat.numberFormat"}},
        {"repeatCell": {"range": {"sheetId": 0, "startRowIndex": 1, "startColumnIndex": 4, "endColumnIndex": 5},
                        "cell": {"userEnteredFormat": {"numberFormat": {"type": "DATE_TIME", "pattern": "dd/mm/yyyy hh:mm"}}},
                        "fields": "userEnteredFormat(numberFormat)"}},
    ]})
    assert r.status_code == 200 and r.json()["replies"] == [{}, {}]
    api("PUT", "/values/'Sổ theo dõi'!E2", {"values": [[46086 + 14.5 / 24]]}, valueInputOption="RAW")
    api("PUT", "/values/'Sổ theo dõi'!B3", {"values": [["2026-03-06"]]}, valueInputOption="USER_ENTERED")
    formatted = api("GET", "/values/'Sổ theo dõi'!A2:E3").json()["values"]
    assert formatted[0][1] == "05/03/2026" and formatted[0][4] == "05/03/2026 14:30"
    assert formatted[1][1] == "06/03/2026"  # the column's format wins over the typed one
    raw = api("GET", "/values/'Sổ theo dõi'!B2:B3", valueRenderOption="UNFORMATTED_VALUE").json()["values"]
    assert raw == [[46086], [46087]]
    as_text = api("GET", "/values/'Sổ theo dõi'!B2", valueRenderOption="UNFORMATTED_VALUE",
                  dateTimeRenderOption="FORMATTED_STRING").json()["values"]
    assert as_text == [["05/03/2026"]]
    assert emu.metadata("ss1")["sheets"][0]["numberFormats"][0]["numberFormat"]["pattern"] == "dd/mm/yyyy"


def test_input_options_null_and_empty(emu: SheetsEmulator) -> None:
    api = Api(emu)
    link = '=HYPERLINK("https://hopthu.vn/ht/1","HT-1")'
    api("PUT", "/values/Sheet2!A1", {"values": [["4", "=4/2", link, "05/03/2026", "0123"]]}, valueInputOption="RAW")
    assert emu.values("ss1", "Sheet2", render="UNFORMATTED_VALUE") == [["4", "=4/2", link, "05/03/2026", "0123"]]
    api("PUT", "/values/Sheet2!A2", {"values": [["4", "=4/2", link, "05/03/2026", "0123", "2,000,000.5"]]},
        valueInputOption="USER_ENTERED")
    assert emu.values("ss1", "Sheet2", render="UNFORMATTED_VALUE")[1] == [4, 2, "HT-1", 46086, 123, "2,000,000.5"]
    assert emu.values("ss1", "Sheet2", render="FORMULA")[1][:3] == [4, "=4/2", link]
    assert emu.values("ss1", "Sheet2")[1][3] == "05/03/2026"  # vi_VN reads day first
    api("PUT", "/values/Sheet2!A3", {"values": [["1.234,5"]]}, valueInputOption="USER_ENTERED")
    assert emu.values("ss1", "Sheet2", render="UNFORMATTED_VALUE")[2] == [1234.5]
    assert emu.values("ss1", "Sheet2")[2] == ["1.234,5"]  # vi_VN separators
    # null leaves a cell alone, "" clears it.
    r = api("PUT", "/values/Sheet2!A1:C1", {"values": [[None, "", "kept?"]]}, valueInputOption="RAW").json()
    assert r["updatedRange"] == "Sheet2!A1:C1" and r["updatedCells"] == 2
    assert emu.values("ss1", "Sheet2")[0][:3] == ["4", "", "kept?"]
    missing = api("PUT", "/values/Sheet2!A1", {"values": [["x"]]})
    assert missing.status_code == 400 and "valueInputOption" in missing.json()["error"]["message"]


def test_grid_limits_update_fails_append_grows(emu: SheetsEmulator) -> None:
    api = Api(emu)
    api("POST", ":batchUpdate", {"requests": [{"updateSheetProperties": {
        "properties": {"sheetId": 0, "gridProperties": {"rowCount": 3, "columnCount": 4}},
        "fields": "gridProperties(rowCount,columnCount)"}}]})
    r = api("PUT", "/values/'Sổ theo dõi'!A4", {"values": [["x"]]}, valueInputOption="RAW")
    assert r.status_code == 400
    assert r.json()["error"] == {"code": 400, "status": "INVALID_ARGUMENT",
                                 "message": "Range ('Sổ theo dõi'!A4) exceeds grid limits. Max rows: 3, max columns: 4"}
    too_narrow = api("PUT", "/values/'Sổ theo dõi'!A1:B1", {"values": [["a", "b", "c"]]}, valueInputOption="RAW")
    assert too_narrow.status_code == 400
    rows = [["HT-2", "x", "y", "z", "extra"], ["HT-3"]]
    r = api("POST", "/values/'Sổ theo dõi'!A1:append", {"values": rows}, valueInputOption="RAW",
            insertDataOption="INSERT_ROWS").json()
    assert r["tableRange"] == "'Sổ theo dõi'!A1:D2"
    assert r["updates"]["updatedRange"] == "'Sổ theo dõi'!A3:E4"
    props = api("GET", "").json()["sheets"][0]["properties"]["gridProperties"]
    assert props == {"rowCount": 5, "columnCount": 5}


def test_batch_update_errors_are_google_shaped_and_atomic(emu: SheetsEmulator) -> None:
    api = Api(emu)
    r = api("POST", ":batchUpdate", {"requests": [{"frobnicate": {}}]})
    assert r.status_code == 400
    assert r.json()["error"]["message"] == (
        "Invalid JSON payload received. Unknown name \"frobnicate\" at 'requests[0]': Cannot find field.")
    assert r.json()["error"]["details"][0]["@type"] == "type.googleapis.com/google.rpc.BadRequest"
    r = api("POST", ":batchUpdate", {"requests": [
        {"addSheet": {"properties": {"title": "Báo cáo"}}},
        {"addSheet": {"properties": {"title": "Sheet2"}}}]})
    assert r.status_code == 400
    assert r.json()["error"]["message"] == (
        'Invalid requests[1].addSheet: A sheet with the name "Sheet2" already exists. Please enter another name.')
    assert [s["properties"]["title"] for s in api("GET", "").json()["sheets"]] == ["Sổ theo dõi", "Sheet2"]
    r = api("POST", ":batchUpdate", {"requests": [{"mergeCells": {}}]})
    assert r.status_code == 400 and "not supported by the Sheets emulator" in r.json()["error"]["message"]


def test_init_sheet_style_requests_show_in_metadata(emu: SheetsEmulator) -> None:
    api = Api(emu)
    status_rule = {"condition": {"type": "ONE_OF_LIST", "values": [{"userEnteredValue": v} for v in ("Mới", "Đã xử lý")]},
                   "strict": True, "showCustomUi": True}
    r = api("POST", ":batchUpdate", {"requests": [
        {"updateSheetProperties": {"properties": {"sheetId": 0, "gridProperties": {"frozenRowCount": 1}},
                                   "fields": "gridProperties.frozenRowCount"}},
        {"setDataValidation": {"range": {"sheetId": 0, "startRowIndex": 1, "endRowIndex": 1000,
                                         "startColumnIndex": 3, "endColumnIndex": 4}, "rule": status_rule}},
        {"addConditionalFormatRule": {"index": 0, "rule": {
            "ranges": [{"sheetId": 0, "startRowIndex": 1, "startColumnIndex": 0, "endColumnIndex": 4}],
            "booleanRule": {"condition": {"type": "CUSTOM_FORMULA", "values": [{"userEnteredValue": "=$D2=\"Mới\""}]},
                            "format": {"backgroundColor": {"red": 1, "green": 0.9, "blue": 0.8}}}}}},
        {"addProtectedRange": {"protectedRange": {"range": {"sheetId": 0, "startRowIndex": 0, "endRowIndex": 1},
                                                  "description": "Tiêu đề", "warningOnly": True}}},
        {"updateSpreadsheetProperties": {"properties": {"timeZone": "Asia/Bangkok"}, "fields": "timeZone"}},
        {"autoResizeDimensions": {"dimensions": {"sheetId": 0, "dimension": "COLUMNS", "startIndex": 0, "endIndex": 4}}},
    ]})
    assert r.status_code == 200, r.text
    pr_reply = r.json()["replies"][3]["addProtectedRange"]["protectedRange"]
    assert pr_reply["warningOnly"] is True and pr_reply["description"] == "Tiêu đề"
    meta = emu.metadata("ss1")
    sheet = meta["sheets"][0]
    assert sheet["properties"]["gridProperties"]["frozenRowCount"] == 1
    assert meta["properties"]["timeZone"] == "Asia/Bangkok"
    assert sheet["dataValidations"] == [{"range": {"sheetId": 0, "startRowIndex": 1, "endRowIndex": 1000,
                                                   "startColumnIndex": 3, "endColumnIndex": 4}, "rule": status_rule}]
    assert sheet["conditionalFormats"][0]["booleanRule"]["format"]["backgroundColor"] == {
        "red": 1, "green": 0.8980392, "blue": 0.8}  # 8 bits per channel, truncated (0.9 -> 229/255)
    assert sheet["protectedRanges"][0]["editors"] == {"users": [emu.owner_email]}
    # Inserting a row below the header moves the rules with it.
    emu.insert_row("ss1", "Sổ theo dõi", 2, ["HT-0", 46085, "Mới nhất", "Mới"])
    sheet = emu.metadata("ss1")["sheets"][0]
    assert sheet["conditionalFormats"][0]["ranges"][0]["startRowIndex"] == 2
    assert sheet["protectedRanges"][0]["range"] == {"startRowIndex": 0, "endRowIndex": 1}
    # A new row takes the format and validation of the row above it (here the header: none).
    assert emu.get_cell("ss1", "Sổ theo dõi", "D2")["validation"] is None
    emu.insert_row("ss1", "Sổ theo dõi", 4, ["HT-9"])
    assert emu.get_cell("ss1", "Sổ theo dõi", "D4")["validation"] == status_rule
    assert api("GET", "").json()["sheets"][0]["protectedRanges"][0]["protectedRangeId"] == pr_reply["protectedRangeId"]


def test_sort_insert_delete_dimensions(emu: SheetsEmulator) -> None:
    api = Api(emu)
    emu.set_values("ss1", "Sheet2", "A1", [["Mã", "Số"], ["b", 3], ["A", 10], ["", 1], ["c", 2]], user_entered=False)
    r = api("POST", ":batchUpdate", {"requests": [{"sortRange": {
        "range": {"sheetId": emu.metadata("ss1")["sheets"][1]["properties"]["sheetId"], "startRowIndex": 1},
        "sortSpecs": [{"dimensionIndex": 0, "sortOrder": "DESCENDING"}]}}]})
    assert r.status_code == 200
    assert [row[0] if row else "" for row in emu.values("ss1", "Sheet2")] == ["Mã", "c", "b", "A", ""]
    emu.sort("ss1", "Sheet2", 2)
    assert [row[1] for row in emu.values("ss1", "Sheet2")] == ["Số", "1", "2", "3", "10"]
    emu.sort("ss1", "Sheet2", "B", descending=True)
    assert [row[1] for row in emu.values("ss1", "Sheet2")] == ["Số", "10", "3", "2", "1"]
    emu.delete_row("ss1", "Sheet2", 2)
    assert emu.values("ss1", "Sheet2")[1] == ["b", "3"]
    sheet2 = emu.metadata("ss1")["sheets"][1]["properties"]
    assert sheet2["gridProperties"]["rowCount"] == 999
    r = api("POST", ":batchUpdate", {"requests": [
        {"appendDimension": {"sheetId": sheet2["sheetId"], "dimension": "ROWS", "length": 11}},
        {"insertDimension": {"range": {"sheetId": sheet2["sheetId"], "dimension": "COLUMNS", "startIndex": 0,
                                       "endIndex": 1}}},
        {"deleteDimension": {"range": {"sheetId": sheet2["sheetId"], "dimension": "ROWS", "startIndex": 2,
                                       "endIndex": 3}}}]})
    assert r.status_code == 200
    assert emu.values("ss1", "Sheet2")[:2] == [["", "Mã", "Số"], ["", "b", "3"]]
    assert emu.metadata("ss1")["sheets"][1]["properties"]["gridProperties"] == {"rowCount": 1009, "columnCount": 27}


# --------------------------------------------------------------------------
# Auth, permissions, quotas, faults, log
# --------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_quota_per_user_and_per_project() -> None:
    clock = FakeClock()
    with SheetsEmulator(clock=clock, quota_per_minute_user=60, quota_per_minute_project=300) as emu:
        emu.create_spreadsheet("ss1", "T")
        alice = Api(emu, "alice")
        for _ in range(60):
            assert alice("GET", "/values/Sheet1!A1").status_code == 200
        over = alice("GET", "/values/Sheet1!A1")
        assert over.status_code == 429
        err = over.json()["error"]
        assert err["status"] == "RESOURCE_EXHAUSTED"
        assert "Read requests per minute per user" in err["message"]
        assert err["details"][0]["reason"] == "RATE_LIMIT_EXCEEDED"
        # Writes have their own bucket, as at Google.
        assert alice("PUT", "/values/Sheet1!A1", {"values": [["x"]]}, valueInputOption="RAW").status_code == 200
        clock.now += 30
        assert alice("GET", "/values/Sheet1!A1").status_code == 429
        clock.now += 31  # the first requests leave the one-minute window
        assert alice("GET", "/values/Sheet1!A1").status_code == 200
        # Project-wide read limit: 300 in a minute over all users.
        clock.now += 120
        codes = [Api(emu, "user%d" % (i % 10))("GET", "/values/Sheet1!A1").status_code for i in range(301)]
        assert codes.count(200) == 300 and codes[-1] == 429
        assert "per minute'" in Api(emu, "zed")("GET", "/values/Sheet1!A1").json()["error"]["message"]
        assert emu.quota_rejections == 4


def test_unshared_and_service_disabled_and_auth(emu: SheetsEmulator) -> None:
    import gspread

    emu.create_spreadsheet("private", "Riêng", unshared=True)
    gc = emu.gspread_client()
    with pytest.raises(PermissionError) as info:
        gc.open_by_key("private")
    cause = info.value.__cause__
    assert cause.response.json() == {"error": {"code": 403, "message": "The caller does not have permission",
                                               "status": "PERMISSION_DENIED"}}
    with pytest.raises(gspread.SpreadsheetNotFound):
        gc.open_by_key("nope")
    emu.service_disabled = True
    with pytest.raises(PermissionError) as info:
        gc.open_by_key("ss1")
    err = info.value.__cause__.response.json()["error"]
    assert err["code"] == 403 and err["message"].startswith("Google Sheets API has not been used in project")
    assert err["details"][0]["reason"] == "SERVICE_DISABLED"
    emu.service_disabled = False
    no_auth = requests.get(emu.base_url + "/v4/spreadsheets/ss1")
    assert no_auth.status_code == 401 and no_auth.json()["error"]["status"] == "UNAUTHENTICATED"


def test_service_account_token_flow_and_user_quota_key() -> None:
    import functools

    import gspread

    from sheets_emulator import RewritingHTTPClient

    with SheetsEmulator(quota_per_minute_user=4) as emu:
        emu.create_spreadsheet("ss1", "T")
        emu.valid_tokens = set()  # only tokens issued by /token are accepted
        info = emu.service_account_info("bot@ward.iam.gserviceaccount.com")
        gc = gspread.service_account_from_dict(
            info, http_client=functools.partial(RewritingHTTPClient, api_base=emu.base_url))
        ws = gc.open_by_key("ss1").sheet1  # two metadata reads
        assert emu.token_requests == 1
        ws.get_all_values()
        ws.get_all_values()
        with pytest.raises(gspread.exceptions.APIError) as exc:
            ws.get_all_values()  # 4 reads by this service account already
        assert exc.value.code == 429
        # The quota is per user: another caller still gets through.
        assert Api(emu, next(iter(emu.valid_tokens)))("GET", "", ss="ss1").status_code == 429
        other = gspread.service_account_from_dict(
            emu.service_account_info("other@ward.iam.gserviceaccount.com"),
            http_client=functools.partial(RewritingHTTPClient, api_base=emu.base_url))
        assert other.open_by_key("ss1").title == "T"
        assert emu.token_requests == 2


def test_fault_injection_and_request_log(emu: SheetsEmulator) -> None:
    api = Api(emu)
    emu.reset_counts()
    emu.inject(status=503, count=2, method="GET", path_contains="/values/")
    assert api("PUT", "/values/Sheet2!A1", {"values": [["a"]]}, valueInputOption="RAW").status_code == 200
    assert api("GET", "/values/Sheet2!A1").status_code == 503
    assert api("GET", "/values/Sheet2!A1").json()["error"]["status"] == "UNAVAILABLE"
    assert api("GET", "/values/Sheet2!A1").status_code == 200
    emu.inject(status=502)
    bad_gateway = api("GET", "")
    assert bad_gateway.status_code == 502 and bad_gateway.headers["Content-Type"].startswith("text/html")
    emu.inject(status=500, path_contains=":append", applied=True)
    r = api("POST", "/values/Sheet2!A1:append", {"values": [["b"]]}, valueInputOption="RAW")
    assert r.status_code == 500 and emu.values("ss1", "Sheet2") == [["a"], ["b"]]  # applied anyway
    emu.inject(drop=True)
    with pytest.raises(requests.ConnectionError):
        api("GET", "")
    assert emu.request_count == 7
    method, path, query, body = emu.requests[0]
    assert (method, path, query, body) == ("PUT", "/v4/spreadsheets/ss1/values/Sheet2!A1",
                                           {"valueInputOption": "RAW"}, {"values": [["a"]]})
    emu.reset_counts()
    assert emu.request_count == 0 and emu.requests == []


# --------------------------------------------------------------------------
# Real gspread over HTTP
# --------------------------------------------------------------------------


def test_gspread_end_to_end(emu: SheetsEmulator) -> None:
    import gspread

    gc = emu.gspread_client()
    sh = gc.open_by_key("ss1")
    assert sh.title == "Sổ theo dõi"
    ws = sh.worksheet("Sổ theo dõi")
    assert ws.get_all_values()[1][0] == "HT-2026-0001"
    with pytest.raises(gspread.WorksheetNotFound):
        sh.worksheet("Không có")
    link = '=HYPERLINK("https://hopthu.vn/c/HT-2026-0002","Mở")'
    res = ws.append_rows([["HT-2026-0002", "2026-03-06", link, "Mới"], ["HT-2026-0003", "", "=1+1", "Mới"]],
                         value_input_option="RAW", insert_data_option="INSERT_ROWS", table_range="A1")
    assert res["tableRange"] == "'Sổ theo dõi'!A1:D2"
    assert res["updates"]["updatedRange"] == "'Sổ theo dõi'!A3:D4"
    rows = ws.get_all_values()
    assert rows[2] == ["HT-2026-0002", "2026-03-06", link, "Mới"]  # RAW: text stays text
    assert rows[3] == ["HT-2026-0003", "", "=1+1", "Mới"]
    ws.update(values=[[None, None, None, "Đã xử lý"]], range_name="A3:D3")
    assert ws.row_values(3) == ["HT-2026-0002", "2026-03-06", link, "Đã xử lý"]
    ranges = ws.batch_get(["A1:A", "D2:D4"])
    assert ranges[0] == [["Mã"], ["HT-2026-0001"], ["HT-2026-0002"], ["HT-2026-0003"]]
    assert ranges[1] == [["Mới"], ["Đã xử lý"], ["Mới"]]
    records = ws.get_all_records()
    assert records[0]["Mã"] == "HT-2026-0001" and records[0]["Ngày nhận"] == 46086
    ws.freeze(rows=1)
    ws.sort((1, "des"), range="A2:D4")
    assert ws.col_values(1) == ["Mã", "HT-2026-0003", "HT-2026-0002", "HT-2026-0001"]
    ws.insert_row(["HT-X"], index=2)
    ws.delete_rows(2)
    assert ws.col_values(1)[1] == "HT-2026-0003"
    assert ws.spreadsheet.fetch_sheet_metadata()["sheets"][0]["properties"]["gridProperties"]["frozenRowCount"] == 1
    with pytest.raises(gspread.exceptions.APIError) as exc:
        ws.update(values=[["x"]], range_name="A5000")
    assert "exceeds grid limits" in str(exc.value)


def test_officer_plays_between_cycles(emu: SheetsEmulator) -> None:
    gc = emu.gspread_client()
    ws = gc.open_by_key("ss1").worksheet("Sổ theo dõi")
    ws.append_rows([["HT-2026-0002", 46087, "Cây đổ", "Mới"], ["HT-2026-0003", 46088, "Ồn", "Mới"]],
                   table_range="A1")
    # The officer sorts by date, newest first, writes a status, inserts and deletes rows.
    emu.sort("ss1", "Sổ theo dõi", 2, descending=True)
    emu.set_cell("ss1", "Sổ theo dõi", "D2", "Đang xử lý")
    emu.insert_row("ss1", "Sổ theo dõi", 2, ["", "", "ghi chú của cán bộ"])
    emu.delete_row("ss1", "Sổ theo dõi", 4)
    assert emu.values("ss1", "Sổ theo dõi") == [
        ["Mã", "Ngày nhận", "Nội dung", "Trạng thái"],
        ["", "", "ghi chú của cán bộ"],
        ["HT-2026-0003", "46088", "Ồn", "Đang xử lý"],
        ["HT-2026-0001", "46086", "Đường hỏng", "Mới"],
    ]
    # The daemon sees the officer's changes on its next read.
    codes = {row[0]: i + 1 for i, row in enumerate(ws.get_all_values()) if row and row[0]}
    assert codes == {"Mã": 1, "HT-2026-0003": 3, "HT-2026-0001": 4}
    emu.set_cell("ss1", "Sổ theo dõi", "B2", "06/03/2026")
    assert emu.get_cell("ss1", "Sổ theo dõi", "B2")["value"] == 46087
    emu.set_cell("ss1", "Sổ theo dõi", "E2", dt.date(2026, 3, 5))
    assert emu.values("ss1", "Sổ theo dõi")[1][4] == "05/03/2026"


def test_keep_alive_requests_are_fast(emu: SheetsEmulator) -> None:
    import time

    api = Api(emu)
    api("GET", "/values/Sheet2!A1")
    start = time.perf_counter()
    for _ in range(30):
        api("GET", "/values/Sheet2!A1")
    per_request = (time.perf_counter() - start) / 30
    assert per_request < 0.03  # Nagle off: ~1 ms; with Nagle on, ~40 ms


sheets_emu = make_emulator_fixture(quota_per_minute_user=2, quota_split_read_write=False)


def test_fixture_factory_and_single_quota_bucket(sheets_emu: SheetsEmulator) -> None:
    sheets_emu.create_spreadsheet("f", "F")
    api = Api(sheets_emu)
    assert api("GET", "", ss="f").status_code == 200
    assert api("PUT", "/values/Sheet1!A1", {"values": [["x"]]}, ss="f", valueInputOption="RAW").status_code == 200
    assert api("GET", "", ss="f").status_code == 429  # reads and writes share one bucket here
    sheets_emu.unshared.add("f")
    sheets_emu.reset_quotas()
    assert api("GET", "", ss="f").status_code == 403
    sheets_emu.share("f")
    assert api("GET", "", ss="f").status_code == 200
    with pytest.raises(ValueError):
        sheets_emu.sort("f", "Sheet1", 0)


def test_drive_files_get_answers_like_the_recorded_one_and_moves_on_every_change(emu: SheetsEmulator) -> None:
    """Drive v3 files.get (fields id,name,createdTime,modifiedTime), as gspread's get_file_drive_metadata sends
    it in ClientTest.test_openall (tests/cassettes/drive/: kept apart, the replay above is Sheets only)."""
    recorded = json.loads((CASSETTE_DIR / "drive" / "ClientTest.test_openall.json").read_text(encoding="utf-8"))
    inter = next(i for i in recorded["interactions"] if "/drive/v3/files/" in i["request"]["uri"])
    google = json.loads(inter["response"]["body"]["string"])
    query = inter["request"]["uri"].split("?", 1)[1]
    emu.create_spreadsheet("drv", "Sổ theo dõi", sheets={"Trang tính1": [["a"]]})
    gc = emu.gspread_client()
    url = f"{emu.base_url}/drive/v3/files/drv?{query}"
    first = gc.http_client.session.get(url, headers={"Authorization": "Bearer t"}).json()
    assert set(first) == set(google)
    stamp = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
    assert stamp.match(google["modifiedTime"]) and stamp.match(first["modifiedTime"])
    assert first["createdTime"] <= first["modifiedTime"] and first["name"] == "Sổ theo dõi"
    times = [first["modifiedTime"]]
    for change in (lambda: emu.set_cell("drv", "Trang tính1", "B2", "x"),
                   lambda: emu.sort("drv", "Trang tính1", "A"),
                   lambda: gc.open_by_key("drv").sheet1.update(values=[["y"]], range_name="C3")):
        change()
        times.append(gc.http_client.session.get(url, headers={"Authorization": "Bearer t"}).json()["modifiedTime"])
    assert times == sorted(times) and len(set(times)) == len(times)
    gc.open_by_key("drv").sheet1.get_all_values()  # a read changes nothing
    assert gc.http_client.session.get(url, headers={"Authorization": "Bearer t"}).json()["modifiedTime"] == times[-1]
    emu.drive_disabled = True
    answer = gc.http_client.session.get(url, headers={"Authorization": "Bearer t"})
    assert answer.status_code == 403 and "Google Drive API has not been used" in answer.json()["error"]["message"]
