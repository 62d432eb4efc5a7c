"""Per-theme decision thresholds by theme name, and per-call score floors.

``model.thresholds`` is a :class:`ThresholdMap`: a live, writable view of the
classifier's tuned thresholds keyed by theme id (``model.thresholds["health"] = 0.6``).
Changes apply to every later call and are saved with the model.
:func:`apply_min_score` re-decides results of one ``classify`` call with other
cut-offs, leaving the model as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from typing import Any

import numpy as np

from .exceptions import ParameterError, UnknownThemeError
from .results import ParagraphResult

__all__ = ["ThresholdMap", "apply_min_score", "MinScore"]

#: A floor for every theme, or floors for some themes by id.
MinScore = float | Mapping[str, float]


def _check_value(theme: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating, np.integer)):
        raise ParameterError(f"threshold of {theme!r} must be a number in [0, 1], got {value!r}")
    if not 0.0 <= float(value) <= 1.0:
        raise ParameterError(f"threshold of {theme!r} must be in [0, 1], got {value}")
    return float(value)


class ThresholdMap(MutableMapping[str, float]):
    """Theme id -> decision threshold (a probability in [0, 1]), backed by the classifier's array.

    A paragraph gets a theme when its probability reaches the theme's threshold.
    Single-label models pick the best theme instead, so they have no thresholds to set.
    """

    def __init__(self, themes: Sequence[str], values: np.ndarray, *, single_label: bool) -> None:
        self._themes = tuple(themes)
        self._values = values
        self._single_label = single_label

    @classmethod
    def of(cls, model: Any) -> ThresholdMap:
        """The thresholds a :class:`~scotopics.ThemeModel` decides with (its context stage's, if it has one)."""
        context = getattr(model, "context", None)
        values = context.thresholds_ if context is not None else model.classifier.thresholds_
        return cls(model.themes, values, single_label=bool(model.classifier.single_label_))

    def _position(self, theme: str) -> int:
        if theme not in self._themes:
            raise UnknownThemeError(f"unknown theme {theme!r}; the model knows {', '.join(self._themes)}")
        return self._themes.index(theme)

    def __getitem__(self, theme: str) -> float:
        return round(float(self._values[self._position(theme)]), 6)

    def __setitem__(self, theme: str, value: float) -> None:
        position = self._position(theme)
        if self._single_label:
            raise ParameterError("a single-label model picks the best theme and has no thresholds to set")
        self._values[position] = _check_value(theme, value)

    def __delitem__(self, theme: str) -> None:
        raise ParameterError(f"every theme has a threshold; set {theme!r} to another value instead of deleting it")

    def __iter__(self) -> Iterator[str]:
        return iter(self._themes)

    def __len__(self) -> int:
        return len(self._themes)

    def __repr__(self) -> str:
        return "{" + ", ".join(f"{t!r}: {self[t]:.2f}" for t in self._themes) + "}"


def _floors(themes: Sequence[str], base: Mapping[str, float], min_score: MinScore) -> dict[str, float]:
    if isinstance(min_score, Mapping):
        unknown = set(min_score) - set(themes)
        if unknown:
            raise UnknownThemeError(f"unknown themes {sorted(unknown)}; the model knows {', '.join(themes)}")
        return {t: _check_value(t, min_score[t]) if t in min_score else base[t] for t in themes}
    value = _check_value("every theme", min_score)
    return dict.fromkeys(themes, value)


def apply_min_score(results: list[ParagraphResult], model: Any, min_score: MinScore) -> list[ParagraphResult]:
    """``results`` of ``model`` with themes re-decided against ``min_score`` instead of the thresholds.

    A number applies to every theme; a mapping to the themes it names (the
    others keep their thresholds). For a single-label model the best theme is
    kept only when its score reaches the floor. Texts in a language the model
    does not read keep no theme, and so do headings and page debris.
    """
    themes, single_label, languages = model.themes, bool(model.classifier.single_label_), model.languages
    base = model.thresholds
    floors = _floors(themes, base, min_score)
    out = []
    for result in results:
        if result.language not in languages or result.kind != "text":
            out.append(result)
            continue
        scores = result.scores
        if single_label:
            chosen = [t for t in result.themes if scores[t] >= floors[t]]
        else:
            chosen = sorted((t for t in themes if scores[t] >= floors[t]), key=lambda t: -scores[t])
        out.append(dataclasses.replace(result, themes=tuple(chosen)))
    return out
