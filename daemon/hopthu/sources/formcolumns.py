"""Which of the Form's questions is which: each of our fields found by its meaning, not its exact words.

A ward words its Form as it likes ("Số điện thoại hoặc email để nhận phản hồi" for the contact,
"Lĩnh vực" for the category). Each field is looked for in this order:

1. the header configured under `form.columns` (exactly, or followed by a note in brackets or after a dash):
   the configuration always wins;
2. the default header of the sample Form (same matching);
3. a small list of words per field ("liên hệ", "số điện thoại", "email", "lĩnh vực", "nội dung", "tổ dân
   phố", "dấu thời gian"/"timestamp"...), matched as whole words with accents, case and punctuation ignored.
   A header goes to the field whose strongest word it holds; two headers that are equally good answers to
   one field *compete*, and neither is taken.

Intake needs only the timestamp and the content; `hopthu check` also needs the contact and the category
(without them no acknowledgement is sent and the citizen's choice is lost) and fails on any competition.
Every error names the headers seen and says what to put under `form.columns`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Mapping

from hopthu.core.textnorm import fold
from hopthu.errors import OperatorError

#: our field → the Form's header (Vietnamese defaults; `form.columns` in the config overrides).
DEFAULT_COLUMNS = {
    "timestamp": "Dấu thời gian",
    "tdp": "Tổ dân phố",
    "category": "Lĩnh vực góp ý",
    "text": "Nội dung góp ý, phản ánh",
    "location": "Địa điểm xảy ra sự việc",
    "name": "Họ và tên",
    "contact": "Thông tin liên hệ",
}
#: Without these a response cannot become a case (intake stops and says why).
REQUIRED = ("timestamp", "text")
#: `hopthu check` also needs these: without them no acknowledgement goes out and the citizen's choice is lost.
CHECKED = ("timestamp", "text", "contact", "category")

#: What a question about each field says, folded (no accents, lower case, punctuation as spaces).
#: Strong words name the field on their own; weak ones only when no strong word of another field is there.
STRONG = {
    "timestamp": ("dau thoi gian", "timestamp", "thoi diem gui"),
    "tdp": ("to dan pho", "tdp", "khu pho", "to so"),
    "category": ("linh vuc", "loai gop y", "loai y kien", "loai phan anh", "chu de", "nhom van de"),
    "text": ("noi dung",),
    "location": ("dia diem", "noi xay ra", "vi tri xay ra"),
    "name": ("ho va ten", "ho ten", "ten nguoi gui", "ten cua ban"),
    "contact": ("lien he", "so dien thoai", "dien thoai", "email", "e mail", "sdt", "thu dien tu"),
}
WEAK = {
    "timestamp": ("thoi gian", "ngay gio"),
    "text": ("gop y", "phan anh", "y kien", "kien nghi", "mo ta"),
}
#: How an officer reads each field's name in a message.
LABELS = {
    "timestamp": "dấu thời gian", "tdp": "tổ dân phố", "category": "lĩnh vực", "text": "nội dung góp ý",
    "location": "địa điểm", "name": "họ tên", "contact": "thông tin liên hệ",
}

_NOT_WORD = re.compile(r"[^0-9a-z]+")
log = logging.getLogger("hopthu.sources")
_WARNED: set[tuple[str, ...]] = set()  # header rows already warned about (once per process)


class FormColumnsError(OperatorError):
    pass


@dataclass(frozen=True)
class ColumnMap:
    fields: dict[str, int]       # our field → column index
    extras: dict[str, int]       # other headers (questions added to the Form) → column index
    #: field → the headers that competed for it (none taken); `hopthu check` fails on these
    competing: dict[str, list[str]] = field(default_factory=dict)


def words(text: str) -> str:
    """A header as whole folded words with spaces around: " so dien thoai hoac email "."""
    return " " + " ".join(_NOT_WORD.sub(" ", fold(text)).split()) + " "


def _named(have: str, key: str) -> bool:
    """The header is `key`, or `key` followed by a note ("Họ và tên (không bắt buộc)", "... - ...")."""
    return bool(key) and (have == key or have.startswith(key + " (") or have.startswith(key + " -"))


def _score(header: str, field_name: str) -> int:
    """How well a header answers one field: 2 a strong word, 1 a weak one, 0 none."""
    have = words(header)
    if any(f" {w} " in have for w in STRONG.get(field_name, ())):
        return 2
    if any(f" {w} " in have for w in WEAK.get(field_name, ())):
        return 1
    return 0


def map_columns(headers: list[str], configured: Mapping[str, str] | None = None, where: str = "",
                *, need: tuple[str, ...] = REQUIRED) -> ColumnMap:
    """Find our fields among the headers (see the module docstring); raise when a field of `need` is missing
    or competed for. `need=CHECKED` is what `hopthu check` asks."""
    configured = dict(configured or {})
    folded = [fold(h) for h in headers]
    fields: dict[str, int] = {}

    def by_name(wanted: Mapping[str, str]) -> None:
        for name, header in wanted.items():
            if name in fields:
                continue
            key = fold(header)
            for index, have in enumerate(folded):
                if index not in fields.values() and _named(have, key):
                    fields[name] = index
                    break

    by_name(configured)
    by_name({k: v for k, v in DEFAULT_COLUMNS.items() if k not in configured})
    # By meaning: each free header goes to the field it answers best (a tie between fields: none).
    best: dict[str, list[tuple[int, int]]] = {}
    for index, header in enumerate(headers):
        if index in fields.values() or not header.strip():
            continue
        scores = {name: _score(header, name) for name in DEFAULT_COLUMNS if name not in fields}
        top = max(scores.values(), default=0)
        winners = [name for name, s in scores.items() if s == top]
        if top and len(winners) == 1:
            best.setdefault(winners[0], []).append((top, index))
    competing: dict[str, list[str]] = {}
    for name, found in best.items():
        top = max(s for s, _ in found)
        candidates = [i for s, i in found if s == top]
        if len(candidates) == 1:
            fields[name] = candidates[0]
        else:
            competing[name] = [headers[i] for i in candidates]
    problems = []
    for name in need:
        if name in competing:
            problems.append(f"câu hỏi «{LABELS[name]}»: nhiều cột cùng khớp ({_quoted(competing[name])})")
        elif name not in fields:
            wanted = configured.get(name) or DEFAULT_COLUMNS[name]
            problems.append(f"không tìm thấy câu hỏi «{LABELS[name]}» (tiêu đề «{wanted}» hay một tiêu đề cùng nghĩa)")
    if problems:
        first = next(n for n in need if n in competing or n not in fields)
        raise FormColumnsError(
            f"{where}: " + "; ".join(problems) + f". Các cột đang có: {_quoted([h for h in headers if h]) or '(không có)'}. "
            f"Ghi đúng tiêu đề câu hỏi vào form.columns trong hopthu.yaml (ví dụ form.columns.{first}: "
            f"\"<tiêu đề câu hỏi>\"). / Form columns: "
            + "; ".join(f"{n}: {'several headers match' if n in competing else 'not found'}" for n in need
                        if n in competing or n not in fields)
            + f"; set form.columns.{first} to the question's header."
        )
    lacking = [n for n in CHECKED if n not in fields]
    if lacking and tuple(headers) not in _WARNED:
        # Intake goes on without them, but no acknowledgement goes out: say so once (and `hopthu check` fails).
        _WARNED.add(tuple(headers))
        log.warning("%s: Form question(s) not found or competing: %s; run `hopthu check` and set form.columns",
                    where, ", ".join(lacking))
    extras = {h: i for i, h in enumerate(headers) if h and i not in fields.values()}
    return ColumnMap(fields=fields, extras=extras, competing=competing)


def describe(mapping: ColumnMap, headers: list[str]) -> str:
    """Which header each field was read from, for `hopthu check` ("nội dung góp ý ← «Nội dung»; ...")."""
    return "; ".join(f"{LABELS[name]} ← «{headers[i]}»" for name, i in
                     sorted(mapping.fields.items(), key=lambda kv: kv[1]))


def _quoted(headers: list[str]) -> str:
    return ", ".join(f"«{h}»" for h in headers)
