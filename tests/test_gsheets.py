"""Google Sheets: the Form's response sheet as intake and the shared case register, through real gspread
over HTTP (gspread → hopthu.google.http → the Sheets-v4 emulator on 127.0.0.1).

The first half runs the register/form behaviour against BOTH implementations of the same interfaces
(`ward` is parametrised: the embedded XLSX register + CSV form, and the Google sheets); officers are
played with openpyxl/CSV edits or with the emulator's helpers (sort, insert_row, set_cell). The second
half is Google-only: request counts, 429 bursts, uncertain appends, payload splitting, date cells,
set-up, coalescing, the contacts sheet and the errors an officer can act on.

Time is fake where Google's quotas and backoff are concerned: the client's sleep and clock and the
emulator's quota clock are one FakeTime, so backoff and rate limiting cost nothing.
"""

from __future__ import annotations

import csv
import email
import json
import re
import shutil
from datetime import datetime
from email import policy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from hopthu.cli import main
from hopthu.config import load_config
from hopthu.core.model import Status
from hopthu.google.auth import GoogleError, client_for
from hopthu.pipeline.cycle import run_cycle
from hopthu.register.columns import COLUMNS, canonical
from hopthu.register.contacts import CONTACTS_TAB
from hopthu.register.gsheet import SheetRegister
from hopthu.wiring import build_app, build_register, build_sources

from sheets_emulator import SheetsEmulator, col_to_letters
from ward import EXAMPLES, TZ, FakeTime, make_ward

FORM_ID = "1FormResponsesPhuongLuuKiem"
FORM_TAB = "Câu trả lời biểu mẫu 1"
REG_ID = "1SoTheoDoiPhuongLuuKiem"
REG_TAB = "Sổ theo dõi"
CONTACTS_ID = "1LienHeNguoiGuiThuongTruc"
SA_EMAIL = "hopthu-bot@mttq-luukiem.iam.gserviceaccount.com"
BY_HEADER = {c.header: c for c in COLUMNS}
SECRETS = ("@gmail.example", "@yahoo.example", "0912 345 678", "0915 224 466", "001085012345")


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime(50_000.0)


@pytest.fixture
def emu(fake):
    with SheetsEmulator(clock=fake.clock, seed=7) as emulator:
        yield emulator


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def seed_sheets(emu: SheetsEmulator) -> None:
    """The Form's linked response sheet (timestamps are dates, as Forms writes them) and an empty register."""
    rows = read_csv(EXAMPLES / "form-responses.csv")
    emu.create_spreadsheet(FORM_ID, "Hòm thư số (câu trả lời)", sheets={FORM_TAB: rows})
    emu.set_values(FORM_ID, FORM_TAB, "A2", [[r[0]] for r in rows[1:]], user_entered=True)
    emu.create_spreadsheet(REG_ID, "Sổ theo dõi Hòm thư số", sheets={"Trang tính1": []})


def google_yaml(emu: SheetsEmulator, *, write_every: int = 0, contacts: str = "", register_id: str = REG_ID,
                form_id: str = FORM_ID) -> str:
    return f"""form:
  backend: sheet
  sheet_id: "{form_id}"
  worksheet: "{FORM_TAB}"
register:
  backend: sheet
  sheet_id: "{register_id}"
  sheet: "{REG_TAB}"
  contacts_sheet_id: "{contacts}"
  write_every_seconds: {write_every}
google:
  api_base: "{emu.base_url}"
  requests_per_minute: 300
"""


def make_google_ward(base: Path, emu: SheetsEmulator, *, key: Any = "valid", **options: Any) -> Path:
    """The sample ward with the Form and the register on Google (emulated); the key path goes in .env."""
    cfg = make_ward(base)
    text = cfg.read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^form:\n.*?^(?=outbox:)", lambda m: google_yaml(emu, **options), text, count=1)
    assert "backend: sheet" in text
    cfg.write_text(text, encoding="utf-8")
    if key == "valid":
        (base / "key.json").write_text(json.dumps(emu.service_account_info(SA_EMAIL)), encoding="utf-8")
        key = "key.json"
    (base / ".env").write_text(f"HOPTHU_GOOGLE_KEY_FILE={key}\n", encoding="utf-8")
    (base / ".env").chmod(0o600)  # as the README says: `hopthu check` refuses secrets every user can read
    return cfg


def outbox(app) -> list[email.message.EmailMessage]:
    folder = app.config.resolve(app.settings.outbox.path)
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in sorted(folder.glob("*.eml"))]


def drop_eml(app, source: Path, name: str) -> None:
    shutil.copy(source, app.config.resolve(app.settings.inbox.path) / "new" / name)


# -- the two wards -------------------------------------------------------------------


def empty_mailbox(base: Path) -> None:
    """The Form only: most tests need no email parsing (the sample mails cost seconds per cycle)."""
    for p in (base / "data" / "inbox" / "new").iterdir():
        p.unlink()


class XlsxWard:
    """The embedded default: CSV export of the Form, XLSX register; the officer edits files."""

    kind = "xlsx"

    def __init__(self, base: Path, clock, *, mail: bool = True):
        self.cfg = make_ward(base)
        if not mail:
            empty_mailbox(base)
        self.config = load_config(self.cfg)
        self.app = build_app(self.config, clock=clock)
        self.form_path = base / "data" / "form-responses.csv"
        self.after_safety_net = lambda: None  # the export file is read whole every cycle
        self.reg_path = self.config.resolve(self.config.settings.register.path)

    # the Form
    def form_table(self) -> list[list[str]]:
        return read_csv(self.form_path)

    def _write_form(self, rows) -> None:
        with open(self.form_path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows)

    def add_form_rows(self, rows) -> None:
        self._write_form(self.form_table() + rows)

    def sort_form_desc(self) -> None:
        table = self.form_table()
        key = lambda r: datetime.strptime(r[0], "%d/%m/%Y %H:%M:%S")  # noqa: E731
        self._write_form([table[0]] + sorted(table[1:], key=key, reverse=True))

    def edit_form(self, timestamp: str, header: str, value: str) -> None:
        table = self.form_table()
        col = table[0].index(header)
        next(r for r in table if r[0] == timestamp)[col] = value
        self._write_form(table)

    def rename_questions(self, names: dict[str, str]) -> None:
        table = self.form_table()
        self._write_form([[names.get(h, h) for h in table[0]], *table[1:]])

    # the register
    def _book(self):
        wb = load_workbook(self.reg_path)
        return wb, wb[self.config.settings.register.sheet]

    def rows(self) -> list[dict[str, str]]:
        wb, ws = self._book()
        values = list(ws.iter_rows(values_only=True))
        header = list(values[0])
        out = []
        for row in values[1:]:
            if any(v not in (None, "") for v in row):
                out.append({h: canonical(v, BY_HEADER[h].kind if h in BY_HEADER else "text") for h, v in zip(header, row)})
        return out

    def officer_set(self, edits: dict[tuple[str, str], Any]) -> None:
        wb, ws = self._book()
        header = [c.value for c in ws[1]]
        for (code, head), value in edits.items():
            r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == code)
            ws.cell(r, header.index(head) + 1).value = value
        wb.save(self.reg_path)

    def sort_register(self, head: str, descending: bool) -> None:
        wb, ws = self._book()
        header = [c.value for c in ws[1]]
        data = [[c.value for c in row] for row in ws.iter_rows(min_row=2) if any(c.value is not None for c in row)]
        col = header.index(head)
        filled = sorted((r for r in data if r[col] is not None), key=lambda r: r[col], reverse=descending)
        data = filled + [r for r in data if r[col] is None]
        ws.delete_rows(2, ws.max_row)
        for i, values in enumerate(data):
            for j, v in enumerate(values):
                ws.cell(i + 2, j + 1).value = v
        wb.save(self.reg_path)

    def insert_empty_row(self, at: int) -> None:
        wb, ws = self._book()
        ws.insert_rows(at)
        wb.save(self.reg_path)

    def officer_new_row(self, values: dict[str, str]) -> None:
        wb, ws = self._book()
        header = [c.value for c in ws[1]]
        r = ws.max_row + 1
        for head, value in values.items():
            ws.cell(r, header.index(head) + 1).value = value
        wb.save(self.reg_path)

    def summary_is_text(self, code: str) -> bool:
        wb, ws = self._book()
        header = [c.value for c in ws[1]]
        r = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == code)
        cell = ws.cell(r, header.index("Nội dung (đã ẩn thông tin cá nhân)") + 1)
        return cell.data_type == "s" and str(cell.value).startswith("=")


