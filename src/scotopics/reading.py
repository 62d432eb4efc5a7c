"""Reading documents: segment, classify and prepare the sentences of one document or of a batch.

A batch is read with one vectoriser call, one classifier call and one
key-sentence call for all its documents; per document only segmenting and the
sentence contexts remain. That is what makes :meth:`~scotopics.ThemeModel.analyze_many`
faster than a loop over :meth:`~scotopics.ThemeModel.analyze`, with the same
results.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from .models.attribution.titles import after_site_path, title_or_author_heading
from .models.classifier import ThemeClassifier
from .models.keystatements import KeyStatementScorer, SentenceContext, sentence_contexts
from .models.summarizer import ReadDocument
from .results import ParagraphResult
from .text.features import unit_rows
from .text.inputs import coerce_text
from .text.language import OTHER_CYRILLIC, UNDETERMINED, detect_language
from .text.markup import visible_text
from .text.segment import Segment, segment

__all__ = ["read_documents", "Reader"]


class Reader(Protocol):
    """What reading needs of a model (:class:`~scotopics.model.ThemeModel` is one)."""

    classifier: ThemeClassifier
    key_scorer: KeyStatementScorer | None
    languages: tuple[str, ...]
    event_theme: str

    def _classify_clean(
        self,
        texts: list[str],
        indexes: list[int],
        languages: list[str] | None = None,
        features: Any = None,
        *,
        explain: bool = False,
        bounds: list[tuple[int, int]] | None = None,
    ) -> list[ParagraphResult]: ...


@dataclass(frozen=True, slots=True)
class _Segmented:
    """One document split into paragraphs, with the language of each text paragraph and their sentences."""

    segments: list[Segment]
    language: str
    text_segments: list[Segment]
    languages: list[str]  # one per text segment
    sentences: list[str]  # of the text segments in a language the model reads


def _segmented(text: str | bytes, readable: Sequence[str]) -> _Segmented:
    """Segment one document and decide its paragraphs' languages.

    The document's language decides for its paragraphs, so that a name or a
    quotation in another script does not switch one paragraph off. A document
    without letters or in a language the model does not read (a Kazakh page
    with Russian paragraphs), or with paragraphs in two languages the model
    reads (English and Russian), is judged paragraph by paragraph. A paragraph
    whose letters mark another Cyrillic language than Russian (a Tajik or Kazakh
    passage of an English or Russian page) keeps that language, and no themes:
    the model would read its words as Russian ones.
    """
    clean = visible_text(coerce_text(text))
    segments, language = segment(clean), detect_language(clean)
    text_segments = [s for s in segments if s.kind == "text"]
    own = [detect_language(s.text) for s in text_segments]
    by_paragraph = language not in readable or len({lang for lang in own if lang in readable}) > 1
    if by_paragraph:
        languages = [language if lang == UNDETERMINED else lang for lang in own]
    else:
        languages = [lang if lang in OTHER_CYRILLIC else language for lang in own]
    sentences = [s for seg, lang in zip(text_segments, languages) if lang in readable for s in seg.sentences]
    return _Segmented(segments, language, text_segments, languages, sentences)


def read_documents(
    model: Reader, texts: Sequence[str | bytes], *, explain: bool = False, key_statements: bool = True
) -> list[ReadDocument]:
    """Read documents with ``model``: classified paragraphs, sentence contexts and TF-IDF rows, key probabilities.

    ``key_statements=False`` reads for themes alone (``analyze(n=0)``): no sentence cues and no key
    probabilities. Raises the input errors of :func:`~scotopics.text.inputs.coerce_text` for the
    first bad text.
    """
    documents = [_segmented(text, model.languages) for text in texts]
    paragraph_texts = [s.text for d in documents for s in d.text_segments]
    sentence_texts = [s for d in documents for s in d.sentences]
    features = model.classifier._features(paragraph_texts + sentence_texts)
    bounds, start = [], 0
    for document in documents:
        bounds.append((start, start + len(document.text_segments)))
        start += len(document.text_segments)
    classified = iter(
        model._classify_clean(
            paragraph_texts,
            [s.index for d in documents for s in d.text_segments],
            [lang for d in documents for lang in d.languages],
            features[: len(paragraph_texts)],
            explain=explain,
            bounds=bounds,
        )
    )
    paragraphs = [_paragraph_results(d, classified) for d in documents]
    contexts = [_contexts(model, d, found) for d, found in zip(documents, paragraphs)]
    sentence_rows = unit_rows(features[len(paragraph_texts) :])  # the key scorer and the cosines read unit rows
    key_proba = _key_proba(model, sentence_rows, [c for found in contexts for c in found]) if key_statements else None
    read, start = [], 0
    for document, found, context in zip(documents, paragraphs, contexts):
        end = start + len(context)
        title = _title(document.segments)
        rows = sentence_rows[start:end]
        proba = None if key_proba is None else key_proba[start:end]
        read.append(ReadDocument(found, context, rows, document.language, title, proba))
        start = end
    return read


def _title(segments: Sequence[Segment]) -> str:
    """The document's title for the speaker rules: the first heading, or a heading before the text that names a
    speech's author when the first does not ("Deepening cooperation" / "— Address by President X at …")."""
    header = list(itertools.takewhile(lambda s: s.kind != "text", segments))  # a title stands before the text
    header = header[after_site_path([s.text for s in header]) :] or header  # not a menu ("Spokesperson's Remarks")
    first = header[0].text if header else ""  # not a byline after it ("Автор: …")
    return title_or_author_heading(first, (s.text for s in header if s.kind == "heading"))


def _paragraph_results(document: _Segmented, classified) -> list[ParagraphResult]:
    """Every paragraph's result: the next classified one for text, no themes for headings and debris."""
    return [
        next(classified) if s.kind == "text" else ParagraphResult(s.index, s.text, (), {}, s.kind, document.language)
        for s in document.segments
    ]


def _contexts(model: Reader, document: _Segmented, paragraphs: list[ParagraphResult]) -> list[SentenceContext]:
    readable = [
        (s.index, s.sentences, paragraphs[s.index].themes, paragraphs[s.index].scores)
        for s in document.text_segments
        if paragraphs[s.index].language in model.languages
    ]
    return sentence_contexts(readable, model.event_theme)


def _key_proba(model: Reader, rows, contexts: list[SentenceContext]) -> np.ndarray | None:
    """Key-statement probabilities of all the batch's sentences in one call (None without a learned scorer)."""
    if model.key_scorer is None:
        return None
    return model.key_scorer.predict_proba(rows, contexts)
