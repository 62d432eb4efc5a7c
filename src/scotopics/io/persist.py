"""Model files without pickle: arrays and a JSON record in a NumPy ``.npz`` archive.

A model file is read with ``allow_pickle=False``: plain numeric arrays, text
arrays (UTF-8 bytes, one entry per line) and a JSON metadata record (format
version, library versions, and whatever the model's parts record about
themselves). Nothing in the file is ever executed, so a model file from
elsewhere is as safe to load as a CSV file.

This module only reads and writes; each estimator turns itself into arrays and
a record (``_get_state``) and back (``_from_state``).
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .._version import __version__
from ..exceptions import ModelFileError, ModelVersionWarning
from ..text.wordforms import glossary_digest

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "write_model_file", "read_model_file", "read_metadata", "library_versions"]

FORMAT_NAME = "scotopics-model"
FORMAT_VERSION = 1
#: Arrays every model file has.
REQUIRED_ARRAYS = ("metadata", "terms", "idf", "coef", "intercept", "calibration", "thresholds")
#: Text arrays of files that do not list theirs (the first files of format 1).
_DEFAULT_TEXT_ARRAYS = ("terms", "surface")
#: Libraries whose version changes what a saved vocabulary means (the stemmer, the vectoriser).
_CHECKED_LIBRARIES = ("nltk", "scikit-learn")


def library_versions() -> dict[str, str]:
    """Versions of scotopics and of the libraries a model file depends on."""
    from importlib.metadata import version

    return {
        "scotopics": __version__,
        "scikit-learn": version("scikit-learn"),
        "numpy": np.__version__,
        "nltk": version("nltk"),
    }


def _text_array(lines: Sequence[str]) -> np.ndarray:
    return np.frombuffer("\n".join(lines).encode("utf-8"), dtype=np.uint8)


def _lines(array: np.ndarray) -> list[str]:
    return array.tobytes().decode("utf-8").split("\n") if array.size else []


def _write_npz(out, arrays: Mapping[str, np.ndarray]) -> None:
    """A compressed ``.npz`` whose bytes depend only on the arrays (fixed member dates),
    so that rebuilding the same model gives the same file."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asarray(arrays[name]), allow_pickle=False)
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, buffer.getvalue())


def write_model_file(path: str | Path, arrays: Mapping[str, Any], metadata: Mapping[str, Any]) -> Path:
    """Write arrays (numeric arrays, or lists of str for text) and a metadata record to ``path``.

    The format name, format version, library versions and the list of text
    arrays are added to the record. The file is written to a temporary name
    first and then renamed, so a crash never leaves a half-written model behind.
    """
    text_names = sorted(name for name, value in arrays.items() if isinstance(value, (list, tuple)))
    record = {
        **{k: v for k, v in metadata.items() if k not in ("format", "format_version", "versions", "text_arrays")},
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "versions": library_versions(),
        "text_arrays": text_names,
    }
    stored = {name: _text_array(value) if name in text_names else np.asarray(value) for name, value in arrays.items()}
    stored["metadata"] = _text_array([json.dumps(record, sort_keys=True, ensure_ascii=False)])
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            _write_npz(out, stored)
        os.chmod(temporary, 0o644)  # mkstemp creates owner-only files; a model is not a secret
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _open(path: Path) -> dict[str, np.ndarray]:
    if not path.is_file():
        raise ModelFileError(f"no model file at {path}")
    try:
        with path.open("rb") as handle, np.load(handle, allow_pickle=False) as archive:
            missing = [name for name in REQUIRED_ARRAYS if name not in archive.files]
            if missing:
                raise ModelFileError(f"{path} is not a scotopics model: it lacks {', '.join(missing)}")
            return {name: archive[name] for name in archive.files}
    except ModelFileError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError) as exc:
        raise ModelFileError(
            f"{path} is not a readable scotopics model file (corrupted, truncated or of another kind): {exc}"
        ) from None


def _metadata(arrays: dict[str, np.ndarray], path: Path) -> dict[str, Any]:
    try:
        metadata = json.loads(arrays["metadata"].tobytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ModelFileError(f"{path}: unreadable metadata ({exc})") from None
    if not isinstance(metadata, dict) or metadata.get("format") != FORMAT_NAME:
        raise ModelFileError(f"{path} is not a scotopics model file")
    version = metadata.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ModelFileError(
            f"{path} has model format {version!r}; this scotopics ({__version__}) reads formats up to "
            f"{FORMAT_VERSION}: upgrade scotopics"
        )
    return metadata


def _warn_on_other_versions(metadata: dict[str, Any], path: Path) -> None:
    saved = metadata.get("versions") or {}
    current = library_versions()
    changed = [
        f"{name} {saved[name]} (now {current[name]})"
        for name in _CHECKED_LIBRARIES
        if name in saved and _minor(str(saved[name])) != _minor(current[name])
    ]
    glossary = metadata.get("glossary_sha256")
    if glossary is not None and glossary != glossary_digest():
        changed.append("another Russian-English glossary")
    if changed:
        warnings.warn(
            f"{path} was saved with {', '.join(changed)}; its vocabulary depends on them, so results may "
            "differ slightly from those it was evaluated with. Retrain or re-save it to silence this warning.",
            ModelVersionWarning,
            stacklevel=3,
        )


def _minor(version: str) -> tuple[str, ...]:
    """Major and minor version ("1.9" of "1.9.1"): patch releases do not change stemmers or vectorisers."""
    return tuple(version.split(".")[:2])


def read_metadata(path: str | Path) -> dict[str, Any]:
    """The metadata record of a model file, without building the model."""
    path = Path(path)
    return _metadata(_open(path), path)


def read_model_file(path: str | Path, *, check_versions: bool = True) -> tuple[dict[str, Any], dict[str, Any]]:
    """The arrays (text arrays as lists of str) and the metadata record of a model file.

    Warns with :class:`ModelVersionWarning` when the file was saved with other
    versions of NLTK or scikit-learn than the ones installed.
    """
    path = Path(path)
    arrays = _open(path)
    metadata = _metadata(arrays, path)
    if check_versions:
        _warn_on_other_versions(metadata, path)
    text_names = metadata.get("text_arrays", _DEFAULT_TEXT_ARRAYS)
    try:
        decoded: dict[str, Any] = {
            name: _lines(array) if name in text_names else array for name, array in arrays.items() if name != "metadata"
        }
    except UnicodeDecodeError as exc:
        raise ModelFileError(f"{path}: a text array is not UTF-8 ({exc})") from None
    return decoded, metadata
