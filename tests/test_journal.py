"""The journal: every intake recorded once, codes allocated once, every email queued once."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from hopthu.journal import Journal, OutgoingRecord
from hopthu.core.model import Case, Channel, Contact, Status

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
