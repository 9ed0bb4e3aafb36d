"""Rules and templates edited on disk are taken up by the running daemon, without a restart.

At the start of every cycle (and at once on SIGHUP) the rule and template files are compared with
those in use, by content. Changed files are loaded and checked completely — every rule file, every
template compiled — before anything is swapped; a file that does not load leaves the old rules and
templates running, and its problems (file:line) are logged once per broken version and kept for
`hopthu status` and the heartbeat. This module owns that decision; it never edits a file.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from hopthu.config import Config
from hopthu.core.rules.engine import RulesError
from hopthu.rules_in_use import RulesInUse

__all__ = ["LiveReload", "load_templates", "rules_digest"]

if TYPE_CHECKING:
    from hopthu.app import App

log = logging.getLogger("hopthu.reload")

RULE_SUFFIXES = (".yaml", ".yml")
TEMPLATE_SUFFIXES = (".j2",)


class TemplatesError(Exception):
    """Templates that do not compile; `problems`: one "file:line: message" each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


def folder_digest(folder: Path, suffixes: tuple[str, ...]) -> str:
    """A short digest of the names and contents of the folder's files with these suffixes."""
    h = hashlib.sha256()
    if not folder.is_dir():
        return "thieu-thu-muc"  # "missing folder": differs from every real digest
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in suffixes):
        h.update(str(path.relative_to(folder)).encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError as exc:  # unreadable now: a version of its own, loading will say why
            h.update(f"unreadable {exc.errno}".encode())
        h.update(b"\0")
    return h.hexdigest()[:12]


def file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    except OSError:
        return "khong-doc-duoc"


def rules_digest(config: Config) -> str:
    """The rule files' digest, with the learned model's weights (rules/learned/*.json, or
    ``routing.learned_file``): `hopthu rules learn` writing new weights reloads the rules."""
    digest = folder_digest(config.rules_dir, RULE_SUFFIXES + (".json",))
    learned = config.settings.routing.learned_file
    return digest + ("+" + file_digest(config.resolve(learned)) if learned else "")


@dataclass(frozen=True)
class Versions:
    """What is on disk, as short content digests (shown by `hopthu status`, kept in the heartbeat)."""

    config: str
    rules: str
    templates: str

    @classmethod
    def on_disk(cls, config: Config) -> "Versions":
        return cls(config=file_digest(config.path),
                   rules=rules_digest(config),
                   templates=folder_digest(config.templates_dir, TEMPLATE_SUFFIXES))


def load_templates(config: Config):
    """Templates for the outbox, every one compiled now so a broken file is found before it is used."""
    from jinja2 import TemplateSyntaxError

    from hopthu.outbox.queue import Templates

    templates = Templates(config.templates_dir)
    problems = []
    for name in sorted(templates.env.list_templates(filter_func=lambda n: n.endswith(TEMPLATE_SUFFIXES))):
        try:
            templates.env.get_template(name)
        except TemplateSyntaxError as exc:
            problems.append(f"{config.templates_dir / name}:{exc.lineno}: {exc.message}")
    if problems:
        raise TemplatesError(problems)
    return templates


@dataclass
class LiveReload:
    """Keeps `app.rules` and `app.templates` in step with the files. `check()` at each cycle."""

    app: App
    in_use: tuple[str, str] = ("", "")
    problems: list[str] = field(default_factory=list)  # of the newest version that failed to load
    _failed: tuple[str, str] | None = None
    _forced: bool = False

    def __post_init__(self) -> None:
        config = self.app.config
        env = self.app.templates.env
        for name in env.list_templates(filter_func=lambda n: n.endswith(TEMPLATE_SUFFIXES)):
            try:
                env.get_template(name)  # cached now (auto_reload off): a later broken edit cannot reach it
            except Exception as exc:  # broken from the start: it fails where it is used, as before
                log.warning("template %s does not compile: %s", name, exc)
        if not self.in_use[0]:
            self.in_use = (rules_digest(config),
                           folder_digest(config.templates_dir, TEMPLATE_SUFFIXES))

    def request(self) -> None:
        """SIGHUP: look again at the next check even if nothing seems changed."""
        self._forced = True

    def check(self) -> bool:
        """Load changed rules and templates; True when new ones are now in use."""
        config = self.app.config
        on_disk = (rules_digest(config),
                   folder_digest(config.templates_dir, TEMPLATE_SUFFIXES))
        forced, self._forced = self._forced, False
        if on_disk == self.in_use and not forced:
            return False
        if on_disk == self._failed and not forced:
            return False  # the same broken files: said once already
        try:
            rules = RulesInUse(config)
            templates = load_templates(config)
        except (RulesError, TemplatesError) as exc:
            self._failed, self.problems = on_disk, list(exc.problems)
            log.error("rules/templates changed but do not load; the previous ones keep running "
                      "(quy tắc hoặc mẫu thư mới bị lỗi, vẫn dùng bản cũ):")
            for problem in exc.problems:
                log.error("  %s", problem)
            return False
        self.app.rules, self.app.templates = rules, templates
        changed = self.in_use != on_disk
        self.in_use, self._failed, self.problems = on_disk, None, []
        if changed:
            log.info("rules and templates reloaded: %d rules (rules %s, templates %s)",
                     len(rules.rules), on_disk[0], on_disk[1])
        return changed
