"""ThemeModel: the object users hold — classify, analyze and summarize.

It bundles a fitted :class:`~scotopics.classifier.ThemeClassifier`, an
optional :class:`~scotopics.keystatements.KeyStatementScorer` and the taxonomy
(theme ids and names). Without a key scorer (a model trained on texts with no
key-sentence marks) summaries rank sentences by centrality and cues alone.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .attribution import attribute
from .batch import DEFAULT_BATCH_SIZE, Failure, iter_results
from .classifier import ThemeClassifier
from .cues import CUE_NAMES
from .features import readable_term, vectorizer_state
from .inputs import coerce_text, coerce_text_list
from .keystatements import KeyStatementScorer, SentenceContext, select_key_statements, sentence_cues
from .language import UNDETERMINED, detect_language
from .markup import html_to_text, looks_like_html
from .results import DocumentAnalysis, KeyStatement, ParagraphResult, Theme
from .segment import Segment, segment

__all__ = ["ThemeModel"]

PROCEDURAL = "procedural"
#: Most key statements ``analyze`` returns when ``n`` is not given.
MAX_AUTO_STATEMENTS = 12
#: Earlier sentences searched for the person a "he" or "the Secretary-General" refers to.
ATTRIBUTION_WINDOW = 60


@dataclass(frozen=True, slots=True)
class _Document:
    """A document read by the model: classified paragraphs and its sentences ready for scoring."""

    paragraphs: list[ParagraphResult]
    contexts: list[SentenceContext]
    sentence_features: Any  # TF-IDF rows of ``contexts``, in the same order
    language: str
    title: str  # the first heading or debris line (often the page title), or ""


class ThemeModel:
    """A trained scotopics model.

    Use :func:`scotopics.load` for the bundled default model or a saved file,
    and :func:`scotopics.train` to build one from your own data.
    """

    def __init__(
        self,
        classifier: ThemeClassifier,
        *,
        taxonomy: Sequence[Theme] | None = None,
        key_scorer: KeyStatementScorer | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> None:
        self.classifier = classifier
        ids = [str(c) for c in classifier.classes_]
        names = {t.id: t.name for t in taxonomy or ()}
        self.taxonomy: tuple[Theme, ...] = tuple(Theme(i, names.get(i, i)) for i in ids)
        self.key_scorer = key_scorer
        self.metadata: dict[str, Any] = dict(metadata or {})
        self.languages: tuple[str, ...] = tuple(self.metadata.get("languages", ("en",)))

    def __repr__(self) -> str:
        return f"ThemeModel(themes={len(self.themes)}, key_scorer={self.key_scorer is not None})"

    @property
    def themes(self) -> tuple[str, ...]:
        """Theme ids in the model's column order."""
        return tuple(t.id for t in self.taxonomy)

    # -- classification --------------------------------------------------------

    def classify(self, texts: Iterable[str | bytes], *, explain: bool = False) -> list[ParagraphResult]:
        """Themes of each text (usually a paragraph): one result per input, in order.

        HTML is read as its visible text. A text without a single letter, or in
        a language the model does not read (see ``result.language``), gets no
        theme and all-zero scores. With ``explain=True`` each result's
        :meth:`~ParagraphResult.explain` gives the terms behind each of its themes.
        """
        return self._classify_from(texts, 0, explain=explain)

    def _classify_from(
        self, texts: Iterable[str | bytes], start: int, *, explain: bool = False
    ) -> list[ParagraphResult]:
        """:meth:`classify` with result indexes counted from ``start`` (for chunks of a batch)."""
        clean = [_prepare(text) for text in coerce_text_list(texts)]
        return self._classify_clean(clean, list(range(start, start + len(clean))), explain=explain)

    def _classify_clean(
        self,
        texts: list[str],
        indexes: list[int],
        languages: list[str] | None = None,
        features=None,
        *,
        explain: bool = False,
    ) -> list[ParagraphResult]:
        """Results for checked texts; ``features`` are their TF-IDF rows when already computed."""
        if not texts:
            return []
        if languages is None:
            languages = [detect_language(text) for text in texts]
        if features is None:
            features = self.classifier._features(texts)
        proba = self.classifier.proba_of_features(features)
        decisions = self.classifier.predict_from_proba(proba)
        rounded = np.round(proba, 6).tolist()
        flags = decisions.tolist()
        themes = self.themes
        results = []
        for row, (text, index, language) in enumerate(zip(texts, indexes, languages)):
            if language not in self.languages:
                results.append(ParagraphResult(index, text, (), dict.fromkeys(themes, 0.0), language=language))
                continue
            scores = dict(zip(themes, rounded[row]))
            if self.classifier.single_label_:
                found: tuple[str, ...] = (str(decisions[row]),)
            else:
                chosen = [theme for theme, flag in zip(themes, flags[row]) if flag]
                found = tuple(sorted(chosen, key=lambda t: -scores[t]))
            evidence = self._evidence(features[row], found) if explain else {}
            results.append(ParagraphResult(index, text, found, scores, language=language, evidence=evidence))
        return results

    # -- explanations ------------------------------------------------------------

    def _evidence(self, row, themes: Iterable[str], k: int = 5) -> dict[str, tuple[tuple[str, float], ...]]:
        """Top ``k`` positive contributions (coefficient × tf-idf) of one TF-IDF row to each theme."""
        indices, values = row.indices, row.data
        column = {t: j for j, t in enumerate(self.themes)}
        out = {}
        for theme in themes:
            contributions = values * self.classifier.coef_[column[theme], indices]
            order = np.argsort(-contributions, kind="stable")[:k]
            out[theme] = tuple(
                (self._readable(self._terms[indices[i]]), round(float(contributions[i]), 4))
                for i in order
                if contributions[i] > 0
            )
        return out

    @property
    def _terms(self) -> list[str]:
        terms = getattr(self, "_term_list", None)
        if terms is None:
            terms = self._term_list = vectorizer_state(self.classifier.vectorizer_)["terms"]
        return terms

    def _readable(self, term: str) -> str:
        return readable_term(term, getattr(self.classifier, "surface_", {}))

    def explain(self, text: str | bytes, theme: str, k: int = 5) -> tuple[tuple[str, float], ...]:
        """The ``k`` terms of ``text`` that push it most towards ``theme``, with their contributions."""
        self._check_themes([theme])
        features = self.classifier._features([_prepare(coerce_text(text))])
        return self._evidence(features[0], [theme], k)[theme]

    def top_terms(self, theme: str, k: int = 15) -> list[tuple[str, float]]:
        """The ``k`` terms with the largest weights for ``theme`` across the whole model."""
        self._check_themes([theme])
        weights = self.classifier.coef_[self.themes.index(theme)]
        order = np.argsort(-weights, kind="stable")[:k]
        return [(self._readable(self._terms[j]), round(float(weights[j]), 4)) for j in order]

    # -- documents -------------------------------------------------------------

    def analyze(self, text: str | bytes, *, n: int | None = None, explain: bool = False) -> DocumentAnalysis:
        """Paragraphs with themes, document themes and key statements of one document.

        ``n`` is the number of key statements; by default it follows the
        document: the sentences the key model accepts, at least three (when
        there are three), at most a quarter of the sentences and at most
        :data:`MAX_AUTO_STATEMENTS`. ``explain=True`` adds each paragraph's
        evidence (see :meth:`ParagraphResult.explain`).
        """
        n = None if n is None else _check_n(n)
        document = self._read(text, explain=explain)
        return DocumentAnalysis(
            paragraphs=tuple(document.paragraphs),
            themes=_document_themes(document.paragraphs),
            key_statements=tuple(self._key_statements(document, n)),
            language=document.language,
        )

    def summarize(
        self,
        text: str | bytes,
        n: int | None = 3,
        *,
        themes: Iterable[str] | None = None,
        words: int | None = None,
    ) -> list[KeyStatement]:
        """The key statements of a document, in document order.

        ``n`` is the most statements to return (clipped to the number of content
        sentences; None: no count limit, then ``words`` must be given).
        ``themes`` keeps to sentences of paragraphs about any of those themes;
        ``words`` is a length budget in words.
        """
        if n is None and words is None:
            raise ValueError("give n, words, or both")
        n = None if n is None else _check_n(n)
        budget = None if words is None else _check_n(words)
        wanted = None if themes is None else self._check_themes(themes)
        return self._key_statements(self._read(text), n, themes=wanted, words=budget, fill=n is None)

    def summarize_by_theme(self, text: str | bytes, n: int = 1) -> dict[str, list[KeyStatement]]:
        """The best ``n`` statements for each theme the document discusses, strongest theme first.

        ``procedural`` is left out: a meeting's format is not a statement.
        """
        n = _check_n(n)
        document = self._read(text)
        weights = _document_themes(document.paragraphs)
        return {theme: self._key_statements(document, n, themes={theme}) for theme in weights if theme != PROCEDURAL}

    def _check_themes(self, themes: Iterable[str]) -> set[str]:
        if isinstance(themes, str):
            themes = [themes]
        wanted = set(themes)
        unknown = wanted - set(self.themes)
        if unknown:
            raise ValueError(f"unknown themes {sorted(unknown)}; the model knows {', '.join(self.themes)}")
        return wanted

    def rank_sentences(self, text: str | bytes) -> list[KeyStatement]:
        """Every content sentence with its key-statement probability, in document order.

        This is the learned score alone, before centrality and redundancy
        control; :meth:`summarize` builds on it.
        """
        document = self._read(text)
        if not document.contexts:
            return []
        proba = self._key_proba(document.sentence_features, document.contexts)
        return [
            KeyStatement(c.text, c.paragraph, c.sentence, round(float(p), 6)) for c, p in zip(document.contexts, proba)
        ]

    def _read(self, text: str | bytes, *, explain: bool = False) -> _Document:
        """Segment, classify and prepare the sentences of one document.

        The TF-IDF rows of the paragraphs and of their sentences come from one
        vectoriser call. The document's language decides for all its paragraphs,
        so that a name or a quotation in another script does not switch one
        paragraph off; only a document without letters is judged paragraph by paragraph.
        """
        clean = _prepare(coerce_text(text))
        segments, language = segment(clean), detect_language(clean)
        text_segments = [s for s in segments if s.kind == "text"]
        if language == UNDETERMINED:
            languages = [detect_language(s.text) for s in text_segments]
        else:
            languages = [language] * len(text_segments)
        sentences = [
            sentence for s, lang in zip(text_segments, languages) if lang in self.languages for sentence in s.sentences
        ]
        features = self.classifier._features([s.text for s in text_segments] + sentences)
        count = len(text_segments)
        classified = iter(
            self._classify_clean(
                [s.text for s in text_segments],
                [s.index for s in text_segments],
                languages,
                features[:count],
                explain=explain,
            )
        )
        paragraphs = [
            next(classified) if s.kind == "text" else ParagraphResult(s.index, s.text, (), {}, s.kind, language)
            for s in segments
        ]
        contexts = self._sentence_contexts(segments, paragraphs)
        title = next((s.text for s in segments if s.kind != "text"), "")
        return _Document(paragraphs, contexts, features[count:], language, title)

    def _sentence_contexts(self, segments: list[Segment], paragraphs: list[ParagraphResult]) -> list[SentenceContext]:
        """Sentences of the readable text paragraphs, in document order, with their context."""
        text_positions = [s.index for s in segments if s.kind == "text"]
        last = max(len(text_positions) - 1, 1)
        contexts = []
        for rank, index in enumerate(text_positions):
            result = paragraphs[index]
            if result.language not in self.languages:
                continue
            policy = max((p for t, p in result.scores.items() if t != PROCEDURAL), default=0.0)
            procedural = result.scores.get(PROCEDURAL, 0.0)
            for number, sentence in enumerate(segments[index].sentences):
                contexts.append(
                    SentenceContext(sentence, index, number, rank / last, policy, procedural, result.themes)
                )
        return contexts

    def _key_statements(
        self,
        document: _Document,
        n: int | None,
        *,
        themes: set[str] | None = None,
        words: int | None = None,
        fill: bool = False,
    ) -> list[KeyStatement]:
        """Pick statements; ``n=None`` picks the document's own number unless ``fill`` (budget only)."""
        contexts, features = document.contexts, document.sentence_features
        if not contexts:
            return []
        proba = self._key_proba(features, contexts)
        allowed = None if themes is None else np.array([bool(themes & set(c.themes)) for c in contexts])
        if fill:
            n = len(contexts)
        elif n is None:
            accepted = int(np.sum(proba >= 0.5))
            most = min(MAX_AUTO_STATEMENTS, max(3, math.ceil(len(contexts) / 4)))
            n = max(min(3, len(contexts)), min(accepted, most))
        spans = _quotation_spans(contexts)
        best: dict[tuple[int, int], float] = {}
        for i, score in select_key_statements(contexts, proba, features, n, allowed=allowed, max_words=words):
            best[spans[i]] = max(score, best.get(spans[i], 0.0))
        sentences = [c.text for c in contexts]
        statements = []
        for (first, last), score in sorted(best.items()):
            text = " ".join(sentences[first : last + 1])
            # The speaker is named close by: a window of earlier sentences keeps long documents cheap.
            who = attribute(text, sentences[max(0, first - ATTRIBUTION_WINDOW) : first], title=document.title)
            statements.append(
                KeyStatement(
                    text,
                    contexts[first].paragraph,
                    contexts[first].sentence,
                    round(score, 6),
                    who.speaker,
                    who.verb,
                    who.kind,
                )
            )
        if words is not None:  # a quotation's continuation may have pushed the total over the budget
            while len(statements) > 1 and sum(len(k.text.split()) for k in statements) > words:
                statements.remove(min(statements, key=lambda k: k.score))
        return statements

    def _key_proba(self, words, contexts: list[SentenceContext]) -> np.ndarray:
        if self.key_scorer is not None:
            return self.key_scorer.predict_proba(words, contexts)
        return _cue_only_proba(contexts)

    # -- batches ---------------------------------------------------------------

    def iter_analyze(
        self,
        texts: Iterable[Any],
        *,
        n: int | None = None,
        explain: bool = False,
        n_jobs: int | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        progress: bool = False,
        errors: str = "return",
    ) -> Iterator[DocumentAnalysis | Failure]:
        """Stream analyses of many documents, in input order, with flat memory.

        ``texts`` is any iterable (a generator is read lazily). ``n_jobs`` runs
        chunks of ``batch_size`` documents through joblib (``-1``: all cores, or
        the active joblib backend such as Dask); the default is serial, which is
        fastest for small batches. A bad item yields a :class:`Failure` at its
        position, or raises with ``errors="raise"``. ``progress=True`` shows a
        tqdm bar on stderr.
        """
        return iter_results(
            self,
            "analyze",
            texts,
            options={"n": n, "explain": explain},
            n_jobs=n_jobs,
            batch_size=batch_size,
            progress=progress,
            errors=errors,
        )

    def analyze_many(self, texts: Iterable[Any], **options: Any) -> list[DocumentAnalysis | Failure]:
        """Analyses of many documents as a list, in input order (options as :meth:`iter_analyze`)."""
        return list(self.iter_analyze(texts, **options))

    def iter_classify(
        self,
        texts: Iterable[Any],
        *,
        explain: bool = False,
        n_jobs: int | None = None,
        batch_size: int = 1024,
        progress: bool = False,
        errors: str = "return",
    ) -> Iterator[ParagraphResult | Failure]:
        """Stream :meth:`classify` over many texts, in input order; options as :meth:`iter_analyze`."""
        return iter_results(
            self,
            "classify",
            texts,
            options={"explain": explain},
            n_jobs=n_jobs,
            batch_size=batch_size,
            progress=progress,
            errors=errors,
        )

    # -- persistence -----------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write the model to a pickle-free ``.npz`` file (see :mod:`scotopics.persist`)."""
        from .persist import save_model

        return save_model(self, path)


