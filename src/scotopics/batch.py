"""Many documents at once: in input order, streamed, optionally in parallel.

Documents are cut into chunks of ``batch_size``; each chunk is one task for a
module-level worker, run serially (``n_jobs=None``, the default) or through
``joblib.Parallel`` with ``return_as="generator"``. That makes results arrive
in input order while the input is still being read, so memory stays flat on
any number of documents, and it lets any joblib backend run the work, Dask
included::

    with joblib.parallel_config(backend="dask"):
        results = model.analyze_many(texts, n_jobs=-1)

One bad item (``None``, a number, undecodable bytes) yields a :class:`Failure`
at its position, carrying its index and reason; ``errors="raise"`` raises
instead.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from .exceptions import InputTypeError, ParameterError, ScotopicsError
from .text.inputs import coerce_text

__all__ = ["Failure", "iter_results", "DEFAULT_BATCH_SIZE", "BatchModel", "Operation"]

Operation = Literal["analyze", "summarize", "classify"]
ErrorMode = Literal["return", "raise"]


class BatchModel(Protocol):
    """What a batch needs of a model (:class:`~scotopics.model.ThemeModel` is one)."""

    def analyze(self, *args: Any, **kwargs: Any) -> Any: ...

    def summarize(self, *args: Any, **kwargs: Any) -> Any: ...

    def classify(self, *args: Any, **kwargs: Any) -> Any: ...

    def classify_from(self, texts: Any, start: int, *, explain: bool = False) -> list[Any]: ...

    def analyze_from(self, texts: Any, *, n: int | None = None, explain: bool = False) -> list[Any]: ...


logger = logging.getLogger(__name__)

#: Documents per task. Large enough that a task outweighs joblib's overhead.
DEFAULT_BATCH_SIZE = 64
_ERROR_MODES = ("return", "raise")


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be processed: its position in the batch and why."""

    index: int
    error: str  # the exception class name, e.g. "DecodeError"
    message: str

    ok = False

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "error": self.error, "message": self.message}


def _run_one(function: Callable[[Any, int], Any], item: Any, index: int, errors: str) -> Any:
    try:
        return function(item, index)
    except ScotopicsError as exc:
        if errors == "raise":
            raise type(exc)(f"item {index}: {exc}") from exc
        return Failure(index, type(exc).__name__, str(exc))


def _process_chunk(
    model: BatchModel, operation: str, options: dict[str, Any], start: int, items: list[Any], errors: str
) -> list[Any]:
    """Worker: one chunk of inputs through ``model.<operation>``, one result or Failure per input.

    Classification and analysis read the whole chunk with one vectorised call; only when an
    item in it is bad does it go item by item, to isolate that item.
    """
    try:
        if operation == "classify":
            return model.classify_from(items, start, explain=options.get("explain", False))
        if operation == "analyze":
            return model.analyze_from(items, **options)
    except ScotopicsError:
        pass
    function = _operation(model, operation, options)
    return [_run_one(function, item, start + offset, errors) for offset, item in enumerate(items)]


def _operation(model: BatchModel, operation: str, options: dict[str, Any]) -> Callable[[Any, int], Any]:
    """``function(item, index)`` doing ``operation`` on one input."""
    if operation == "analyze":
        return lambda item, index: model.analyze(item, **options)
    if operation == "summarize":
        return lambda item, index: model.summarize(item, **options)
    if operation == "classify":
        explain = options.get("explain", False)
        return lambda item, index: dataclasses.replace(
            model.classify([coerce_text(item)], explain=explain)[0], index=index
        )
    raise ParameterError(f"unknown operation {operation!r}; expected analyze, summarize or classify")


def _chunks(items: Iterable[Any], size: int) -> Iterator[tuple[int, list[Any]]]:
    iterator = iter(items)
    start = 0
    while chunk := list(itertools.islice(iterator, size)):
        yield start, chunk
        start += len(chunk)


def _progress_bar(total: int | None):
    try:
        from tqdm.auto import tqdm
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install 'scotopics[progress]'") from None
    return tqdm(total=total, unit="doc", file=sys.stderr)


def iter_results(
    model: BatchModel,
    operation: Operation,
    items: Iterable[Any],
    *,
    options: dict[str, Any] | None = None,
    n_jobs: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool = False,
    errors: ErrorMode = "return",
) -> Iterator[Any]:
    """Yield one result (or :class:`Failure`) per input, in input order."""
    if isinstance(items, (str, bytes)):
        raise InputTypeError("expected an iterable of texts, got a single text; wrap it in a list")
    if errors not in _ERROR_MODES:
        raise ParameterError(f"errors must be one of {_ERROR_MODES}, got {errors!r}")
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ParameterError(f"batch_size must be a positive int, got {batch_size!r}")
    if n_jobs is not None and (isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0):
        raise ParameterError(f"n_jobs must be None, a positive int or a negative int (-1: all cores), got {n_jobs!r}")
    options = dict(options or {})
    total = len(items) if isinstance(items, Sized) else None
    bar = _progress_bar(total) if progress else None
    chunks = _chunks(items, batch_size)
    if n_jobs is None or n_jobs == 1:
        outputs: Iterable[list[Any]] = (
            _process_chunk(model, operation, options, start, chunk, errors) for start, chunk in chunks
        )
    else:
        from joblib import Parallel, delayed

        outputs = Parallel(n_jobs=n_jobs, return_as="generator")(
            delayed(_process_chunk)(model, operation, options, start, chunk, errors) for start, chunk in chunks
        )
    try:
        for results in outputs:
            if bar is not None:
                bar.update(len(results))
            yield from results
    finally:
        if bar is not None:
            bar.close()
