"""Each text's themes, strongest first, for a whole batch at once."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..results import gc_paused

__all__ = ["themes_by_score"]


def themes_by_score(themes: Sequence[str], scores: np.ndarray, decisions: np.ndarray) -> list[tuple[str, ...]]:
    """For every row, the ``themes`` whose ``decisions`` flag is set, highest score first (ties in theme order).

    One sort over the whole (texts × themes) matrix instead of a Python sort per text.
    """
    if scores.shape[0] == 0:
        return []
    order = np.argsort(-scores, axis=1, kind="stable")
    flags = np.take_along_axis(np.asarray(decisions, dtype=bool), order, axis=1)
    rows, places = np.nonzero(flags)  # row by row, strongest first within a row
    names = [themes[j] for j in order[rows, places].tolist()]
    ends = np.cumsum(flags.sum(axis=1)).tolist()
    with gc_paused():  # a tuple per text, none in a cycle
        return [tuple(names[start:end]) for start, end in zip([0, *ends[:-1]], ends)]
