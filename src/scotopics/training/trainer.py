"""Training a model's parts: from labelled documents (our corpus format) or plain texts.

:func:`fit_texts` and :func:`fit_documents` return :class:`ModelParts`, which
:func:`scotopics.train` and :func:`scotopics.train_documents` wrap in a
:class:`~scotopics.ThemeModel`. The default model is built from ``training_data/``.
Training is deterministic: fixed seeds, documents in file order, folds by
document so that no document's paragraphs are both fitted and scored.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..exceptions import CorpusError, EmptyInputError
from ..io.corpus import CorpusDocument, read_documents, read_taxonomy, validate_documents
from ..models.attribution import SpeakerDocument, SpeakerResolver
from ..models.attribution.titles import after_site_path, title_or_author_heading
from ..models.classifier import ThemeClassifier
from ..models.context import ContextStage, document_bounds
from ..models.keystatements import DEFAULT_EVENT_THEME, KeyStatementScorer, SentenceContext, sentence_contexts
from ..results import Theme
from ..text.features import unit_rows
from ..text.segment import block_kinds

__all__ = [
    "ModelParts",
    "fit_texts",
    "fit_documents",
    "default_params",
    "check_documents",
    "DEFAULT_CLASSIFIER_PARAMS",
    "SINGLE_LABEL_PARAMS",
    "speaker_training_set",
]

logger = logging.getLogger(__name__)

#: Settings of the default model, chosen by grouped cross-validation (see README). Thresholds
#: maximise F0.7, not F1: trained without the 205 documents of our newest writers and scored on them,
#: micro-F1 was 0.777 with F1 thresholds, 0.779 with F0.7 and 0.768 with F0.5 (precision 0.774 / 0.792 /
#: 0.819). On the style-shift test F1 thresholds over-tagged (precision 0.75, recall 0.85).
#: A length power of 0.5 instead of the L2 norm gained about a point of micro-F1 on real pages labelled
#: blind, at every power tried (0.25, 0.5, 0.75), and held our own test sets (see docs/benchmarks.md).
DEFAULT_CLASSIFIER_PARAMS: dict[str, Any] = {
    "linear_model": "logistic",
    "C": 10.0,
    "ngram_range": (1, 2),
    "min_df": 2,
    "threshold_beta": 0.7,
    "length_power": 0.5,
}

#: Changes for single-label data. One label per text is picked by the largest calibrated
#: probability, which already puts rare labels on an equal footing; balanced class weights on
#: top cost accuracy (CAP bills, 5-fold CV: 0.785 with them, 0.787 without; see README). The length power
#: was chosen on our multi-label themes only, so single-label data keeps the L2 norm.
SINGLE_LABEL_PARAMS: dict[str, Any] = {"class_weight": None, "length_power": 1.0}

#: Below this many texts a data set is small: a word seen once is a large part of what there is to learn.
SMALL_DATA_TEXTS = 300

#: Changes for small data: keep words seen once (``min_df=1``) and words in most texts (``max_df=1.0``).
#: On 36 short texts of 3 classes (5-fold CV) accuracy went from 0.50 to 0.58, as plain TF-IDF +
#: LinearSVC (0.58); on four other small sets it rose or held. A larger C (30, 100) gave no
#: consistent gain on those sets, so C stays as it is.
SMALL_DATA_PARAMS: dict[str, Any] = {"min_df": 1, "max_df": 1.0}


@dataclass
class ModelParts:
    """What training produces: the parts of a :class:`~scotopics.ThemeModel`, as its keyword arguments."""

    classifier: ThemeClassifier
    taxonomy: Sequence[Theme] | None = None
    key_scorer: KeyStatementScorer | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    context: ContextStage | None = None
    speaker_resolver: SpeakerResolver | None = None


def default_params(labels: list[Any], overrides: dict[str, Any], random_state: int) -> dict[str, Any]:
    """Classifier settings for these labels: the defaults, single-label and small-data changes, then ``overrides``."""
    single = bool(labels) and all(isinstance(label, (str, int, np.integer)) for label in labels)
    return {
        **DEFAULT_CLASSIFIER_PARAMS,
        **(SINGLE_LABEL_PARAMS if single else {}),
        **(SMALL_DATA_PARAMS if len(labels) < SMALL_DATA_TEXTS else {}),
        **overrides,
        "random_state": random_state,
    }


def check_labels(labels: list[Any]) -> None:
    """Refuse labels that would silently become a class of their own: empty strings and None."""
    for index, label in enumerate(labels):
        values = label if isinstance(label, (list, tuple, set, frozenset)) else [label]
        if any(value is None or (isinstance(value, str) and not value.strip()) for value in values):
            raise EmptyInputError(
                f"the label of text {index} is empty: give every text a label (or drop the text); "
                "for multi-label data a text may have an empty list of labels"
            )


def fit_classifier(classifier: ThemeClassifier, texts: Any, labels: Any, groups: Any = None) -> ThemeClassifier:
    """``classifier.fit`` with scikit-learn's complaint about an empty vocabulary said in our words."""
    try:
        return classifier.fit(texts, labels, groups=groups)
    except ValueError as exc:
        if "no terms remain" in str(exc) or "empty vocabulary" in str(exc):
            raise EmptyInputError(
                f"no words are left to learn from ({exc}): the texts hold only stop words, or the same words "
                f"throughout; give more varied texts or set min_df=1, max_df=1.0"
            ) from None
        raise


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
    check_labels(labels)
    classifier = ThemeClassifier(**default_params(labels, classifier_params, random_state))
    fit_classifier(classifier, texts, labels, groups)
    return ModelParts(classifier, taxonomy=taxonomy, metadata={"trained_on": "texts"})


