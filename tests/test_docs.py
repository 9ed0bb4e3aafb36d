"""The documentation keeps up with the code (as sqlite-utils keeps its CLI reference): every configuration
key is in hopthu.example.yaml, every command is in the README's table, and every `hopthu …` the docs
mention exists."""

from __future__ import annotations

import dataclasses
import re
import shlex
import types
import typing
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from hopthu.cli import main
from hopthu.config import Settings

from ward import ROOT

EXAMPLE = ROOT / "hopthu.example.yaml"
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md")), ROOT / "rules" / "README.md"]


# -- configuration keys ---------------------------------------------------------------------------


def _models_in(annotation: object) -> Iterator[tuple[str, type]]:
    """The models a field holds: ("", M) for M or M | None, ("[]", M) for list[M], ("*", M) for dict[str, M]."""
    origin = typing.get_origin(annotation)
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        yield "", annotation
    elif origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _models_in(arg)
    elif origin is list:
        for how, model in _models_in(typing.get_args(annotation)[0]):
            yield how or "[]", model
    elif origin is dict:
        for how, model in _models_in(typing.get_args(annotation)[1]):
            yield how or "*", model


def config_keys(model: type = Settings, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every key the settings accept, as it is written in the YAML, recursively.
    A mapping of names to sections (agencies, categories) contributes `*`; a list of sections, its items' keys."""
    hints = typing.get_type_hints(model)
    for field in dataclasses.fields(model):
        path = (*prefix, field.name)
        yield path
        for how, sub in _models_in(hints[field.name]):
            yield from config_keys(sub, path + (("*",) if how == "*" else ()))


def _sections(text: str) -> dict[str, str]:
    """The example's text under each top-level key, written (`key:`) or commented out (`# key:`)."""
    sections: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"(?:# ?)?([a-z_]+):", line)
        if m:
            current = m.group(1)
        if current is not None:
            sections[current] = sections.get(current, "") + line + "\n"
    return sections


def documented(path: tuple[str, ...], sections: dict[str, str]) -> bool:
    """`path` appears in the example: its top-level section holds each deeper key, in order,
    as `key:` (a YAML key, a flow-mapping key or a commented `# key:` line)."""
    section = sections.get(path[0])
    if section is None:
        return False
    position = 0
    for key in path[1:]:
        if key == "*":
            continue
        m = re.compile(rf"(?<![\w-]){re.escape(key)}:").search(section, position)
        if m is None:
            return False
        position = m.end()
    return True


def test_the_walk_finds_keys_at_every_depth():
    keys = set(config_keys())
    assert {("ward", "front_email"), ("register", "contacts_sheet_id"), ("outbox", "smtp", "ca_file"),
            ("agencies", "*", "emails"), ("officers", "roles"), ("inbox", "start_date")} <= keys
    assert ("register",) in keys  # the section is written `register:`, as the settings name it


def test_every_configuration_key_is_in_the_example_config():
    sections = _sections(EXAMPLE.read_text(encoding="utf-8"))
    missing = [".".join(p) for p in config_keys() if not documented(p, sections)]
    assert not missing, f"document these keys in {EXAMPLE.name} (as a key or a commented `# key:` line): {missing}"


def test_the_key_check_notices_a_key_left_out():
    text = EXAMPLE.read_text(encoding="utf-8")
    without = "\n".join(line for line in text.splitlines() if "daily_cap:" not in line)
    assert not documented(("outbox", "daily_cap"), _sections(without))
    assert documented(("outbox", "daily_cap"), _sections(text))


# -- commands ---------------------------------------------------------------------------------------


