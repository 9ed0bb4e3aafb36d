"""The intake fuzzer's parts (tests/test_fuzz_intake.py, bench/fuzz_intake.py): seed letters, the mutations
made of them, and a ward whose pipeline takes one item at a time through the real journal.

`IntakeHarness.feed_letter(raw)` records the bytes as the inbox source would (journal first) and runs the
pipeline's own intake step (`pipeline.incoming.process_pending`: parse → normalise → classify → decide),
timing it. The outcome is what the journal says of the item afterwards. A *crash* is an exception out of
the step, or an item quarantined by its catch-all ("lỗi khi xử lý ..."): an exception inside hopthu that
only the bulkhead stopped. Every other outcome must carry a reason an officer can read, or a case.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CPYTHON = ROOT / "tests" / "fixtures" / "cpython_email"
INTERNAL_ERROR = "lỗi khi xử lý"  # pipeline.incoming._process_guarded's catch-all
HANDLED = ("quarantined", "held", "ignored", "linked", "duplicate")


def seed_letters() -> list[bytes]:
    """The project's sample letters (examples/inbox) and CPython's test_email messages."""
    out = [p.read_bytes() for p in sorted((ROOT / "examples" / "inbox").rglob("*")) if p.is_file()]
    return out + cpython_letters()


def cpython_letters() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CPYTHON.glob("msg_*.txt"))]


# -- mutations ------------------------------------------------------------------------------


def _split(raw: bytes) -> tuple[bytes, bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(sep)
        if found:
            return head, sep, body
    return raw, b"", b""


def _headers(head: bytes) -> list[bytes]:
    return head.splitlines(keepends=True) or [b"\n"]


def flip_bytes(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw or b"x")
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(len(raw) + 1)]


def duplicate_headers(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    lines = _headers(head)
    picked = [rng.choice(lines) for _ in range(rng.randint(1, 5))]
    names = [b"From: ", b"Subject: ", b"Content-Type: ", b"Message-ID: ", b"Content-Transfer-Encoding: "]
    extra = [rng.choice(names) + rng.choice([b"", b"x", b"<a@b>", b"text/plain", b"=?utf-8?b?w6A=?="]) + b"\n"
             for _ in range(rng.randint(0, 3))]
    return b"".join(lines + picked + extra) + sep + body


def bogus_charset(rng: random.Random, raw: bytes) -> bytes:
    charset = rng.choice([b"x-unknown", b"utf-7", b"utf-16", b"utf-32", b"\x00latin1", b"iso-8859-99", b"",
                          b"windows-1258\x00", b"utf-8\"", b"cp65001", b"idna", b"rot13", b"base64", b"zlib",
                          b"hex", b"uu", b"punycode", b"unicode_escape", b"raw_unicode_escape", b"bz2"])
    head, sep, body = _split(raw)
    if b"charset=" in head.lower():
        lower = head.lower()
        i = lower.index(b"charset=") + len(b"charset=")
        j = i
        while j < len(head) and head[j:j + 1] not in (b";", b"\n", b"\r"):
            j += 1
        head = head[:i] + b'"' + charset + b'"' + head[j:]
    else:
        head += b'\nContent-Type: text/plain; charset="' + charset + b'"'
    subject = b"=?" + charset + b"?" + rng.choice([b"b", b"q", b"x"]) + b"?" + rng.choice([b"w6A=", b"=C3=A0", b"!!"]) + b"?="
    return head + b"\nSubject: " + subject + sep + body


def bogus_encoding(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    cte = rng.choice([b"base64", b"quoted-printable", b"x-uuencode", b"7bit", b"binary", b"bogus", b"base64\x00"])
    body = rng.choice([body, b"!!!" + body, body + b"=", b"====", b"=ZZ=\n", b"begin 644 a\n!!\nend\n"])
    return head + b"\nContent-Transfer-Encoding: " + cte + (sep or b"\n\n") + body


def nest_multiparts(rng: random.Random, raw: bytes) -> bytes:
    depth = rng.choice([2, 5, 20, 60, 200])
    inner = raw
    for level in range(depth):
        boundary = f"b{level}".encode()
        inner = (b'Content-Type: multipart/' + rng.choice([b"mixed", b"alternative", b"related", b"digest"])
                 + b'; boundary="' + boundary + b'"\n\n--' + boundary + b"\n" + inner + b"\n--" + boundary
                 + (b"--\n" if rng.random() < 0.8 else b"\n"))
    return b"From: a@b.example\nSubject: nested\nMIME-Version: 1.0\n" + inner


def huge_header(rng: random.Random, raw: bytes) -> bytes:
    size = rng.choice([1000, 10_000, 100_000, 1_000_000])
    name = rng.choice([b"Subject", b"From", b"To", b"X-Junk", b"Content-Type", b"Message-ID", b"References"])
    filler = rng.choice([b"a", b"=?utf-8?b?w6A=?= ", b"<x@y> ", b"\xe0", b"(", b"\"", b"@", b"a,"])
    value = (filler * (size // len(filler) + 1))[:size]
    head, sep, body = _split(raw)
    return name + b": " + value + b"\n" + head + (sep or b"\n\n") + body


def control_chars(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 30)):
        data.insert(rng.randrange(len(data) + 1), rng.choice([*range(0, 32), 127]))
    return bytes(data)


def nuls(rng: random.Random, raw: bytes) -> bytes:
    if rng.random() < 0.3:
        return raw.replace(b"\n", b"\x00\n")
    data = bytearray(raw)
    for _ in range(rng.randint(1, 10)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def eight_bit_headers(rng: random.Random, raw: bytes) -> bytes:
    junk = bytes(rng.randrange(128, 256) for _ in range(rng.randint(1, 40)))
    field = rng.choice([b"From: ", b"Subject: ", b"To: ", b"Content-Type: text/plain; name="])
    return field + junk + b"\n" + raw


def bad_mime(rng: random.Random, raw: bytes) -> bytes:
    head, sep, body = _split(raw)
    ctype = rng.choice([b"multipart/mixed", b"multipart/mixed; boundary=", b"multipart/mixed; boundary=\"\"",
                        b"message/rfc822", b"text/html", b"application/octet-stream; name=a.exe",
                        b"text/plain; format=flowed; delsp=yes", b"image/jpeg", b"/", b";;;", b"message/partial"])
    return b"Content-Type: " + ctype + b"\n" + head + (sep or b"\n\n") + body


def line_endings(rng: random.Random, raw: bytes) -> bytes:
    return rng.choice([raw.replace(b"\n", b"\r\n"), raw.replace(b"\n", b"\r"), raw.replace(b"\r\n", b"\n"),
                       raw.replace(b"\n", b"\n\n")])


MUTATIONS = {f.__name__: f for f in (flip_bytes, truncate, duplicate_headers, bogus_charset, bogus_encoding,
                                     nest_multiparts, huge_header, control_chars, nuls, eight_bit_headers,
                                     bad_mime, line_endings)}


def mutate(raw: bytes, ops: list[tuple[str, int]]) -> bytes:
    """Apply the named mutations in turn, each with its own seed (hypothesis draws both)."""
    for name, seed in ops:
        raw = MUTATIONS[name](random.Random(seed), raw)
    return raw


def random_letter(rng: random.Random, seeds: list[bytes]) -> bytes:
    ops = [(rng.choice(list(MUTATIONS)), rng.randrange(2**32)) for _ in range(rng.randint(1, 4))]
    return mutate(rng.choice(seeds), ops)


# -- the ward -------------------------------------------------------------------------------


@dataclass
class Outcome:
    source_id: str
    state: str
    reason: str
    case_code: str | None
    seconds: float
    error: str = ""   # an exception out of the intake step, or the catch-all's reason

    @property
    def crashed(self) -> bool:
        return bool(self.error)

    @property
    def accounted(self) -> bool:
        """A case, or an item set aside with a reason an officer can read."""
        return bool(self.case_code) or (self.state in HANDLED and bool(self.reason.strip()))


class IntakeHarness:
    """A ward (the demo's configuration, an empty Maildir, the Form off) in `base`, taking items one at a time."""

    def __init__(self, base: Path):
        from datetime import datetime

        from hopthu.config import load_config
        from hopthu.wiring import build_app

        from ward import TZ, Clock, make_ward

        cfg = make_ward(base, form=False)
        for p in (base / "data" / "inbox" / "new").iterdir():
            p.unlink()
        text = cfg.read_text(encoding="utf-8").replace("  path: \"data/inbox\"\n",
                                                      "  path: \"data/inbox\"\n  flood_per_hour: 1000000\n", 1)
        cfg.write_text(text, encoding="utf-8")
        self.clock = Clock(datetime(2026, 11, 23, 9, 0, tzinfo=TZ))
        self.app = build_app(load_config(cfg), clock=self.clock)
        self.count = 0

    def feed_letter(self, raw: bytes) -> Outcome:
        from hopthu.sources.maildir import message_fingerprint

        self.count += 1
        sid = f"maildir:fuzz-{self.count}"
        self.app.journal.record_intake(sid, "email", message_fingerprint(raw), raw)
        return self._process(sid)

    def feed_form(self, row: dict[str, str]) -> Outcome:
        from hopthu.core.parsing import fingerprint

        self.count += 1
        sid = f"form:fuzz-{self.count}"
        self.app.journal.record_intake(sid, "form", fingerprint(sid), b"", {"row": row})
        return self._process(sid)

    def _process(self, sid: str) -> Outcome:
        from hopthu.pipeline.incoming import process_pending
        from hopthu.pipeline.summary import Summary

        error = ""
        started = time.perf_counter()
        try:
            process_pending(self.app, Summary())
        except Exception as exc:  # the finding itself: the intake step let an exception out
            error = f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        record = self.app.journal.intake(sid)
        if record is None:
            return Outcome(sid, "missing", "", None, seconds, error or "the journal lost the item")
        if record.state == "quarantined" and record.reason.startswith(INTERNAL_ERROR):
            error = error or record.reason
        return Outcome(sid, record.state, record.reason, record.case_code, seconds, error)

    def close(self) -> None:
        self.app.close()