def _paragraph_text(sentences: Sequence[str]) -> str:
    return " ".join(sentences)


def fit_documents(
    documents: Sequence[CorpusDocument] | str | Path,
    *,
    taxonomy: Sequence[Theme] | None = None,
    random_state: int = 0,
    metadata: dict[str, Any] | None = None,
    context_stage: bool = False,
    **classifier_params: Any,
) -> ModelParts:
    """Train the theme classifier and the key-statement scorer on labelled documents.

    ``documents`` are corpus documents or the path of a corpus folder or file
    (the ``training_data`` format). Without ``taxonomy`` the themes come from a
    ``themes.json`` beside or inside that folder, else from the labels used.
    ``context_stage=True`` adds the document-context stage
    (:class:`~scotopics.models.context.ContextStage`), as the bundled default model
    has: it helped on real pages labelled blind (see docs/benchmarks.md).
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
    content = _content_paragraphs(documents)
    context = _fit_context_stage(documents, content, classifier, theme_ids) if context_stage else None
    scorer = _fit_key_scorer(documents, content, classifier)
    resolver = _fit_speaker_resolver(documents, content, random_state)
    metadata = {
        **(metadata or {}),
        "languages": sorted({d.language for d in documents}),
        "event_theme": DEFAULT_EVENT_THEME,
    }
    return ModelParts(
        classifier, taxonomy=taxonomy, key_scorer=scorer, metadata=metadata, context=context, speaker_resolver=resolver
    )


def _taxonomy_near(path: Path) -> list[Theme] | None:
    folder = path if path.is_dir() else path.parent
    for candidate in (folder / "themes.json", folder.parent / "themes.json"):
        if candidate.is_file():
            return [Theme(t["id"], t["name"]) for t in read_taxonomy(candidate)]
    return None


def _content_paragraphs(documents: Sequence[CorpusDocument]) -> list[list[int]]:
    """For each document, the indexes of the paragraphs the segmenter reads as content (not debris or headings),
    each judged where it stands in its document, as ``analyze`` judges it."""
    kinds = (block_kinds([_paragraph_text(p.sentences) for p in doc.paragraphs]) for doc in documents)
    return [[i for i, kind in enumerate(found) if kind == "text"] for found in kinds]


def _writer(document_id: str) -> str:
    """The writer group of a corpus document: its id's prefix ("nw" of "nw-012")."""
    return document_id.split("-", 1)[0]


def _fit_context_stage(
    documents: Sequence[CorpusDocument],
    content: list[list[int]],
    classifier: ThemeClassifier,
    theme_ids: Sequence[str],
) -> ContextStage | None:
    """The document-context stage over the classifier's out-of-fold probabilities of the content paragraphs.

    Only the paragraphs ``analyze`` reads as content count, in their order: a title, a heading or debris
    takes no place in the document, so the neighbours and the position are those the stage will see.
    Its own thresholds are tuned with folds by *writer*, so that they suit text from writers the model
    has not seen.
    """
    if classifier.single_label_:
        return None
    rows: list[int] = []
    start = 0
    for document, indexes in zip(documents, content):
        rows.extend(start + i for i in indexes)
        start += len(document.paragraphs)
    paragraphs = [d.paragraphs[i] for d, indexes in zip(documents, content) for i in indexes]
    target = np.array([[int(t in p.themes) for t in theme_ids] for p in paragraphs]).reshape(-1, len(theme_ids))
    bounds = document_bounds([len(indexes) for indexes in content])
    logger.info("fitting the context stage on %d content paragraphs", len(target))
    writers = [_writer(d.id) for d in documents]
    return ContextStage().fit(classifier.oof_proba_[rows], target, bounds, writers, classifier.oof_strongest_[rows])


