"""Issue 10, finding 7: senders hopthu must never trust or trip over, and the XLSX file as the administrator
left it. Each test failed before its fix:
- an EAI (RFC 6532) sender became an internal error in quarantine that `release` could not clear, and so
  did a sender whose header bytes are not UTF-8;
- a charset name holding NUL escaped `parse_email` (ValueError);
- an encoded From name containing ":" and "@" gave the acknowledgement a fake address;
- a register write reset the file's mode to the folder's share, undoing the administrator's;
- a kill during a save left a hidden full copy of the register behind for good."""

from __future__ import annotations

import base64
import os
import stat
import time
from datetime import datetime

import pytest

from hopthu.config import load_config
from hopthu.core.parsing import parse_email
from hopthu.pipeline.cycle import run_cycle
from hopthu.pipeline.incoming import process_pending
from hopthu.pipeline.summary import Summary
from hopthu.register.columns import WritePlan
from hopthu.register.xlsx import XlsxRegister
from hopthu.wiring import build_app

from ward import TZ, Clock, make_ward


@pytest.fixture
def quiet_app(tmp_path):
    """The sample ward after its first cycle: what a test drops in is all that is new."""
    app = build_app(load_config(make_ward(tmp_path, form=False)), clock=Clock(datetime(2026, 11, 23, 9, 0, tzinfo=TZ)))
    run_cycle(app)
    yield app
    app.close()


def _drop(app, name: str, raw: bytes) -> None:
    (app.config.resolve(app.settings.inbox.path) / "new" / name).write_bytes(raw)


def _letter(sender: bytes, subject: bytes = b"Den duong hong", extra: bytes = b"") -> bytes:
    return (b"From: " + sender + b"\r\nTo: hopthu@mttq.example.vn\r\nSubject: " + subject + b"\r\nMessage-ID: <"
            + base64.b32encode(os.urandom(10)) + b"@x>\r\n" + extra + b"\r\nDen duong truoc TDP so 3 bi hong.\r\n")


def _acks(app) -> dict[str, str]:
    return {m.case_code: m.recipient for m in app.journal.messages() if m.kind == "ack"}


def test_an_eai_sender_becomes_a_case_and_is_acknowledged_at_that_address(quiet_app):
    _drop(quiet_app, "eai.eml", _letter("Nguyễn Văn Bình <bình@ví-dụ.vn>".encode()))
    summary = run_cycle(quiet_app)
    assert not summary.quarantined, [q.reason for q in quiet_app.journal.quarantined()]
    [case] = summary.new_cases
    assert _acks(quiet_app)[case.code].endswith("bình@ví-dụ.vn")
    assert quiet_app.journal.contact(case.code).name == "Nguyễn Văn Bình"


def test_a_corrupted_sender_is_a_case_without_an_acknowledgement(quiet_app):
    _drop(quiet_app, "bad.eml", _letter(b"Tr\xff\xfe <tr\xff@d\xfe.vn>"))
    summary = run_cycle(quiet_app)
    assert not summary.quarantined, [q.reason for q in quiet_app.journal.quarantined()]
    [case] = summary.new_cases
    assert case.code not in _acks(quiet_app)


def test_an_item_quarantined_by_the_old_error_is_released(quiet_app):
    """Before the fix these letters sat in quarantine as internal errors; `release` now takes them."""
    _drop(quiet_app, "eai.eml", _letter("Bình <bình@ví-dụ.vn>".encode()))
    _drop(quiet_app, "bad.eml", _letter(b"Tr\xff <tr\xff@d.vn>", b"Cong tac"))
    from hopthu.pipeline.collect import collect

    collect(quiet_app, Summary())
    for sid in ("maildir:eai.eml", "maildir:bad.eml"):  # as the old code left them
        quiet_app.journal.set_intake_state(sid, "quarantined", "lỗi khi xử lý (UnicodeEncodeError: ...)")
        quiet_app.journal.release(sid)
    summary = Summary()
    process_pending(quiet_app, summary)
    assert len(summary.new_cases) == 2 and not summary.quarantined


