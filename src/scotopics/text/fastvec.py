"""Fast TF-IDF transform for a fitted vocabulary of stem 1- and 2-grams.

scikit-learn's ``TfidfVectorizer.transform`` counts n-grams with a Python
dictionary lookup per n-gram. :class:`FastTfidf` does the per-word work once
per *distinct* word (word -> stem -> integer id, cached) and everything else
for the whole batch at once in numpy: bigrams become integer keys
``first * n_stems + second`` looked up with ``searchsorted``, counts are summed
by a sparse matrix, and sublinear tf, idf and the length norm are array
operations. The result equals the fitted ``TfidfVectorizer``'s transform (L2
norm) or :func:`~scotopics.text.features.scale_rows` of it (other length powers)
up to float rounding; a test holds them together.
"""

from __future__ import annotations

from itertools import chain

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from ..exceptions import ParameterError
from .features import WORD_PATTERN, length_divisors, stem_cache

__all__ = ["FastTfidf", "fast_vectorizer"]

_STOP = -2  # a stop word: removed before n-grams are formed
_BOUNDARY = -3  # the separator between two texts of a batch
_UNKNOWN = -1  # a stem the vocabulary does not know: it breaks bigrams but counts for nothing
_NOTHING = -4  # a chunk of text without words
_SEVERAL = -5  # codes from here down: chunks of several words
_MAX_WORDS = 500_000


class _WordIds(dict):
    """word -> stem id (or _STOP / _UNKNOWN), filled on first sight of each word."""

    def __init__(self, stem_ids: dict[str, int], language: str, unify_words: bool) -> None:
        super().__init__()
        self.stem_ids = stem_ids
        self.stems = stem_cache(language, unify_words)

    def __missing__(self, word: str) -> int:
        if len(self) >= _MAX_WORDS:
            self.clear()
        stem = self.stems[word]
        found = self[word] = self.stem_ids.get(stem, _UNKNOWN) if stem else _STOP
        return found


class _ChunkIds(dict):
    """chunk of text between spaces -> one code, filled on first sight of each chunk.

    A chunk of one word (most chunks) gets that word's id (or _STOP / _UNKNOWN),
    a chunk without words _NOTHING, "\0" _BOUNDARY, and a chunk of several words
    (a hyphenated compound) ``_SEVERAL - k``, where ``several[k]`` holds their ids.
    """

    def __init__(self, word_ids: _WordIds) -> None:
        super().__init__()
        self.word_ids = word_ids
        self.several: list[tuple[int, ...]] = []
        self._table: tuple[int, np.ndarray, np.ndarray, np.ndarray] = (0, *(np.zeros(0, dtype=np.int32),) * 3)
        self.forget()

    def forget(self) -> None:
        """Empty the cache (between batches only: codes of several words point into ``several``)."""
        self.clear()
        self.several.clear()
        self["\0"] = _BOUNDARY

    def __missing__(self, chunk: str) -> int:
        ids = tuple(map(self.word_ids.__getitem__, WORD_PATTERN.findall(chunk)))
        if len(ids) == 1:
            found = ids[0]
        elif ids:
            found = _SEVERAL - len(self.several)
            self.several.append(ids)
        else:
            found = _NOTHING
        self[chunk] = found
        return found

    def expand(self, codes: np.ndarray) -> np.ndarray:
        """Word ids from chunk codes: each code of several words replaced by its ids, in place."""
        several = np.flatnonzero(codes <= _SEVERAL)
        if not len(several):
            return codes
        if self._table[0] != len(self.several):
            lengths = np.fromiter(map(len, self.several), dtype=np.int32, count=len(self.several))
            flat = np.fromiter(chain.from_iterable(self.several), dtype=np.int32, count=int(lengths.sum()))
            self._table = (len(self.several), flat, np.cumsum(lengths, dtype=np.int32) - lengths, lengths)
        _, flat, offsets, lengths = self._table
        which = _SEVERAL - codes[several]
        reps = np.ones(len(codes), dtype=np.int32)
        reps[several] = lengths[which]
        out = np.repeat(codes, reps)
        starts = (np.cumsum(reps) - reps)[several]
        counts = lengths[which]
        within = np.arange(int(counts.sum()), dtype=np.int32) - np.repeat(np.cumsum(counts) - counts, counts)
        out[np.repeat(starts, counts) + within] = flat[np.repeat(offsets[which], counts) + within]
        return out