def key_training_contexts(
    documents: Sequence[CorpusDocument],
    content: list[list[int]],
    paragraph_proba: np.ndarray,
    themes: Sequence[str],
) -> tuple[list[SentenceContext], list[int]]:
    """Sentence contexts and key marks of the content paragraphs of ``documents``.

    ``paragraph_proba`` holds one row of theme probabilities per paragraph, in
    corpus order (out-of-fold ones when training, so that the cues the scorer
    learns from look like those it will see on new text).
    """
    contexts: list[SentenceContext] = []
    marks: list[int] = []
    row = 0
    for doc, indexes in zip(documents, content):
        paragraphs = [
            (
                i,
                doc.paragraphs[i].sentences,
                doc.paragraphs[i].themes,
                dict(zip(themes, paragraph_proba[row + i].tolist())),
            )
            for i in indexes
        ]
        contexts.extend(sentence_contexts(paragraphs, DEFAULT_EVENT_THEME))
        marks.extend(int(n in doc.paragraphs[i].key) for i in indexes for n in range(len(doc.paragraphs[i].sentences)))
        row += len(doc.paragraphs)
    return contexts, marks


def _fit_key_scorer(
    documents: Sequence[CorpusDocument], content: list[list[int]], classifier: ThemeClassifier
) -> KeyStatementScorer | None:
    themes = [str(c) for c in classifier.classes_]
    contexts, marks = key_training_contexts(documents, content, classifier.oof_proba_, themes)
    if not contexts or len(set(marks)) < 2:
        logger.info("no key-sentence marks: summaries will use cues and centrality only")
        return None
    words = unit_rows(classifier.transform_texts([c.text for c in contexts]))
    logger.info("fitting the key-statement scorer on %d sentences (%d key)", len(marks), sum(marks))
    return KeyStatementScorer().fit(words, contexts, marks)


def speaker_training_set(
    documents: Sequence[CorpusDocument], content: list[list[int]] | None = None
) -> tuple[list[SpeakerDocument], list[dict[tuple[int, int], str | None]]]:
    """The documents' content paragraphs as the speaker resolver reads them, and their speaker marks."""
    content = _content_paragraphs(documents) if content is None else content
    speaker_documents, marks = [], []
    for doc, indexes in zip(documents, content):
        title = _title_line(doc, indexes)
        header = tuple(p.text for p in doc.paragraphs[: min(indexes, default=0)])  # the lines before the text
        sentences = tuple(tuple(doc.paragraphs[i].sentences) for i in indexes)
        speaker_documents.append(SpeakerDocument(title, sentences, header))
        marks.append({(k, s): who for k, i in enumerate(indexes) for s, who in doc.paragraphs[i].speakers.items()})
    return speaker_documents, marks


def _title_line(document: CorpusDocument, content: list[int]) -> str:
    """The title as ``analyze`` sees it: the first non-content line when it is the title written out, else the
    title; or a heading before the text that names a speech's author when that title names none ("Deepening
    cooperation" / "— Address by President X at …"; not a "Publish Date: …" stamp, which is debris)."""
    title_words = set(document.title.lower().split())
    title = document.title
    lead = list(itertools.takewhile(lambda i: i not in content, range(len(document.paragraphs))))
    lead = lead[after_site_path([document.paragraphs[i].text for i in lead]) :] or lead  # (not a site's menu)
    first = next((p.text for i, p in enumerate(document.paragraphs) if i not in content), "")
    line = document.paragraphs[lead[0]].text if lead else first
    if title_words and len(title_words & set(line.lower().split())) >= len(title_words) / 2:
        title = line
    kinds = block_kinds([p.text for p in document.paragraphs])
    return title_or_author_heading(title, (document.paragraphs[i].text for i in lead if kinds[i] == "heading"))


def _fit_speaker_resolver(
    documents: Sequence[CorpusDocument], content: list[list[int]], random_state: int
) -> SpeakerResolver | None:
    """The learned speaker resolver, from the corpus speaker marks; None (rules only) without marks."""
    speaker_documents, marks = speaker_training_set(documents, content)
    if not any(marks):
        return None
    logger.info("fitting the speaker resolver on %d marked sentences", sum(map(len, marks)))
    try:
        return SpeakerResolver(random_state=random_state).fit(speaker_documents, marks)
    except EmptyInputError:  # marks that no candidate matches, or only one kind of answer
        logger.info("the speaker marks cannot train the resolver: statements are attributed by the rules")
        return None


def check_documents(documents: Sequence[CorpusDocument], theme_ids: Sequence[str]) -> None:
    """Raise :class:`CorpusError` listing the first problems of a corpus, if any."""
    problems = validate_documents(documents, theme_ids)
    if problems:
        shown = "; ".join(problems[:5])
        raise CorpusError(f"{len(problems)} problems in the training documents, e.g. {shown}")
