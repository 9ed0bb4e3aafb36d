"""The journal: every intake recorded once, codes allocated once, every email queued once."""

import base64
import json
import sqlite3
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hopthu.core.model import Case, Channel, Contact, Status
from hopthu.journal import SCHEMA_VERSION, Journal, JournalVersionError, OutgoingRecord, schema
from hopthu.journal.register import IN_CONTACTS_SHEET, NOT_UNDERSTOOD

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def _case(code: str) -> Case:
    return Case(code=code, source_id="s", channel=Channel.EMAIL, received_at=datetime(2026, 11, 20, 9, tzinfo=TZ),
                category="ha_tang", agency="kt_hatang", co_agencies=[], complex=False, flags=[],
                deadline=date(2026, 12, 2), status=Status.ROUTED, history=["tiếp nhận"])


def _msg(key: str, code: str) -> OutgoingRecord:
    return OutgoingRecord(key=key, case_code=code, kind="ack", recipient="a@b.vn", message_id=f"<{key}@x>",
                          raw=b"raw", priority=2, state="pending", attempts=0, next_try="", last_error="", sent_at=None)


@pytest.fixture
def journal(tmp_path):
    j = Journal(tmp_path / "j.sqlite3")
    yield j
    j.close()


def test_an_intake_is_recorded_once(journal):
    assert journal.record_intake("maildir:1", "email", "msgid:<a@b>")
    assert not journal.record_intake("maildir:1", "email", "msgid:<a@b>")
    assert [i.source_id for i in journal.pending_intakes()] == ["maildir:1"]


def test_case_codes_are_sequential_per_year(journal):
    codes = []
    for n in range(3):
        journal.record_intake(f"s{n}", "email", f"f{n}")
        codes.append(journal.create_case(f"s{n}", 2026, lambda code: (_case(code), Contact(), [])).code)
    journal.record_intake("s9", "email", "f9")
    codes.append(journal.create_case("s9", 2027, lambda code: (_case(code), Contact(), [])).code)
    assert codes == ["HT-2026-0001", "HT-2026-0002", "HT-2026-0003", "HT-2027-0001"]


def test_creating_a_case_twice_for_one_intake_returns_the_first(journal):
    journal.record_intake("s1", "email", "f1")
    first = journal.create_case("s1", 2026, lambda code: (_case(code), Contact(email="a@b.vn"), [_msg(f"ack:{code}", code)]))
    again = journal.create_case("s1", 2026, lambda code: (_case(code), Contact(), [_msg(f"ack:{code}", code)]))
    assert again.code == first.code
    assert len(journal.cases()) == 1
    assert len(journal.messages()) == 1
    assert journal.intake("s1").state == "cased"


def test_a_failed_build_leaves_nothing_behind(journal):
    journal.record_intake("s1", "email", "f1")

    def boom(code):
        raise RuntimeError("crash in the middle")

    with pytest.raises(RuntimeError):
        journal.create_case("s1", 2026, boom)
    assert journal.cases() == []
    assert journal.intake("s1").state == "received"
    # The code was not consumed either: the retry gets 0001.
    assert journal.create_case("s1", 2026, lambda code: (_case(code), Contact(), [])).code == "HT-2026-0001"


def test_inside_a_batch_a_failed_case_is_undone_alone(journal):
    """Cases are made in batches (one fsync each); each case is a savepoint within its batch."""
    for n in (1, 2, 3):
        journal.record_intake(f"s{n}", "email", f"f{n}")

    def boom(code):
        raise RuntimeError("a bad letter")

    with journal.transaction():
        journal.create_case("s1", 2026, lambda code: (_case(code), Contact(), [_msg(f"ack:{code}", code)]))
        with pytest.raises(RuntimeError):
            journal.create_case("s2", 2026, boom)
        journal.create_case("s3", 2026, lambda code: (_case(code), Contact(), []))
    assert [c.code for c in journal.cases()] == ["HT-2026-0001", "HT-2026-0002"]
    assert journal.intake("s2").state == "received"
    assert [m.key for m in journal.messages()] == ["ack:HT-2026-0001"]


def test_a_batch_that_fails_as_a_whole_leaves_nothing_behind(journal):
    journal.record_intake("s1", "email", "f1")
    with pytest.raises(KeyboardInterrupt):
        with journal.transaction():
            journal.create_case("s1", 2026, lambda code: (_case(code), Contact(), [_msg(f"ack:{code}", code)]))
            raise KeyboardInterrupt  # a crash before the batch's COMMIT
    assert journal.cases() == [] and journal.messages() == []
    assert journal.intake("s1").state == "received"


def test_an_email_key_is_queued_once_and_keeps_its_bytes(journal):
    assert journal.enqueue(_msg("ack:HT-2026-0001:citizen", "HT-2026-0001"))
    second = _msg("ack:HT-2026-0001:citizen", "HT-2026-0001")
    second.raw = b"different"
    assert not journal.enqueue(second)
    [stored] = journal.messages()
    assert stored.raw == b"raw"


