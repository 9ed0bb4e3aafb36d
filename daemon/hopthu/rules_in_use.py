"""The rules the daemon decides with, and how it holds them while it idles.

`load_rules` builds a rule set from the configured files (the one-shot commands); `RulesInUse` is the
daemon's (`App.rules`): built from the files' bytes as they were read when taken up, dropped whole when the
daemon idles and built again from the same bytes when the next letter comes.
"""

from __future__ import annotations

import logging
import marshal
import threading
import zlib
from dataclasses import asdict
from pathlib import Path
from typing import Any

from hopthu.config import Config
from hopthu.core.model import Decision, Submission
from hopthu.core.rules.engine import RulesError, RuleSet
from hopthu.core.rules.learned import learned_model
from hopthu.core.rules.loader import load_rules as load_rule_files
from hopthu.core.rules.loader import parse_rules
from hopthu.core.rules.rule import Rule
from hopthu.core.rules.yamlnodes import read_rule_files

log = logging.getLogger("hopthu.reload")


def _load_options(config: Config) -> dict[str, Any]:
    s = config.settings
    return dict(
        categories={k: asdict(v) for k, v in s.categories.items()},
        agencies={k: asdict(v) for k, v in s.agencies.items()},
        triage_category=s.triage_category,
        routing=asdict(s.routing),
        learned=config.resolve(s.routing.learned_file) if s.routing.learned_file else None,
    )


def load_rules(config: Config) -> RuleSet:
    """The configured rule files, compiled (RulesError with every problem as file:line)."""
    ruleset = load_rule_files(config.rules_dir, **_load_options(config))
    for warning in ruleset.warnings:
        log.warning("%s", warning)
    return ruleset


class RulesInUse:
    """The rules the daemon decides with: a RuleSet built from the rule files' bytes as they were read
    when these rules were taken up (by `build_app`, then by `LiveReload.check`).

    The built set is some 10 MB of objects for 800 rules. `forget` (the idle daemon's,
    `service.Daemon.release_if_idle`) drops all of it, and the next letter builds it again (under a second)
    from the same bytes, kept packed (about a sixth of their size: 187 kB for 1.1 MB of rule files): a file an officer is half-way through
    editing never reaches a rebuilt set; only `LiveReload.check` takes new files, after they load whole. The
    learned model's weights are the one thing read again from disk (lazily, as before this class: a model file
    replaced by `hopthu rules learn` is also a change `LiveReload.check` takes up).
    """

    def __init__(self, config: Config):
        problems: list[str] = []
        texts = read_rule_files(config.rules_dir, problems)
        if problems:
            raise RulesError(problems)
        options = _load_options(config)
        # the learned model is made once (it reads its weights lazily, and after each `forget` again; a file gone
        # meanwhile is said and the rules route alone): a rebuild reads nothing from disk, so it cannot fail there
        self._learned = learned_model(config.rules_dir, options.pop("learned"),
                                      (set(options["categories"]), set(options["agencies"])))
        self._options = options
        self._packed = zlib.compress(marshal.dumps({str(path): raw for path, raw in texts.items()}))
        self._lock = threading.Lock()  # the mail loop and the sheet thread may both ask
        self._built: RuleSet | None = None
        for warning in self.get().warnings:  # built now: the files' problems are found at load, not at a letter
            log.warning("%s", warning)

    def get(self) -> RuleSet:
        """The built rule set (built again if `forget` dropped it)."""
        with self._lock:
            if self._built is None:
                texts = {Path(path): raw for path, raw in marshal.loads(zlib.decompress(self._packed)).items()}
                o = self._options
                rules, warnings = parse_rules(texts, categories=o["categories"], agencies=o["agencies"],
                                              triage_category=o["triage_category"])
                self._built = RuleSet(rules, categories=o["categories"], triage_category=o["triage_category"],
                                      routing=o["routing"], learned=self._learned)
                self._built.warnings = warnings
            return self._built

    @property
    def built(self) -> bool:
        """Whether the rule set is built now (False once the idle daemon dropped it)."""
        return self._built is not None

    def classify(self, sub: Submission) -> Decision:
        return self.get().classify(sub)

    @property
    def rules(self) -> list[Rule]:
        return self.get().rules

    def __len__(self) -> int:
        return len(self.get())

    def forget(self) -> None:
        """Drop the built set and the learned model's weights (read again by the next guess). The set forgets
        first: re2 keeps its last compiled programs in a cache of the module's own (`Prefilter.forget` purges it),
        which dropping the set alone would leave, some 2.4 MB of the idle daemon (bench/idle_rss.py)."""
        with self._lock:
            if self._built is not None:
                self._built.forget()
            self._built = None
            if self._learned is not None:
                self._learned.unload()
