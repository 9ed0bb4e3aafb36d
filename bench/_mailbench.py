"""Shared by the mail benchmarks: real servers from tests/mailservers.py (imported by path), a ward
configured on them, and a varied corpus of citizens' emails generated from examples/.

Not a benchmark itself (the leading underscore).
"""

from __future__ import annotations

import email.policy
import importlib.util
import random
import re
import sys
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from multiprocessing.managers import BaseManager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "daemon"))


def load_mailservers():
    """tests/mailservers.py as a module (Dovecot, SmtpSink, ...), without pytest collecting anything."""
    spec = importlib.util.spec_from_file_location("mailservers", ROOT / "tests" / "mailservers.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mailservers"] = module
    spec.loader.exec_module(module)
    return module


def write_ward(base: Path, dovecot, sink, *, extra: str = "", register_every: int = 60) -> Path:
    """hopthu.example.yaml with the inbox on `dovecot` (IMAP + IDLE) and the outbox on `sink` (SMTP)."""
    imap = (f'inbox:\n  backend: imap\n  host: "{dovecot.host}"\n  port: {dovecot.port}\n  security: none\n'
            f'  username: "{dovecot.user}"\n  start_date: 2020-01-01\n  flood_per_hour: 1000000\n')
    smtp = (f'outbox:\n  backend: smtp\n  daily_cap: 1000000\n'
            f'  smtp: {{host: "{sink.host}", port: {sink.port}, security: none}}\n')
    path = load_mailservers().mail_ward(base, inbox=imap, outbox=smtp, extra=extra,
                                        env=f"HOPTHU_IMAP_PASSWORD={dovecot.password}\n")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("write_every_seconds: 60", f"write_every_seconds: {register_every}"), encoding="utf-8")
    return path


FORM_ID, FORM_TAB = "bench-form", "Câu trả lời biểu mẫu 1"
REG_ID, REG_TAB = "bench-register", "Sổ theo dõi"


class _Emulator:
    """The Sheets-v4 emulator in the process of a `multiprocessing` manager (`emulator_apart`)."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT / "tests"))
        from sheets_emulator import SheetsEmulator

        self.emu = SheetsEmulator().start()  # Google's quotas: 60 a minute per user, 300 per project

    def base_url(self) -> str:
        return self.emu.base_url

    def create_spreadsheet(self, *args, **kwargs):
        return self.emu.create_spreadsheet(*args, **kwargs)

    def service_account_info(self, email: str) -> dict:
        return self.emu.service_account_info(email)

    def row_count(self, spreadsheet_id: str, sheet: str) -> int:
        """Rows holding a value (the header included): counted there, not sent over."""
        return len(self.emu.values(spreadsheet_id, sheet))

    def counts(self) -> tuple[int, int]:
        return self.emu.request_count, self.emu.quota_rejections

    def reset_counts(self) -> None:
        self.emu.reset_counts()

    def stop(self) -> None:
        self.emu.stop()


class _Manager(BaseManager):
    pass


_Manager.register("Emulator", _Emulator)


class EmulatorApart:
    """The emulator as Google is to the ward: in a process of its own, so its JSON work (a 10,000-row read
    is hundreds of milliseconds of Python) never takes the interpreter lock from the benchmark's SMTP
    sink or from a daemon running in the benchmark's process. The attributes the benchmarks use of a
    `SheetsEmulator` (`base_url`, `request_count`, `quota_rejections`, `values` for a row count...)."""

    def __init__(self) -> None:
        import multiprocessing

        self._manager = _Manager(ctx=multiprocessing.get_context("spawn"))
        self._manager.start()
        self._emu = self._manager.Emulator()  # type: ignore[attr-defined]
        self.base_url = self._emu.base_url()

    def create_spreadsheet(self, *args, **kwargs):
        return self._emu.create_spreadsheet(*args, **kwargs)

    def service_account_info(self, email: str) -> dict:
        return self._emu.service_account_info(email)

    def row_count(self, spreadsheet_id: str, sheet: str) -> int:
        return self._emu.row_count(spreadsheet_id, sheet)

    @property
    def request_count(self) -> int:
        return self._emu.counts()[0]

    @property
    def quota_rejections(self) -> int:
        return self._emu.counts()[1]

    def reset_counts(self) -> None:
        self._emu.reset_counts()

    def stop(self) -> None:
        try:
            self._emu.stop()
        finally:
            self._manager.shutdown()


def google_ward(path: Path, rows: int, full_read_minutes: int | None = None, *, apart: bool = False):
    """Point the ward at a started emulator: the Form's response sheet with `rows` answers of history
    (none with an email, so no acknowledgement) and an empty register spreadsheet. Returns the emulator.
    `full_read_minutes`: the register's safety-net whole read this often (the ward's default otherwise).
    `apart`: the emulator in a process of its own (`EmulatorApart`)."""
    import json
    from datetime import timedelta

    if apart:
        emu = EmulatorApart()
    else:
        sys.path.insert(0, str(ROOT / "tests"))
        from sheets_emulator import SheetsEmulator

        emu = SheetsEmulator().start()  # Google's quotas: 60 a minute per user, 300 per project
    import csv

    with open(ROOT / "examples" / "form-responses.csv", encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    t0 = datetime(2026, 1, 1)
    history = [[(t0 + timedelta(minutes=i)).strftime("%d/%m/%Y %H:%M:%S"), f"TDP số {i % 40 + 1}", "Khác",
                f"Góp ý số {i} về buổi sinh hoạt khu dân cư tháng này của tổ dân phố", "", "", ""] for i in range(rows)]
    emu.create_spreadsheet(FORM_ID, "Câu trả lời", sheets={FORM_TAB: [header, *history]})
    emu.create_spreadsheet(REG_ID, "Sổ theo dõi", sheets={"Trang tính1": []})
    text = path.read_text(encoding="utf-8")
    text = text.replace("form:\n  backend: none\n", f'form:\n  backend: sheet\n  sheet_id: "{FORM_ID}"\n'
                                                     f'  worksheet: "{FORM_TAB}"\n')
    text = re.sub(r"(?ms)^register:\n.*?(?=^\S)", lambda _: f'register:\n  backend: sheet\n  sheet_id: "{REG_ID}"\n'
                  f'  write_every_seconds: 60\n'
                  + (f'  full_read_minutes: {full_read_minutes}\n' if full_read_minutes else ''), text, count=1)
    text = text.replace('emails: ["thuongtruc@mttq-luukiem.example.vn"]', "emails: []")  # history: no routing mail
    text += f'google:\n  api_base: "{emu.base_url}"\n'
    path.write_text(text, encoding="utf-8")
    (path.parent / "key.json").write_text(json.dumps(emu.service_account_info("bench@hopthu.iam.gserviceaccount.com")))
    with open(path.parent / ".env", "a") as env:
        env.write("HOPTHU_GOOGLE_KEY_FILE=key.json\n")
    return emu


# -- a varied corpus ------------------------------------------------------------------------

STREETS = ["Trần Phú", "Lê Lợi", "Hoàng Hoa Thám", "Nguyễn Trãi", "Quang Trung", "Lý Thường Kiệt", "Bạch Đằng"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Huy", "Phạm Thu Trang", "Đỗ Đức Anh", "Ngô Thị Hạnh",
         "Hoàng Minh Tuấn", "Vũ Thị Lan", "Đặng Minh Khoa", "Bùi Văn Long"]
EXTRA = [
    "Đề nghị phường sớm kiểm tra, xử lý.",
    "Tình trạng này kéo dài đã hơn hai tuần.",
    "Bà con trong tổ rất bức xúc, mong được trả lời.",
    "Tôi gửi kèm ảnh chụp hiện trường.",
    "Buổi tối đi qua rất nguy hiểm cho trẻ em và người già.",
    "Xin cảm ơn Mặt trận phường đã lắng nghe ý kiến của nhân dân.",
]


def _example_texts() -> list[tuple[str, str]]:
    """(subject, text) of every sample email in examples/inbox, decoded by hopthu's own parser."""
    from hopthu.core.parsing import parse_email

    out = []
    for path in sorted((ROOT / "examples" / "inbox").rglob("*")):
        if path.is_file():
            parsed = parse_email(path.read_bytes())
            if parsed.text:
                out.append((parsed.subject, parsed.text))
    return out


