"""Module-level functions on the bundled default model.

``scotopics.analyze(text)`` is ``scotopics.load().analyze(text)``; the default
model is read once per process and then reused.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from .model import ThemeModel
from .results import DocumentAnalysis, KeyStatement, ParagraphResult
from .training import train, train_documents

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
    from .persist import load_model

    global _default
    if path is not None:
        return load_model(path)
    with _lock:
        if _default is None:
            _default = load_model(default_model_path())
        return _default


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