def test_a_charset_name_holding_nul_is_read_with_the_fallbacks():
    parsed = parse_email(_letter(b"a@dan.vn", extra=b'Content-Type: text/plain; charset="utf\x008"\r\n'))
    assert "TDP so 3" in parsed.text and not parsed.problems


def _encoded(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


@pytest.mark.parametrize("sender,address", [
    (_encoded("Nguyễn: evil@attacker.vn"), ""),                         # a name alone, decoding to an "address"
    (_encoded("Nguyễn: evil@attacker.vn") + " <real@dan.vn>", "real@dan.vn"),  # the name stays a name
    ("=?utf-8?q?evil=40attacker=2Evn=3A?= <real@dan.vn>", "real@dan.vn"),
    ("evil@attacker.vn: <real@dan.vn>", ""),                           # ambiguous: no acknowledgement
    ("alice@attacker.vn <real@dan.vn>", ""),
    ("=?utf-8?q?a?= b@attacker.vn: <real@dan.vn>", ""),
    ("Nguyen: evil@attacker.vn;", ""),                                 # a group is no sender
    ("a, b@dan.vn", ""),                                               # two mailboxes
    ("x@localhost", ""),
    ("=?utf-8?b?VHLhuqdu?= <Tran@Dan.vn>", "tran@dan.vn"),
    ('"=?windows-1258?Q?Vu=DE_Thi=F2_Mai?=" <mai@dan.vn>', "mai@dan.vn"),  # sloppy but clear: kept
    ("Nguyễn <nguyễn@ví-dụ.vn>", "nguyễn@ví-dụ.vn"),
])
def test_acknowledgements_go_only_to_a_well_formed_address_from_the_parsed_header(sender, address):
    parsed = parse_email(_letter(sender.encode()))
    assert parsed.from_addr == address


def test_a_fake_address_in_an_encoded_name_gets_no_acknowledgement(quiet_app):
    _drop(quiet_app, "fake.eml", _letter(_encoded("Nguyễn: evil@attacker.vn").encode()))
    _drop(quiet_app, "fake2.eml", _letter(b"evil@attacker.vn: <real@dan.vn>", b"Tieng on"))
    summary = run_cycle(quiet_app)
    assert len(summary.new_cases) == 2
    recipients = set(_acks(quiet_app).values())
    assert not [r for r in recipients if "attacker" in r or "=?" in r]


def _plan(code: str) -> WritePlan:
    return WritePlan(appends=[{"code": code, "summary": "Đèn hỏng", "tdp": "TDP số 1"}])


def test_a_register_write_keeps_the_mode_the_administrator_gave_the_file(tmp_path):
    register = XlsxRegister(tmp_path / "so-theo-doi.xlsx")
    register.write(_plan("HT-2026-0001"))
    os.chmod(register.path, 0o660)  # the administrator lets the officers' group save it
    register.write(_plan("HT-2026-0002"))
    assert stat.S_IMODE(register.path.stat().st_mode) == 0o660


def test_a_temp_copy_left_by_a_killed_save_is_removed_and_a_fresh_one_kept(tmp_path):
    register = XlsxRegister(tmp_path / "so-theo-doi.xlsx")
    register.write(_plan("HT-2026-0001"))
    stale = tmp_path / ".so-theo-doi-k1ll3d.xlsx"   # what SIGKILL during wb.save leaves
    stale.write_bytes(b"PK" + b"\0" * 4096)
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    fresh = tmp_path / ".so-theo-doi-n0w.xlsx"     # another writer's save in progress: not ours to remove
    fresh.write_bytes(b"PK")
    other = tmp_path / ".so-khac-k1ll3d.xlsx"       # another register's
    other.write_bytes(b"PK")
    os.utime(other, (old, old))
    register.write(_plan("HT-2026-0002"))
    assert not stale.exists() and fresh.exists() and other.exists()
