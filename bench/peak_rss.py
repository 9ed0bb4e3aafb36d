"""Peak memory (RSS) of `hopthu once` on a letter with a big attachment and on a backlog of letters.

Run: ``PYTHONPATH=daemon .venv/bin/python bench/peak_rss.py [--attachment-mb 50] [--backlog 10000]
[--only imap,maildir,backlog] [--daemon DIR]``

Starts a private Dovecot and an aiosmtpd sink (tests/mailservers.py), and for each case runs the real
``python -m hopthu.cli --config … once`` as its own process. Its peak RSS is /proc's VmHWM, read every
20 ms until it ends; so is each process it starts (the letter worker, the XLSX register's child, the
report renderer), printed under it by kind. ``wait4``'s ``ru_maxrss`` is not used: Linux copies the
forking process's high-water mark into the child (``dup_mm``) and keeps it across ``exec``, so it
would report this script's own peak (it holds the letters it generated) or hopthu's, not the child's.
The cases:

* ``imap``: one citizen's letter with an N MB attachment (random bytes, base64: about 1.37 N MB on the
  wire) waiting in the IMAP inbox; ``attachments.max_bytes`` is the example's 10 MB;
* ``maildir``: the same letter as a file in a Maildir inbox;
* ``fits``: a letter as big as the default limits let through whole: three 8 MiB attachments (each
  under ``max_bytes``, 10 MiB; together 24 MiB, under ``max_letter_bytes``, 25 MiB), in the IMAP inbox;
* ``backlog``: N letters (the varied corpus of bench/_mailbench.py) waiting in the IMAP inbox: intake,
  cases, the XLSX register, and every acknowledgement and routed email delivered to the sink (daily cap
  lifted), all in one ``once``.

Target: each peak under 200 MB. Memory is printed in MB (10^6 bytes, the target's unit) and MiB (2^20
bytes), each labelled. ``--daemon DIR`` runs another checkout's ``daemon/`` (the code before a change)
with the same servers and letters. Asserts nothing.
"""

from __future__ import annotations

import argparse
import email.policy
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import _mailbench

ms = _mailbench.load_mailservers()

TARGET_MB = 200


