"""The `abuse:` and `duplicates:` sections of hopthu.yaml: items that are not ordinary (issue 12).

Typed and frozen like the rest of the configuration (`config.Settings.abuse`, `.duplicates`); every key
has a default. That `abuse.police_agency` names a configured agency is checked in `config.Settings`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Abuse(_Model):
    police_agency: str = "cong_an"  # `hopthu forward CODE --to police` sends to this agency's addresses


class Duplicates(_Model):
    window_days: int = Field(30, ge=0, le=365)  # same complaint within this many days: "Trùng lặp"; 0 = never
    same_text: float = Field(0.85, gt=0, le=1)  # near-identical text from anyone: merged
    similar_text: float = Field(0.6, gt=0, le=1)  # similar text: merged from the same contact, proposed otherwise