class SheetWard:
    """The Google backends: the emulated response sheet and register; the officer edits through the emulator."""

    kind = "sheet"

    def __init__(self, base: Path, emu: SheetsEmulator, fake: FakeTime, clock, *, mail: bool = True, **options: Any):
        self.emu = emu
        seed_sheets(emu)
        self.cfg = make_google_ward(base, emu, **options)
        if not mail:
            empty_mailbox(base)
        self.config = load_config(self.cfg)
        self.gc = client_for(self.config, sleep=fake.sleep, clock=fake.clock, random_fn=lambda: 0.5)
        self.app = build_app(self.config, clock=clock, register=build_register(self.config, self.gc),
                             sources=build_sources(self.config, google=self.gc))
        self.fake = fake
        self.form_source.clock = fake.clock

    @property
    def form_source(self) -> Any:
        return next(s for s in self.app.sources if s.name == "form-sheet")

    def after_safety_net(self) -> None:
        """Time passes until the Form's whole tab is read again (form.full_read_minutes)."""
        self.fake.now += self.form_source.full_read_seconds

    # the Form
    def form_table(self) -> list[list[str]]:
        return self.emu.values(FORM_ID, FORM_TAB)

    def add_form_rows(self, rows) -> None:
        n = len(self.form_table()) + 1
        self.emu.set_values(FORM_ID, FORM_TAB, f"A{n}", rows, user_entered=False)  # answers stay as typed
        self.emu.set_values(FORM_ID, FORM_TAB, f"A{n}", [[r[0]] for r in rows], user_entered=True)

    def sort_form_desc(self) -> None:
        self.emu.sort(FORM_ID, FORM_TAB, "A", descending=True)

    def edit_form(self, timestamp: str, header: str, value: str) -> None:
        table = self.form_table()
        r = next(i for i, row in enumerate(table) if row and row[0] == timestamp) + 1
        self.emu.set_cell(FORM_ID, FORM_TAB, f"{col_to_letters(table[0].index(header))}{r}", value, user_entered=False)

    def rename_questions(self, names: dict[str, str]) -> None:
        for i, header in enumerate(self.form_table()[0]):
            if header in names:
                self.emu.set_cell(FORM_ID, FORM_TAB, f"{col_to_letters(i)}1", names[header], user_entered=False)

    # the register
    def values(self) -> list[list[Any]]:
        return self.emu.values(REG_ID, REG_TAB)

    def rows(self) -> list[dict[str, str]]:
        values = self.values()
        header = values[0]
        return [{h: (row[i] if i < len(row) else "") for i, h in enumerate(header)} for row in values[1:] if row]

    def letter(self, head: str) -> str:
        return col_to_letters(self.values()[0].index(head))

    def row_of(self, code: str) -> int:
        return next(i for i, row in enumerate(self.values()) if row and row[0] == code) + 1

    def officer_set(self, edits: dict[tuple[str, str], Any]) -> None:
        values = self.values()
        rows = {row[0]: i + 1 for i, row in enumerate(values) if row}
        for (code, head), value in edits.items():
            self.emu.set_cell(REG_ID, REG_TAB, f"{col_to_letters(values[0].index(head))}{rows[code]}", value)

    def sort_register(self, head: str, descending: bool) -> None:
        self.emu.sort(REG_ID, REG_TAB, self.letter(head), descending=descending)

    def insert_empty_row(self, at: int) -> None:
        self.emu.insert_row(REG_ID, REG_TAB, at)

    def officer_new_row(self, values: dict[str, str]) -> None:
        table = self.values()
        n = len(table) + 1
        for head, value in values.items():
            self.emu.set_cell(REG_ID, REG_TAB, f"{col_to_letters(table[0].index(head))}{n}", value)

    def cell(self, code: str, head: str) -> dict:
        return self.emu.get_cell(REG_ID, REG_TAB, f"{self.letter(head)}{self.row_of(code)}")

    def summary_is_text(self, code: str) -> bool:
        cell = self.cell(code, "Nội dung (đã ẩn thông tin cá nhân)")
        return cell["formula"] is None and isinstance(cell["value"], str) and cell["value"].startswith("=")


WITH_MAIL = {"test_the_register_holds_no_contact_data"}  # the sample mailbox too, not only the Form


@pytest.fixture(params=["xlsx", "sheet"])
def ward(request, tmp_path, clock, fake):
    mail = request.node.originalname in WITH_MAIL
    if request.param == "xlsx":
        w = XlsxWard(tmp_path, clock, mail=mail)
    else:
        w = SheetWard(tmp_path, request.getfixturevalue("emu"), fake, clock, mail=mail)
    yield w
    w.app.close()


@pytest.fixture
def gward(tmp_path, emu, fake, clock):
    w = SheetWard(tmp_path, emu, fake, clock, mail=False)
    yield w
    w.app.close()


def cycle(w) -> Any:
    summary = run_cycle(w.app)
    assert not summary.errors, summary.errors
    return summary


def codes(w) -> list[str]:
    return [r["Mã hồ sơ"] for r in w.rows() if r.get("Mã hồ sơ")]


# == both backends: the Form ===========================================================


def test_form_rows_become_cases_once_even_after_the_responses_are_sorted(ward):
    cycle(ward)
    cases = ward.app.journal.cases()
    form_rows = len(ward.form_table()) - 1
    assert len(ward.app.journal.known_sources("form:")) == form_rows
    assert sorted(codes(ward)) == [c.code for c in cases]
    assert sum(1 for r in ward.rows() if r["Kênh tiếp nhận"] == "Mã QR (Google Form)") == \
        sum(1 for c in cases if c.channel.value == "form")

    ward.sort_form_desc()  # an officer sorts the response sheet, newest first
    again = cycle(ward)
    assert again.new_cases == [] and again.linked == 0
    assert sorted(codes(ward)) == [c.code for c in cases]

    ward.add_form_rows([["23/11/2026 10:00:00", "TDP số 9", "Khác", "Cống ngõ 9 tắc, nước tràn vào nhà", "", "", ""]])
    third = cycle(ward)
    assert len(third.new_cases) == 1
    new = next(r for r in ward.rows() if r["Mã hồ sơ"] == third.new_cases[0].code)
    assert new["Kênh tiếp nhận"] == "Mã QR (Google Form)" and new["Tổ dân phố"] == "TDP số 9"
    assert new["Ngày tiếp nhận"] == "23/11/2026 10:00"
    assert len(codes(ward)) == len(set(codes(ward))) == len(cases) + 1


def test_an_edited_response_goes_to_the_case_history_at_the_latest_at_the_next_full_read(ward):
    cycle(ward)
    table = ward.form_table()
    ts = table[1][0]
    ward.edit_form(ts, "Nội dung góp ý, phản ánh", table[1][3] + " Bổ sung: nước đã tràn vào nhà dân.")
    ward.after_safety_net()  # an answer edited in place far up the sheet: the whole tab is read again by then
    summary = cycle(ward)
    assert summary.new_cases == [] and summary.linked == 1
    case = next(c for c in ward.app.journal.cases() if c.source_id.startswith(f"form:{ts}|"))
    assert any("sửa câu trả lời" in h for h in case.history)
    row = next(r for r in ward.rows() if r["Mã hồ sơ"] == case.code)
    assert "nước đã tràn vào nhà dân" in row["Diễn biến"]


SAMPLE_CONTACT_Q = "Thông tin liên hệ (email hoặc số điện thoại, không bắt buộc)"


def test_a_form_worded_its_own_way_is_read_by_meaning_and_checked(ward):
    # The Form: the contact and category questions worded otherwise than the defaults.
    ward.rename_questions({SAMPLE_CONTACT_Q: "Số điện thoại hoặc email để nhận phản hồi", "Lĩnh vực góp ý": "Lĩnh vực"})
    source = "nguồn " + ("form-file" if ward.kind == "xlsx" else "form-sheet")
    check = CliRunner().invoke(main, ["--config", str(ward.cfg), "check"], catch_exceptions=False)
    assert passed(check.output, source), check.output
    assert "thông tin liên hệ ← «Số điện thoại hoặc email để nhận phản hồi»" in check.output
    cycle(ward)
    first = ward.form_table()[1]
    sid = next(iter(ward.app.journal.known_sources(f"form:{first[0]}|")))
    assert ward.app.journal.intake(sid).payload["row"]["category"] == first[2]
    case = next(c for c in ward.app.journal.cases() if c.source_id == sid)
    assert ward.app.journal.contact(case.code).phone  # the Form's contact was recorded
    # A question nobody can recognise: `check` fails, in Vietnamese, naming the headers it saw.
    ward.rename_questions({"Số điện thoại hoặc email để nhận phản hồi": "Câu hỏi 7"})
    check = CliRunner().invoke(main, ["--config", str(ward.cfg), "check"], catch_exceptions=False)
    assert check.exit_code == 1 and not passed(check.output, source)
    assert "không tìm thấy câu hỏi «thông tin liên hệ»" in check.output and "«Câu hỏi 7»" in check.output
    # Two questions that both answer it: they compete, and `check` names both.
    ward.rename_questions({"Câu hỏi 7": "Email", "Họ và tên (không bắt buộc)": "Số điện thoại"})
    check = CliRunner().invoke(main, ["--config", str(ward.cfg), "check"], catch_exceptions=False)
    assert check.exit_code == 1 and "nhiều cột cùng khớp («Số điện thoại», «Email»)" in check.output


# == both backends: the register ========================================================


def test_sorting_by_deadline_and_inserting_a_row_never_misplaces_an_update(ward):
    cycle(ward)
    cases = ward.app.journal.cases()
    notes = {c.code: f"ghi chú của cán bộ cho {c.code}" for c in cases}
    ward.officer_set({(code, "Ghi chú"): text for code, text in notes.items()})
    ward.sort_register("Hạn trả lời", descending=True)
    ward.insert_empty_row(5)
    target = next(c for c in cases if not c.complex and c.agency and c.has_deadline and c.status == Status.ROUTED)
    ward.officer_set({(target.code, "Mức độ"): "Phức tạp"})
    summary = cycle(ward)
    assert summary.officer_edits == len(cases) + 1 and summary.new_cases == []  # every note, and the level
    rows = ward.rows()
    assert sorted(r["Mã hồ sơ"] for r in rows if r["Mã hồ sơ"]) == [c.code for c in cases]
    assert all(r["Ghi chú"] == notes[r["Mã hồ sơ"]] for r in rows if r["Mã hồ sơ"])  # no officer cell changed
    updated = ward.app.journal.case(target.code)
    assert updated.complex and updated.deadline > target.deadline
    for r in rows:
        if r["Mã hồ sơ"]:
            case = ward.app.journal.case(r["Mã hồ sơ"])  # spam, abuse and duplicates have no deadline
            assert r["Hạn trả lời"] == (f"{case.deadline:%d/%m/%Y}" if case.has_deadline else "")
    hit = next(r for r in rows if r["Mã hồ sơ"] == target.code)
    assert hit["Mức độ"] == "Phức tạp" and "Cán bộ đổi mức độ" in hit["Diễn biến"]


SCHOLARSHIP = [  # two letters an officer will file under the same category, with a phrase in common
    ["24/11/2026 09:00:00", "TDP số 4", "Khác", "Đề nghị xem lại việc chi quỹ khuyến học năm nay, nhiều cháu học "
     "giỏi ở tổ chưa được nhận thưởng.", "", "", ""],
    ["24/11/2026 09:30:00", "TDP số 6", "Khác", "Quỹ khuyến học của tổ thu tiền mỗi hộ nhưng không công khai danh "
     "sách khen thưởng.", "", "", ""],
]