def _prepare(text: str) -> str:
    """Visible text of HTML input; any other text as it is."""
    return html_to_text(text) if looks_like_html(text) else text


_OPENING_QUOTES = "“«„"
_CLOSING_QUOTES = "”»"


def _quote_is_open(text: str) -> bool:
    """Whether ``text`` opens a quotation that it does not close."""
    curly = sum(text.count(q) for q in _OPENING_QUOTES) - sum(text.count(q) for q in _CLOSING_QUOTES)
    return curly > 0 or text.count('"') % 2 == 1


def _quotation_spans(contexts: list[SentenceContext], limit: int = 6) -> list[tuple[int, int]]:
    """For each sentence, the (first, last) sentence of the quotation it belongs to.

    A quotation that runs over several sentences of one paragraph forms one span;
    any other sentence is a span of its own. A key statement covers its whole
    span, so the reader gets the whole quotation and, usually, who said it.
    """
    spans = [(i, i) for i in range(len(contexts))]
    i = 0
    while i < len(contexts):
        text, end = contexts[i].text, i
        while (
            _quote_is_open(text)
            and end + 1 < len(contexts)
            and end + 1 - i < limit
            and contexts[end + 1].paragraph == contexts[i].paragraph
        ):
            end += 1
            text = f"{text} {contexts[end].text}"
        if end > i and not _quote_is_open(text):
            for k in range(i, end + 1):
                spans[k] = (i, end)
            i = end + 1
        else:
            i += 1
    return spans


