"""scotopics: policy themes and key statements of SCO and Eurasian diplomatic texts.

>>> import scotopics
>>> model = scotopics.load()
>>> "security" in model.themes
True
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .exceptions import (
    CorpusError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    InputTypeError,
    ModelFileError,
    ModelVersionWarning,
    NotFittedError,
    ParameterError,
    ScotopicsError,
    UnknownThemeError,
)

if TYPE_CHECKING:  # what the lazy names below are, for type checkers and IDEs
    from .api import (
        analyze,
        classify,
        default_model_path,
        example_text,
        load,
        summarize,
        summarize_by_theme,
        train,
        train_documents,
    )
    from .batch import Failure
    from .io.readers import LabelledData, read_labelled
    from .model import ThemeModel
    from .models.classifier import ThemeClassifier
    from .results import DocumentAnalysis, KeyStatement, ParagraphResult, Theme
    from .text.segment import segment, split_sentences
    from .training.evaluation import EvaluationReport, evaluate

#: Public names imported on first use (PEP 562), so that ``import scotopics`` and the
#: command line's ``--help`` do not pay for NumPy, scikit-learn and NLTK up front.
_LAZY = {
    **dict.fromkeys(
        (
            "analyze",
            "classify",
            "default_model_path",
            "example_text",
            "load",
            "summarize",
            "summarize_by_theme",
            "train",
            "train_documents",
        ),
        ".api",
    ),
    "Failure": ".batch",
    "LabelledData": ".io.readers",
    "read_labelled": ".io.readers",
    "ThemeModel": ".model",
    "ThemeClassifier": ".models.classifier",
    **dict.fromkeys(("DocumentAnalysis", "KeyStatement", "ParagraphResult", "Theme"), ".results"),
    "segment": ".text.segment",
    "split_sentences": ".text.segment",
    "EvaluationReport": ".training.evaluation",
    "evaluate": ".training.evaluation",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "__version__",
    "analyze",
    "classify",
    "summarize",
    "summarize_by_theme",
    "load",
    "train",
    "train_documents",
    "evaluate",
    "read_labelled",
    "EvaluationReport",
    "LabelledData",
    "default_model_path",
    "example_text",
    "segment",
    "split_sentences",
    "ThemeModel",
    "ThemeClassifier",
    "DocumentAnalysis",
    "ParagraphResult",
    "KeyStatement",
    "Theme",
    "ScotopicsError",
    "InputTypeError",
    "EmptyInputError",
    "DecodeError",
    "InputTooLargeError",
    "NotFittedError",
    "ModelFileError",
    "CorpusError",
    "ParameterError",
    "UnknownThemeError",
    "ModelVersionWarning",
    "Failure",
]
