"""The document as context: a second, still linear, stage over the paragraph classifier's scores.

Real paragraphs lean on their neighbours: in a culture ministers' item
"heritage" is humanitarian, in an Afghanistan item "the group" is the contact
group. :class:`ContextStage` re-scores each theme of a paragraph from its own
first-stage probabilities, the document's mean and maximum, the previous and
next paragraphs' probabilities, the paragraph's position and, per theme, the
weight of the strongest term of that theme the paragraph contains, with one
logistic regression per theme. It is fitted on *out-of-fold* first-stage probabilities,
so it learns how much to trust them on text the classifier has not seen, and
its own thresholds are tuned on its own out-of-fold probabilities.

A text given without a document (``classify``) is its own one-paragraph
document; training adds every paragraph once more in that form, so the stage
knows both cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from ..exceptions import NotFittedError, ParameterError
from ._math import sigmoid
from .thresholds import best_threshold

__all__ = ["ContextStage", "context_features", "document_bounds"]

#: Folds for the stage's own out-of-fold probabilities (thresholds).
CONTEXT_FOLDS = 5


def document_bounds(sizes: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) row ranges of consecutive documents with these paragraph counts."""
    bounds, start = [], 0
    for size in sizes:
        bounds.append((start, start + size))
        start += size
    return bounds


def context_width(n_labels: int) -> int:
    """The number of columns :func:`context_features` gives for ``n_labels`` themes: five blocks of
    probabilities (own, mean, max, previous, next), position, first paragraph, 1 / size."""
    return 5 * n_labels + 3


def context_features(
    proba: np.ndarray, bounds: Sequence[tuple[int, int]], *, first_paragraph: bool = False
) -> np.ndarray:
    """Per paragraph: own probabilities, document mean and max, previous and next paragraph, position.

    ``proba`` has one row per paragraph (documents one after the other,
    ``bounds`` giving each document's rows). Missing neighbours are zeros.
    Computed for all documents at once: ``classify`` passes one document per text.
    The column that marks a document's first paragraph stays 0 unless ``first_paragraph``
    (see :class:`ContextStage`).
    """
    n_rows, n_labels = proba.shape
    features = np.zeros((n_rows, context_width(n_labels)))
    starts = np.fromiter((start for start, _ in bounds), dtype=np.int64, count=len(bounds))
    ends = np.fromiter((end for _, end in bounds), dtype=np.int64, count=len(bounds))
    filled = ends > starts
    starts, sizes = starts[filled], (ends - starts)[filled]
    if not len(sizes):
        return features
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])  # each document's first row among the kept rows
    owner = np.repeat(np.arange(len(sizes)), sizes)
    position = np.arange(int(sizes.sum())) - offsets[owner]  # the paragraph's place in its document
    rows = starts[owner] + position
    block = proba[rows]
    size = sizes[owner]
    features[rows, :n_labels] = block
    features[rows, n_labels : 2 * n_labels] = (np.add.reduceat(block, offsets, axis=0) / sizes[:, None])[owner]
    features[rows, 2 * n_labels : 3 * n_labels] = np.maximum.reduceat(block, offsets, axis=0)[owner]
    after_first = np.flatnonzero(position > 0)
    features[rows[after_first], 3 * n_labels : 4 * n_labels] = block[after_first - 1]
    before_last = np.flatnonzero(position < size - 1)
    features[rows[before_last], 4 * n_labels : 5 * n_labels] = block[before_last + 1]
    features[rows, -3] = position / np.maximum(size - 1, 1)
    if first_paragraph:
        features[rows, -2] = position == 0
    features[rows, -1] = 1.0 / size  # short documents differ from long ones
    return features


