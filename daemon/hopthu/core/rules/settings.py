"""The routing settings (``routing:`` in hopthu.yaml): how much evidence routes a letter, when two agencies are
too close, when a runner-up co-ordinates, and the weights of the Form's choice and the learned model."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class RoutingSettings:
    """``routing:`` in hopthu.yaml. Defaults measured on tests/eval/routing/tuning.jsonl."""

    mode: str = "evidence"  # "evidence" (weighed) or "first_match" (the old semantics)
    threshold: float = 0.5  # the lead agency needs at least this much evidence, else triage
    close_ratio: float = 0.97  # runner-up agency at or above this share of the top one: triage
    co_ratio: float = 0.7  # runner-up at or above this share (and above threshold): co-ordinating
    add_threshold: float = 0.5  # a flag/complex/co-agency adding rule needs this much evidence
    form_category_weight: float = 0.5  # the category the citizen picked on the Form
    overlap_decay: float = 0.5  # each further rule of an agency counts this share of the one before
    learned_weight: float = 2.0  # the learned model's evidence: this times its belief in a (category, agency)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> RoutingSettings:
        if not raw:
            return cls()
        known = {k: v for k, v in dict(raw).items() if k in cls.__dataclass_fields__ and v is not None}
        return cls(**known)