def test_officers_corrections_are_journalled_and_rules_suggest_learns_keywords_from_them(ward):
    ward.add_form_rows(SCHOLARSHIP)
    cycle(ward)
    cases = ward.app.journal.cases()
    letters = [c for c in cases if "khuyến học" in c.summary]
    assert len(letters) == 2
    target = next(t for t in ("mat_tran", "chinh_sach", "thu_tuc") if t not in {c.category for c in letters})
    other = next(c for c in cases if c not in letters and c.agency and not c.complex and c.has_deadline)
    new_agency = "vhxh" if other.agency != "vhxh" else "hcc"
    settings = ward.app.settings
    ward.officer_set({**{(c.code, "Lĩnh vực"): settings.categories[target].name for c in letters},
                      (other.code, "Mức độ"): "Phức tạp", (other.code, "Cơ quan chủ trì"): settings.agencies[new_agency].name})
    cycle(ward)
    got = {(c.case_code, c.field): c for c in ward.app.journal.corrections()}
    for c in letters:
        fix = got[(c.code, "category")]
        assert (fix.old, fix.new, fix.source) == (c.category, target, "register") and fix.at
    assert (got[(other.code, "complexity")].old, got[(other.code, "complexity")].new) == ("normal", "complex")
    assert (got[(other.code, "agency")].old, got[(other.code, "agency")].new) == (other.agency, new_agency)
    assert len(got) == 4  # nothing else was corrected
    out = CliRunner().invoke(main, ["--config", str(ward.cfg), "rules", "suggest", "--json"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    found = json.loads(out.output)
    (proposal,) = [k for k in found["keywords"] if k["field"] == "category"]
    assert proposal["value"] == target and sorted(proposal["cases"]) == sorted(c.code for c in letters)
    assert "quỹ khuyến học" in [p["text"] for p in proposal["phrases"]]
    assert f"category: {target}" in found["yaml"] and "quỹ khuyến học" in found["yaml"]
    text = CliRunner().invoke(main, ["--config", str(ward.cfg), "rules", "suggest"], catch_exceptions=False).output
    assert text == found["yaml"]


def test_an_agency_send_back_shows_in_the_register_and_the_officers_new_agency_is_a_correction(ward):
    cycle(ward)
    settings = ward.app.settings
    case = next(c for c in ward.app.journal.cases() if c.agency not in (None, "hcc") and c.status == Status.ROUTED)
    reply = email.message.EmailMessage()
    reply["From"] = settings.agencies[case.agency].emails[0]
    reply["To"] = settings.ward.front_email
    reply["Subject"] = f"Re: [{case.code}] Chuyển xử lý ý kiến"
    reply["Date"] = "Tue, 24 Nov 2026 09:00:00 +0700"
    reply["Message-ID"] = "<tra-lai-1@luukiem.example.vn>"
    reply.set_content("Kính gửi Mặt trận,\n\nKHÔNG THUỘC THẨM QUYỀN: việc này do Trung tâm phục vụ hành chính công "
                      "giải quyết.\n\nTrân trọng.")
    (ward.app.config.resolve(settings.inbox.path) / "new" / "9100.M1.sendback").write_bytes(bytes(reply))
    assert cycle(ward).linked == 1
    row = next(r for r in ward.rows() if r["Mã hồ sơ"] == case.code)
    assert row["Trạng thái"] == "Chờ phân loại" and row["Cơ quan chủ trì"] == ""
    assert "Trung tâm phục vụ hành chính công" in row["Diễn biến"]
    notices = [m for m in outbox(ward.app) if "trả lại hồ sơ" in m["Subject"] and case.code in m["Subject"]]
    assert sorted(m["To"] for m in notices) == sorted(o.email for o in settings.officers)
    # The officer picks the right agency in the register: routed again, and a correction of its own.
    ward.officer_set({(case.code, "Cơ quan chủ trì"): settings.agencies["hcc"].name})
    cycle(ward)
    again = ward.app.journal.case(case.code)
    assert again.agency == "hcc" and again.status == Status.ROUTED
    assert [(c.field, c.old, c.new, c.source) for c in ward.app.journal.corrections()] == [
        ("agency", case.agency, "", "agency"), ("agency", "", "hcc", "register")]
    assert ward.app.journal.sendbacks_by_agency() == {case.agency: 1}
    from hopthu.reports.cases import report_cases

    (line,) = [r for r in report_cases(ward.app.config, ward.app.journal) if r.code == case.code]
    assert line.sent_back_by == (ward.app.config.agency_name(case.agency),)  # the reports' agency table counts it
    hcc = {a.lower() for a in settings.agencies["hcc"].emails}
    assert [m for m in outbox(ward.app) if m["To"].lower() in hcc and case.code in m["Subject"]]


class Racing:
    """The register, with an officer typing between hopthu's read and its write."""

    def __init__(self, inner, officer):
        self.inner, self.officer = inner, officer

    def read(self):
        return self.inner.read()

    def write(self, plan):
        if plan.writes:
            self.officer()
            self.officer = lambda: None
        return self.inner.write(plan)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_an_officer_typing_while_hopthu_writes_keeps_their_value(ward):
    cycle(ward)
    code = "HT-2026-0001"
    drop_eml(ward.app, EXAMPLES / "broken" / "agency-reply.eml", "9007.M1.reply")  # the agency answers: hopthu
    typed = "Cán bộ Mặt trận đã gọi điện trả lời trực tiếp cho người dân."   # will fill the answer cell
    ward.app.register = Racing(ward.app.register, lambda: ward.officer_set({(code, "Nội dung trả lời"): typed}))
    summary = run_cycle(ward.app)
    assert not summary.errors and summary.linked == 1
    row = next(r for r in ward.rows() if r["Mã hồ sơ"] == code)
    assert row["Nội dung trả lời"] == typed                      # the fresh re-read kept the officer's text
    assert row["Trạng thái"] == Status.AWAITING_APPROVAL.value   # hopthu's other cells still landed
    cycle(ward)
    assert ward.app.journal.case(code).answer == typed           # ...and hopthu now acts on it
    cycle(ward)
    assert next(r for r in ward.rows() if r["Mã hồ sơ"] == code)["Nội dung trả lời"] == typed


def test_an_approved_answer_reaches_the_citizen_once(ward, clock):
    cycle(ward)
    case = next(c for c in ward.app.journal.cases() if ward.app.journal.contact(c.code).email and c.agency)
    citizen = ward.app.journal.contact(case.code).email
    ward.officer_set({(case.code, "Nội dung trả lời"): "Phòng đã thay bóng đèn ngày 25/11/2026.",
                      (case.code, "Trạng thái"): "Đã trả lời"})
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    cycle(ward)
    cycle(ward)
    answers = [m for m in outbox(ward.app) if m["To"] == citizen and "Trả lời ý kiến" in m["Subject"]]
    assert len(answers) == 1 and "thay bóng đèn" in answers[0].get_content()
    row = next(r for r in ward.rows() if r["Mã hồ sơ"] == case.code)
    assert row["Trạng thái"] == "Đã trả lời" and row["Ngày trả lời"] == "25/11/2026"


def test_an_answer_typed_alone_is_kept_and_never_written_over(ward):
    cycle(ward)
    code = ward.app.journal.cases()[1].code
    typed = "Đã chuyển lời nhắc cho tổ trưởng TDP; chờ phòng chuyên môn trả lời."
    ward.officer_set({(code, "Nội dung trả lời"): typed})  # no status change, so no history event
    for _ in range(3):
        cycle(ward)
    assert ward.app.journal.case(code).answer == typed
    assert next(r for r in ward.rows() if r["Mã hồ sơ"] == code)["Nội dung trả lời"] == typed


def test_an_officers_row_without_a_code_gets_one_and_keeps_what_they_typed(ward):
    cycle(ward)
    n = len(ward.app.journal.cases())
    ward.officer_new_row({"Nội dung (đã ẩn thông tin cá nhân)": "Phiếu giấy: rác tồn đọng cạnh chợ, đề nghị thu gom",
                          "Tổ dân phố": "TDP số 40", "Ghi chú": "nhận tại hòm thư giấy nhà văn hóa"})
    summary = cycle(ward)
    assert len(summary.new_cases) == 1
    code = summary.new_cases[0].code
    row = next(r for r in ward.rows() if r["Mã hồ sơ"] == code)
    assert row["Tổ dân phố"] == "TDP số 40" and row["Ghi chú"] == "nhận tại hòm thư giấy nhà văn hóa"
    assert row["Nội dung (đã ẩn thông tin cá nhân)"].startswith("Phiếu giấy")
    assert row["Kênh tiếp nhận"] == "Hòm thư giấy" and row["Hạn trả lời"]
    assert len(codes(ward)) == len(ward.rows()) == n + 1  # claimed, not appended a second time
    assert cycle(ward).register_written == 0


def test_a_paper_row_typed_with_a_loose_group_name_is_written_back_in_the_wards_words(ward):
    cycle(ward)
    ward.officer_new_row({"Nội dung (đã ẩn thông tin cá nhân)": "Phiếu giấy: xin lắp gương cầu ở khúc cua ngõ 7",
                          "Tổ dân phố": "to dan pho so 41"})
    (case,) = cycle(ward).new_cases
    assert case.tdp == "TDP số 41"  # no ward.tdp list: numbered groups are written one way
    cycle(ward)
    assert next(r for r in ward.rows() if r["Mã hồ sơ"] == case.code)["Tổ dân phố"] == "TDP số 41"


def test_a_form_answer_starting_with_equals_is_stored_as_text(ward):
    cycle(ward)
    row = next(r for r in ward.rows() if r["Nội dung (đã ẩn thông tin cá nhân)"].startswith("=HYPERLINK"))
    assert ward.summary_is_text(row["Mã hồ sơ"])


def test_the_register_holds_no_contact_data(ward):
    cycle(ward)
    text = "\n".join(str(v) for r in ward.rows() for v in r.values())
    assert not [s for s in SECRETS if s in text]


# == Google only: what travels over HTTP ===================================================


def test_formulas_stay_text_under_formula_render(gward):
    cycle(gward)
    col = gward.values()[0].index("Nội dung (đã ẩn thông tin cá nhân)")
    formula_view = gward.emu.values(REG_ID, REG_TAB, render="FORMULA")
    evil = [r[col] for r in formula_view[1:] if len(r) > col and str(r[col]).startswith("=HYPERLINK")]
    assert evil  # the text itself, not a formula's result
    code = next(r["Mã hồ sơ"] for r in gward.rows() if r["Nội dung (đã ẩn thông tin cá nhân)"].startswith("=HYP"))
    assert gward.cell(code, "Nội dung (đã ẩn thông tin cá nhân)")["formula"] is None
    writes = [r for r in gward.emu.requests if r.method == "POST" and "/values" in r.path]
    assert writes and all((r.body or {}).get("valueInputOption", r.query.get("valueInputOption")) == "RAW"
                          for r in writes)


def test_date_cells_are_numbers_with_a_date_format_and_sort_as_dates(gward):
    cycle(gward)
    dated = [code for code in codes(gward) if gward.app.journal.case(code).has_deadline]
    assert len(dated) >= 2
    for code in codes(gward):
        deadline = gward.cell(code, "Hạn trả lời")
        received = gward.cell(code, "Ngày tiếp nhận")
        assert isinstance(received["value"], (int, float))
        assert received["format"]["numberFormat"] == {"type": "DATE_TIME", "pattern": "dd/mm/yyyy hh:mm"}
        if code not in dated:  # spam, abuse, a duplicate: no deadline, an empty cell
            assert deadline["value"] in (None, "") and deadline["formatted"] in (None, "")
            continue
        assert isinstance(deadline["value"], int) and deadline["format"]["numberFormat"] == {"type": "DATE", "pattern": "dd/mm/yyyy"}
        assert deadline["formatted"] == f"{gward.app.journal.case(code).deadline:%d/%m/%Y}"
    meta = gward.emu.metadata(REG_ID)
    sheet = next(s for s in meta["sheets"] if s["properties"]["title"] == REG_TAB)
    col = gward.values()[0].index("Hạn trả lời")
    runs = [f for f in sheet["numberFormats"] if f["range"]["startColumnIndex"] == col]
    assert runs and all(f["numberFormat"]["type"] == "DATE" for f in runs)
    assert runs[0]["range"]["endRowIndex"] >= len(codes(gward)) + 1  # every row, not only the header
    gward.sort_register("Hạn trả lời", descending=False)
    dates = [datetime.strptime(r["Hạn trả lời"], "%d/%m/%Y") for r in gward.rows() if r["Hạn trả lời"]]
    assert dates == sorted(dates) and len(set(dates)) > 1
    assert cycle(gward).register_written == 0  # read back as dates: nothing to rewrite after a sort


def form_rows(n: int, start: int = 0) -> list[list[str]]:
    return [[f"24/11/2026 {8 + (i // 3600) % 10:02d}:{(i // 60) % 60:02d}:{i % 60:02d}", f"TDP số {i % 40 + 1}",
             "Môi trường, vệ sinh", f"Rác thải ùn ứ ở ngõ {i} phố Trần Phú, đề nghị thu gom (ý kiến {i})", "", "", ""]
            for i in range(start, start + n)]


def test_a_cycle_costs_a_constant_number_of_requests(gward):
    cycle(gward)  # start-up: metadata once, the register tab made
    cycle(gward)  # hopthu's own first writes read back once
    paths = lambda: [(r.method, r.path) for r in gward.emu.requests]  # noqa: E731
    gward.emu.reset_counts()
    cycle(gward)
    # nothing new: the Form's last rows and Drive's modifiedTime of the register; neither sheet downloaded
    assert gward.emu.request_count == 2, paths()
    assert [p.rsplit("/", 1)[-1] for _, p in paths()] == ["values:batchGet", REG_ID]
    for n, start in ((1, 0), (100, 1)):
        gward.add_form_rows(form_rows(n, start))
        gward.emu.reset_counts()
        summary = cycle(gward)
        assert len(summary.new_cases) == n
        assert gward.emu.request_count <= 5, paths()
        assert not [p for m, p in paths() if re.fullmatch(r"/v4/spreadsheets/[^/:]+", p)]  # no metadata per cycle
    assert len(codes(gward)) == len(set(codes(gward))) == len(gward.app.journal.cases())


def values_requests(w, spreadsheet_id: str) -> list:
    return [r for r in w.emu.requests if spreadsheet_id in r.path and "/values" in r.path]


def test_a_form_poll_with_nothing_new_reads_only_the_last_rows_it_saw(gward):
    gward.add_form_rows(form_rows(500))
    cycle(gward)
    source = gward.form_source
    assert source.full_reads == 1
    gward.emu.reset_counts()
    cycle(gward)
    (read,) = values_requests(gward, FORM_ID)
    n = len(gward.form_table())  # header + every answer
    assert read.path.endswith("values:batchGet")
    assert [r.split("!")[1] for r in read.query["ranges"]] == ["1:1", f"A{n - 2}:ZZZ"]
    assert source.full_reads == 1
    gward.add_form_rows(form_rows(2, 500))
    summary = cycle(gward)
    assert len(summary.new_cases) == 2 and source.full_reads == 1


@pytest.mark.parametrize("change", ["delete", "sort"])
def test_a_deleted_or_resorted_form_row_is_noticed_and_the_tab_read_again(gward, change):
    gward.add_form_rows(form_rows(20))
    cycle(gward)
    before = len(gward.app.journal.cases())
    source = gward.form_source
    if change == "delete":
        gward.emu.delete_row(FORM_ID, FORM_TAB, 5)
    else:
        gward.sort_form_desc()
    gward.add_form_rows(form_rows(1, 20))  # lands where the old last row was, or below rows now moved
    summary = cycle(gward)
    assert source.full_reads == 2  # the last rows seen were not where they were: the whole tab again
    assert len(summary.new_cases) == 1 and "ý kiến 20" in summary.new_cases[0].summary
    assert len(gward.app.journal.cases()) == before + 1  # nothing taken twice


@pytest.mark.parametrize("drive", ["drive-on", "drive-off"])
def test_an_officers_register_edit_is_acted_on_within_one_safety_net_interval(gward, drive):
    register = gward.app.register
    register.probe.clock = gward.fake.clock
    gward.emu.drive_disabled = drive == "drive-off"
    cycle(gward)
    cycle(gward)
    code = codes(gward)[0]
    gward.officer_set({(code, "Cán bộ phụ trách"): "Lê Thị Lệ Thủy"})
    gward.emu.reset_counts()
    summary = cycle(gward)
    downloaded = [r for r in values_requests(gward, REG_ID) if r.method == "GET"]
    if drive == "drive-on":  # Drive says the register changed: read whole, acted on at once
        assert summary.officer_edits == 1 and downloaded
    else:  # nobody to ask: the register is not downloaded until the safety net
        assert summary.officer_edits == 0 and downloaded == []
        gward.fake.now += register.probe.full_read_seconds
        assert cycle(gward).officer_edits == 1
    assert gward.app.journal.case(code).officer == "Lê Thị Lệ Thủy"
    cycle(gward)  # hopthu's history line for it, written with a fresh read, is read back once (drive on)
    gward.emu.reset_counts()
    assert cycle(gward).officer_edits == 0 and values_requests(gward, REG_ID) == []  # then quiet again


def test_a_new_case_is_appended_without_downloading_the_register_and_not_read_back(gward):
    cycle(gward)
    cycle(gward)
    gward.add_form_rows(form_rows(1))
    gward.emu.reset_counts()
    summary = cycle(gward)
    assert len(summary.new_cases) == 1 and summary.new_cases[0].code in codes(gward)
    kinds = [p.rsplit("/", 1)[-1] for _, p in ((r.method, r.path) for r in gward.emu.requests)]
    assert len(kinds) <= 5 and not [k for k in kinds if k.startswith("values/") and "append" not in k], kinds
    gward.emu.reset_counts()
    cycle(gward)
    assert values_requests(gward, REG_ID) == []  # hopthu's own append does not make the next cycle read whole


def test_a_changed_case_is_written_after_rereading_only_its_row(gward, clock):
    cycle(gward)
    cycle(gward)
    code = codes(gward)[0]
    case = gward.app.journal.case(code)
    gward.app.journal.save_case(case, ["23/11/2026 09:00: Đã gọi điện cho người dân"])  # a history line
    gward.emu.reset_counts()
    summary = cycle(gward)
    assert summary.register_written == 1
    (get,) = [r for r in values_requests(gward, REG_ID) if r.method == "GET"]
    row = gward.row_of(code)  # the fresh read before writing is that one row, found where it was and checked
    assert get.path.endswith("values:batchGet") and get.query["ranges"].split("!")[1] == f"A{row}:Q{row}"
    assert "Đã gọi điện cho người dân" in next(r for r in gward.rows() if r["Mã hồ sơ"] == code)["Diễn biến"]
    gward.emu.reset_counts()
    cycle(gward)
    assert values_requests(gward, REG_ID) == []  # and the next cycle does not read it back


def test_a_row_moved_since_the_last_whole_read_makes_the_write_read_the_whole_tab(gward, clock):
    cycle(gward)
    cycle(gward)
    code = codes(gward)[0]
    gward.app.register.probe.drive = False  # Drive cannot say the tab was sorted: the row check must catch it
    gward.sort_register("Mã hồ sơ", descending=True)
    gward.app.journal.save_case(gward.app.journal.case(code), ["23/11/2026 09:00: Đã gọi điện cho người dân"])
    gward.emu.reset_counts()
    assert cycle(gward).register_written == 1
    gets = [r.path.rsplit("/", 1)[-1] for r in values_requests(gward, REG_ID) if r.method == "GET"]
    assert gets == ["values:batchGet", "'Sổ theo dõi'"]  # the row was not there: the whole tab, then write
    row = next(r for r in gward.rows() if r["Mã hồ sơ"] == code)
    assert "Đã gọi điện cho người dân" in row["Diễn biến"]
    assert len(codes(gward)) == len(set(codes(gward)))


def test_check_says_when_drive_cannot_be_asked(tmp_path, emu):
    seed_sheets(emu)
    cfg = make_google_ward(tmp_path, emu)
    CliRunner().invoke(main, ["--config", str(cfg), "init-sheet"], catch_exceptions=False)
    check = lambda: CliRunner().invoke(main, ["--config", str(cfg), "check"], catch_exceptions=False).output  # noqa: E731
    assert "Google Drive API: bật" in check()
    emu.drive_disabled = True
    out = check()
    assert passed(out, "sổ theo dõi") and "CẢNH BÁO: không hỏi được Google Drive" in out and "bật Google Drive API" in out


def test_429_bursts_are_absorbed_and_nothing_is_lost(gward, fake):
    cycle(gward)
    gward.add_form_rows(form_rows(5))
    case = gward.app.journal.cases()[2]
    gward.officer_set({(case.code, "Mức độ"): "Phức tạp"})
    for method, path in (("GET", "/values/"), ("POST", "values:batchUpdate"), ("POST", ":append")):
        gward.emu.inject(status=429, count=2, method=method, path_contains=path)
    fake.sleeps.clear()
    summary = cycle(gward)
    assert len(summary.new_cases) == 5 and fake.sleeps  # it backed off, and no error surfaced
    assert len(codes(gward)) == len(set(codes(gward))) == len(gward.app.journal.cases())
    row = next(r for r in gward.rows() if r["Mã hồ sơ"] == case.code)
    assert row["Hạn trả lời"] == f"{gward.app.journal.case(case.code).deadline:%d/%m/%Y}"


@pytest.mark.parametrize("applied", [True, False])
def test_an_uncertain_append_never_duplicates_a_row(gward, applied):
    cycle(gward)
    gward.add_form_rows(form_rows(3))
    gward.emu.inject(status=500, path_contains=":append", applied=applied)  # the answer to the append is lost
    summary = cycle(gward)
    assert len(summary.new_cases) == 3
    appends = [r for r in gward.emu.requests if r.path.endswith(":append")]
    assert len(codes(gward)) == len(set(codes(gward))) == len(gward.app.journal.cases())
    assert len(appends) >= (2 if not applied else 1)
    assert cycle(gward).register_written == 0


def test_a_huge_batch_is_split_into_requests_under_the_payload_limit(gward):
    cycle(gward)
    gward.app.register.max_payload_bytes = 6_000
    gward.add_form_rows(form_rows(30))
    gward.emu.reset_counts()
    cycle(gward)
    appends = [r for r in gward.emu.requests if r.path.endswith(":append")]
    assert len(appends) > 1
    assert all(len(json.dumps(r.body)) <= 6_000 for r in appends)  # as requests sends it (ASCII-escaped)
    assert len(codes(gward)) == len(set(codes(gward))) == len(gward.app.journal.cases())


def test_writes_are_coalesced_but_emails_are_not(tmp_path, emu, fake, clock):
    w = SheetWard(tmp_path, emu, fake, clock, write_every=60, mail=False)
    mono = [1000.0]
    w.app.register_throttle.clock = lambda: mono[0]
    cycle(w)
    n = len(codes(w))
    w.add_form_rows([["24/11/2026 09:00:00", "TDP số 2", "Khác", "Rác tồn đọng ở ngõ 3 phố Lê Lợi", "", "",
                      "an.nguyen@gmail.example"]])
    emu.reset_counts()
    mono[0] += 10
    summary = cycle(w)
    assert len(summary.new_cases) == 1 and emu.request_count == 1  # the Form only: the register waits
    assert any(m["To"] == "an.nguyen@gmail.example" for m in outbox(w.app))  # the acknowledgement did not
    assert len(codes(w)) == n
    mono[0] += 60
    cycle(w)
    assert len(codes(w)) == n + 1
    w.add_form_rows([["24/11/2026 09:05:00", "TDP số 2", "Khác", "Cây đổ chắn ngang ngõ 5, dây điện bị đứt", "", "", ""]])
    mono[0] += 5
    urgent = cycle(w)
    assert "urgent" in urgent.new_cases[0].flags and len(codes(w)) == n + 2  # urgent: no waiting
    w.app.close()


def test_an_urgent_case_the_mail_loop_opens_is_written_by_the_sheet_threads_next_cycle(tmp_path, emu, fake, clock):
    """Beside the daemon's sheet thread, the mail loop's cycles leave the register alone (register=False), yet
    they take every pending intake, a Form row the sheet thread has just journalled included. The urgent case
    the mail loop opens that way must not wait `register.write_every_seconds` for the sheet thread's write."""
    from hopthu.pipeline.cycle import Summary, collect

    w = SheetWard(tmp_path, emu, fake, clock, write_every=3600, mail=False)
    mono = [1000.0]
    w.app.register_throttle.clock = lambda: mono[0]
    cycle(w)
    n = len(codes(w))
    w.add_form_rows([["24/11/2026 09:05:00", "TDP số 2", "Khác", "Cây đổ chắn ngang ngõ 5, dây điện bị đứt", "", "", ""]])
    collect(w.app, Summary(), sheets=True, mail=False)  # the sheet thread journals the row ...
    mono[0] += 5
    opened = run_cycle(w.app, sheets=False, register=False)  # ... the mail loop's cycle opens its case
    assert "urgent" in opened.new_cases[0].flags and len(codes(w)) == n
    mono[0] += 5
    written = run_cycle(w.app, mail=False)  # the sheet thread's next cycle, long before the throttle's hour
    assert not written.new_cases and len(codes(w)) == n + 1
    mono[0] += 5
    run_cycle(w.app, mail=False)
    assert w.app.register_throttle.last == mono[0] - 5  # urged once: the hour's throttle holds again
    w.app.close()


def test_under_hopthu_run_an_urgent_case_reaches_the_register_in_the_cycle_that_makes_it(tmp_path, emu, fake, clock):
    """The daemon has no throttle of its own: the register's (register.throttle) lets an urgent case through
    at once, while an ordinary one waits for `register.write_every_seconds`."""
    import threading

    from hopthu.service import Daemon

    from ward import wait_until

    w = SheetWard(tmp_path, emu, fake, clock, write_every=3600, mail=False)
    daemon = Daemon(w.app)
    thread = threading.Thread(target=daemon.run, kwargs={"install_signals": False}, daemon=True)
    thread.start()
    try:
        wait_until(lambda: daemon.cycles >= 1, 30, "the start-up cycle")
        n = len(codes(w))

        def taken(row: list[str], what: str) -> None:
            """Add a Form row and wait until its case exists and the cycle that made it has ended (a sheet
            cycle already under way when the row was added may end without it: counts alone race). The sheet
            thread journals the row; either loop's cycle may open its case (the mail loop's takes every pending
            intake too), so one cycle of each kind asked for after the case exists must have ended."""
            before = len(w.app.journal.cases())
            w.add_form_rows([row])
            daemon.whole_cycle_soon()
            wait_until(lambda: len(w.app.journal.cases()) == before + 1, 30, f"the cycle that takes the {what} row")
            made, mails = daemon.sheet_cycles, daemon.cycles - daemon.sheet_cycles
            daemon.whole_cycle_soon()
            wait_until(lambda: daemon.sheet_cycles > made and daemon.cycles - daemon.sheet_cycles > mails, 30,
                       f"the end of the cycles that take the {what} row")

        taken(["24/11/2026 09:00:00", "TDP số 2", "Khác", "Rác tồn đọng ở ngõ 3 phố Lê Lợi", "", "", ""], "ordinary")
        assert len(codes(w)) == n  # ordinary: waits for the next write
        taken(["24/11/2026 09:05:00", "TDP số 2", "Khác", "Cây đổ chắn ngang ngõ 5, dây điện bị đứt", "", "", ""], "urgent")
        assert "urgent" in w.app.journal.cases()[-1].flags
        assert len(codes(w)) == n + 2  # urgent: written in the cycle that made it, the waiting row with it
    finally:
        daemon.stop.set()
        thread.join(30)


def test_init_sheet_sets_the_tab_up_in_one_batch_and_is_idempotent(tmp_path, emu):
    seed_sheets(emu)
    cfg = make_google_ward(tmp_path, emu)
    emu.reset_counts()
    result = CliRunner().invoke(main, ["--config", str(cfg), "init-sheet"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert SA_EMAIL in result.output
    batches = [r for r in emu.requests if r.method == "POST" and re.fullmatch(r"/v4/spreadsheets/[^/]+:batchUpdate", r.path)]
    assert len(batches) == 1
    meta = emu.metadata(REG_ID)
    sheet = next(s for s in meta["sheets"] if s["properties"]["title"] == REG_TAB)
    assert sheet["properties"]["gridProperties"]["frozenRowCount"] == 1
    assert emu.values(REG_ID, REG_TAB)[0] == [c.header for c in COLUMNS]
    status_col = [c.id for c in COLUMNS].index("status")
    rule = next(v["rule"] for v in sheet["dataValidations"] if v["range"]["startColumnIndex"] == status_col)
    assert [v["userEnteredValue"] for v in rule["condition"]["values"]] == [s.value for s in Status]
    formulas = [r["booleanRule"]["condition"]["values"][0]["userEnteredValue"] for r in sheet["conditionalFormats"]]
    assert len(formulas) == 2 and all("$I2" in f and "TODAY()" in f and '"Đã trả lời"' in f for f in formulas)
    assert sheet["protectedRanges"] and all(p["warningOnly"] for p in sheet["protectedRanges"])
    protected_cols = {c for p in sheet["protectedRanges"] if p["range"].get("startRowIndex") == 1
                      for c in range(p["range"]["startColumnIndex"], p["range"]["endColumnIndex"])}
    assert protected_cols == {i for i, c in enumerate(COLUMNS) if c.owner == "hopthu"}
    formats = {f["range"]["startColumnIndex"]: f["numberFormat"]["type"] for f in sheet["numberFormats"]}
    assert formats == {1: "DATE_TIME", 8: "DATE", 14: "DATE"}

    again = CliRunner().invoke(main, ["--config", str(cfg), "init-sheet"], catch_exceptions=False)
    assert again.exit_code == 0, again.output
    sheet2 = next(s for s in emu.metadata(REG_ID)["sheets"] if s["properties"]["title"] == REG_TAB)
    assert len(sheet2["conditionalFormats"]) == 2 and len(sheet2["protectedRanges"]) == len(sheet["protectedRanges"])

    check = CliRunner().invoke(main, ["--config", str(cfg), "check"], catch_exceptions=False)
    assert check.exit_code == 0 and passed(check.output, "sổ theo dõi") and passed(check.output, "nguồn form-sheet")


def test_the_contacts_sheet_takes_what_the_register_never_does(tmp_path, emu, fake, clock):
    emu.create_spreadsheet(CONTACTS_ID, "Liên hệ (chỉ Thường trực)")
    w = SheetWard(tmp_path, emu, fake, clock, contacts=CONTACTS_ID)
    cycle(w)
    cycle(w)
    contacts = emu.values(CONTACTS_ID, CONTACTS_TAB)
    assert contacts[0] == ["Mã hồ sơ", "Họ và tên", "Email", "Số điện thoại"]
    assert sorted(r[0] for r in contacts[1:]) == [c.code for c in w.app.journal.cases()]  # once each
    assert any("hoangminhtuan.90@gmail.example" in r for r in contacts)
    text = "\n".join(str(v) for r in w.rows() for v in r.values())
    assert not [s for s in SECRETS if s in text]
    w.app.close()


def test_a_renamed_form_question_is_a_clear_error_and_an_extra_one_is_carried(gward):
    table = gward.form_table()
    gward.emu.set_cell(FORM_ID, FORM_TAB, "H1", "Bạn biết hòm thư qua đâu?", user_entered=False)
    gward.emu.set_cell(FORM_ID, FORM_TAB, "H2", "Loa phường", user_entered=False)
    cycle(gward)
    item = gward.app.journal.intake(next(iter(sorted(gward.app.journal.known_sources(f"form:{table[1][0]}|")))))
    assert item.payload["row"]["extra:Bạn biết hòm thư qua đâu?"] == "Loa phường"
    gward.emu.set_cell(FORM_ID, FORM_TAB, "D1", "Câu hỏi 4", user_entered=False)
    summary = run_cycle(gward.app)
    assert any("Nội dung góp ý, phản ánh" in e and "form.columns" in e for e in summary.errors)


# == Google only: errors an officer can act on ==============================================


def passed(output: str, name: str) -> bool:
    return any(re.match(rf"ĐẠT\s+{re.escape(name)}:", line) for line in output.splitlines())


def check_output(cfg: Path) -> str:
    result = CliRunner().invoke(main, ["--config", str(cfg), "check"], catch_exceptions=False)
    assert result.exit_code == 1
    return result.output


def test_a_missing_or_unreadable_key_file_says_what_to_fix(tmp_path, emu):
    seed_sheets(emu)
    cfg = make_google_ward(tmp_path / "a", emu, key="khong-co.json")
    out = check_output(cfg)
    assert "KHÔNG ĐẠT  sổ theo dõi" in out and "không tìm thấy tệp khóa JSON" in out and "does not exist" in out
    (tmp_path / "b" / "thu-muc.json").mkdir(parents=True)
    out = check_output(make_google_ward(tmp_path / "b", emu, key="thu-muc.json"))
    assert "không đọc được tệp khóa" in out and "Cannot read the key file" in out
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "client.json").write_text('{"installed": {"client_id": "x"}}', encoding="utf-8")
    out = check_output(make_google_ward(tmp_path / "c", emu, key="client.json"))
    assert "không phải khóa JSON của tài khoản dịch vụ" in out and "not a service-account JSON key" in out


def test_a_sheet_not_shared_with_the_service_account_names_its_email(tmp_path, emu, fake, clock):
    w = SheetWard(tmp_path, emu, fake, clock, mail=False)
    emu.unshare(REG_ID)
    emu.unshare(FORM_ID)
    out = check_output(w.cfg)
    assert out.count(SA_EMAIL) >= 2
    assert "chia sẻ trang tính với địa chỉ này, quyền Người chỉnh sửa" in out
    assert "share the sheet with it as Editor" in out
    summary = run_cycle(w.app)  # the daemon reports it and carries on: the emails still went out
    assert any(SA_EMAIL in e and "Người chỉnh sửa" in e for e in summary.errors)
    assert not summary.new_cases  # nothing read, so nothing lost: the next cycle reads it
    emu.share(FORM_ID)
    emu.share(REG_ID)
    assert len(cycle(w).new_cases) == len(w.form_table()) - 1
    w.app.close()


def test_a_disabled_sheets_api_says_enable_it(tmp_path, emu):
    seed_sheets(emu)
    cfg = make_google_ward(tmp_path, emu)
    emu.service_disabled = True
    out = check_output(cfg)
    assert "Google Sheets API chưa được bật" in out and "enable the Google Sheets API in the Cloud project" in out
    assert "console.developers.google.com/apis/api/sheets.googleapis.com" in out


def test_a_wrong_sheet_id_says_where_to_copy_it_from(tmp_path, emu):
    seed_sheets(emu)
    cfg = make_google_ward(tmp_path, emu, register_id="1SaiMaTrangTinh")
    out = check_output(cfg)
    assert "không tìm thấy trang tính có mã «1SaiMaTrangTinh»" in out and "register.sheet_id" in out
    assert "the sheet id in register.sheet_id is wrong" in out


def test_check_before_init_sheet_says_run_it(tmp_path, emu):
    seed_sheets(emu)
    out = check_output(make_google_ward(tmp_path, emu))
    assert "hopthu init-sheet" in out and passed(out, "nguồn form-sheet") and not passed(out, "sổ theo dõi")


def test_a_renamed_register_tab_is_not_silently_recreated(gward):
    cycle(gward)
    gward.emu.metadata(REG_ID)
    with gward.emu._lock:  # an officer renames the tab
        gward.emu._get(REG_ID).sheet_by_title(REG_TAB).props["title"] = "Sổ 2026"
    summary = run_cycle(gward.app)
    assert any("đổi tên" in e for e in summary.errors)
    summary = run_cycle(gward.app)
    assert any("«Sổ 2026»" in e and "register.sheet" in e for e in summary.errors)
    titles = [s["properties"]["title"] for s in gward.emu.metadata(REG_ID)["sheets"]]
    assert [t for t in titles if t != "Hệ thống"] == ["Trang tính1", "Sổ 2026"]  # the status tab (alerts.py) aside


def test_the_form_source_reads_the_first_tab_by_default_and_names_the_tabs_when_one_is_wrong(tmp_path, emu, fake):
    from hopthu.sources.formsheet import SheetFormSource

    seed_sheets(emu)
    config = load_config(make_google_ward(tmp_path, emu))
    gc = client_for(config, sleep=fake.sleep, clock=fake.clock)
    emu.reset_counts()
    items = list(SheetFormSource(gc, FORM_ID).poll(set()))
    assert len(items) == len(emu.values(FORM_ID, FORM_TAB)) - 1 and emu.request_count == 2
    assert items[0].source_id == f"form:{emu.values(FORM_ID, FORM_TAB)[1][0]}|" + items[0].source_id.split("|")[1]
    with pytest.raises(GoogleError) as err:
        list(SheetFormSource(gc, FORM_ID, "Form Responses 1").poll(set()))
    assert f"«{FORM_TAB}»" in str(err.value) and "form.worksheet" in str(err.value)


def test_serial_dates_round_trip_to_the_minute():
    from datetime import date

    from hopthu.register.sheetcells import cell_in, cell_out, from_serial, to_serial

    when = datetime(2026, 11, 23, 16, 59)
    assert to_serial(date(2026, 11, 23)) == 46349 and from_serial(46349, "date") == date(2026, 11, 23)
    assert cell_in("received", cell_out("received", when)) == when
    assert canonical(cell_in("deadline", 46349.0), "date") == "23/11/2026"
    assert cell_out("summary", "=HYPERLINK(\"x\")") == "=HYPERLINK(\"x\")" and cell_out("answered_on", None) == ""


def test_google_errors_are_operator_errors_with_both_languages():
    err = GoogleError("việt / english")
    from hopthu.errors import OperatorError

    assert isinstance(err, OperatorError)
    assert SheetRegister.coalesce is True


# == both backends: abuse, spam, duplicates and follow-ups (issue 12) ====================

CHAIR_NAME = "Lê Thị Lệ Thủy"  # roles: [chair] in hopthu.example.yaml
CHAIR_MAIL = "chutich@mttq-luukiem.example.vn"
POLICE = "congan@luukiem.example.vn"
ABUSIVE = ("Con mụ bán cá ở chợ Lưu Kiếm là đồ súc sinh, cả nhà nó buôn ma túy, ai cũng biết. "
           "Phường không đuổi nó đi thì tao đốt nhà nó, nói trước rồi đấy.")
FALSE_ALARM = ("Quán karaoke ở ngõ 45 phố Lê Lợi hát đến 1 giờ sáng, báo mãi mà lũ ăn hại ở phường không ai xử lý, "
               "đồ chó. Đề nghị công an phường xử lý tiếng ồn.")  # a real complaint in gross words: the chair clears it
SPAM = "Bán lô đất nền khu đô thị mới 80m2, sổ đỏ chính chủ, giá chỉ 2,1 tỷ, cần tiền bán gấp. LH 0909 111 222"
DRAIN = ("Cống thoát nước đầu ngõ 18 phố Hàng Than bị vỡ nắp, nước thải tràn ra mặt đường bốc mùi hôi thối "
         "cả tuần nay. Đề nghị phường cho sửa nắp cống và nạo vét sớm.")
DRAIN_AGAIN = DRAIN.replace("mùi hôi thối", "mùi hôi thối,").replace(" và nạo vét", ", nạo vét")  # near-identical
DRAIN_LIKE = ("Cống thoát nước ở đầu ngõ 18 phố Hàng Than vỡ nắp, nước thải tràn ra mặt đường bốc mùi cả tuần, "
              "trẻ con đi học phải lội qua. Mong phường sớm xử lý.")  # similar, another person: proposed only


def form_row(when: str, text: str, contact: str = "", name: str = "", tdp: str = "TDP số 6") -> list[str]:
    return [when, tdp, "Khác", text, "", name, contact]


def new_case(w, when: str, text: str, contact: str = "", name: str = "") -> Any:
    if not w.app.journal.cases():
        cycle(w)  # the sample Form rows first
    before = {c.code for c in w.app.journal.cases()}
    w.add_form_rows([form_row(when, text, contact, name)])
    cycle(w)
    made = [c for c in w.app.journal.cases() if c.code not in before]
    assert len(made) == 1, made
    return made[0]


def row(w, code: str) -> dict[str, str]:
    return next(r for r in w.rows() if r["Mã hồ sơ"] == code)


def sent_to(w, address: str, code: str) -> list[email.message.EmailMessage]:
    return [m for m in outbox(w.app) if m["To"] == address and code in m["Subject"]]


def forward_cli(w, code: str, *args: str, answer: str | None = "y\n") -> Any:
    return CliRunner().invoke(main, ["--config", str(w.cfg), "forward", code, "--to", "police",
                                     "--by", CHAIR_NAME, *args], input=answer)


def test_an_abusive_item_goes_to_the_chair_only_and_the_police_on_the_chairs_recorded_word(ward):
    case = new_case(ward, "23/11/2026 08:20:00", ABUSIVE, "0912 000 111", "Trần Văn Mười")
    assert case.status == Status.REJECTED and case.flags == ["abusive"]
    r = row(ward, case.code)
    assert r["Trạng thái"] == "Không xử lý" and r["Lưu ý"] == "Lợi dụng, xúc phạm" and r["Hạn trả lời"] == ""
    mail = outbox(ward.app)
    assert [m["To"] for m in mail if case.code in m["Subject"]] == [CHAIR_MAIL]  # no ack, no agency, no police
    notice = sent_to(ward, CHAIR_MAIL, case.code)[0].get_content()
    assert "súc sinh" in notice and "0912 000 111" not in notice and "Trần Văn Mười" not in notice
    assert f'hopthu forward {case.code} --to police --by "{CHAIR_NAME}"' in notice

    assert forward_cli(ward, case.code, "--by", "Nguyễn Văn Trực").exit_code == 2  # not a chair: refused
    refused = forward_cli(ward, case.code, answer="n\n")
    assert refused.exit_code == 0 and "Không chuyển" in refused.output
    assert ward.app.journal.decisions(case.code) == [] and sent_to(ward, POLICE, case.code) == []

    done = forward_cli(ward, case.code)
    assert done.exit_code == 0, done.output
    cycle(ward)
    first = sent_to(ward, POLICE, case.code)
    assert len(first) == 1
    body = first[0].get_content()
    assert "súc sinh" in body and "0912 000 111" not in body and "Trần Văn Mười" not in body

    assert forward_cli(ward, case.code, "--disclose-contact", "--yes", answer=None).exit_code == 0
    cycle(ward)
    both = sent_to(ward, POLICE, case.code)
    phone = ward.app.journal.contact(case.code).phone
    assert len(both) == 2 and any(phone in m.get_content() and "Trần Văn Mười" in m.get_content() for m in both)
    decisions = ward.app.journal.decisions(case.code)
    import getpass
    assert [(d["action"], d["by_name"], d["os_user"]) for d in decisions] == [
        ("forward", CHAIR_NAME, getpass.getuser()), ("forward-with-contact", CHAIR_NAME, getpass.getuser())]
    assert all(d["at"] for d in decisions)
    assert ward.app.journal.case(case.code).status == Status.REJECTED
    assert "Chủ tịch Lê Thị Lệ Thủy quyết định chuyển Công an phường" in row(ward, case.code)["Diễn biến"]


def test_a_chair_who_clears_a_wrong_abuse_flag_sends_the_case_down_the_ordinary_path(ward):
    case = new_case(ward, "23/11/2026 08:25:00", FALSE_ALARM, "dan.ngo45@gmail.example")
    assert case.status == Status.REJECTED and "abusive" in case.flags
    assert sent_to(ward, "dan.ngo45@gmail.example", case.code) == []
    ward.officer_set({(case.code, "Lưu ý"): ""})
    cycle(ward)
    case = ward.app.journal.case(case.code)
    assert case.status == Status.ROUTED and case.agency == "cong_an" and case.flags == []
    assert len(sent_to(ward, "dan.ngo45@gmail.example", case.code)) == 1  # acknowledged now
    assert len(sent_to(ward, POLICE, case.code)) == 1  # routed as ordinary feedback
    r = row(ward, case.code)
    assert r["Trạng thái"] == "Đã chuyển xử lý" and r["Hạn trả lời"] == f"{case.deadline:%d/%m/%Y}"


def test_spam_is_never_routed_nor_acknowledged_and_is_listed_in_the_officers_digest(ward, clock):
    case = new_case(ward, "23/11/2026 08:30:00", SPAM, "moigioi@gmail.example")
    assert case.status == Status.REJECTED and case.flags == ["spam"]
    r = row(ward, case.code)
    assert r["Trạng thái"] == "Không xử lý" and r["Lưu ý"] == "Thư rác" and r["Hạn trả lời"] == ""
    assert [m for m in outbox(ward.app) if case.code in m["Subject"]] == []
    clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=TZ))  # the next working day's digest (24/11 is a day off here)
    cycle(ward)
    digest = [m for m in outbox(ward.app) if m["To"] == CHAIR_MAIL and "Tổng hợp" in m["Subject"]]
    assert digest and case.code in digest[-1].get_content().split("KHÔNG XỬ LÝ")[1]


def test_duplicates_merge_propose_undo_and_both_submitters_get_the_answer(ward, clock):
    first = new_case(ward, "23/11/2026 08:10:00", DRAIN, "a.hangthan@gmail.example")
    again = new_case(ward, "23/11/2026 08:40:00", DRAIN_AGAIN, "b.hangthan@gmail.example")
    like = new_case(ward, "23/11/2026 08:50:00", DRAIN_LIKE, "c.hangthan@gmail.example")
    assert again.status == Status.DUPLICATE and again.duplicate_of == first.code
    assert row(ward, again.code)["Trạng thái"] == "Trùng lặp" and row(ward, again.code)["Hạn trả lời"] == ""
    routed = [m for m in outbox(ward.app) if "Chuyển xử lý" in m["Subject"]]
    assert any(first.code in m["Subject"] for m in routed) and not any(again.code in m["Subject"] for m in routed)
    ack = sent_to(ward, "b.hangthan@gmail.example", again.code)[0].get_content()
    assert first.code in ack  # told it is handled with the first case
    assert f"Nhận thêm ý kiến trùng: {again.code}" in row(ward, first.code)["Diễn biến"]
    # A similar text from someone else is only proposed.
    assert like.status == Status.ROUTED and like.maybe_duplicate_of == first.code
    assert f"Có thể trùng {first.code}" in row(ward, like.code)["Diễn biến"]

    # The officer confirms the proposal and undoes the merge of the other one.
    ward.officer_set({(like.code, "Trạng thái"): "Trùng lặp", (again.code, "Trạng thái"): "Đã chuyển xử lý"})
    cycle(ward)
    assert ward.app.journal.case(like.code).duplicate_of == first.code
    undone = ward.app.journal.case(again.code)
    assert undone.duplicate_of == "" and undone.status == Status.ROUTED
    assert any("Chuyển xử lý" in m["Subject"] for m in outbox(ward.app) if again.code in m["Subject"])

    # The first case's answer reaches its submitter and the confirmed duplicate's, once each.
    ward.officer_set({(first.code, "Nội dung trả lời"): "Phòng đã thay nắp cống ngày 25/11/2026.",
                      (first.code, "Trạng thái"): "Đã trả lời"})
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    cycle(ward)
    cycle(ward)
    for address in ("a.hangthan@gmail.example", "c.hangthan@gmail.example"):
        answers = [m for m in outbox(ward.app) if m["To"] == address and "Trả lời ý kiến" in m["Subject"]]
        assert len(answers) == 1 and "thay nắp cống" in answers[0].get_content()
    assert not [m for m in outbox(ward.app) if m["To"] == "b.hangthan@gmail.example" and "Trả lời" in m["Subject"]]


def test_a_citizens_follow_up_goes_to_the_agency_redacted_and_can_make_the_case_urgent(ward):
    case = new_case(ward, "23/11/2026 08:10:00", DRAIN, "a.hangthan@gmail.example", "Đỗ Thị Lan")
    assert "urgent" not in case.flags
    msg = email.message.EmailMessage()
    msg["From"] = "Đỗ Thị Lan <a.hangthan@gmail.example>"
    msg["To"] = ward.app.settings.ward.front_email
    msg["Subject"] = f"Re: [{case.code}] Đã tiếp nhận ý kiến của Ông/Bà"
    msg["Date"] = "Mon, 23 Nov 2026 08:55:00 +0700"
    msg["Message-ID"] = "<followup-1@gmail.example>"
    msg.set_content("Sáng nay nắp hố ga bị mất hẳn, mất nắp hố ga ngay lối đi, rất nguy hiểm. "
                    "Gọi tôi số 0912 333 444. Đỗ Thị Lan")
    (ward.app.config.resolve(ward.app.settings.inbox.path) / "new" / "9300.M1.followup").write_bytes(bytes(msg))
    cycle(ward)
    updated = ward.app.journal.case(case.code)
    assert "urgent" in updated.flags and updated.deadline <= case.deadline
    relay = [m for m in outbox(ward.app) if case.code in m["Subject"] and "bổ sung" in m["Subject"]]
    assert len(relay) == 1 and relay[0]["To"] == "kinhte-hatang@luukiem.example.vn" and "KHẨN" in relay[0]["Subject"]
    body = relay[0].get_content()
    assert "mất nắp hố ga" in body and "0912 333 444" not in body and "Đỗ Thị Lan" not in body
    assert [m for m in outbox(ward.app) if "KHẨN" in m["Subject"] and m["To"] == "truc.ban@mttq-luukiem.example.vn"]
    assert row(ward, case.code)["Lưu ý"] == "Khẩn"


def callbacks_json(w) -> list[dict]:
    listed = CliRunner().invoke(main, ["--config", str(w.cfg), "callbacks", "--json"])
    assert listed.exit_code == 0, listed.output
    return json.loads(listed.output)


def case_of(w, source_id: str) -> Any:
    return next(c for c in w.app.journal.cases() if c.source_id == source_id)


WORSE = "sáng nay nắp hố ga bị mất hẳn, mất nắp hố ga ngay lối đi, rất nguy hiểm."


def test_a_follow_up_through_the_form_or_on_paper_quoting_the_code_reaches_the_agency(ward):
    from hopthu.pipeline.incoming import add_manual

    case = new_case(ward, "23/11/2026 08:10:00", DRAIN, "0912 444 555", "Đỗ Thị Lan")
    assert "urgent" not in case.flags
    ward.add_form_rows([form_row("23/11/2026 09:00:00", f"Bổ sung cho hồ sơ {case.code.lower()}: {WORSE} Đỗ Thị Lan",
                                 "0912444555", "Đỗ Thị Lan")])
    summary = cycle(ward)
    assert summary.new_cases == [] and summary.linked == 1  # a follow-up, not a new case
    updated = ward.app.journal.case(case.code)
    assert "urgent" in updated.flags and updated.deadline <= case.deadline
    relay = [m for m in outbox(ward.app) if case.code in m["Subject"] and "bổ sung" in m["Subject"]]
    assert len(relay) == 1 and relay[0]["To"] == "kinhte-hatang@luukiem.example.vn" and "KHẨN" in relay[0]["Subject"]
    body = relay[0].get_content()
    assert "mất nắp hố ga" in body and "0912" not in body and "Đỗ Thị Lan" not in body
    history = row(ward, case.code)["Diễn biến"]
    assert "Người gửi bổ sung qua Mã QR (Google Form)" in history and "Đỗ Thị Lan" not in history
    assert row(ward, case.code)["Lưu ý"] == "Khẩn"

    # Someone else quoting the code through the Form: a new item, proposed as a possible duplicate.
    other = new_case(ward, "23/11/2026 09:30:00", f"Về hồ sơ {case.code}: chuột từ cống chạy sang nhà trẻ bên cạnh.",
                     "0987 000 999")
    assert other.maybe_duplicate_of == case.code and f"Nhắc đến hồ sơ {case.code}" in row(ward, other.code)["Diễn biến"]

    # A paper letter an officer types in, quoting the code: the officer vouches for it.
    sid = add_manual(ward.app, channel="paper", text=f"Phiếu giấy, mã {case.code}: nước thải đã tràn vào sân trường "
                                                      f"mầm non cạnh đó.", tdp="TDP số 6")
    summary = cycle(ward)
    assert summary.new_cases == [] and ward.app.journal.intake(sid).case_code == case.code
    relays = [m for m in outbox(ward.app) if case.code in m["Subject"] and "bổ sung" in m["Subject"]]
    assert len(relays) == 2 and any("tràn vào sân trường" in m.get_content() for m in relays)
    assert "Người gửi bổ sung qua Hòm thư giấy" in row(ward, case.code)["Diễn biến"]

    # A follow-up in abusive words stays in the history: the agency is not sent it.
    ward.add_form_rows([form_row("23/11/2026 10:00:00", f"{case.code}: lũ ăn hại ở phường, đồ chó, chết hết đi",
                                 "0912 444 555")])
    assert cycle(ward).linked == 1
    assert len([m for m in outbox(ward.app) if case.code in m["Subject"] and "bổ sung" in m["Subject"]]) == 2
    assert "Không chuyển nội dung bổ sung đến cơ quan" in row(ward, case.code)["Diễn biến"]


def test_an_officers_own_row_quoting_a_code_is_relayed_and_marked_as_a_follow_up_without_personal_data(ward):
    case = new_case(ward, "23/11/2026 08:10:00", DRAIN, "0912 444 555", "Đỗ Thị Lan")
    n_rows = len(ward.rows())
    typed = (f"Bà Đỗ Thị Lan (0912 444 555) gọi điện bổ sung hồ sơ {case.code}: {WORSE}")
    ward.officer_new_row({"Nội dung (đã ẩn thông tin cá nhân)": typed, "Ghi chú": "nhận qua điện thoại"})
    summary = cycle(ward)
    assert summary.new_cases == [] and summary.linked == 1  # a follow-up, not a new case
    relay = [m for m in outbox(ward.app) if case.code in m["Subject"] and "bổ sung" in m["Subject"]]
    assert len(relay) == 1 and relay[0]["To"] == "kinhte-hatang@luukiem.example.vn"
    assert "mất nắp hố ga" in relay[0].get_content() and "0912" not in relay[0].get_content()

    rows = ward.rows()
    assert len(rows) == n_rows + 1  # the officer's own row, marked; nothing appended
    (marked,) = [r for r in rows if r["Mã hồ sơ"] == f"Bổ sung cho {case.code}"]
    assert "mất nắp hố ga" in marked["Nội dung (đã ẩn thông tin cá nhân)"]
    assert "Đỗ Thị Lan" not in marked["Nội dung (đã ẩn thông tin cá nhân)"]
    assert "0912" not in marked["Nội dung (đã ẩn thông tin cá nhân)"]
    assert f"Ý kiến bổ sung cho hồ sơ {case.code}" in marked["Diễn biến"]
    assert marked["Kênh tiếp nhận"] == "Hòm thư giấy" and marked["Ghi chú"] == "nhận qua điện thoại"
    assert row(ward, case.code)["Diễn biến"].count("Người gửi bổ sung qua Hòm thư giấy") == 1

    # The marked row is neither the case's own row nor a new item: later cycles leave both as they are.
    for _ in range(2):
        again = cycle(ward)
        assert again.new_cases == [] and again.linked == 0
    assert row(ward, case.code)["Trạng thái"] == ward.app.journal.case(case.code).status.value
    assert len([r for r in ward.rows() if r["Mã hồ sơ"] == f"Bổ sung cho {case.code}"]) == 1


def test_duplicates_sharing_only_a_phone_put_both_submitters_on_the_call_back_list(ward, clock):
    from hopthu.pipeline.incoming import add_manual

    first = new_case(ward, "23/11/2026 08:10:00", DRAIN, "0912 345 001")
    sid = add_manual(ward.app, channel="paper", text=DRAIN_LIKE, contact="0912.345.001", tdp="TDP số 6")
    cycle(ward)
    dup = case_of(ward, sid)
    assert dup.status == Status.DUPLICATE and dup.duplicate_of == first.code  # same phone, similar text
    ward.officer_set({(first.code, "Nội dung trả lời"): "Phòng đã thay nắp cống ngày 25/11/2026.",
                      (first.code, "Trạng thái"): "Đã trả lời"})
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    cycle(ward)
    cycle(ward)
    assert ward.app.journal.case(first.code).status == Status.CALLBACK
    assert row(ward, first.code)["Trạng thái"] == "Chờ gọi lại"
    calls = callbacks_json(ward)
    assert sorted((c["code"], c["answer_of"], c["phone"]) for c in calls) == sorted(
        [(first.code, first.code, "0912345001"), (dup.code, first.code, "0912345001")])
    assert all("thay nắp cống" in c["answer"] for c in calls)
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=TZ))  # the next working day's digest
    cycle(ward)
    digest = [m for m in outbox(ward.app) if m["To"] == CHAIR_MAIL and "Tổng hợp" in m["Subject"]][-1].get_content()
    assert f"[{first.code}] cả người gửi ý kiến trùng {dup.code}" in digest.split("CHỜ GỌI LẠI")[1]
    assert "0912" not in digest

    ward.officer_set({(first.code, "Trạng thái"): "Đã trả lời"})  # both called
    cycle(ward)
    done = ward.app.journal.case(first.code)
    assert done.status == Status.ANSWERED and any("đã gọi lại" in h and dup.code in h for h in done.history)
    assert callbacks_json(ward) == []


