"""Exceptions raised by scotopics.

Every error the library raises on purpose is a :class:`ScotopicsError`; each
subclass also derives from the built-in exception whose meaning fits, so code
that already catches ``ValueError`` or ``TypeError`` keeps working.
"""

from __future__ import annotations

__all__ = [
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
]


class ScotopicsError(Exception):
    """Base class of every error raised by scotopics."""


class InputTypeError(ScotopicsError, TypeError):
    """An input is not of an accepted type (e.g. ``None`` or a number instead of text)."""


class EmptyInputError(ScotopicsError, ValueError):
    """An input is empty where content is required (e.g. fitting on no documents)."""


class DecodeError(ScotopicsError, ValueError):
    """Bytes were given that are not valid UTF-8."""


class InputTooLargeError(ScotopicsError, ValueError):
    """A text exceeds the documented size limit."""


class NotFittedError(ScotopicsError, ValueError):
    """A model was used before it was trained or loaded."""


class ModelFileError(ScotopicsError, ValueError):
    """A model file is missing, corrupted, truncated, foreign or of a newer format."""


class CorpusError(ScotopicsError, ValueError):
    """A training document does not follow the corpus format."""


class ParameterError(ScotopicsError, ValueError):
    """An argument is outside its documented range (``n=-3``, ``min_threshold=2.0``) or does not fit the others."""


class UnknownThemeError(ScotopicsError, ValueError):
    """A theme id was named that the model does not know."""


class ModelVersionWarning(UserWarning):
    """A model file was written with other versions of the libraries its vocabulary depends on."""
