"""Training a model's parts: from labelled documents (our corpus format) or plain texts.

:func:`fit_texts` and :func:`fit_documents` return :class:`ModelParts`, which
:func:`scotopics.train` and :func:`scotopics.train_documents` wrap in a
:class:`~scotopics.ThemeModel`. The default model is built from ``training_data/``.
Training is deterministic: fixed seeds, documents in file order, folds by
document so that no document's paragraphs are both fitted and scored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..exceptions import CorpusError, EmptyInputError
from ..io.corpus import CorpusDocument, read_documents, read_taxonomy, validate_documents
from ..models.classifier import ThemeClassifier
from ..models.keystatements import DEFAULT_EVENT_THEME, KeyStatementScorer, SentenceContext, sentence_contexts
from ..results import Theme
from ..text.segment import segment

__all__ = [
    "ModelParts",
    "fit_texts",
    "fit_documents",
    "default_params",
    "check_documents",
    "DEFAULT_CLASSIFIER_PARAMS",
    "SINGLE_LABEL_PARAMS",
]

logger = logging.getLogger(__name__)

#: Settings of the default model, chosen by grouped cross-validation (see README).
DEFAULT_CLASSIFIER_PARAMS: dict[str, Any] = {"linear_model": "logistic", "C": 10.0, "ngram_range": (1, 2), "min_df": 2}

#: Changes for single-label data. One label per text is picked by the largest calibrated
#: probability, which already puts rare labels on an equal footing; balanced class weights on
#: top cost accuracy (CAP bills, 5-fold CV: 0.785 with them, 0.787 without; see README).
SINGLE_LABEL_PARAMS: dict[str, Any] = {"class_weight": None}


@dataclass
class ModelParts:
    """What training produces: the parts of a :class:`~scotopics.ThemeModel`, as its keyword arguments."""

    classifier: ThemeClassifier
    taxonomy: Sequence[Theme] | None = None
    key_scorer: KeyStatementScorer | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


def default_params(labels: list[Any], overrides: dict[str, Any], random_state: int) -> dict[str, Any]:
    """Classifier settings for these labels: the defaults, single-label changes, then ``overrides``."""
    single = bool(labels) and all(isinstance(label, (str, int, np.integer)) for label in labels)
    return {
        **DEFAULT_CLASSIFIER_PARAMS,
        **(SINGLE_LABEL_PARAMS if single else {}),
        **overrides,
        "random_state": random_state,
    }


def fit_texts(
    texts: Iterable[str],
    labels: Iterable[Any],
    *,
    groups: Sequence[Any] | None = None,
    taxonomy: Sequence[Theme] | None = None,
    random_state: int = 0,
    **classifier_params: Any,
) -> ModelParts:
    """Train a model's parts on texts and their labels.

    ``labels`` holds one label per text (single-label: each text then gets
    exactly one label) or a collection of labels per text (multi-label).
    Summaries of such a model rank sentences by cues and centrality, since no
    key-sentence marks were given.
    """
    labels = list(labels)
    classifier = ThemeClassifier(**default_params(labels, classifier_params, random_state))
    classifier.fit(texts, labels, groups=groups)
    return ModelParts(classifier, taxonomy=taxonomy, metadata={"trained_on": "texts"})


def _paragraph_text(sentences: Sequence[str]) -> str:
    return " ".join(sentences)


def fit_documents(
    documents: Sequence[CorpusDocument] | str | Path,
    *,
    taxonomy: Sequence[Theme] | None = None,
    random_state: int = 0,
    metadata: dict[str, Any] | None = None,
    **classifier_params: Any,
) -> ModelParts:
    """Train the theme classifier and the key-statement scorer on labelled documents.

    ``documents`` are corpus documents or the path of a corpus folder or file
    (the ``training_data`` format). Without ``taxonomy`` the themes come from a
    ``themes.json`` beside or inside that folder, else from the labels used.
    """
    if isinstance(documents, (str, Path)):
        path = Path(documents)
        if taxonomy is None:
            taxonomy = _taxonomy_near(path)
        documents = read_documents(path)
    if not documents:
        raise EmptyInputError("no documents to train on")
    if taxonomy is None:
        taxonomy = [Theme(t, t) for t in sorted({t for d in documents for p in d.paragraphs for t in p.themes})]
    check_documents(documents, [t.id for t in taxonomy])
    theme_ids = [t.id for t in taxonomy]
    texts, labels, groups = [], [], []
    for doc in documents:
        for paragraph in doc.paragraphs:
            texts.append(_paragraph_text(paragraph.sentences))
            labels.append(list(paragraph.themes))
            groups.append(doc.id)
    params = {**DEFAULT_CLASSIFIER_PARAMS, **classifier_params, "labels": theme_ids, "random_state": random_state}
    logger.info("fitting the theme classifier on %d paragraphs of %d documents", len(texts), len(documents))
    classifier = ThemeClassifier(**params).fit(texts, labels, groups=groups)
    scorer = _fit_key_scorer(documents, classifier)
    metadata = {
        **(metadata or {}),
        "languages": sorted({d.language for d in documents}),
        "event_theme": DEFAULT_EVENT_THEME,
    }
    return ModelParts(classifier, taxonomy=taxonomy, key_scorer=scorer, metadata=metadata)


def _taxonomy_near(path: Path) -> list[Theme] | None:
    folder = path if path.is_dir() else path.parent
    for candidate in (folder / "themes.json", folder.parent / "themes.json"):
        if candidate.is_file():
            return [Theme(t["id"], t["name"]) for t in read_taxonomy(candidate)]
    return None


def key_training_contexts(
    documents: Sequence[CorpusDocument], paragraph_proba: np.ndarray, themes: Sequence[str]
) -> tuple[list[SentenceContext], list[int]]:
    """Sentence contexts and key marks of the content paragraphs of ``documents``.

    ``paragraph_proba`` holds one row of theme probabilities per paragraph, in
    corpus order (out-of-fold ones when training, so that the cues the scorer
    learns from look like those it will see on new text).
    """
    contexts: list[SentenceContext] = []
    marks: list[int] = []
    row = 0
    for doc in documents:
        content = [
            (i, p)
            for i, p in enumerate(doc.paragraphs)
            if all(s.kind == "text" for s in segment(_paragraph_text(p.sentences)))
        ]
        paragraphs = [
            (i, p.sentences, p.themes, dict(zip(themes, paragraph_proba[row + i].tolist()))) for i, p in content
        ]
        contexts.extend(sentence_contexts(paragraphs, DEFAULT_EVENT_THEME))
        marks.extend(int(number in p.key) for _, p in content for number in range(len(p.sentences)))
        row += len(doc.paragraphs)
    return contexts, marks


def _fit_key_scorer(documents: Sequence[CorpusDocument], classifier: ThemeClassifier) -> KeyStatementScorer | None:
    themes = [str(c) for c in classifier.classes_]
    contexts, marks = key_training_contexts(documents, classifier.oof_proba_, themes)
    if not contexts or len(set(marks)) < 2:
        logger.info("no key-sentence marks: summaries will use cues and centrality only")
        return None
    words = classifier.transform_texts([c.text for c in contexts])
    logger.info("fitting the key-statement scorer on %d sentences (%d key)", len(marks), sum(marks))
    return KeyStatementScorer().fit(words, contexts, marks)


def check_documents(documents: Sequence[CorpusDocument], theme_ids: Sequence[str]) -> None:
    """Raise :class:`CorpusError` listing the first problems of a corpus, if any."""
    problems = validate_documents(documents, theme_ids)
    if problems:
        shown = "; ".join(problems[:5])
        raise CorpusError(f"{len(problems)} problems in the training documents, e.g. {shown}")