def test_contacts_are_kept_apart_from_the_case(journal):
    journal.record_intake("s1", "email", "f1")
    case = journal.create_case("s1", 2026, lambda code: (_case(code), Contact("Nguyễn Văn A", "a@b.vn", ""), []))
    assert "a@b.vn" not in str(journal.case(case.code).as_dict())
    assert journal.contact(case.code).email == "a@b.vn"


def test_an_emails_bytes_are_kept_in_the_journal_with_its_intake(journal):
    """One fsync makes the row and the letter durable together: no file that a power cut could lose."""
    journal.record_intakes([("imap:INBOX:1:7", "email", "f7", b"Subject: x\r\n\r\nbody", {})])
    assert journal.raw("imap:INBOX:1:7") == b"Subject: x\r\n\r\nbody"
    assert journal.raw("unknown") == b""


def test_a_journal_from_before_raw_bytes_reads_them_from_its_files(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite3"
    letter = tmp_path / "raw" / "a.eml"
    letter.parent.mkdir()
    letter.write_bytes(b"Subject: old\r\n\r\nbody")
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE intake (source_id TEXT PRIMARY KEY, channel TEXT NOT NULL, fingerprint TEXT NOT NULL,"
               " state TEXT NOT NULL, raw_path TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL DEFAULT '{}',"
               " case_code TEXT, reason TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL, updated_at TEXT NOT NULL)")
    db.execute("INSERT INTO intake VALUES ('maildir:a', 'email', 'fa', 'received', ?, '{}', NULL, '', 't', 't')",
               (str(letter),))
    db.commit()
    db.close()
    j = Journal(path)
    assert j.raw("maildir:a") == b"Subject: old\r\n\r\nbody"
    assert [i.source_id for i in j.pending_intakes()] == ["maildir:a"]
    j.close()


# -- schema versions ----------------------------------------------------------------------------

FIXTURES = Path(__file__).parent / "fixtures"


def _old_journal(tmp_path, name: str) -> tuple[Path, dict]:
    """A journal file exactly as an earlier release left it (tests/fixtures/make_journal_v1.py made the
    SQL with that release's code), and what that release read from it."""
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.executescript((FIXTURES / f"{name}.sql").read_text(encoding="utf-8"))
    db.close()
    return path, json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def _user_version(path) -> int:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


@pytest.mark.parametrize("name", ["journal-v1", "journal-v1-altered"])
def test_a_journal_from_the_previous_release_is_upgraded_and_reads_the_same(tmp_path, name):
    """journal-v1-altered was made before an intake's bytes lived in its row, then opened by the previous
    release (its ALTER TABLE added `raw` at the end of the table)."""
    path, old = _old_journal(tmp_path, name)
    assert old["user_version"] == 0 == _user_version(path)
    j = Journal(path)
    assert _user_version(path) == SCHEMA_VERSION
    assert [c.as_dict() | {"source_id": c.source_id} for c in j.cases()] == old["cases"]
    assert {c.code: j.contact(c.code).__dict__ for c in j.cases()} == old["contacts"]
    db = sqlite3.connect(path)
    history = db.execute("SELECT case_code, at, event FROM history ORDER BY id").fetchall()
    db.close()
    assert {c.code: [[at, event] for code, at, event in history if code == c.code] for c in j.cases()} == old["history"]
    # created_at: read into OutgoingRecord since the fixture was recorded (`hopthu outbox list`); the column was there
    assert [{**m.__dict__, "raw": base64.b64encode(m.raw).decode()} for m in j.messages()] == \
        [{**m, "created_at": j.message_by_id(m["message_id"]).created_at} for m in old["messages"]]
    assert {sid: j.intake(sid).__dict__ for sid in old["intakes"]} == old["intakes"]
    assert {sid: base64.b64encode(j.raw(sid)).decode() for sid in old["intakes"]} == old["raw"]
    assert j.reminder_log() == old["reminders"]
    assert [j.question(q["relay_key"]) for q in old["questions"]] == old["questions"]
    assert {k: j.get_meta(k) for k in old["meta"]} == old["meta"]
    # Memo keys left register_cells for memos; every real cell stayed.
    cells = {(code, col): value for code, col, value in old["cells"]}
    assert j.written_cells() == {k: v for k, v in cells.items() if k[1][0] not in "!@"}
    assert j.memos_with(IN_CONTACTS_SHEET) == {code: v for (code, col), v in cells.items() if col == "@contacts"}
    for (code, col), value in cells.items():
        if col.startswith("!"):
            assert j.memo(code, NOT_UNDERSTOOD + col[1:]) == value
    # And it goes on working: the next code follows the old ones.
    j.record_intake("new", "email", "f-new")
    assert j.create_case("new", 2026, lambda code: (_case(code), Contact(), [])).code == f"HT-2026-{len(old['cases']) + 1:04d}"
    j.close()
    assert Journal(path).cases()[-1].code == f"HT-2026-{len(old['cases']) + 1:04d}"  # opening again changes nothing


def test_a_new_journal_starts_at_the_current_version(tmp_path):
    Journal(tmp_path / "j.sqlite3").close()
    assert _user_version(tmp_path / "j.sqlite3") == SCHEMA_VERSION == len(schema.MIGRATIONS)


def test_a_journal_from_a_newer_hopthu_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("CREATE TABLE from_the_future (x)")
    db.commit()
    db.close()
    with pytest.raises(JournalVersionError) as exc:
        Journal(path)
    message = str(exc.value)
    assert f"phiên bản cấu trúc {SCHEMA_VERSION + 1}" in message and "cập nhật hopthu" in message
    assert f"schema version {SCHEMA_VERSION + 1}" in message and "update hopthu" in message
    assert message.index("cập nhật") < message.index("update")  # Vietnamese first
    assert _user_version(path) == SCHEMA_VERSION + 1


def test_a_failing_migration_leaves_the_journal_at_the_version_before_it(tmp_path, monkeypatch):
    path, _ = _old_journal(tmp_path, "journal-v1")

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("a bug in a migration")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS) + 1)
    with pytest.raises(sqlite3.OperationalError):
        Journal(path)
    assert _user_version(path) == SCHEMA_VERSION  # the migrations before it are kept, each whole
    db = sqlite3.connect(path)
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'half_done'").fetchall()
    db.close()


