"""Turning what pydantic and YAML say about a configuration into `file:line: key: what to do`.

Line numbers come from the composed YAML tree; "did you mean" suggestions from the keys each part
of the settings allows. Vietnamese first, the English beside it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

import yaml
from pydantic import BaseModel


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
    if kind == "extra_forbidden":
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


def allowed_keys(model: type[BaseModel], data: Any, prefix: tuple = ()) -> dict[tuple, list[str]]:
    """Allowed key names per path, for "did you mean" suggestions."""
    out = {prefix: [f.alias or n for n, f in model.model_fields.items()]}
    if not isinstance(data, dict):
        return out
    for name, field in model.model_fields.items():
        name = field.alias or name
        sub = data.get(name)
        ann = field.annotation
        inner = getattr(ann, "__args__", None)
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out.update(allowed_keys(ann, sub, prefix + (name,)))
        elif inner and isinstance(sub, dict):
            # dict[str, Model] (agencies, categories) or Optional[Model]
            target = inner[-1]
            if isinstance(target, type) and issubclass(target, BaseModel):
                if getattr(ann, "__origin__", None) is dict:
                    for key, value in sub.items():
                        out.update(allowed_keys(target, value, prefix + (name, key)))
                else:
                    out.update(allowed_keys(target, sub, prefix + (name,)))
        elif inner and isinstance(sub, list):
            target = inner[0]
            if isinstance(target, type) and issubclass(target, BaseModel):
                for index, value in enumerate(sub):
                    out.update(allowed_keys(target, value, prefix + (name, index)))
    return out
