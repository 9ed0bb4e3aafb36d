"""The `abuse:` and `duplicates:` sections of hopthu.yaml: items that are not ordinary (issue 12).

Typed and frozen like the rest of the configuration (`config.Settings.abuse`, `.duplicates`); every key
has a default. That `abuse.police_agency` names a configured agency is checked in `config.Settings`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from annotated_types import Ge, Gt, Le

from hopthu.config_section import Section


@dataclass(frozen=True, kw_only=True)
class Abuse(Section):
    police_agency: str = "cong_an"  # `hopthu forward CODE --to police` sends to this agency's addresses


@dataclass(frozen=True, kw_only=True)
class Duplicates(Section):
    window_days: Annotated[int, Ge(0), Le(365)] = 30  # same complaint within this many days: "Trùng lặp"; 0 = never
    same_text: Annotated[float, Gt(0), Le(1)] = 0.85  # near-identical text from anyone: merged
    similar_text: Annotated[float, Gt(0), Le(1)] = 0.6  # similar text: merged from the same contact, proposed otherwise
