"""scotopics: policy themes and key statements of SCO and Eurasian diplomatic texts.

>>> import scotopics
>>> model = scotopics.load()
>>> "security" in model.themes
True
"""

from __future__ import annotations

__version__ = "0.1.0"

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
from .classifier import ThemeClassifier
from .evaluation import EvaluationReport, evaluate
from .exceptions import (
    CorpusError,
    DecodeError,
    EmptyInputError,
    InputTooLargeError,
    InputTypeError,
    ModelFileError,
    NotFittedError,
    ScotopicsError,
)
from .model import ThemeModel
from .readers import LabelledData, read_labelled
from .results import DocumentAnalysis, KeyStatement, ParagraphResult, Theme
from .segment import segment, split_sentences

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
]
