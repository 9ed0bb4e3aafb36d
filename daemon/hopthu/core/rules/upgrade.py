"""Rewriting a rule file of format 1 (a plain list of rules) as format 2 (``version: 2`` + ``rules:``).

Pure text work, no I/O: the officer's comments, blank lines, quoting and key order stay as written.
The file's opening comment stays at the top; ``version: 2`` and ``rules:`` follow it, and every line
of the list is indented by two spaces (YAML reads a uniformly indented block the same way, block
scalars included). The result is checked by parsing both texts: the rules must be equal, else
`UpgradeError` and nothing should be written. No ruamel.yaml is needed: the text is never re-emitted
by a YAML library, so nothing of the file's layout is lost.
"""

from __future__ import annotations

from typing import Any

import yaml

from hopthu.core.rules.yamlnodes import CURRENT_RULE_FORMAT


class UpgradeError(Exception):
    """The file cannot be upgraded as it is (the message names why, in Vietnamese)."""


def file_version(text: str) -> int | None:
    """1 for a plain list of rules, the written version for a file with ``version:``, None when the
    text is neither (empty, or not a rule file)."""
    data = _load(text)
    if isinstance(data, list):
        return 1
    if isinstance(data, dict) and "version" in data:
        try:
            return int(data["version"])
        except (TypeError, ValueError):
            return None
    return None


def upgrade_text(text: str) -> str:
    """The text of a format-1 rule file rewritten as format 2 (see the module docstring)."""
    data = _load(text)
    if isinstance(data, dict) and "version" in data:
        raise UpgradeError(f"tệp đã ghi version: {data['version']}, không cần nâng cấp")
    if not isinstance(data, list):
        raise UpgradeError("tệp không phải một danh sách quy tắc (mỗi quy tắc bắt đầu bằng \"- name: ...\")")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    head: list[str] = []
    i = 0
    while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith("#")
                              or lines[i].strip() in ("---", "%YAML 1.1", "%YAML 1.2")):
        head.append(lines[i])
        i += 1
    while head and not head[-1].strip():  # blank lines after the opening comment go below "rules:"
        head.pop()
        i -= 1
    body = ["  " + line if line.strip() else "" for line in lines[i:]]
    out = [*head, f"version: {CURRENT_RULE_FORMAT}", "rules:", *body]
    result = newline.join(out) + newline
    upgraded = _load(result)
    if not (isinstance(upgraded, dict) and upgraded.get("rules") == data
            and upgraded.get("version") == CURRENT_RULE_FORMAT):
        raise UpgradeError("không nâng cấp được mà giữ nguyên nội dung (hãy thêm version và rules bằng tay)")
    return result


def _load(text: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UpgradeError(f"tệp có lỗi cú pháp YAML: {exc}") from exc