class ContextStage:
    """One logistic regression per theme over :func:`context_features`, with tuned thresholds.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of each per-theme model.
    min_threshold : float
        Lowest decision threshold a theme may get.
    random_state : int
        Seed of the solver.
    strongest_terms : bool
        Whether each theme's strongest term in the paragraph (see :func:`~scotopics.models._math.strongest_terms`)
        is a feature. A long real paragraph that lists several sectors names each once, and the first stage's
        sum dilutes all but one of them; on the 376 held-out real pages micro-F1 rose from 0.739 to 0.748 (95 %
        interval by page +0.002 to +0.017), on the 162 development pages from 0.768 to 0.773, while our own
        test set moved from 0.876 to 0.875 and the style-shift test fell from 0.867 to 0.856. Models saved
        before it existed do without.
    first_paragraph : bool
        Whether being a document's first paragraph is a feature. Off by default: it is a prior of our
        corpus's style, not of the texts users read. Fitted on the content paragraphs of our documents, it
        put ``procedural`` on almost every lead of real pages (31 wrong on the 162 development pages, 5
        without it); fitted on every paragraph, where the first is a title, it held back the leads' themes
        ("Energy ministers … approved an energy cooperation framework": 0.53 alone, 0.05 in its page). Without
        it, on the 376 held-out real pages, the leads' micro-F1 rose from 0.759 to 0.774. Models saved
        before it existed keep the feature.
    """

    def __init__(
        self,
        *,
        C: float = 1.0,
        min_threshold: float = 0.3,
        random_state: int = 0,
        strongest_terms: bool = True,
        first_paragraph: bool = False,
    ) -> None:
        self.C = C
        self.min_threshold = min_threshold
        self.random_state = random_state
        self.strongest_terms = strongest_terms
        self.first_paragraph = first_paragraph
        self.coef_: np.ndarray | None = None
        self.intercept_: np.ndarray | None = None
        self.thresholds_: np.ndarray | None = None

    def _fit_arrays(self, features: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        coef = np.zeros((target.shape[1], features.shape[1]))
        intercept = np.zeros(target.shape[1])
        for j in range(target.shape[1]):
            column = target[:, j]
            if column.min() == column.max():
                intercept[j] = 10.0 if column[0] else -10.0
                continue
            model = LogisticRegression(C=self.C, solver="liblinear", random_state=self.random_state)
            model.fit(features, column)
            coef[j], intercept[j] = model.coef_.ravel(), float(model.intercept_[0])
        return coef, intercept

    def fit(
        self,
        proba: np.ndarray,
        target: np.ndarray,
        bounds: Sequence[tuple[int, int]],
        groups: Sequence[Any],
        strongest: np.ndarray | None = None,
    ) -> ContextStage:
        """Fit on out-of-fold first-stage ``proba`` of documents (``bounds``), 0/1 ``target``.

        ``groups`` (one per document, e.g. the writer) keeps a group in one
        fold when the stage's own out-of-fold probabilities are computed.
        ``strongest`` holds each paragraph's strongest term per theme, out of fold as ``proba``
        (needed when ``strongest_terms`` is on).
        """
        target = np.asarray(target, dtype=np.int8)
        alone = [(i, i + 1) for i in range(proba.shape[0])]
        features = np.vstack([self._features(proba, bounds, strongest), self._features(proba, alone, strongest)])
        doubled = np.vstack([target, target])
        row_groups = np.concatenate([np.repeat(np.asarray(groups), [e - s for s, e in bounds])] * 2)
        self.coef_, self.intercept_ = self._fit_arrays(features, doubled)
        n_folds = min(CONTEXT_FOLDS, len(set(row_groups.tolist())))
        held_out_proba = np.zeros(doubled.shape)
        if n_folds >= 2:
            for train, test in GroupKFold(n_splits=n_folds).split(features, groups=row_groups):
                coef, intercept = self._fit_arrays(features[train], doubled[train])
                held_out_proba[test] = sigmoid(features[test] @ coef.T + intercept)
        else:
            held_out_proba = self._proba(features)
        in_context = held_out_proba[: target.shape[0]]
        self.thresholds_ = np.array(
            [max(self.min_threshold, best_threshold(in_context[:, j], target[:, j])) for j in range(target.shape[1])]
        )
        return self

    def _features(
        self, proba: np.ndarray, bounds: Sequence[tuple[int, int]], strongest: np.ndarray | None
    ) -> np.ndarray:
        features = context_features(proba, bounds, first_paragraph=self.first_paragraph)
        return np.hstack([features, self._strongest(strongest, proba)]) if self.strongest_terms else features

    @staticmethod
    def _strongest(strongest: np.ndarray | None, proba: np.ndarray) -> np.ndarray:
        if strongest is None or np.shape(strongest) != proba.shape:
            raise ParameterError("this context stage reads each theme's strongest term: pass one row per paragraph")
        return strongest

    def _proba(self, features: np.ndarray) -> np.ndarray:
        if self.coef_ is None or self.intercept_ is None:
            raise NotFittedError("ContextStage is not fitted")
        return sigmoid(features @ self.coef_.T + self.intercept_)

    def predict_proba(
        self, proba: np.ndarray, bounds: Sequence[tuple[int, int]] | None, strongest: np.ndarray | None = None
    ) -> np.ndarray:
        """Theme probabilities of paragraphs in their documents, from first-stage ``proba`` and, when the stage
        reads them, the ``strongest`` terms (``bounds`` None: every row is a document of its own, as ``classify``
        reads texts)."""
        if self.coef_ is None or self.intercept_ is None:
            raise NotFittedError("ContextStage is not fitted")
        if bounds is not None:
            return self._proba(self._features(proba, bounds, strongest))
        # A one-paragraph document's mean and maximum are the paragraph itself, it has no neighbours, its
        # position is 0, it is first and its size is 1: the weights fold into one small matrix.
        n_labels = proba.shape[1]
        n_context = context_width(n_labels)  # the strongest terms come after these columns
        own = (
            self.coef_[:, :n_labels]
            + self.coef_[:, n_labels : 2 * n_labels]
            + self.coef_[:, 2 * n_labels : 3 * n_labels]
        )
        first = self.coef_[:, n_context - 2] if self.first_paragraph else 0.0
        logits = proba @ own.T + first + self.coef_[:, n_context - 1] + self.intercept_
        if self.strongest_terms:
            logits += self._strongest(strongest, proba) @ self.coef_[:, n_context:].T
        return sigmoid(logits)

    def _get_state(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        if self.coef_ is None or self.intercept_ is None or self.thresholds_ is None:
            raise NotFittedError("ContextStage is not fitted")
        arrays = {
            "context_coef": self.coef_.astype(np.float64),
            "context_intercept": self.intercept_.astype(np.float64),
            "context_thresholds": self.thresholds_.astype(np.float64),
        }
        record = {"C": self.C, "min_threshold": self.min_threshold, "random_state": self.random_state}
        return arrays, {**record, "first_paragraph": self.first_paragraph, "strongest_terms": self.strongest_terms}

    @classmethod
    def _from_state(cls, arrays: dict[str, np.ndarray], record: dict[str, Any]) -> ContextStage:
        first = bool(record.get("first_paragraph", True))  # files saved before the option: the feature was on
        strongest = bool(record.get("strongest_terms", False))  # and this one was not there
        stage = cls(
            C=float(record["C"]),
            min_threshold=float(record["min_threshold"]),
            strongest_terms=strongest,
            first_paragraph=first,
        )
        stage.coef_ = np.asarray(arrays["context_coef"], dtype=np.float64)
        stage.intercept_ = np.asarray(arrays["context_intercept"], dtype=np.float64)
        stage.thresholds_ = np.asarray(arrays["context_thresholds"], dtype=np.float64)
        n_labels = stage.intercept_.shape[0]
        columns = context_width(n_labels) + (n_labels if strongest else 0)
        if stage.coef_.shape != (n_labels, columns) or stage.thresholds_.shape != (n_labels,):
            raise ValueError(f"the context stage's arrays do not fit together ({n_labels} labels)")
        return stage
