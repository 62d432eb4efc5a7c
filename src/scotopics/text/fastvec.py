"""Fast TF-IDF transform for a fitted vocabulary of stem 1- and 2-grams.

scikit-learn's ``TfidfVectorizer.transform`` counts n-grams with a Python
dictionary lookup per n-gram. :class:`FastTfidf` does the per-word work once
per *distinct* word (word -> stem -> integer id, cached) and everything else
for the whole batch at once in numpy: bigrams become integer keys
``first * n_stems + second`` looked up with ``searchsorted``, counts are summed
by a sparse matrix, and sublinear tf, idf and the L2 norm are array
operations. The result equals the fitted ``TfidfVectorizer``'s transform up to
float rounding; a test holds the two together.
"""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from ..exceptions import ParameterError
from .features import WORD_PATTERN, stem_cache

__all__ = ["FastTfidf", "fast_vectorizer"]

_STOP = -2  # a stop word: removed before n-grams are formed
_BOUNDARY = -3  # the separator between two texts of a batch
_BATCH_WORD = re.compile(WORD_PATTERN.pattern + "|\0")
_UNKNOWN = -1  # a stem the vocabulary does not know: it breaks bigrams but counts for nothing
_MAX_WORDS = 500_000


class _WordIds(dict):
    """word -> stem id (or _STOP / _UNKNOWN), filled on first sight of each word."""

    def __init__(self, stem_ids: dict[str, int], language: str) -> None:
        super().__init__()
        self.stem_ids = stem_ids
        self.stems = stem_cache(language)
        self["\0"] = _BOUNDARY

    def __missing__(self, word: str) -> int:
        if len(self) >= _MAX_WORDS:
            self.clear()
            self["\0"] = _BOUNDARY
        stem = self.stems[word]
        found = self[word] = self.stem_ids.get(stem, _UNKNOWN) if stem else _STOP
        return found


class FastTfidf:
    """TF-IDF rows for texts, with the vocabulary and idf of a fitted :class:`TfidfVectorizer`.

    Supports the vectorisers of :func:`scotopics.features.make_vectorizer` with
    ``ngram_range`` (1, 1), (1, 2) or (2, 2).
    """

    def __init__(self, vectorizer: TfidfVectorizer) -> None:
        analyzer = vectorizer.analyzer
        low, high = analyzer.ngram_range
        if high > 2:
            raise ParameterError("FastTfidf handles unigrams and bigrams only")
        self.sublinear_tf = bool(vectorizer.sublinear_tf)
        self.idf = np.asarray(vectorizer.idf_, dtype=np.float64)
        self.n_features = len(self.idf)
        stem_ids: dict[str, int] = {}
        unigram, bigram_keys, bigram_columns = {}, [], []
        split_terms = [(term.split(" "), column) for term, column in vectorizer.vocabulary_.items()]
        for parts, _column in split_terms:
            for part in parts:
                stem_ids.setdefault(part, len(stem_ids))
        self.n_stems = len(stem_ids)
        for parts, column in split_terms:
            if len(parts) == 1:
                unigram[stem_ids[parts[0]]] = column
            else:
                bigram_keys.append(stem_ids[parts[0]] * self.n_stems + stem_ids[parts[1]])
                bigram_columns.append(column)
        self.unigram_column = np.full(self.n_stems + 1, -1, dtype=np.int64)  # last slot: unknown stems
        for stem_id, column in unigram.items():
            self.unigram_column[stem_id] = column
        order = np.argsort(bigram_keys)
        self.bigram_keys = np.asarray(bigram_keys, dtype=np.int64)[order]
        self.bigram_columns = np.asarray(bigram_columns, dtype=np.int64)[order]
        self.word_ids = _WordIds(stem_ids, analyzer.language)

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """L2-normalised TF-IDF rows (float32 CSR), one per text."""
        # One lower-casing and one regex pass over the whole batch; NUL (removed from
        # every input by coerce_text) separates the texts and becomes a boundary token.
        words = _BATCH_WORD.findall("\0".join(texts).lower())
        tokens = np.fromiter(map(self.word_ids.__getitem__, words), dtype=np.int64, count=len(words))
        boundary = tokens == _BOUNDARY
        documents = np.cumsum(boundary)
        kept = (tokens != _STOP) & ~boundary
        tokens, documents = tokens[kept], documents[kept]
        known = tokens >= 0
        columns = self.unigram_column[tokens[known]]
        rows = documents[known]
        has_column = columns >= 0
        rows, columns = rows[has_column], columns[has_column]
        if len(self.bigram_keys) and len(tokens) > 1:
            first, second = tokens[:-1], tokens[1:]
            pair = (documents[:-1] == documents[1:]) & (first >= 0) & (second >= 0)
            keys = first[pair] * self.n_stems + second[pair]
            position = np.searchsorted(self.bigram_keys, keys)
            position[position == len(self.bigram_keys)] = 0
            found = self.bigram_keys[position] == keys
            rows = np.concatenate([rows, documents[:-1][pair][found]])
            columns = np.concatenate([columns, self.bigram_columns[position[found]]])
        # Count (row, column) pairs with one sort, and build the CSR arrays directly:
        # on the small batches of one document, sparse-matrix constructors cost more than the counting.
        keys, counts = np.unique(rows * self.n_features + columns, return_counts=True)
        row_of = keys // self.n_features
        data = counts.astype(np.float64)
        if self.sublinear_tf:
            np.log(data, out=data)
            data += 1.0
        indices = keys - row_of * self.n_features
        data *= self.idf[indices]
        norms = np.sqrt(np.bincount(row_of, weights=data**2, minlength=len(texts)))
        data /= norms[row_of]  # every stored row has a positive norm
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=len(texts)), out=indptr[1:])
        return sp.csr_matrix(
            (data.astype(np.float32), indices.astype(np.int32), indptr.astype(np.int32)),
            shape=(len(texts), self.n_features),
        )


def fast_vectorizer(vectorizer: TfidfVectorizer) -> FastTfidf | None:
    """A :class:`FastTfidf` for ``vectorizer``, or None where it does not apply (n-grams above 2)."""
    if getattr(vectorizer.analyzer, "ngram_range", (1, 3))[1] > 2:
        return None
    return FastTfidf(vectorizer)
