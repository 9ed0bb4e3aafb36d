"""The kill test's rig (tests/test_kill.py, bench/kill_test.py): the real daemon as a subprocess against a
real Dovecot and an aiosmtpd sink, with the embedded Form file and XLSX register, killed at named crash
points (hopthu/crashpoints.py, `HOPTHU_CRASH_AT`) and by SIGKILL at random times, restarted until
nothing is left to do, then checked against what was fed in.

The checks (`KillRig.verify`): every submission is a case or a quarantined item with a reason (lost 0);
no submission made two cases; every email the journal queued reached the SMTP sink at least once, and a
second delivery carries the same Message-ID (counted as duplicates); nothing reached the sink that the
journal does not know; every case of a letter had its acknowledgement; the register holds one row per
case and no case twice; INBOX is empty (every letter moved to the processed folder).
"""

from __future__ import annotations

import csv
import email
import email.policy
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
FORM_HEADER = ["Dấu thời gian", "Tổ dân phố", "Lĩnh vực góp ý", "Nội dung góp ý, phản ánh",
               "Địa điểm xảy ra sự việc", "Họ và tên (không bắt buộc)",
               "Thông tin liên hệ (email hoặc số điện thoại, không bắt buộc)"]

STREETS = ["Trần Phú", "Lê Lợi", "Hoàng Hoa Thám", "Nguyễn Trãi", "Quang Trung", "Lý Thường Kiệt", "Bạch Đằng",
           "Phan Đình Phùng", "Hai Bà Trưng", "Điện Biên Phủ"]
TOPICS = [
    ("Đèn đường hỏng", "Đèn chiếu sáng ở ngõ {n} phố {street} bị hỏng đã {d} ngày, buổi tối đi lại rất tối."),
    ("Rác thải", "Điểm tập kết rác đầu ngõ {n} phố {street} để rác tràn ra đường {d} ngày chưa được thu gom."),
    ("Ổ gà", "Mặt đường trước nhà số {n} phố {street} có ổ gà sâu, đã có {d} người đi xe máy bị ngã."),
    ("Tiếng ồn", "Quán karaoke ở số {n} phố {street} hát đến khuya, đã kéo dài {d} tuần, bà con không ngủ được."),
    ("Cống tắc", "Cống thoát nước ở ngõ {n} phố {street} bị tắc, mưa {d} lần là nước tràn vào nhà dân."),
    ("Lấn chiếm vỉa hè", "Cửa hàng ở số {n} phố {street} bày hàng kín vỉa hè {d} tháng nay, người đi bộ phải xuống lòng đường."),
]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quang Huy", "Phạm Thu Trang", "Đỗ Đức Anh", "Ngô Thị Hạnh",
         "Hoàng Minh Tuấn", "Vũ Thị Lan", "Đặng Minh Khoa", "Bùi Văn Long"]


def _crash_free_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "HOPTHU_CRASH_AT"}
    env["PYTHONPATH"] = str(ROOT / "daemon") + os.pathsep + env.get("PYTHONPATH", "")
    return env


@dataclass
class Submission:
    marker: str       # in the text: finds its intake again
    channel: str      # email | form
    sender: str = ""  # the citizen's address (letters, and Form rows that give one)
    message_id: str = ""


@dataclass
class Figures:
    kills: Counter = field(default_factory=Counter)        # crash point (or "random") → kills
    missed: Counter = field(default_factory=Counter)       # armed but the run ended without reaching it
    runs: int = 0
    submissions: int = 0
    cases: int = 0
    quarantined: int = 0
    emails_expected: int = 0
    delivered: int = 0          # distinct emails that reached the sink
    duplicates: int = 0         # deliveries beyond the first of an email, each with the same Message-ID
    lost: int = 0               # submissions neither a case nor quarantined with a reason
    duplicate_cases: int = 0
    undelivered: int = 0
    unknown_mails: int = 0      # at the sink with a Message-ID the journal does not know
    acks_missing: int = 0
    register_rows: int = 0
    register_duplicates: int = 0
    register_missing: int = 0
    inbox_left: int = 0
    problems: list[str] = field(default_factory=list)

    def ok(self) -> bool:
        return not self.problems


