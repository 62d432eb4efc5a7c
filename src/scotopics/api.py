"""Module-level functions on the bundled default model.

``scotopics.analyze(text)`` is ``scotopics.load().analyze(text)``; the default
model is read once per process and then reused.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

from .io.corpus import CorpusDocument
from .model import ThemeModel
from .results import DocumentAnalysis, KeyStatement, ParagraphResult, Theme
from .training.trainer import ModelParts, fit_documents, fit_texts

__all__ = [
    "load",
    "analyze",
    "classify",
    "summarize",
    "summarize_by_theme",
    "train",
    "train_documents",
    "default_model_path",
    "example_text",
]

_DEFAULT_MODEL_FILE = "default_model.npz"
_EXAMPLE_FILE = "example.txt"
_default: ThemeModel | None = None
_lock = threading.Lock()


def default_model_path() -> Path:
    """Where the bundled default model file lies inside the installed package."""
    return Path(str(resources.files("scotopics") / "data" / _DEFAULT_MODEL_FILE))


def example_text() -> str:
    """An example SCO news item (our own writing) shipped with the package."""
    return (resources.files("scotopics") / "data" / _EXAMPLE_FILE).read_text(encoding="utf-8")


def load(path: str | Path | None = None) -> ThemeModel:
    """The bundled default model (``path=None``, cached) or a model file saved with ``model.save``."""
    global _default
    if path is not None:
        return ThemeModel.load(path)
    with _lock:
        if _default is None:
            _default = ThemeModel.load(default_model_path())
        return _default


def train(
    texts: Iterable[str],
    labels: Iterable[Any],
    *,
    groups: Sequence[Any] | None = None,
    taxonomy: Sequence[Theme] | None = None,
    random_state: int = 0,
    **classifier_params: Any,
) -> ThemeModel:
    """Train a model on texts and their labels.

    ``labels`` holds one label per text (single-label: each text then gets
    exactly one label) or a collection of labels per text (multi-label).
    Summaries of such a model rank sentences by cues and centrality, since no
    key-sentence marks were given. ``classifier_params`` go to
    :class:`~scotopics.ThemeClassifier`.
    """
    return _model(
        fit_texts(texts, labels, groups=groups, taxonomy=taxonomy, random_state=random_state, **classifier_params)
    )


def train_documents(
    documents: Sequence[CorpusDocument] | str | Path,
    *,
    taxonomy: Sequence[Theme] | None = None,
    random_state: int = 0,
    metadata: dict[str, Any] | None = None,
    context_stage: bool = False,
    **classifier_params: Any,
) -> ThemeModel:
    """Train the theme classifier and the key-statement scorer on labelled documents.

    ``documents`` are corpus documents or the path of a corpus folder or file
    (the ``training_data`` format). Without ``taxonomy`` the themes come from a
    ``themes.json`` beside or inside that folder, else from the labels used.
    ``context_stage=True`` adds a second stage that reads each paragraph with its
    document's other paragraphs (off by default: see docs/benchmarks.md).
    """
    parts = fit_documents(
        documents,
        taxonomy=taxonomy,
        random_state=random_state,
        metadata=metadata,
        context_stage=context_stage,
        **classifier_params,
    )
    return _model(parts)


def _model(parts: ModelParts) -> ThemeModel:
    """A :class:`ThemeModel` of trained parts (each field of :class:`ModelParts` is a keyword of the model)."""
    return ThemeModel(
        parts.classifier, **{f.name: getattr(parts, f.name) for f in fields(parts) if f.name != "classifier"}
    )


def analyze(text: str | bytes, *, n: int | None = None, explain: bool = False) -> DocumentAnalysis:
    """Analyse one document with the default model (see :meth:`ThemeModel.analyze`)."""
    return load().analyze(text, n=n, explain=explain)


def classify(texts: Iterable[str | bytes], *, explain: bool = False) -> list[ParagraphResult]:
    """Themes of each text with the default model (see :meth:`ThemeModel.classify`)."""
    return load().classify(texts, explain=explain)


def summarize(
    text: str | bytes, n: int | None = 3, *, themes: Iterable[str] | None = None, words: int | None = None
) -> list[KeyStatement]:
    """The key statements of a document with the default model (see :meth:`ThemeModel.summarize`)."""
    return load().summarize(text, n=n, themes=themes, words=words)


def summarize_by_theme(text: str | bytes, n: int = 1) -> dict[str, list[KeyStatement]]:
    """The best ``n`` statements per theme with the default model (see :meth:`ThemeModel.summarize_by_theme`)."""
    return load().summarize_by_theme(text, n=n)
