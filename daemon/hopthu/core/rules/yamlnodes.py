"""Reading YAML files with their line numbers: the files a folder holds, each file's composed nodes (not
plain Python values, so that every problem is reported as "file:line: message"), and the helpers that
read one value from a node and report what is wrong with it instead of raising. `loader` builds rules
with them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from hopthu.core.rules.safe_regex import SafePattern, UnsafePattern, compile_safe
from hopthu.core.textnorm import nfc

# libyaml when present (same nodes and line marks, several times faster)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


FILE_KEYS = ("version", "rules")
# 1: a plain list of rules, written for "the first match decides"; 2: "version: 2" + "rules:", written for
# the weighed evidence (every matching rule counts, by where its words stand). Both load and are read with
# the weighed semantics; a file in format 1 (no "version:") is named in a warning, and
# `hopthu rules upgrade FILE` rewrites it (comments kept) and replays the journal's cases with it.
RULE_FORMAT_VERSIONS = (1, 2)
CURRENT_RULE_FORMAT = 2


def format_warning(path: str | Path) -> str:
    """What an officer is told about a rule file without "version:" (Vietnamese: `hopthu check` shows it)."""
    return (f'{path}: tệp quy tắc định dạng cũ (chưa ghi "version: {CURRENT_RULE_FORMAT}"), viết cho cách '
            f'"quy tắc đầu tiên khớp quyết định"; nay được đọc theo cách cân nhắc căn cứ. Chạy '
            f'`hopthu rules upgrade {path}` để nâng cấp tệp và xem những hồ sơ cũ sẽ đổi thế nào')


def rule_files(spec: str | Path | Iterable[str | Path], problems: list[str]) -> list[Path]:
    items = [spec] if isinstance(spec, (str, Path)) else list(spec)
    files: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            found = sorted(
                (p for p in path.iterdir()
                 if p.is_file() and p.suffix in (".yaml", ".yml") and not p.name.startswith(".")),
                key=lambda p: p.name,
            )
            if not found:
                problems.append(f"{path}: no rule files (*.yaml) in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(f"{path}: no such file or folder")
    return files


def read_rule_files(spec: str | Path | Iterable[str | Path], problems: list[str]) -> dict[Path, bytes]:
    """The rule files' bytes, in the order rules are read (`rule_files`); what cannot be read is added to
    ``problems``."""
    texts: dict[Path, bytes] = {}
    for path in rule_files(spec, problems):
        try:
            texts[path] = path.read_bytes()
        except OSError as exc:
            problems.append(f"{path}:1: cannot read: {exc.strerror}")
    return texts


def suggest(key: str, allowed: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1, cutoff=0.6)
    return f' — did you mean "{close[0]}"?' if close else ""


def compose_file(path: Path, problems: list[str], raw: bytes) -> Node | None:
    """The YAML of file ``path``'s bytes ``raw`` (`read_rule_files`) as composed nodes; None for an empty file
    (or only comments), and after reporting a file that is not UTF-8 or a YAML syntax error (at its line)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(f"{path}:{line}: not UTF-8 text (save the file as UTF-8)")
        return None
    try:
        root = yaml.compose(text, Loader=YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = " ".join(x for x in (exc.context, exc.problem) if x)
        ctx = exc.context_mark
        if ctx is not None and mark is not None and ctx.line != mark.line:
            what += f" (the part that starts on line {ctx.line + 1})"
        problems.append(f"{path}:{line}: YAML syntax error: {what}")
        return None
    except yaml.YAMLError as exc:
        problems.append(f"{path}:1: YAML error: {exc}")
        return None
    return root


class NodeReader:
    """Reads values out of the YAML nodes of one file (`path`), collecting problems with their line numbers."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        self.warnings: list[str] = []  # files that load but should be looked at (an old format)
        self.path = ""

    def context(self) -> str:
        """Put before every message (e.g. 'rule "x": '): what is being read."""
        return ""

    def unknown_key(self, key: str, allowed: tuple[str, ...], where: str) -> str:
        """The message for a key not in `allowed` (a subclass may add where the key belongs instead)."""
        return f'unknown key "{key}" in {where}{suggest(key, allowed)} (allowed: ' + ", ".join(allowed) + ")"

    def problem(self, node: Node | None, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(f"{self.path}:{line}: {self.context()}{message}")

    @staticmethod
    def _is_null(node: Node | None) -> bool:
        return node is None or (isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null")

    def items(self, node: MappingNode, allowed: tuple[str, ...], where: str) -> dict[str, tuple[Node, Node]]:
        """The mapping's entries; reports repeated and unknown keys."""
        out: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, f"a key in {where} must be a plain word")
                continue
            key = key_node.value
            if key in out:
                first = out[key][0].start_mark.line + 1
                self.problem(key_node, f'key "{key}" appears twice in {where} (first on line {first})')
                continue
            if key not in allowed:
                self.problem(key_node, self.unknown_key(key, allowed, where))
                continue
            out[key] = (key_node, value_node)
        return out

    def text(self, node: Node, what: str) -> str | None:
        """A non-empty string (plain numbers and words like "no" are taken as written)."""
        if self._is_null(node) or not isinstance(node, ScalarNode):
            kind = "nothing" if self._is_null(node) else ("a list" if isinstance(node, SequenceNode) else "a block")
            self.problem(node, f"{what} must be text, found {kind}")
            return None
        value = node.value.strip()
        if not value:
            self.problem(node, f"{what} is empty")
            return None
        return value

    def texts(self, node: Node, what: str) -> list[tuple[str, Node]] | None:
        """Text or a list of texts; None (after reporting) when unusable or empty."""
        if isinstance(node, SequenceNode):
            if not node.value:
                self.problem(node, f"{what}: the list is empty")
                return None
            out = []
            for item in node.value:
                value = self.text(item, f"an item of {what}")
                if value is not None:
                    out.append((value, item))
            return out or None
        value = self.text(node, what)
        return None if value is None else [(value, node)]

    def boolean(self, node: Node, what: str) -> bool | None:
        if isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:bool":
            return node.value.lower() in ("true", "yes", "on", "y")
        self.problem(node, f"{what} must be true or false, found {getattr(node, 'value', '...')!r}")
        return None

    def rule_list(self, root: Node) -> Node | None:
        """The list of rules in a file: the file itself (format 1), or "rules:" under "version: 2"."""
        if not (isinstance(root, MappingNode) and any(getattr(k, "value", None) == "version" for k, _ in root.value)):
            if isinstance(root, SequenceNode):
                self.warnings.append(format_warning(self.path))
            return root
        entries = self.items(root, FILE_KEYS, "a rule file")
        if "version" in entries:
            node = entries["version"][1]
            value = getattr(node, "value", None)
            if not (isinstance(node, ScalarNode) and value in {str(v) for v in RULE_FORMAT_VERSIONS}):
                versions = ", ".join(str(v) for v in RULE_FORMAT_VERSIONS)
                self.problem(node, f"unknown rule format version {value!r} (known: {versions})")
                return None
            if value != str(CURRENT_RULE_FORMAT):
                self.warnings.append(format_warning(self.path))
        if "rules" not in entries or self._is_null(entries["rules"][1]):
            return None
        return entries["rules"][1]

    def number(self, node: Node, what: str, low: float, high: float, whole: bool = False) -> float | None:
        """A number in (low, high] (whole: a whole number in [low, high]), else the problem reported."""
        raw = getattr(node, "value", "...")
        try:
            value = float(raw) if isinstance(node, ScalarNode) and not (whole and not raw.isdigit()) else None
        except ValueError:
            value = None
        if value is not None and (low <= value <= high if whole else low < value <= high):
            return value
        wanted = (f"a whole number from {low:g} to {high:g}" if whole
                  else f"a number above {low:g} and at most {high:g}")
        self.problem(node, f"{what} must be {wanted}, found {raw!r}")
        return None

    def regex(self, node: Node, pattern: str) -> SafePattern | None:
        """Checked with Python's `re` (its error messages name the position), run on RE2 (`safe_regex`)."""
        try:
            re.compile(nfc(pattern))
        except re.error as exc:
            at = f" at position {exc.pos}" if exc.pos is not None else ""
            self.problem(node, f'bad regex "{pattern}": {exc.msg}{at}')
            return None
        try:
            return compile_safe(nfc(pattern))
        except UnsafePattern as exc:
            self.problem(node, f'unsafe regex "{pattern}": {exc}')
            return None