def cli_commands(group: click.Group = main, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command and sub-command path of `hopthu` (hidden ones too: a hidden command still needs a line)."""
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from cli_commands(command, (*prefix, name))


def resolve(words: list[str]) -> tuple[str, ...] | None:
    """The command path `hopthu WORDS…` names (options and arguments after it ignored); None if the first
    word is not a command, or a group's next word looks like a sub-command and is not one."""
    command: click.Command = main
    path: tuple[str, ...] = ()
    for word in words:
        if not isinstance(command, click.Group):
            break
        if not re.fullmatch(r"[a-z][a-z0-9-]*", word):
            break  # an option or an argument: the path so far is the command
        sub = command.commands.get(word)
        if sub is None:
            return None
        command, path = sub, (*path, word)
    return path or None


def _global_options() -> dict[str, bool]:
    """`hopthu`'s own options, before the command: name → takes a value."""
    return {opt: not p.is_flag for p in main.params if isinstance(p, click.Option) for opt in p.opts}


def command_table() -> list[tuple[str, ...]]:
    """The commands README's table documents: `hopthu x y …`, and a later `z …` in the same cell as x z."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if re.match(r"\|\s*command\s*\|", line))
    found = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        spans = re.findall(r"`([^`]+)`", line.split("|")[1])
        group: tuple[str, ...] = ()
        for span in spans:
            words = shlex.split(span.replace("…", ""), posix=True) if span.count('"') % 2 == 0 else span.split()
            if words[0] == "hopthu":
                path = resolve(words[1:])
                assert path is not None, f"README's command table names `{span}`, which hopthu does not have"
                found.append(path)
                group = path[:-1] if len(path) > 1 else path
            elif group and re.fullmatch(r"[a-z][a-z0-9-]*", words[0]):
                path = resolve([*group, *words])
                assert path is not None, f"README's command table names `{span}` under `hopthu {' '.join(group)}`"
                found.append(path)
    return found


def undocumented(group: click.Group, table: list[tuple[str, ...]]) -> list[str]:
    """Commands the table lacks; a group counts as documented through its sub-commands' lines."""
    covered = {path[:n] for path in table for n in range(1, len(path) + 1)}
    return [" ".join(c) for c in cli_commands(group) if c not in covered]


def test_every_command_is_in_the_readme_table():
    missing = undocumented(main, command_table())
    assert not missing, f"add these commands to README.md's command table: {missing}"


def test_the_command_check_notices_a_command_left_out():
    table = command_table()
    assert ("quarantine", "release") in table and ("rules", "test") in table
    grown = click.Group("hopthu", commands={**main.commands, "frobnicate": click.Command("frobnicate")})
    assert undocumented(grown, table) == ["frobnicate"]


def mentions(path: Path) -> Iterator[tuple[int, str]]:
    """(line, words after `hopthu`) for each command the file shows: an inline `hopthu …` span, or a
    line of a code block that runs hopthu (`hopthu …`, `$ …/bin/hopthu --config F …`)."""
    options = _global_options()
    in_block = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("```"):
            in_block = not in_block
            continue
        runs = []
        for span in re.findall(r"`(hopthu [^`]+)`", line):
            runs.append(span.split()[1:])
        if in_block:
            m = re.match(r"\s*(?:\$\s+)?(?:sudo -u \S+\s+)?(?:\S*/bin/)?hopthu\s+(.*)", line)
            if m:
                words = m.group(1).split()
                while words and words[0] in options:
                    words = words[2:] if options[words[0]] else words[1:]
                runs.append(words)
        for words in runs:
            yield number, " ".join(words)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_command_the_docs_mention_exists(doc):
    name = doc.relative_to(ROOT)
    wrong = [f"{name}:{n}: hopthu {words}" for n, words in mentions(doc) if resolve(words.split()) is None]
    assert not wrong, f"these commands do not exist (see `hopthu --help`): {wrong}"


def test_the_mention_check_notices_a_command_that_does_not_exist(tmp_path):
    doc = tmp_path / "x.md"
    doc.write_text("Run `hopthu rules check`, then `hopthu check`.\n\n```\n$ /opt/hopthu/.venv/bin/hopthu "
                   "--config /etc/hopthu/hopthu.yaml frobnicate\n```\n", encoding="utf-8")
    assert [resolve(words.split()) for _, words in mentions(doc)] == [None, ("check",), None]
