"""Many documents at once: the streaming and list methods of :class:`~scotopics.ThemeModel`.

They are a mixin so that the model module keeps to reading single documents;
the work is done by :func:`scotopics.batch.iter_results`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .batch import DEFAULT_BATCH_SIZE, BatchModel, ErrorMode, Failure, iter_results
from .results import DocumentAnalysis, ParagraphResult

__all__ = ["ManyDocuments"]


class ManyDocuments:
    """``iter_analyze``, ``analyze_many`` and ``iter_classify`` for a model with ``analyze`` and ``classify``."""

    def iter_analyze(
        self: BatchModel,
        texts: Iterable[Any],
        *,
        n: int | None = None,
        explain: bool = False,
        n_jobs: int | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        progress: bool = False,
        errors: ErrorMode = "return",
    ) -> Iterator[DocumentAnalysis | Failure]:
        """Stream analyses of many documents, in input order, with flat memory.

        ``texts`` is any iterable (a generator is read lazily). ``n_jobs`` runs
        chunks of ``batch_size`` documents through joblib (``-1``: all cores, or
        the active joblib backend such as Dask); the default is serial, which is
        fastest for small batches. A bad item yields a :class:`Failure` at its
        position, or raises with ``errors="raise"``. ``progress=True`` shows a
        tqdm bar on stderr.
        """
        return iter_results(
            self,
            "analyze",
            texts,
            options={"n": n, "explain": explain},
            n_jobs=n_jobs,
            batch_size=batch_size,
            progress=progress,
            errors=errors,
        )

    def analyze_many(self: BatchModel, texts: Iterable[Any], **options: Any) -> list[DocumentAnalysis | Failure]:
        """Analyses of many documents as a list, in input order (options as :meth:`iter_analyze`)."""
        return list(ManyDocuments.iter_analyze(self, texts, **options))

    def iter_classify(
        self: BatchModel,
        texts: Iterable[Any],
        *,
        explain: bool = False,
        n_jobs: int | None = None,
        batch_size: int = 1024,
        progress: bool = False,
        errors: ErrorMode = "return",
    ) -> Iterator[ParagraphResult | Failure]:
        """Stream :meth:`classify` over many texts, in input order; options as :meth:`iter_analyze`."""
        return iter_results(
            self,
            "classify",
            texts,
            options={"explain": explain},
            n_jobs=n_jobs,
            batch_size=batch_size,
            progress=progress,
            errors=errors,
        )
