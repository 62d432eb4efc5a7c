"""The theme classifier: a scikit-learn estimator over lists of strings.

One linear model per theme (one-vs-rest) on TF-IDF features of our own
analyzer, with balanced class weights so that rare themes are not ignored.
Scores are made into probabilities by Platt scaling fitted on *out-of-fold*
decision values, and each theme gets its own decision threshold, tuned on the
same out-of-fold probabilities (never on predictions for data the model was
fitted on). A paragraph whose themes all stay below their thresholds gets no
theme: that is the explicit "no theme" outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.model_selection import GroupKFold, KFold
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC
from sklearn.utils.validation import check_is_fitted

from ..exceptions import EmptyInputError, InputTypeError, ParameterError
from ..text.fastvec import fast_vectorizer
from ..text.features import (
    make_vectorizer,
    rebuild_vectorizer,
    row_norms,
    scale_rows,
    surface_forms,
    vectorizer_state,
)
from ..text.inputs import coerce_text_list
from ..text.wordforms import glossary_digest
from ._math import column_major, sigmoid, strongest_terms
from .params import LINEAR_MODELS, check_classifier_params
from .thresholds import best_threshold

__all__ = ["ThemeClassifier", "LINEAR_MODELS"]

logger = logging.getLogger(__name__)

#: Logit given to a label seen always (or never) in training: a constant, near-certain score.
CONSTANT_LOGIT = 10.0
#: LinearSVC's hinge loss wants a ten times smaller C than logistic regression for the same fit.
SVM_C_SCALE = 0.1
#: Platt scaling is nearly unregularised: it fits two numbers on thousands of scores.
PLATT_C = 1e4
#: Hyper-parameters stored in a model file (``labels`` is stored as the classes).
STATE_PARAMS = (
    "min_threshold",
    "threshold_beta",
    "linear_model",
    "C",
    "class_weight",
    "ngram_range",
    "min_df",
    "max_df",
    "sublinear_tf",
    "unify_words",
    "length_power",
    "cv",
    "random_state",
)


class ThemeClassifier(ClassifierMixin, BaseEstimator):
    """Multi-label (or single-label) linear text classifier with tuned thresholds.

    Parameters
    ----------
    linear_model : {"logistic", "svm", "sgd"}
        The per-theme linear model: LogisticRegression, LinearSVC or
        SGDClassifier (modified Huber loss). All are calibrated the same way.
    C : float
        Inverse regularisation strength (``alpha = 1 / (C * n_samples)`` for SGD).
    class_weight : "balanced" or None
        Re-weight positives of rare themes.
    ngram_range, min_df, max_df, sublinear_tf
        Passed to the TF-IDF vectoriser (see :func:`scotopics.features.make_vectorizer`).
    unify_words : bool
        Read British spellings as American ones and Russian words of our glossary as their English
        equivalents, so both spellings and both languages share features (see
        :mod:`scotopics.text.wordforms`). Model files written before this option read without it.
    length_power : float
        Rows are divided by ``norm ** length_power`` (times the training rows' median norm to the rest), not by
        their L2 norm: a long real paragraph that names its sector once keeps that word's weight (see
        :func:`~scotopics.text.features.length_divisors`). 1.0 is the plain L2 norm, which model files written
        before this option use; our default model uses 0.5 (see
        :data:`scotopics.training.DEFAULT_CLASSIFIER_PARAMS`).
    cv : int
        Folds for the out-of-fold scores used for calibration and thresholds.
    min_threshold : float
        Lowest decision threshold a label may get (F1-tuned thresholds on our
        corpus come out at 0.25-0.49, and a floor of 0.4 helped under grouped CV).
    threshold_beta : float
        Thresholds maximise F-beta on out-of-fold probabilities (1.0: F1; below 1 favours precision;
        our training functions use 0.7, see :data:`scotopics.training.DEFAULT_CLASSIFIER_PARAMS`).
    labels : sequence of str or None
        Label names in column order; by default the sorted labels seen in ``y``.
    random_state : int
        Seed for fold shuffling and the solvers.

    Examples
    --------
    >>> clf = ThemeClassifier(cv=2, min_df=1)
    >>> texts = ["trade and investment grew", "terrorist threats and extremism",
    ...          "investment in trade", "extremism and terrorist cells"]
    >>> _ = clf.fit(texts, [["economy"], ["terrorism"], ["economy"], ["terrorism"]])
    >>> list(clf.classes_)
    ['economy', 'terrorism']
    """

    def __init__(
        self,
        *,
        linear_model: str = "logistic",
        C: float = 10.0,
        class_weight: str | None = "balanced",
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int | float = 2,
        max_df: float = 0.9,
        sublinear_tf: bool = True,
        unify_words: bool = True,
        length_power: float = 1.0,
        cv: int = 5,
        min_threshold: float = 0.4,
        threshold_beta: float = 1.0,
        labels: Sequence[str] | None = None,
        random_state: int = 0,
    ) -> None:
        self.linear_model = linear_model
        self.C = C
        self.class_weight = class_weight
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.sublinear_tf = sublinear_tf
        self.unify_words = unify_words
        self.length_power = length_power
        self.cv = cv
        self.min_threshold = min_threshold
        self.threshold_beta = threshold_beta
        self.labels = labels
        self.random_state = random_state

    # -- fitting -------------------------------------------------------------

    def fit(self, X: Any, y: Any, groups: Sequence[Any] | None = None) -> ThemeClassifier:
        """Fit on texts ``X`` and labels ``y``.

        ``y`` is either one label (str) per text — single-label: ``predict``
        then returns one label per text — or one collection of labels per text,
        or a 0/1 indicator matrix (multi-label: ``predict`` returns an indicator
        matrix). ``groups`` (e.g. document ids) keeps a group's texts in one
        fold when the out-of-fold scores are computed.
        """
        texts = coerce_text_list(X, what="X")
        if not texts:
            raise EmptyInputError("cannot fit on zero texts")
        check_classifier_params(self)
        indicator = self._encode_labels(y, len(texts))
        self.vectorizer_ = make_vectorizer(
            ngram_range=(int(self.ngram_range[0]), int(self.ngram_range[1])),
            min_df=self.min_df,
            max_df=self.max_df,
            sublinear_tf=self.sublinear_tf,
            unify_words=bool(self.unify_words),
            norm=None,
        )
        features = self.vectorizer_.fit_transform(texts)
        norms = row_norms(features)
        self.reference_norm_ = float(np.median(norms[norms > 0])) if np.any(norms > 0) else 1.0
        features = scale_rows(features, self.length_power, self.reference_norm_)
        decisions = self._out_of_fold_decisions(features, indicator, groups)
        self.calibration_ = np.array(
            [self._platt(decisions[:, j], indicator[:, j]) for j in range(indicator.shape[1])],
            dtype=np.float64,
        )
        self.oof_proba_ = self._calibrate(decisions)
        self.thresholds_ = np.array(
            [
                max(self.min_threshold, best_threshold(self.oof_proba_[:, j], indicator[:, j], self.threshold_beta))
                for j in range(indicator.shape[1])
            ]
        )
        coef, self.intercept_ = self._fit_linear(features, indicator)
        self.coef_ = column_major(coef)
        self.fast_vectorizer_ = fast_vectorizer(self.vectorizer_, self.length_power, self.reference_norm_)
        self.surface_ = surface_forms(texts, self.vectorizer_.vocabulary_, unify_words=bool(self.unify_words))
        return self

    def _encode_labels(self, y: Any, n_texts: int) -> np.ndarray:
        if isinstance(y, str):
            raise InputTypeError("y must hold one label or label collection per text, got a single str")
        if sp.issparse(y):
            y = y.toarray()
        if isinstance(y, np.ndarray) and y.ndim == 2:
            indicator = (np.asarray(y) > 0).astype(np.int8)
            self.single_label_ = False
            self.classes_ = np.asarray(
                list(self.labels) if self.labels is not None else list(range(indicator.shape[1]))
            )
            if len(self.classes_) != indicator.shape[1]:
                raise ParameterError(f"labels has {len(self.classes_)} names for {indicator.shape[1]} columns of y")
        else:
            y = list(y)
            self.single_label_ = all(isinstance(label, (str, int, np.integer)) for label in y)
            sets = [[label] for label in y] if self.single_label_ else [list(labels) for labels in y]
            binarizer = MultiLabelBinarizer(classes=list(self.labels) if self.labels is not None else None)
            indicator = binarizer.fit_transform(sets).astype(np.int8)
            self.classes_ = np.asarray(binarizer.classes_)
        if indicator.shape[0] != n_texts:
            raise ParameterError(f"X has {n_texts} texts but y has {indicator.shape[0]} rows")
        if indicator.shape[1] == 0:
            raise EmptyInputError("y names no labels")
        return indicator

    def _make_linear(self, n_samples: int):
        if self.linear_model == "logistic":
            return LogisticRegression(
                C=self.C,
                class_weight=self.class_weight,
                solver="liblinear",
                max_iter=1000,
                random_state=self.random_state,
            )
        if self.linear_model == "svm":
            return LinearSVC(
                C=self.C * SVM_C_SCALE, class_weight=self.class_weight, max_iter=10_000, random_state=self.random_state
            )
        return SGDClassifier(
            loss="modified_huber",
            alpha=1.0 / (self.C * max(n_samples, 1)),
            class_weight=self.class_weight,
            max_iter=50,
            tol=None,
            random_state=self.random_state,
        )

    def _fit_linear(self, features, indicator: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """One linear model per label; a label without both classes gets a constant score."""
        n_labels = indicator.shape[1]
        coef = np.zeros((n_labels, features.shape[1]), dtype=np.float32)
        intercept = np.zeros(n_labels, dtype=np.float64)
        for j in range(n_labels):
            column = indicator[:, j]
            if column.min() == column.max():
                intercept[j] = CONSTANT_LOGIT if column[0] else -CONSTANT_LOGIT
                continue
            model = self._make_linear(features.shape[0]).fit(features, column)
            coef[j] = model.coef_.ravel()
            intercept[j] = float(np.ravel(model.intercept_)[0])
        return coef, intercept

    def _out_of_fold_decisions(self, features, indicator: np.ndarray, groups) -> np.ndarray:
        n_samples = features.shape[0]
        n_splits = min(self.cv, n_samples)
        if groups is not None:
            groups = np.asarray(list(groups))
            n_splits = min(n_splits, len(np.unique(groups)))
        if n_splits < 2:
            raise EmptyInputError("need at least two texts (and two groups when groups are given) to fit")
        splitter = (
            GroupKFold(n_splits=n_splits)
            if groups is not None
            else KFold(n_splits=n_splits, shuffle=True, random_state=self.random_state)
        )
        decisions = np.zeros(indicator.shape, dtype=np.float64)
        self.oof_strongest_ = np.zeros(indicator.shape, dtype=np.float64)  # for a context stage, as oof_proba_
        for train, held_out in splitter.split(features, groups=groups):
            coef, intercept = self._fit_linear(features[train], indicator[train])
            decisions[held_out] = features[held_out] @ coef.T + intercept
            self.oof_strongest_[held_out] = strongest_terms(features[held_out], coef)
        return decisions

    @staticmethod
    def _platt(decision: np.ndarray, target: np.ndarray) -> tuple[float, float]:
        """Slope and offset of a sigmoid mapping decision values to probabilities."""
        if target.min() == target.max():
            return (0.0, CONSTANT_LOGIT if target[0] else -CONSTANT_LOGIT)
        platt = LogisticRegression(C=PLATT_C, solver="lbfgs").fit(decision.reshape(-1, 1), target)
        return (float(platt.coef_[0, 0]), float(platt.intercept_[0]))

    # -- prediction ----------------------------------------------------------

    def _calibrate(self, decisions: np.ndarray) -> np.ndarray:
        return sigmoid(decisions * self.calibration_[:, 0] + self.calibration_[:, 1])

    def transform_texts(self, X: Any):
        """TF-IDF features of ``X`` (a list of texts) with the fitted vectoriser, divided by their length norm
        (see ``length_power``; :func:`~scotopics.text.features.unit_rows` gives unit rows)."""
        check_is_fitted(self, "coef_")
        return self._features(coerce_text_list(X, what="X"))

    def _features(self, texts: list[str]):
        """TF-IDF features of texts already checked by :func:`coerce_text_list`."""
        if self.fast_vectorizer_ is not None:
            return self.fast_vectorizer_.transform(texts)
        return scale_rows(self.vectorizer_.transform(texts), self.length_power, self.reference_norm_)

    def decision_function(self, X: Any) -> np.ndarray:
        """Raw linear scores, one column per label."""
        check_is_fitted(self, "coef_")
        return self._decisions(coerce_text_list(X, what="X"))

    def _decisions(self, texts: list[str]) -> np.ndarray:
        return self._decisions_of(self._features(texts))

    def _decisions_of(self, features) -> np.ndarray:
        """Linear scores of TF-IDF rows, one column per label."""
        return np.asarray(features @ self.coef_.T, dtype=np.float64) + self.intercept_

    def predict_proba(self, X: Any) -> np.ndarray:
        """Calibrated probability of each label, shape (n_texts, n_labels), in [0, 1]."""
        return self._calibrate(self.decision_function(X))

    def proba_of_features(self, features) -> np.ndarray:
        """:meth:`predict_proba` from TF-IDF rows already computed with this classifier's vectoriser."""
        return self._calibrate(self._decisions_of(features))

    def predict(self, X: Any) -> np.ndarray:
        """Labels per text: class labels (single-label) or a 0/1 indicator matrix."""
        return self.predict_from_proba(self.predict_proba(X))

    def predict_from_proba(self, proba: np.ndarray) -> np.ndarray:
        """Decisions from probabilities: argmax (single-label) or per-label thresholds."""
        if self.single_label_:
            return self.classes_[np.argmax(proba, axis=1)]
        return (proba >= self.thresholds_).astype(np.int8)

    # -- state for model files ---------------------------------------------------

    def _get_state(self) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
        """The fitted classifier as plain arrays and a JSON-able record (see :mod:`scotopics.io.persist`)."""
        check_is_fitted(self, "coef_")
        vocabulary = vectorizer_state(self.vectorizer_)
        params = self.get_params()
        arrays = {
            "terms": vocabulary["terms"],
            "idf": vocabulary["idf"],
            "coef": self.coef_.astype(np.float32),
            "intercept": self.intercept_.astype(np.float64),
            "calibration": self.calibration_.astype(np.float64),
            "thresholds": self.thresholds_.astype(np.float64),
            "surface": [f"{k}\t{v}" for k, v in sorted(getattr(self, "surface_", {}).items())],
        }
        record = {
            "classes": [str(c) for c in self.classes_],
            "single_label": bool(self.single_label_),
            "classifier_params": {k: params[k] for k in STATE_PARAMS},
            "reference_norm": self.reference_norm_,
        }
        if self.unify_words:  # its Russian features depend on the glossary (checked on load)
            record["glossary_sha256"] = glossary_digest()
        return arrays, record

    @classmethod
    def _from_state(cls, arrays: dict[str, Any], record: dict[str, Any]) -> ThemeClassifier:
        """A fitted classifier from :meth:`_get_state`'s output; raises KeyError/ValueError on bad state."""
        params = dict(record["classifier_params"])
        params["ngram_range"] = tuple(params["ngram_range"])
        params.setdefault("unify_words", False)  # files written before the option read words as they stand
        params.setdefault("length_power", 1.0)  # and those written before this one divide by the L2 norm
        classifier = cls(**params)
        terms = list(arrays["terms"])
        classifier.classes_ = np.asarray(record["classes"])
        classifier.single_label_ = bool(record["single_label"])
        reading = {name: params[name] for name in ("ngram_range", "sublinear_tf", "unify_words")}
        classifier.vectorizer_ = rebuild_vectorizer(terms, arrays["idf"], **reading, norm=None)
        classifier.reference_norm_ = float(record.get("reference_norm", 1.0))
        classifier.fast_vectorizer_ = fast_vectorizer(
            classifier.vectorizer_, classifier.length_power, classifier.reference_norm_
        )
        classifier.coef_ = column_major(np.asarray(arrays["coef"], dtype=np.float32))
        classifier.intercept_ = np.asarray(arrays["intercept"], dtype=np.float64)
        classifier.calibration_ = np.asarray(arrays["calibration"], dtype=np.float64)
        classifier.thresholds_ = np.asarray(arrays["thresholds"], dtype=np.float64)
        classifier.surface_ = dict(line.split("\t", 1) for line in arrays.get("surface", []) if "\t" in line)
        n_labels = len(classifier.classes_)
        shapes_ok = (
            classifier.coef_.shape == (n_labels, len(terms))
            and classifier.intercept_.shape == (n_labels,)
            and classifier.calibration_.shape == (n_labels, 2)
            and classifier.thresholds_.shape == (n_labels,)
        )
        if not shapes_ok:
            raise ValueError(f"arrays do not fit together (vocabulary {len(terms)}, labels {n_labels})")
        return classifier

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.target_tags.multi_output = True
        return tags
