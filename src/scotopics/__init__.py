"""scotopics: policy themes and key statements of SCO and Eurasian diplomatic texts.

>>> import scotopics
>>> model = scotopics.load()
>>> "security" in model.themes
True
"""

from __future__ import annotations

from ._version import __version__
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
from .io.readers import LabelledData, read_labelled
from .model import ThemeModel
from .models.classifier import ThemeClassifier
from .results import DocumentAnalysis, KeyStatement, ParagraphResult, Theme
from .text.segment import segment, split_sentences
from .training.evaluation import EvaluationReport, evaluate

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
