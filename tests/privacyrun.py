"""The privacy set run through the whole daemon: what reaches agencies, the register, `cases --json`, the
export and the log (issue: "a run over the demo and over your set leaves 0 personal strings in the outbox
(except emails to the citizen themself), the register, `cases --json` and the logs").

`bench/privacy_eval.py` measures the redactor on each text alone. This rig feeds the labelled items to a
ward set up like the demo (emails into the Maildir inbox, Form answers into the Form's file, paper items
typed into the register by an officer), runs `run_cycle` until nothing is left to do, then looks for every
labelled personal string in each place a case's text goes:

- the outbox folder: every email except those to the citizen themself (the acknowledgement quotes the
  citizen's own letter back to them, which the plan allows), found by the case codes it names;
- the register's sheet (the case's row, found by its code), `hopthu cases --json` and `hopthu export` (CSV);
- the monthly public report of every month the cases came in (`hopthu report monthly`: its HTML list by
  case, its spoken summary and its spreadsheet as a whole);
- the log, written at DEBUG level for the run.

A string leaks when it occurs as a whole word (the privacy set's labels are whole words). Each leak is put
in one of two kinds: one the redactor itself leaves in the item's text (`redact(subject + "\\n" + text)`,
counted by `bench/privacy_eval.py` already), or one the pipeline adds: a path that skips the redactor or
joins text back. The second kind must be 0. bench/privacy_run.py prints the figures; tests/test_privacy_run.py
runs a bounded slice on every CI run.
"""

from __future__ import annotations

import csv
import email
import html
import io
import json
import logging
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path

from openpyxl import load_workbook

from ward import EXAMPLES, TZ, make_ward

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "eval" / "privacy"
CODE = re.compile(r"HT-\d{4}-\d{4,}")
CONTENT = "Nội dung (đã ẩn thông tin cá nhân)"
PLACES = ("outbox", "register", "cases --json", "export", "report", "log")


def read_items(part: str) -> list[dict]:
    with (EVAL / f"{part}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def whole_word(s: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")


#: A personal string this long is looked for anywhere (a full name, a phone, an email); a shorter one ("An",
#: "số 9", "58") also occurs by chance in what hopthu writes itself ("An ninh", "TDP số 9", a time's seconds,
#: a rule's id), so it counts only with a few of the letter's characters beside it, as a copy would carry it.
ALONE = 6
CONTEXT = 5


def found(s: str, item: dict, text: str) -> bool:
    """Whether the personal string `s` of `item` is in `text` (whitespace collapsed in both)."""
    if len(s) >= ALONE:
        return bool(whole_word(s).search(text))
    letter = " ".join(f"{item['subject']}\n{item['text']}".split())
    for m in whole_word(" ".join(s.split())).finditer(letter):
        sides = [letter[m.start() - CONTEXT:m.end()] if m.start() >= CONTEXT else None,
                 letter[m.start():m.end() + CONTEXT] if m.end() + CONTEXT <= len(letter) else None]
        if all(side is None for side in sides):  # the whole letter: nothing beside it to tell a copy by
            sides = [s]
        if any(side is not None and side in text for side in sides):
            return True
    return False


@dataclass
class Leak:
    item: str
    kind: str
    string: str
    place: str
    redactor_too: bool  # the redactor alone leaves it in the item's text (bench/privacy_eval.py counts it)


@dataclass
class RunFigures:
    items: int = 0
    cases: int = 0
    unmatched: list[str] = field(default_factory=list)  # items that became no case (quarantined, ignored)
    personal: int = 0
    emails_scanned: int = 0
    leaks: list[Leak] = field(default_factory=list)

    @property
    def pipeline_leaks(self) -> list[Leak]:
        return [x for x in self.leaks if not x.redactor_too]

    def table(self, *, names: bool) -> str:
        strings = {(x.item, x.string) for x in self.leaks}
        by_place = Counter(x.place for x in self.leaks)
        lines = [
            f"items {self.items}, cases {self.cases} (items without a case: {len(self.unmatched)}), "
            f"agency/officer emails scanned {self.emails_scanned}",
            f"personal strings {self.personal}: found after the run {len(strings)} "
            f"({len({(x.item, x.string) for x in self.leaks if x.redactor_too})} the redactor's own misses, "
            f"{len({(x.item, x.string) for x in self.pipeline_leaks})} added by the pipeline; target 0)",
            "  per place: " + ", ".join(f"{p} {by_place.get(p, 0)}" for p in PLACES),
        ]
        if names:
            for x in self.leaks:
                lines.append(f"  {x.item} {x.kind:16} {x.string!r} in {x.place}"
                             + ("" if x.redactor_too else "   <- added by the pipeline"))
            if self.unmatched:
                lines.append("  without a case: " + ", ".join(self.unmatched))
        return "\n".join(lines)


def _rows_of(path: Path) -> list[tuple[str, str]]:
    """(the case code the row names, or "", the row's text) for every row of every sheet of a workbook."""
    wb = load_workbook(path, read_only=True)
    try:
        rows = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                cells = [str(v) for v in row if v is not None]
                code = next((c for c in cells if CODE.fullmatch(c)), "")
                rows.append((code, "\n".join(cells)))
        return rows
    finally:
        wb.close()