def big_letter(megabytes: int, parts: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Nguyễn Văn Dân <dan.nguyen@gmail.example>"
    msg["To"] = "hopthu@mttq-luukiem.example.vn"
    msg["Subject"] = "Phản ánh đổ trộm phế thải, gửi kèm video"
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(idstring="bench-big", domain="gmail.example")
    msg.set_content("Kính gửi Mặt trận phường,\n\nCuối ngõ 12 phố Trần Phú có người đổ trộm phế thải xây dựng "
                    "ban đêm. Tôi gửi kèm video quay được.\n\nNguyễn Văn Dân\n")
    for i in range(parts):
        msg.add_attachment(os.urandom(megabytes * 1024 * 1024 // parts), maintype="video", subtype="mp4",
                           filename=f"video-hien-truong-{i + 1}.mp4")
    return msg.as_bytes(policy=email.policy.SMTP)


#: What each process hopthu starts is, from its command line (the per-process lines of the report).
KINDS = (("hopthu.register.xlsx_child", "register child (XLSX)"), ("hopthu.reports.render", "report renderer"),
         ("multiprocessing", "letter worker"))


def _kind(pid: int) -> str:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""
    return next((label for needle, label in KINDS if needle in cmdline), "other child")


def _descendants(pid: int) -> list[int]:
    """Processes started by `pid` and theirs (Linux: each /proc/PID/stat names its parent)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, todo = [], [pid]
    while todo:
        parent_pid = todo.pop()
        kids = [child for child, parent in parents.items() if parent == parent_pid]
        found += kids
        todo += kids
    return found


def _hwm(pid: int) -> int | None:
    """VmHWM in KiB; None once the process has ended (or is a zombie)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    if "State:\tZ" in text:
        return None
    return next((int(line.split()[1]) for line in text.splitlines() if line.startswith("VmHWM:")), None)


def once(ward: Path, daemon: Path) -> tuple[int, float, str, dict[str, int]]:
    """Run `hopthu once` on `ward`: (peak RSS in KiB of hopthu's own process, seconds, the last line it
    printed, the peak RSS in KiB of each kind of process it started)."""
    env = {**os.environ, "PYTHONPATH": str(daemon)}
    t0 = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "hopthu.cli", "--config", str(ward), "once"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    own = [0]
    kids: dict[str, int] = {}
    kinds: dict[int, str] = {}

    def sample() -> None:  # VmHWM only grows: the last reading before exit is the process's peak
        while True:
            peak = _hwm(proc.pid)
            if peak is None:
                return
            own[0] = max(own[0], peak)
            for pid in _descendants(proc.pid):
                kind = kinds.setdefault(pid, _kind(pid))
                child_peak = _hwm(pid)
                if kind and child_peak is not None:
                    kids[kind] = max(kids.get(kind, 0), child_peak)
            time.sleep(0.02)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    assert proc.stdout is not None
    out = proc.stdout.read().decode("utf-8", "replace")
    code = proc.wait()
    watcher.join(5)
    lines = [line for line in out.splitlines() if line.strip()]
    if code not in (0, 1):
        print(out[-3000:])
    return own[0], time.monotonic() - t0, (lines[-1] if lines else ""), kids


def both(kib: int) -> str:
    return f"{kib * 1024 / 1e6:6.1f} MB = {kib / 1024:6.1f} MiB"


def report(label: str, own: int, seconds: float, note: str, kids: dict[str, int]) -> None:
    def verdict(kib: int) -> str:
        return f"{'under' if kib * 1024 / 1e6 < TARGET_MB else 'OVER'} the {TARGET_MB} MB target"

    print(f"{label:<40} hopthu's peak RSS {both(own)} ({verdict(own)}); {seconds:5.1f} s; {note}")
    for kind, kib in sorted(kids.items()):
        print(f"{'':<40}   {kind:<21} peak RSS {both(kib)} ({verdict(kib)})")


def run_imap(base: Path, daemon: Path, raw: bytes, label: str, *, letters: list[bytes] | None = None) -> None:
    d = ms.Dovecot()
    d.start()
    sink = ms.SmtpSink().start()
    try:
        for item in letters or [raw]:
            d.deliver(item)
        with d.client() as c:  # let Dovecot index the new mail first
            c.select_folder("INBOX")
        ward = _mailbench.write_ward(base, d, sink)
        own, seconds, last, kids = once(ward, daemon)
        taken = len(d.messages("Đã tiếp nhận")) if letters is None else None
        note = f"{len(sink.received)} emails to the sink" + (f", {taken} letter(s) taken" if taken is not None else "")
        report(label, own, seconds, f"{note}; {last[:60]}", kids)
    finally:
        sink.stop()
        d.stop()


def run_maildir(base: Path, daemon: Path, raw: bytes, label: str) -> None:
    sink = ms.SmtpSink().start()
    try:
        for sub in ("new", "cur", "tmp"):
            (base / "inbox" / sub).mkdir(parents=True, exist_ok=True)
        (base / "inbox" / "new" / "1700000000.M1P1.bench").write_bytes(raw)
        smtp = (f'outbox:\n  backend: smtp\n  daily_cap: 1000000\n'
                f'  smtp: {{host: "{sink.host}", port: {sink.port}, security: none}}\n')
        ward = ms.mail_ward(base, inbox='inbox:\n  backend: maildir\n  path: "inbox"\n', outbox=smtp, env="")
        own, seconds, last, kids = once(ward, daemon)
        report(label, own, seconds, f"{len(sink.received)} emails to the sink; {last[:60]}", kids)
    finally:
        sink.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--attachment-mb", type=int, default=50)
    parser.add_argument("--backlog", type=int, default=10000)
    parser.add_argument("--only", default="imap,maildir,fits,backlog")
    parser.add_argument("--daemon", type=Path, default=_mailbench.ROOT / "daemon",
                        help="the daemon/ folder whose code runs (default: this checkout's)")
    args = parser.parse_args()
    cases = set(args.only.split(","))
    print(f"hopthu from {args.daemon.resolve()}; python {sys.version.split()[0]}")
    base = Path(tempfile.mkdtemp(prefix="hopthu-peak-"))
    raw = big_letter(args.attachment_mb) if cases & {"imap", "maildir"} else b""
    if raw:
        print(f"the big letter: {len(raw) / 1e6:.1f} MB on the wire ({args.attachment_mb} MiB attachment)")
    if "imap" in cases:
        run_imap(base / "imap", args.daemon, raw, f"IMAP, one {args.attachment_mb} MiB attachment")
    if "maildir" in cases:
        run_maildir(base / "maildir", args.daemon, raw, f"Maildir, one {args.attachment_mb} MiB attachment")
    del raw
    if "fits" in cases:
        run_imap(base / "fits", args.daemon, big_letter(24, parts=3), "IMAP, 3 attachments of 8 MiB (all taken)")
    if "backlog" in cases:
        corpus = _mailbench.corpus(args.backlog)
        run_imap(base / "backlog", args.daemon, b"", f"IMAP backlog of {args.backlog} letters", letters=corpus)


if __name__ == "__main__":
    main()
