"""Comparing keyword and label forms, whatever their diacritics: two keywords that may start at the same
place of a text (the engine then scores their hits apart), and two labels that name the same thing."""

from __future__ import annotations

from collections.abc import Iterable

from hopthu.core.textnorm import afold, fold_case


def may_overlap(fcs: Iterable[str]) -> bool:
    """Whether two of these keywords (fold_case forms) can start at the same place of a text."""
    keys = sorted(afold(fc) for fc in fcs)
    return any(b == a or b.startswith(a + " ") for a, b in zip(keys, keys[1:], strict=False)) or any(
        b.startswith(a + " ") for i, a in enumerate(keys) for b in keys[i + 2:])


def same_label(a: str, b: str) -> bool:
    return afold(fold_case(a)) == afold(fold_case(b))