def test_an_emailed_answer_still_leaves_a_phone_only_duplicate_on_the_call_back_list(ward, clock):
    from hopthu.pipeline.incoming import add_manual

    first = new_case(ward, "23/11/2026 08:10:00", DRAIN, "a.hangthan@gmail.example")
    sid = add_manual(ward.app, channel="paper", text=DRAIN_AGAIN, contact="0912 345 002", tdp="TDP số 6")
    cycle(ward)
    dup = case_of(ward, sid)
    assert dup.duplicate_of == first.code  # near-identical text, another person
    ward.officer_set({(first.code, "Nội dung trả lời"): "Phòng đã thay nắp cống ngày 25/11/2026.",
                      (first.code, "Trạng thái"): "Đã trả lời"})
    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    cycle(ward)
    cycle(ward)
    answers = [m for m in outbox(ward.app) if m["To"] == "a.hangthan@gmail.example" and "Trả lời ý kiến" in m["Subject"]]
    assert len(answers) == 1
    assert ward.app.journal.case(first.code).status == Status.CALLBACK
    assert [(c["code"], c["phone"]) for c in callbacks_json(ward)] == [(dup.code, "0912345002")]
    ward.officer_set({(first.code, "Trạng thái"): "Đã trả lời"})
    cycle(ward)
    assert ward.app.journal.case(first.code).status == Status.ANSWERED
    again = [m for m in outbox(ward.app) if m["To"] == "a.hangthan@gmail.example" and "Trả lời ý kiến" in m["Subject"]]
    assert len(again) == 1  # the email went once