class FastTfidf:
    """TF-IDF rows for texts, with the vocabulary and idf of a fitted :class:`TfidfVectorizer`.

    Supports the vectorisers of :func:`scotopics.features.make_vectorizer` with
    ``ngram_range`` (1, 1), (1, 2) or (2, 2). Rows are divided by their
    :func:`~scotopics.text.features.length_divisors` (the L2 norm at the default ``length_power`` 1).
    """

    def __init__(self, vectorizer: TfidfVectorizer, length_power: float = 1.0, reference_norm: float = 1.0) -> None:
        self.length_power = length_power
        self.reference_norm = reference_norm
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
        self.unigram_column = np.full(self.n_stems + 1, -1, dtype=np.int32)  # last slot: unknown stems
        for stem_id, column in unigram.items():
            self.unigram_column[stem_id] = column
        order = np.argsort(bigram_keys)
        self.bigram_keys = np.asarray(bigram_keys, dtype=np.int64)[order]
        self.bigram_columns = np.asarray(bigram_columns, dtype=np.int32)[order]
        # Which stems start (end) a bigram of the vocabulary; the last slot, for unknown stems, stays False.
        self.starts_bigram = np.zeros(self.n_stems + 1, dtype=bool)
        self.starts_bigram[self.bigram_keys // max(self.n_stems, 1)] = True
        self.ends_bigram = np.zeros(self.n_stems + 1, dtype=bool)
        self.ends_bigram[self.bigram_keys % max(self.n_stems, 1)] = True
        self.chunk_ids = _ChunkIds(_WordIds(stem_ids, analyzer.language, analyzer.unify_words))

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """Length-normalised TF-IDF rows (float32 CSR), one per text."""
        # One lower-casing and one whitespace split of the whole batch (no word has
        # whitespace in it); each distinct chunk between spaces is read once by the word
        # pattern. NUL (removed from every input by coerce_text) separates the texts.
        if len(self.chunk_ids) >= _MAX_WORDS:
            self.chunk_ids.forget()
        chunks = " \0 ".join(texts).lower().split()
        codes = np.fromiter(map(self.chunk_ids.__getitem__, chunks), dtype=np.int32, count=len(chunks))
        tokens = self.chunk_ids.expand(codes)
        documents = np.cumsum(tokens == _BOUNDARY, dtype=np.int32)
        kept = tokens >= _UNKNOWN  # stop words and boundaries go before n-grams are formed
        tokens, documents = tokens[kept], documents[kept]
        columns = self.unigram_column[tokens]  # unknown stems (-1) read the last slot: -1
        has_column = columns >= 0
        rows, columns = documents[has_column], columns[has_column]
        if len(self.bigram_keys) and len(tokens) > 1:
            first, second = tokens[:-1], tokens[1:]
            pair = (documents[:-1] == documents[1:]) & self.starts_bigram[first] & self.ends_bigram[second]
            keys = first[pair].astype(np.int64) * self.n_stems + second[pair]
            position = np.searchsorted(self.bigram_keys, keys)
            position[position == len(self.bigram_keys)] = 0
            found = self.bigram_keys[position] == keys
            rows = np.concatenate([rows, documents[:-1][pair][found]])
            columns = np.concatenate([columns, self.bigram_columns[position[found]]])
        return self._rows(rows, columns, len(texts))

    def _rows(self, rows: np.ndarray, columns: np.ndarray, n_texts: int) -> sp.csr_matrix:
        """The CSR matrix of the (row, column) occurrences: counts, sublinear tf, idf, length norm."""
        # Count (row, column) pairs with one sort, and build the CSR arrays directly:
        # on the small batches of one document, sparse-matrix constructors cost more than the counting.
        wide = np.int64 if n_texts * self.n_features >= 2**31 else np.int32
        keys = np.multiply(rows, self.n_features, dtype=wide)
        keys += columns
        keys.sort()
        starts = np.empty(len(keys), dtype=bool)
        starts[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=starts[1:])
        first = np.flatnonzero(starts)
        keys = keys[first]
        counts = np.diff(first, append=len(starts)) if len(first) else first
        row_of = keys // self.n_features
        indices = keys - row_of * self.n_features
        data = counts.astype(np.float64)
        if self.sublinear_tf:
            np.log(data, out=data)
            data += 1.0
        data *= self.idf[indices]
        norms = np.sqrt(np.bincount(row_of, weights=data * data, minlength=n_texts))
        data /= length_divisors(norms, self.length_power, self.reference_norm)[row_of]
        indptr = np.zeros(n_texts + 1, dtype=np.int32)
        np.cumsum(np.bincount(row_of, minlength=n_texts), out=indptr[1:])
        return sp.csr_matrix(
            (data.astype(np.float32), indices.astype(np.int32, copy=False), indptr),
            shape=(n_texts, self.n_features),
        )


def fast_vectorizer(
    vectorizer: TfidfVectorizer, length_power: float = 1.0, reference_norm: float = 1.0
) -> FastTfidf | None:
    """A :class:`FastTfidf` for ``vectorizer``, or None where it does not apply (n-grams above 2)."""
    if getattr(vectorizer.analyzer, "ngram_range", (1, 3))[1] > 2:
        return None
    return FastTfidf(vectorizer, length_power, reference_norm)