def demo_items() -> list[dict]:
    """The demo's own letters and Form answers as items whose personal strings are their senders' names and
    contacts (the From header; the Form's name and contact answers): the demo's texts carry no labels."""
    items = []
    for path in sorted((EXAMPLES / "inbox").glob("*/*")):
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        name, address = email.utils.parseaddr(str(msg["From"] or ""))
        body = msg.get_body(("plain", "html"))
        items.append({"id": path.name.split(".M", 1)[0], "channel": "email", "subject": str(msg["Subject"] or ""),
                      "text": body.get_content() if body is not None else "",
                      "personal": [{"s": s, "kind": k} for s, k in ((name, "signature_name"), (address, "email"))
                                   if s]})
    with (EXAMPLES / "form-responses.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    for n, row in enumerate(rows[1:], 1):
        items.append({"id": f"form-{n}", "channel": "form", "subject": "", "text": row[3],
                      "personal": [{"s": s, "kind": k} for s, k in ((row[5], "signature_name"), (row[6], "phone"))
                                   if s.strip()]})
    return items


def _email(item: dict, when: datetime) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{item['id'].replace('-', '')}@dan.example"  # no display name: the text carries the person
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = item["subject"] or "Góp ý"
    msg["Message-ID"] = f"<{item['id']}@dan.example>"
    msg["Date"] = email.utils.format_datetime(when)
    msg.set_content(item["text"])
    return bytes(msg)


def _paper_text(item: dict) -> str:
    return f"{item['subject']}\n{item['text']}" if item["subject"] else item["text"]


class PrivacyRun:
    """One ward in `base` taking `items`; `run()` returns what was found where."""

    def __init__(self, base: Path, items: list[dict] | None = None):
        """`items`: labelled items fed to an empty ward; None: the demo's sample data as `hopthu demo` has it."""
        self.demo = items is None
        self.base, self.items = base, demo_items() if items is None else items
        self.config = make_ward(base)
        data = base / "data"
        if not self.demo:  # the set alone: the demo's own letters and Form answers out
            for sub in ("new", "cur"):
                shutil.rmtree(data / "inbox" / sub)
                (data / "inbox" / sub).mkdir()
            header = (EXAMPLES / "form-responses.csv").read_text(encoding="utf-8").splitlines()[0]
            (data / "form-responses.csv").write_text(header + "\n", encoding="utf-8")
        self.log = base / "run.log"
        # every routed email goes out in the run (the default cap, 450 a day, would hold the rest back)
        text = self.config.read_text(encoding="utf-8")
        assert "\n  retry_days:" in text
        self.config.write_text(text.replace("\n  retry_days:", "\n  daily_cap: 1000000\n  retry_days:", 1),
                               encoding="utf-8")

    def _feed(self, app) -> None:
        data = self.base / "data"
        start = datetime(2026, 11, 23, 8, 0, tzinfo=TZ)
        with (data / "form-responses.csv").open("a", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            for n, item in enumerate(self.items):
                when = start + timedelta(seconds=n)
                if item["channel"] == "email":
                    (data / "inbox" / "new" / f"{item['id']}.M{n}P1.eval").write_bytes(_email(item, when))
                elif item["channel"] == "form":
                    writer.writerow([when.strftime("%d/%m/%Y %H:%M:%S"), "", "", item["text"], "", "", ""])

    def _type_paper(self, app) -> None:
        path = app.config.resolve(app.settings.register.path)
        wb = load_workbook(path)
        ws = wb[app.settings.register.sheet]
        column = [c.value for c in ws[1]].index(CONTENT) + 1
        for item in self.items:
            if item["channel"] == "paper":
                ws.cell(ws.max_row + 1, column).value = _paper_text(item)
        wb.save(path)

    def run(self) -> RunFigures:
        from click.testing import CliRunner

        from hopthu.cli import main
        from hopthu.config import load_config
        from hopthu.pipeline.cycle import run_cycle
        from hopthu.wiring import build_app

        handler = logging.FileHandler(self.log, encoding="utf-8")
        handler.setLevel(logging.DEBUG)
        root = logging.getLogger()
        old_level = root.level
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        try:
            app = build_app(load_config(self.config))
            try:
                if not self.demo:
                    self._feed(app)
                run_cycle(app)  # the letters and Form answers; the register exists after it
                self._type_paper(app)
                for _ in range(3):  # the officer's rows adopted, then whatever was queued
                    summary = run_cycle(app)
                    if not (summary.new_cases or summary.emails_queued):
                        break
                owner = self._owners(app)
            finally:
                app.close()
            runner = CliRunner()
            cases_json = runner.invoke(main, ["--config", str(self.config), "cases", "--json"],
                                       catch_exceptions=False).output
            export = self.base / "export.csv"
            runner.invoke(main, ["--config", str(self.config), "export", "--format", "csv", "--from",
                                 "01/01/2026", "--to", "31/12/2027", "--out", str(export)], catch_exceptions=False)
            for month in sorted({c["received_at"][:7] for c in json.loads(cases_json)}):
                runner.invoke(main, ["--config", str(self.config), "report", "monthly", "--month", month],
                              catch_exceptions=False)
        finally:
            root.removeHandler(handler)
            root.setLevel(old_level)
            handler.close()
        return self._scan(app, owner, cases_json, export)

    # -- which case is which item ---------------------------------------------------------------------

    def _owners(self, app) -> dict[str, str]:
        """case code -> item id, through the journal's intake records (the ids are in the file names for
        the Maildir, the text for the Form's rows and the officer's rows)."""
        by_text = {" ".join(_paper_text(i).split()): i["id"] for i in self.items if i["channel"] == "paper"}
        by_text.update({" ".join(i["text"].split()): i["id"] for i in self.items if i["channel"] == "form"})
        ids = {i["id"] for i in self.items}
        owner: dict[str, str] = {}
        for case in app.journal.cases():
            src = case.source_id
            key = src.split(":", 1)[-1].split(".M", 1)[0]
            if key in ids:
                owner[case.code] = key
                continue
            intake = app.journal.intake(src)
            payload = intake.payload if intake else {}
            row = payload.get("row") if isinstance(payload.get("row"), dict) else payload
            texts = [str(v) for v in (row or {}).values() if isinstance(v, str)]
            for t in texts:
                hit = by_text.get(" ".join(t.split()))
                if hit:
                    owner[case.code] = hit
                    break
        return owner

    # -- where the text went ------------------------------------------------------------------------

    def _scan(self, app, owner: dict[str, str], cases_json: str, export: Path) -> RunFigures:
        from hopthu.core.redact import redact

        items = {i["id"]: i for i in self.items}
        figures = RunFigures(items=len(self.items), cases=len(owner))
        figures.unmatched = sorted(set(items) - set(owner.values()))
        figures.personal = sum(len(i["personal"]) for i in self.items)
        own_miss: dict[str, set[str]] = {}
        for iid, item in items.items():
            out = redact(f"{item['subject']}\n{item['text']}")
            own_miss[iid] = {p["s"] for p in item["personal"] if whole_word(p["s"]).search(out)}

        texts: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))  # code -> place -> texts
        outbox = app.config.resolve(app.settings.outbox.path)
        for path in sorted(outbox.glob("*.eml")):
            if "_citizen" in path.name:
                continue
            msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            parts = [str(msg["Subject"] or "")]
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    parts.append(part.get_content())
                if part.get_filename():
                    parts.append(part.get_filename())
            body = "\n".join(parts)
            figures.emails_scanned += 1
            for code in set(CODE.findall(body)):
                texts[code]["outbox"].append(body)
        # the workbooks (every sheet of the register's, the reports'): by case where a row names one
        whole: dict[str, list] = {"log": [self.log.read_text(encoding="utf-8", errors="replace")], "report": [
            p.read_text(encoding="utf-8") for p in sorted((self.base / "reports").glob("*/*.txt"))], "register": []}
        books = [("register", app.config.resolve(app.settings.register.path)),
                 *(("report", p) for p in sorted((self.base / "reports").glob("*/*.xlsx")))]
        for place, path in books:
            for code, row in _rows_of(path):
                (texts[code][place] if code else whole[place]).append(row)
        for case in json.loads(cases_json):
            texts[case["code"]]["cases --json"].append(json.dumps(case, ensure_ascii=False))
        if export.exists():
            for r in csv.reader(io.StringIO(export.read_text(encoding="utf-8-sig"))):
                for code in {c for c in r if CODE.fullmatch(c)}:
                    texts[code]["export"].append("\n".join(r))

        for path in sorted((self.base / "reports").glob("*/*.html")):  # the month's list: one row a case
            page = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<style.*?</style>", "", path.read_text(
                encoding="utf-8"))))
            starts = [(m.start(), m.group()) for m in CODE.finditer(page)]
            for (at, code), (end, _) in zip(starts, [*starts[1:], (len(page), "")]):
                texts[code]["report"].append(page[at:end])
        joined = {code: {place: " ".join("\n".join(bodies).split()) for place, bodies in by_place.items()}
                  for code, by_place in texts.items() if code in owner}
        for code, iid in owner.items():
            for place, text in joined.get(code, {}).items():
                for p in items[iid]["personal"]:
                    if found(p["s"], items[iid], text):
                        figures.leaks.append(Leak(iid, p["kind"], p["s"], place, p["s"] in own_miss[iid]))
        # texts not by case: the log, the reports' spoken summary, the workbooks' other rows
        for place, parts in whole.items():
            text = " ".join("\n".join(parts).split())
            for iid, item in items.items():
                for p in item["personal"]:
                    if found(p["s"], item, text):
                        figures.leaks.append(Leak(iid, p["kind"], p["s"], place, p["s"] in own_miss[iid]))
        return figures