def test_who_cleared_a_flag_is_journalled_and_shown_in_the_history(ward):
    import getpass

    abusive = new_case(ward, "23/11/2026 08:20:00", ABUSIVE, "0912 000 111")
    ward.officer_set({(abusive.code, "Lưu ý"): ""})  # the chair empties the cell in the register
    cycle(ward)
    [decision] = ward.app.journal.decisions(abusive.code)
    assert (decision["action"], decision["by_name"], decision["os_user"]) == ("clear-flag", CHAIR_NAME, getpass.getuser())
    assert decision["at"] and "Lợi dụng, xúc phạm" in decision["detail"]
    history = row(ward, abusive.code)["Diễn biến"]
    assert "Bỏ Lưu ý «Lợi dụng, xúc phạm» trong sổ theo dõi lúc" in history and CHAIR_NAME in history
    assert getpass.getuser() in history and ward.app.journal.case(abusive.code).status != Status.REJECTED

    spam = new_case(ward, "23/11/2026 08:30:00", SPAM, "moigioi@gmail.example")
    runner = CliRunner()
    refused = runner.invoke(main, ["--config", str(ward.cfg), "clear-flag", spam.code, "--by", "Nguyễn Văn Trực"],
                            input="y\n")
    assert refused.exit_code == 2 and ward.app.journal.decisions(spam.code) == []  # not a chair
    done = runner.invoke(main, ["--config", str(ward.cfg), "clear-flag", spam.code, "--by", CHAIR_NAME], input="y\n")
    assert done.exit_code == 0, done.output
    [decision] = ward.app.journal.decisions(spam.code)
    assert (decision["action"], decision["by_name"], decision["os_user"]) == ("clear-flag", CHAIR_NAME, getpass.getuser())
    cycle(ward)
    cleared = ward.app.journal.case(spam.code)
    assert "spam" not in cleared.flags and cleared.status != Status.REJECTED
    r = row(ward, spam.code)
    assert r["Lưu ý"] == "" and f"Chủ tịch {CHAIR_NAME} bỏ Lưu ý «Thư rác» lúc" in r["Diễn biến"]
    assert sent_to(ward, "moigioi@gmail.example", spam.code)  # acknowledged now, like any item