def test_memos_are_apart_from_register_cells(journal):
    journal.remember_cells({("HT-2026-0001", "status"): "Đang xử lý"})
    journal.remember_memos({("HT-2026-0001", IN_CONTACTS_SHEET): "1", ("HT-2026-0002", NOT_UNDERSTOOD + "agency"): "X"})
    journal.remember_memos({("HT-2026-0002", NOT_UNDERSTOOD + "agency"): "Y"})
    assert journal.written_cells() == {("HT-2026-0001", "status"): "Đang xử lý"}
    assert journal.memos_with(IN_CONTACTS_SHEET) == {"HT-2026-0001": "1"}
    assert journal.memo("HT-2026-0002", NOT_UNDERSTOOD + "agency") == "Y"
    assert journal.memo("HT-2026-0001", NOT_UNDERSTOOD + "agency") is None


def test_a_schema_6_journal_moves_its_letters_bytes_out_of_the_intake_rows(tmp_path, monkeypatch):
    """Migration 7: the bytes of every stored item leave its intake row for `intake_raw` (an UPDATE of the row,
    at every change of state, no longer rewrites the letter); each item reads the same as before."""
    path = tmp_path / "journal.sqlite3"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:6])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 6)
    Journal(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 6
    assert "intake_raw" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    letters = {f"imap:INBOX:{i}": f"Subject: thư {i}\r\n\r\n".encode() + bytes(range(256)) * 40 for i in range(3)}
    for sid, raw in letters.items():
        db.execute("INSERT INTO intake(source_id, channel, fingerprint, state, raw, recorded_at, updated_at)"
                   " VALUES (?, 'email', ?, 'received', ?, 't', 't')", (sid, "fp" + sid, raw))
    db.execute("INSERT INTO intake(source_id, channel, fingerprint, state, recorded_at, updated_at)"
               " VALUES ('form:1', 'form', 'fp-form', 'received', 't', 't')")  # a Form row: no bytes
    db.commit()
    db.close()
    monkeypatch.undo()

    j = Journal(path)
    assert _user_version(path) == SCHEMA_VERSION >= 7
    assert {sid: j.raw(sid) for sid in letters} == letters and j.raw("form:1") == b""
    assert [i.source_id for i in j.pending_intakes()] == [*letters, "form:1"]  # in the order recorded
    j.drop_item_bytes("imap:INBOX:2")
    assert j.raw("imap:INBOX:2") == b""
    j.close()
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM intake WHERE raw IS NOT NULL").fetchone()[0] == 0
    assert dict(db.execute("SELECT source_id, raw FROM intake_raw").fetchall()) == \
        {sid: raw for sid, raw in letters.items() if sid != "imap:INBOX:2"}
    db.close()


def test_changing_an_intakes_state_leaves_its_bytes_where_they_are(journal):
    """The bytes live in a row of their own: the intake row an UPDATE rewrites holds none of them."""
    raw = b"Subject: x\r\n\r\n" + b"a" * 200_000
    assert journal.record_intake("maildir:big", "email", "fp-big", raw)
    journal.set_intake_state("maildir:big", "quarantined", "lý do")
    db = journal._db
    assert db.execute("SELECT length(raw) FROM intake WHERE source_id = 'maildir:big'").fetchone()[0] is None
    assert db.execute("SELECT length(raw) FROM intake_raw WHERE source_id = 'maildir:big'").fetchone()[0] == len(raw)
    assert journal.raw("maildir:big") == raw
