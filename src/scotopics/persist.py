"""Saving and loading models without pickle.

A model file is a NumPy ``.npz`` archive read with ``allow_pickle=False``:
plain numeric arrays (idf, coefficients, calibration, thresholds), the
vocabulary as UTF-8 text, and a JSON metadata record (format version, library
versions, taxonomy, parameters, training-data hash, evaluation figures).
Nothing in the file is ever executed, so a model file from elsewhere is as
safe to load as a CSV file.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from . import __version__
from .classifier import ThemeClassifier
from .exceptions import ModelFileError
from .fastvec import fast_vectorizer
from .features import rebuild_vectorizer, vectorizer_state
from .keystatements import KeyStatementScorer
from .results import Theme

__all__ = ["FORMAT_NAME", "FORMAT_VERSION", "save_model", "load_model", "read_metadata"]

FORMAT_NAME = "scotopics-model"
FORMAT_VERSION = 1
_CLASSIFIER_PARAMS = (
    "min_threshold",
    "linear_model",
    "C",
    "class_weight",
    "ngram_range",
    "min_df",
    "max_df",
    "sublinear_tf",
    "cv",
    "random_state",
)
_REQUIRED_ARRAYS = ("metadata", "terms", "idf", "coef", "intercept", "calibration", "thresholds")


def _library_versions() -> dict[str, str]:
    import nltk
    import sklearn

    return {
        "scotopics": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "nltk": nltk.__version__,
    }


def _text_array(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def _write_npz(out, arrays: dict[str, np.ndarray]) -> None:
    """A compressed ``.npz`` whose bytes depend only on the arrays (fixed member dates),
    so that rebuilding the same model gives the same file."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asarray(arrays[name]), allow_pickle=False)
            member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(member, buffer.getvalue())


def save_model(model: Any, path: str | Path) -> Path:
    """Write ``model`` (a :class:`~scotopics.model.ThemeModel`) to ``path``; returns the path.

    The file is written to a temporary name first and then renamed, so a
    crash never leaves a half-written model behind.
    """
    classifier: ThemeClassifier = model.classifier
    state = vectorizer_state(classifier.vectorizer_)
    params = classifier.get_params()
    metadata = {
        **{k: v for k, v in model.metadata.items() if k not in ("format", "format_version", "versions")},
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "versions": _library_versions(),
        "saved": model.metadata.get("saved") or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "taxonomy": [t.to_dict() for t in model.taxonomy],
        "classes": [str(c) for c in classifier.classes_],
        "single_label": bool(classifier.single_label_),
        "classifier_params": {k: params[k] for k in _CLASSIFIER_PARAMS},
    }
    arrays = {
        "terms": _text_array("\n".join(state["terms"])),
        "idf": state["idf"],
        "coef": classifier.coef_.astype(np.float32),
        "intercept": classifier.intercept_.astype(np.float64),
        "calibration": classifier.calibration_.astype(np.float64),
        "thresholds": classifier.thresholds_.astype(np.float64),
        "surface": _text_array("\n".join(f"{k}\t{v}" for k, v in sorted(getattr(classifier, "surface_", {}).items()))),
    }
    scorer = model.key_scorer
    if scorer is not None:
        arrays["key_coef"] = scorer.coef_.astype(np.float64)
        metadata["key_scorer"] = {"C": scorer.C, "cue_scale": scorer.cue_scale, "intercept": scorer.intercept_}
    else:
        metadata["key_scorer"] = None
    arrays["metadata"] = _text_array(json.dumps(metadata, sort_keys=True, ensure_ascii=False))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".npz.tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            _write_npz(out, arrays)
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
            missing = [name for name in _REQUIRED_ARRAYS if name not in archive.files]
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


def read_metadata(path: str | Path) -> dict[str, Any]:
    """The metadata record of a model file, without building the model."""
    path = Path(path)
    return _metadata(_open(path), path)


def load_model(path: str | Path):
    """Read a model file written by :func:`save_model`; never executes code from it."""
    from .model import ThemeModel

    path = Path(path)
    arrays = _open(path)
    metadata = _metadata(arrays, path)
    try:
        terms = arrays["terms"].tobytes().decode("utf-8").split("\n") if arrays["terms"].size else []
        params = dict(metadata["classifier_params"])
        params["ngram_range"] = tuple(params["ngram_range"])
        classifier = ThemeClassifier(**params)
        classifier.classes_ = np.asarray(metadata["classes"])
        classifier.single_label_ = bool(metadata["single_label"])
        classifier.vectorizer_ = rebuild_vectorizer(
            terms, arrays["idf"], ngram_range=params["ngram_range"], sublinear_tf=params["sublinear_tf"]
        )
        classifier.fast_vectorizer_ = fast_vectorizer(classifier.vectorizer_)
        classifier.coef_ = arrays["coef"].astype(np.float32)
        classifier.intercept_ = arrays["intercept"].astype(np.float64)
        classifier.calibration_ = arrays["calibration"].astype(np.float64)
        classifier.thresholds_ = arrays["thresholds"].astype(np.float64)
        surface = arrays["surface"].tobytes().decode("utf-8") if "surface" in arrays else ""
        classifier.surface_ = dict(line.split("\t", 1) for line in surface.split("\n") if "\t" in line)
        n_labels = len(classifier.classes_)
        shapes_ok = (
            classifier.coef_.shape == (n_labels, len(terms))
            and classifier.intercept_.shape == (n_labels,)
            and classifier.calibration_.shape == (n_labels, 2)
            and classifier.thresholds_.shape == (n_labels,)
        )
        if not shapes_ok:
            raise ModelFileError(f"{path}: arrays do not fit together (vocabulary {len(terms)}, labels {n_labels})")
        scorer = None
        if metadata.get("key_scorer"):
            info = metadata["key_scorer"]
            scorer = KeyStatementScorer(C=float(info["C"]), cue_scale=float(info["cue_scale"]))
            scorer.coef_ = arrays["key_coef"].astype(np.float64)
            scorer.intercept_ = float(info["intercept"])
        taxonomy = [Theme(str(t["id"]), str(t["name"])) for t in metadata.get("taxonomy", [])]
    except ModelFileError:
        raise
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
        raise ModelFileError(f"{path}: model file is inconsistent ({type(exc).__name__}: {exc})") from None
    return ThemeModel(classifier, taxonomy=taxonomy, key_scorer=scorer, metadata=metadata)