class KillRig:
    def __init__(self, base: Path, dovecot, sink, *, officers: int = 3, seed: int = 0):
        self.base, self.dovecot, self.sink = base, dovecot, sink
        self.rng = random.Random(seed)
        self.submissions: list[Submission] = []
        self.figures = Figures()
        self.config = self._write_ward(officers)
        self.state = base / "state"
        self.register = base / "data" / "so-theo-doi.xlsx"
        self.form = base / "data" / "form-responses.csv"
        self.log = open(base / "daemon-output.log", "ab")  # the daemon runs' output, kept for the rig's life

    # -- the ward --------------------------------------------------------------------

    def _write_ward(self, officers: int) -> Path:
        import mailservers

        d = self.dovecot
        imap = (f'inbox:\n  backend: imap\n  host: "{d.host}"\n  port: {d.port}\n  security: none\n'
                f'  username: "{d.user}"\n  start_date: 2020-01-01\n  flood_per_hour: 1000000\n')
        smtp = (f'outbox:\n  backend: smtp\n  daily_cap: 1000000\n'
                f'  smtp: {{host: "{self.sink.host}", port: {self.sink.port}, security: none}}\n')
        path = mailservers.mail_ward(self.base, inbox=imap, outbox=smtp,
                                     env=f"HOPTHU_IMAP_PASSWORD={d.password}\n")
        text = path.read_text(encoding="utf-8")
        data = self.base / "data"
        data.mkdir(exist_ok=True)
        with open(data / "form-responses.csv", "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerow(FORM_HEADER)
        text = text.replace("form:\n  backend: none\n", 'form:\n  backend: file\n  path: "data/form-responses.csv"\n')
        # The officers' daily digest is the reminder run every cycle can reach: one per officer, any hour.
        staff = "".join(f'  - {{name: "Cán bộ Thử {i}", email: "canbo{i}@mttq-luukiem.example.vn", roles: [officer]}}\n'
                        for i in range(officers))
        text = text.replace("officers:\n", "officers:\n" + staff, 1)
        today = datetime.now(TZ).date()
        days = ", ".join(f'"{today + timedelta(days=i)}"' for i in range(-1, 3))
        text = text.replace("extra_working_days: []", f"extra_working_days: [{days}]")
        text = text.replace('office_start: "07:30"', 'office_start: "00:00"')
        text = text.replace('office_end: "17:00"', 'office_end: "23:59:59"')
        text = text.replace('digest_time: "08:00"', 'digest_time: "00:00"')
        text = text.replace("poll_seconds: 60 ", "poll_seconds: 5 ")
        path.write_text(text, encoding="utf-8")
        return path

    # -- feeding -----------------------------------------------------------------------

    def _text(self, marker: str) -> tuple[str, str]:
        subject, body = self.rng.choice(TOPICS)
        body = body.format(n=self.rng.randint(1, 200), street=self.rng.choice(STREETS), d=self.rng.randint(2, 30))
        return subject, f"{body} Mã góp ý {marker}."

    def add_letters(self, n: int) -> None:
        for _ in range(n):
            i = len(self.submissions)
            marker = f"KT{i:05d}"
            subject, body = self._text(marker)
            sender = f"cudan{i}@gmail.example"
            msg = EmailMessage()
            msg["From"] = f"{self.rng.choice(NAMES)} <{sender}>"
            msg["To"] = "hopthu@mttq-luukiem.example.vn"
            msg["Subject"] = subject
            msg["Date"] = format_datetime(datetime.now(TZ))
            msg["Message-ID"] = f"<{marker.lower()}@gmail.example>"
            msg.set_content(body + "\n\nXin cảm ơn.", charset="utf-8",
                            cte=self.rng.choice(["8bit", "quoted-printable", "base64"]))
            self.dovecot.append(msg)
            self.submissions.append(Submission(marker, "email", sender, msg["Message-ID"]))

    def add_form_rows(self, n: int) -> None:
        rows = []
        for _ in range(n):
            i = len(self.submissions)
            marker = f"KT{i:05d}"
            _subject, body = self._text(marker)
            sender = f"cudan{i}@gmail.example" if i % 2 else ""
            stamp = (datetime.now(TZ) + timedelta(seconds=i)).strftime("%d/%m/%Y %H:%M:%S")
            rows.append([stamp, f"TDP số {i % 12 + 1}", "Khác", body, "", self.rng.choice(NAMES),
                         sender or f"09{i:08d}"])
            self.submissions.append(Submission(marker, "form", sender))
        with open(self.form, "a", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)

    def feed(self, letters: int, rows: int) -> None:
        self.add_letters(letters)
        self.add_form_rows(rows)

    # -- running -----------------------------------------------------------------------

    def _command(self, what: str) -> list[str]:
        return [sys.executable, "-m", "hopthu.cli", "--config", str(self.config), what]

    def once(self, crash: str | None = None, timeout: float = 120) -> int:
        """`hopthu once`, armed at `crash` ("name" or "name:nth"); its exit status (137: it died there)."""
        env = _crash_free_env()
        if crash:
            env["HOPTHU_CRASH_AT"] = crash
        self.figures.runs += 1
        rc = subprocess.run(self._command("once"), env=env, stdout=self.log, stderr=self.log, timeout=timeout,
                            cwd=self.base).returncode
        if crash:
            point = crash.partition(":")[0]
            if rc == 137:
                self.figures.kills[point] += 1
            else:
                self.figures.missed[point] += 1
        return rc

    def kill_randomly(self, low: float = 0.3, high: float = 4.0) -> bool:
        """`hopthu run`, SIGKILLed after a random delay. True when it was still running (a kill)."""
        self.figures.runs += 1
        proc = subprocess.Popen(self._command("run"), env=_crash_free_env(), stdout=self.log, stderr=self.log,
                                cwd=self.base)
        time.sleep(self.rng.uniform(low, high))
        alive = proc.poll() is None
        if alive:
            proc.send_signal(signal.SIGKILL)
            self.figures.kills["random"] += 1
        proc.wait(30)
        return alive

    def settle(self, most: int = 6) -> None:
        """Run `hopthu once` unarmed until the journal has nothing pending (items, emails) and INBOX is empty."""
        for _ in range(most):
            self.once()
            if not self._pending():
                return
        raise AssertionError(f"not quiescent after {most} clean runs: {self._pending()}")

    def _pending(self) -> dict[str, int]:
        with self._journal() as db:
            left = {
                "intakes": db.execute("SELECT COUNT(*) FROM intake WHERE state = 'received'").fetchone()[0],
                "emails": db.execute("SELECT COUNT(*) FROM outbox WHERE state = 'pending'").fetchone()[0],
            }
        left["inbox"] = len(self.dovecot.messages())
        return {k: v for k, v in left.items() if v}

    def _journal(self):
        db = sqlite3.connect(f"file:{self.state / 'journal.sqlite3'}?mode=ro", uri=True)
        db.row_factory = sqlite3.Row
        return _Closing(db)

    # -- checking ----------------------------------------------------------------------

    def verify(self) -> Figures:
        f = self.figures
        f.submissions = len(self.submissions)
        with self._journal() as db:
            intakes = db.execute("SELECT i.source_id, channel, state, reason, case_code, payload, r.raw FROM intake i"
                                 " LEFT JOIN intake_raw r ON r.source_id = i.source_id").fetchall()
            cases = db.execute("SELECT code, source_id FROM cases").fetchall()
            outbox = db.execute("SELECT key, kind, case_code, recipient, message_id, state FROM outbox").fetchall()
        by_marker: dict[str, list[sqlite3.Row]] = {}
        for row in intakes:
            text = row["payload"] or ""
            if row["channel"] == "email" and row["raw"]:
                head = email.message_from_bytes(bytes(row["raw"]), policy=email.policy.default)
                text = str(head.get("Message-ID", "")) + text
            for marker in set(re.findall(r"KT\d{5}", text, flags=re.IGNORECASE)):
                by_marker.setdefault(marker.upper(), []).append(row)
        case_of_source = {c["source_id"]: c["code"] for c in cases}
        f.cases = len(cases)
        acks = {(m["case_code"], m["recipient"].lower()) for m in outbox if m["kind"] == "ack"}
        for sub in self.submissions:
            rows = by_marker.get(sub.marker, [])
            made = {case_of_source[r["source_id"]] for r in rows if r["source_id"] in case_of_source}
            codes = {r["case_code"] for r in rows if r["case_code"]} | made
            held = [r for r in rows if r["state"] in ("quarantined", "held") and r["reason"].strip()]
            if len(made) > 1 or len(codes) > 1:
                f.duplicate_cases += 1
                f.problems.append(f"{sub.marker}: {len(codes)} cases {sorted(codes)}")
            if not codes and not held:
                f.lost += 1
                f.problems.append(f"{sub.marker} ({sub.channel}) lost: intakes {[(r['source_id'], r['state']) for r in rows]}")
            if held and not codes:
                f.quarantined += 1
            if sub.channel == "email" and codes and not any((c, sub.sender) in acks for c in codes):
                f.acks_missing += 1
                f.problems.append(f"{sub.marker}: no acknowledgement queued for its case {sorted(codes)}")
        self._verify_mail(outbox)
        self._verify_register({c["code"] for c in cases})
        f.inbox_left = len(self.dovecot.messages())
        if f.inbox_left:
            f.problems.append(f"{f.inbox_left} letter(s) left in INBOX")
        return f

    def _verify_mail(self, outbox) -> None:
        f = self.figures
        seen = Counter(str(m.message.get("Message-ID", "")).strip() for m in self.sink.received)
        known = {m["message_id"].strip(): m for m in outbox}
        f.emails_expected = len(outbox)
        for mid, row in known.items():
            if seen[mid]:
                f.delivered += 1
                f.duplicates += seen[mid] - 1
            else:
                f.undelivered += 1
                f.problems.append(f"email {row['key']} ({row['state']}) never reached the server")
        for mid in seen:
            if mid not in known:
                f.unknown_mails += 1
                f.problems.append(f"the server got {mid}, which the journal does not know")

    def _verify_register(self, codes: set[str]) -> None:
        from openpyxl import load_workbook

        f = self.figures
        wb = load_workbook(self.register, read_only=True)
        ws = wb.worksheets[0]
        found = [str(r[0]) for r in ws.iter_rows(min_row=2, values_only=True) if r and r[0]]
        wb.close()
        f.register_rows = len(found)
        f.register_duplicates = len(found) - len(set(found))
        f.register_missing = len(codes - set(found))
        if f.register_duplicates:
            f.problems.append(f"register: {f.register_duplicates} case(s) on two rows")
        if f.register_missing:
            f.problems.append(f"register: {f.register_missing} case(s) without a row")
        if set(found) - codes:
            f.problems.append(f"register: rows for unknown cases {sorted(set(found) - codes)[:5]}")

    def close(self) -> None:
        self.log.close()


class _Closing:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        return self.db

    def __exit__(self, *exc) -> None:
        self.db.close()


def table(figures: Figures) -> str:
    """The figures as the bench prints them: kills per crash point, then the totals."""
    lines = ["crash point               kills  armed-not-reached"]
    for point in sorted(set(figures.kills) | set(figures.missed)):
        lines.append(f"  {point:<24}{figures.kills[point]:>5}  {figures.missed[point]:>5}")
    lines.append(f"  {'all':<24}{sum(figures.kills.values()):>5}")
    for name in ("runs", "submissions", "cases", "quarantined", "emails_expected", "delivered", "duplicates",
                 "undelivered", "unknown_mails", "lost", "duplicate_cases", "acks_missing", "register_rows",
                 "register_duplicates", "register_missing", "inbox_left"):
        lines.append(f"{name:<26}{getattr(figures, name)}")
    return "\n".join(lines)


def as_json(figures: Figures) -> str:
    out = {k: v for k, v in figures.__dict__.items() if k != "problems"}
    out["kills"], out["missed"] = dict(figures.kills), dict(figures.missed)
    out["problems"] = figures.problems[:20]
    return json.dumps(out, ensure_ascii=False, indent=1)
