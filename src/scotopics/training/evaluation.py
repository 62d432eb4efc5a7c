"""Cross-validated evaluation of a classifier configuration on labelled texts.

:func:`evaluate` refits the classifier on each training fold (thresholds are
tuned inside the fold, on that fold's own out-of-fold scores) and scores the
held-out fold, so no figure comes from data the model was tuned on. With
``groups`` (e.g. document ids) a group never spans training and test folds.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support
from sklearn.model_selection import GroupKFold, KFold, StratifiedKFold
from sklearn.preprocessing import MultiLabelBinarizer

from ..exceptions import EmptyInputError, InputTypeError, ParameterError
from ..models.classifier import ThemeClassifier
from ..text.inputs import coerce_text_list
from .trainer import check_labels, default_params, fit_classifier

__all__ = ["EvaluationReport", "evaluate", "small_data_note", "FEW_TEXTS", "FEW_PER_LABEL"]

#: Fewer texts than this, or fewer texts than :data:`FEW_PER_LABEL` in the rarest label, and
#: cross-validated scores swing by several points from one split to the next.
FEW_TEXTS = 200
FEW_PER_LABEL = 20


def small_data_note(texts: Sequence[str], labels: Sequence[Any], *, folds: int | None = None) -> str | None:
    """A warning when the data are too few to trust the scores or the model, else None.

    With ``folds``, a label with fewer texts than folds is named too: some test folds lack it.
    """
    counts: dict[str, int] = {}
    for label in labels:
        for value in label if isinstance(label, (list, tuple, set, frozenset)) else [label]:
            counts[str(value)] = counts.get(str(value), 0) + 1
    rarest = min(counts.values(), default=0)
    if len(texts) >= FEW_TEXTS and rarest >= FEW_PER_LABEL:
        return None
    rare = min(counts, key=counts.__getitem__) if counts else "-"
    note = (
        f"only {len(texts)} texts, {rarest} for the rarest label ({rare}): too few to trust; "
        f"scores on so few texts vary widely (aim for {FEW_TEXTS}+ texts and {FEW_PER_LABEL}+ per label)"
    )
    if folds is not None and rarest < folds:
        note += f"; {rare} has fewer texts than the {folds} folds, so some test folds lack it"
    return note


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """Cross-validated scores: overall and per label (precision, recall, F1, support)."""

    micro_f1: float
    macro_f1: float
    exact_match: float  # accuracy for single-label data, subset accuracy for multi-label data
    per_label: dict[str, dict[str, float]]
    texts: int
    folds: int
    grouped: bool
    single_label: bool
    settings: dict[str, Any] = field(default_factory=dict)
    note: str | None = None  # a warning when the data are too few to trust

    def to_dict(self) -> dict[str, Any]:
        return {
            "micro_f1": self.micro_f1,
            "macro_f1": self.macro_f1,
            "exact_match": self.exact_match,
            "per_label": {k: dict(v) for k, v in self.per_label.items()},
            "texts": self.texts,
            "folds": self.folds,
            "grouped": self.grouped,
            "single_label": self.single_label,
            "settings": dict(self.settings),
            "note": self.note,
        }

    def __str__(self) -> str:
        kind = "single-label" if self.single_label else "multi-label"
        split = "grouped " if self.grouped else ""
        lines = [
            f"{self.texts} texts, {kind}, {split}{self.folds}-fold cross-validation",
            f"micro-F1 {self.micro_f1:.3f}  macro-F1 {self.macro_f1:.3f}  "
            f"{'accuracy' if self.single_label else 'exact match'} {self.exact_match:.3f}",
            f"{'label':<28} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}",
        ]
        for label, s in self.per_label.items():
            lines.append(
                f"{label:<28} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f} {int(s['support']):>8}"
            )
        if self.note:
            lines.append(f"warning: {self.note}")
        return "\n".join(lines)


def evaluate(
    texts: Iterable[str],
    labels: Iterable[Any],
    *,
    groups: Sequence[Any] | None = None,
    cv: int = 5,
    random_state: int = 0,
    **classifier_params: Any,
) -> EvaluationReport:
    """Cross-validate a :class:`ThemeClassifier` with ``classifier_params`` on texts and labels.

    ``labels`` holds one label per text (single-label, folds stratified) or a
    collection of labels per text (multi-label). ``groups`` keeps each group in
    one fold.
    """
    texts = coerce_text_list(texts)
    labels = list(labels)
    if isinstance(labels, str):
        raise InputTypeError("labels must hold one label or label collection per text")
    if len(texts) != len(labels):
        raise ParameterError(f"{len(texts)} texts but {len(labels)} labels")
    check_labels(labels)
    if isinstance(cv, bool) or not isinstance(cv, (int, np.integer)) or cv < 2:
        raise ParameterError(f"cv must be a whole number of folds, 2 or more, got {cv!r}")
    if len(texts) < cv:
        raise EmptyInputError(f"need at least {cv} texts for {cv}-fold cross-validation, got {len(texts)}")
    single = all(isinstance(label, (str, int, np.integer)) for label in labels)
    params = default_params(labels, classifier_params, random_state)
    data = np.array(texts, dtype=object)
    if single:
        target = np.array([str(label) for label in labels], dtype=object)
        names = sorted(set(target))
    else:
        binarizer = MultiLabelBinarizer()
        target = binarizer.fit_transform([list(label) for label in labels])
        names = [str(c) for c in binarizer.classes_]
    group_array = None if groups is None else np.asarray(list(groups))
    if group_array is not None and len(set(group_array.tolist())) < cv:
        raise ParameterError(
            f"{cv}-fold grouped cross-validation needs {cv} groups or more, got {len(set(group_array.tolist()))}"
        )
    if group_array is not None:
        splits = GroupKFold(n_splits=cv).split(data, groups=group_array)
    elif single:
        with warnings.catch_warnings():  # a label rarer than the folds is said in the report's note instead
            warnings.filterwarnings("ignore", message="The least populated class", category=UserWarning)
            splits = list(StratifiedKFold(n_splits=cv, shuffle=True, random_state=random_state).split(data, target))
    else:
        splits = KFold(n_splits=cv, shuffle=True, random_state=random_state).split(data)
    predicted = np.empty_like(target)
    for train, test in splits:
        model = ThemeClassifier(**({**params, "labels": names} if not single else params))
        fit_classifier(
            model,
            list(data[train]),
            target[train] if not single else list(target[train]),
            None if group_array is None else group_array[train],
        )
        predicted[test] = model.predict(list(data[test]))
    label_args = {"labels": names} if single else {}
    precision, recall, f1, support = precision_recall_fscore_support(target, predicted, zero_division=0, **label_args)
    return EvaluationReport(
        micro_f1=float(f1_score(target, predicted, average="micro", zero_division=0, **label_args)),
        macro_f1=float(f1_score(target, predicted, average="macro", zero_division=0, **label_args)),
        exact_match=float(accuracy_score(target, predicted)),
        per_label={
            name: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for name, p, r, f, s in zip(names, precision, recall, f1, support)
        },
        texts=len(texts),
        folds=cv,
        grouped=groups is not None,
        single_label=single,
        settings={k: (list(v) if isinstance(v, tuple) else v) for k, v in params.items()},
        note=small_data_note(texts, labels, folds=cv),
    )
