"""The theme classifier's hyper-parameters, checked before any work is done.

A parameter outside its range would otherwise fail deep inside scikit-learn
(or worse, fit something else than asked); :func:`check_classifier_params`
names the parameter and what it must be.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..exceptions import ParameterError

__all__ = ["LINEAR_MODELS", "check_classifier_params"]

#: Names accepted by ``ThemeClassifier(linear_model=...)``.
LINEAR_MODELS = ("logistic", "svm", "sgd")


def check_classifier_params(classifier: Any) -> None:
    """Raise :class:`ParameterError` for the first hyper-parameter of ``classifier`` outside its range."""
    if classifier.linear_model not in LINEAR_MODELS:
        raise ParameterError(f"linear_model must be one of {LINEAR_MODELS}, got {classifier.linear_model!r}")
    checks = [
        ("C", _is_number(classifier.C) and classifier.C > 0, "a number > 0"),
        (
            "min_threshold",
            _is_number(classifier.min_threshold) and 0 <= classifier.min_threshold < 1,
            "a number in [0, 1)",
        ),
        ("threshold_beta", _is_number(classifier.threshold_beta) and classifier.threshold_beta > 0, "a number > 0"),
        (
            "cv",
            isinstance(classifier.cv, (int, np.integer)) and not isinstance(classifier.cv, bool) and classifier.cv >= 2,
            "an int >= 2",
        ),
        ("class_weight", classifier.class_weight in ("balanced", None), '"balanced" or None'),
        ("unify_words", isinstance(classifier.unify_words, (bool, np.bool_)), "True or False"),
        (
            "length_power",
            _is_number(classifier.length_power) and 0 <= classifier.length_power <= 1,
            "a number in [0, 1]",
        ),
        ("max_df", _is_number(classifier.max_df) and 0 < classifier.max_df <= 1, "a number in (0, 1]"),
        (
            "min_df",
            (isinstance(classifier.min_df, (int, np.integer)) and classifier.min_df >= 1)
            or (_is_number(classifier.min_df) and 0 < classifier.min_df < 1),
            "an int >= 1 or a fraction in (0, 1)",
        ),
    ]
    low_high = tuple(classifier.ngram_range) if isinstance(classifier.ngram_range, (tuple, list)) else ()
    checks.append(
        (
            "ngram_range",
            len(low_high) == 2 and all(isinstance(v, int) for v in low_high) and 1 <= low_high[0] <= low_high[1],
            "(low, high) with 1 <= low <= high",
        )
    )
    for name, ok, expected in checks:
        if not ok:
            raise ParameterError(f"{name} must be {expected}, got {getattr(classifier, name)!r}")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)
