"""Per-label decision thresholds, tuned on out-of-fold probabilities."""

from __future__ import annotations

import numpy as np

__all__ = ["best_threshold", "THRESHOLD_GRID"]

#: Thresholds tried, from 0.05 to 0.95 in steps of 0.01.
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)


def best_threshold(proba: np.ndarray, target: np.ndarray) -> float:
    """The threshold with the best F1 on these (out-of-fold) probabilities; ties go to the middle."""
    positives = target.sum()
    if positives == 0:
        return 0.5
    best_f1, best = -1.0, []
    for threshold in THRESHOLD_GRID:
        predicted = proba >= threshold
        true_positive = float(np.sum(predicted & (target == 1)))
        f1 = 2 * true_positive / (predicted.sum() + positives)
        if f1 > best_f1 + 1e-12:
            best_f1, best = f1, [threshold]
        elif abs(f1 - best_f1) <= 1e-12:
            best.append(threshold)
    return float(best[len(best) // 2])
