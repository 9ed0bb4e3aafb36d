"""Checking a configuration: pydantic validates the YAML's data into config.Settings, and what pydantic and
YAML say is turned into `file:line: key: what to do`.

The settings are plain dataclasses (config.py); this module is the only one that imports pydantic, and
only `load_config` imports it, so the daemon, which has its configuration checked in a child process,
never holds the library. Line numbers come from the composed YAML tree; "did you mean" suggestions from
the keys each part of the settings allows. Vietnamese first, the English beside it.
"""

from __future__ import annotations

import dataclasses
import difflib
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import TypeAdapter, ValidationError

from hopthu.config_section import ConfigError, FieldProblem

T = TypeVar("T")


_ADAPTERS: dict[type, TypeAdapter] = {}  # built once per process: building one is most of a check's time


def validate(settings: type[T], data: dict, node: yaml.Node | None, cfg_path: Path) -> T:
    """The file's data as `settings` (config.Settings), or ConfigError listing every mistake."""
    if settings not in _ADAPTERS:
        _ADAPTERS[settings] = TypeAdapter(settings)
    try:
        return _ADAPTERS[settings].validate_python(data)
    except ValidationError as exc:
        lines = key_lines(node) if node is not None else {}
        allowed = allowed_keys(settings, data)
        problems = []
        for err in exc.errors():
            error = (err.get("ctx") or {}).get("error")
            if isinstance(error, FieldProblem):  # a section's own checks: each at its key's line
                for key, message in error.problems.items():
                    problems.append(_line(cfg_path, lines, (*err["loc"], key), message))
            else:
                problems.append(_line(cfg_path, lines, tuple(err["loc"]), describe(err, allowed)))
        raise ConfigError(problems) from None


def _line(cfg_path: Path, lines: dict[tuple, int], loc: tuple, message: str) -> str:
    probe = loc  # the nearest path that exists in the file gives the line number
    while probe and probe not in lines:
        probe = probe[:-1]
    key = ".".join(str(p) for p in loc) or "(top level)"
    return f"{cfg_path}:{lines.get(probe, 1)}: {key}: {message}"


def key_lines(node: yaml.Node, prefix: tuple = ()) -> dict[tuple, int]:
    """Map each key path in a composed YAML tree to its 1-based line number."""
    lines: dict[tuple, int] = {prefix: node.start_mark.line + 1}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = prefix + (key_node.value,)
            lines.update(key_lines(value_node, path))
            lines[path] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines.update(key_lines(item, prefix + (index,)))
    return lines


def describe(err: Mapping[str, Any], model_fields: dict) -> str:
    kind = err["type"]
    loc = err["loc"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        parent = model_fields.get(loc[:-1], [])
        close = difflib.get_close_matches(str(loc[-1]), parent, n=1)
        hint = f' — did you mean "{close[0]}"?' if close else (f" (allowed: {', '.join(parent)})" if parent else "")
        hint_vi = f' — có phải "{close[0]}"?' if close else (f" (được dùng: {', '.join(parent)})" if parent else "")
        return f'khóa lạ "{loc[-1]}"{hint_vi} / unknown key "{loc[-1]}"{hint}'
    if kind == "missing":
        return f'thiếu khóa bắt buộc "{loc[-1]}": thêm vào / required key "{loc[-1]}" is missing: add it'
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    return msg


def allowed_keys(section: Any, data: Any, prefix: tuple = ()) -> dict[tuple, list[str]]:
    """Allowed key names per path, for "did you mean" suggestions."""
    names = [f.name for f in dataclasses.fields(section)]
    out = {prefix: names}
    if not isinstance(data, dict):
        return out
    hints = typing.get_type_hints(section)
    for name in names:
        sub = data.get(name)
        ann = hints[name]
        inner = typing.get_args(ann)
        if dataclasses.is_dataclass(ann):
            out.update(allowed_keys(ann, sub, prefix + (name,)))
        elif inner and isinstance(sub, dict):
            # dict[str, Section] (agencies, categories) or Optional[Section]
            target = inner[-1]
            if dataclasses.is_dataclass(target):
                if typing.get_origin(ann) is dict:
                    for key, value in sub.items():
                        out.update(allowed_keys(target, value, prefix + (name, key)))
                else:
                    out.update(allowed_keys(target, sub, prefix + (name,)))
        elif inner and isinstance(sub, list):
            target = inner[0]
            if dataclasses.is_dataclass(target):
                for index, value in enumerate(sub):
                    out.update(allowed_keys(target, value, prefix + (name, index)))
    return out
