"""The journal's tables and their versions: what a journal file holds, and how an older file is brought up to date.

A journal carries its schema version in `PRAGMA user_version`. On open, `upgrade` runs every migration
the file has not had yet, in order, each in ONE transaction that also sets the new version (a crash or a
failing migration leaves the file at the version before it, whole). A journal from a NEWER hopthu than
this one is refused with `JournalVersionError`: the code does not know its tables, and writing to them
could lose data. Version 0 is a file no release has touched (new, or made before versions existed).

To change the schema, add ONE line at the end of `MIGRATIONS`: the SQL (or a function taking the
connection) that turns version N into N+1. Never edit or reorder a migration that has shipped: ward PCs
have run it already. `SCHEMA_VERSION` follows from the list; tests/test_journal.py upgrades journals
made by an earlier release (tests/fixtures/journal-v1*.sql) through all of it.

1. The tables of the first release (`V1`), made when missing: for a journal from before versions, which
   already has them, the only change is the intake's `raw` column for journals older than it.
2. Memo keys out of `register_cells` into `memos`: "!column" (an officer's value hopthu did not
   understand, already reported) becomes "not-understood:column", "@contacts" (the contact is in the
   contacts sheet) becomes "in-contacts-sheet".
3. `decisions`: what a person of the front decided about a case outside the register (the chair's
   forward of an abusive item to the police, with or without the submitter's contact), with the name
   given, the operating-system user who ran the command and the time.
4. `register_cells.earlier`: short digests of the values hopthu wrote into a cell before the last one,
   so a stale copy of the register saved over a newer one is recognised (its cells hold older values
   hopthu wrote, not an officer's new text).
5. `corrections`: officers' corrections of the routing (category, lead and co-ordinating agencies,
   complexity) and agencies' send-backs, which `hopthu rules suggest` learns from.
6. `reminder_quiet`: per case, the first day on which the reminder pass may have anything to do for it as
   it stands (a stage, an escalation, a deadline passing), so a pass reads the cases due or changed, not
   every case; a case's row goes whenever the case is saved. And an index on the cases' receipt time, so the
   duplicates index reads the open cases of its window without a pass over every case.
7. `intake_raw`: an item's bytes in a table of their own, out of its intake row (whose `raw` is left NULL).
   SQLite rewrites a whole row on every UPDATE, so each change of an intake's state copied the stored letter
   (a backlog of 10,000 letters moved each letter's bytes through memory and the write-ahead log again).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from hopthu.errors import OperatorError

V1 = """
CREATE TABLE IF NOT EXISTS intake (
    source_id   TEXT PRIMARY KEY,
    channel     TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    state       TEXT NOT NULL,          -- received | cased | quarantined | ignored | linked | held | duplicate
    raw_path    TEXT NOT NULL DEFAULT '',   -- a file copy for officers (quarantined items), or a journal older than `raw`
    payload     TEXT NOT NULL DEFAULT '{}',
    raw         BLOB,                       -- the item's bytes, durable with the row (one fsync per batch)
    case_code   TEXT,
    reason      TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_fp ON intake(fingerprint);
CREATE INDEX IF NOT EXISTS intake_state ON intake(state);

CREATE TABLE IF NOT EXISTS counters (year INTEGER PRIMARY KEY, last_seq INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS cases (
    code       TEXT PRIMARY KEY,
    source_id  TEXT NOT NULL,
    data       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS contacts (
    case_code TEXT PRIMARY KEY,
    name      TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT '',
    phone     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS history (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_code TEXT NOT NULL,
    at        TEXT NOT NULL,
    event     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_case ON history(case_code);

CREATE TABLE IF NOT EXISTS outbox (
    key         TEXT PRIMARY KEY,       -- idempotency key: kind:case:recipient[:stage]
    case_code   TEXT,
    kind        TEXT NOT NULL,
    recipient   TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    raw         BLOB NOT NULL,          -- the exact bytes; a resend is byte-identical
    priority    INTEGER NOT NULL DEFAULT 5,
    state       TEXT NOT NULL,          -- pending | sent | failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try    TEXT NOT NULL,
    last_error  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    sent_at     TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox(state, next_try);
CREATE INDEX IF NOT EXISTS outbox_msgid ON outbox(message_id);

CREATE TABLE IF NOT EXISTS register_cells (
    case_code TEXT NOT NULL,
    column_id TEXT NOT NULL,
    value     TEXT NOT NULL,            -- what hopthu last wrote there, as text
    PRIMARY KEY (case_code, column_id)
);

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS reminders (
    case_code TEXT NOT NULL,
    stage     TEXT NOT NULL,            -- before-2 | before-1 | due | overdue-1, overdue-2... | status:<deadline>
    day       TEXT NOT NULL,            -- ward-local day it was done (yyyy-mm-dd)
    key       TEXT NOT NULL DEFAULT '', -- outbox key of the email that carried it
    folded    INTEGER NOT NULL DEFAULT 0, -- 1: its day had passed; carried by a later stage's email
    PRIMARY KEY (case_code, stage)
);

-- Who sent each email item, to hold a flood from one sender (inbox.flood_per_hour).
CREATE TABLE IF NOT EXISTS senders (
    source_id TEXT PRIMARY KEY,
    sender    TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS senders_by ON senders(sender, at);
CREATE INDEX IF NOT EXISTS outbox_kind_to ON outbox(kind, recipient);  -- one acknowledgement per sender an hour

-- An agency's question ("HỎI:") relayed to the citizen; the citizen's answer goes back to `asked_by`.
CREATE TABLE IF NOT EXISTS questions (
    relay_key   TEXT PRIMARY KEY,       -- outbox key of the relay to the citizen
    case_code   TEXT NOT NULL,
    agency      TEXT NOT NULL,          -- agency id
    asked_by    TEXT NOT NULL,          -- the agency address that asked
    their_msgid TEXT NOT NULL DEFAULT '', -- the agency's Message-ID: our relay of the answer threads under it
    question    TEXT NOT NULL DEFAULT '', -- redacted
    asked_at    TEXT NOT NULL,
    answered_at TEXT
);
CREATE INDEX IF NOT EXISTS questions_case ON questions(case_code);
"""


def _v1(db: sqlite3.Connection) -> None:
    for statement in _statements(V1):
        db.execute(statement)
    columns = {r[1] for r in db.execute("PRAGMA table_info(intake)")}
    if "raw" not in columns:  # a journal written before raw bytes were kept in it
        db.execute("ALTER TABLE intake ADD COLUMN raw BLOB")


V2_MEMOS = """
CREATE TABLE memos (
    case_code TEXT NOT NULL,
    key       TEXT NOT NULL,            -- what hopthu remembers about the case: see Journal.memo
    value     TEXT NOT NULL,
    PRIMARY KEY (case_code, key)
);
INSERT INTO memos(case_code, key, value)
    SELECT case_code, 'not-understood:' || substr(column_id, 2), value FROM register_cells WHERE column_id LIKE '!%';
INSERT INTO memos(case_code, key, value)
    SELECT case_code, 'in-contacts-sheet', value FROM register_cells WHERE column_id = '@contacts';
DELETE FROM register_cells WHERE column_id LIKE '!%' OR column_id = '@contacts';
"""

V3_DECISIONS = """
CREATE TABLE decisions (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_code TEXT NOT NULL,
    action    TEXT NOT NULL,            -- forward | forward-with-contact | clear-flag
    by_name   TEXT NOT NULL,            -- the name given (a configured chair) or "sổ theo dõi"
    os_user   TEXT NOT NULL DEFAULT '', -- getpass.getuser() of the command; '' for a register edit
    at        TEXT NOT NULL,            -- UTC ISO time
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decisions_case ON decisions(case_code);
"""

V4_EARLIER_CELLS = """
ALTER TABLE register_cells ADD COLUMN earlier TEXT NOT NULL DEFAULT '';
"""

V5_CORRECTIONS = """
CREATE TABLE corrections (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_code TEXT NOT NULL,
    field     TEXT NOT NULL,            -- category | agency | co_agencies | complexity
    old       TEXT NOT NULL DEFAULT '', -- the id (category, agency) or value before: what the rules had decided
    new       TEXT NOT NULL DEFAULT '', -- after ('' when an agency sent the case back: nobody yet)
    source    TEXT NOT NULL,            -- register (an officer's edit) | agency (the agency sent the case back)
    agency    TEXT NOT NULL DEFAULT '', -- source agency: the agency that sent it back
    detail    TEXT NOT NULL DEFAULT '', -- the reason the agency gave
    at        TEXT NOT NULL             -- UTC ISO time
);
CREATE INDEX corrections_case ON corrections(case_code);
"""

V6_REMINDER_QUIET = """
CREATE TABLE reminder_quiet (
    case_code TEXT PRIMARY KEY,
    until     TEXT NOT NULL             -- ward-local ISO day; nothing to do for the case before it, as it stands
);
CREATE INDEX cases_received ON cases(json_extract(data, '$.received_at'));  -- the duplicates window, not every case
"""

V7_INTAKE_RAW = """
CREATE TABLE intake_raw (
    source_id TEXT PRIMARY KEY,         -- the intake's; written in the same transaction as its row
    raw       BLOB NOT NULL             -- the item's bytes as they arrived
);
INSERT INTO intake_raw(source_id, raw) SELECT source_id, raw FROM intake WHERE raw IS NOT NULL;
UPDATE intake SET raw = NULL WHERE raw IS NOT NULL;
"""

Migration = str | Callable[[sqlite3.Connection], None]

# Version N+1 is what MIGRATIONS[N] makes of version N. Append only (see the module docstring).
MIGRATIONS: list[Migration] = [
    _v1,        # 0 → 1: the first release's tables (journals made before versions already have them)
    V2_MEMOS,   # 1 → 2: memo keys out of register_cells into memos
    V3_DECISIONS,  # 2 → 3: decisions recorded with who and when (the chair's forward to the police)
    V4_EARLIER_CELLS,  # 3 → 4: digests of the values hopthu wrote into a cell before the last one
    V5_CORRECTIONS,  # 4 → 5: corrections of routing (officers' register edits, agencies' send-backs)
    V6_REMINDER_QUIET,  # 5 → 6: the day each case next needs the reminder pass (deleted when the case changes)
    V7_INTAKE_RAW,  # 6 → 7: an item's bytes out of its intake row (an UPDATE of the row no longer copies them)
]
SCHEMA_VERSION = len(MIGRATIONS)


class JournalVersionError(OperatorError):
    """The journal was written by a newer hopthu than the one running."""


def _statements(sql: str) -> list[str]:
    """`sql` cut into single statements (sqlite3's execute runs one; executescript would COMMIT)."""
    out, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def version(db: sqlite3.Connection) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def check_version(found: int, path: Path) -> None:
    if found > SCHEMA_VERSION:
        raise JournalVersionError(
            f"Sổ nhật ký {path} có phiên bản cấu trúc {found}, mới hơn phiên bản {SCHEMA_VERSION} mà bản hopthu "
            f"này hiểu (có lẽ một bản hopthu mới hơn đã mở nó): hãy cập nhật hopthu lên bản mới nhất rồi chạy lại; "
            f"không sửa hay xóa tệp này. / The journal {path} has schema version {found}, newer than the version "
            f"{SCHEMA_VERSION} this hopthu knows (a newer hopthu opened it): update hopthu, then start it again; "
            f"do not edit or delete the file."
        )


def upgrade(db: sqlite3.Connection, path: Path) -> int:
    """Bring the journal to `SCHEMA_VERSION`, one migration per transaction; returns the version found.

    `db` is in autocommit mode (isolation_level=None). The version is read again inside each
    transaction (BEGIN IMMEDIATE), so two processes opening one old journal upgrade it once."""
    found = version(db)
    check_version(found, path)
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            current = version(db)
            check_version(current, path)
            if current == SCHEMA_VERSION:
                db.execute("COMMIT")
                return found
            step = MIGRATIONS[current]
            if callable(step):
                step(db)
            else:
                for statement in _statements(step):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {current + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