def corpus(n: int, seed: int = 7, *, senders: int | None = None) -> list[bytes]:
    """n different emails: the examples' texts with numbers, streets and sentences varied, from `senders`
    distinct citizens (default: one each), in a mix of encodings (UTF-8 8bit / quoted-printable / base64,
    windows-1258), some with an HTML alternative or a small attachment."""
    rng = random.Random(seed)
    texts = _example_texts()
    out = []
    for i in range(n):
        subject, text = rng.choice(texts)
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 60)), text)
        for street in STREETS:
            if street in text:
                text = text.replace(street, rng.choice(STREETS))
        text = text + "\n\n" + " ".join(rng.sample(EXTRA, rng.randint(0, 3)))
        name = rng.choice(NAMES)
        who = i if senders is None else i % senders
        msg = EmailMessage()
        msg["From"] = f"{name} <cudan{who}@gmail.example>"
        msg["To"] = "hopthu@mttq-luukiem.example.vn"
        msg["Subject"] = re.sub(r"\d+", lambda m: str(rng.randint(1, 60)), subject) or "Góp ý"
        msg["Date"] = format_datetime(datetime.now(timezone.utc))
        msg["Message-ID"] = make_msgid(idstring=f"bench{i}", domain="gmail.example")
        kind = rng.random()
        if kind < 0.15:
            msg.set_content(text.encode("cp1258", "replace"), maintype="text", subtype="plain",
                            params={"charset": "windows-1258"}, cte="quoted-printable")
        else:
            cte = rng.choice(["8bit", "quoted-printable", "base64"])
            msg.set_content(text, charset="utf-8", cte=cte)
            if kind > 0.85:
                msg.add_alternative("<html><body><p>" + text.replace("\n", "<br>") + "</p></body></html>",
                                    subtype="html")
            elif kind > 0.75:
                msg.add_attachment(bytes(rng.randrange(256) for _ in range(2048)), maintype="image",
                                   subtype="jpeg", filename=f"anh-{i}.jpg")
        out.append(msg.as_bytes(policy=email.policy.SMTP))
    return out