def _check_n(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise TypeError(f"n must be an int, got {type(n).__name__}")
    if n < 0:
        raise ValueError(f"n must be zero or more, got {n}")
    return int(n)


def _document_themes(paragraphs: list[ParagraphResult]) -> dict[str, float]:
    """Each theme's share of the content words, in paragraphs tagged with it."""
    words_by_theme: dict[str, int] = {}
    total = 0
    for paragraph in paragraphs:
        if paragraph.kind != "text":
            continue
        words = len(paragraph.text.split())
        total += words
        for theme in paragraph.themes:
            words_by_theme[theme] = words_by_theme.get(theme, 0) + words
    if total == 0:
        return {}
    ranked = sorted(words_by_theme.items(), key=lambda item: (-item[1], item[0]))
    return {theme: round(count / total, 4) for theme, count in ranked}


def _cue_only_proba(contexts: list[SentenceContext]) -> np.ndarray:
    """Fallback key score from cues alone, for models trained without key marks."""
    cues = sentence_cues(contexts)
    column = {name: i for i, name in enumerate(CUE_NAMES)}
    score = (
        cues[:, column["reporting_verb"]]
        + cues[:, column["attributed"]]
        + cues[:, column["commitment"]]
        + cues[:, column["decision"]]
        - cues[:, column["scene_setting"]]
        - cues[:, column["question"]]
    )
    return 1.0 / (1.0 + np.exp(-(score - 1.0)))
