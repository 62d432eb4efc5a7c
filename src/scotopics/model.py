"""ThemeModel: the object users hold — classify, analyze and summarize.

It bundles a fitted :class:`~scotopics.classifier.ThemeClassifier`, an
optional :class:`~scotopics.keystatements.KeyStatementScorer` and the taxonomy
(theme ids and names). Without a key scorer (a model trained on texts with no
key-sentence marks) summaries rank sentences by centrality and cues alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from .exceptions import InputTypeError, ModelFileError, ParameterError, UnknownThemeError
from .io.persist import read_model_file, write_model_file
from .many import ManyDocuments
from .models._math import strongest_terms
from .models.attribution import SpeakerResolver
from .models.classifier import ThemeClassifier
from .models.context import ContextStage
from .models.event_label import event_label_decisions
from .models.explanations import Contributions, contributions
from .models.keystatements import DEFAULT_EVENT_THEME, KeyStatementScorer
from .models.mechanisms import with_sector_mechanisms
from .models.ranking import themes_by_score
from .models.sector_lists import with_listed_sectors
from .models.shares import theme_shares
from .models.summarizer import ReadDocument, Summarizer
from .models.thresholds import ensure_one_theme_in_texts
from .reading import read_documents
from .results import DocumentAnalysis, KeyStatement, ParagraphResult, Theme, paragraph_results
from .text.features import readable_term, vectorizer_state
from .text.inputs import coerce_text, coerce_text_list
from .text.language import detect_languages
from .text.markup import visible_text
from .text.segment import block_kinds
from .theme_thresholds import MinScore, ThresholdMap, apply_min_score

__all__ = ["ThemeModel"]


class ThemeModel(ManyDocuments):
    """A trained scotopics model.

    Use :func:`scotopics.load` for the bundled default model or a saved file,
    and :func:`scotopics.train` to build one from your own data.

    ``event_theme`` names the theme of the event itself (who met where and
    when); it earns no coverage in summaries and has no statements of its own
    in :meth:`summarize_by_theme`. It is stored in the model file.
    """

    def __init__(
        self,
        classifier: ThemeClassifier,
        *,
        taxonomy: Sequence[Theme] | None = None,
        key_scorer: KeyStatementScorer | None = None,
        metadata: dict[str, Any] | None = None,
        event_theme: str | None = None,
        context: ContextStage | None = None,
        speaker_resolver: SpeakerResolver | None = None,
    ) -> None:
        self.classifier = classifier
        ids = [str(c) for c in classifier.classes_]
        names = {t.id: t.name for t in taxonomy or ()}
        self.taxonomy: tuple[Theme, ...] = tuple(Theme(i, names.get(i, i)) for i in ids)
        self.key_scorer = key_scorer
        self.metadata: dict[str, Any] = dict(metadata or {})
        self.languages: tuple[str, ...] = tuple(self.metadata.get("languages", ("en",)))
        self.event_theme: str = event_theme or self.metadata.get("event_theme") or DEFAULT_EVENT_THEME
        self.summarizer = Summarizer(key_scorer, event_theme=self.event_theme, speaker_resolver=speaker_resolver)
        self.context = context

    def __repr__(self) -> str:
        return f"ThemeModel(themes={len(self.themes)}, key_scorer={self.key_scorer is not None})"

    @property
    def themes(self) -> tuple[str, ...]:
        """Theme ids in the model's column order."""
        return tuple(t.id for t in self.taxonomy)

    # -- classification --------------------------------------------------------

    def classify(
        self,
        texts: Iterable[str | bytes],
        *,
        explain: bool = False,
        min_score: MinScore | None = None,
        in_document: bool = False,
    ) -> list[ParagraphResult]:
        """Themes of each text (usually a paragraph): one result per input, in order.

        HTML is read as its visible text. A text without a single letter, or in
        a language the model does not read (see ``result.language``), gets no
        theme and all-zero scores. With ``explain=True`` each result's
        :meth:`~ParagraphResult.explain` gives the terms behind each of its themes.
        ``min_score`` replaces the thresholds for this call: one number for every
        theme, or ``{theme: number}`` for some (see :attr:`thresholds`).
        ``in_document=True`` reads the texts as the paragraphs of one document, in order, as
        :meth:`analyze` reads them: a title, a heading or a line of page debris gets that ``kind``
        and no theme, a paragraph that only sets the scene ("X took part in …") ``procedural``
        alone, and a context stage judges each paragraph with its neighbours.
        """
        clean = [visible_text(text) for text in coerce_text_list(texts)]
        if in_document:
            results = self._classify_document(clean, explain=explain)
        else:
            results = self._classify_clean(clean, list(range(len(clean))), explain=explain)
        return results if min_score is None else apply_min_score(results, self, min_score)

    def _classify_document(self, texts: list[str], *, explain: bool) -> list[ParagraphResult]:
        """The texts as the paragraphs of one document: headings and debris aside, the content read together."""
        kinds, languages = block_kinds(texts), detect_languages(texts)
        content = [i for i, kind in enumerate(kinds) if kind == "text"]
        judged = iter(
            self._classify_clean(
                [texts[i] for i in content],
                content,
                [languages[i] for i in content],  # detected once, for every paragraph
                explain=explain,
                bounds=[(0, len(content))],
            )
        )
        return [
            next(judged) if kind == "text" else ParagraphResult(i, text, (), {}, kind, language)
            for i, (text, kind, language) in enumerate(zip(texts, kinds, languages))
        ]

    @property
    def thresholds(self) -> ThresholdMap:
        """Theme id -> decision threshold, readable and settable by name (``model.thresholds["health"] = 0.6``)."""
        return ThresholdMap.of(self)

    @thresholds.setter
    def thresholds(self, values: Mapping[str, float]) -> None:
        self.thresholds.update(values)

    def classify_from(
        self, texts: Iterable[str | bytes], start: int, *, explain: bool = False
    ) -> list[ParagraphResult]:
        """:meth:`classify` with result indexes counted from ``start`` (for chunks of a batch)."""
        clean = [visible_text(text) for text in coerce_text_list(texts)]
        return self._classify_clean(clean, list(range(start, start + len(clean))), explain=explain)

    def _classify_clean(
        self,
        texts: list[str],
        indexes: list[int],
        languages: list[str] | None = None,
        features=None,
        *,
        explain: bool = False,
        bounds: list[tuple[int, int]] | None = None,
    ) -> list[ParagraphResult]:
        """Results for checked texts; ``features`` are their TF-IDF rows when already computed,
        ``bounds`` the (start, end) rows of each document (default: every text is its own document)."""
        if not texts:
            return []
        if languages is None:
            languages = detect_languages(texts)
        if features is None:
            features = self.classifier._features(texts)
        proba, decisions = self._decide(features, texts, bounds)
        rounded = np.round(proba, 6)
        themes = self.themes
        single = self.classifier.single_label_
        ranked = [(str(label),) for label in decisions] if single else themes_by_score(themes, rounded, decisions)
        results = paragraph_results(themes, self.languages, texts, indexes, languages, ranked, rounded)
        if explain:
            results = [
                replace(r, evidence=self._evidence(features[i], r.text)) if r.language in self.languages else r
                for i, r in enumerate(results)
            ]
        return results

    def _decide(self, features, texts: list[str], bounds: list[tuple[int, int]] | None) -> tuple[np.ndarray, Any]:
        """Theme probabilities (in their documents, when the model has a context stage) and decisions."""
        proba = self.classifier.proba_of_features(features)
        if self.classifier.single_label_:
            return proba, self.classifier.predict_from_proba(proba)
        thresholds: np.ndarray = self.classifier.thresholds_
        if self.context is not None and self.context.thresholds_ is not None:
            strongest = strongest_terms(features, self.classifier.coef_) if self.context.strongest_terms else None
            proba = self.context.predict_proba(proba, bounds, strongest)  # bounds None: each text alone
            thresholds = self.context.thresholds_
        flags = with_listed_sectors(ensure_one_theme_in_texts(proba >= thresholds, proba, texts), texts, self.themes)
        flags = with_sector_mechanisms(flags, texts, self.themes)  # rule 10: RATS is the terrorism sector's
        if self.event_theme in self.themes:  # rules 12 and 14: courtesy and questions are no event; rule 3 (in a
            column = self.themes.index(self.event_theme)  # document): a scene alone is only the event
            flags = event_label_decisions(flags, texts, column, in_document=bounds is not None)
        return proba, flags

    # -- explanations ------------------------------------------------------------

    def _evidence(self, row, text: str, k: int = 5) -> dict[str, Contributions]:
        """For every theme, the ``k`` terms of the text for it and the ``k`` against it."""
        found = contributions(
            row,
            self.classifier.coef_,
            range(len(self.themes)),
            self._terms,
            text=text,
            fallback_surface=getattr(self.classifier, "surface_", {}),
            k=k,
            unify_words=self.classifier.vectorizer_.analyzer.unify_words,
        )
        return dict(zip(self.themes, found))

    @property
    def _terms(self) -> list[str]:
        terms = getattr(self, "_term_list", None)
        if terms is None:
            terms = self._term_list = vectorizer_state(self.classifier.vectorizer_)["terms"]
        return terms

    def explain(self, text: str | bytes, theme: str, k: int = 5) -> Contributions:
        """The ``k`` terms of ``text`` that push it most towards ``theme``, then the ``k`` that hold it back.

        Each term comes with its contribution to the theme's score (coefficient
        × tf-idf): positive for, negative against. Terms are written as in ``text``.
        """
        self._check_themes([theme])
        clean = visible_text(coerce_text(text))
        features = self.classifier._features([clean])
        return self._evidence(features[0], clean, k)[theme]

    def top_terms(self, theme: str, k: int = 15) -> list[tuple[str, float]]:
        """The ``k`` terms with the largest weights for ``theme`` across the whole model."""
        self._check_themes([theme])
        weights = self.classifier.coef_[self.themes.index(theme)]
        order = np.argsort(-weights, kind="stable")[:k]
        surface = getattr(self.classifier, "surface_", {})
        return [(readable_term(self._terms[j], surface), round(float(weights[j]), 4)) for j in order]

    # -- documents -------------------------------------------------------------

    def analyze(
        self, text: str | bytes, *, n: int | None = None, explain: bool = False, id: str | None = None
    ) -> DocumentAnalysis:
        """Paragraphs with themes, document themes and key statements of one document.

        ``n`` is the number of key statements; by default it follows the
        document: the sentences the key model accepts, at least three (when
        three reach a key probability of 0.2; always the best one), at most a quarter of the sentences and at most
        :data:`MAX_AUTO_STATEMENTS`. ``explain=True`` adds each paragraph's
        evidence (see :meth:`ParagraphResult.explain`). ``id`` names the document in the result.
        """
        n = None if n is None else _check_n(n)
        return self._analysis(self._read(text, explain=explain, key_statements=n != 0), n, id)

    def analyze_from(
        self, texts: Sequence[str | bytes], *, n: int | None = None, explain: bool = False
    ) -> list[DocumentAnalysis]:
        """:meth:`analyze` of several documents read together: one vectoriser, classifier and key-sentence
        call for all of them (the chunks of :meth:`analyze_many`). A bad text raises, as in :meth:`analyze`."""
        n = None if n is None else _check_n(n)
        read = read_documents(self, texts, explain=explain, key_statements=n != 0)
        return [self._analysis(document, n, None) for document in read]

    def _analysis(self, document: ReadDocument, n: int | None, id: str | None) -> DocumentAnalysis:
        return DocumentAnalysis(
            paragraphs=tuple(document.paragraphs),
            themes=theme_shares(document.paragraphs),
            key_statements=tuple(self.summarizer.statements(document, n)),
            language=document.language,
            id=id,
            theme_names={t.id: t.name for t in self.taxonomy},
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

        ``n`` is the number of statements to return (fewer only when the document has
        fewer sentences that can be statements; None: no count limit, then ``words``
        must be given). A statement inside a quotation of several sentences is the whole
        quotation, so picks that fall into one quotation count once and more are picked.
        ``themes`` keeps to sentences of paragraphs about any of those themes;
        ``words`` is a length budget in words.
        """
        if n is None and words is None:
            raise ParameterError("give n, words, or both")
        n = None if n is None else _check_n(n)
        budget = None if words is None else _check_n(words)
        wanted = None if themes is None else self._check_themes(themes)
        return self.summarizer.statements(self._read(text), n, themes=wanted, words=budget, fill=n is None)

    def summarize_by_theme(self, text: str | bytes, n: int = 1) -> dict[str, list[KeyStatement]]:
        """The best ``n`` statements for each theme the document discusses, strongest theme first.

        ``procedural`` is left out: a meeting's format is not a statement.
        """
        n = _check_n(n)
        document = self._read(text)
        weights = theme_shares(document.paragraphs)
        return {
            theme: self.summarizer.statements(document, n, themes={theme})
            for theme in weights
            if theme != self.event_theme
        }

    def _check_themes(self, themes: Iterable[str]) -> set[str]:
        if isinstance(themes, str):
            themes = [themes]
        wanted = set(themes)
        unknown = wanted - set(self.themes)
        if unknown:
            raise UnknownThemeError(f"unknown themes {sorted(unknown)}; the model knows {', '.join(self.themes)}")
        return wanted

    def rank_sentences(self, text: str | bytes) -> list[KeyStatement]:
        """Every content sentence with its key-statement probability, in document order.

        This is the learned score alone, before centrality and redundancy
        control; :meth:`summarize` builds on it.
        """
        return self.summarizer.rank(self._read(text))

    def _read(self, text: str | bytes, *, explain: bool = False, key_statements: bool = True) -> ReadDocument:
        """Segment, classify and prepare the sentences of one document (see :mod:`scotopics.reading`)."""
        return read_documents(self, [text], explain=explain, key_statements=key_statements)[0]

    # -- persistence -----------------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write the model to a pickle-free ``.npz`` file (see :mod:`scotopics.io.persist`)."""
        arrays, record = self.classifier._get_state()
        metadata = {
            **self.metadata,
            **record,
            "saved": self.metadata.get("saved") or _utc_now(),
            "taxonomy": [t.to_dict() for t in self.taxonomy],
            "event_theme": self.event_theme,
            "key_scorer": None,
        }
        if self.key_scorer is not None:
            key_arrays, metadata["key_scorer"] = self.key_scorer._get_state()
            arrays.update(key_arrays)
        metadata["context_stage"] = None
        if self.context is not None:
            context_arrays, metadata["context_stage"] = self.context._get_state()
            arrays.update(context_arrays)
        metadata["speaker_resolver"] = None
        if self.summarizer.speaker_resolver is not None:
            speaker_arrays, metadata["speaker_resolver"] = self.summarizer.speaker_resolver._get_state()
            arrays.update(speaker_arrays)
        return write_model_file(path, arrays, metadata)

    @classmethod
    def load(cls, path: str | Path) -> ThemeModel:
        """Read a model file written by :meth:`save`; never executes code from it."""
        arrays, metadata = read_model_file(path)
        try:
            classifier = ThemeClassifier._from_state(arrays, metadata)
            scorer = (
                KeyStatementScorer._from_state(arrays, metadata["key_scorer"]) if metadata.get("key_scorer") else None
            )
            context = (
                ContextStage._from_state(arrays, metadata["context_stage"]) if metadata.get("context_stage") else None
            )
            taxonomy = [Theme(str(t["id"]), str(t["name"])) for t in metadata.get("taxonomy", [])]
            # A file without a speaker resolver (or with one of other features) attributes by the rules.
            speakers = metadata.get("speaker_resolver")
            resolver = SpeakerResolver._from_state(arrays, speakers) if SpeakerResolver.readable(speakers) else None
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ModelFileError(f"{path}: model file is inconsistent ({type(exc).__name__}: {exc})") from None
        return cls(
            classifier,
            taxonomy=taxonomy,
            key_scorer=scorer,
            metadata=metadata,
            context=context,
            speaker_resolver=resolver,
        )


def _utc_now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_n(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise InputTypeError(f"n must be an int, got {type(n).__name__}")
    if n < 0:
        raise ParameterError(f"n must be zero or more, got {n}")
    return int(n)
