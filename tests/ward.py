"""Helpers the tests and benchmarks share: a ward set up like the demo in a temporary folder, clocks
moved by hand, and the small reminders ward with the outbox read back as mail. Fixtures live in
conftest.py (and mailservers.py for real servers); test modules import helpers from here, never
from each other."""

from __future__ import annotations

import email
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from functools import cached_property
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class FakeTime:
    """A monotonic clock and a sleep that only moves it: retries, backoff and quota windows cost nothing."""

    def __init__(self, start: float = 10_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Clock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when


def make_ward(base: Path, *, form: bool = True, extra_yaml: str = "") -> Path:
    """A ward folder like `hopthu demo` makes: sample inbox, Form CSV, config. Returns the config path."""
    data = base / "data"
    shutil.copytree(EXAMPLES / "inbox", data / "inbox")
    for sub in ("new", "cur", "tmp"):
        (data / "inbox" / sub).mkdir(exist_ok=True)
    if form:
        shutil.copy(EXAMPLES / "form-responses.csv", data / "form-responses.csv")
    from hopthu.cli import example_config

    text = example_config(ROOT)
    if not form:
        text = text.replace("backend: file ", "backend: none ")
    path = base / "hopthu.yaml"
    path.write_text(text + extra_yaml, encoding="utf-8")
    return path


def write_backlog(inbox: Path, letters: int) -> None:
    """`letters` citizens' letters waiting in a Maildir's new/ (each about its own lane's street lamp)."""
    for n in range(letters):
        msg = EmailMessage()
        msg["From"] = f"Cư dân {n} <cudan{n}@gmail.example>"
        msg["To"] = "hopthu@mttq-luukiem.example.vn"
        msg["Subject"] = f"Đèn đường ngõ {n} bị hỏng"
        msg["Message-ID"] = f"<backlog-{n}@gmail.example>"
        msg["Date"] = "Mon, 16 Nov 2026 07:42:18 +0700"
        msg.set_content(f"Đèn đường ở ngõ {n} phố Trần Phú không sáng đã một tuần, đề nghị sửa giúp.")
        (inbox / f"17950{n:05d}.M{n}P1.backlog").write_bytes(bytes(msg))


def gone(text: str, *personal: str, keep: tuple[str, ...] = ()) -> str:
    """The redacted `text`, asserting that no `personal` string is left in it and every `keep` string is."""
    from hopthu.core.redact import redact

    out = redact(text)
    for s in personal:
        assert s not in out, (s, out)
    for s in keep:
        assert s in out, (s, out)
    return out


def each_way_cases(cases: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each (text, personal, keep) case for `gone` as written and with its diacritics stripped: the text, the
    personal and the kept strings alike."""
    from hopthu.core.textnorm import afold

    return [c for text, personal, keep in cases
            for c in ((text, personal, keep), (afold(text), tuple(map(afold, personal)), tuple(map(afold, keep))))]


def wait_until(predicate, timeout: float, what: str) -> None:
    """Poll `predicate` until it holds (a daemon thread's effect on real servers), or fail saying what."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for: {what}")
        time.sleep(0.02)


# -- another program holding a file open (test_platform, test_register_open) ---------------

HOLDER = (
    "import sys; from pathlib import Path; from hopthu import platform\n"
    "with platform.current().hold_lock(Path(sys.argv[1])):\n"
    "    print('held', flush=True); sys.stdin.readline()\n"
)


class OtherProgram:
    """Another process holding a lock on a file, as an office program holds an open document."""

    def __init__(self, path: Path):
        self.proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "held"

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("\n")
            self.proc.stdin.flush()
            self.proc.wait(timeout=10)


# -- the small ward of the reminder tests (test_reminders, test_quarter_replay) ---------------

CHAIR = "chutich@mttq-luukiem.example.vn"
TRUC = "truc.ban@mttq-luukiem.example.vn"  # roles duty + officer
HA = "thuha@mttq-luukiem.example.vn"  # role officer, added by small_ward
CODE_LINE = re.compile(r"\[(HT-\d{4}-\d{4})\] (còn \d+ ngày làm việc|hết hạn hôm nay|quá hạn \d+ ngày làm việc)")


def small_ward(tmp_path, clock, *, auto_relay=False):
    from hopthu.config import load_config
    from hopthu.wiring import build_app

    cfg = make_ward(tmp_path, form=False)
    for p in (tmp_path / "data" / "inbox" / "new").iterdir():
        p.unlink()  # no sample mail: only the items each test records
    text = cfg.read_text(encoding="utf-8")
    text = text.replace(
        '  - {name: "Nguyễn Văn Trực"',
        f'  - {{name: "Phạm Thị Thu Hà", email: "{HA}", roles: [officer]}}\n  - {{name: "Nguyễn Văn Trực"',
    )
    if auto_relay:
        text = text.replace("auto_relay: false", "auto_relay: true")
    cfg.write_text(text, encoding="utf-8")
    return build_app(load_config(cfg), clock=clock), cfg


@dataclass
class Mail:
    key: str  # the outbox file name: the idempotency key
    msg: EmailMessage

    @property
    def kind(self) -> str:
        return self.key.split("_", 1)[0]

    @cached_property
    def sent(self) -> datetime:
        return parsedate_to_datetime(self.msg["Date"]).astimezone(TZ)

    @cached_property
    def body(self) -> str:
        return self.msg.get_content()

    def lines(self) -> list[tuple[str, str]]:
        return CODE_LINE.findall(self.body)


def mails(app, kind: str | None = None, to: str | None = None) -> list[Mail]:
    folder = app.config.resolve(app.settings.outbox.path)
    out = [Mail(p.stem, email.message_from_bytes(p.read_bytes(), policy=policy.default))
           for p in sorted(folder.glob("*.eml"))]
    return [m for m in out if (kind is None or m.kind == kind) and (to is None or m.msg["To"] == to)]


def officer_edit(app, edits: dict[tuple[str, str], object]) -> None:
    path = app.config.resolve(app.settings.register.path)
    wb = load_workbook(path)
    ws = wb[app.settings.register.sheet]
    headers = [c.value for c in ws[1]]
    rows = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for (code, header), value in edits.items():
        ws.cell(rows[code], headers.index(header) + 1).value = value
    wb.save(path)
